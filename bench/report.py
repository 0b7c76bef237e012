#!/usr/bin/env python3
"""Merges planner and peer results into docs/benchmarks.md.

    python3 bench/report.py --planner bench/results/planner-cpmp.jsonl \
        --peers bench/results/peers.jsonl \
        --best-known ../shared/benchmarks/cpmp/best-known.csv --out docs/benchmarks.md

Each results file is JSON lines; a sibling FILE.meta.json (written by run-cpmp.sh and peers.py)
supplies the date, machine, versions and command of that run.
"""

import argparse
import datetime
import json
import os
import platform
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from instances import floors_by_name, instance_set, is_number, read_best_known  # noqa: E402

TOOL_ORDER = ["planner", "glpk", "cbc", "highs", "cpsat", "kmc"]
TOOL_NAMES = {"planner": "planner", "glpk": "GLPK", "cbc": "CBC", "highs": "HiGHS",
              "cpsat": "CP-SAT", "kmc": "k-means-constrained"}
SET_ORDER = ["cpmp (Osman & Christofides)", "SJC (Lorena & Senne)", "lin318 (Stefanello et al.)",
             "u724 (Stefanello et al.)", "villages", "other"]
SOLVED = ("optimal", "optimal (scaled)", "feasible", "heuristic", "solved")
REL_TOL = 1e-6


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for k, line in enumerate(f, start=1):
            line = line.strip()
            if not line.startswith("{"):
                continue
            try:
                rows.append(json.loads(line))
            except ValueError:
                print(f"{path}:{k}: not JSON, skipped", file=sys.stderr)
    return rows


def read_meta(path):
    try:
        with open(path + ".meta.json", encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def planner_row(r, meta):
    """A `planner bench` line in the peers' vocabulary."""
    obj = r.get("objective")
    bound = r.get("lower_bound")
    gap = r.get("gap_to_bound_pct")
    status = r.get("status")
    if status is None:
        if not is_number(obj):
            status = "no solution"
        elif is_number(gap) and gap <= 1e-4:
            status = "optimal"
        else:
            status = "solved"
    return {"instance": r.get("instance"), "tool": "planner", "n": r.get("n"), "p": r.get("p"),
            "objective": obj if is_number(obj) else None,
            "bound": bound if is_number(bound) else None,
            "gap_pct": gap if is_number(gap) else None, "seconds": r.get("seconds"),
            "status": status, "time_limit": meta.get("time_limit"),
            "best_known": r.get("best_known")}


def fmt_value(v, integral):
    if not is_number(v):
        return "—"
    if integral and abs(v - round(v)) < 1e-6:
        return f"{int(round(v)):,}"
    return f"{v:,.2f}"


def fmt_gap(g):
    if not is_number(g):
        return ""
    if abs(g) < 0.005:
        return "+0.00%"
    return f"{g:+.2f}%"


def fmt_seconds(s):
    if not is_number(s):
        return "—"
    return f"{s:.1f} s" if s < 100 else f"{s:.0f} s"


def short_status(status):
    return {"no solution": "no solution", "no solution (time limit)": "no solution",
            "model too large": "model too large", "killed at hard timeout": "killed (timeout)",
            "not applicable": "n/a", "not installed": "not installed",
            "invalid solution": "invalid solution!", "infeasible": "infeasible"}.get(status, status)


class Report:
    def __init__(self, best_known):
        self.best_known = best_known
        self.rows = {}  # (instance, tool) -> row
        self.instances = {}  # instance -> {"n", "p", "set", "integral"}
        self.metas = []  # (label, path, meta)

    def add(self, row):
        name = row.get("instance")
        tool = row.get("tool")
        if not name or not tool:
            return
        self.rows[(name, tool)] = row
        info = self.instances.setdefault(name, {"n": row.get("n"), "p": row.get("p"),
                                               "set": row.get("set") or instance_set(name),
                                               "integral": floors_by_name(name)})
        if row.get("distance") == "floor(euclidean)":
            info["integral"] = True
        for k in ("n", "p"):
            if info[k] is None:
                info[k] = row.get(k)
        if row.get("lo") is not None:
            info["lo"], info["hi"] = row.get("lo"), row.get("hi")

    def reference(self, name):
        """(value, proven, kind) the gaps are measured against."""
        if name in self.best_known:
            value, proven = self.best_known[name]
            return value, proven, "best known"
        found = [r["objective"] for (i, t), r in self.rows.items()
                 if i == name and is_number(r.get("objective")) and r.get("status") in SOLVED]
        if found:
            return min(found), False, "best found"
        return None, False, None

    def gap(self, name, objective):
        ref, _, _ = self.reference(name)
        if not is_number(objective) or not is_number(ref) or abs(ref) < 1e-12:
            return None
        return 100.0 * (objective - ref) / abs(ref)

    def below_proven(self, name, objective):
        ref, proven, _ = self.reference(name)
        return proven and is_number(objective) and objective < ref - REL_TOL * max(1.0, abs(ref)) - 1e-6

    def tools_for(self, names):
        present = [t for t in TOOL_ORDER if any(
            (n, t) in self.rows and self.rows[(n, t)].get("status") != "not applicable"
            for n in names)]
        extra = sorted({t for (n, t) in self.rows if n in names} - set(TOOL_ORDER))
        return present + extra

    def cell(self, name, tool, integral):
        r = self.rows.get((name, tool))
        if r is None:
            return "not run"
        obj = r.get("objective")
        status = r.get("status", "")
        if not is_number(obj) or status not in SOLVED:
            return f"{short_status(status)}, {fmt_seconds(r.get('seconds'))}"
        parts = [fmt_value(obj, integral)]
        g = fmt_gap(self.gap(name, obj))
        if g:
            parts[0] += f" ({g})"
        if self.below_proven(name, obj):
            parts[0] += " ⚠"
        if status in ("optimal",):
            parts.append("opt")
        elif is_number(r.get("bound")):
            parts.append(f"lb {fmt_value(r['bound'], integral)}")
        parts.append(fmt_seconds(r.get("seconds")))
        return ", ".join(parts)

    def summary(self, names, tools):
        lines = ["| tool | solved | proved optimal | within 1% | mean gap | worst gap | mean time |",
                 "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
        for t in tools:
            solved, proved, close, gaps, secs = 0, 0, 0, [], []
            for n in names:
                r = self.rows.get((n, t))
                if r is None or r.get("status") == "not applicable":
                    continue
                if is_number(r.get("seconds")):
                    secs.append(r["seconds"])
                if is_number(r.get("objective")) and r.get("status") in SOLVED:
                    solved += 1
                    g = self.gap(n, r["objective"])
                    if g is not None:
                        gaps.append(g)
                        close += g <= 1.0
                    if r.get("status") == "optimal":
                        proved += 1
            total = sum(1 for n in names if (n, t) in self.rows
                        and self.rows[(n, t)].get("status") != "not applicable")
            mean = f"{sum(gaps) / len(gaps):+.2f}%" if gaps else "—"
            worst = f"{max(gaps):+.2f}%" if gaps else "—"
            msec = fmt_seconds(sum(secs) / len(secs)) if secs else "—"
            lines.append(f"| {TOOL_NAMES.get(t, t)} | {solved}/{total} | {proved} | {close} | "
                         f"{mean} | {worst} | {msec} |")
        return lines

    def set_table(self, names, tools):
        integral = {n: self.instances[n]["integral"] for n in names}
        head = ["instance", "n", "p", "reference"] + [TOOL_NAMES.get(t, t) for t in tools]
        lines = ["| " + " | ".join(head) + " |",
                 "| --- | ---: | ---: | ---: | " + " | ".join("---" for _ in tools) + " |"]
        for n in names:
            info = self.instances[n]
            ref, proven, kind = self.reference(n)
            ref_s = fmt_value(ref, integral[n])
            if is_number(ref):
                ref_s += " (opt)" if proven else (" *" if kind == "best found" else "")
            label = n
            cells = [self.cell(n, t, integral[n]) for t in tools]
            lines.append(f"| {label} | {info['n'] or '—'} | {info['p'] or '—'} | {ref_s} | "
                         + " | ".join(cells) + " |")
        return lines


def machine_line(metas):
    m = {}
    for _, _, meta in metas:
        if meta.get("machine", {}).get("memory_gib"):
            m = meta["machine"]
            break
    if not m:
        m = {"nproc": os.cpu_count(), "os": f"{platform.system()} {platform.release()}"}
        try:
            with open("/proc/meminfo") as f:
                kb = int(next(line for line in f if line.startswith("MemTotal:")).split()[1])
                m["memory_gib"] = round(kb / 1024 / 1024, 1)
        except (OSError, StopIteration, ValueError):
            pass
    parts = [f"{m.get('nproc', '?')} cores (nproc)"]
    if m.get("cpu"):
        parts.append(m["cpu"])
    if m.get("memory_gib"):
        parts.append(f"{m['memory_gib']} GiB memory")
    if m.get("os"):
        parts.append(m["os"])
    return ", ".join(parts)


def scale_section(rows, meta, path):
    """The planner alone on its own scenarios and on synthetic counties (`bench/scale.py`)."""
    out = ["## Plans: bundled scenarios and synthetic counties", "",
           f"`planner plan` with its defaults (60 s limit, seed 1), timed by `/usr/bin/time` "
           f"(`{path}`, run {meta.get('date', 'at an unrecorded date')}). Counties come from "
           "`planner generate county --households N --seed 1`, planned into N/10 teams of 8-12. "
           "The gap is to the engine's own lower bound.", "",
           "| case | households | grids | size rule | total distance | lower bound | gap | seconds | peak memory | sizes kept | status |",
           "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- | --- |"]
    for r in rows:
        if r.get("exit_code") != 0:
            out.append(f"| {r['case']} | | | | | | | {r['seconds']:.1f} | {r['peak_mb']:.0f} MB | | exit {r.get('exit_code')} |")
            continue
        out.append(
            f"| {r['case']} | {r['households']:,} | {r['grids']:,} | {r['grid_size']} | "
            f"{r['total_distance_m']:,.0f} m | {r['lower_bound_m']:,.0f} m | {r['gap_pct']:.2f}% | "
            f"{r['seconds']:.1f} | {r['peak_mb']:.0f} MB | {'yes' if r['sizes_within_rule'] else 'NO'} | {r['status']} |")
    return out + [""]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--planner", action="append", default=[], help="planner results (JSON lines)")
    ap.add_argument("--peers", action="append", default=[], help="peers.py results (JSON lines)")
    ap.add_argument("--best-known", default=None, help="best-known.csv")
    ap.add_argument("--scale", default=None, help="scale.py results (JSON lines): plans of scenarios and counties")
    ap.add_argument("--command", action="append", default=[],
                    help="command to show under 'Reproduce' (default: those recorded in the runs)")
    ap.add_argument("--out", default=os.path.join(HERE, "..", "docs", "benchmarks.md"))
    args = ap.parse_args()

    rep = Report(read_best_known(args.best_known))
    for path in args.planner:
        if not os.path.exists(path):
            print(f"report: {path} missing, planner left out", file=sys.stderr)
            continue
        meta = read_meta(path)
        rep.metas.append(("planner", path, meta))
        for r in read_jsonl(path):
            rep.add(planner_row(r, meta))
    for path in args.peers:
        if not os.path.exists(path):
            print(f"report: {path} missing, peers left out", file=sys.stderr)
            continue
        rep.metas.append(("peers", path, read_meta(path)))
        for r in read_jsonl(path):
            rep.add(r)
    if not rep.rows:
        print("report: no results to report", file=sys.stderr)
        return 1

    versions = {}
    for _, _, meta in rep.metas:
        for k, v in (meta.get("versions") or {}).items():
            if v:
                versions.setdefault(k, v)
    now = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    out = ["# Benchmarks", "",
           f"Generated by `bench/report.py` on {now} from the result files listed below; "
           "see [benchmarks-method.md](benchmarks-method.md) for the method. Do not edit by hand: "
           "rerun the commands under *Reproduce*.", "", "## Setup", "",
           f"- **Machine:** {machine_line(rep.metas)}."]
    for label, path, meta in rep.metas:
        limit = meta.get("time_limit")
        threads = meta.get("threads")
        bits = [f"run {meta.get('date', 'at an unrecorded date')}"]
        if meta.get("resumed"):
            bits.append(f"resumed {meta['resumed']}")
        if limit is not None:
            bits.append(f"time limit {limit:g} s per {'instance' if label == 'planner' else '(instance, tool)'}")
        if threads:
            bits.append(f"at most {threads} threads (glpsol and k-means-constrained use one)")
        if meta.get("max_vars"):
            bits.append(f"MIP models over {meta['max_vars']:,} variables refused")
        out.append(f"- **{label}** (`{os.path.relpath(path)}`): " + "; ".join(bits) + ".")
    if versions:
        out += ["", "| component | version |", "| --- | --- |"]
        for k, v in versions.items():
            out.append(f"| {k} | {v} |")

    out += ["", "## How to read the tables", "",
            "Each cell: objective (gap to the reference), `opt` when the tool proved optimality "
            "or `lb` with the lower bound it proved, and wall-clock seconds. The reference is the "
            "best known value from `best-known.csv` (`(opt)`: proven optimal); where there is "
            "none (villages), it is the best objective any tool found in this report (`*`). "
            "Peers' objectives are recomputed by `bench/peers.py` from the returned assignment; "
            "the planner reports its own. ⚠ marks an objective below a proven optimum, which "
            "means a bug in a reader, the distance convention or a feasibility check.", ""]

    by_set = {}
    for name, info in rep.instances.items():
        by_set.setdefault(info["set"], []).append(name)
    for s in sorted(by_set, key=lambda s: SET_ORDER.index(s) if s in SET_ORDER else 99):
        names = sorted(by_set[s])
        tools = rep.tools_for(names)
        out += [f"## {s}", ""]
        out += rep.summary(names, tools)
        out += [""]
        out += rep.set_table(names, tools)
        out += [""]

    if args.scale and os.path.exists(args.scale):
        out += scale_section(read_jsonl(args.scale), read_meta(args.scale), os.path.relpath(args.scale))
    elif args.scale:
        print(f"report: {args.scale} missing, plans left out", file=sys.stderr)

    out += ["## Reproduce", "", "```sh", "apt-get install -y glpk-utils",
            "pip install -r bench/requirements.txt", "make release"]
    commands = args.command or [m.get("command") for _, _, m in rep.metas if m.get("command")]
    out += commands
    if not args.command:
        rel = lambda p: os.path.relpath(p)  # noqa: E731
        cmd = "python3 bench/report.py"
        for p in args.planner:
            cmd += f" --planner {rel(p)}"
        for p in args.peers:
            cmd += f" --peers {rel(p)}"
        if args.best_known:
            cmd += f" --best-known {rel(args.best_known)}"
        cmd += f" --out {rel(args.out)}"
        out.append(cmd)
    out += ["```", ""]

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"report: wrote {args.out} ({len(rep.instances)} instances, {len(rep.rows)} results)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
