"""The Debian package (packaging/build-deb.sh), installed on this machine the way a user
installs it: ``apt-get install ./hearth_*.deb``, then used from a fresh home folder with
nothing but the system's PATH, then removed.

``HEARTH_DEB`` names the package (``./setup.sh test`` builds it and sets this; CI runs
it). Without it these tests skip, unless ``HEARTH_REQUIRE_BUNDLE`` is set, when a missing
package fails. Installing needs root and apt-get; the tests run in file order, the last
one removes the package (and the module's teardown does, whatever failed).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from hearth.assistant.audio.virtual import VirtualAudio
from hearth.assistant.bundle import fresh_user_env

from .test_bundle import answers_out_loud

pytestmark = [pytest.mark.integration, pytest.mark.bundle]

APT_ENV = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
OPT = Path("/opt/hearth")


def _required(message: str) -> None:
    if os.environ.get("HEARTH_REQUIRE_BUNDLE"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def deb() -> Path:
    name = os.environ.get("HEARTH_DEB", "")
    if not name:
        _required(
            "no .deb to test: build one with packaging/build-deb.sh and set HEARTH_DEB to "
            "it (./setup.sh test does both)"
        )
    path = Path(name).resolve()
    assert path.is_file(), f"HEARTH_DEB={name} is not a file"
    return path


def _dpkg_status() -> str:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "hearth"], capture_output=True, text=True
    )
    return done.stdout


def _remove() -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["apt-get", "remove", "-y", "hearth"], capture_output=True, text=True, env=APT_ENV
    )


@pytest.fixture(scope="module")
def installed(deb: Path) -> Iterator[Path]:
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        _required("installing the .deb needs root and apt-get")
    if "installed" in _dpkg_status():
        _required("a hearth package is already installed here; remove it first")
    done = subprocess.run(
        ["apt-get", "install", "-y", f"./{deb.name}"],
        cwd=deb.parent,
        capture_output=True,
        text=True,
        env=APT_ENV,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    try:
        yield OPT
    finally:
        if "installed" in _dpkg_status():
            _remove()


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One user's home for the whole module: what they keep must outlive the package."""
    return tmp_path_factory.mktemp("deb-user")


def hearth(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``hearth ARGS`` found on the system's PATH, as a user with only a home folder."""
    done = subprocess.run(
        ["hearth", *args],
        capture_output=True,
        text=True,
        env={**fresh_user_env(home), **env},
        cwd=home,
        timeout=300,
    )
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done


def test_lintian_finds_no_error(deb: Path) -> None:
    if shutil.which("lintian") is None:
        _required("lintian is not installed (apt-get install lintian)")
    done = subprocess.run(
        ["lintian", "--fail-on", "error", str(deb)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    errors = [line for line in done.stdout.splitlines() if line.startswith("E:")]
    assert done.returncode == 0 and not errors, done.stdout + done.stderr


def test_declares_what_it_needs(deb: Path) -> None:
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Depends", "Installed-Size"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: hearth" in fields
    for library in ("libc6 (>= 2.", "libasound2", "libgl1", "libxcb1", "libfontconfig1"):
        assert library in fields, fields


def test_installs_under_opt_with_hearth_on_path_and_a_menu_entry(installed: Path) -> None:
    assert (installed / "hearth").is_file() and os.access(installed / "hearth", os.X_OK)
    assert shutil.which("hearth", path="/usr/bin:/bin") == "/usr/bin/hearth"
    entry = Path("/usr/share/applications/hearth.desktop").read_text()
    assert "Exec=hearth" in entry and "Icon=hearth" in entry
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", "/usr/share/applications/hearth.desktop"],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr
    icon = Path("/usr/share/icons/hicolor/256x256/apps/hearth.png")
    assert icon.stat().st_size > 1000
    assert Path("/usr/share/doc/hearth/copyright").is_file()
    assert Path("/usr/share/man/man1/hearth.1.gz").is_file()


def test_starts_and_answers_a_self_test(installed: Path, home: Path) -> None:
    assert hearth(home, "--version").stdout.startswith("hearth ")
    report = json.loads(hearth(home, "self-test", "--output", str(home / "a.wav"), "--json").stdout)
    assert report["ok"], report
    steps = {s["name"]: s for s in report["steps"]}
    assert "144" in steps["speech heard back"]["detail"]


def test_a_spoken_question_is_answered_out_loud(
    installed: Path, home: Path, virtual_audio: VirtualAudio
) -> None:
    answers_out_loud(Path("/usr/bin/hearth"), home, virtual_audio)


def test_removal_takes_its_files_and_leaves_the_users_data(installed: Path, home: Path) -> None:
    hearth(home, "ask", "take a note that the deb kept my notes")
    kept = {p: p.read_bytes() for p in home.rglob("*") if p.is_file()}
    assert any("notes" in str(p) for p in kept), sorted(map(str, kept))
    done = _remove()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "installed" not in _dpkg_status()
    assert not installed.exists(), sorted(map(str, installed.rglob("*")))[:20]
    assert not Path("/usr/bin/hearth").exists()
    assert not Path("/usr/share/applications/hearth.desktop").exists()
    assert {p: p.read_bytes() for p in home.rglob("*") if p.is_file()} == kept
