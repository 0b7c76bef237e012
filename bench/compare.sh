#!/usr/bin/env bash
# The whole comparison: planner and peer solvers on the same instances, then docs/benchmarks.md.
#
#   bench/compare.sh [PLANNER]
#
# Environment (defaults in brackets):
#   GRIDPLANNER_SHARED  shared folder [../shared next to the repository root]
#   TIME_LIMIT          seconds per instance and per (instance, tool) [60]
#   THREADS             threads per peer solver [2]
#   INSTANCES           CPMP instance names, space separated [every *.txt in benchmarks/cpmp]
#   VILLAGES            village:PATH:p:lo:hi specifications, space separated
#                       [three seeded synthetic villages of 60, 300 and 1,304 households
#                       made by bench/make_village.py into RESULTS/villages]
#   TOOLS               peer tools, comma separated [glpk,cbc,highs,cpsat,kmc]
#   RESULTS             results folder [bench/results]
#   REPORT              report to write [docs/benchmarks.md]
#   SCENARIOS           bundled scenarios planned by bench/scale.py, comma separated [all five]
#   COUNTIES            synthetic county sizes for bench/scale.py [1000,10000,50000,121650]
#   RESUME=1            keep finished (instance, tool) pairs of an interrupted peers run
#
# Runs one solve at a time: with TIME_LIMIT=60 the peers took 1 h 50 min on 4 December 2026
# (34 CPMP instances and three villages), the planner's part about 4 minutes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export GRIDPLANNER_SHARED="${GRIDPLANNER_SHARED:-$ROOT/../shared}"
CPMP="$GRIDPLANNER_SHARED/benchmarks/cpmp"
export TIME_LIMIT="${TIME_LIMIT:-60}"
THREADS="${THREADS:-2}"
TOOLS="${TOOLS:-glpk,cbc,highs,cpsat,kmc}"
RESULTS="${RESULTS:-bench/results}"
REPORT="${REPORT:-docs/benchmarks.md}"
PLANNER="${1:-$ROOT/.build/release/planner}"
mkdir -p "$RESULTS"

read -r -a names <<< "${INSTANCES:-}"
files=()
if [ ${#names[@]} -gt 0 ]; then
    for name in "${names[@]}"; do files+=("$CPMP/$name.txt"); done
else
    while IFS= read -r f; do files+=("$f"); done < <(ls "$CPMP"/*.txt | sort)
fi

# The seeded synthetic villages are always written, so that VILLAGES may name them too.
mkdir -p "$RESULTS/villages"
python3 bench/make_village.py --n 60 --seed 1 --out "$RESULTS/villages/village60.csv"
python3 bench/make_village.py --n 300 --seed 2 --hamlets 9 --out "$RESULTS/villages/village300.csv"
python3 bench/make_village.py --n 1304 --seed 3 --hamlets 12 --out "$RESULTS/villages/village1304.csv"
VILLAGES_GIVEN="${VILLAGES:-}"
if [ -z "$VILLAGES_GIVEN" ]; then
    VILLAGES="village:$RESULTS/villages/village60.csv:4:12:18 village:$RESULTS/villages/village300.csv:20:12:18 village:$RESULTS/villages/village1304.csv:80:12:18"
fi
read -r -a villages <<< "$VILLAGES"

# 1. The planner on the CPMP instances (skipped with a message if it is not built yet).
planner_args=()
for f in "${files[@]}"; do planner_args+=("$(basename "$f" .txt)"); done
OUT="$RESULTS/planner-cpmp.jsonl" bench/run-cpmp.sh "$PLANNER" ${INSTANCES:+"${planner_args[@]}"}

# 2. The planner on the villages, once it has a 'bench village' command taking the same specs.
planner_reports=(--planner "$RESULTS/planner-cpmp.jsonl")
if [ -x "$PLANNER" ] && "$PLANNER" bench village --help >/dev/null 2>&1; then
    village_cmd=("$PLANNER" bench village "${villages[@]}" --time-limit "$TIME_LIMIT")
    python3 bench/meta.py "$RESULTS/planner-village.jsonl" "bench/compare.sh" "$TIME_LIMIT" "${village_cmd[@]}"
    "${village_cmd[@]}" | grep --line-buffered '^{' | tee "$RESULTS/planner-village.jsonl"
    planner_reports+=(--planner "$RESULTS/planner-village.jsonl")
else
    echo "compare: planner has no 'bench village' command; villages run on peers only" >&2
fi

# 2b. The planner alone on the bundled scenarios and synthetic counties up to 121,650 households.
if [ -x "$PLANNER" ]; then
    python3 bench/scale.py --planner "$PLANNER" --out "$RESULTS/scale.jsonl" \
        ${SCENARIOS+--scenarios "$SCENARIOS"} ${COUNTIES+--counties "$COUNTIES"}
fi

# 3. Peer solvers on the same instances.
resume=()
[ "${RESUME:-0}" = 1 ] && resume=(--resume)
python3 bench/peers.py "${files[@]}" "${villages[@]}" --tools "$TOOLS" \
    --time-limit "$TIME_LIMIT" --threads "$THREADS" --out "$RESULTS/peers.jsonl" \
    --log-dir "$RESULTS/logs" "${resume[@]}"

# 4. The report.
shown="TIME_LIMIT=$TIME_LIMIT THREADS=$THREADS"
[ -n "${INSTANCES:-}" ] && shown+=" INSTANCES=\"$INSTANCES\""
[ -n "${VILLAGES_GIVEN:-}" ] && shown+=" VILLAGES=\"$VILLAGES\""
[ "$TOOLS" != "glpk,cbc,highs,cpsat,kmc" ] && shown+=" TOOLS=$TOOLS"
[ -n "${SCENARIOS+x}" ] && shown+=" SCENARIOS=\"$SCENARIOS\""
[ -n "${COUNTIES+x}" ] && shown+=" COUNTIES=\"$COUNTIES\""
shown+=" bench/compare.sh"
[ $# -gt 0 ] && shown+=" $1"
python3 bench/report.py "${planner_reports[@]}" --peers "$RESULTS/peers.jsonl" \
    --best-known "$CPMP/best-known.csv" --scale "$RESULTS/scale.jsonl" --out "$REPORT" --command "$shown"
