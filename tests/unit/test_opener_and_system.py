"""Opening things (with a recording opener, so nothing is launched) and the system
skill's real readings; volume against a real PulseAudio server is in the audio tests."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from hearth.assistant.testing import SkillHarness
from hearth.skills.opener import OpenerSkill, find_application, opener_command, resolve
from hearth.skills.system import SystemSkill, battery_status, memory_status


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    (home / "Downloads").mkdir(parents=True)
    (home / "Documents" / "taxes").mkdir(parents=True)
    (home / "Documents" / "report.pdf").write_text("pdf")
    return home


@pytest.fixture
def opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake opener that writes its arguments to a file instead of opening anything."""
    log = tmp_path / "opened.txt"
    script = tmp_path / "fake-open"
    script.write_text(f'#!/bin/sh\necho "$@" >> {log}\n')
    script.chmod(0o755)
    monkeypatch.setenv("HEARTH_OPEN_COMMAND", str(script))
    return log


def wait_for(log: Path, lines: int = 1) -> list[str]:
    for _ in range(100):
        if log.exists() and len(log.read_text().splitlines()) >= lines:
            break
        time.sleep(0.05)
    return log.read_text().splitlines() if log.exists() else []


def test_folders_and_files_are_opened_with_the_desktop_opener(
    home: Path, opened: Path, tmp_path: Path
) -> None:
    harness = SkillHarness(OpenerSkill(home=home), data_root=tmp_path)
    assert harness.say("open my downloads folder") == "Opening your Downloads folder."
    assert wait_for(opened) == [str(home / "Downloads")]
    assert harness.say("open report.pdf") == "Opening report.pdf."
    assert harness.say("open the taxes folder") == "Opening taxes."
    assert harness.say("launch the banana app") == (
        "I couldn't find an application, file or folder called banana."
    )
    # Each is opened by its own process: on a busy machine they may finish in any order.
    assert sorted(wait_for(opened, 3)) == [
        str(home / "Documents" / "report.pdf"),
        str(home / "Documents" / "taxes"),
        str(home / "Downloads"),
    ]


def test_a_web_address_is_confirmed_before_the_browser_fetches_it(
    home: Path, opened: Path, tmp_path: Path
) -> None:
    harness = SkillHarness(OpenerSkill(home=home), data_root=tmp_path)
    assert harness.say("open example.com") == (
        "Open https://example.com in your browser? Say yes or no."
    )
    assert not opened.exists()
    assert harness.say("no") == "Okay, I won't."
    assert harness.say("go to wikipedia.org") == (
        "Open https://wikipedia.org in your browser? Say yes or no."
    )
    assert harness.say("yes") == "Opening wikipedia.org."
    assert wait_for(opened) == ["https://wikipedia.org"]


def test_the_real_commands_are_built_correctly(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEARTH_OPEN_COMMAND", raising=False)
    apps = tmp_path / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "org.example.Editor.desktop").write_text(
        "[Desktop Entry]\nName=Text Editor\nExec=/usr/bin/example-editor --new-window %U\n"
        "Type=Application\n"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert find_application("text editor") == ["/usr/bin/example-editor", "--new-window"]
    if shutil.which("xdg-open"):
        opener = opener_command()
        assert opener == [shutil.which("xdg-open")]
        target = resolve("downloads", opener, home)
        assert target is not None and target.command == [opener[0], str(home / "Downloads")]
    assert opener_command("gio open") == ["gio", "open"]
    sh = resolve("sh", ["xdg-open"], home)
    assert sh is not None and sh.kind == "application" and sh.command == [shutil.which("sh")]


def test_battery_from_sysfs(tmp_path: Path) -> None:
    assert battery_status(tmp_path) == "This computer has no battery, or it doesn't report one."
    bat = tmp_path / "BAT0"
    bat.mkdir()
    (bat / "type").write_text("Battery\n")
    (bat / "capacity").write_text("73\n")
    (bat / "status").write_text("Charging\n")
    (tmp_path / "AC").mkdir()
    (tmp_path / "AC" / "type").write_text("Mains\n")
    harness = SkillHarness(SystemSkill(power_supply=tmp_path))
    assert harness.say("how much battery is left") == "The battery is at 73 percent, and charging."


def test_disk_and_memory_are_the_real_figures() -> None:
    harness = SkillHarness(SystemSkill())
    usage = shutil.disk_usage(Path.home())
    reply = harness.say("how much disk space is left")
    assert reply is not None
    assert f"{round(100 * usage.used / usage.total)} percent full" in reply
    lines = Path("/proc/meminfo").read_text().splitlines()
    info = {line.split(":")[0]: int(line.split()[1]) for line in lines if ":" in line}
    used = round(100 * (info["MemTotal"] - info["MemAvailable"]) / info["MemTotal"])
    reply = harness.say("how much memory is free")
    assert reply is not None and abs(int(reply.split()[0]) - used) <= 2
    assert memory_status(Path(os.devnull)) == "I can't read the memory figures on this computer."


def test_media_keys_say_plainly_when_the_desktop_has_no_player(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    harness = SkillHarness(SystemSkill())
    monkeypatch.setenv("PATH", str(tmp_path))
    assert harness.say("pause the music") == (
        "I can't control media players on this desktop: playerctl is not installed "
        "(apt-get install playerctl)."
    )
    fake = tmp_path / "playerctl"
    fake.write_text(f'#!/bin/sh\necho "$1" >> {tmp_path}/media.txt\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}:/usr/bin:/bin")
    assert harness.say("next song") == "Next track."
    assert harness.say("pause the music") == "Paused."
    assert harness.say("previous track") == "Previous track."
    assert (tmp_path / "media.txt").read_text().split() == ["next", "pause", "previous"]
    fake.write_text('#!/bin/sh\necho "No players found" >&2\nexit 1\n')
    assert harness.say("resume the music") == "No media player is running."


def test_volume_without_a_sound_server_is_a_plain_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    harness = SkillHarness(SystemSkill())
    assert harness.say("turn the volume up") == (
        "I can't change the volume on this desktop: neither pactl nor wpctl is installed."
    )


FAKE_PACTL = """#!/bin/sh
# A sound server's command-line client: the volume and mute in files, as pactl says them.
state={state}
case "$1" in
  get-sink-volume) echo "Volume: front-left: 0 /  $(cat $state/volume)% / 0 dB";;
  set-sink-volume) echo "${{3%\\%}}" > $state/volume;;
  get-sink-mute) echo "Mute: $(cat $state/mute)";;
  set-sink-mute) if [ "$3" = 1 ]; then echo yes; else echo no; fi > $state/mute;;
esac
"""

# (language, words, handler, what the fake sound server or media player is left with)
SPOKEN = [
    ("de", "mach lauter", "change_volume", "60"),
    ("de", "etwas leiser bitte", "change_volume", "40"),
    ("de", "dreh die Musik runter", "change_volume", "40"),
    ("de", "stell die Lautstärke auf 30 Prozent", "set_volume", "30"),
    ("de", "schalte den Ton aus", "mute", "yes"),
    ("de", "mach den Ton wieder an", "mute", "no"),
    ("de", "spiel Musik", "media", "play"),
    ("de", "pausiere die Musik", "media", "pause"),
    ("de", "nächstes Lied", "media", "next"),
    ("de", "vorheriges Lied", "media", "previous"),
    ("es", "sube el volumen", "change_volume", "60"),
    ("es", "bájale un poco", "change_volume", "40"),
    ("es", "pon el volumen al 30 por ciento", "set_volume", "30"),
    ("es", "silencia el sonido", "mute", "yes"),
    ("es", "activa el sonido", "mute", "no"),
    ("es", "pausa la música", "media", "pause"),
    ("es", "reanuda la música", "media", "play"),
    ("es", "siguiente canción", "media", "next"),
    ("es", "la canción anterior", "media", "previous"),
    ("fr", "monte le son", "change_volume", "60"),
    ("fr", "baisse le volume", "change_volume", "40"),
    ("fr", "règle le volume à 30 pour cent", "set_volume", "30"),
    ("fr", "coupe le son", "mute", "yes"),
    ("fr", "remets le son", "mute", "no"),
    ("fr", "mets la musique en pause", "media", "pause"),
    ("fr", "reprends la musique", "media", "play"),
    ("fr", "chanson suivante", "media", "next"),
    ("fr", "morceau précédent", "media", "previous"),
]


@pytest.mark.parametrize(("language", "text", "handler", "left"), SPOKEN)
def test_volume_and_media_in_each_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    text: str,
    handler: str,
    left: str,
) -> None:
    """The words of each language reach the handler, go the way they say ("leiser" is
    down, "remets le son" unmutes), and the reply is in that language."""
    state = tmp_path / "state"
    state.mkdir()
    (state / "volume").write_text("50\n")
    (state / "mute").write_text("yes\n" if left == "no" else "no\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "pactl").write_text(FAKE_PACTL.format(state=state))
    (bin_dir / "playerctl").write_text(f'#!/bin/sh\necho "$1" > {state}/media\n')
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    harness = SkillHarness(SystemSkill())
    reply = harness.say(text, language)
    assert harness.last is not None and harness.last.handled_by == "system"
    assert harness.host.match(text, language).handler.attr == handler  # type: ignore[union-attr]
    assert reply is not None
    if handler == "media":
        assert (state / "media").read_text().strip() == left
    elif handler == "mute":
        assert (state / "mute").read_text().strip() == left
    else:
        assert (state / "volume").read_text().strip() == left
        assert left in reply
    english = ("percent", "Muted", "Sound on", "Playing", "Paused", "track")
    assert not any(words in reply for words in english), reply


@pytest.mark.parametrize(
    ("language", "battery", "disk", "memory", "louder", "no_mixer", "no_server"),
    [
        (
            "de",
            "wie viel Akku habe ich noch",
            "wie voll ist die Festplatte",
            "wie viel Arbeitsspeicher ist frei",
            "lauter",
            "Weder pactl noch wpctl",
            "Der Soundserver läuft nicht",
        ),
        (
            "es",
            "cuánta batería me queda",
            "cuánto espacio libre tengo",
            "cuánta memoria queda",
            "sube el volumen",
            "ni pactl ni wpctl",
            "el servidor de sonido no está en marcha",
        ),
        (
            "fr",
            "quel est le niveau de la batterie",
            "combien d'espace disque il me reste",
            "combien de mémoire est utilisée",
            "monte le son",
            "ni pactl ni wpctl",
            "le serveur de son ne tourne pas",
        ),
    ],
)
def test_battery_disk_memory_and_sound_errors_in_each_language(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    battery: str,
    disk: str,
    memory: str,
    louder: str,
    no_mixer: str,
    no_server: str,
) -> None:
    bat = tmp_path / "BAT0"
    bat.mkdir()
    (bat / "type").write_text("Battery\n")
    (bat / "capacity").write_text("73\n")
    (bat / "status").write_text("Charging\n")
    harness = SkillHarness(SystemSkill(power_supply=tmp_path))
    said = {words: harness.say(words, language) for words in (battery, disk, memory)}
    assert "73" in str(said[battery]) and "percent" not in str(said[battery])
    usage = shutil.disk_usage(Path.home())
    assert f"{round(100 * usage.used / usage.total)}" in str(said[disk])
    assert all(
        "gigabytes of" not in str(reply) and "free" not in str(reply) for reply in said.values()
    ), said
    monkeypatch.setenv("PATH", str(tmp_path))
    assert no_mixer in str(harness.say(louder, language))
    pactl = tmp_path / "pactl"
    pactl.write_text("#!/bin/sh\necho 'Connection failure: Connection refused' >&2\nexit 1\n")
    pactl.chmod(0o755)
    assert no_server in str(harness.say(louder, language))
    assert harness.say("turn the volume up") == (
        "I can't change the sound: the sound server is not running."
    )


@pytest.mark.parametrize(
    ("language", "folder", "file", "address", "yes", "opening"),
    [
        ("de", "öffne meine Downloads", "öffne report.pdf", "öffne example.com", "ja", "Ich öffne"),
        ("es", "abre mis descargas", "abre report.pdf", "abre example.com", "sí", "Abriendo"),
        (
            "fr",
            "ouvre mes téléchargements",
            "ouvre report.pdf",
            "ouvre example.com",
            "oui",
            "J'ouvre",
        ),
    ],
)
def test_opening_things_in_each_language(
    home: Path,
    opened: Path,
    tmp_path: Path,
    language: str,
    folder: str,
    file: str,
    address: str,
    yes: str,
    opening: str,
) -> None:
    harness = SkillHarness(OpenerSkill(home=home), data_root=tmp_path)
    said = harness.say(folder, language)
    assert said is not None and said.startswith(opening) and "Downloads" in said
    assert harness.say(file, language) == f"{opening} report.pdf."
    asked = harness.say(address, language)
    assert asked is not None and "https://example.com" in asked and "in your browser" not in asked
    assert not opened.read_text().count("example.com")
    assert harness.say(yes, language) == f"{opening} example.com."
    assert sorted(wait_for(opened, 3)) == [
        str(home / "Documents" / "report.pdf"),
        str(home / "Downloads"),
        "https://example.com",
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¿Abre hoy el Mercadona?"),
        ("es", "¿abre la farmacia los domingos?"),
        ("es", "¿hasta qué hora abre la biblioteca?"),
        ("fr", "ouvre demain la boutique"),
    ],
)
def test_a_question_about_opening_hours_is_not_an_order_to_open(
    home: Path, tmp_path: Path, language: str, text: str
) -> None:
    """Spanish "abre" is both "open!" and "it opens": a name never holds a word that
    says when, so the question goes on to the live-data check and the model."""
    harness = SkillHarness(OpenerSkill(home=home), data_root=tmp_path)
    assert harness.host.match(text, language) is None
