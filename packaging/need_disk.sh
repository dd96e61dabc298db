#!/usr/bin/env bash
# need_disk.sh FOLDER GB WHAT: stop with a clear message when FOLDER's disk has less than
# GB gigabytes free, instead of failing half-way with "No space left on device".
set -euo pipefail
folder="$1" need_gb="$2" what="$3"
free_kb="$(df -Pk "$folder" | awk 'NR == 2 {print $4}')"
free_gb=$((free_kb / 1024 / 1024))
echo "Disk free for $what: ${free_gb} GB (needs about ${need_gb} GB) at $(cd "$folder" && pwd)"
if [ "$free_gb" -lt "$need_gb" ]; then
  echo "Not enough disk for $what: ${free_gb} GB free, about ${need_gb} GB needed." \
    "Free some space (old dist/ and build/ folders, ~/.cache/uv) and run it again." >&2
  exit 1
fi
