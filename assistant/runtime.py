"""The assistant as one object: configuration, engines loaded on first use, a router
and the conversation so far. The command line and the desktop app both use this."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar, cast

import numpy as np
from hearth.assistant import models, storage
from hearth.assistant.audio.signal import load_audio
from hearth.assistant.config import Config, data_dir, load_config
from hearth.assistant.engines.llm import ChatModel, LlamaCppChat, Message
from hearth.assistant.engines.server_llm import OpenAICompatChat
from hearth.assistant.engines.stt import SpeechToText, Transcript, WhisperSTT
from hearth.assistant.engines.tts import PiperTTS, TextToSpeech
from hearth.assistant.engines.voices import Voices
from hearth.assistant.events import Event, StoreDamaged
from hearth.assistant.hosting.alerts import Alert, Scheduler
from hearth.assistant.hosting.host import SkillHost
from hearth.assistant.hosting.loader import SkillInfo, load_skills
from hearth.assistant.knowledge import Knowledge, Library
from hearth.assistant.languages import not_on_reply
from hearth.assistant.skill import Skill
from hearth.assistant.understanding.grounding import Grounding
from hearth.assistant.understanding.language_id import clearly_in, typed_language
from hearth.assistant.understanding.router import Router, TurnResult
from hearth.skills.memory_store import SKILL as MEMORY_SKILL
from hearth.skills.memory_store import Memories

_LOGGER = logging.getLogger(__name__)
_E = TypeVar("_E")


class Assistant:
    """``skills``: use exactly these (tests); by default the built-in, pip-installed and
    skills-folder skills that the config and ``HEARTH_SKILLS`` allow. ``knowledge``: this
    encyclopedia, the only one (tests), or these; by default the installed ones, each
    language's loaded on its first need."""

    def __init__(
        self,
        config: Config | None = None,
        skills: Sequence[Skill] | None = None,
        data_root: Path | None = None,
        knowledge: Knowledge | Library | None = None,
    ) -> None:
        self.config = config if config is not None else load_config()
        self.data_root = data_root or data_dir()
        self.skill_infos: list[SkillInfo] = []
        if skills is None:
            loaded = load_skills(self.config.skills, self.data_root)
            skills, self.skill_infos = loaded.skills, loaded.infos
        self._subscribers: list[Callable[[Event], None]] = []
        self._scheduler: Scheduler | None = None
        self._unwatch = storage.watch(self._store_damaged)
        self.skills = SkillHost(
            skills, self.config.skills, self.data_root, on_alerts_changed=self._alerts_changed
        )
        self._lock = threading.Lock()
        self._loading = {name: threading.Lock() for name in ("_stt", "_tts", "_small", "_large")}
        self._stt: SpeechToText | None = None
        self._tts: TextToSpeech | None = None
        self._small: ChatModel | None = None
        self._large: ChatModel | None = None
        self._given: set[str] = set()
        """Engines handed over with ``use``: kept whatever the settings say."""
        self.voices = Voices(self.tts, self.config.tts)
        """The voice for each reply's language (the configured one for its own)."""
        self.history: list[Message] = []
        self.knowledge = None if knowledge is None else Library.of(knowledge)
        """The offline encyclopedias, each loaded in the background on first need."""
        self.router = self._router(skills)

    def use(
        self,
        *,
        stt: SpeechToText | None = None,
        tts: TextToSpeech | None = None,
        llm: ChatModel | None = None,
    ) -> None:
        """Use these engines instead of loading the configured models (tests and
        benchmarks: the doubles in ``hearth.assistant.testing``); new settings keep them."""
        with self._lock:
            self._stt = stt or self._stt
            self._tts = tts or self._tts
            self._small = llm or self._small
            self._given |= {k for k, v in (("stt", stt), ("tts", tts), ("llm", llm)) if v}
            if tts is not None:  # a test's voice speaks every language
                self.voices = Voices(self.tts, self.config.tts, fixed=True)

    def _router(self, skills: Sequence[Skill]) -> Router:
        large = self.large_llm if self.config.llm.large.enabled else None
        if self.config.knowledge.enabled and self.knowledge is None:
            self.knowledge = Library()
        grounding = Grounding(self.knowledge if self.config.knowledge.enabled else None)
        router = Router(
            skills, self.small_llm, large, self.config.llm, host=self.skills, grounding=grounding
        )
        if any(skill.name == MEMORY_SKILL for skill in skills):  # the memory skill is on
            router.facts = self.memories()
        return router

    def memories(self) -> Memories:
        """What the user asked to be remembered (the memory skill's file), to list and
        delete; the language model sees the relevant ones while the skill is on."""
        return Memories.at(self.data_root)

    def start_knowledge(self) -> None:
        """Load the first spoken language's encyclopedia in the background now (else its
        first question does; the other languages' wait for theirs)."""
        if self.knowledge is not None and self.config.knowledge.enabled:
            self.knowledge.start(next(iter(self.config.language.spoken), "en"))

    def reconfigure(self, config: Config) -> None:
        """Use new settings. An engine whose settings changed loads again on next use; the
        conversation and the skills (and anything they keep running) stay."""
        with self._lock:
            old, self.config = self.config, config
            stt_changed = old.stt != config.stt or old.language != config.language
            if stt_changed and "stt" not in self._given:
                self._stt = None
            if old.tts != config.tts and "tts" not in self._given:
                self._tts = None
                self.voices = Voices(self.tts, config.tts)
            if replace(old.llm, large=config.llm.large) != config.llm and "llm" not in self._given:
                self._small = None
            if old.llm.large != config.llm.large:
                self._large = None
            self.router = self._router(self.router.skills)

    # --- engines, loaded on first use; callers see only their Protocols ---------------------

    def stt(self) -> SpeechToText:
        return self._engine(
            "_stt",
            lambda c: WhisperSTT(models.resolve(c, "stt"), c.stt, languages=c.language.spoken),
        )

    def tts(self) -> TextToSpeech:
        return self._engine("_tts", lambda c: PiperTTS(models.resolve(c, "tts"), c.tts))

    def small_llm(self) -> ChatModel:
        return self._engine("_small", lambda c: LlamaCppChat(models.resolve(c, "llm"), c.llm))

    def large_llm(self) -> ChatModel:
        def load(config: Config) -> ChatModel:
            cfg = config.llm.large
            if cfg.kind != "gguf":
                return OpenAICompatChat(cfg)
            resolved = models.resolve_spec("llm", cfg.model)
            chat = LlamaCppChat(resolved, config.llm)
            chat.where = f"this computer ({resolved.path.name})"
            return chat

        return self._engine("_large", load)

    def _engine(self, attribute: str, load: Callable[[Config], _E]) -> _E:
        """The engine kept in ``attribute``, loaded on first use. Each engine loads under
        its own lock, so the voice can start (speech recognition, the voice) while the
        language model is still loading on another thread."""
        with self._loading[attribute]:
            with self._lock:
                engine, config = getattr(self, attribute), self.config
            if engine is None:
                engine = load(config)
                with self._lock:
                    if self.config is config:  # not reconfigured meanwhile
                        setattr(self, attribute, engine)
            return cast(_E, engine)

    def large_tier_notice(self) -> str:
        """What a user must be told about where harder questions go, or ''."""
        cfg = self.config.llm.large
        if not cfg.enabled:
            return ""
        if cfg.kind == "gguf":
            return f"Larger model on: harder questions go to {cfg.model} on this computer."
        where = OpenAICompatChat(cfg).where
        return f"Larger model on: harder questions go to {where}."

    # --- what the commands do -------------------------------------------------------------

    def transcribe_file(self, path: str | Path, language: str | None = None) -> Transcript:
        audio = load_audio(path)
        return self.stt().transcribe(audio, language)

    def ask(
        self,
        text: str,
        on_token: Callable[[str], None] | None = None,
        remember: bool = True,
        cancel: Callable[[], bool] | None = None,
        language: str | None = None,
    ) -> TurnResult:
        """Answer ``text``; ``language`` is the language it is in (None: told from the
        text). Text clearly in a language the user has not turned on is told, in the
        nearest one that is, which languages are on (as speech in it is): no skill or
        model sees it."""
        if language is None:
            language = self.language_of(text)
            spoken = self.spoken_languages()
            if language not in spoken:
                reply_in, reply = not_on_reply(language, spoken)
                return TurnResult(text, reply, "language", path="language", language=reply_in)
        result = self.router.route(text, self.history, on_token, cancel, language=language)
        if remember:
            self.history += [Message("user", text), Message("assistant", result.reply)]
        return result

    def spoken_languages(self) -> list[str]:
        """The languages the user speaks (``language.spoken``, checked when set)."""
        return list(self.config.language.spoken)

    def language_of(self, text: str) -> str:
        """The language typed ``text`` is in: one the user speaks, or another Hearth
        speaks when the text is clearly in it (``language_id.typed_language``).

        A short command ("llama a Juan", "ruf Mama an") has too few telling words to
        say: when its words are not clearly in the language picked for them and match
        no skill phrase in it, but match one in exactly one other language the user
        speaks, they are in that one (a skill's phrases are the evidence)."""
        spoken = self.spoken_languages()
        language = typed_language(text, spoken)
        if len(spoken) < 2 or language not in spoken or clearly_in(text, language, spoken):
            return language
        if self.skills.match(text, language) is not None:
            return language
        by_phrase = [
            code
            for code in spoken
            if code != language and self.skills.match(text, code) is not None
        ]
        return by_phrase[0] if len(by_phrase) == 1 else language

    def speak(self, text: str, language: str = "en") -> tuple[np.ndarray, int]:
        """``text`` spoken by ``language``'s voice, and the audio's rate."""
        return self.voices.synthesize_all(text, language), self.voices.sample_rate

    def reset(self) -> None:
        self.history.clear()
        self.skills.clear_pending()

    # --- alerts and events -----------------------------------------------------------------

    def subscribe(self, callback: Callable[[Event], None]) -> None:
        """Call ``callback`` with events such as ``AlertFired`` and ``StoreDamaged`` (a
        file in the data folder was damaged, kept aside and started afresh), from a
        background thread; an exception in one callback is logged, the others still run."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[Event], None]) -> None:
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def emit(self, event: Event) -> None:
        for callback in list(self._subscribers):
            try:
                callback(event)
            except Exception:
                _LOGGER.exception("an event subscriber failed on %s", event.kind)

    def start_scheduler(self) -> None:
        """Fire timers, alarms and reminders when due (and those missed while closed)."""
        if self._scheduler is None:
            self._scheduler = Scheduler(self.skills.alert_store(), self.emit)
            self._scheduler.start()

    def active_alerts(self) -> list[Alert]:
        """Timers, alarms and reminders still to come, soonest first (``name``, ``kind``,
        ``due`` in seconds since the epoch, ``message``)."""
        return self.skills.alert_store().all()

    def _store_damaged(self, damage: storage.Damage) -> None:
        if not damage.path.is_relative_to(self.data_root):
            return  # another assistant's files (tests run several)
        self.emit(
            StoreDamaged(
                message=damage.detail,
                fix=damage.fix,
                store=damage.what,
                path=str(damage.path),
                kept_as=str(damage.kept_as),
            )
        )

    def _alerts_changed(self) -> None:
        if self._scheduler is not None:
            self._scheduler.poke()

    def close(self) -> None:
        """Stop what runs in the background and let the models go (a 1.5B chat model
        holds 1.3 GB until its last reference is dropped)."""
        self.skills.close()
        self._unwatch()
        if self._scheduler is not None:
            self._scheduler.stop()
            self._scheduler = None
        with self._lock:
            for engine in ("stt", "tts", "llm"):
                if engine not in self._given:
                    setattr(self, {"stt": "_stt", "tts": "_tts", "llm": "_small"}[engine], None)
            self._large = None
