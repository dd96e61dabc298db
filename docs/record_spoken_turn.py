"""Record the real window answering a spoken question: the README's animation.

    .venv/bin/python docs/record_spoken_turn.py [--question "What time is it in Tokyo?"]

It starts a virtual X display (Xvfb) and the virtual microphone and speaker
(``hearth.assistant.audio.virtual``), opens the desktop app on them exactly as a user
would (``assistant app``, the xcb platform, the voice loop listening without a wake
phrase), waits until the window says it is listening, plays the question into the microphone and
grabs the X screen every quarter second from another X client, until the reply has
been spoken. Frames that stay unchanged for longer than 1.5 s (while the models load)
are shortened to 1.5 s in the animation; everything else plays in real time. Out come
``docs/spoken-turn.png`` (the last frame) and ``docs/spoken-turn-animated.png`` (an
animated PNG of the turn; browsers play it). The question is spoken by the Piper
voice (``assistant say``), not by a person.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[1]
ASSISTANT = str(REPO / ".venv" / "bin" / "assistant")
SCREEN = (760, 760)
FRAME_S = 0.25
_LONGEST_MS = 1500
"""A frame unchanged for longer (the models loading) is shown this long at most."""


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, data) chunks of a PNG file."""
    found, at = [], 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind = png[at + 4 : at + 8]
        found.append((kind, png[at + 8 : at + 8 + length]))
        at += 12 + length
    return found


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_apng(frames: list[tuple[bytes, int]], path: Path) -> None:
    """An animated PNG from ``(png bytes, milliseconds shown)``; every frame the same
    size and pixel format (they are: one screen, one QImage format)."""
    first = _chunks(frames[0][0])
    header = next(data for kind, data in first if kind == b"IHDR")
    width, height = struct.unpack(">II", header[:8])
    out = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", header)]
    out.append(_chunk(b"acTL", struct.pack(">II", len(frames), 0)))
    sequence = 0
    for index, (png, ms) in enumerate(frames):
        control = struct.pack(">IIIIIHHBB", sequence, width, height, 0, 0, ms, 1000, 0, 0)
        out.append(_chunk(b"fcTL", control))
        sequence += 1
        for kind, data in _chunks(png):
            if kind != b"IDAT":
                continue
            if index == 0:
                out.append(_chunk(b"IDAT", data))
            else:
                out.append(_chunk(b"fdAT", struct.pack(">I", sequence) + data))
                sequence += 1
    out.append(_chunk(b"IEND", b""))
    path.write_bytes(b"".join(out))


def _window_area(screen: QImage) -> tuple[int, int, int, int]:
    """(x, y, width, height) of the app's window: the screen is black around it (Xvfb,
    no window manager, the window at the top left)."""
    width = max(x for x in range(screen.width()) if screen.pixel(x, 8) & 0xFFFFFF) + 1
    height = max(y for y in range(screen.height()) if screen.pixel(8, y) & 0xFFFFFF) + 1
    return 0, 0, width, height


def _listening(window: QImage) -> bool:
    """The state dot near the window's top left is green: the app says it is listening."""
    for x in range(12, 44, 2):
        for y in range(12, 100, 2):
            red, green = (window.pixel(x, y) >> 16) & 0xFF, (window.pixel(x, y) >> 8) & 0xFF
            if green > 110 and green > red + 50:
                return True
    return False


def _free_display() -> str:
    number = 90
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    return f":{number}"


def _microphone_open(env: dict[str, str]) -> bool:
    done = subprocess.run(
        ["pactl", "list", "short", "source-outputs"], env=env, capture_output=True, text=True
    )
    return bool(done.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--question", default="What time is it in Tokyo?")
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--after-s", type=float, default=9.0, help="seconds kept after speaking")
    parser.add_argument("--out", type=Path, default=REPO / "docs")
    args = parser.parse_args()
    if shutil.which("Xvfb") is None:
        raise SystemExit("Xvfb is needed: apt-get install xvfb")

    from hearth.assistant.audio.signal import load_audio
    from hearth.assistant.audio.virtual import VirtualAudio

    display = _free_display()
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    work = Path(tempfile.mkdtemp(prefix="hearth-record-"))
    app: subprocess.Popen[bytes] | None = None
    try:
        with VirtualAudio() as audio:
            env = {
                **os.environ,
                **audio.env,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "HEARTH_CONFIG_DIR": str(work / "config"),
            }
            for key, value in (
                ("voice.activation", "always"),
                ("app.theme", args.theme),
                ("app.history", "false"),  # a recording for the docs is not a conversation to keep
            ):
                subprocess.run([ASSISTANT, "config", "set", key, value], env=env, check=True)
            question = work / "question.wav"
            subprocess.run(
                [ASSISTANT, "say", args.question, "-o", str(question)], env=env, check=True
            )
            app = subprocess.Popen([ASSISTANT, "app"], env=env, stderr=subprocess.DEVNULL)
            os.environ["DISPLAY"], os.environ["QT_QPA_PLATFORM"] = display, "xcb"
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice
            from PySide6.QtGui import QGuiApplication, QImage

            grabber = QGuiApplication([])
            screen = grabber.primaryScreen()
            deadline = time.time() + 90
            while not screen.grabWindow(0).toImage().pixel(8, 8) & 0xFFFFFF:
                if time.time() > deadline or app.poll() is not None:
                    raise SystemExit("The app's window did not appear within 3 minutes.")
                time.sleep(0.1)
            time.sleep(0.5)  # its first paint
            window = _window_area(screen.grabWindow(0).toImage())

            def grab() -> QImage:
                image = screen.grabWindow(0).toImage().copy(*window)
                return image.convertToFormat(QImage.Format.Format_RGB888)

            def png(image: QImage) -> bytes:
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                image.save(buffer, "PNG")
                return bytes(data.data())

            frames: list[tuple[bytes, int]] = []
            spoken = load_audio(question)
            talker = threading.Thread(target=audio.speak, args=(spoken,))
            end = deadline
            while time.time() < end:
                image = grab()
                if talker.ident is None and _microphone_open(env) and _listening(image):
                    talker.start()  # the window says it listens: speak
                    end = time.time() + len(spoken) / 16000 + args.after_s
                shot = png(image)
                if frames and frames[-1][0] == shot:  # unchanged: the last frame lasts longer
                    frames[-1] = (shot, min(frames[-1][1] + int(FRAME_S * 1000), _LONGEST_MS))
                else:
                    frames.append((shot, int(FRAME_S * 1000)))
                time.sleep(max(0.0, FRAME_S - 0.05))
            if talker.ident is None:
                (work.parent / "hearth-record-last.png").write_bytes(frames[-1][0])
                raise SystemExit(
                    "The window never said it was listening (its last frame: "
                    f"{work.parent / 'hearth-record-last.png'})."
                )
            talker.join()
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / "spoken-turn.png").write_bytes(frames[-1][0])
            write_apng(frames, args.out / "spoken-turn-animated.png")
            size = (args.out / "spoken-turn-animated.png").stat().st_size
            print(f"{len(frames)} frames, {size / 1e6:.1f} MB: {args.out}/spoken-turn*.png")
    finally:
        if app is not None:
            app.terminate()
            try:
                app.wait(timeout=20)
            except subprocess.TimeoutExpired:
                app.kill()
        xvfb.terminate()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
