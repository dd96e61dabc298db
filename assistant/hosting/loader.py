"""Finding skills: built in, installed with pip, or dropped into the skills folder.

- Built-in skills ship in ``hearth.skills``.
- A pip-installed package announces skills through the entry-point group
  ``hearth.skills``; each entry point names a ``Skill`` subclass, or a function that
  returns a skill or a list of skills.
- ``<data dir>/skills/`` holds ``.py`` files or packages (a folder with
  ``__init__.py``); every ``Skill`` subclass defined there is loaded.

Config ``skills.enabled`` (only these) and ``skills.disabled`` (never these) choose,
and the environment variable ``HEARTH_SKILLS=clock,timers`` limits further. A skill
that fails to import, to start or to pass the API's checks is reported with the
reason, logged and skipped; the others load.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import inspect
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.faults import FaultLog
from hearth.assistant.hosting.isolation import (
    SkillProcess,
    WorkerSpec,
    inspect_all,
    isolated_skill,
    sandbox_summary,
)
from hearth.assistant.skill import PERMISSIONS, Skill, SkillContext
from hearth.assistant.understanding.intents import Handler, build_handlers, example_text
from hearth.skills import BUILTIN

_LOGGER = logging.getLogger(__name__)
ENTRY_POINT_GROUP = "hearth.skills"
ENV_FILTER = "HEARTH_SKILLS"
_NAME = re.compile(r"[a-z][a-z0-9_-]*")


@dataclass
class SkillInfo:
    """One skill as ``assistant skills list`` and the app show it."""

    name: str
    source: str
    version: str = ""
    description: str = ""
    permissions: list[str] = field(default_factory=list)
    state: str = "enabled"
    """``enabled``, ``needs setup``, ``disabled``, ``filtered`` or ``error``."""
    detail: str = ""
    """Why it is not enabled: the error, the setting, what to set up."""
    examples: list[str] = field(default_factory=list)
    sandbox: str = ""
    """What stops a third-party skill (its own process, no network, ...); "" built in."""
    fault: str = ""
    """The last time its process crashed or was killed, if it did."""
    fault_at: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LoadedSkills:
    skills: list[Skill]
    infos: list[SkillInfo]


@dataclass
class _Candidate:
    label: str
    """The name known before importing (entry point or file name)."""
    source: str
    version: str
    load: Callable[[], Any] | None = None
    """Built-in skills load here; third-party ones in a worker, from ``spec``."""
    spec: WorkerSpec | None = None


def _builtin_candidates() -> list[_Candidate]:
    from hearth.assistant import __version__

    def loader(module: str, attr: str) -> Callable[[], Any]:
        return lambda: getattr(importlib.import_module(module), attr)

    return [
        _Candidate(module.rsplit(".", 1)[1], "built-in", __version__, loader(module, attr))
        for module, attr in BUILTIN
    ]


def _entry_point_candidates() -> list[_Candidate]:
    found = []
    for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        dist = getattr(ep, "dist", None)
        name = dist.metadata["Name"] if dist is not None else ep.value.split(":")[0]
        version = dist.version if dist is not None else ""
        spec = WorkerSpec(ep.name, entry_point=ep.name)
        found.append(_Candidate(ep.name, f"package {name}", version, spec=spec))
    return found


def skills_folder(data_root: Path) -> Path:
    return data_root / "skills"


def _folder_candidates(folder: Path) -> list[_Candidate]:
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "_")):
            continue
        label = path.stem if path.is_file() else path.name
        if (path.suffix == ".py" and path.is_file()) or (
            path.is_dir() and (path / "__init__.py").is_file()
        ):
            spec = WorkerSpec(label, path=path)
            found.append(_Candidate(label, f"folder {path}", "", spec=spec))
    return found


def file_loader(path: Path) -> Callable[[], Any]:
    """Import a skills-folder file or package (in the worker that serves it)."""

    def load() -> Any:
        module_name = "hearth_user_skills." + re.sub(
            r"\W", "_", path.stem if path.is_file() else path.name
        )
        if path.is_dir():
            spec = importlib.util.spec_from_file_location(
                module_name, path / "__init__.py", submodule_search_locations=[str(path)]
            )
        else:
            spec = importlib.util.spec_from_file_location(module_name, path)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            sys.modules.pop(module_name, None)
            raise
        return module

    return load


def instances(obj: Any) -> list[Skill]:
    """Skills from what a candidate loaded: a class, a factory, a module, a list."""
    if inspect.ismodule(obj):
        classes = [
            value
            for value in vars(obj).values()
            if inspect.isclass(value)
            and issubclass(value, Skill)
            and value is not Skill
            and value.__module__.startswith(obj.__name__)
        ]
        if not classes:
            raise ImportError("it defines no Skill subclass")
        return [cls() for cls in classes]
    if inspect.isclass(obj) and issubclass(obj, Skill):
        return [obj()]
    if isinstance(obj, Skill):
        return [obj]
    if callable(obj):
        return instances(obj())
    if isinstance(obj, list | tuple) and all(isinstance(s, Skill) for s in obj):
        return list(obj)
    raise TypeError(f"{obj!r} is not a Skill subclass, a Skill, or a function returning one")


def check_skill(skill: Skill) -> list[Handler]:
    """The checks every skill passes before it loads; raises with the reason."""
    if not _NAME.fullmatch(skill.name or ""):
        raise ValueError(
            f"{type(skill).__name__}.name must be a lower-case word, not {skill.name!r}"
        )
    unknown = [p for p in skill.permissions if p not in PERMISSIONS]
    if unknown:
        raise ValueError(
            f"unknown permission {unknown[0]!r}; known: {', '.join(sorted(PERMISSIONS))}"
        )
    handlers = build_handlers(skill)
    if not handlers and not skill.uses_low_level_api():
        raise ValueError("it has no @intent handlers and does not override match()")
    return handlers


def env_filter(env: Mapping[str, str] | None = None) -> set[str] | None:
    raw = (env if env is not None else os.environ).get(ENV_FILTER, "").strip()
    if not raw:
        return None
    return {n.strip().lower() for n in raw.split(",") if n.strip()}


def load_skills(
    settings: SkillsConfig,
    data_root: Path,
    env: Mapping[str, str] | None = None,
    include: Iterable[str] = ("builtin", "entry_points", "folder"),
) -> LoadedSkills:
    only = env_filter(env)
    kinds = set(include)
    candidates = (
        (_builtin_candidates() if "builtin" in kinds else [])
        + (_entry_point_candidates() if "entry_points" in kinds else [])
        + (_folder_candidates(skills_folder(data_root)) if "folder" in kinds else [])
    )
    loaded = LoadedSkills([], [])
    admit = _Admission(loaded, settings, only)
    isolated: list[_Candidate] = []
    for candidate in candidates:
        why_off = _switched_off(candidate.label, settings, only)
        if why_off:  # not even imported: a disabled skill's code never runs
            loaded.infos.append(
                SkillInfo(candidate.label, candidate.source, candidate.version, state=why_off[0])
            )
            loaded.infos[-1].detail = why_off[1]
        elif candidate.spec is not None:
            isolated.append(candidate)
        else:
            _load_here(candidate, admit, data_root)
    if isolated:
        _load_isolated(isolated, admit, data_root)
    return loaded


def _load_here(candidate: _Candidate, admit: _Admission, data_root: Path) -> None:
    """A built-in skill, in this process."""
    assert candidate.load is not None
    try:
        loaded = instances(candidate.load())
    except Exception as exc:
        admit.failed(candidate, f"failed to load: {type(exc).__name__}: {exc}")
        return
    for skill in loaded:
        info = SkillInfo(
            skill.name or candidate.label,
            candidate.source,
            skill.version or candidate.version,
            skill.description,
            list(skill.permissions),
        )
        try:
            handlers = check_skill(skill)
        except (ValueError, TypeError, NameError) as exc:
            admit.invalid(info, exc)
            continue
        info.examples = list(skill.examples) or [
            example_text(h.examples[0].source) for h in handlers if h.examples
        ]
        try:
            ctx = SkillContext("", skill_name=skill.name, data_root=data_root)
            ctx.settings = admit.settings
            setup = skill.setup_needed(ctx)
        except Exception as exc:
            admit.invalid(info, exc, "setup check failed")
            continue
        admit(skill, info, setup)


def _load_isolated(candidates: list[_Candidate], admit: _Admission, data_root: Path) -> None:
    """Skills from packages and the skills folder, each in its own worker process."""
    settings = {k: v for k, v in asdict(admit.settings).items() if k != "mqtt"}
    faults = FaultLog(faults_path(data_root))
    latest = faults.latest()
    by_label = {c.label: c for c in candidates}
    specs = [c.spec for c in candidates if c.spec is not None]
    for found in inspect_all(specs, data_root, settings, admit.settings.timeout_s):
        candidate = by_label[found.spec.label]
        fault = latest.get(candidate.label)
        if found.error:
            last = f"; last fault: {fault.describe()}" if fault else ""
            admit.failed(candidate, found.error + last)
            continue
        process = SkillProcess(found, data_root, settings, admit.settings.timeout_s, faults)
        for described in found.skills:
            skill = isolated_skill(described, process)
            info = SkillInfo(
                skill.name,
                candidate.source,
                skill.version or candidate.version,
                skill.description,
                list(skill.permissions),
                sandbox=sandbox_summary(set(skill.permissions), found.not_enforced),
                fault=fault.describe() if fault else "",
                fault_at=fault.at if fault else 0.0,
            )
            info.examples = list(skill.examples) or [
                example_text(h["examples"][0]) for h in described["handlers"] if h["examples"]
            ]
            admit(skill, info, described.get("setup"))


class _Admission:
    """The checks every loaded skill passes, wherever its code runs."""

    def __init__(self, loaded: LoadedSkills, settings: SkillsConfig, only: set[str] | None):
        self.loaded, self.settings, self.only = loaded, settings, only
        self.taken: dict[str, str] = {}

    def __call__(self, skill: Skill, info: SkillInfo, setup: str | None) -> None:
        self.loaded.infos.append(info)
        off = _switched_off(skill.name, self.settings, self.only)
        if off:
            info.state, info.detail = off
            return
        if skill.name in self.taken:
            info.state = "error"
            info.detail = (
                f"another skill already has the name {skill.name!r} ({self.taken[skill.name]})"
            )
            _LOGGER.warning("skill %s from %s: %s", skill.name, info.source, info.detail)
            return
        if setup:
            info.state, info.detail = "needs setup", setup
        self.taken[skill.name] = info.source
        self.loaded.skills.append(skill)

    def failed(self, candidate: _Candidate, reason: str) -> None:
        _LOGGER.warning("skill %s (%s) %s", candidate.label, candidate.source, reason)
        self.loaded.infos.append(
            SkillInfo(
                candidate.label, candidate.source, candidate.version, state="error", detail=reason
            )
        )

    def invalid(self, info: SkillInfo, exc: Exception, why: str = "invalid") -> None:
        self.loaded.infos.append(info)
        named = f"{type(exc).__name__}: " if why != "invalid" else ""
        info.state, info.detail = "error", f"{why}: {named}{exc}"
        _LOGGER.warning("skill %s (%s): %s", info.name, info.source, info.detail)


def faults_path(data_root: Path) -> Path:
    return data_root / "skill-faults.json"


def _switched_off(
    name: str, settings: SkillsConfig, only: set[str] | None
) -> tuple[str, str] | None:
    if name in settings.disabled:
        return ("disabled", "in skills.disabled (assistant skills enable " + name + ")")
    if settings.enabled and name not in settings.enabled:
        return ("disabled", "not in skills.enabled")
    if only is not None and name not in only:
        return ("filtered", f"not in {ENV_FILTER}")
    return None
