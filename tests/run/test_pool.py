"""Running documents: how a worker's end is put in words."""

from __future__ import annotations

import signal

import pytest

from pipeline.run.pool import exit_reason


@pytest.mark.parametrize("code, reason", [
    (-signal.SIGSEGV, "killed by SIGSEGV"),
    (-signal.SIGKILL, "killed by SIGKILL"),
    (3, "exited with code 3"),
    (None, "it did not exit"),
])
def test_exit_reason_names_the_signal(code, reason):
    assert exit_reason(code) == reason
