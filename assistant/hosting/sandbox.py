"""What the operating system stops a skill's worker process from doing.

Called in the worker before the skill's code is imported, so that code never runs
unconfined. On Linux:

- **no network** (a skill without the ``network`` permission): the worker moves into a
  new user and network namespace, which holds only a loopback interface that is down.
  Nothing can be reached, not even this computer's own servers. The new user namespace
  also means the worker cannot join the host's network namespace again.
- **no files but its own** (a skill without ``reads_files`` or ``opens_things``):
  Landlock lets the worker read the Python installation and the skill's own code, and
  read and write only its own data folder.

Where the platform lacks one of these (another OS, a kernel without Landlock or with
user namespaces switched off) the worker still runs, and what was *not* enforced is
reported, so ``assistant skills list`` and ``doctor`` never claim more than is true.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_PR_SET_PDEATHSIG = 1
_PR_SET_NO_NEW_PRIVS = 38
_SYS_LANDLOCK = {"x86_64": (444, 445, 446), "aarch64": (444, 445, 446)}
_RULE_PATH_BENEATH = 1
_CREATE_RULESET_VERSION = 1

# Landlock filesystem rights (linux/landlock.h).
_EXECUTE, _WRITE_FILE, _READ_FILE, _READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
_REFER, _TRUNCATE, _IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
_FILE_RIGHTS = _EXECUTE | _WRITE_FILE | _READ_FILE | _TRUNCATE | _IOCTL_DEV
_READ_RIGHTS = _EXECUTE | _READ_FILE | _READ_DIR

SYSTEM_READ_PATHS = ("/usr", "/lib", "/lib64", "/bin", "/etc/localtime", "/etc/ld.so.cache")
"""Read-only for every confined worker: shared libraries, time zone data."""


@dataclass
class Confinement:
    """What was enforced in a worker, in words for ``skills list``."""

    enforced: list[str] = field(default_factory=list)
    not_enforced: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = list(self.enforced)
        parts += [f"NOT enforced: {why}" for why in self.not_enforced]
        return "; ".join(parts) or "runs in its own process"

    def to_dict(self) -> dict[str, list[str]]:
        return {"enforced": self.enforced, "not_enforced": self.not_enforced}


class _RulesetAttr(ctypes.Structure):
    _fields_ = [
        ("handled_access_fs", ctypes.c_uint64),
        ("handled_access_net", ctypes.c_uint64),
        ("scoped", ctypes.c_uint64),
    ]


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def die_with_parent() -> None:
    """Linux: the worker is killed when the assistant exits, however it exits."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, 9, 0, 0, 0)


def confine(
    *, network: bool, files: bool, read: Iterable[Path], write: Iterable[Path]
) -> Confinement:
    """Take away the network (unless ``network``) and files outside ``read`` and
    ``write`` (unless ``files``). Irreversible; call it before any thread starts."""
    done = Confinement()
    if not sys.platform.startswith("linux"):
        done.not_enforced.append(f"no sandbox on {sys.platform}")
        return done
    libc = ctypes.CDLL(None, use_errno=True)
    if not network:
        why = _leave_network(libc)
        (done.not_enforced if why else done.enforced).append(why or "no network")
    if not files:
        why = _landlock(libc, list(read), list(write))
        (done.not_enforced if why else done.enforced).append(why or "files: its own folder only")
    return done


def _leave_network(libc: ctypes.CDLL) -> str:
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        return f"no network (network namespaces unavailable: {_errno()})"
    try:  # keep the same user inside, so the files it may write are still its own
        Path("/proc/self/setgroups").write_text("deny")
        Path("/proc/self/uid_map").write_text(f"{uid} {uid} 1")
        Path("/proc/self/gid_map").write_text(f"{gid} {gid} 1")
    except OSError as exc:  # still without network; only the user mapping failed
        return f"its user mapping failed ({exc}); it has no network all the same"
    return ""


def _landlock(libc: ctypes.CDLL, read: list[Path], write: list[Path]) -> str:
    numbers = _SYS_LANDLOCK.get(os.uname().machine)
    if numbers is None:
        return f"files (Landlock numbers unknown on {os.uname().machine})"
    create, add_rule, restrict = numbers
    abi = libc.syscall(create, None, ctypes.c_size_t(0), ctypes.c_uint32(_CREATE_RULESET_VERSION))
    if abi < 1:
        return f"files (this kernel has no Landlock: {_errno()})"
    handled = (1 << 13) - 1
    handled |= _REFER if abi >= 2 else 0
    handled |= _TRUNCATE if abi >= 3 else 0
    handled |= _IOCTL_DEV if abi >= 5 else 0
    attr = _RulesetAttr(handled, 0, 0)
    size = 8 if abi < 4 else (16 if abi < 6 else 24)
    ruleset = libc.syscall(create, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        return f"files (Landlock refused a ruleset: {_errno()})"
    try:
        rules = [(p, _READ_RIGHTS) for p in read] + [(p, handled) for p in write]
        rules += [(Path("/dev/null"), _READ_FILE | _WRITE_FILE)]
        for path, rights in rules:
            why = _allow(libc, add_rule, ruleset, path, rights & handled)
            if why:
                return why
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            return f"files (no_new_privs refused: {_errno()})"
        if libc.syscall(restrict, ruleset, ctypes.c_uint32(0)) != 0:
            return f"files (Landlock refused to apply: {_errno()})"
    finally:
        os.close(ruleset)
    return ""


def _allow(libc: ctypes.CDLL, add_rule: int, ruleset: int, path: Path, rights: int) -> str:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return ""  # a path that does not exist needs no rule
    try:
        if not path.is_dir():
            rights &= _FILE_RIGHTS
        beneath = _PathBeneath(rights, fd)
        if libc.syscall(add_rule, ruleset, _RULE_PATH_BENEATH, ctypes.byref(beneath), 0) != 0:
            return f"files (Landlock refused a rule for {path}: {_errno()})"
    finally:
        os.close(fd)
    return ""


def _errno() -> str:
    return os.strerror(ctypes.get_errno())


def python_read_paths() -> list[Path]:
    """What any Python program needs to read to run: its installation and sys.path."""
    found = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix)}
    # The interpreter's own folder: the packaged app keeps its modules in its executable.
    found |= {Path(sys.executable).parent, Path(sys.executable).resolve().parent}
    found |= {Path(p) for p in sys.path if p}
    found |= {Path(p) for p in SYSTEM_READ_PATHS}
    hearth = Path(__file__).resolve().parents[2]
    found.add(hearth)
    return sorted(p for p in found if p.exists())
