"""The optional larger tier against a real OpenAI-compatible server on loopback
(llama-cpp-python's own server, the kind of server a user runs themselves)."""

import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import run_cli

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def model_server(models_home: Path) -> Iterator[str]:
    pytest.importorskip("uvicorn", reason="the server extra of llama-cpp-python is not installed")
    port = _free_port()
    model = models_home / "models/smollm2-135m/SmolLM2-135M-Instruct.Q4_1.gguf"
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            "1024",
            "--model_alias",
            "bigger",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/models", timeout=1):
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("the model server did not start")
                time.sleep(0.3)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_hard_questions_go_to_the_server_and_the_user_is_told(model_server: str) -> None:
    for key, value in [
        ("llm.large.enabled", "true"),
        ("llm.large.url", model_server),
        ("llm.large.model", "bigger"),
        # This test is about routing, not deadlines (test_larger_tier_deadlines.py): on a
        # loaded CI machine the server's first token came after the default deadline, and
        # the question rightly fell back to the small model.
        ("llm.large.first_token_s", "120"),
        ("llm.large.timeout_s", "300"),
    ]:
        assert run_cli("config", "set", key, value).returncode == 0
    # A proxy in the environment must not get requests meant for this computer.
    proxy = {"http_proxy": "http://127.0.0.1:9", "HTTP_PROXY": "http://127.0.0.1:9"}
    hard = run_cli("ask", "--json", "Explain why the sky is blue", env=proxy)
    assert hard.returncode == 0, hard.stderr
    data = json.loads(hard.stdout)
    assert data["tier"] == "large" and data["handled_by"] == "llm"
    assert data["where"] == f"your server at {model_server} (on this computer)"
    assert data["reply"].strip()
    easy = json.loads(run_cli("ask", "--json", "What is a volcano?").stdout)
    assert easy["tier"] == "small" and easy["where"] == "this computer"
    plain = run_cli("ask", "Explain what a rainbow is")
    assert f"harder questions go to your server at {model_server}" in plain.stderr
    doctor = run_cli("doctor")
    assert "larger model: on: harder questions go to your server" in doctor.stdout
