#!/bin/sh
# Add Hearth to the desktop's application menu (for this user; nothing needs root).
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
APPS="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$APPS"
sed -e "s|^Exec=hearth|Exec=\"$HERE/hearth\"|" -e "s|^Icon=hearth|Icon=$HERE/hearth.png|" \
  "$HERE/hearth.desktop" > "$APPS/hearth.desktop"
echo "Added Hearth to the menu ($APPS/hearth.desktop)."
