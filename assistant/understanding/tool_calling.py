"""Skills as tools for the language model, with the model's output held to a grammar.

A small model (SmolLM2-135M) cannot be trusted to write valid JSON, pick among
thirty functions or copy arguments faithfully. So:

1. a keyword gate picks at most a few candidate tools whose examples share a word
   with the request (no shared word: no tool pass at all, chit-chat goes straight
   to conversation, costing microseconds);
2. a GBNF grammar built from those candidates' signatures lets the model write only
   ``{"tool": "none"}`` or a call to one of them with correctly typed arguments;
3. the call is validated like a phrase (slot parsers), and every argument must come
   from what the user said (a number the user never said is rejected);
4. the skill host then runs it under the same confirmation rules as a phrase.

Nothing the model writes is ever executed as code: it can only name a tool.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hearth.assistant.spoken_numbers import replace_number_words
from hearth.assistant.understanding.intents import Handler, example_text, normalise
from hearth.assistant.understanding.vocabulary import STOPWORDS, WEAK_WORDS

TOOL_SYSTEM_PROMPT = (
    "You turn a request into a function call. Pick the one function below that does "
    "what the user asks, with arguments copied from their words, or none when no "
    "function fits (questions, chit-chat, anything else).\nFunctions:\n"
)
_SAMPLE_TEXT = {
    "task": "water the plants",
    "text": "buy more milk",
    "note": "buy more milk",
    "item": "eggs",
    "name": "pasta",
    "device": "kitchen light",
    "target": "firefox",
    "place": "Tokyo",
    "word": "necessary",
    "expression": "12 times 7",
}
_SAMPLE_BY_TYPE = {
    "duration": "10 minutes",
    "time": "7 am",
    "number": "5",
    "integer": "3",
    "word": "necessary",
}


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def words_of(text: str) -> set[str]:
    return {
        _stem(w)
        for w in re.findall(r"[a-z][a-z']+", text.lower())
        if w not in STOPWORDS and len(w) > 2
    }


def handler_keywords(handler: Handler) -> set[str]:
    """The words of a handler's examples that name what it is about: weak words such as
    "have" or "left" are left out, so they never make a question a candidate."""
    words: set[str] = set()
    for example in handler.examples:
        literal = re.sub(r"\{[^}]*\}", " ", example.source)
        strong = [w for w in re.findall(r"[a-z][a-z']*", literal.lower()) if w not in WEAK_WORDS]
        words |= words_of(" ".join(strong))
    return words - WEAK_WORDS


class ToolGate:
    """Which tools might fit a request, by shared keywords; empty means "just chat"."""

    def __init__(self, handlers: Sequence[Handler], limit: int = 4) -> None:
        self.limit = limit
        self.index: dict[str, list[Handler]] = {}
        for handler in handlers:
            for word in handler_keywords(handler):
                self.index.setdefault(word, []).append(handler)

    def candidates(self, text: str) -> list[Handler]:
        scores: dict[str, tuple[int, Handler]] = {}
        for word in words_of(normalise(text)):
            for handler in self.index.get(word, ()):
                count = scores.get(handler.name, (0, handler))[0]
                scores[handler.name] = (count + 1, handler)
        ranked = sorted(scores.values(), key=lambda pair: -pair[0])
        return [h for _, h in ranked[: self.limit]]


def tool_schema(handler: Handler) -> dict[str, Any]:
    """The JSON schema of a handler's arguments, from its signature."""
    properties = {name: dict(p.slot_type.schema) for name, p in handler.params.items()}
    return {
        "name": handler.name,
        "description": handler.description,
        "parameters": {
            "type": "object",
            "properties": properties,
            "required": [n for n, p in handler.params.items() if p.required],
        },
    }


def _g(raw: str) -> str:
    """A GBNF literal that matches exactly ``raw`` (GBNF escapes like JSON)."""
    return json.dumps(raw)


def build_grammar(handlers: Sequence[Handler]) -> str:
    """A GBNF grammar: ``{"tool": "none"}`` or a typed call to one of ``handlers``.

    Arguments come in a fixed order (required ones first); optional ones may be left
    out from the end."""
    alternatives = " | ".join(["none", *(f"t{i}" for i in range(len(handlers)))])
    rules = [
        "root ::= " + _g('{"tool": ') + f" ( {alternatives} ) " + _g("}"),
        f"none ::= {_g(json.dumps('none'))}",
        "string ::= " + _g('"') + r' [^"\\\n]{1,60} ' + _g('"'),
        'number ::= "-"? [0-9]{1,7} ("." [0-9]{1,3})?',
        'integer ::= "-"? [0-9]{1,7}',
    ]
    for i, handler in enumerate(handlers):
        ordered = sorted(handler.params.values(), key=lambda p: not p.required)
        pieces = []
        for j, param in enumerate(ordered):
            schema = param.slot_type.schema
            if "enum" in schema:
                rules.append(
                    f"t{i}v{j} ::= " + " | ".join(_g(json.dumps(c)) for c in schema["enum"])
                )
                value = f"t{i}v{j}"
            else:
                value = {"number": "number", "integer": "integer"}.get(schema["type"], "string")
            pieces.append((f"{_g(json.dumps(param.name) + ': ')} {value}", param.required))
        head = _g(json.dumps(handler.name) + ', "args": {')
        required = [p for p, needed in pieces if needed]
        optional = [p for p, needed in pieces if not needed]
        body = f" {_g(', ')} ".join(required)
        tail = ""
        for piece in reversed(optional):
            inner = f"{piece} {tail}".strip()
            tail = f"( {_g(', ')} {inner} )?" if body or tail else f"( {inner} )?"
        if not body and optional:  # all optional: the first one has no comma before it
            first, rest = optional[0], optional[1:]
            tail = ""
            for piece in reversed(rest):
                tail = f"( {_g(', ')} {piece} {tail} )?"
            tail = f"( {first} {tail} )?"
        rules.append(f"t{i} ::= {head} {body} {tail} {_g('}')}".replace("  ", " "))
    return "\n".join(rules) + "\n"


def sample_call(handler: Handler) -> tuple[str, dict[str, Any]]:
    """An example request and the call it should produce, for the prompt."""
    example = next(
        (
            e
            for e in handler.examples
            if set(e.slots) >= {n for n, p in handler.params.items() if p.required}
        ),
        handler.examples[0],
    )
    args: dict[str, Any] = {}
    text = example_text(example.source)
    for slot in example.slots:
        param = handler.params[slot]
        schema = param.slot_type.schema
        if "enum" in schema:
            value: Any = schema["enum"][0]
        else:
            value = _SAMPLE_TEXT.get(slot) or _SAMPLE_BY_TYPE.get(param.slot_type.name, "it")
        text = text.replace(slot.replace("_", " ").upper(), str(value), 1)
        if schema["type"] in ("number", "integer"):
            args[slot] = float(value) if schema["type"] == "number" else int(value)
        else:
            args[slot] = value
    return text, args


def call_json(name: str, args: dict[str, Any] | None = None) -> str:
    if name == "none":
        return '{"tool": "none"}'
    return json.dumps({"tool": name, "args": args or {}})


def tool_messages(handlers: Sequence[Handler], text: str) -> list[dict[str, str]]:
    lines = []
    for handler in handlers:
        params = ", ".join(
            f"{n}{'' if p.required else ' (optional)'}" for n, p in handler.params.items()
        )
        lines.append(f"- {handler.name}({params}): {handler.description}")
    lines.append("- none: anything else.")
    messages = [{"role": "system", "content": TOOL_SYSTEM_PROMPT + "\n".join(lines)}]
    for handler in handlers:
        sample, args = sample_call(handler)
        messages += [
            {"role": "user", "content": sample},
            {"role": "assistant", "content": call_json(handler.name, args)},
        ]
    messages += [
        {"role": "user", "content": "tell me a joke"},
        {"role": "assistant", "content": call_json("none")},
        {"role": "user", "content": text},
    ]
    return messages


@dataclass
class ToolCall:
    name: str
    arguments: dict[str, Any]


def parse_call(output: str) -> ToolCall | None:
    """The call in the model's output; None for "none". ValueError if it is not JSON."""
    data = json.loads(output)
    if not isinstance(data, dict) or not isinstance(data.get("tool"), str):
        raise ValueError("not a tool call")
    if data["tool"] == "none":
        return None
    args = data.get("args", {})
    if not isinstance(args, dict):
        raise ValueError("arguments are not an object")
    return ToolCall(data["tool"], args)


def ungrounded_argument(handler: Handler, arguments: dict[str, Any], text: str) -> str | None:
    """The first argument that does not come from the user's words, or None.

    Numbers must have been said; free text must share most of its words with the
    request. Choices from a fixed list are exempt (the grammar already limits them)."""
    said = replace_number_words(normalise(text).lower())
    said_numbers = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", said)}
    said_words = {_stem(w) for w in re.findall(r"[a-z']+", said)}
    for name, value in arguments.items():
        param = handler.params.get(name)
        if param is None or "enum" in param.slot_type.schema:
            continue
        written = replace_number_words(str(value).lower())
        for number in re.findall(r"\d+(?:\.\d+)?", written):
            if float(number) not in said_numbers:
                return name
        if param.slot_type.name in ("text", "word"):
            words = [_stem(w) for w in re.findall(r"[a-z']+", written)]
            if words and sum(w in said_words for w in words) * 2 < len(words):
                return name
    return None
