# scripts/lib.sh - shared settings for the project's scripts (sourced, not run).
EST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
EST_CACHE="${EST_CACHE:-$EST_ROOT/.cache}"
# emcc's JS optimizer needs acorn from Debian's node modules (toolchain.md).
export NODE_PATH=/usr/share/nodejs
export EST_CACHE
log() { printf '[%s] %s\n' "$(basename "$0")" "$*" >&2; }
jobs_count() { nproc 2>/dev/null || echo 2; }
