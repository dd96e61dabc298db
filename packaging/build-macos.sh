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
# Exactly requirements/lock-bundle.txt, hash-checked. install.sh builds llama.cpp from
# its locked source without -march=native (Apple Silicon builds use Metal by default).
bash requirements/install.sh "$VENV/bin/python" requirements/lock-bundle.txt .
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
