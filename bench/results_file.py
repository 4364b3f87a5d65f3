"""Each benchmark's own section of bench/RESULTS.md, between two markers named after it: a run
replaces its section where it stands (or appends it the first time) and leaves every other
benchmark's figures and notes alone."""

from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def markers(name):
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def write_section(name, body, path=RESULTS):
    """`body` as the section `name` of `path`."""
    start, end = markers(name)
    section = f"{start}\n{body.strip()}\n{end}"
    current = path.read_text() if path.exists() else ""
    if start in current and end in current.split(start, 1)[1]:
        before, rest = current.split(start, 1)
        text = before + section + rest.split(end, 1)[1]
    else:
        text = (current.rstrip("\n") + "\n\n" if current.strip() else "") + section + "\n"
    path.write_text(text)
