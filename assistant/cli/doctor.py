"""``assistant doctor``: check everything the assistant needs, and say how to fix it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hearth.assistant import models
from hearth.assistant.bundle import as_typed
from hearth.assistant.config import Config, config_path, load_config
from hearth.assistant.errors import AssistantError


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def __post_init__(self) -> None:
        self.fix = as_typed(self.fix)  # "hearth doctor" in the packaged app


def _run(name: str, probe: Callable[[], str]) -> Check:
    try:
        return Check(name, True, probe())
    except AssistantError as exc:
        return Check(name, False, exc.message, exc.fix)
    except Exception as exc:  # a check must never crash the doctor
        return Check(
            name, False, f"{type(exc).__name__}: {exc}", "Run with -v and report this problem."
        )


def _model_probe(config: Config, kind: models.Kind, full: bool) -> Callable[[], str]:
    def probe() -> str:
        resolved = models.resolve(config, kind)
        if full and resolved.catalog:
            models.verify_installed(resolved.catalog, full=True)
        started = time.perf_counter()
        if kind == "stt":
            from hearth.assistant.engines.stt import WhisperSTT

            engine = WhisperSTT(resolved, config.stt)
            extra = "multilingual" if engine.multilingual else "English only"
        elif kind == "tts":
            from hearth.assistant.engines.tts import PiperTTS

            voice = PiperTTS(resolved, config.tts)
            extra = f"{voice.sample_rate} Hz"
        else:
            from hearth.assistant.engines.llm import LlamaCppChat

            chat = LlamaCppChat(resolved, config.llm)
            extra = f"{chat.prompt_style} prompt"
        ms = (time.perf_counter() - started) * 1000
        checked = "checksums verified, " if full and resolved.catalog else ""
        return f"{resolved.name} ({extra}) loads in {ms:.0f} ms; {checked}{resolved.path}"

    return probe


def _language_probe(config: Config) -> Callable[[], str]:
    def probe() -> str:
        from hearth.assistant.engines.espeak import espeak_program
        from hearth.assistant.engines.voices import Voices
        from hearth.assistant.languages import listed

        spoken = config.language.spoken
        stt = models.active_spec(config, "stt")
        detail = f"{', '.join(spoken)} ({listed(spoken, 'en')}); heard by {stt}"
        others = [code for code in spoken if code != "en"]
        if not others:
            return detail
        if stt != config.stt.model:
            detail += " (multilingual: another language is on)"
        voices = Voices(lambda: _primary_voice(config), config.tts)
        named = [f"{code}: {getattr(voices.voice(code), 'model_name', '?')}" for code in others]
        where = espeak_program() or "not installed"
        return f"{detail}; voices {', '.join(named)} (eSpeak NG: {where})"

    return probe


def _primary_voice(config: Config) -> Any:
    from hearth.assistant.engines.tts import PiperTTS

    return PiperTTS(models.resolve(config, "tts"), config.tts)


def _device_probe(config: Config, direction: str) -> Callable[[], str]:
    def probe() -> str:
        from hearth.assistant.audio.devices import find_device, list_devices

        spec = config.audio.input_device if direction == "input" else config.audio.output_device
        index = find_device(spec, direction)
        devices = list_devices()
        if index is None:
            chosen = next(d for d in devices if getattr(d, f"is_default_{direction}"))
        else:
            chosen = next(d for d in devices if d.index == index)
        return f"{chosen.name} (device {chosen.index})" + ("" if spec else ", the system default")

    return probe


def _portaudio_probe() -> str:
    from hearth.assistant.audio.devices import _sounddevice

    sd = _sounddevice()
    version = str(sd.get_portaudio_version()[1]).split(",")[0]
    return f"{version} ({getattr(sd, '_libname', '?')})"


def _large_probe(config: Config) -> Callable[[], str]:
    def probe() -> str:
        cfg = config.llm.large
        if cfg.kind == "gguf":
            resolved = models.resolve_spec("llm", cfg.model)
            return f"on: harder questions go to {resolved.path} (this computer)"
        from hearth.assistant.engines import http_stream as http
        from hearth.assistant.engines.server_llm import OpenAICompatChat

        where = OpenAICompatChat(cfg).where
        try:  # three seconds in all, however the server behaves
            with http.HTTPStream(f"{cfg.url.rstrip('/')}/models", http.Deadline(3.0)) as probe:
                probe.open()
        except (OSError, http.ProtocolError, http.HTTPStatusError, http.DeadlinePassed) as exc:
            late = isinstance(exc, http.DeadlinePassed)
            reason = "no answer within 3 seconds" if late else getattr(exc, "strerror", 0) or exc
            raise AssistantError(
                f"The larger model is on, but its server at {cfg.url} does not answer ({reason}).",
                "Start the server, correct llm.large.url, or turn it off: "
                "assistant config set llm.large.enabled false",
            ) from None
        return f"on: harder questions go to {where}"

    return probe


def diagnose(full: bool = False) -> list[Check]:
    checks: list[Check] = []
    try:
        config = load_config()
        exists = config_path().exists()
        checks.append(Check("config", True, f"{config_path()}" + ("" if exists else " (defaults)")))
    except AssistantError as exc:
        checks.append(Check("config", False, exc.message, exc.fix))
        config = Config()
    checks.append(_run("languages", _language_probe(config)))
    checks.append(_run("speech-to-text model", _model_probe(config, "stt", full)))
    checks.append(_run("voice (text-to-speech)", _model_probe(config, "tts", full)))
    checks.append(_run("language model", _model_probe(config, "llm", full)))
    if config.llm.large.enabled:
        checks.append(_run("larger model", _large_probe(config)))
    else:
        checks.append(Check("larger model", True, "off (everything stays on this computer)"))
    checks.append(_run("sound library", _portaudio_probe))
    checks.append(_run("microphone", _device_probe(config, "input")))
    checks.append(_run("speaker", _device_probe(config, "output")))
    checks.append(_skills_check(config))
    checks.append(_run("encyclopedia", _knowledge_probe(config)))
    return checks


FAULTS_SHOWN_S = 24 * 3600.0
"""A skill's crash or kill is reported by doctor for a day."""


def _knowledge_probe(config: Config) -> Callable[[], str]:
    def probe() -> str:
        if not config.knowledge.enabled:
            return "off (knowledge.enabled false: the language model answers on its own)"
        from hearth.assistant.knowledge import Knowledge
        from hearth.assistant.knowledge.data import in_use
        from hearth.assistant.languages import name

        spoken = config.language.spoken
        sizes: list[tuple[str, int, Path]] = []
        for language in in_use(spoken):  # each spoken language's, loaded as a question would
            knowledge = Knowledge(language=language)
            if not knowledge.wait(60) or knowledge.index is None:
                raise knowledge.error or AssistantError(
                    f"The {name(language)} encyclopedia did not load in time."
                )
            sizes.append((language, knowledge.index.size, knowledge.index.path))
        without = [name(code) for code in spoken if code not in in_use(spoken)]
        alone = f"; {', '.join(without)}: none (the model answers alone)" if without else ""
        if not sizes:
            return "none for the spoken languages" + alone
        if len(sizes) == 1 and sizes[0][0] == "en":
            index = sizes[0]
            return f"{index[1]:,} Wikipedia summaries (CC BY-SA 4.0), checked; index {index[2]}"
        counts = ", ".join(f"{n:,} in {name(code)}" for code, n, _ in sizes)
        return (
            f"Wikipedia summaries: {counts} (CC BY-SA 4.0), checked; indexes in "
            f"{sizes[0][2].parent}{alone}"
        )

    return probe


def _skills_check(config: Config) -> Check:
    from hearth.assistant.config import data_dir
    from hearth.assistant.hosting.loader import load_skills

    def probe() -> str:
        infos = load_skills(config.skills, data_dir()).infos
        since = time.time() - FAULTS_SHOWN_S
        broken = [f"{i.name} ({i.detail})" for i in infos if i.state == "error"]
        broken += [
            f"{i.name} (last fault: {i.fault})"
            for i in infos
            if i.fault and i.state != "error" and i.fault_at >= since
        ]
        if broken:
            raise AssistantError(
                f"{len(broken)} skill(s) not working: " + "; ".join(broken),
                "See assistant skills list; fix or remove the skill, or: "
                "assistant skills disable NAME",
            )
        ready = sum(1 for i in infos if i.state == "enabled")
        unenforced = {w for i in infos for w in i.sandbox.split("; ") if "NOT enforced" in w}
        return f"{ready} ready" + (f"; {'; '.join(sorted(unenforced))}" if unenforced else "")

    return _run("skills", probe)


def run_doctor(full: bool = False, as_json: bool = False) -> int:
    checks = diagnose(full)
    problems = [c for c in checks if not c.ok]
    if as_json:
        print(
            json.dumps(
                {"ok": not problems, "checks": [asdict(c) for c in checks]}, ensure_ascii=False
            )
        )
    else:
        for c in checks:
            print(f"{'ok ' if c.ok else 'BAD'}  {c.name}: {c.detail}")
            if c.fix:
                print(f"     fix: {c.fix}")
        print(
            "\nAll good."
            if not problems
            else f"\n{len(problems)} problem(s) found; the fixes are above."
        )
    return 1 if problems else 0
