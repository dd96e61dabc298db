import pytest
from hearth.assistant.testing import SkillHarness
from hearth.skills.calculator import CalculatorSkill, parse_expression


def ask(text: str) -> str | None:
    return SkillHarness(CalculatorSkill()).say(text)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("What is seven times eight?", "That's 56."),
        ("what's twenty plus fifteen", "That's 35."),
        ("What is ninety-six divided by eight?", "That's 12."),
        ("what is nine squared", "That's 81."),
        ("twenty five percent of two hundred", "That's 50."),
        ("What's one thousand minus one?", "That's 999."),
        ("half of ninety", "That's 45."),
        ("square root of 81", "That's 9."),
        ("calculate 2 to the power of 10", "That's 1024."),
        ("what is 3 + 4 * 2", "That's 11."),
        ("(3 + 4) * 2", "That's 14."),
        ("ten divided by three", "That's 3.333."),
        ("what is two point five times four", "That's 10."),
        ("minus five plus two", "That's -3."),
    ],
)
def test_arithmetic_in_words_and_digits(text: str, answer: str) -> None:
    assert ask(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "what is a cat",
        "what is nine",
        "how many apples are in a basket",
        "convert my files to pdf",
        "tell me about the times",
        "what time is it",
        "seven",
        "plus",
        "what is 3 +",
        "import os; os.system('rm -rf /')",
        "__import__('os')",
    ],
)
def test_not_a_calculation(text: str) -> None:
    assert ask(text) is None


def test_division_by_zero_and_huge_numbers_are_answered_not_raised() -> None:
    assert ask("five divided by zero") == "You can't divide by zero."
    assert ask("9 to the power of 9 to the power of 9") == "That number is too big for me to say."


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("10 - 3 + 2", "That's 9."),
        ("what is 10 - 3", "That's 7."),
        ("what is 5 * -2", "That's -10."),
        ("-5 + 3", "That's -2."),
        ("twenty-five minus thirty-seven", "That's -12."),
    ],
)
def test_minus_signs_in_digits_are_kept(text: str, answer: str) -> None:
    assert ask(text) == answer


@pytest.mark.parametrize(
    "text",
    [
        "square root of -4",
        "minus 8 to the power of 0.5",
        "17 % 5",
        "sqrt " * 2000,
        "1 + " * 100 + "1",
    ],
)
def test_no_real_answer_or_ambiguous_is_left_to_others_without_crashing(text: str) -> None:
    assert ask(text) is None


def test_answers_too_big_to_say() -> None:
    assert ask("10 to the power of 100") == "That number is too big for me to say."
    assert ask("0 to the power of -1") == "You can't divide by zero."


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("convert 5 miles to kilometers", "5 miles is 8.047 kilometers."),
        ("how many minutes are in three hours", "3 hours is 180 minutes."),
        ("what is 100 fahrenheit in celsius", "100 degrees Fahrenheit is 37.78 degrees Celsius."),
        ("how many grams in a pound", "1 pound is 453.6 grams."),
        ("twenty degrees celsius in fahrenheit", "20 degrees Celsius is 68 degrees Fahrenheit."),
        ("how many cups are in a liter", "1 liter is 4.227 cups."),
        ("convert 2.5 kg to pounds", "2.5 kilograms is 5.512 pounds."),
        ("how many feet in a mile", "1 mile is 5280 feet."),
        ("0 kelvin in celsius", "0 kelvin is -273.1 degrees Celsius."),
    ],
)
def test_unit_conversion(text: str, answer: str) -> None:
    assert ask(text) == answer


def test_converting_between_different_quantities_is_explained() -> None:
    assert ask("convert 5 miles to kilograms") == (
        "I can't convert miles to kilograms: one is a length, the other a mass."
    )


def test_the_language_model_can_call_it_with_validated_arguments() -> None:
    harness = SkillHarness(CalculatorSkill())
    outcome = harness.host.call_tool("calculator.calculate", {"expression": "12 times 7"}, "x")
    assert outcome.reply == "That's 84."
    outcome = harness.host.call_tool(
        "calculator.convert", {"amount": 3, "source": "feet", "target": "inches"}, "x"
    )
    assert outcome.reply == "3 feet is 36 inches."
    with pytest.raises(ValueError):
        harness.host.call_tool(
            "calculator.convert", {"amount": 3, "source": "x", "target": "m"}, ""
        )


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "cuánto es el 15 por ciento de 80", 12),
        ("es", "cuánto es el veinte por ciento de cincuenta", 10),
        ("es", "cuál es la raíz cuadrada de 144", 12),
        ("es", "cuánto es ciento veinte entre tres", 40),  # "ciento" is still a number
        ("fr", "combien font 15 pour cent de 80", 12),
        ("fr", "combien font quinze pourcent de deux cents", 30),
        ("fr", "quelle est la racine carrée de 144", 12),
        ("fr", "combien font cent plus deux", 102),
        ("de", "wie viel sind 15 Prozent von 80", 12),
        ("de", "was ist die Quadratwurzel von 81", 9),
    ],
)
def test_percentages_and_roots_in_other_languages(language: str, text: str, value: int) -> None:
    """ "pour cent" and "por ciento" hold a number word ("cent", "ciento"): they are read
    as "%" before the numbers are."""
    found = parse_expression(text, language)
    assert found is not None and found[1] == value, found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "cuál es la capital de España"),
        ("fr", "quelle est la capitale de la France"),
        ("de", "was ist die Hauptstadt von Frankreich"),
        ("es", "cuánto es el 5 por ciento"),
    ],
)
def test_questions_in_a_calculators_words_are_not_sums(language: str, text: str) -> None:
    assert parse_expression(text, language) is None
