"""A turn's phases: what each allows, from whichever thread."""

from __future__ import annotations

import threading

from hearth.assistant.voice.turn import Phase, Turn


def test_a_held_turn_keeps_its_actions_until_confirmed_then_runs_them_in_order() -> None:
    turn = Turn.held(1)
    done: list[int] = []
    turn.when_live(lambda: done.append(1))
    turn.when_live(lambda: done.append(2))
    assert done == [] and not turn.decided.is_set() and turn.is_held
    assert turn.confirm()
    assert done == [1, 2] and turn.phase is Phase.LIVE and turn.decided.is_set()
    turn.when_live(lambda: done.append(3))  # live: at once
    assert done == [1, 2, 3]
    assert not turn.confirm() and not turn.drop()  # a live turn is neither


def test_a_dropped_turn_never_runs_its_actions_and_stops_the_model() -> None:
    turn = Turn.held(1)
    ran: list[int] = []
    turn.when_live(lambda: ran.append(1))
    assert turn.drop()
    turn.when_live(lambda: ran.append(2))
    assert ran == [] and turn.phase is Phase.DROPPED
    assert turn.stopped.is_set() and turn.is_stopped
    assert not turn.wait_decided(threading.Event())
    assert not turn.confirm() and not turn.cancel()


def test_a_live_turn_is_cancelled_once_and_a_finished_one_not_at_all() -> None:
    turn = Turn(1)
    assert turn.cancel() and turn.phase is Phase.CANCELLED and turn.stopped.is_set()
    assert not turn.cancel() and not turn.finish()
    finished = Turn(2)
    assert finished.finish() and finished.is_finished
    assert not finished.cancel()


def test_a_short_utterance_waits_for_quiet_unless_its_words_stand_alone() -> None:
    waiting = Turn.held(1)
    assert not waiting.wait_for_quiet(until=123.0)  # listening: its end is known
    assert waiting.is_held and waiting.quiet_until == 123.0
    waiting.stand_alone()  # answering: "turn on the lamp" needs no more words
    assert waiting.phase is Phase.LIVE
    early = Turn.held(2)
    early.stand_alone()  # the words are known before the end is: nothing to confirm yet
    assert early.is_held
    assert early.wait_for_quiet(until=1.0)  # listening may confirm it at once
