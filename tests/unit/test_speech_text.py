import pytest
from hearth.assistant.speech_text import for_speech, sentences, short_reply, speakable_number


def test_markdown_becomes_plain_sentences() -> None:
    text = "## Steps\n1. **Boil** the water\n- add the `tea`\nSee [the guide](http://x.y)."
    spoken = for_speech(text)
    assert not any(ch in spoken for ch in "*#`[]()")
    assert "Boil the water." in spoken
    assert "add the tea." in spoken
    assert "See the guide." in spoken


def test_symbols_a_voice_stumbles_on() -> None:
    assert (
        for_speech("It is 21°C and 40% humid 😀")
        == "It is 21 degrees Celsius and 40 percent humid."
    )
    assert for_speech("Visit https://example.com now") == "Visit a link now."


def test_short_reply_keeps_whole_sentences() -> None:
    text = "One. Two! Three? Four. Five is cut off mid"
    assert short_reply(text) == "One. Two! Three?"
    assert short_reply("Only a fragment") == "Only a fragment."
    assert sentences("Hi there. How are you?") == ["Hi there.", "How are you?"]


@pytest.mark.parametrize(
    ("value", "spoken"),
    [
        (56, "56"),
        (12.0, "12"),
        (1 / 3, "0.333"),
        (2.5, "2.5"),
        (1e-5, "0.00001"),
        (123456.789, "123456.8"),
        (-0.0, "0"),
        (float("inf"), "infinity"),
        (1e20, "100000000000000000000"),
    ],
)
def test_numbers_a_voice_can_read(value: float, spoken: str) -> None:
    assert speakable_number(value) == spoken
    assert "e" not in speakable_number(value).replace("infinity", "")


def test_clock_times_are_said_the_way_people_say_them() -> None:
    assert for_speech("It's 7:00 PM.") == "It's 7 PM."
    assert for_speech("It's 3:05 AM.") == "It's 3 oh 5 AM."
    assert for_speech("At 11:45 on Monday.") == "At 11 45 on Monday."


def test_text_reaches_the_voice_in_bounded_pieces() -> None:
    """Piper's memory grows with the length of what it is given at once: however long
    the text, and with or without full stops, no piece is over the limit, and no word is
    lost or cut."""
    from hearth.assistant.engines.tts import MAX_PIECE_CHARS, bounded_pieces

    run_on = " ".join(f"word{i}" for i in range(2000))
    pieces = list(bounded_pieces(run_on))
    assert all(0 < len(p) <= MAX_PIECE_CHARS for p in pieces)
    assert " ".join(pieces).split() == run_on.split()
    text = "Short one. " + "A long sentence, with commas, " * 20 + "and an end. Last!"
    pieces = list(bounded_pieces(text))
    assert pieces[0] == "Short one." and pieces[-1] == "Last!"
    assert all(len(p) <= MAX_PIECE_CHARS for p in pieces)
    assert all(p.endswith(",") for p in pieces[1:-2])  # cut after a comma when it can
    assert list(bounded_pieces("x" * 400)) == ["x" * 160, "x" * 160, "x" * 80]
