#!/usr/bin/env bash
# Runs GridPlanner's own benchmark on the capacitated p-median instances.
#
#   bench/run-cpmp.sh [PLANNER] [INSTANCE...]
#
# PLANNER defaults to .build/release/planner. INSTANCE is a name (cpmp01) or a path; default:
# every *.txt in the shared cpmp folder. Writes one JSON line per instance to $OUT.
#
# Environment:
#   GRIDPLANNER_SHARED  shared folder (default: ../shared next to the repository root)
#   TIME_LIMIT          seconds per instance (default 60)
#   OUT                 results file (default bench/results/planner-cpmp.jsonl)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${GRIDPLANNER_SHARED:-$ROOT/../shared}"
CPMP="$SHARED/benchmarks/cpmp"
TIME_LIMIT="${TIME_LIMIT:-60}"
OUT="${OUT:-$ROOT/bench/results/planner-cpmp.jsonl}"

PLANNER="$ROOT/.build/release/planner"
if [ $# -gt 0 ] && { [ -x "$1" ] || [[ "$(basename -- "$1")" == planner* ]]; }; then
    PLANNER="$1"
    shift
    [[ "$PLANNER" == */* ]] || PLANNER="$(command -v "$PLANNER" || echo "$PLANNER")"
fi

if [ ! -x "$PLANNER" ]; then
    echo "run-cpmp: no planner binary at $PLANNER (build it with 'make release'); skipping" >&2
    exit 0
fi
if ! "$PLANNER" bench cpmp --help >/dev/null 2>&1; then
    echo "run-cpmp: $PLANNER has no 'bench cpmp' command yet; skipping" >&2
    exit 0
fi
if [ ! -d "$CPMP" ]; then
    echo "run-cpmp: no instances at $CPMP (set GRIDPLANNER_SHARED)" >&2
    exit 1
fi

files=()
if [ $# -gt 0 ]; then
    for name in "$@"; do
        if [ -f "$name" ]; then files+=("$name")
        elif [ -f "$CPMP/$name.txt" ]; then files+=("$CPMP/$name.txt")
        else echo "run-cpmp: no instance $name" >&2; exit 1
        fi
    done
else
    while IFS= read -r f; do files+=("$f"); done < <(ls "$CPMP"/*.txt | sort)
fi

mkdir -p "$(dirname "$OUT")"
cmd=("$PLANNER" bench cpmp "${files[@]}" --time-limit "$TIME_LIMIT" --best-known "$CPMP/best-known.csv")
# The exact command, with paths relative to the repository root, for the report's header.
shown="bench/run-cpmp.sh"
[ "$PLANNER" != "$ROOT/.build/release/planner" ] && shown+=" $PLANNER"
[ $# -gt 0 ] && shown+=" $*"
python3 "$ROOT/bench/meta.py" "$OUT" "$shown" "$TIME_LIMIT" "${cmd[@]}"

echo "run-cpmp: ${#files[@]} instance(s), ${TIME_LIMIT}s each -> $OUT" >&2
# Keep only the JSON lines; progress and diagnostics stay on standard error.
"${cmd[@]}" | grep --line-buffered '^{' | tee "$OUT"
