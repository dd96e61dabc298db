"""Example phrases compiled into deterministic matchers, and the handlers they lead to.

An example such as ``set [a] timer for {duration} [called {name}]`` becomes one
anchored regular expression. Every word and slot is followed by exactly one space,
and the input is normalised to single spaces with one before and one after, so
optional parts and alternatives need no whitespace juggling. When several examples
match, the one with the most literal (non-slot) text wins: "turn off the sound"
beats "turn off the {device}".
"""

from __future__ import annotations

import functools
import inspect
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from hearth.assistant.errors import AssistantError
from hearth.assistant.skill import PERMISSIONS, IntentSpec, Reply, Skill, SkillContext
from hearth.assistant.slots import SlotError, SlotType, resolve_hints, slot_type_for
from hearth.assistant.understanding.examples import (
    CompiledExample,
    compile_example,
    compile_phrases,
    example_text,
    literal_text,
    pinned,
)
from hearth.assistant.understanding.normalising import normalise, normalise_typography

__all__ = [
    "CompiledExample",
    "Handler",
    "IntentMatcher",
    "Match",
    "Param",
    "build_handlers",
    "compile_example",
    "compile_phrases",
    "example_text",
    "hears_languages",
    "normalise",
    "normalise_typography",
]
from hearth.assistant.understanding.vocabulary import has_own_words

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Param:
    name: str
    slot_type: SlotType
    required: bool
    default: Any = None


@dataclass
class Handler:
    """One thing a skill can do: its matcher, its parameters, its permissions."""

    skill: Skill
    attr: str
    func: Callable[..., Any]
    params: dict[str, Param]
    examples: list[CompiledExample]
    permissions: tuple[str, ...]
    description: str
    confirm: str | Callable[..., str | None] | None = None
    ask: dict[str, str] = field(default_factory=dict)
    tool: bool = True
    phrases: dict[str, list[CompiledExample]] = field(default_factory=dict)
    """Example phrases in other languages, by language code."""

    def examples_in(self, language: str) -> list[CompiledExample]:
        """The phrases matched for ``language``: English ones only for English."""
        return self.examples if language == "en" else self.phrases.get(language, [])

    @property
    def name(self) -> str:
        return f"{self.skill.name}.{self.attr}"

    def question_for(self, slot: str, error: SlotError | None = None, lang: str = "en") -> str:
        """What to ask for ``slot``: ``ask`` holds a question per slot, and per language
        under ``"<language>:<slot>"`` ("es:duration"); else the parser's own question."""
        if lang != "en":
            from hearth.assistant.locale.words import question

            asked = self.ask.get(f"{lang}:{slot}")
            if asked:
                return asked if error is None else f"{asked} {error.question}"
            return error.question if error else question("which_slot", lang, slot)
        asked = self.ask.get(slot)
        if asked and error is not None and "didn't" in error.question:
            return f"{asked} {error.question.split('?', 1)[-1].strip()}".strip()
        return asked or (error.question if error else f"What {slot.replace('_', ' ')}?")


def build_handlers(skill: Skill) -> list[Handler]:
    """The handlers of a skill, checked: raises ValueError/TypeError for a bad skill."""
    handlers = []
    for attr, spec in skill.intent_methods():
        handlers.append(_handler(skill, attr, spec))
    return handlers


def _handler(skill: Skill, attr: str, spec: IntentSpec) -> Handler:
    func = getattr(skill, attr)
    hints = resolve_hints(getattr(type(skill), attr))
    signature = inspect.signature(func)
    names = list(signature.parameters)
    if not names:
        raise TypeError(f"{skill.name}.{attr} must take the SkillContext as first parameter")
    params: dict[str, Param] = {}
    for pname in names[1:]:
        parameter = signature.parameters[pname]
        if pname not in hints:
            raise TypeError(f"{skill.name}.{attr}: parameter {pname!r} needs a type hint")
        required = parameter.default is inspect.Parameter.empty
        params[pname] = Param(
            pname, slot_type_for(hints[pname]), required, None if required else parameter.default
        )
    slot_types = {p.name: p.slot_type for p in params.values()}
    examples = [compile_example(e, slot_types) for e in spec.examples]
    phrases = compile_phrases(type(skill).language_phrases(attr, spec), slot_types)
    permissions = spec.permissions if spec.permissions is not None else skill.permissions
    unknown = [p for p in permissions if p not in PERMISSIONS]
    if unknown:
        raise ValueError(f"{skill.name}.{attr}: unknown permission(s) {', '.join(unknown)}")
    undeclared = [p for p in permissions if p not in skill.permissions]
    if undeclared:
        raise ValueError(
            f"{skill.name}.{attr} uses {', '.join(undeclared)}, which the skill does not declare"
        )
    doc = inspect.getdoc(func) or skill.description or attr.replace("_", " ")
    description = doc.strip().splitlines()[0]
    return Handler(
        skill,
        attr,
        _telling_damage(func),
        params,
        examples,
        tuple(permissions),
        description,
        _safe_confirm(spec.confirm, description) if callable(spec.confirm) else spec.confirm,
        spec.ask,
        spec.tool,
        phrases,
    )


def _telling_damage(func: Callable[..., Any]) -> Callable[..., Any]:
    """The handler, whose reply begins with what the user must hear about a damaged file
    it found (kept aside, started afresh): the reply of the turn that met it says so."""

    @functools.wraps(func)
    def handler(ctx: Any, *args: Any, **values: Any) -> Any:
        reply = func(ctx, *args, **values)
        if isinstance(ctx, SkillContext) and isinstance(reply, str | Reply):
            return ctx.with_store_notices(reply)
        return reply

    return handler


def _safe_confirm(
    confirm: Callable[..., str | None], description: str
) -> Callable[..., str | None]:
    """A confirmation question that never fails: when building it goes wrong (the data
    it counts cannot be read), the user is told why and asked plainly, so that deleting
    stays possible."""

    def question(skill: Skill, ctx: Any, *args: Any, **values: Any) -> str | None:
        try:
            asked = confirm(skill, ctx, *args, **values)
        except Exception as exc:
            _LOGGER.warning("%s: building its confirmation failed", skill.name, exc_info=True)
            why = exc.message if isinstance(exc, AssistantError) else "I could not check first."
            action = description[0].lower() + description[1:].rstrip(".")
            return f"{why} Should I {action} anyway?"
        if asked is not None and isinstance(ctx, SkillContext):
            told = ctx.with_store_notices(asked)
            return told if isinstance(told, str) else told.text
        return asked

    return question


@dataclass
class Match:
    handler: Handler | None
    """None for a skill that uses the low-level ``match``/``handle`` form."""
    skill: Skill
    values: dict[str, Any]
    errors: dict[str, SlotError] = field(default_factory=dict)
    score: int = 0
    language: str = "en"
    """The language of the phrase that matched: the reply is written in it."""


class IntentMatcher:
    def __init__(self, handlers: Sequence[Handler], low_level: Sequence[Skill] = ()) -> None:
        self.handlers = list(handlers)
        self.low_level = list(low_level)

    def match(
        self,
        text: str,
        on_skill_error: Callable[[Skill], None] | None = None,
        language: str = "en",
    ) -> Match | None:
        """The best match for ``text`` among the phrases of ``language``."""
        phrase = normalise(text, language)
        padded = f" {phrase} "
        parsed: dict[Any, Any] = {}
        best: Match | None = None
        for handler in self.handlers:
            for example in handler.examples_in(language):
                m = example.regex.fullmatch(padded)
                if m is None:
                    continue
                candidate = self._fill(handler, m, parsed, example)
                if candidate is not None and candidate.errors:
                    candidate = self._resplit(handler, m, parsed, example, candidate)
                elif candidate is not None and _free_text(candidate):
                    candidate = self._widen(handler, m, parsed, example, candidate)
                if candidate is None:
                    continue
                candidate.language = language
                if best is None or _rank(candidate) > _rank(best):
                    best = candidate
        for skill in self.low_level:
            if language != "en" and not hears_languages(skill):
                continue  # its own ``match`` reads English only
            try:
                said = normalise_typography(text).strip()
                reads: Any = skill.match  # one that takes a language (``_hears_languages``)
                slots = reads(said, language) if language != "en" else skill.match(said)
            except Exception:
                if on_skill_error:
                    on_skill_error(skill)
                continue
            if slots is None:
                continue
            chosen = next(
                (h for h in self.handlers if h.skill is skill and h.attr == slots.get("_intent")),
                None,
            )
            values = {k: v for k, v in slots.items() if k != "_intent"}
            candidate = Match(chosen, skill, values, score=len(padded), language=language)
            if best is None or _rank(candidate) > _rank(best):
                best = candidate
        return best

    @staticmethod
    def _fill(
        handler: Handler,
        m: re.Match[str],
        parsed: dict[Any, Any],
        example: CompiledExample | None = None,
    ) -> Match | None:
        """The match's values; None when a slot could not be read and nothing else in
        the words is the skill's own (a general question in a skill's sentence frame).
        ``parsed``: slot texts already read for this utterance (each is read once)."""
        values: dict[str, Any] = {}
        errors: dict[str, SlotError] = {}
        slot_chars = 0
        for name, raw in m.groupdict().items():
            if raw is None:
                continue
            slot_chars += len(raw)
            slot_type = handler.params[name].slot_type
            if example is not None:
                slot_type = example.slot_types.get(name, slot_type)
            key = (slot_type.name, slot_type.parse, raw)
            if key not in parsed:
                try:
                    parsed[key] = slot_type.parse(raw)
                except SlotError as exc:
                    parsed[key] = exc
            if isinstance(parsed[key], SlotError):
                errors[name] = parsed[key]
            else:
                values[name] = parsed[key]
        if errors and not has_own_words(literal_text(m)):
            return None
        score = len(m.string) - slot_chars
        return Match(handler, handler.skill, values, errors, score)

    @classmethod
    def _resplit(
        cls,
        handler: Handler,
        m: re.Match[str],
        parsed: dict[Any, Any],
        example: CompiledExample,
        first: Match,
    ) -> Match:
        """A clean reading where ``first`` left a slot unread, having taken a neighbour's
        words ("um 21 uhr mama anzurufen": the optional minutes took "mama"): the slot
        with fewer words, the most first, from either end; else ``first``."""
        best: Match | None = None
        for name in first.errors:
            words = m.group(name).split()
            for count in range(min(len(words) - 1, _SLOT_WORDS), 0, -1):
                for part in (words[:count], words[-count:]):
                    found = cls._read_as(handler, m, parsed, example, name, " ".join(part))
                    if found and (best is None or _rank(found) > _rank(best)):
                        best = found
                if best is not None:
                    return best
        return first

    @classmethod
    def _widen(
        cls,
        handler: Handler,
        m: re.Match[str],
        parsed: dict[Any, Any],
        example: CompiledExample,
        first: Match,
    ) -> Match:
        """A typed slot given more words from the free text before or after it while
        they still read and fit its pattern, the widest winning: free text takes all it
        can ("call mom at 7" left "tomorrow" to the time; "that at 5 pm I have to ..."
        gives "pm" to it)."""
        best = first
        for name, value in first.values.items():
            slot_type = example.slot_types.get(name, handler.params[name].slot_type)
            start, end = m.span(name)
            if slot_type.name in ("text", "phrase") or value is None or end - start > 100:
                continue
            before, after = m.string[:start].split(), m.string[end:].split()
            for count in range(1, _SLOT_WORDS // 2 + 1):
                for ahead, behind in ((before[-count:], []), ([], after[:count])):
                    if len(ahead) + len(behind) < count:  # fewer words there than that
                        continue
                    text = " ".join([*ahead, m.string[start:end], *behind])
                    if not re.fullmatch(slot_type.pattern, text, re.IGNORECASE):
                        continue
                    found = cls._read_as(handler, m, parsed, example, name, text)
                    if found and _free_text(found):
                        best = found
        return best

    @classmethod
    def _read_as(
        cls,
        handler: Handler,
        m: re.Match[str],
        parsed: dict[Any, Any],
        example: CompiledExample,
        name: str,
        text: str,
    ) -> Match | None:
        """The words read with slot ``name`` as exactly ``text``; None unless all read."""
        again = pinned(example, name, text).fullmatch(m.string)
        found = again and cls._fill(handler, again, parsed, example)
        return found if found and not found.errors else None


_SLOT_WORDS = 12  # the most words another split gives a typed slot (no regex per word)


def _free_text(match: Match) -> bool:
    """Whether a match has a free-text slot (one that takes whatever words it is given)."""
    return match.handler is not None and any(
        match.handler.params[name].slot_type.name == "text" for name in match.values
    )


def hears_languages(skill: Skill) -> bool:
    """Whether a low-level skill's ``match`` takes a ``language`` (else: English only)."""
    told = getattr(skill, "hears_languages", None)  # one in its own process says so
    if isinstance(told, bool):
        return told
    try:
        return "language" in inspect.signature(skill.match).parameters
    except (TypeError, ValueError):
        return False


def _rank(match: Match) -> tuple[int, int, int, int]:
    """Clean matches first, then the most literal text, then typed slots over free text."""
    free_text = sum(
        1
        for name in match.values
        if match.handler
        and name in match.handler.params
        and match.handler.params[name].slot_type.name == "text"
    )
    return (0 if match.errors else 1, match.score, -free_text, -len(match.values))
