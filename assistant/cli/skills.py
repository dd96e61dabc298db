"""``assistant skills``: list, create, enable and disable skills."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from hearth.assistant.config import data_dir, load_config
from hearth.assistant.errors import AssistantError
from hearth.assistant.hosting.loader import load_skills, skills_folder

_TEMPLATE_PYPROJECT = """\
[build-system]
requires = ["setuptools>=68"]
build-backend = "setuptools.build_meta"

[project]
name = "hearth-skill-{name}"
version = "0.1.0"
description = "A Hearth skill: {name}."
requires-python = ">=3.11"
dependencies = ["hearth-assistant"]

[project.entry-points."hearth.skills"]
{name} = "{package}:{cls}"

[tool.setuptools]
packages = ["{package}"]
"""
_TEMPLATE_SKILL = '''\
"""The {name} skill for Hearth. See the skill author guide (docs/skills.md)."""

from __future__ import annotations

from hearth.assistant.skill import Skill, SkillContext, intent

__version__ = "0.1.0"


class {cls}(Skill):
    name = "{name}"
    description = "Greets people by name."  # say what your skill does, for "what can you do"
    version = __version__
    permissions = ()  # e.g. ("network",) if it sends anything off this computer

    # The same in other languages: phrases per language code, and ctx.language says
    # which one the user spoke, so the reply can be in it (docs/skills.md, "Languages").
    @intent(
        "say hello to {{person}}",
        "greet {{person}}",
        es=["saluda a {{person}}", "di hola a {{person}}"],
    )
    def greet(self, ctx: SkillContext, person: str) -> str:
        """Greet someone by name."""
        if ctx.language == "es":
            return f"¡Hola, {{person}}! Encantado de conocerte."
        return f"Hello, {{person}}! Nice to meet you."
'''
_TEMPLATE_TEST = """\
from hearth.assistant.testing import SkillHarness
from {package} import {cls}


def test_it_greets_by_name() -> None:
    harness = SkillHarness({cls}())
    assert harness.say("say hello to Ada") == "Hello, Ada! Nice to meet you."


def test_it_greets_in_spanish() -> None:
    harness = SkillHarness({cls}())
    assert harness.say("saluda a Ada", language="es") == "¡Hola, Ada! Encantado de conocerte."


def test_other_words_are_left_to_the_assistant() -> None:
    assert SkillHarness({cls}()).say("what is the weather") is None
"""
_TEMPLATE_README = """\
# hearth-skill-{name}

A skill for Hearth. Install it next to Hearth and it loads by itself:

    pip install -e .
    assistant skills list          # shows {name}, "package hearth-skill-{name}"
    assistant ask "say hello to Ada"

Or copy the `{package}` folder into `{folder}` (no pip needed).
Run its tests with `python -m pytest tests`.
"""


def cmd_list(as_json: bool) -> int:
    config = load_config()
    loaded = load_skills(config.skills, data_dir())
    if as_json:
        print(json.dumps([info.to_dict() for info in loaded.infos], ensure_ascii=False))
        return 0
    for info in loaded.infos:
        version = f" {info.version}" if info.version else ""
        permissions = ", ".join(info.permissions) or "none"
        print(f"{info.name:<12} {info.state:<12} {info.source}{version}")
        print(f"{'':<12} permissions: {permissions}")
        if info.examples:
            print(f"{'':<12} try: {info.examples[0]!r}")
        if info.sandbox:
            print(f"{'':<12} sandbox: {info.sandbox}")
        if info.fault:
            print(f"{'':<12} last fault: {info.fault}")
        if info.detail:
            print(f"{'':<12} {info.detail}")
    print(f"\nSkills folder: {skills_folder(data_dir())}")
    return 0


def cmd_new(name: str, where: Path | None) -> int:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", name):
        raise AssistantError(
            f"{name!r} cannot be a skill name.",
            "Use lower-case letters, digits and underscores, starting with a letter: "
            "assistant skills new weather",
        )
    package = f"hearth_skill_{name}"
    cls = "".join(part.title() for part in name.split("_")) + "Skill"
    root = (where or Path.cwd()) / f"hearth-skill-{name}"
    if root.exists():
        raise AssistantError(f"{root} already exists.", "Choose another name or folder (--dir).")
    values = {"name": name, "package": package, "cls": cls, "folder": skills_folder(data_dir())}
    files = {
        root / "pyproject.toml": _TEMPLATE_PYPROJECT,
        root / "README.md": _TEMPLATE_README,
        root / package / "__init__.py": _TEMPLATE_SKILL,
        root / "tests" / f"test_{name}.py": _TEMPLATE_TEST,
    }
    for path, template in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(template.format(**values), encoding="utf-8")
    print(f"Created {root}")
    print(f"  pip install -e {root}     # then: assistant skills list")
    print(f"  python -m pytest {root / 'tests'}")
    return 0


def cmd_switch(name: str, enable: bool) -> int:
    config = load_config()
    names = {info.name for info in load_skills(config.skills, data_dir()).infos}
    if name not in names:
        raise AssistantError(
            f"There is no skill called {name!r}.", "See the names with: assistant skills list"
        )
    skills = config.skills
    if enable:
        skills.disabled = [n for n in skills.disabled if n != name]
        if skills.enabled and name not in skills.enabled:
            skills.enabled = [*skills.enabled, name]
    elif name not in skills.disabled:
        skills.disabled = [*skills.disabled, name]
    config.validate()
    path = config.save()
    print(f"{'Enabled' if enable else 'Disabled'} {name} (in {path}).")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "new":
        return cmd_new(args.name, args.dir)
    if args.action in ("enable", "disable"):
        return cmd_switch(args.name, args.action == "enable")
    return cmd_list(getattr(args, "json", False))


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("skills", help="list, create, enable or disable skills")
    ssub = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(action="list", json=False)
    q = ssub.add_parser("list", help="each skill: source, version, permissions, state")
    q.add_argument("--json", action="store_true")
    q = ssub.add_parser("new", help="create a working skill package with a test")
    q.add_argument("name")
    q.add_argument("--dir", type=Path, help="where to create it (default: here)")
    for verb in ("enable", "disable"):
        q = ssub.add_parser(verb, help=f"{verb} a skill in the config")
        q.add_argument("name")
