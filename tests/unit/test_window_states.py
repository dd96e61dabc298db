"""The state the window shows is the truth: 'Ready' only once the microphone is open,
'Stopped' at once after Esc, hints that fit the moment, a question waiting for the
model says so, and a dropped turn leaves no bubble behind."""

from __future__ import annotations

from typing import Any

from hearth.assistant.config import Config
from hearth.assistant.events import (
    Event,
    Interrupted,
    Listening,
    LoadProgress,
    StateChanged,
    VoiceStatus,
)
from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing.voice import ScriptedSTT, ScriptedTTS
from hearth.ui.states import Activation, ThinkingClock, hint_for
from PySide6.QtCore import Qt

from tests.app_fakes import FakeVoiceLoop, fast_assistant, voice

WAKE = Activation("wake_word", "hey computer")


def test_no_wake_phrase_hint_while_thinking_or_speaking() -> None:
    for state in ("thinking", "speaking", "hearing", "loading", "starting"):
        assert "hey computer" not in hint_for(state, WAKE, voice=True), state
    assert "hey computer" in hint_for("listening", WAKE, voice=True)
    assert "Esc" in hint_for("speaking", WAKE, voice=True)
    assert "Release" in hint_for("hearing", Activation("push_to_talk", ""), voice=True)
    # The loop's own words after the wake phrase are kept.
    assert hint_for("listening", WAKE, True, "Go ahead, I'm listening.").startswith("Go ahead")


def test_a_wait_for_the_model_is_explained_with_how_long_it_usually_takes() -> None:
    clock = ThinkingClock()
    clock.start(now=100.0)
    assert clock.slow_note(now=100.5) == ""  # a quick answer needs no words
    assert "half a minute" in clock.slow_note(now=103.0)  # nothing measured yet
    assert "models" in clock.slow_note("Loading the language model…", now=100.1)
    clock.answered(now=104.0)
    clock.start(now=200.0)
    clock.answered(now=206.0)
    clock.start(now=300.0)
    assert "about 5 s" in clock.slow_note(now=303.0)  # the median of 4 s and 6 s


def test_ready_only_once_the_microphone_is_open(qtbot: Any, make_app: Any) -> None:
    hearth = make_app(voice=None)
    window = hearth.window

    def tell(*events: Event) -> None:
        for event in events:
            window.on_event(event)

    # A voice loop started: it still loads its models and opens the microphone.
    tell(VoiceStatus(True), StateChanged("loading", "Loading the speech models..."))
    assert window.indicator.state == "starting"
    assert window.indicator.label.text() != "Ready"
    assert not window.talk_button.isEnabled()
    tell(StateChanged("listening", "Say 'hey computer' to talk to me."))
    assert window.indicator.state == "starting"  # no 'Listening' before the microphone is
    tell(Listening(mode="wake_word", device="mic"))
    assert window.indicator.state == "listening"
    assert window.talk_button.isEnabled()
    # The microphone went away: not ready, and not claimed to be.
    tell(StateChanged("idle", "Waiting for the microphone to come back."))
    assert not window.talk_button.isEnabled()
    assert window.indicator.label.text() == "No microphone"  # never 'Ready' without one
    assert "Waiting for the microphone" in window.indicator.hint.text()


def test_loading_says_what_loads(make_app: Any) -> None:
    hearth = make_app(voice=None)
    window = hearth.window
    window.on_event(VoiceStatus(True))
    window.on_event(LoadProgress("Loading the speech recognition…", 1, 3))
    window.on_event(StateChanged("loading"))
    assert window.indicator.state == "loading"
    assert "speech recognition" in window.indicator.hint.text()


def test_esc_leaves_speaking_at_once_and_stop_follows_the_state(qtbot: Any, make_app: Any) -> None:
    assistant = fast_assistant()
    assistant.use(llm=ScriptedChat(["One sentence here. Another one here. And a third one."]))
    assistant.use(tts=ScriptedTTS(seconds_per_word=1.0))  # type: ignore[arg-type]
    hearth = make_app(assistant=assistant)
    window = hearth.window
    qtbot.waitUntil(lambda: window.indicator.state == "listening", timeout=3000)
    assert not window.stop_button.isEnabled()  # nothing to stop
    window.input.setText("tell me three things")
    window.send_typed()
    qtbot.waitUntil(lambda: window.indicator.state == "speaking", timeout=5000)
    assert window.stop_button.isEnabled()
    assert "hey computer" not in window.indicator.hint.text()
    # A reply stopped before its first sound leaves no bubble: wait until it is heard.
    qtbot.waitUntil(lambda: not window.conversation.bubbles[-1].mine, timeout=5000)

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    # At once, before any report from the loop is delivered.
    assert window.indicator.state == "stopped"
    assert not window.stop_button.isEnabled()
    # Back to listening once the loop reports it; the whole reply would take 10 s.
    qtbot.waitUntil(lambda: window.indicator.state == "listening", timeout=6000)
    assert not window.stop_button.isEnabled()
    assert "stopped" in window.conversation.bubbles[-1].meta_label.text()
    assert window.conversation.stream is None


def _wake_word_app(make_app: Any, heard: list[str | None]) -> Any:
    config = Config()
    config.voice.activation = "wake_word"
    assistant = fast_assistant(config)
    assistant.use(stt=ScriptedSTT(heard))  # type: ignore[arg-type]
    return make_app(assistant=assistant, config=config)


def _watch_bubbles(hearth: Any) -> list[str]:
    """Every bubble of the user's ever shown, as (meta: text), checked at each event."""
    seen: list[str] = []

    def look(_event: Event) -> None:
        for bubble in hearth.window.conversation.bubbles:
            if bubble.mine:
                seen.append(f"{bubble.meta_label.text()}: {bubble.text}")

    hearth.bridge.received.connect(look)
    return seen


def test_speech_without_the_wake_phrase_leaves_no_bubble(qtbot: Any, make_app: Any) -> None:
    hearth = _wake_word_app(make_app, ["what is the weather like today"])
    window = hearth.window
    qtbot.waitUntil(lambda: window.indicator.state == "listening", timeout=3000)
    seen = _watch_bubbles(hearth)
    states: list[str] = []
    hearth.bridge.received.connect(lambda e: states.append(window.indicator.state))
    loop = FakeVoiceLoop.last
    assert loop is not None
    loop.mic.say(voice(1.5))  # someone talks near the computer, not to it
    qtbot.waitUntil(lambda: "hearing" in states, timeout=4000)
    qtbot.waitUntil(lambda: states[-1] == "listening" and loop.idle, timeout=8000)
    qtbot.wait(300)
    assert seen == []
    assert window.conversation.bubbles == []
    assert window.indicator.state == "listening"


def test_an_empty_transcript_leaves_no_speaking_bubble(qtbot: Any, make_app: Any) -> None:
    config = Config()
    config.voice.activation = "push_to_talk"
    assistant = fast_assistant(config)
    assistant.use(stt=ScriptedSTT([None]))  # type: ignore[arg-type]
    hearth = make_app(assistant=assistant, config=config)
    window = hearth.window
    qtbot.waitUntil(lambda: window.talk_button.isEnabled(), timeout=3000)
    qtbot.mousePress(window.talk_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1200)
    qtbot.mouseRelease(window.talk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(not b.mine and "catch" in b.text for b in window.conversation.bubbles),
        timeout=6000,
    )
    qtbot.waitUntil(lambda: window.indicator.state == "idle", timeout=5000)
    assert [b for b in window.conversation.bubbles if b.mine] == []
    assert window.conversation.partial is None


def test_a_stopped_reply_never_leaves_speaking_behind(qtbot: Any, make_app: Any) -> None:
    """Even when no new state follows the interruption (the report the issue saw)."""
    hearth = make_app(voice=None)
    window = hearth.window
    for event in (VoiceStatus(True), Listening(mode="wake_word"), StateChanged("speaking")):
        window.on_event(event)
    assert window.indicator.state == "speaking" and window.stop_button.isEnabled()
    window.on_event(Interrupted(spoken="One sentence"))
    assert window.indicator.state != "speaking"
    assert not window.stop_button.isEnabled()
    qtbot.wait(1700)
    assert window.indicator.state == "listening"
