"""The ``assistant`` command: what each subcommand does (the larger ones have their own
modules), and ``main``, which parses, runs one and turns problems into exit codes.

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
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from hearth.assistant import native_memory
from hearth.assistant.cli.parser import build_parser
from hearth.assistant.errors import AssistantError, NoSpeechError

if TYPE_CHECKING:
    from hearth.assistant.runtime import Assistant

EXIT_PROBLEM, EXIT_USAGE, EXIT_NO_SPEECH = 1, 2, 3


class UsageError(AssistantError):
    """The command was given something it cannot work with (exit code 2)."""


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
    from hearth.assistant.audio.devices import play_stream
    from hearth.assistant.audio.signal import write_wav_stream

    text = " ".join(args.text).strip()
    if not text:
        raise UsageError("There is nothing to say.", 'Give the text: assistant say "Hello"')
    assistant = _assistant()
    tts = assistant.voices.voice(args.language) if args.language else assistant.tts()
    # Piece by piece, so memory stays flat however long the text is.
    chunks = tts.synthesize(text)
    if args.output:
        seconds = write_wav_stream(args.output, chunks, tts.sample_rate)
        print(f"Wrote {seconds:.1f} s of speech to {args.output}")
    else:
        play_stream(chunks, tts.sample_rate, args.device or assistant.config.audio.output_device)
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
        if result.source:
            print(_source_line(result.source))
    return 0


def _source_line(source: dict[str, str]) -> str:
    from hearth.assistant.understanding.grounding import source_line

    return source_line(source)


def cmd_skills(args: argparse.Namespace) -> int:
    from hearth.assistant.cli import skills as skill_commands

    return skill_commands.run(args)


def cmd_memory(args: argparse.Namespace) -> int:
    from hearth.assistant.cli import memory

    return memory.run(args)


def cmd_chat(args: argparse.Namespace) -> int:
    from hearth.assistant.events import AlertFired, Event, StoreDamaged

    assistant = _assistant()
    interactive = sys.stdin.isatty()

    def show_alert(event: Event) -> None:
        if isinstance(event, AlertFired):
            print(f"\nhearth> (alert) {event.message}", flush=True)
        elif isinstance(event, StoreDamaged):
            print(f"\n({event.message} {event.fix})", flush=True)

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
        if result.source:
            print(f"({_source_line(result.source)})", flush=True)


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
    from hearth.assistant.cli.secrets import HIDDEN, masked, secrets_set, shown

    config = load_config()
    if args.action == "set":
        config.set(args.key, args.value)
        print(f"Set {args.key} = {shown(args.key, args.value)!r} in {config.save()}")
        return 0
    import tomli_w

    print(f"# {config_path()}" + ("" if config_path().exists() else " (not created yet: defaults)"))
    hidden = secrets_set(config.to_dict())
    if hidden:
        print(f"# {', '.join(hidden)}: set, shown as {HIDDEN!r} (the file itself holds them)")
    print(tomli_w.dumps(masked(config.to_dict())))
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    from hearth.assistant.cli.doctor import run_doctor

    return run_doctor(full=args.full, as_json=args.json)


def cmd_self_test(args: argparse.Namespace) -> int:
    from hearth.assistant.cli.self_test import main as run_self_test

    return run_self_test(args.output, args.json)


# --- dispatch -------------------------------------------------------------------------------

Command = Callable[[argparse.Namespace], int]


def command_for(name: str | None) -> Command:
    from hearth.assistant.cli.measure import cmd_bench, cmd_eval

    """The function that runs the subcommand ``name`` (none given: the desktop app)."""
    return {
        None: cmd_app,
        "app": cmd_app,
        "transcribe": cmd_transcribe,
        "say": cmd_say,
        "ask": cmd_ask,
        "chat": cmd_chat,
        "skills": cmd_skills,
        "memory": cmd_memory,
        "listen": cmd_listen,
        "devices": cmd_devices,
        "models": cmd_models,
        "config": cmd_config,
        "doctor": cmd_doctor,
        "self-test": cmd_self_test,
        "bench": cmd_bench,
        "eval": cmd_eval,
    }[name]


def main(argv: Sequence[str] | None = None) -> int:
    native_memory.limit_arenas()  # before any engine's threads: see native_memory
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.command == "config" and args.action == "set" and (not args.key or args.value is None):
        parser.error("usage: assistant config set KEY VALUE")
    func = command_for(args.command)
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
