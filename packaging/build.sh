#!/usr/bin/env bash
# Build the packaged Linux app: one folder with Python, Qt, PortAudio, llama.cpp (built
# without -march=native) and the default models, and a .tar.gz of it to download.
#
#   packaging/build.sh            -> dist/hearth/ and dist/hearth-VERSION-linux-ARCH.tar.gz
#
# It runs ./setup.sh first (system packages, the portable llama-cpp-python wheel), then
# makes a clean build environment holding only what the app needs at run time, so no test
# or development tool can slip into the bundle. Windows and macOS: see packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

BUILD="$ROOT/build/package"
DIST="$ROOT/dist"
VENV="$BUILD/venv"
STAGE="$BUILD/stage"

bash ./setup.sh  # system packages, the portable llama.cpp wheel (cached), the dev .venv
# Disk, measured (packaging/build.sh then build-deb.sh, free space sampled each second):
# 3.8 GB at the build's peak (the build environment with the model wheels, 2.4 GB; the
# staged models, 1.4 GB), 3.2 GB when it is done (the app and its archive), 5.6 GB at the
# peak of build-deb.sh (dpkg-deb writes the 1.5 GB package through a temporary file).
bash packaging/need_disk.sh "$ROOT" 6 "the packaged app's build"
if ! command -v patchelf >/dev/null; then
  SUDO=(); [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  say "Installing patchelf (it cleans the libraries' search paths)"
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq patchelf >/dev/null
fi

VERSION="$(.venv/bin/python -c 'import hearth.assistant as a; print(a.__version__)')"
ARCH="$(uname -m)"
NAME="hearth-$VERSION-linux-$ARCH"

say "Clean build environment (run-time dependencies only) in $VENV"
rm -rf "$VENV" "$STAGE" "$BUILD/work"
python3 -m venv "$VENV"
# Exactly requirements/lock-bundle.txt (the same pins as the lock setup.sh and CI use),
# hash-checked, then Hearth itself without dependencies.
bash requirements/install.sh "$VENV/bin/python" requirements/lock-bundle.txt .

say "Staging the default models (verified against their checksums)"
mkdir -p "$STAGE/data"
HEARTH_DATA_DIR="$STAGE/data" HEARTH_CONFIG_DIR="$STAGE/config" "$VENV/bin/assistant" models install
# and the multilingual speech model, used when Spanish, French or German is on
HEARTH_DATA_DIR="$STAGE/data" HEARTH_CONFIG_DIR="$STAGE/config" "$VENV/bin/assistant" models install \
  whisper-base
mv "$STAGE/data/models" "$STAGE/models"
# The install records hold this disk's file identities; the app re-verifies its own copy.
find "$STAGE/models" -name installed.json -delete

say "Collecting licences"
"$VENV/bin/python" packaging/collect_licenses.py "$STAGE/licenses"

say "PyInstaller"
HEARTH_STAGE_LICENSES="$STAGE/licenses" \
  "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" packaging/hearth.spec
APP="$BUILD/dist/hearth"
# eSpeak NG, the voice of the languages without a Piper voice (Spanish, French, German):
# the program, its three own libraries and its data, in a folder of their own so that
# nothing else in the app loads them (the libraries they need in turn, PulseAudio's
# client among them, come from the system: deb_depends.py lists them).
ESPEAK="$(command -v espeak-ng)" || { echo "espeak-ng is missing (apt-get install espeak-ng)" >&2; exit 1; }
mkdir -p "$APP/_internal/espeak-ng"
cp "$ESPEAK" "$APP/_internal/espeak-ng/espeak-ng"
for lib in libespeak-ng.so.1 libpcaudio.so.0 libsonic.so.0; do
  cp -L "$(ldd "$ESPEAK" | awk -v name="$lib" '$1 == name {print $3}')" "$APP/_internal/espeak-ng/"
done
cp -r "$("$ESPEAK" --version | sed 's/.*Data at: *//')" "$APP/_internal/espeak-ng/espeak-ng-data"
# Debug symbols and symbol tables out of the libraries that carry them (CTranslate2's
# alone is 60 MB; --strip-unneeded keeps what linking needs), but never out of the
# wheels' repaired libraries (*.libs): stripping breaks those patchelf rewrote (numpy's
# OpenBLAS then fails to load). And the build machine's paths out of the libraries'
# search paths: Python's own modules carry the RUNPATH of the interpreter they were built
# with (/root/.pyenv/...), while the app finds its libraries itself.
find "$APP/_internal" -name '*.so*' -type f ! -path '*.libs/*' -print0 |
  while IFS= read -r -d '' lib; do
    sections="$(readelf -S -W "$lib" 2>/dev/null)" || continue
    if grep -qE '\.(symtab|debug_info)' <<<"$sections"; then strip --strip-unneeded "$lib"; fi
    runpath="$(patchelf --print-rpath "$lib" 2>/dev/null || true)"
    if [ -n "$runpath" ] && ! grep -q '^\$ORIGIN' <<<"$runpath"; then patchelf --remove-rpath "$lib"; fi
  done
find "$APP/_internal" -name '*.so*' -type f -exec chmod 0644 {} +  # a library is not a program
# The default models, moved in rather than copied by PyInstaller: 1.4 GB less disk at the
# build's peak. Where the app looks for them: hearth.assistant.bundle.bundled_models_dir.
mv "$STAGE/models" "$APP/_internal/models"
# The licences of the system libraries copied in (PortAudio, the C++ runtime, ...).
"$VENV/bin/python" packaging/collect_licenses.py --system-libs "$APP/_internal" "$APP/_internal/licenses"
cp LICENSE "$APP/LICENSE"
ln -s _internal/licenses "$APP/licenses"
# Hearth's messages name its command "assistant": the same program, under that name too.
ln -s hearth "$APP/assistant"
cp packaging/linux/README.txt "$APP/README.txt"
cp packaging/linux/hearth.desktop "$APP/hearth.desktop"
cp packaging/linux/install-desktop-entry.sh "$APP/install-desktop-entry.sh"
QT_QPA_PLATFORM=offscreen "$VENV/bin/python" -c "import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from hearth.ui.icon import app_icon
sys.exit(0 if app_icon().pixmap(256, 256).save(sys.argv[1]) else 1)" "$APP/hearth.png"

# The build environment, the staged models and PyInstaller's work folder are no longer
# needed (about 4 GB): CI machines have little disk, and the .deb is built next.
rm -rf "$VENV" "$STAGE" "$BUILD/work"

say "Archive"
rm -rf "${DIST:?}/hearth" "$DIST/$NAME.tar.gz"
mkdir -p "$DIST"
mv "$APP" "$DIST/hearth"
tar -C "$DIST" -cf - hearth | gzip -6 > "$DIST/$NAME.tar.gz"
printf '%s\n' "$DIST/$NAME.tar.gz" > "$DIST/LATEST"
du -sh "$DIST/hearth" "$DIST/$NAME.tar.gz"
say "Built $DIST/$NAME.tar.gz (unpacked: $DIST/hearth; run $DIST/hearth/hearth)"
