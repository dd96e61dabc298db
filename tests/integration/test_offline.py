"""The promise: nothing leaves the machine. transcribe, say and ask must work with the
network taken away from the process."""

import json
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.integration

GUARD = textwrap.dedent("""
    import os, socket
    _log = os.environ["HEARTH_NET_LOG"]
    _connect = socket.socket.connect

    def _guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and not (
                str(host).startswith("127.") or host in ("::1", "localhost")):
            with open(_log, "a") as fh:
                fh.write(f"{host}\\n")
            raise OSError("network access denied by the test")
        return _connect(self, address)

    socket.socket.connect = _guarded
    _getaddrinfo = socket.getaddrinfo

    def _no_dns(host, *args, **kwargs):
        if host not in (None, "localhost") and not str(host).startswith("127.") and host != "::1":
            with open(_log, "a") as fh:
                fh.write(f"dns:{host}\\n")
            raise socket.gaierror("name resolution denied by the test")
        return _getaddrinfo(host, *args, **kwargs)

    socket.getaddrinfo = _no_dns
""")


def _commands(tmp_path: Path) -> list[list[str]]:
    speech = str(tmp_path / "s.wav")
    return [
        ["say", "Nothing you say leaves this computer.", "-o", speech],
        ["transcribe", speech, "--json"],
        ["ask", "--json", "What is the largest ocean on Earth?"],
        ["ask", "--json", "what time is it in Tokyo"],
    ]


def _check(done: subprocess.CompletedProcess[str], args: list[str]) -> None:
    assert done.returncode == 0, f"{args}: {done.stderr}"
    if "--json" in args:
        data = json.loads(done.stdout)
        assert data.get("text") or data.get("reply")


def test_works_with_every_outside_connection_refused(models_home: Path, tmp_path: Path) -> None:
    guard_dir = tmp_path / "guard"
    guard_dir.mkdir()
    (guard_dir / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = {"PYTHONPATH": str(guard_dir), "HEARTH_NET_LOG": str(log)}
    for args in _commands(tmp_path):
        _check(run_cli(*args, env=env), args)
    attempts = log.read_text() if log.exists() else ""
    assert attempts == "", f"tried to reach the network: {attempts}"


def test_works_without_a_network_at_all(models_home: Path, tmp_path: Path) -> None:
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is not installed")
    probe = subprocess.run([unshare, "-rn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"this machine does not allow network namespaces: {probe.stderr!r}")
    for args in _commands(tmp_path):
        _check(run_cli(*args, prefix=[unshare, "-rn"]), args)
