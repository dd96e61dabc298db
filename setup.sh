#!/usr/bin/env bash
# One command to set Hearth up on a fresh Debian/Ubuntu machine, then use it.
#
#   ./setup.sh run [ARGS]   set up, then start the assistant (default: the desktop app, or
#                           the typed chat where there is no display)
#   ./setup.sh test         set up, then run lint, type check and the whole test suite
#   ./setup.sh              set up only
#
# It installs the system packages it needs (apt-get, as root or through sudo), makes a
# virtual environment in .venv, installs the exact versions of requirements/lock.txt
# (hash-checked; llama-cpp-python built once without -march=native into
# ~/.cache/hearth/wheels, see requirements/install.sh), including the model packages,
# and copies the models, verified, into the user's data folder.
# Running it again only redoes what changed.
set -euo pipefail
cd "$(dirname "$0")"

MODE="${1:-setup}"
[ $# -gt 0 ] && shift
case "$MODE" in
  setup|run|test) ;;
  *) echo "usage: ./setup.sh [run [ARGS] | test [PYTEST ARGS]]" >&2; exit 2 ;;
esac
VENV="${HEARTH_VENV:-.venv}"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# --- system packages ----------------------------------------------------------------------
APT_PACKAGES=(python3 python3-venv python3-dev build-essential cmake libportaudio2)
# eSpeak NG: the voice for Spanish, French and German replies (no Piper voice for them
# comes as a package).
APT_PACKAGES+=(espeak-ng)
# What Qt (PySide6) needs to draw the desktop app: EGL/GL and fonts even off screen, and
# the xcb libraries for a real X11 display (without them Qt aborts at start-up).
APT_PACKAGES+=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0)
if [ "$MODE" = "test" ]; then
  # xvfb: a virtual X display, for the test that opens the real window on xcb.
  APT_PACKAGES+=(pulseaudio pulseaudio-utils libasound2-plugins util-linux mosquitto xvfb xauth)
  # dbus: a private session bus (dbus-daemon) for the stand-in desktop portal that the
  # global shortcut's Wayland path is tested against.
  APT_PACKAGES+=(dbus)
  # The .deb's checks: lintian, and the menu entry's validator.
  APT_PACKAGES+=(lintian desktop-file-utils)
fi
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "Please install the equivalents of: ${missing[*]} (this script knows apt-get only)." >&2
    exit 1
  fi
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null; then
      echo "Missing system packages: ${missing[*]}. Install them as root:" >&2
      echo "  apt-get install ${missing[*]}" >&2
      exit 1
    fi
    SUDO=(sudo)
  fi
  say "Installing system packages: ${missing[*]}"
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- Python environment -------------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "Hearth needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." >&2; exit 1; }
[ -x "$VENV/bin/python" ] || { say "Creating $VENV"; "$PYTHON" -m venv "$VENV"; }
PY="$VENV/bin/python"

# Exactly the versions in requirements/lock.txt, hash-checked: what CI tested is what
# gets installed (requirements/install.sh; the lock is made by requirements/lock.sh).
stamp="$VENV/.hearth-setup-$(cat pyproject.toml requirements/lock.txt requirements/install.sh \
  examples/hearth-skill-dice/pyproject.toml | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  say "Installing Hearth and the locked versions of its dependencies"
  bash requirements/install.sh "$PY" requirements/lock.txt -e . -e ./examples/hearth-skill-dice
  rm -f "$VENV"/.hearth-setup-*
  touch "$stamp"
fi

say "Installing the models (verified copies in the user's data folder)"
"$VENV/bin/assistant" models install
if [ "$MODE" = "test" ]; then
  "$VENV/bin/assistant" models install whisper-base gemma3-270m smollm2-135m
fi

case "$MODE" in
  setup) say "Ready. Start it with: $VENV/bin/assistant   (the window; or ./setup.sh run)" ;;
  run)
    if [ $# -eq 0 ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      say "No graphical display here, so the desktop app cannot open; starting the typed chat."
      set -- chat
    fi
    exec "$VENV/bin/assistant" "$@" ;;
  test)
    say "Lint (ruff) and type check (mypy)"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    # mypy reads the packages by their installed names through a tree of links: the
    # editable install hides hearth.* from it, and it would check no type across modules.
    types="build/typecheck"
    rm -rf "$types" && mkdir -p "$types/hearth"
    for d in assistant ui skills; do ln -s "../../../$d" "$types/hearth/$d"; done
    MYPYPATH="$types" "$VENV/bin/mypy" -p hearth.assistant -p hearth.ui -p hearth.skills
    # The packaged app's build and tests need about 6 GB of disk at their peak
    # (packaging/build.sh says where it goes). A machine with less still runs every other
    # test, and says loudly that this tier was left out and why.
    if [ -z "${HEARTH_SKIP_BUNDLE:-}" ] &&
      ! bash packaging/need_disk.sh . 6 "the packaged app's build and its tests"; then
      say "NOT building or testing the packaged app and its .deb: too little disk (above)."
      HEARTH_SKIP_BUNDLE=1
    fi
    if [ -z "${HEARTH_SKIP_BUNDLE:-}" ]; then
      say "Building the packaged app and its .deb, for their tests (HEARTH_SKIP_BUNDLE=1 skips this)"
      bash packaging/build.sh
      bash packaging/build-deb.sh
      # The tests unpack the archive and install the .deb, as users do; the unpacked
      # build beside them would only hold 1.7 GB more of the machine's disk meanwhile.
      rm -rf dist/hearth
      HEARTH_BUNDLE="$(cat dist/LATEST)"
      HEARTH_DEB="$(cat dist/LATEST_DEB)"
      export HEARTH_BUNDLE HEARTH_DEB HEARTH_REQUIRE_BUNDLE=1
    fi
    say "Tests (unit and integration, real models and audio devices, the packaged app)"
    set +e
    # PortAudio's ALSA thread can print one failed assertion millions of times while a
    # test's sound server is down (tests/integration/test_voice_loop.py): those lines
    # are dropped here, so that the log cannot fill the disk.
    "$PY" -m pytest "$@" 2> >(grep --line-buffered -v "^ *Expression 'self->capture.ready" >&2)
    status=$?
    set -e
    if [ $status -eq 5 ]; then echo "pytest collected no tests: that is a failure." >&2; exit 1; fi
    exit $status ;;
  *) echo "usage: ./setup.sh [run [ARGS] | test [PYTEST ARGS]]" >&2; exit 2 ;;
esac
