"""A skill described as data, so the assistant can match and offer a skill whose code
runs in another process.

The worker describes each skill it loaded (:func:`describe`); the assistant rebuilds
its handlers from that (:func:`handlers_from`): example phrases compile to the same
matchers, slot types are the assistant's own, and calling a handler goes to the
worker. A slot type that only the skill knows (one it registered itself) matches with
its pattern here and is parsed in the worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hearth.assistant.hosting import wire
from hearth.assistant.skill import Skill
from hearth.assistant.slots import SLOT_TYPES, SlotError, SlotType, slot_type_for
from hearth.assistant.understanding.intents import (
    Handler,
    Param,
    compile_example,
    compile_phrases,
    hears_languages,
)


def describe(skill: Skill, handlers: list[Handler], setup: str | None) -> dict[str, Any]:
    return {
        "name": skill.name,
        "description": skill.description,
        "version": skill.version,
        "permissions": list(skill.permissions),
        "examples": list(skill.examples),
        "low_level": skill.uses_low_level_api(),
        "hears_languages": hears_languages(skill),
        "setup": setup,
        "handlers": [_handler(h) for h in handlers],
    }


def _handler(handler: Handler) -> dict[str, Any]:
    confirm = handler.confirm
    return {
        "attr": handler.attr,
        "params": [
            {
                "name": p.name,
                "type": p.slot_type.name,
                "pattern": p.slot_type.pattern,
                "schema": p.slot_type.schema,
                "required": p.required,
                "default": wire.encode_value(p.default),
            }
            for p in handler.params.values()
        ],
        "examples": [e.source for e in handler.examples],
        "phrases": {code: [e.source for e in said] for code, said in handler.phrases.items()},
        "permissions": list(handler.permissions),
        "description": handler.description,
        "confirm": {"call": True} if callable(confirm) else {"text": confirm},
        "ask": dict(handler.ask),
        "tool": handler.tool,
    }


def handlers_from(
    described: dict[str, Any],
    skill: Skill,
    run: Callable[..., Any],
    confirm: Callable[..., str | None],
) -> list[Handler]:
    """The handlers of a described skill; ``run(ctx, attr, **values)`` and
    ``confirm(skill, ctx, attr, **values)`` reach the worker."""
    built = []
    for h in described["handlers"]:
        attr = str(h["attr"])
        params = {
            p["name"]: Param(
                p["name"],
                _slot_type(p),
                bool(p["required"]),
                wire.decode_value(p.get("default")),
            )
            for p in h["params"]
        }
        slot_types = {name: param.slot_type for name, param in params.items()}
        asked = h.get("confirm") or {}
        built.append(
            Handler(
                skill,
                attr,
                _bound(run, attr),
                params,
                [compile_example(e, slot_types) for e in h["examples"]],
                tuple(h["permissions"]),
                str(h["description"]),
                _bound_confirm(confirm, attr) if asked.get("call") else asked.get("text"),
                dict(h.get("ask") or {}),
                bool(h.get("tool", True)),
                compile_phrases(
                    {
                        str(c): [str(p) for p in said]
                        for c, said in (h.get("phrases") or {}).items()
                    },
                    slot_types,
                ),
            )
        )
    return built


def _bound(run: Callable[..., Any], attr: str) -> Callable[..., Any]:
    return lambda ctx, **values: run(ctx, attr, **values)


def _bound_confirm(confirm: Callable[..., str | None], attr: str) -> Callable[..., str | None]:
    return lambda skill, ctx, **values: confirm(skill, ctx, attr, **values)


def _slot_type(param: dict[str, Any]) -> SlotType:
    name, pattern, schema = str(param["type"]), str(param["pattern"]), dict(param["schema"])
    if name == "choice" and isinstance(schema.get("enum"), list):
        from typing import Literal

        return slot_type_for(Literal[tuple(str(c) for c in schema["enum"])])
    known = SLOT_TYPES.get(name)
    if known is not None and known.pattern == pattern:
        return known
    return SlotType(name, pattern, _raw, schema)


def _raw(text: str) -> wire.RawSlot:
    if not text.strip():
        raise SlotError("I didn't catch that. Could you say it again?")
    return wire.RawSlot(text.strip())
