"""Reading the conversation: replies written word by word in step with the voice, the
view following the newest text unless the user scrolled up, Copy, New conversation,
light markdown, where an answer came from, and a reading width when full screen."""

from __future__ import annotations

from typing import Any

from hearth.assistant.testing import ScriptedChat
from hearth.assistant.testing.voice import ScriptedTTS
from hearth.ui.bubbles import Bubble, describe_source
from hearth.ui.conversation import READING_WIDTH_CHARS, ConversationView
from hearth.ui.markdown import needs_markup, to_html
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton

from tests.app_fakes import fast_assistant

LONG = "One sentence here. Another sentence follows it. And a third one ends the reply."


def test_a_spoken_reply_is_written_word_by_word_as_it_is_said(qtbot: Any, make_app: Any) -> None:
    assistant = fast_assistant()
    assistant.use(llm=ScriptedChat([LONG]))
    assistant.use(tts=ScriptedTTS(seconds_per_word=0.25))  # type: ignore[arg-type]
    hearth = make_app(voice=None, assistant=assistant)
    window = hearth.window
    window.speak_box.setChecked(True)
    shown: list[str] = []

    def look() -> bool:
        stream = window.conversation.stream
        if stream is not None:
            shown.append(stream.bubble.text)
        return window.conversation.stream is None and len(window.conversation.bubbles) == 2

    window.input.setText("tell me three things")
    window.send_typed()
    qtbot.waitUntil(look, timeout=15000)
    assert window.conversation.bubbles[-1].text == LONG
    # Seen part-way: a growing prefix of the reply, more than a few steps of it.
    partial = [s for s in dict.fromkeys(shown) if s and s != LONG]
    assert len(partial) >= 5, partial
    assert all(LONG.startswith(s) for s in partial)
    assert [len(s) for s in partial] == sorted(len(s) for s in partial)


def test_a_typed_reply_not_spoken_is_shown_whole(qtbot: Any, make_app: Any) -> None:
    hearth = make_app(voice=None)
    window = hearth.window
    window.speak_box.setChecked(False)
    window.input.setText("What is the capital of France?")
    window.send_typed()
    qtbot.waitUntil(lambda: len(window.conversation.replies()) == 1, timeout=5000)
    assert window.conversation.replies() == ["Paris is the capital of France."]
    assert window.conversation.stream is None


def _fill(view: ConversationView, count: int) -> None:
    for i in range(count):
        view.add_user(f"question {i}")
        view.add_piece(f"Answer number {i}, long enough to take a line or two of the view.")
        view.add_reply(f"Answer number {i}, long enough to take a line or two of the view.")
        view.end_stream()


def test_the_view_follows_the_newest_text_unless_scrolled_up(qtbot: Any) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(360, 240)
    view.show()
    _fill(view, 12)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=3000)

    bar.setValue(0)  # the user scrolls up to read something older
    assert not view.following
    view.add_piece("A new reply arrives while they read.")
    qtbot.wait(100)
    assert bar.value() == 0  # left where they were

    bar.setValue(bar.maximum())  # back at the bottom: following again
    assert view.following
    view.end_stream()
    view.add_piece("And the next one shows at once, and the view keeps it in sight.")
    qtbot.waitUntil(lambda: bar.value() == bar.maximum(), timeout=3000)
    before = bar.maximum()
    view.end_stream()
    _fill(view, 3)
    qtbot.waitUntil(lambda: bar.maximum() > before and bar.value() == bar.maximum(), timeout=3000)


def test_copy_puts_the_reply_on_the_clipboard(qtbot: Any) -> None:
    bubble = Bubble("Use `ls -la` to see **all** files.", False, "Hearth · 12:00")
    qtbot.addWidget(bubble)
    assert bubble.copy_button is not None
    qtbot.mouseClick(bubble.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Use `ls -la` to see **all** files."
    assert bubble.copy_button.text() == "Copied"
    assert Bubble("mine", True, "You").copy_button is None


def test_new_conversation_clears_the_view_and_the_models_context(qtbot: Any, make_app: Any) -> None:
    hearth = make_app(voice=None)
    window = hearth.window
    window.speak_box.setChecked(False)
    window.input.setText("What is the capital of France?")
    window.send_typed()
    qtbot.waitUntil(lambda: len(hearth.assistant.history) >= 2, timeout=5000)
    qtbot.waitUntil(lambda: len(window.conversation.replies()) == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.indicator.state == "idle", timeout=5000)
    assert hearth.history is not None and len(hearth.history.recent()) == 1

    qtbot.mouseClick(window.new_button, Qt.MouseButton.LeftButton)
    assert window.conversation.bubbles == []
    assert len(hearth.assistant.history) == 0  # the model starts afresh
    assert len(hearth.history.recent()) == 1  # what the history kept, it keeps
    assert window.conversation.empty_note.isVisibleTo(window)


def test_light_markdown_is_rendered_and_nothing_else() -> None:
    text = "Steps:\n- **open** the box\n- run `make`\n\n1. one\n2. two\n```\nx < 1\n```"
    html = to_html(text)
    assert "<ul" in html and html.count("<li>") == 4 and "<ol" in html
    assert "<b>open</b>" in html and "<code>make</code>" in html
    assert "<pre>x &lt; 1</pre>" in html
    hostile = to_html('**<img src="x">** <a href="http://x">link</a>')
    assert "<img" not in hostile and "<a " not in hostile
    assert not needs_markup("The capital of France is Paris. 2 * 3 = 6.")
    bubble = Bubble("- a\n- b", False, "Hearth")
    assert bubble.text_label.textFormat() == Qt.TextFormat.RichText
    assert bubble.text == "- a\n- b"
    assert Bubble("- a", True, "You").text_label.textFormat() == Qt.TextFormat.PlainText


def test_where_an_answer_came_from_is_said() -> None:
    assert describe_source("llm", "small") == "small model"
    assert describe_source("llm", "large") == "larger model"
    assert describe_source("calculator", None) == "calculator skill"
    assert "chosen by the small model" in describe_source("timers", "small")
    assert describe_source("control", None) == ""


def test_bubbles_keep_a_reading_width_full_screen(qtbot: Any) -> None:
    view = ConversationView()
    qtbot.addWidget(view)
    view.resize(1900, 900)
    view.show()
    view.add_reply("word " * 300)
    bubble = view.bubbles[-1]
    limit = view.fontMetrics().averageCharWidth() * READING_WIDTH_CHARS
    assert bubble.maximumWidth() <= limit < 1900 * 0.8


def test_nothing_is_clipped_in_a_narrow_window(qtbot: Any, make_app: Any) -> None:
    hearth = make_app(voice=None)
    window = hearth.window
    window.resize(300, 480)  # narrower than it may be: it stops at its minimum
    qtbot.waitUntil(lambda: window.width() <= 360, timeout=2000)
    assert window.width() >= window.minimumWidth()
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.parent() is window.centralWidget():
            assert button.width() >= button.sizeHint().width(), button.text()


def test_a_reply_shown_whole_is_not_written_twice(qtbot: Any) -> None:
    """Its words came late (a slow voice): the reply was shown whole meanwhile."""
    view = ConversationView()
    qtbot.addWidget(view)
    view.add_user("tell me")
    view._whole_after.setInterval(50)
    view.add_reply("All of it at once.")
    qtbot.waitUntil(lambda: view.stream is None, timeout=2000)
    view.add_piece("All of it", 0.5)
    view.add_piece("at once.", 0.5)
    assert view.replies() == ["All of it at once."]
    view.end_stream()  # the reply was heard to the end (AudioEnd)
    view.add_user("and now?")
    view.add_piece("Next reply.")
    view.end_stream()
    assert view.replies() == ["All of it at once.", "Next reply."]


def test_the_view_keeps_the_newest_bubbles_only(qtbot: Any, monkeypatch: Any) -> None:
    """The window runs for days: every bubble is ~115 KB of widgets, so the view keeps
    the newest ``MAX_BUBBLES`` and says where the older ones are."""
    from hearth.ui import conversation

    monkeypatch.setattr(conversation, "MAX_BUBBLES", 6)
    view = ConversationView()
    qtbot.addWidget(view)
    view.show()
    newest = []
    for i in range(5):
        view.add_user(f"question {i}")
        view.add_reply(f"answer {i}")
        view.end_stream()  # said to the end
        newest.append(view.newest_reply())
    # Once full, a new reply no longer lengthens replies(); newest_reply() still tells
    # (the window soak missed the replies that came after the cap began to act).
    assert len(view.replies()) == 3 and len(view.bubbles) == 6
    assert [b.text for b in newest if b is not None] == [f"answer {i}" for i in range(5)]
    assert [b.text for b in view.bubbles[:2]] == ["question 2", "answer 2"]
    assert view.older_note.isVisible() and "History" in view.older_note.text()
    rows = [view._column.itemAt(i).widget() for i in range(view._column.count())]
    assert sum(1 for r in rows if r is not None and r.findChild(Bubble)) == 6  # gone from view
    view.clear()
    assert not view.bubbles and not view.older_note.isVisible()
