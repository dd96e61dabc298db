"""The sections of the configuration, each key with its default and what it means.

``hearth.assistant.config`` holds the whole (``Config``), checking, and the file; it
re-exports these, so ``from hearth.assistant.config import SkillsConfig`` works.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hearth.assistant.languages import default_spoken


@dataclass
class STTConfig:
    model: str = "whisper-tiny.en"
    """A catalog id (see ``assistant models``) or a faster-whisper model folder."""
    language: str = "auto"
    """``auto`` detects the language (multilingual models); or a code such as ``en``."""
    beam_size: int = 1
    threads: int = 0
    """CPU threads; 0 means all cores."""
    device: str = "cpu"
    """``cpu``, ``cuda`` or ``auto`` (CTranslate2 device)."""


@dataclass
class TTSConfig:
    voice: str = "piper-joe"
    """A catalog id or the path of a Piper ``.onnx`` voice (its ``.onnx.json`` beside it)."""
    speaking_rate: float = 1.0
    """1.0 is the voice's natural pace; 1.2 is 20 % faster."""


@dataclass
class LargeLLMConfig:
    """The optional larger tier for harder questions. Off by default."""

    enabled: bool = False
    kind: str = "server"
    """``server`` (an OpenAI-compatible server the user runs) or ``gguf`` (a local file)."""
    url: str = "http://127.0.0.1:8080/v1"
    model: str = ""
    """The model name the server expects (Ollama: e.g. ``llama3.2``); or the GGUF path."""
    api_key: str = ""
    first_token_s: float = 8.0
    """A server: the longest wait for its answer's first word (then the small model's)."""
    timeout_s: float = 30.0
    """A server: the longest wait for its whole answer (see the README's larger tier)."""
    live_data: bool = False
    """The larger model can look up live information (its server has a web search tool):
    questions about the weather, news, prices... go to it instead of the honest "I can't
    know that offline" (a plain language model has no live data, so leave this off)."""


@dataclass
class LLMConfig:
    model: str = "qwen2.5-coder-1.5b"
    """A catalog id or the path of a ``.gguf`` file."""
    prompt_style: str = "auto"
    """``chat`` (instruct models, uses the file's chat template), ``completion``
    (base models, a few-shot prompt) or ``auto`` (decided from the file)."""
    few_shot: bool = True
    """Show chat models a few example exchanges (short, spoken-style answers)."""
    max_reply_tokens: int = 80
    context_tokens: int = 2048
    threads: int = 0
    gpu_layers: int = 0
    """Layers to offload to a GPU (needs a GPU build of llama-cpp-python); 0 = CPU only."""
    temperature: float = 0.2
    large: LargeLLMConfig = field(default_factory=LargeLLMConfig)


@dataclass
class AudioConfig:
    input_device: str = ""
    """Name (or part of it) or index of the microphone; empty for the system default."""
    output_device: str = ""


@dataclass
class VoiceConfig:
    """How the voice loop listens and when it answers."""

    activation: str = "wake_word"
    """``wake_word`` (say the wake phrase first), ``push_to_talk`` (hold a key or button)
    or ``always`` (every utterance is a request)."""
    wake_phrase: str = "hey computer"
    follow_up_s: float = 6.0
    """After a reply, seconds in which the user can speak again without the wake phrase
    (0 turns the follow-up window off)."""
    barge_in: bool = True
    """Speaking while the assistant talks stops it."""
    echo_cancel: bool = True
    """Remove the assistant's own voice from the microphone (laptop speakers)."""
    end_of_turn: str = "smart"
    """``smart`` (an end-of-turn model decides after a short pause) or ``silence``
    (a fixed pause, ``silence_ms``)."""
    turn_model: str = "smart-turn-v3"
    """The end-of-turn model for ``smart``: a catalog id or an ``.onnx`` file."""
    silence_ms: int = 700
    """The pause that ends a turn for ``silence`` (and the longest wait for ``smart``)."""
    max_utterance_s: float = 30.0
    """Longer speech is cut here and the user is told."""


@dataclass
class MQTTConfig:
    """The user's own MQTT broker for the smart-home skill. Off while ``host`` is empty."""

    host: str = ""
    port: int = 1883
    username: str = ""
    password: str = ""
    tls: bool = False
    base_topic: str = "zigbee2mqtt"
    """Zigbee2MQTT's base topic: devices are ``<base_topic>/<friendly name>``."""
    discovery_prefix: str = "homeassistant"
    """Home Assistant MQTT discovery prefix (``<prefix>/<component>/<id>/config``)."""
    devices: list[str] = field(default_factory=list)
    """Friendly names to use when the hub publishes no device list."""
    timeout_s: float = 3.0


@dataclass
class SkillsConfig:
    enabled: list[str] = field(default_factory=list)
    """Only these skills load (empty: every installed skill)."""
    disabled: list[str] = field(default_factory=list)
    """These skills never load."""
    no_confirm: list[str] = field(default_factory=list)
    """Skills allowed to change the system, delete data or use the network without asking
    first (empty: every such action is confirmed)."""
    timeout_s: float = 8.0
    """A skill that takes longer is abandoned and the user is told."""
    llm_tools: bool = False
    """Let the language model pick a skill for requests the phrases did not match. Off:
    with Qwen 1.5B it found 20 more of 100 requests but triggered a skill on 32 % of
    near misses ("my alarm didn't go off" -> cancel an alarm) and took seconds."""
    open_command: str = ""
    """The command that opens files, folders and web addresses (empty: xdg-open)."""
    mqtt: MQTTConfig = field(default_factory=MQTTConfig)


@dataclass
class KnowledgeConfig:
    """The offline encyclopedia (Wikipedia summaries) that questions are answered from."""

    enabled: bool = True
    """Answer questions about people, places, things and ideas from the encyclopedia
    when it has an article on them (false: the language model answers on its own)."""


@dataclass
class LanguageConfig:
    """The languages the user speaks: each utterance and typed message is answered in
    the one it was said in (English, Spanish, French and German so far)."""

    spoken: list[str] = field(default_factory=default_spoken)
    """Language codes, e.g. ``es,en``. Default: the desktop's language and English. Any
    language but English needs the multilingual speech model (whisper-base), used
    automatically; speech in a language not listed is told which ones are on."""


@dataclass
class AppConfig:
    """The desktop app."""

    history: bool = True
    """Keep each exchange in a local SQLite file (the data folder) to search later."""
    theme: str = "system"
    """``system`` (follow the desktop's light/dark setting), ``light`` or ``dark``."""
    speak_typed_replies: bool = True
    """Read replies to typed messages aloud too."""
    start_on_login: bool = False
    """Start Hearth when the user logs in (an XDG autostart entry, hearth.desktop)."""
    global_shortcut: bool = False
    """Hold ``talk_keys`` anywhere on the desktop to talk (where the desktop allows it)."""
    talk_keys: str = "Ctrl+Alt+Space"
    """The global shortcut, in Qt's notation."""
    language: str = "auto"
    """The window's language: ``auto`` (the desktop's: ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``; English if the window does not have it), ``en``, ``es``, ``fr`` or ``de``.
    Takes effect the next time the window opens."""
