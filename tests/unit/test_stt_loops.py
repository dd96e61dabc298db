"""A transcript that is Whisper repeating itself is told from one that is speech."""

import pytest
from hearth.assistant.engines.stt import looks_looped


@pytest.mark.parametrize(
    "text",
    [
        "Uno de las las las las las las las las las las las las las las las las",
        "10 of clubs 10 of clubs 10 of clubs 10 of clubs 10 of clubs 10 of clubs",
        "la la la la la",
        "Thank you. Thank you. Thank you. Thank you. Thank you. Thank you. Thank you.",
    ],
)
def test_a_loop_is_seen(text: str) -> None:
    assert looks_looped(text)


@pytest.mark.parametrize(
    "text",
    [
        "Uno me nacho a cabrera era más que necesario.",
        "Las arenas son blanquecinas, de grano medio y tienen muy poca asistencia.",
        "no no no",
        "What time is it in Tokyo and what time is it in Paris?",
        "Set a timer for ten minutes and then another one for twenty minutes.",
        "Der hinter diesem Portal liegenden Raum wurde als Leichenhalle genutzt",
        "",
    ],
)
def test_speech_is_not_taken_for_a_loop(text: str) -> None:
    assert not looks_looped(text)
