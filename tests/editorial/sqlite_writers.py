"""Run as a separate process by test_sqlite_concurrency: editors (one thread each) save a
draft of a seed sheet and submit it to the regional approval, over and over, as gunicorn
workers do while the import worker polls its queue. Prints one JSON line: the rounds done
and the database errors met."""

import json
import sys
import threading
import time

import django


def editor_rounds(page_id, username, seconds, outcome):
    from django.contrib.auth import get_user_model
    from django.db import OperationalError, close_old_connections
    from wagtail.models import Page

    user = get_user_model().objects.get(username=username)
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            page = Page.objects.get(pk=page_id).specific
            page.title = f"{page.title.split(' #')[0]} #{outcome['rounds']}"
            page.save_revision(user=user, clean=False)
            page.get_workflow().start(page, user)
            page.current_workflow_state.cancel(user=user)
            outcome["rounds"] += 1
        except OperationalError as error:
            outcome["errors"].append(str(error))
    close_old_connections()


def main(seconds, username, page_ids):
    django.setup()
    outcomes = [{"rounds": 0, "errors": []} for _page_id in page_ids]
    threads = [
        threading.Thread(target=editor_rounds, args=(page_id, username, seconds, outcome))
        for page_id, outcome in zip(page_ids, outcomes, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rounds = sum(outcome["rounds"] for outcome in outcomes)
    errors = [error for outcome in outcomes for error in outcome["errors"]]
    print(json.dumps({"rounds": rounds, "errors": errors}))


if __name__ == "__main__":
    main(float(sys.argv[1]), sys.argv[2], [int(page_id) for page_id in sys.argv[3:]])
