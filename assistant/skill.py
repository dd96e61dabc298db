"""The skill API: how abilities plug into the assistant.

A skill declares what it can do once. Each handler method carries example phrases
with typed slots::

    class TeaSkill(Skill):
        name = "tea"
        description = "Tea timers."

        @intent("brew {kind} tea", "make me a cup of {kind} tea")
        def brew(self, ctx: SkillContext, kind: Literal["green", "black"]) -> str:
            \"\"\"Start a tea timer for the given kind of tea.\"\"\"
            ...

The examples are compiled into fast deterministic matchers; the same method is
offered to the language model as a tool whose JSON schema comes from its signature
(the type hints pick the slot types, see ``hearth.assistant.slots``). A handler
returns text written for speech, or ``ctx.ask(...)`` / ``ctx.confirm(...)`` to ask
the user something; the next thing the user says goes to the callback.

Permissions say what a skill may do. Handlers whose permissions include
``changes_system``, ``deletes_data`` or ``network`` are confirmed with the user
before they run, whether a phrase or the language model asked for them. A skill
installed from outside (a pip package or the skills folder) runs in its own process,
and there the operating system enforces two of them: without ``network`` it has no
network at all, and without ``reads_files`` (or ``opens_things``) it can read and
write only its own data folder (``ctx.data_dir``).

For replies in other languages: ``Duration.spoken(language)`` and
``ClockTime.spoken(language)``, ``spoken_number_in`` (a decimal comma where the
language writes one), ``join_words`` ("a, b y c"), and the parsers
``parse_duration_in``, ``parse_clock_time_in``, ``parse_when_in`` and
``number_words_in`` for text a skill reads itself.

Also here for skills: ``Alert``, what ``ctx.alerts`` adds and lists;
``ctx.database(...)``, a SQLite file of the skill's own that is private and checked
(a damaged one is kept aside, a new one started, and the handler's reply says so);
and ``is_loopback_url``, whether an address stays on this computer (ask before
sending anything that would leave it).

Phrases in other languages are declared once per language, beside the English ones::

        @intent("set a timer for {duration}",
                es=["pon un temporizador de {duration}"],
                de=["stell einen Timer auf {duration}"])

or for a whole skill as ``phrases = {"es": {"brew": [...]}}`` on the class, or in data
files beside the skill's module, one phrase a line: ``locale/<lang>/<handler>.intent``
(as OVOS skills keep them). The slots read that language's numbers, lengths of time
and clock times; ``ctx.language`` says which language the user spoke, so the reply
can be written in it.

Built-in skills in ``hearth.skills`` use exactly this, nothing private. An older,
lower-level form still works: override ``match(text) -> slots | None`` and
``handle(slots, context) -> str``.
"""

from __future__ import annotations

import inspect
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from hearth.assistant.hosting.alerts import Alert, AlertBook
from hearth.assistant.locale.numbers import replace_number_words as number_words_in
from hearth.assistant.locale.spoken import join_words, spoken_number_in
from hearth.assistant.locale.times import parse_clock_time_in, parse_duration_in, parse_when_in
from hearth.assistant.network import is_loopback_url
from hearth.assistant.slots import ClockTime, Duration, SlotError, When
from hearth.assistant.storage import SqliteStore, private_folder, take_untold

__all__ = [
    "CONFIRMED_PERMISSIONS",
    "PERMISSIONS",
    "Alert",
    "ClockTime",
    "Duration",
    "FollowUp",
    "Reply",
    "Skill",
    "SkillContext",
    "SkillSummary",
    "SlotError",
    "SqliteStore",
    "When",
    "intent",
    "is_loopback_url",
    "join_words",
    "number_words_in",
    "parse_clock_time_in",
    "parse_duration_in",
    "parse_when_in",
    "spoken_number_in",
]

PERMISSIONS = {
    "changes_system": "changes settings or state of this computer",
    "controls_media": "changes the volume or controls media players",
    "opens_things": "opens applications, files, folders or web addresses",
    "network": "sends data off this computer",
    "stores_data": "keeps data on this computer",
    "reads_files": "reads or changes your files outside its own folder",
    "deletes_data": "deletes data it keeps",
}
CONFIRMED_PERMISSIONS = frozenset({"changes_system", "deletes_data", "network"})
"""Handlers with any of these are confirmed with the user before they run."""

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class IntentSpec:
    """What ``@intent`` attaches to a handler method."""

    examples: tuple[str, ...]
    permissions: tuple[str, ...] | None
    confirm: str | Callable[..., str | None] | None
    ask: dict[str, str]
    tool: bool
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Example phrases in other languages, by language code ("es", "fr", "de")."""


_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def _by_language(
    phrases: Mapping[str, Sequence[str]] | None, more: Mapping[str, Sequence[str]]
) -> dict[str, tuple[str, ...]]:
    """``phrases`` and the ``es=[...]`` keywords as one mapping, checked: a key that is
    no language code is a mistyped keyword, not a language."""
    merged: dict[str, tuple[str, ...]] = {}
    for code, said in [*(phrases or {}).items(), *more.items()]:
        if not _LANGUAGE_CODE.fullmatch(code):
            raise TypeError(f"@intent got {code!r}: phrases are given by language code, like es=")
        if isinstance(said, str):
            said = (said,)
        merged[code] = merged.get(code, ()) + tuple(said)
    return merged


def intent(
    *examples: str,
    permissions: tuple[str, ...] | None = None,
    confirm: str | Callable[..., str | None] | None = None,
    ask: dict[str, str] | None = None,
    tool: bool = True,
    phrases: Mapping[str, Sequence[str]] | None = None,
    **languages: Sequence[str],
) -> Callable[[F], F]:
    """Mark a method as a handler.

    ``examples``: phrases with ``{slot}`` or ``{slot:type}`` placeholders, ``[optional
    words]`` and ``(this|that)`` alternatives. ``permissions``: what this handler needs
    (default: all the skill's permissions). ``confirm``: the question asked before a
    handler with a confirmed permission runs, a format string over the slots or a
    method ``(self, ctx, **slots) -> str | None`` (None: nothing to confirm). ``ask``:
    per slot, the question to ask when the slot is missing or unclear. ``tool``: offer
    this handler to the language model. ``phrases`` (``{"es": [...]}``) or keywords by
    language code (``es=[...]``, ``fr=[...]``, ``de=[...]``): the same in other
    languages; the English ``examples`` are only matched when the user speaks English.
    """
    by_language = _by_language(phrases, languages)

    def mark(func: F) -> F:
        func.__hearth_intent__ = IntentSpec(  # type: ignore[attr-defined]
            tuple(examples), permissions, confirm, dict(ask or {}), tool, by_language
        )
        return func

    return mark


@dataclass
class FollowUp:
    """A question waiting for the user's next words."""

    on_answer: Callable[[str], str | Reply]
    yes_no: bool = False
    asked_at: float = field(default_factory=time.monotonic)


@dataclass
class Reply:
    """A reply, and optionally a question whose answer goes back to the skill."""

    text: str
    follow_up: FollowUp | None = None


@dataclass(frozen=True)
class SkillSummary:
    """An enabled skill as others see it (for "what can you do")."""

    name: str
    description: str
    example: str
    localized: tuple[tuple[str, str], ...] = ()
    """(language, example) for the other languages it has phrases in."""

    def example_in(self, language: str) -> str:
        """Its example in ``language``; empty when it has no phrases in it."""
        if language == "en":
            return self.example
        return next((said for code, said in self.localized if code == language), "")


_YES = {"yes", "yeah", "yep", "yup", "sure", "ok", "okay", "do it", "go ahead", "confirm", "y"}
_NO = {"no", "nope", "don't", "do not", "cancel", "stop", "n", "never mind", "no thanks"}


def yes_or_no(text: str, language: str = "en") -> bool | None:
    """True for yes, False for no, None when the answer is neither."""
    if language != "en":
        from hearth.assistant.locale.words import yes_or_no_in

        said = yes_or_no_in(text, language)
        if said is not None:
            return said
    words = " ".join(text.lower().replace(",", " ").replace(".", " ").replace("!", " ").split())
    words = words.removesuffix(" please").removeprefix("please ")
    if words in _YES or words.startswith(("yes ", "yeah ")):
        return True
    if words in _NO or words.startswith(("no ", "don't ", "do not ")):
        return False
    return None


@dataclass
class SkillContext:
    """What a handler may know and use during one turn."""

    text: str
    history: list[Any] = field(default_factory=list)
    skill_name: str = ""
    data_root: Path | None = None
    alerts: AlertBook | None = None
    settings: Any = None
    """The ``[skills]`` config section (``SkillsConfig``)."""
    skills_provider: Callable[[], list[SkillSummary]] | None = None
    clock: Callable[[], float] = time.time
    language: str = "en"
    """The language the user spoke ("en", "es", "fr", "de"): write the reply in it."""

    def enabled_skills(self) -> list[SkillSummary]:
        """The skills that are on and ready, each with one example."""
        return self.skills_provider() if self.skills_provider else []

    def now(self) -> datetime:
        return datetime.fromtimestamp(self.clock()).astimezone()

    @property
    def data_dir(self) -> Path:
        """A folder for this skill's own files (created on first use)."""
        if self.data_root is None:
            from hearth.assistant.config import data_dir

            self.data_root = data_dir()
        folder = self.data_root / "skill-data" / (self.skill_name or "unnamed")
        for private in (self.data_root, folder.parent, folder):  # 0700: the user's alone
            private_folder(private)
        return folder

    def database(self, name: str, schema: str, what: str = "") -> SqliteStore:
        """A SQLite file ``name`` in ``data_dir``, with ``schema`` (``CREATE ... IF NOT
        EXISTS``): ``.run(lambda db: ...)`` runs in one transaction. It is private
        (0600) and checked when opened; a damaged one is kept aside as
        ``<name>.damaged-<time>`` and a new one started, and the handler's reply begins
        by saying so. ``what`` names its contents for the user ("notes")."""
        return SqliteStore(self.data_dir / name, schema, what or f"{self.skill_name} data")

    def store_notices(self) -> list[str]:
        """What the user has not been told yet about this skill's damaged files (its
        data folder, and the alerts file once this turn used ``alerts``); each once."""
        paths = [self.alerts.store_path] if self.alerts is not None and self.alerts.used else []
        folder = None
        if self.data_root is not None:
            folder = self.data_root / "skill-data" / (self.skill_name or "unnamed")
        return [damage.message for damage in take_untold(paths, folder)]

    def with_store_notices(self, reply: str | Reply) -> str | Reply:
        """``reply``, after what ``store_notices`` has to say (every handler's reply goes
        through this)."""
        notices = " ".join(self.store_notices())
        if not notices:
            return reply
        if isinstance(reply, Reply):
            return Reply(f"{notices} {reply.text}", reply.follow_up)
        return f"{notices} {reply}"

    def ask(self, question: str, on_answer: Callable[[str], str | Reply]) -> Reply:
        """Ask the user something; their next words go to ``on_answer``."""
        return Reply(question, FollowUp(on_answer))

    def confirm(
        self,
        question: str,
        on_yes: Callable[[], str | Reply],
        on_no: Callable[[], str | Reply] | None = None,
    ) -> Reply:
        """Ask a yes/no question; run ``on_yes`` only on a clear yes."""
        from hearth.assistant.locale.words import question as asked

        tail = asked("say_yes_or_no", self.language)
        if "yes or no" not in question.lower() and tail not in question:
            question = f"{question} {tail}"

        def answer(text: str) -> str | Reply:
            said = yes_or_no(text, self.language)
            if said:
                return on_yes()
            return on_no() if on_no else asked("wont", self.language)

        return Reply(question, FollowUp(answer, yes_no=True))


class Skill:
    """Subclass this, set the class attributes, and mark handlers with ``@intent``."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    version: ClassVar[str] = ""
    permissions: ClassVar[tuple[str, ...]] = ()
    examples: ClassVar[tuple[str, ...]] = ()
    """Shown in "what can you do" and ``assistant skills list``; defaults to the first
    example of each handler."""
    phrases: ClassVar[Mapping[str, Mapping[str, Sequence[str]]]] = {}
    """Example phrases in other languages for the whole skill: ``{language: {handler
    method: [phrases]}}``, added to those its ``@intent`` marks carry."""
    localized_examples: ClassVar[Mapping[str, Sequence[str]]] = {}
    """``examples`` in other languages: ``{"es": ["pon un temporizador de diez
    minutos"]}``, shown in "what can you do" to someone speaking it."""

    def setup_needed(self, ctx: SkillContext) -> str | None:
        """Say what the user must set up before this skill works, or None when ready."""
        return None

    # The low-level form: skills that override these two are matched by ``match``.
    def match(self, text: str) -> dict[str, Any] | None:
        """Return the slots this skill needs if it handles ``text``, else None."""
        raise NotImplementedError

    def handle(self, slots: dict[str, Any], context: SkillContext) -> str | Reply:
        """Do the thing and return a short reply for speech."""
        raise NotImplementedError

    @classmethod
    def intent_methods(cls) -> list[tuple[str, IntentSpec]]:
        """Handler methods in the order they are written (subclasses after bases)."""
        found: dict[str, IntentSpec] = {}
        for klass in reversed(cls.__mro__):
            for attr, value in vars(klass).items():
                spec = getattr(value, "__hearth_intent__", None)
                if inspect.isfunction(value) and isinstance(spec, IntentSpec):
                    found[attr] = spec
        return list(found.items())

    @classmethod
    def language_phrases(cls, attr: str, spec: IntentSpec) -> dict[str, tuple[str, ...]]:
        """The handler ``attr``'s phrases in other languages: its ``@intent`` keywords,
        the class's ``phrases`` and the data files ``locale/<lang>/<attr>.intent`` beside
        the skill's module (one phrase a line; ``#`` starts a comment)."""
        found = {code: tuple(said) for code, said in spec.phrases.items()}
        for code, handlers in cls.phrases.items():
            found[code] = found.get(code, ()) + tuple(handlers.get(attr, ()))
        try:
            folder = Path(inspect.getfile(cls)).parent / "locale"
        except (TypeError, OSError):
            return found
        if folder.is_dir():
            for path in sorted(folder.glob(f"*/{attr}.intent")):
                try:
                    lines = path.read_text(encoding="utf-8").splitlines()
                except (OSError, UnicodeDecodeError) as exc:  # the skill is listed as invalid
                    raise ValueError(f"{path} cannot be read as UTF-8 text: {exc}") from None
                said = tuple(x.split("#", 1)[0].strip() for x in lines)
                found[path.parent.name] = found.get(path.parent.name, ()) + tuple(
                    filter(None, said)
                )
        return {code: said for code, said in found.items() if said}

    @classmethod
    def uses_low_level_api(cls) -> bool:
        return cls.match is not Skill.match
