"""Example phrases compiled into anchored regular expressions.

``set [a] timer for {duration} [called {name}]``: every word and slot is followed by
exactly one space, ``[...]`` is optional, ``(a|b)`` an alternative, ``{slot}`` or
``{slot:type}`` a typed slot. A phrase in another language reads its slots in that
language (``hearth.assistant.locale.slot_types``), and its accented letters also match
without their accents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hearth.assistant.locale.slot_types import for_language
from hearth.assistant.slots import SLOT_TYPES, SlotType


@dataclass(frozen=True)
class CompiledExample:
    source: str
    regex: re.Pattern[str]
    slots: tuple[str, ...]
    slot_types: dict[str, SlotType] = field(default_factory=dict, compare=False)
    """The slot types its slots are read with (a phrase in Spanish reads Spanish
    numbers); empty: the handler's own."""
    language: str = field(default="en", compare=False)


_TOKEN = re.compile(r"\[|\]|\(|\)|\||\{[^}]*\}|[^\s\[\]()|{}]+")


class _ExampleCompiler:
    def __init__(
        self,
        source: str,
        slot_types: dict[str, SlotType],
        language: str,
        pins: dict[str, str] | None = None,
    ) -> None:
        self.source = source
        self.language = language
        self.pins = pins or {}
        self.tokens = _TOKEN.findall(source)
        self.pos = 0
        self.slot_types = dict(slot_types)  # a {slot:type} below reads with its own type
        self.used: list[str] = []

    def compile(self) -> CompiledExample:
        body = self.alternatives()
        if self.pos != len(self.tokens):
            raise ValueError(f"unbalanced brackets in example {self.source!r}")
        regex = re.compile(f"^ {body}$", re.IGNORECASE)
        return CompiledExample(
            self.source, regex, tuple(self.used), dict(self.slot_types), self.language
        )

    def alternatives(self) -> str:
        branches = [self.sequence()]
        while self.pos < len(self.tokens) and self.tokens[self.pos] == "|":
            self.pos += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def sequence(self) -> str:
        out = []
        while self.pos < len(self.tokens) and self.tokens[self.pos] not in ("]", ")", "|"):
            tok = self.tokens[self.pos]
            self.pos += 1
            if tok in ("[", "("):
                inner = self.alternatives()
                close = "]" if tok == "[" else ")"
                if self.pos >= len(self.tokens) or self.tokens[self.pos] != close:
                    raise ValueError(f"missing {close!r} in example {self.source!r}")
                self.pos += 1
                out.append(f"(?:{inner})" + ("?" if tok == "[" else ""))
            elif tok.startswith("{"):
                out.append(self.slot(tok[1:-1]))
            else:
                out.append(_literal_word(tok) + " ")
        return "".join(out)

    def slot(self, spec: str) -> str:
        name, _, type_name = spec.partition(":")
        name = name.strip()
        if name not in self.slot_types:
            raise ValueError(f"example {self.source!r} names {{{name}}}, which the handler lacks")
        if name in self.used:
            raise ValueError(f"slot {{{name}}} appears twice in {self.source!r}")
        if name in self.pins:
            self.used.append(name)
            return f"(?P<{name}>{re.escape(self.pins[name])}) "
        if type_name.strip():
            if type_name.strip() not in SLOT_TYPES:
                raise ValueError(f"unknown slot type {type_name!r} in {self.source!r}")
            chosen = for_language(SLOT_TYPES[type_name.strip()], self.language)
            if chosen.schema.get("type") != self.slot_types[name].schema.get("type"):
                raise ValueError(
                    f"{{{spec}}} in {self.source!r} disagrees with the handler's type hint"
                )
            self.used.append(name)
            self.slot_types[name] = chosen
            return f"(?P<{name}>{chosen.pattern}) "
        self.used.append(name)
        return f"(?P<{name}>{self.slot_types[name].pattern}) "


_ACCENTED = {
    ch: f"[{ch}{base}]"
    for ch, base in zip("áéíóúüñàèìòùâêîôûëïç", "aeiouunaeiouaeioueic", strict=True)
}


def _literal_word(word: str) -> str:
    """A word of an example as a pattern: an accented letter also matches without its
    accent ("qué" matches "que"), as people type and recognisers write."""
    return "".join(_ACCENTED.get(ch, re.escape(ch)) for ch in word)


def compile_example(
    source: str, slot_types: dict[str, SlotType], language: str = "en"
) -> CompiledExample:
    """``source`` as a matcher; in ``language``, its slots read that language's words."""
    if language != "en":
        slot_types = {name: for_language(t, language) for name, t in slot_types.items()}
    return _ExampleCompiler(source, slot_types, language).compile()


def pinned(example: CompiledExample, slot: str, text: str) -> re.Pattern[str]:
    """``example`` with its ``slot`` standing for exactly ``text`` (other slots as they
    were): how the matcher tries another split of the same words."""
    compiler = _ExampleCompiler(example.source, example.slot_types, example.language, {slot: text})
    return compiler.compile().regex


def compile_phrases(
    phrases: dict[str, tuple[str, ...]] | dict[str, list[str]], slot_types: dict[str, SlotType]
) -> dict[str, list[CompiledExample]]:
    """Phrases by language, compiled: ``{"es": [...]}``."""
    return {
        code: [compile_example(p, slot_types, code) for p in said] for code, said in phrases.items()
    }


def example_text(source: str) -> str:
    """An example as a person would say it: optional parts dropped, first alternative."""
    text = re.sub(r"\[[^\[\]]*\]", "", source)
    while "(" in text:
        text = re.sub(r"\(([^()|]*)(?:\|[^()]*)?\)", r"\1", text)
    text = re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: m[1].replace("_", " ").upper(), text)
    return " ".join(text.split())


def literal_text(m: re.Match[str]) -> str:
    """The words an example's match holds that are the example's own, the slots' text
    left out."""
    spans = sorted(m.span(name) for name, raw in m.groupdict().items() if raw is not None)
    kept, at = [], 0
    for start, end in spans:
        kept.append(m.string[at:start])
        at = end
    return " ".join([*kept, m.string[at:]])
