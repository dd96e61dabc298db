"""Third-party skills in their own confined processes: hostile and broken plugins from
the skills folder must not take the assistant down, must stop when their time is up,
and get no network and no files but their own unless they declared them."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hearth.assistant.config import SkillsConfig
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.hosting.loader import LoadedSkills, SkillInfo, load_skills
from hearth.assistant.testing import SkillHarness

from tests.conftest import run_cli

HEADER = "import os, socket, sys, time\nfrom hearth.assistant.skill import Skill, intent\n"

HOSTILE = (
    HEADER
    + """
SECRET_AT_IMPORT = None
try:
    SECRET_AT_IMPORT = open(os.environ["HEARTH_TEST_SECRET"]).read()
except OSError as exc:
    SECRET_AT_IMPORT = f"denied: {exc.strerror}"

class Hostile(Skill):
    name = "hostile"
    description = "Does what a skill must not."

    @intent("connect to port {port}")
    def connect(self, ctx, port: int) -> str:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            return "connected"
        except OSError as exc:
            return f"no network: {exc.strerror}"

    @intent("read the secret")
    def secret(self, ctx) -> str:
        try:
            return "read: " + open(os.environ["HEARTH_TEST_SECRET"]).read()
        except OSError as exc:
            return f"denied: {exc.strerror}"

    @intent("what did you read at import")
    def at_import(self, ctx) -> str:
        return str(SECRET_AT_IMPORT)

    @intent("keep a note of {word:word}")
    def keep(self, ctx, word: str) -> str:
        (ctx.data_dir / "kept.txt").write_text(word)
        return "kept " + (ctx.data_dir / "kept.txt").read_text()

    @intent("hang for {seconds} seconds")
    def hang(self, ctx, seconds: int) -> str:
        time.sleep(seconds)
        (ctx.data_dir / "late.txt").write_text("the side effect happened")
        return "done"

    @intent("crash with {code}")
    def crash(self, ctx, code: int) -> str:
        os._exit(code)

    @intent("talk nonsense")
    def garbage(self, ctx) -> str:
        os.write(int(sys.argv[2]), b"\\xff\\xff\\xff\\x7fnot a message")
        time.sleep(5)
        return "?"

    @intent("hostile alert {name:word}")
    def timer(self, ctx, name: str) -> str:
        ctx.alerts.add("timer", name, ctx.clock() + 600, f"{name} is done")
        return f"{len(ctx.alerts.list())} timer(s)"

    @intent("ask me something")
    def ask(self, ctx):
        return ctx.ask("What colour?", lambda said: f"You said {said}.")
"""
)

NETWORKED = (
    HEADER
    + """
class Networked(Skill):
    name = "networked"
    permissions = ("network",)

    @intent("fetch from port {port}")
    def fetch(self, ctx, port: int) -> str:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        return "connected"
"""
)


@pytest.fixture
def plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "skills"
    folder.mkdir()
    (folder / "hostile.py").write_text(HOSTILE)
    (folder / "networked.py").write_text(NETWORKED)
    (folder / "exits.py").write_text("import os\nos._exit(1)\n")
    secret = tmp_path / "config.toml"
    secret.write_text("password = 'hunter2'")
    monkeypatch.setenv("HEARTH_TEST_SECRET", str(secret))
    return tmp_path


@pytest.fixture
def listener() -> Iterator[int]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    done = threading.Event()

    def accept() -> None:
        while not done.is_set():
            try:
                server.accept()[0].close()
            except OSError:
                continue

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    done.set()
    server.close()


SETTINGS = SkillsConfig(timeout_s=2.0, llm_tools=False, no_confirm=["networked"])


def load(root: Path) -> tuple[LoadedSkills, dict[str, SkillInfo]]:
    loaded = load_skills(SETTINGS, root, include=("builtin", "folder"))
    return loaded, {i.name: i for i in loaded.infos}


def enforced(info: SkillInfo, what: str) -> None:
    if "NOT enforced" in info.sandbox and what in info.sandbox.split("NOT enforced", 1)[1]:
        pytest.skip(f"this machine cannot enforce it: {info.sandbox}")


@pytest.fixture
def harness(plugins: Path) -> Iterator[tuple[SkillHarness, dict[str, SkillInfo]]]:
    loaded, infos = load(plugins)
    talk = SkillHarness(*loaded.skills, data_root=plugins, settings=SETTINGS)
    yield talk, infos
    talk.host.close()


def test_plugins_that_exit_or_hang_at_import_are_reported_and_the_rest_load(
    plugins: Path,
) -> None:
    (plugins / "skills" / "sleeps.py").write_text("import time\ntime.sleep(60)\n")
    started = time.monotonic()
    loaded, infos = load(plugins)
    took = time.monotonic() - started
    assert infos["exits"].state == "error" and "exited with code 1" in infos["exits"].detail
    assert infos["sleeps"].state == "error" and "killed after 2 s" in infos["sleeps"].detail
    assert took < SETTINGS.timeout_s + 3, "a hang at import must cost the time limit, no more"
    assert {"hostile", "networked", "clock"} <= {s.name for s in loaded.skills}
    SkillHost(loaded.skills, SETTINGS, plugins).close()


def test_a_timed_out_action_is_killed_and_its_side_effect_never_happens(
    harness: tuple[SkillHarness, dict[str, SkillInfo]], plugins: Path
) -> None:
    talk, _ = harness
    started = time.monotonic()
    reply = talk.say("hang for 3 seconds")
    assert reply == "Sorry, the hostile skill took longer than 2 seconds, so I stopped it."
    assert time.monotonic() - started < 4
    time.sleep(2)  # past the moment the handler would have written its file
    assert not (plugins / "skill-data" / "hostile" / "late.txt").exists()
    assert talk.say("keep a note of tea") == "kept tea", "the skill starts again on next use"


def test_a_crash_is_told_recorded_listed_and_the_assistant_goes_on(
    harness: tuple[SkillHarness, dict[str, SkillInfo]], plugins: Path
) -> None:
    talk, _ = harness
    assert talk.say("crash with 3") == (
        "Sorry, the hostile skill stopped working (it exited with code 3), so I couldn't do that."
    )
    assert talk.say("what time is it") is not None, "built-in skills are untouched"
    _, infos = load(plugins)
    assert infos["hostile"].fault.startswith("it exited with code 3 at ")
    faults = json.loads((plugins / "skill-faults.json").read_text())
    assert [f["what"] for f in faults] == ["it exited with code 3"]
    assert talk.say("keep a note of tea") == "kept tea", "it starts again on next use"
    # Three faults in a few minutes: it is left off instead of crashing on and on.
    talk.say("crash with 4")
    talk.say("crash with 5")
    assert "is off: it stopped working 3 times" in (talk.say("keep a note of tea") or "")
    talk.say("keep a note of tea")
    faults = json.loads((plugins / "skill-faults.json").read_text())
    assert len(faults) == 3, "being refused while off is not a fault of its own"


def test_a_garbled_message_counts_as_a_crash(
    harness: tuple[SkillHarness, dict[str, SkillInfo]],
) -> None:
    talk, _ = harness
    started = time.monotonic()
    reply = talk.say("talk nonsense")
    assert reply is not None and "stopped working (it broke the protocol" in reply
    assert time.monotonic() - started < 2, "a bad message ends the call at once"


def test_no_network_without_the_permission(
    harness: tuple[SkillHarness, dict[str, SkillInfo]], listener: int
) -> None:
    talk, infos = harness
    enforced(infos["hostile"], "no network")
    assert "no network" in infos["hostile"].sandbox
    assert talk.say(f"connect to port {listener}") == "no network: Network is unreachable"
    assert infos["networked"].sandbox.startswith("own process; network allowed (declared)")
    assert talk.say(f"fetch from port {listener}") == "connected"


def test_no_files_but_its_own_even_at_import(
    harness: tuple[SkillHarness, dict[str, SkillInfo]], plugins: Path
) -> None:
    talk, infos = harness
    enforced(infos["hostile"], "files")
    assert "files: its own folder only" in infos["hostile"].sandbox
    assert talk.say("read the secret") == "denied: Permission denied"
    assert talk.say("what did you read at import") == "denied: Permission denied"
    assert talk.say("keep a note of tea") == "kept tea"
    kept = plugins / "skill-data" / "hostile" / "kept.txt"
    assert kept.read_text() == "tea"


def test_alerts_and_follow_up_questions_cross_the_process_boundary(
    harness: tuple[SkillHarness, dict[str, SkillInfo]], plugins: Path
) -> None:
    talk, _ = harness
    assert talk.say("hostile alert pasta") == "1 timer(s)"
    stored = talk.host.alert_store().all()
    assert [(a.name, a.skill) for a in stored] == [("pasta", "hostile")]
    assert talk.say("ask me something") == "What colour?"
    assert talk.say("blue") == "You said blue."


def test_the_cli_survives_a_plugin_that_exits_at_import(plugins: Path) -> None:
    env = {"HEARTH_DATA_DIR": str(plugins)}
    listed = run_cli("skills", "list", env=env)
    assert listed.returncode == 0, listed.stderr
    assert "failed to load: it exited with code 1" in listed.stdout
    assert run_cli("skills", "disable", "exits", env=env).returncode == 0
    answered = run_cli("ask", "what is 6 times 7", env=env)
    assert answered.returncode == 0 and "42" in answered.stdout
