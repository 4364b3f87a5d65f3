"""A small process supervisor: starts commands, restarts each one when it exits, waiting
longer after each quick death (1, 2, 4 … up to 60 seconds) so a job that cannot start does
not spin; a job that stayed up for a minute starts again from the shortest pause."""

import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

MANAGE_PY = Path(__file__).resolve().parents[1] / "manage.py"
FIRST_DELAY = 1.0
MAX_DELAY = 60.0
HEALTHY_AFTER = 60.0


def manage_py_job(name, *argv):
    return Job(name, [sys.executable, str(MANAGE_PY), *argv])


@dataclass
class Job:
    name: str
    argv: list
    process: subprocess.Popen = None
    started_at: float = 0.0
    restart_at: float = None
    delay: float = FIRST_DELAY
    restarts: int = field(default=0)

    def start(self, now):
        self.process = subprocess.Popen(self.argv)  # noqa: S603 - our own manage.py commands
        self.started_at = now
        self.restart_at = None

    def exited(self):
        return self.process is not None and self.process.poll() is not None

    def schedule_restart(self, now):
        """The pause before the next start: doubled after a quick death, reset after a long run."""
        if now - self.started_at >= HEALTHY_AFTER:
            self.delay = FIRST_DELAY
        self.restart_at = now + self.delay
        pause = self.delay
        self.delay = min(self.delay * 2, MAX_DELAY)
        return pause


class Supervisor:
    def __init__(self, jobs, log=print, clock=time.monotonic):
        self.jobs = jobs
        self.log = log
        self.clock = clock

    def start(self):
        for job in self.jobs:
            job.start(self.clock())

    def check(self):
        """Notices the jobs that exited and restarts those whose pause is over."""
        now = self.clock()
        for job in self.jobs:
            if job.restart_at is None and job.exited():
                pause = job.schedule_restart(now)
                self.log(f"{job.name}: terminato (codice {job.process.returncode}), riavvio tra {pause:.0f} s")
            if job.restart_at is not None and now >= job.restart_at:
                job.restarts += 1
                job.start(now)

    def stop(self, timeout=10):
        for job in self.jobs:
            if job.process and job.process.poll() is None:
                job.process.terminate()
        for job in self.jobs:
            if job.process:
                try:
                    job.process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    job.process.kill()
