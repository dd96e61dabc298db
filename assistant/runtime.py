"""The assistant as one object: configuration, engines loaded on first use, a router
and the conversation so far. The command line and the desktop app both use this."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from . import models
from .audio import load_audio
from .config import Config, load_config
from .llm import ChatModel, LlamaCppChat, Message, OpenAICompatChat
from .router import Router, TurnResult
from .skill import Skill
from .stt import Transcript, WhisperSTT
from .tts import PiperTTS


class Assistant:
    def __init__(self, config: Config | None = None, skills: Sequence[Skill] | None = None) -> None:
        self.config = config if config is not None else load_config()
        if skills is None:
            from hearth.skills import builtin_skills

            skills = builtin_skills()
        self._lock = threading.Lock()
        self._stt: WhisperSTT | None = None
        self._tts: PiperTTS | None = None
        self._small: ChatModel | None = None
        self._large: ChatModel | None = None
        self.history: list[Message] = []
        self.router = self._router(skills)

    def _router(self, skills: Sequence[Skill]) -> Router:
        large = self.large_llm if self.config.llm.large.enabled else None
        return Router(skills, self.small_llm, large, self.config.llm)

    def reconfigure(self, config: Config) -> None:
        """Use new settings. An engine whose settings changed loads again on next use; the
        conversation and the skills (and anything they keep running) stay."""
        with self._lock:
            old, self.config = self.config, config
            if old.stt != config.stt:
                self._stt = None
            if old.tts != config.tts:
                self._tts = None
            if replace(old.llm, large=config.llm.large) != config.llm:
                self._small = None
            if old.llm.large != config.llm.large:
                self._large = None
            self.router = self._router(self.router.skills)

    # --- engines, loaded on first use -----------------------------------------------------

    def stt(self) -> WhisperSTT:
        with self._lock:
            if self._stt is None:
                self._stt = WhisperSTT(models.resolve(self.config, "stt"), self.config.stt)
            return self._stt

    def tts(self) -> PiperTTS:
        with self._lock:
            if self._tts is None:
                self._tts = PiperTTS(models.resolve(self.config, "tts"), self.config.tts)
            return self._tts

    def small_llm(self) -> ChatModel:
        with self._lock:
            if self._small is None:
                self._small = LlamaCppChat(models.resolve(self.config, "llm"), self.config.llm)
            return self._small

    def large_llm(self) -> ChatModel:
        with self._lock:
            if self._large is None:
                cfg = self.config.llm.large
                if cfg.kind == "gguf":
                    resolved = models.resolve_spec("llm", cfg.model)
                    self._large = LlamaCppChat(resolved, self.config.llm)
                    self._large.where = f"this computer ({resolved.path.name})"
                else:
                    self._large = OpenAICompatChat(cfg)
            return self._large

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
        self, text: str, on_token: Callable[[str], None] | None = None, remember: bool = True
    ) -> TurnResult:
        result = self.router.route(text, self.history, on_token)
        if remember:
            self.history += [Message("user", text), Message("assistant", result.reply)]
        return result

    def speak(self, text: str) -> tuple[np.ndarray, int]:
        tts = self.tts()
        return tts.synthesize_all(text), tts.sample_rate

    def reset(self) -> None:
        self.history.clear()
