"""Gather the licence texts of everything the packaged app carries.

    python collect_licenses.py OUT                      Python packages + models
    python collect_licenses.py --system-libs DIR OUT    system libraries copied into DIR

Run by packaging/build.sh with the build environment's Python, so the packages it
lists are exactly those the bundle was made from.
"""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

SKIP = {"pip", "setuptools", "wheel"}
LICENSE_FILE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)
# Full texts of common licences (Debian's base-files), for packages whose wheels carry
# only the licence's name (PySide6: LGPL-3.0) and for the models.
COMMON = Path("/usr/share/common-licenses")
SPDX_TEXTS = {
    "LGPL-3.0": "LGPL-3",
    "GPL-3.0": "GPL-3",
    "GPL-2.0": "GPL-2",
    "Apache-2.0": "Apache-2.0",
    "Apache Software License": "Apache-2.0",
    "MPL-2.0": "MPL-2.0",
    "CC0": "CC0-1.0",
}
MIT_TEXT = """MIT License

Copyright (c) {holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""
# The default models' licences: (id, where the text comes from).
MODEL_TEXTS = {
    "whisper-tiny.en": ("mit", "2022 OpenAI"),
    "piper-joe": ("common", "CC0-1.0"),
    "qwen2.5-coder-1.5b": ("common", "Apache-2.0"),
    "smart-turn-v3": ("dist", "pipecat-ai"),
}


def _common_texts(licence: str, target: Path) -> int:
    """Copy the full text of each licence named in ``licence`` that Debian has."""
    copied = 0
    for name, text in SPDX_TEXTS.items():
        source = COMMON / text
        if name in licence and source.is_file() and not (target / text).exists():
            target.mkdir(parents=True, exist_ok=True)
            (target / text).write_bytes(source.read_bytes())
            copied += 1
    return copied


def _safe(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def python_packages(out: Path) -> list[str]:
    lines = []
    for dist in sorted(importlib.metadata.distributions(), key=lambda d: d.metadata["Name"]):
        name = dist.metadata["Name"]
        if name.lower() in SKIP:
            continue
        target = out / "python" / _safe(f"{name}-{dist.version}")
        copied = 0
        for file in dist.files or []:
            parts = Path(str(file)).parts
            in_meta = parts and parts[0].endswith(".dist-info")
            if not LICENSE_FILE.search(Path(str(file)).name):
                continue
            if not in_meta and len(parts) > 4:  # a licence deep inside a package's data
                continue
            source = Path(str(dist.locate_file(file)))
            if source.is_file() and source.suffix not in (".py", ".pyc", ".so"):
                target.mkdir(parents=True, exist_ok=True)
                (target / _safe("_".join(parts[-2:]))).write_bytes(source.read_bytes())
                copied += 1
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        classifiers = [
            c.split("::")[-1].strip()
            for c in dist.metadata.get_all("Classifier") or []
            if c.startswith("License ::")
        ]
        summary = licence.splitlines()[0] if licence else ", ".join(classifiers) or "see files"
        if not copied:
            named = f"{licence} {' '.join(classifiers)}"
            copied = _common_texts(named, target)
            if not copied and "MIT" in named:  # the wheel names MIT but carries no text
                target.mkdir(parents=True, exist_ok=True)
                holder = f"the authors of {name} (see its home page below)"
                (target / "LICENSE-MIT").write_text(MIT_TEXT.format(holder=holder))
            target.mkdir(parents=True, exist_ok=True)
            (target / "LICENSE-FROM-METADATA.txt").write_text(
                f"{name} {dist.version}\nLicense: {licence or '-'}\n"
                f"Classifiers: {', '.join(classifiers) or '-'}\n"
                f"Home: {dist.metadata.get('Home-page') or dist.metadata.get('Project-URL') or '-'}"
                "\n",
                encoding="utf-8",
            )
        lines.append(f"{name} {dist.version}: {summary[:100]}")
    return lines


def models(out: Path) -> list[str]:
    from hearth.assistant.models import CATALOG

    lines = [
        f"{m.id}: {m.license} (from the PyPI package: {m.pip.split('install ')[-1]})"
        for m in CATALOG
        if m.default
    ]
    for model_id, (kind, value) in MODEL_TEXTS.items():
        target = out / "models" / model_id
        target.mkdir(parents=True, exist_ok=True)
        if kind == "mit":
            (target / "LICENSE").write_text(MIT_TEXT.format(holder=value), encoding="utf-8")
        elif kind == "common" and (COMMON / value).is_file():
            (target / value).write_bytes((COMMON / value).read_bytes())
        elif kind == "dist":
            dist = importlib.metadata.distribution(value)
            for file in dist.files or []:
                if "licen" in str(file).lower() and ".dist-info" in str(file):
                    (target / Path(str(file)).name).write_bytes(
                        Path(str(dist.locate_file(file))).read_bytes()
                    )
    (out / "MODELS.txt").write_text(
        "The models inside this app and their licences (full texts under models/):\n\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return lines


_SYSTEM_FOLDERS = ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib", "/usr/bin")


def system_libs(bundle: Path, out: Path) -> list[str]:
    """Debian's copyright file of each system library PyInstaller copied in."""
    lines = []
    seen: set[str] = set()
    # Also eSpeak NG's program, libraries and data (packaging/build.sh copies them in).
    for lib in sorted([*bundle.glob("*.so*"), *bundle.glob("espeak-ng/*")]):
        for prefix in (
            "/usr/lib/x86_64-linux-gnu",
            "/lib/x86_64-linux-gnu",
            "/usr/lib",
            "/usr/bin",
        ):
            candidate = Path(prefix) / lib.name
            if not candidate.exists():
                continue
            found = subprocess.run(
                ["dpkg", "-S", str(candidate)], capture_output=True, text=True, check=False
            )
            package = found.stdout.split(":")[0].strip() if found.returncode == 0 else ""
            copyright_file = Path("/usr/share/doc") / package / "copyright"
            if package and package not in seen and copyright_file.exists():
                seen.add(package)
                target = out / "system" / package
                target.mkdir(parents=True, exist_ok=True)
                (target / "copyright").write_bytes(copyright_file.read_bytes())
                lines.append(f"{lib.name}: Debian package {package}")
            break
    return lines


def main(argv: list[str]) -> int:
    if argv[:1] == ["--system-libs"]:
        bundle, out = Path(argv[1]), Path(argv[2])
        lines = system_libs(bundle, out)
        with (out / "README.txt").open("a", encoding="utf-8") as fh:
            fh.write("\nSystem libraries copied into the app (licences under system/):\n")
            fh.write("\n".join(lines) + "\n")
        return 0
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    package_lines = python_packages(out)
    model_lines = models(out)
    (out / "README.txt").write_text(
        "Hearth is free software under the GNU GPL, version 3 or later (LICENSE beside the\n"
        "app). It bundles piper-tts and espeak-ng (GPL-3.0), so the whole app is distributed\n"
        "under the GPL. The licence texts of every bundled component are in this folder.\n\n"
        "Models (MODELS.txt):\n" + "\n".join(model_lines) + "\n\n"
        "Python packages (under python/):\n" + "\n".join(package_lines) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
