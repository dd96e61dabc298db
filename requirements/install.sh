#!/usr/bin/env bash
# Install exactly the locked versions into a Python environment, and nothing else.
#
#   requirements/install.sh PYTHON LOCKFILE [PIP INSTALL TARGETS...]
#
# 1. llama-cpp-python exists on PyPI only as source: its locked sdist is hash-checked,
#    built once without -march=native (a native build dies with SIGILL on some CPUs;
#    this one needs AVX2 on x86-64) into $HEARTH_WHEELS, and installed from there.
# 2. Every other package from LOCKFILE, hash-checked, without resolving anything.
# 3. The targets (Hearth itself: `-e .` or `.`) without dependencies and without build
#    isolation, so that the locked setuptools builds them.
# 4. `pip check`: a dependency missing from the lock fails here, not on a user's machine.
#    Only the files-only wheels (see requirements/files-only.in) may lack theirs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="$1" LOCK="$2"
shift 2
WHEELS="${HEARTH_WHEELS:-$HOME/.cache/hearth/wheels}"
PIP=("$PY" -m pip --disable-pip-version-check -q)
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

locked() {  # locked NAME: NAME's entry (its pin and hashes) in LOCK
  awk -v p="$1==" 'index($0, p) == 1 {on = 1} on {print; if ($0 !~ /\\$/) exit}' "$LOCK"
}
LLAMA_VERSION=$(locked llama-cpp-python | sed -n 's/^llama-cpp-python==\([^ ;]*\).*/\1/p')
[ -n "$LLAMA_VERSION" ] || { echo "$LOCK pins no llama-cpp-python." >&2; exit 1; }
llama_wheel() { ls "$WHEELS"/llama_cpp_python-"$LLAMA_VERSION"-*.whl 2>/dev/null; }
if ! llama_wheel >/dev/null; then
  say "Building llama-cpp-python $LLAMA_VERSION without -march=native (about 6 minutes)"
  mkdir -p "$WHEELS"
  tmp=$(mktemp -d)
  locked llama-cpp-python >"$tmp/llama.txt"
  CMAKE_ARGS="-DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
    "${PIP[@]}" wheel --no-deps --no-cache-dir --no-binary llama-cpp-python \
    --require-hashes -r "$tmp/llama.txt" -w "$tmp" || {
      echo "Building llama-cpp-python failed. It needs a C++ compiler and CMake" \
           "(apt-get install build-essential cmake python3-dev); run the same pip" \
           "command without -q to see the compiler's error." >&2
      exit 1; }
  mv "$tmp"/llama_cpp_python-*.whl "$WHEELS"/
  rm -rf "$tmp"
fi
"${PIP[@]}" install --no-deps "$(llama_wheel | head -n 1)"
"${PIP[@]}" install --no-deps --require-hashes -r "$LOCK"
[ $# -eq 0 ] || "${PIP[@]}" install --no-deps --no-build-isolation "$@"

files_only=$(sed -n 's/^\([A-Za-z0-9._-]*\)==.*/\1/p' requirements/files-only.in | paste -sd'|')
problems=$("$PY" -m pip check 2>&1 | grep -Eiv "^($files_only) " | grep -v '^No broken' || true)
if [ -n "$problems" ]; then
  printf '%s\n' "$problems" >&2
  echo "The lock ($LOCK) does not hold everything the packages need: run requirements/lock.sh." >&2
  exit 1
fi
