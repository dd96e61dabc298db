"""Arithmetic said in words or digits: "what is ninety-six divided by eight".

The expression is parsed by a small recursive-descent parser over numbers and
operators; nothing is ever passed to ``eval``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from hearth.assistant.skill import Skill, SkillContext, intent, spoken_number_in
from hearth.assistant.skill import number_words_in as replace_number_words_in
from hearth.assistant.speech_text import speakable_number
from hearth.assistant.spoken_numbers import replace_number_words

from .translations import LANGUAGES, calculator_words, examples_of, phrases_of, reply
from .units import Unit, convert_units

_LEAD = re.compile(
    r"^(?:hey |ok |okay )?(?:(?:please |can you |could you )*(?:tell me )?"
    r"(?:what is|what's|whats|what are|how much is|calculate|compute|work out|solve)\s+)?"
)
_PHRASES = [  # order matters: longer phrases first
    (r"\bto the power of\b|\braised to(?: the power of)?\b", " ^ "),
    (r"\bmultiplied by\b|\btimes\b|\bx\b|×", " * "),
    (r"\bdivided by\b|\bover\b|÷", " / "),
    (r"\bplus\b|\badd(?:ed to)?\b", " + "),
    (r"\bminus\b|\btake away\b|\bsubtract\b", " - "),
    (r"\bpercent of\b|% of\b", " % "),
    (r"\bsquared\b", " ^ 2 "),
    (r"\bcubed\b", " ^ 3 "),
    (r"\b(?:the )?square root of\b", " sqrt "),
    (r"\bhalf of\b|\bhalf\b", " 0.5 * "),
    (r"\b(?:a )?quarter of\b", " 0.25 * "),
    (r"\bdouble\b|\btwice\b", " 2 * "),
    (r"\btriple\b", " 3 * "),
]
_MAX_TOKENS = 64  # a spoken sum is short; this also bounds the parser's recursion
_MAX_SPOKEN = 1e15
_TOKEN = re.compile(r"\d+(?:\.\d+)?|sqrt|[-+*/^%()]")


class _Parser:
    """expr := term (('+'|'-') term)* ; term := power (('*'|'/'|'%') power)* ;
    power := unary ('^' power)? ; unary := '-' unary | 'sqrt' unary | atom"""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens, self.pos = tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> str:
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def parse(self) -> float:
        value = self.expr()
        if self.peek() is not None:
            raise ValueError("trailing tokens")
        return value

    def expr(self) -> float:
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value

    def term(self) -> float:
        value = self.power()
        while self.peek() in ("*", "/", "%"):
            op, rhs = self.take(), self.power()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs  # ZeroDivisionError handled by the skill
            else:
                value = value / 100 * rhs
        return value

    def power(self) -> float:
        base = self.unary()
        if self.peek() == "^":
            self.take()
            exponent = self.power()
            if abs(exponent) > 100 or abs(base) > 1e6:
                raise OverflowError
            if base < 0 and not float(exponent).is_integer():
                raise ValueError("no real answer")
            if base == 0 and exponent < 0:
                raise ZeroDivisionError
            return float(base**exponent)
        return base

    def unary(self) -> float:
        tok = self.peek()
        if tok == "-":
            self.take()
            return -self.unary()
        if tok == "sqrt":
            self.take()
            value = self.unary()
            if value < 0:
                raise ValueError("negative root")
            return math.sqrt(value)
        if tok == "(":
            self.take()
            value = self.expr()
            if self.peek() != ")":
                raise ValueError("unbalanced")
            self.take()
            return value
        if tok is None or not re.fullmatch(r"\d+(?:\.\d+)?", tok):
            raise ValueError("number expected")
        return float(self.take())


def parse_expression(text: str, language: str = "en") -> tuple[str, float] | None:
    """Find an arithmetic question in ``text``; return (spoken form, value) or None."""
    if language in LANGUAGES:
        lead, operators = calculator_words(language)
        phrase = text.strip().lower().strip("?.!¿¡ ")
        phrase = re.sub(lead, "", phrase).strip()
        # before the numbers are read: "cent" and "ciento" are numbers, "pour cent" is not
        phrase = re.sub(r"\b(?:por ciento|pour ?cent|prozent)\b", "%", phrase)
        phrase = replace_number_words_in(phrase, language)
        if re.search(r"%(?!\s*(?:de\b|d'|von\b))", phrase):
            return None  # "17 % 5" could mean a remainder: not ours to guess
    else:
        phrase = replace_number_words(text.strip().lower().rstrip("?.! "))
        phrase = _LEAD.sub("", phrase).strip()
        phrase = re.sub(r"\bequals?\b|\bis\b$", "", phrase).strip()
        if re.search(r"%(?!\s*of\b)", phrase):
            return None  # "17 % 5" could mean a remainder: not ours to guess
        operators = _PHRASES
    for pattern, repl in operators:
        phrase = re.sub(pattern, repl, phrase)
    compact = re.sub(r"\s+", "", phrase)
    if not compact or _TOKEN.sub("", compact):
        return None  # words we do not understand: not a calculation
    tokens = _TOKEN.findall(compact)
    if len(tokens) > _MAX_TOKENS or not any(t in "+-*/^%" or t == "sqrt" for t in tokens):
        return None
    value = _Parser(tokens).parse()
    if not math.isfinite(value) or abs(value) >= _MAX_SPOKEN:
        raise OverflowError
    return compact, value


class CalculatorSkill(Skill):
    """Arithmetic is recognised by parsing it (a phrase list could never cover sums), so
    this skill overrides ``match``; unit conversion uses ordinary example phrases."""

    name = "calculator"
    description = "Arithmetic and unit conversion, in words or digits."
    examples = ("what is seven times eight", "convert 5 miles to kilometers")
    phrases = phrases_of("calculator")
    localized_examples = examples_of("calculator")

    def match(self, text: str, language: str = "en") -> dict[str, Any] | None:
        try:
            found = parse_expression(text, language)
        except (ValueError, IndexError, RecursionError):
            return None
        except (ZeroDivisionError, OverflowError):
            found = ("", 0.0)
        if found is None:
            return None
        return {"_intent": "calculate", "expression": text}

    @intent("calculate {expression}", "work out {expression}")
    def calculate(self, ctx: SkillContext, expression: str) -> str:
        """Work out an arithmetic expression such as '12 times 7' or 'square root of 81'."""
        lang = ctx.language
        try:
            found = parse_expression(expression, lang)
        except ZeroDivisionError:
            return reply(lang, "calculator.zero", "You can't divide by zero.")
        except OverflowError:
            return reply(lang, "calculator.too_big", "That number is too big for me to say.")
        except (ValueError, IndexError, RecursionError):
            found = None
        if found is None:
            english = f"I can't work out {expression!r}. Try something like 'twelve times seven'."
            return reply(lang, "calculator.unknown", english, expression=expression)
        if lang in LANGUAGES:
            return reply(lang, "calculator.result", "", value=spoken_number_in(found[1], lang))
        return f"That's {speakable_number(found[1])}."

    @intent(
        "convert {amount} {source} (to|into|in) {target}",
        "(what is|what's|whats|how much is|how many|how much) {amount} {source} (in|to|into) "
        "{target}",
        "{amount} {source} (in|to|into) {target}",
        "how many {target} (are|is) [there] in {amount} {source}",
        "how many {target} (are|is) [there] in (a|an|one) {source}",
        "how many {target} in (a|an|one) {source}",
        "how many {target} in {amount} {source}",
        "how many {target} is {amount} {source}",
    )
    def convert(self, ctx: SkillContext, source: Unit, target: Unit, amount: float = 1.0) -> str:
        """Convert an amount between units, such as miles to kilometers or Fahrenheit to
        Celsius."""
        return convert_units(amount, source, target, ctx.language)
