"""Open an application, a file, a folder or a web address on this desktop.

Files, folders and addresses go to the desktop's opener (``xdg-open``, or the command
in ``skills.open_command`` / ``HEARTH_OPEN_COMMAND``); applications are found by the
name in their ``.desktop`` entry or on ``PATH``. A web address makes the browser
fetch it, so it is confirmed first (permission ``network``).
"""

from __future__ import annotations

import configparser
import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from hearth.assistant.errors import AssistantError
from hearth.assistant.skill import Skill, SkillContext, SlotError, intent
from hearth.assistant.slots import SlotType, parse_text, register_slot_type
from hearth.skills.translations import examples_of, phrases_of, reply, without_article, word
from hearth.skills.translations import opener as words

ENV_COMMAND = "HEARTH_OPEN_COMMAND"
_FILE_ENDINGS = "pdf|txt|docx?|odt|ods|xlsx?|csv|png|jpe?g|gif|svg|mp[34]|wav|zip|md|py|sh|html?"
_URL = rf"(?:https?://\S+|(?:[a-z0-9-]+\.)+(?!(?:{_FILE_ENDINGS})\b)[a-z]{{2,}}(?:/\S*)?)"
_FOLDERS = {
    "home": ("HOME", ""),
    "desktop": ("DESKTOP", "Desktop"),
    "documents": ("DOCUMENTS", "Documents"),
    "downloads": ("DOWNLOAD", "Downloads"),
    "music": ("MUSIC", "Music"),
    "pictures": ("PICTURES", "Pictures"),
    "photos": ("PICTURES", "Pictures"),
    "videos": ("VIDEOS", "Videos"),
}


class WebAddress(str):
    """A web address; "example.com" becomes "https://example.com"."""


def parse_web_address(text: str) -> WebAddress:
    address = text.strip().lower().rstrip("/")
    if not re.fullmatch(_URL, address):
        raise SlotError(f"Which web address? {text.strip()!r} is not one.")
    if not address.startswith(("http://", "https://")):
        address = "https://" + address
    return WebAddress(address)


register_slot_type(
    SlotType(
        "web_address",
        _URL,
        parse_web_address,
        {"type": "string", "description": "a web address like 'example.com'"},
    ),
    WebAddress,
)


_NOT_WHEN = rf"(?!(?:{'|'.join(map(re.escape, words.WHEN_WORDS))})\b)[\w'.~/-]+"
register_slot_type(
    # The name of a program, file or folder in Spanish, French or German requests: a
    # name (one to four words) with no word that says when.
    SlotType("program", rf"{_NOT_WHEN}(?: {_NOT_WHEN}){{0,3}}", parse_text, {"type": "string"})
)


@dataclass(frozen=True)
class Target:
    kind: str  # "application", "file", "folder", "address"
    label: str
    command: list[str]


def opener_command(settings_command: str = "") -> list[str]:
    """The command that opens files, folders and addresses: config, env, then xdg-open."""
    chosen = settings_command or os.environ.get(ENV_COMMAND, "")
    if chosen:
        return shlex.split(chosen)
    for candidate in ("xdg-open", "gio", "open"):
        found = shutil.which(candidate)
        if found:
            return [found, "open"] if candidate == "gio" else [found]
    raise AssistantError(
        "I can't open things on this desktop: no opener (xdg-open) is installed.",
        "Install xdg-utils (apt-get install xdg-utils), or set skills.open_command.",
    )


def user_folder(name: str, home: Path | None = None) -> Path | None:
    """A standard folder ("downloads", "descargas") as this user has it (XDG user-dirs)."""
    key = name.lower().removesuffix(" folder").removeprefix("my ").removeprefix("the ").strip()
    key = words.FOLDERS.get(key, key)
    if key not in _FOLDERS:
        return None
    home = home or Path.home()
    xdg, default = _FOLDERS[key]
    if xdg == "HOME":
        return home
    dirs = home / ".config" / "user-dirs.dirs"
    if dirs.is_file():
        for line in dirs.read_text(encoding="utf-8", errors="replace").splitlines():
            m = re.fullmatch(rf'XDG_{xdg}_DIR="(.*)"', line.strip())
            if m:
                return Path(m[1].replace("$HOME", str(home)))
    return home / default


def _desktop_dirs() -> list[Path]:
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(d) / "applications" for d in [data_home, *data_dirs.split(":")] if d]


def find_application(name: str) -> list[str] | None:
    """The command that starts the application called ``name``, or None."""
    wanted = name.lower().strip()
    for folder in _desktop_dirs():
        if not folder.is_dir():
            continue
        for entry in sorted(folder.glob("*.desktop")):
            parser = configparser.ConfigParser(interpolation=None, strict=False)
            try:
                parser.read(entry, encoding="utf-8")
                section = parser["Desktop Entry"]
            except (configparser.Error, KeyError, UnicodeDecodeError):
                continue
            names = {section.get("Name", "").lower(), entry.stem.lower()}
            if wanted in names and section.get("Exec") and section.get("NoDisplay") != "true":
                words = [w for w in shlex.split(section["Exec"]) if not re.fullmatch(r"%\w", w)]
                return words or None
    found = shutil.which(wanted) or shutil.which(wanted.replace(" ", "-"))
    return [found] if found else None


def find_file(name: str, home: Path | None = None) -> Path | None:
    """A file or folder by path, or by name in the usual folders (two levels deep)."""
    raw = name.strip()
    path = Path(raw).expanduser()
    if raw.startswith(("/", "~")) and path.exists():
        return path
    home = home or Path.home()
    wanted = raw.lower()
    roots = [home] + [
        p for k in ("desktop", "documents", "downloads") if (p := user_folder(k, home))
    ]
    for root in roots:
        if not root.is_dir():
            continue
        for depth in ("*", "*/*"):
            for candidate in sorted(root.glob(depth)):
                if candidate.name.startswith("."):
                    continue
                if candidate.name.lower() == wanted or candidate.stem.lower() == wanted:
                    return candidate
    return None


def resolve(name: str, opener: list[str], home: Path | None = None) -> Target | None:
    folder = user_folder(name, home)
    if folder is not None:
        return Target("folder", f"your {folder.name or 'home'} folder", [*opener, str(folder)])
    found = find_file(name.removesuffix(" folder"), home)
    if found is not None:
        kind = "folder" if found.is_dir() else "file"
        return Target(kind, found.name, [*opener, str(found)])
    app = find_application(name.removesuffix(" folder"))
    if app is not None:
        return Target("application", name, app)
    return None


def launch(command: list[str]) -> None:
    try:
        subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    except OSError as exc:
        raise AssistantError(
            f"I couldn't start {Path(command[0]).name}: {exc.strerror}.",
            "Check that the program is installed.",
        ) from None


class OpenerSkill(Skill):
    name = "opener"
    description = "Opens applications, files, folders and web addresses."
    permissions = ("opens_things", "network")
    examples = ("open firefox", "open my downloads folder")
    phrases = phrases_of("opener")
    localized_examples = examples_of("opener")

    def __init__(self, home: Path | None = None) -> None:
        self._home = home

    def _opener(self, ctx: SkillContext) -> list[str]:
        configured = getattr(ctx.settings, "open_command", "") if ctx.settings else ""
        return opener_command(configured)

    @intent(
        "(open|open up|launch|fire up|start up) {target:name}",
        "(open|show) [me] [my|the] {target:phrase} folder",
        "(open|launch|start) [the] {target:phrase} (app|application|program)",
        permissions=("opens_things",),
    )
    def open_thing(self, ctx: SkillContext, target: str) -> str:
        """Open an application, a file or a folder by its name."""
        name = target.strip().removeprefix("the ").removeprefix("my ")
        if ctx.language != "en":
            name = without_article(ctx.language, name)
        said = ctx.text.lower()
        if any(w in said for w in ("folder", *words.FOLDER_WORDS)) and not name.endswith("folder"):
            name += " folder"
        found = resolve(name, self._opener(ctx), self._home)
        language = ctx.language
        if found is None:
            english = f"I couldn't find an application, file or folder called {target}."
            return reply(language, "opener.not_found", english, target=target)
        launch(found.command)
        label = found.label
        if found.kind == "folder" and label.startswith("your ") and language != "en":
            folder = user_folder(name, self._home)
            label = word(language, "opener.folder", name=folder.name if folder else name)
        return reply(language, "opener.opening", f"Opening {label}.", label=label)

    @intent(
        "(open|open up|launch|visit|browse to|go to|take me to) {address}",
        "(open|go to|visit) [the] (website|site|web page|page) {address}",
        "open {address} in [the|my] browser",
        permissions=("opens_things", "network"),
        confirm=lambda skill, ctx, address: reply(
            ctx.language,
            "opener.confirm_address",
            f"Open {address} in your browser?",
            address=address,
        ),
    )
    def open_address(self, ctx: SkillContext, address: WebAddress) -> str:
        """Open a web address in the browser."""
        launch([*self._opener(ctx), str(address)])
        label = str(address).removeprefix("https://").removeprefix("http://")
        return reply(ctx.language, "opener.opening", f"Opening {label}.", label=label)
