import pytest
from hearth.assistant.bench.speech_data import normalise, number_words, wer, word_errors
from hearth.assistant.spoken_numbers import replace_number_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven times eight", "7 times 8"),
        ("one hundred minus thirty-seven", "100 minus 37"),
        ("a hundred and five", "105"),
        ("two thousand and twenty six", "2026"),
        ("two point five plus 1,000", "2.5 plus 1000"),
        ("what is a cat", "what is a cat"),
        ("what's nine", "what's 9"),
    ],
)
def test_replace_number_words(text: str, expected: str) -> None:
    assert replace_number_words(text) == expected


def test_wer_normalises_case_punctuation_and_numbers() -> None:
    assert word_errors("One two three.", "1 2 3") == (0, 3)
    assert word_errors("ten of clubs", "10 of clubs") == (0, 3)
    assert word_errors("the cat sat", "the cat sat down") == (1, 3)
    assert wer([("a b c d", "a x c"), ("e f", "e f")]) == pytest.approx(2 / 6)
    assert normalise("Well-known, isn't it?") == ["well", "known", "isn't", "it"]
    assert number_words(1961) == "one thousand nine hundred sixty one"
