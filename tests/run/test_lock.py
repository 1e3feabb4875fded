"""One run per output folder."""

from __future__ import annotations

import os

import pytest

from pipeline.run.lock import RunLocked, run_lock


def test_the_lock_refuses_a_second_holder_and_names_the_first(tmp_path):
    with run_lock(tmp_path):
        with pytest.raises(RunLocked) as caught:
            with run_lock(tmp_path):
                pass
    message = str(caught.value)
    assert f"pid {os.getpid()}" in message and str(tmp_path) in message and "--wait" in message
    with run_lock(tmp_path):  # released when the first run ended
        pass
