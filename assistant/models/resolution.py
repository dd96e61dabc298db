"""What the config points at: a catalog id or a model on disk, turned into a checked
path an engine can open, or an error with the fix.

Any model on disk can be used instead of a catalog id: a faster-whisper model
folder, a Piper ``.onnx`` voice, an ONNX end-of-turn model or a ``.gguf`` file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hearth.assistant.config import Config
from hearth.assistant.errors import ModelCorruptError, ModelMissingError
from hearth.assistant.languages import listed
from hearth.assistant.models.catalog import CATALOG, CatalogModel, Kind, catalog_entry
from hearth.assistant.models.installation import install_dir, reinstall_fix, verify_installed


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
            return reinstall_fix(self.catalog)
        return f"Point the config at a working model: assistant models use {self.kind} <id or path>"


MULTILINGUAL_STT = "whisper-base"
"""The speech model used when a language besides English is on and the configured one
hears English only."""


def active_spec(config: Config, kind: Kind) -> str:
    return {
        "stt": stt_spec(config),
        "tts": config.tts.voice,
        "llm": config.llm.model,
        "turn": config.voice.turn_model,
    }[kind]


def stt_spec(config: Config) -> str:
    """The speech model to use: the configured one, or the multilingual model when the
    configured one hears English only (a catalog ``.en`` model) and another language is
    on. English-only users keep theirs (faster)."""
    spec = config.stt.model
    entry = catalog_entry(spec)
    if entry is not None and entry.id.endswith(".en") and other_languages(config):
        return MULTILINGUAL_STT
    return spec


def other_languages(config: Config) -> list[str]:
    """The languages on besides English."""
    return [code for code in config.language.spoken if code != "en"]


def resolve(config: Config, kind: Kind, verify: bool = True) -> ResolvedModel:
    """Turn the config's choice for ``kind`` into a checked path, or raise with the fix."""
    spec = active_spec(config, kind)
    try:
        return resolve_spec(kind, spec, verify=verify)
    except ModelMissingError as exc:
        if kind != "stt" or spec == config.stt.model:
            raise
        others = other_languages(config)
        verb = "is" if len(others) == 1 else "are"
        raise ModelMissingError(
            f"{listed(others, 'en')} {verb} on (language.spoken), which needs the "
            f"multilingual speech model "
            f"{spec}: {exc.message}",
            f"Install it: assistant models install {spec}  (or speak English only: "
            "assistant config set language.spoken en)",
        ) from None


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
