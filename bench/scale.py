#!/usr/bin/env python3
"""Plans the bundled scenarios and seeded synthetic counties with `planner plan`, timed by
/usr/bin/time; one JSON line per plan (total distance, lower bound, gap, seconds, peak memory,
whether every grid's size keeps the rule).

    python3 bench/scale.py --planner .build/release/planner --out bench/results/scale.jsonl \
        [--scenarios dahuashan,xilujiao] [--counties 1000,10000,50000,121650]

Counties are made by `planner generate county --households N --seed 1` and planned into N/10
teams of 8-12, as Minhou county's teams of about ten households.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCENARIOS = "dahuashan,dahuashan-routine,xilujiao,minhou-town,urban-community"
COUNTIES = "1000,10000,50000,121650"


def timed(cmd, time_file):
    """Runs cmd under /usr/bin/time; returns (exit code, wall seconds, peak resident MB)."""
    full = ["/usr/bin/time", "-f", "%e %M", "-o", time_file] + cmd
    proc = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
    with open(time_file, encoding="utf-8") as f:
        last = f.read().strip().splitlines()[-1].split()
    return proc.returncode, float(last[0]), int(last[1]) / 1024


def plan_row(name, kind, cmd, out_dir, tmp):
    code, seconds, peak_mb = timed(cmd, os.path.join(tmp, "time"))
    row = {"case": name, "kind": kind, "exit_code": code, "seconds": seconds, "peak_mb": round(peak_mb, 1)}
    if code != 0:
        return row
    with open(os.path.join(out_dir, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    lo, hi = (int(v) for v in plan["rules"]["grid_size"].split("-"))
    regular = [g for g in plan["grids"] if not g.get("special")]
    metrics = plan["metrics"]
    row.update({
        "households": sum(len(g["households"]) for g in plan["grids"]),
        "grids": metrics["grids"],
        "grid_size": plan["rules"]["grid_size"],
        "sizes_within_rule": all(lo <= g["size"] <= hi for g in regular),
        "total_distance_m": metrics["total_distance_m"],
        "lower_bound_m": plan["lower_bound"],
        "gap_pct": 100 * plan["gap"],
        "status": plan["status"],
    })
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--planner", default=os.path.join(ROOT, ".build", "release", "planner"))
    ap.add_argument("--out", required=True)
    ap.add_argument("--scenarios", default=SCENARIOS, help="comma separated folders under scenarios/ ('' for none)")
    ap.add_argument("--counties", default=COUNTIES, help="comma separated household counts ('' for none)")
    args = ap.parse_args()
    if not os.access(args.planner, os.X_OK):
        print(f"scale: {args.planner} is not built; run make release", file=sys.stderr)
        return 1
    started = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    rows = []
    with tempfile.TemporaryDirectory(prefix="gridplanner-scale-") as tmp:
        for name in filter(None, args.scenarios.split(",")):
            out = os.path.join(tmp, name)
            rows.append(plan_row(name, "scenario",
                                 [args.planner, "plan", os.path.join(ROOT, "scenarios", name), "--out", out], out, tmp))
            print(json.dumps(rows[-1], sort_keys=True), flush=True)
        for count in filter(None, args.counties.split(",")):
            n = int(count)
            county = os.path.join(tmp, f"county{n}")
            subprocess.run([args.planner, "generate", "county", "--households", str(n), "--seed", "1",
                            "--out", county], check=True, stdout=subprocess.DEVNULL)
            out = county + "-plan"
            rows.append(plan_row(f"county{n}", "county",
                                 [args.planner, "plan", "--households", os.path.join(county, "households.csv"),
                                  "--grid-size", "8-12", "--grids", str(n // 10), "--out", out], out, tmp))
            print(json.dumps(rows[-1], sort_keys=True), flush=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, sort_keys=True) + "\n")
    meta = {"date": started, "command": " ".join(["python3", "bench/scale.py"] + sys.argv[1:]),
            "machine": {"cores": os.cpu_count(), "os": platform.platform()}}
    with open(args.out + ".meta.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
