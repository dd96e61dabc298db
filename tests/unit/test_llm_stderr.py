"""The chat model is made with its Python-level chatter dropped, on its own thread only:
it loads in the background while the voice loop and the window go on writing."""

from __future__ import annotations

import sys
import threading

import pytest
from hearth.assistant.engines.llm import stderr_quiet_on_this_thread


def test_only_the_loading_thread_is_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    before = sys.stderr
    inside, release = threading.Event(), threading.Event()

    def load() -> None:
        with stderr_quiet_on_this_thread():
            print("llama chatter", file=sys.stderr)
            inside.set()
            release.wait(5)
            print("more chatter", file=sys.stderr)

    loader = threading.Thread(target=load)
    loader.start()
    assert inside.wait(5)
    print("an event another thread printed", file=sys.stderr)
    release.set()
    loader.join(5)
    assert sys.stderr is before  # put back once nobody is quiet
    err = capsys.readouterr().err
    assert "an event another thread printed" in err
    assert "chatter" not in err


def test_two_quiet_threads_share_one_stand_in(capsys: pytest.CaptureFixture[str]) -> None:
    before = sys.stderr
    with stderr_quiet_on_this_thread():
        stand_in = sys.stderr
        done = threading.Event()

        def other() -> None:
            with stderr_quiet_on_this_thread():
                assert sys.stderr is stand_in
                print("quiet too", file=sys.stderr)
            done.set()

        threading.Thread(target=other).start()
        assert done.wait(5)
        assert sys.stderr is stand_in  # still quiet here
        print("hidden", file=sys.stderr)
    assert sys.stderr is before
    print("heard", file=sys.stderr)
    err = capsys.readouterr().err
    assert err == "heard\n"
