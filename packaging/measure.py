"""Measure the packaged app: download and unpacked size, launch to a usable window and
to voice-ready, peak memory, and the headless self-test; the source install is measured
in the same run as the baseline (these machines are noisy: compare the ratios).

    .venv/bin/python packaging/measure.py [ARCHIVE] [--rounds N] [--json]

ARCHIVE defaults to the one packaging/build.sh made last (dist/LATEST). The window is
drawn off screen and the voice loop opens a private PulseAudio server's virtual devices.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from hearth.assistant.audio.virtual import VirtualAudio
from hearth.assistant.bundle import fresh_user_env

REPO = Path(__file__).resolve().parents[1]


def _tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _parts(app: Path) -> dict[str, float]:
    """The biggest pieces of the unpacked app, in MB."""
    inside = app / "_internal"
    groups = {
        "models": ["models"],
        "Qt (PySide6)": ["PySide6", "libicu*", "libQt6*"],
        "CTranslate2 (speech to text)": ["ctranslate2", "ctranslate2.libs"],
        "ONNX Runtime (VAD, end of turn, voice)": ["onnxruntime"],
        "WebRTC echo canceller (livekit)": ["livekit"],
        "NumPy": ["numpy", "numpy.libs"],
        "Python": ["python3.11", "libpython3*", "base_library.zip"],
        "Piper + espeak-ng data": ["piper"],
        "llama.cpp": ["llama_cpp"],
    }
    sizes: dict[str, float] = {}
    counted: set[Path] = set()
    for name, patterns in groups.items():
        total = 0
        for pattern in patterns:
            for path in inside.glob(pattern):
                files = [path] if path.is_file() else list(path.rglob("*"))
                for f in files:
                    if f.is_file() and not f.is_symlink() and f not in counted:
                        counted.add(f)
                        total += f.stat().st_size
        sizes[name] = round(total / 1e6, 1)
    rest = _tree_size(app) - sum(int(v * 1e6) for v in sizes.values())
    sizes["everything else"] = round(rest / 1e6, 1)
    return sizes


def _run(command: list[str], env: dict[str, str], timeout: float = 300) -> tuple[int, float, int]:
    """Run ``command``; return its exit code, wall seconds and peak resident memory (MB)."""
    started = time.time()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.time() > deadline:
            proc.kill()
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return proc.returncode, time.time() - started, int(usage.ru_maxrss / 1024)


def _startup(command: list[str], env: dict[str, str], report: Path) -> dict[str, float | None]:
    report.unlink(missing_ok=True)
    launched = time.time()
    code, _wall, peak = _run([*command, "app", "--startup-report", str(report)], env)
    marks = json.loads(report.read_text()) if report.exists() else {}
    window, voice = marks.get("window"), marks.get("voice")
    return {
        "exit": code,
        "window_s": round(window - launched, 2) if window else None,
        "voice_ready_s": round(voice - launched, 2) if voice else None,
        "peak_mb": peak,
        "voice_problem": marks.get("voice_problem"),
    }


def _self_test(command: list[str], env: dict[str, str], out: Path) -> dict[str, float]:
    code, wall, peak = _run([*command, "self-test", "--output", str(out)], env)
    return {"exit": code, "seconds": round(wall, 2), "peak_mb": peak}


def _median(rows: list[dict], key: str) -> float | None:
    values = [r[key] for r in rows if r.get(key) is not None]
    return round(statistics.median(values), 2) if values else None


def measure(archive: Path, rounds: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="hearth-measure-"))
    try:
        started = time.time()
        with tarfile.open(archive) as tar:
            tar.extractall(work / "unpacked", filter="tar")
        unpack_s = time.time() - started
        app = work / "unpacked" / "hearth"
        result: dict = {
            "archive": str(archive),
            "download_mb": round(archive.stat().st_size / 1e6, 1),
            "unpacked_mb": round(_tree_size(app) / 1e6, 1),
            "unpack_s": round(unpack_s, 1),
            "parts_mb": _parts(app),
        }
        programs = {
            "packaged": [str(app / "hearth")],
            "source install (baseline)": [str(REPO / ".venv" / "bin" / "assistant")],
        }
        with VirtualAudio() as audio:
            for name, command in programs.items():
                home = work / name.split()[0]
                home.mkdir()
                env = {**fresh_user_env(home), "QT_QPA_PLATFORM": "offscreen", **audio.env}
                if name.startswith("source"):  # the source install keeps its models there
                    env["HEARTH_DATA_DIR"] = os.environ.get("HEARTH_DATA_DIR") or str(
                        Path.home() / ".local" / "share" / "hearth"
                    )
                runs = [_startup(command, env, home / "startup.json") for _ in range(rounds)]
                tests = [_self_test(command, env, home / "st.wav") for _ in range(rounds)]
                result[name] = {
                    "first_start": runs[0],
                    "later_starts": runs[1:],
                    "window_s_median": _median(runs, "window_s"),
                    "voice_ready_s_median": _median(runs, "voice_ready_s"),
                    "peak_mb_max": max(r["peak_mb"] for r in runs),
                    "self_test_s_median": _median(tests, "seconds"),
                    "self_test_peak_mb": max(t["peak_mb"] for t in tests),
                    "all_exit_0": all(r["exit"] == 0 for r in runs + tests),
                }
        packaged, source = result["packaged"], result["source install (baseline)"]
        result["ratio_packaged_to_source"] = {
            key: round(packaged[key] / source[key], 2) if packaged[key] and source[key] else None
            for key in ("window_s_median", "voice_ready_s_median", "self_test_s_median")
        }
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    archive = args.archive
    if archive is None:
        latest = REPO / "dist" / "LATEST"
        if not latest.exists():
            print("No bundle built yet: run packaging/build.sh first.", file=sys.stderr)
            return 1
        archive = Path(latest.read_text().strip())
    result = measure(archive, max(args.rounds, 2))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"download {result['download_mb']} MB, unpacked {result['unpacked_mb']} MB")
    for part, mb in result["parts_mb"].items():
        print(f"  {part:40} {mb:7.1f} MB")
    for name in ("packaged", "source install (baseline)"):
        r = result[name]
        first = r["first_start"]
        print(
            f"{name}: first start window {first['window_s']} s, voice-ready "
            f"{first['voice_ready_s']} s; median window {r['window_s_median']} s, voice-ready "
            f"{r['voice_ready_s_median']} s; peak {r['peak_mb_max']} MB; self-test "
            f"{r['self_test_s_median']} s, peak {r['self_test_peak_mb']} MB"
        )
    print(f"packaged / source: {result['ratio_packaged_to_source']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
