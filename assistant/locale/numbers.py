"""Number words in Spanish, French and German, read as digits.

``replace_number_words(text, language)`` rewrites every spoken number in a phrase as
digits, like its English counterpart in ``hearth.assistant.spoken_numbers``:
"diecisiete" -> 17, "veintitrés" -> 23, "doscientos cinco" -> 205, "dix-sept" -> 17,
"quatre-vingt-douze" -> 92, "soixante et onze" -> 71, "dreiundzwanzig" -> 23,
"zweihundertfünf" -> 205, "zwei Komma fünf" -> 2.5, "2,5" -> 2.5.

Accents may be missing (typed text, a recogniser that drops them): "dieciseis" and
"fünf"/"funf" are read alike.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hearth.assistant.locale import plain

_ES_UNITS = {
    "cero": 0,
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "veintiun": 21,
    "veintiuno": 21,
    "veintiuna": 21,
    "veintidos": 22,
    "veintitres": 23,
    "veinticuatro": 24,
    "veinticinco": 25,
    "veintiseis": 26,
    "veintisiete": 27,
    "veintiocho": 28,
    "veintinueve": 29,
}
_ES_TENS = {
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
}
_ES_HUNDREDS = {
    "cien": 100,
    "ciento": 100,
    "doscientos": 200,
    "trescientos": 300,
    "cuatrocientos": 400,
    "quinientos": 500,
    "seiscientos": 600,
    "setecientos": 700,
    "ochocientos": 800,
    "novecientos": 900,
}
_ES_HUNDREDS |= {k.replace("ientos", "ientas"): v for k, v in _ES_HUNDREDS.items()}
_ES_HUNDREDS |= {"quinientas": 500}

_FR_UNITS = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}
_FR_TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,  # Belgium and Switzerland
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "quatrevingt": 80,
    "quatrevingts": 80,
}

_DE_UNITS = {
    "null": 0,
    "ein": 1,
    "eins": 1,
    "eine": 1,
    "einen": 1,
    "einer": 1,
    "einem": 1,
    "zwei": 2,
    "zwo": 2,
    "drei": 3,
    "vier": 4,
    "funf": 5,
    "fuenf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwolf": 12,
    "zwoelf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "funfzehn": 15,
    "fuenfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_DE_TENS = {
    "zwanzig": 20,
    "dreissig": 30,
    "dreißig": 30,
    "vierzig": 40,
    "funfzig": 50,
    "fuenfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_DE_SCALES = (("millionen", 1_000_000), ("million", 1_000_000), ("tausend", 1000), ("hundert", 100))

_DECIMAL_POINT = {"es": ("coma", "punto"), "fr": ("virgule",), "de": ("komma",)}
_JOINER = {"es": "y", "fr": "et", "de": "und"}
_SCALE_WORDS = {
    "es": {"mil": 1000, "millon": 1_000_000, "millones": 1_000_000},
    "fr": {"mille": 1000, "million": 1_000_000, "millions": 1_000_000},
    "de": {"tausend": 1000, "million": 1_000_000, "millionen": 1_000_000, "hundert": 100},
}


def german_word(word: str) -> int | None:
    """One German number word, compounds included: "dreihundertdreiundzwanzig" -> 323."""
    if not word:
        return None
    if word in _DE_UNITS:
        return _DE_UNITS[word]
    if word in _DE_TENS:
        return _DE_TENS[word]
    for scale, size in _DE_SCALES:
        if scale in word:
            left, right = word.split(scale, 1)
            high = german_word(left) if left else 1
            low = german_word(right) if right else 0
            if high is None or low is None or (right and low >= size):
                return None
            return high * size + low
    if "und" in word:
        left, right = word.split("und", 1)
        unit, tens = _DE_UNITS.get(left), _DE_TENS.get(right)
        if unit is not None and tens is not None and 1 <= unit <= 9:
            return tens + unit
    return None


def _simple_value(word: str, language: str) -> int | None:
    """The value of one word that is part of a number (not a scale word), or None."""
    if language == "es":
        for table in (_ES_UNITS, _ES_TENS, _ES_HUNDREDS):
            if word in table:
                return table[word]
        return None
    if language == "fr":
        return _FR_UNITS.get(word, _FR_TENS.get(word))
    if language == "de":
        if word in _SCALE_WORDS["de"]:
            return None
        return german_word(word)
    return None


def _is_number_word(word: str, language: str) -> bool:
    return (
        _simple_value(word, language) is not None
        or word in _SCALE_WORDS.get(language, {})
        or (language == "fr" and word in ("cent", "cents"))
    )


def _parse_run(words: list[str], language: str) -> int | None:
    total, current, seen = 0, 0, False
    scales = _SCALE_WORDS[language]
    for word in words:
        if (language == "fr" and word in ("cent", "cents")) or (
            language == "de" and word == "hundert"
        ):
            current = (current or 1) * 100
        elif word in scales:
            total += (current or 1) * scales[word]
            current = 0
        else:
            value = _simple_value(word, language)
            if value is None:
                return None
            current += value
        seen = True
    return total + current if seen else None


_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+(?:[.,]\d+)*|\S")


def _digits(token: str) -> str | None:
    """Digits as written in these languages: "2,5" is 2.5 and "1.000" is 1000."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return token.replace(".", "")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", token):
        return token.replace(",", ".")
    return None


def replace_number_words(text: str, language: str) -> str:
    """Rewrite the spoken numbers of ``text`` (in ``language``) as digits, lower case."""
    if language not in _SCALE_WORDS:
        from hearth.assistant.spoken_numbers import replace_number_words as english

        return english(text)
    lowered = text.lower()
    if language == "fr":  # "quatre-vingt-douze": the hyphens join one number
        lowered = re.sub(r"\bquatre[- ]vingts?\b", "quatrevingt", lowered)
    tokens = _TOKEN.findall(re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", lowered))
    keys = [plain(t) for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        digits = _digits(tokens[i])
        if digits is not None:
            out.append(digits)
            i += 1
            continue
        if not _is_number_word(keys[i], language):
            out.append(tokens[i])
            i += 1
            continue
        j, run = i, list[str]()
        while j < len(keys) and (
            _is_number_word(keys[j], language)
            or (_joins(keys, j, run, language) and j + 1 < len(keys))
        ):
            if keys[j] != _JOINER[language]:
                run.append(keys[j])
            j += 1
        value = _parse_run(run, language)
        if value is None:
            out.append(tokens[i])
            i += 1
            continue
        number, j = _with_decimals(str(value), keys, j, language)
        out.append(number)
        i = j
    return " ".join(out)


def _joins(keys: list[str], j: int, run: list[str], language: str) -> bool:
    """ "treinta y dos", "vingt et un", "hundert und eins": the word between two parts
    of one number (never between two numbers: "dos y tres" stays two numbers)."""
    if keys[j] != _JOINER[language] or not run or j + 1 >= len(keys):
        return False
    after = _simple_value(keys[j + 1], language)
    before = _simple_value(run[-1], language)
    if after is None or before is None:
        return False
    if language == "fr":  # "vingt et un", "soixante et onze"
        return before % 10 == 0 and before >= 20 and after in (1, 11)
    if language == "es":  # "treinta y dos": tens, then a unit
        return before % 10 == 0 and 30 <= before <= 90 and 1 <= after <= 9
    return before >= 100 and after < 100  # "hundert und eins"


def _with_decimals(number: str, keys: list[str], j: int, language: str) -> tuple[str, int]:
    """ "dos coma cinco" -> "2.5": digits after the decimal word, one word each."""
    if j + 1 < len(keys) and keys[j] in _DECIMAL_POINT[language]:
        decimals = ""
        k = j + 1
        while k < len(keys):
            value = _simple_value(keys[k], language)
            if value is None or value > 9 or (decimals and value > 9):
                break
            decimals += str(value)
            k += 1
        if decimals:
            return f"{number}.{decimals}", k
    return number, j


NumberReader = Callable[[str], str]


def reader(language: str) -> NumberReader:
    """``replace_number_words`` for one language."""
    return lambda text: replace_number_words(text, language)
