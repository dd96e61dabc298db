"""``assistant memory``: what you asked Hearth to remember, numbered; ``forget N`` and
``clear`` delete (``clear`` asks first, or takes ``--yes``)."""

from __future__ import annotations

import argparse
import json
import sys
import time

from hearth.assistant import storage
from hearth.assistant.config import data_dir, load_config
from hearth.assistant.errors import AssistantError
from hearth.skills.memory_store import SKILL, Fact, Memories

_TEACH = 'Tell Hearth, for example: assistant ask "remember that my parking spot is B12"'


def _usage(message: str, fix: str) -> AssistantError:
    from hearth.assistant.cli.commands import UsageError  # the command line's own error

    return UsageError(message, fix)


def _tell_damage(memories: Memories) -> None:
    for damage in storage.take_untold([memories.path]):
        print(f"{damage.detail} {damage.fix}", file=sys.stderr)


def _when(fact: Fact) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(fact.created)) if fact.created else ""


def cmd_list(memories: Memories, as_json: bool) -> int:
    facts = memories.all()
    _tell_damage(memories)
    if as_json:
        rows = [
            {"number": i + 1, "text": f.text, "created": f.created} for i, f in enumerate(facts)
        ]
        print(json.dumps({"file": str(memories.path), "memories": rows}, ensure_ascii=False))
        return 0
    if not facts:
        print(f"Hearth remembers nothing about you yet. {_TEACH}")
        return 0
    print(f"What you asked Hearth to remember (only on this computer, in {memories.path}):")
    width = max(len(f.text) for f in facts)
    for number, fact in enumerate(facts, 1):
        print(f"{number:>3}. {fact.text:<{width}}  {_when(fact)}")
    if SKILL in load_config().skills.disabled:
        print("The memory skill is off (assistant skills enable memory): these are not used.")
    print("\nForget one: assistant memory forget N    Forget all: assistant memory clear")
    return 0


def cmd_forget(memories: Memories, numbers: list[int]) -> int:
    facts = memories.all()
    _tell_damage(memories)
    wrong = [n for n in numbers if not 1 <= n <= len(facts)]
    if wrong:
        held = "nothing" if not facts else f"numbers 1 to {len(facts)}"
        raise _usage(
            f"There is no memory number {', '.join(map(str, wrong))}: Hearth remembers {held}.",
            "See the numbers with: assistant memory",
        )
    for fact in memories.delete([facts[n - 1].id for n in dict.fromkeys(numbers)]):
        print(f"Forgot: {fact.text}")
    return 0


def cmd_clear(memories: Memories, yes: bool) -> int:
    count = memories.count()
    _tell_damage(memories)
    if count == 0:
        print("Hearth remembers nothing about you; there is nothing to forget.")
        return 0
    question = (
        f"Forget all {count} things you asked Hearth to remember?"
        if count > 1
        else ("Forget the one thing you asked Hearth to remember?")
    )
    if not yes:
        if not sys.stdin.isatty():
            raise _usage(f"{question} Nothing was deleted.", "Run: assistant memory clear --yes")
        if input(f"{question} [y/N] ").strip().lower() not in ("y", "yes"):
            print("Nothing was deleted.")
            return 0
    gone = memories.clear()
    print(f"Forgot {gone} thing{'s' if gone != 1 else ''}.")
    kept = memories.kept_copies()
    if kept:
        print(
            f"Damaged copies kept aside still hold older ones: {', '.join(map(str, kept))}. "
            "Delete them yourself if you want everything gone."
        )
    return 0


def run(args: argparse.Namespace) -> int:
    memories = Memories.at(data_dir())
    if args.action == "forget":
        return cmd_forget(memories, args.numbers)
    if args.action == "clear":
        return cmd_clear(memories, args.yes)
    return cmd_list(memories, getattr(args, "json", False))


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("memory", help="what you asked Hearth to remember: list, forget, clear")
    msub = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(action="list", json=False)
    q = msub.add_parser("list", help="everything remembered, numbered (the default)")
    q.add_argument("--json", action="store_true")
    q = msub.add_parser("forget", help="forget the memories with these numbers")
    q.add_argument("numbers", nargs="+", type=int, metavar="N")
    q = msub.add_parser("clear", help="forget everything (asks first)")
    q.add_argument("--yes", action="store_true", help="do not ask")
