"""Numbers as people say them: "ninety-six", "one hundred and five", "2.5", "1,000".

``replace_number_words`` rewrites every spoken number in a phrase as digits, so
that skills can match on digits only.
"""

from __future__ import annotations

import re

_UNITS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|\S")


def _is_number_word(word: str) -> bool:
    return word in _UNITS or word in _TENS or word in _SCALES or word == "a"


def _parse_words(words: list[str]) -> int | None:
    total, current, seen = 0, 0, False
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "a":
            current += 1  # "a hundred"
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def replace_number_words(text: str) -> str:
    """Rewrite spoken numbers as digits: "twenty five point five" -> "25.5"."""
    # "thirty-seven" is one number; "10 - 3" and "-2" keep their minus signs.
    tokens = _WORD.findall(re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower()))
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?", tok):
            out.append(tok.replace(",", ""))
            i += 1
            continue
        if _is_number_word(tok) and not (
            tok == "a" and (i + 1 >= len(tokens) or tokens[i + 1] not in _SCALES)
        ):
            j = i
            run: list[str] = []
            while j < len(tokens) and (
                _is_number_word(tokens[j])
                or (
                    tokens[j] == "and"
                    and run
                    and j + 1 < len(tokens)
                    and (tokens[j + 1] in _UNITS or tokens[j + 1] in _TENS)
                )
            ):
                if tokens[j] == "a" and (j + 1 >= len(tokens) or tokens[j + 1] not in _SCALES):
                    break
                if tokens[j] != "and":
                    run.append(tokens[j])
                j += 1
            value = _parse_words(run)
            if value is not None:
                number = str(value)
                # "two point five"
                if j + 1 < len(tokens) and tokens[j] == "point" and tokens[j + 1] in _UNITS:
                    j += 1
                    decimals = ""
                    while j < len(tokens) and tokens[j] in _UNITS and _UNITS[tokens[j]] < 10:
                        decimals += str(_UNITS[tokens[j]])
                        j += 1
                    number += "." + decimals
                out.append(number)
                i = j
                continue
        out.append(tok)
        i += 1
    return " ".join(out)
