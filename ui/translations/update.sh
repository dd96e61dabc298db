#!/bin/sh
# Regenerate the window's translations after its texts (or the core's errors) change:
#   0. core_errors.py extracts every error text the core can show, as templates, into
#      ui/core_errors_catalog.py (--report says what it could not follow);
#   1. lupdate finds every translate()/QT_TRANSLATE_NOOP() text in ui/*.py and adds the
#      new ones to each hearth_LANG.ts (as "unfinished"; texts gone from the code are
#      dropped, translations of unchanged texts are kept);
#   2. translate the unfinished ones (Qt Linguist: pyside6-linguist FILE.ts, or any text
#      editor) and remove type="unfinished";
#   3. run this again: lrelease compiles each .ts to the .qm the window loads.
# tests/unit/test_window_i18n.py fails while a text is untranslated or a .qm is stale.
# Uses the pyside6-lupdate and pyside6-lrelease next to the Python in use (the venv's).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ui=$(dirname "$here")
bin=${PYSIDE6_BIN:-$(dirname "$(command -v python)")}
cd "$ui"
"$bin/python" "$here/core_errors.py"
for lang in es fr de; do
    "$bin/pyside6-lupdate" -silent -locations none -no-obsolete ./*.py -ts "translations/hearth_$lang.ts"
    "$bin/pyside6-lrelease" -silent "translations/hearth_$lang.ts" -qm "translations/hearth_$lang.qm"
done
