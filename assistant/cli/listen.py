"""``assistant listen``: the voice loop without a window.

Plain output is a readable transcript of the conversation; ``--json`` prints
every event, one JSON object per line, with its monotonic timestamp.
"""

from __future__ import annotations

import json
import sys
import threading

from hearth.assistant.events import (
    AlertFired,
    AudioEnd,
    ErrorEvent,
    Event,
    Interrupted,
    Notice,
    ReplyText,
    StateChanged,
    TranscriptEvent,
    WakeWord,
)
from hearth.assistant.runtime import Assistant
from hearth.assistant.voice import VoiceLoop


def run_listen(
    *,
    once: bool,
    as_json: bool,
    device_in: str | None,
    device_out: str | None,
    activation: str | None,
) -> int:
    assistant = Assistant()
    finished = threading.Event()
    status = {"code": 0}

    printing = threading.Lock()  # events come from several threads: one line at a time

    def on_event(event: Event) -> None:
        with printing:
            if as_json:
                print(json.dumps(event.to_dict(), ensure_ascii=False), flush=True)
            else:
                _print_plain(event)
        if isinstance(event, ErrorEvent) and not event.recoverable:
            status["code"] = 1
            finished.set()
        if once and isinstance(event, AudioEnd | Interrupted):
            finished.set()

    loop = VoiceLoop(
        assistant, on_event, device_in=device_in, device_out=device_out, activation=activation
    )
    if not as_json:
        notice = assistant.large_tier_notice()
        if notice:
            print(notice)
        print("Listening. Press Ctrl-C to stop.", flush=True)
    assistant.subscribe(on_event)  # alerts are printed; the loop says them out loud
    assistant.start_scheduler()  # timers and reminders go off while listening
    loop.start()
    try:
        while not finished.wait(0.2):
            pass
    except KeyboardInterrupt:
        if not as_json:
            print()
    finally:
        loop.stop()
        assistant.close()
    return status["code"]


def _print_plain(event: Event) -> None:
    if isinstance(event, StateChanged) and event.hint:
        print(f"({event.hint})", flush=True)
    elif isinstance(event, WakeWord):
        print(f"(heard '{event.heard}')", flush=True)
    elif isinstance(event, TranscriptEvent):
        print(f"you> {event.text}", flush=True)
    elif isinstance(event, ReplyText):
        if event.notice:
            print(f"({event.notice})")
        print(f"hearth> {event.text}", flush=True)
    elif isinstance(event, Interrupted):
        print(f"(interrupted after: {event.spoken!r})", flush=True)
    elif isinstance(event, ErrorEvent):
        print(
            f"Problem: {event.message}" + (f"\nFix: {event.fix}" if event.fix else ""),
            file=sys.stderr,
            flush=True,
        )
    elif isinstance(event, AlertFired):
        print(f"(alert) {event.message}", flush=True)
    elif isinstance(event, Notice):
        print(f"({event.message})", flush=True)
