"""The Debian ``Depends`` of the packaged app: the system packages that hold the shared
libraries its programs and libraries need but do not carry themselves.

    python3 packaging/linux/deb_depends.py dist/hearth

Every ELF file in the folder is read (``readelf -d``: NEEDED; ``readelf -V``: the glibc
symbol versions asked for). A library found inside the folder is the app's own; any
other one is looked up with ``dpkg -S`` on this machine, so the package built here names
this distribution's packages. A library no package holds fails the build: the .deb would
not start on a machine without it.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")
_GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)")
_MULTIARCH = re.compile(r":[a-z0-9_-]+$")


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def _readelf(flag: str, path: Path) -> str:
    return subprocess.run(
        ["readelf", flag, "-W", str(path)], capture_output=True, text=True, check=False
    ).stdout


def external_libraries(app: Path) -> tuple[set[str], tuple[int, int]]:
    """(sonames the app needs from the system, the newest glibc symbol version asked for)."""
    files = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink()]
    carried = {p.name for p in app.rglob("*")}
    needed: set[str] = set()
    glibc = (2, 17)
    for path in filter(_is_elf, files):
        needed.update(_NEEDED.findall(_readelf("-d", path)))
        for major, minor in _GLIBC.findall(_readelf("-V", path)):
            glibc = max(glibc, (int(major), int(minor)))
    return needed - carried, glibc


def owning_package(soname: str) -> str:
    """The installed Debian package that holds ``soname`` (without its architecture)."""
    found = subprocess.run(
        ["dpkg", "-S", f"*/{soname}"], capture_output=True, text=True, check=False
    ).stdout
    owners = sorted(
        {_MULTIARCH.sub("", line.split(": ", 1)[0]) for line in found.splitlines() if ": " in line}
    )
    owners = [o for o in owners if "," not in o and not o.endswith("-dev")]
    if not owners:
        raise SystemExit(
            f"No installed package holds {soname}, which the app needs. Install the package "
            f"that provides it (apt-file search {soname}) and build again."
        )
    return owners[0]


def depends(app: Path) -> str:
    sonames, (major, minor) = external_libraries(app)
    packages = {owning_package(s) for s in sonames}
    packages.discard("libc6")
    # Debian 13 renamed the sound library's package (the 64-bit time move).
    alternatives = {"libasound2": "libasound2 | libasound2t64"}
    listed = [alternatives.get(p, p) for p in sorted(packages)]
    return ", ".join([f"libc6 (>= {major}.{minor})", *listed])


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        raise SystemExit("usage: deb_depends.py APP_FOLDER")
    print(depends(Path(sys.argv[1])))
