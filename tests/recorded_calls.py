"""A real function watched by a test: it still runs, and each call leaves a record."""


def recorded_calls(monkeypatch, owner, name, record):
    """Replaces `owner.name` (for the test) by a wrapper that appends `record(*args)` to the
    returned list and then calls the real function."""
    calls = []
    real = getattr(owner, name)

    def recording(*args, **kwargs):
        calls.append(record(*args, **kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return calls
