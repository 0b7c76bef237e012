#!/usr/bin/env python3
"""Runs peer solvers on the instances GridPlanner's `planner bench` runs, for comparison.

Every MIP tool gets the same textbook model of the capacitated p-median problem:

    min  sum_ij d_ij x_ij
    s.t. sum_j x_ij = 1                    for every point i
         sum_i q_i x_ij <= Q_j y_j         for every candidate median j
         sum_i x_ij >= lo y_j              for every j (villages only)
         x_ij <= y_j                       for every i, j
         sum_j y_j = p
         x, y binary

Tools: glpk (glpsol on a CPLEX LP file), cbc (through PuLP), highs (highspy), cpsat (OR-Tools
CP-SAT on distances scaled to integers) and kmc (k-means-constrained, unit-weight villages
only, clusters scored by their medoids). Each (instance, tool) runs in its own process with a
hard wall timeout and an address-space limit, and yields one JSON line. The objective in that
line is recomputed here from the returned assignment; the solver's own value is not trusted.

    python3 bench/peers.py /path/cpmp01.txt village:v.csv:4:12:18 --time-limit 60 \
        --out bench/results/peers.jsonl
"""

import argparse
import datetime
import importlib.metadata
import json
import math
import os
import platform
import re
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import numpy as np  # noqa: E402

from instances import evaluate, medoid_assignment, read_instance  # noqa: E402

TOOLS = ["glpk", "cbc", "highs", "cpsat", "kmc"]
MIP_TOOLS = {"glpk", "cbc", "highs", "cpsat"}
RESULT_MARK = "@@PEER-RESULT "


# ----------------------------------------------------------------------------- model pieces

def model_size(inst):
    """(variables, constraints) of the textbook model."""
    n = inst.n
    rows = n + n + n * n + 1 + (n if inst.lo else 0)
    return n * n + n, rows


def assignment_from_matrix(x, n):
    """x: flat array of x_ij values (i*n + j) -> point -> median, or None if a point has none."""
    m = np.asarray(x[: n * n], dtype=float).reshape(n, n)
    a = m.argmax(axis=1)
    if np.any(m[np.arange(n), a] < 0.5):
        return None
    return a


def gap_pct(objective, bound):
    if objective is None or bound is None:
        return None
    if abs(objective) < 1e-12:
        return 0.0 if abs(bound) < 1e-9 else None
    return round(max(0.0, 100.0 * (objective - bound) / abs(objective)), 6)


def fmt_num(v):
    """Coefficient text for LP files: exact for integers, 10 significant digits otherwise."""
    if float(v).is_integer():
        return str(int(v))
    return f"{v:.10g}"


# ----------------------------------------------------------------------------- GLPK

def solve_glpk(inst, limit, threads, workdir):
    n = inst.n
    d = inst.distances()
    lp_path = os.path.join(workdir, "model.lp")
    out_path = os.path.join(workdir, "solution.txt")
    with open(lp_path, "w") as f:
        w = f.write
        w("\\ capacitated p-median, textbook model\nMinimize\n obj:")
        k = 0
        for i in range(n):
            for j in range(n):
                if d[i, j] != 0:
                    w(f" + {fmt_num(d[i, j])} x{i}_{j}")
                    k += 1
                    if k % 8 == 0:
                        w("\n")
        if k == 0:
            w(" 0 y0")
        w("\nSubject To\n")
        for i in range(n):
            w(f" asg{i}:" + "".join(f" + x{i}_{j}" for j in range(n)) + " = 1\n")
        for j in range(n):
            terms = "".join(f" + {fmt_num(inst.demand[i])} x{i}_{j}" for i in range(n)
                            if inst.demand[i] != 0)
            w(f" cap{j}:{terms} - {fmt_num(inst.capacity[j])} y{j} <= 0\n")
        if inst.lo:
            for j in range(n):
                w(f" low{j}:" + "".join(f" + x{i}_{j}" for i in range(n)) + f" - {inst.lo} y{j} >= 0\n")
        for i in range(n):
            for j in range(n):
                w(f" l{i}_{j}: x{i}_{j} - y{j} <= 0\n")
        w(" card:" + "".join(f" + y{j}" for j in range(n)) + f" = {inst.p}\n")
        w("Binary\n")
        for i in range(n):
            w(" " + " ".join(f"x{i}_{j}" for j in range(n)) + "\n")
        w(" " + " ".join(f"y{j}" for j in range(n)) + "\nEnd\n")

    cmd = ["glpsol", "--lp", lp_path, "--tmlim", str(max(1, int(math.ceil(limit)))), "-o", out_path]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    solve_s = time.monotonic() - t0
    log = proc.stdout
    with open(os.path.join(workdir, "glpsol.log"), "w") as f:
        f.write(log)

    # Best bound: the last '>= BOUND' of the branch-and-bound progress lines.
    bound = None
    for m in re.finditer(r">=\s+([-+]?[0-9.]+(?:[eE][-+]?\d+)?)", log):
        bound = float(m.group(1))
    status_text, values, text = None, {}, ""
    if os.path.exists(out_path):
        with open(out_path) as f:
            text = f.read()
        m = re.search(r"^Status:\s+(.+?)\s*$", text, re.MULTILINE)
        status_text = m.group(1) if m else None
        # Column lines: 'No. name [*] activity lower upper'; a long name wraps to a line of its own.
        pending = None
        for line in text.splitlines():
            parts = line.split()
            if pending is not None:
                if parts:
                    vals = [p for p in parts if p != "*"]
                    values[pending] = float(vals[0])
                pending = None
                continue
            if len(parts) >= 2 and parts[0].isdigit() and re.match(r"^(x\d+_\d+|y\d+)$", parts[1]):
                rest = [p for p in parts[2:] if p != "*"]
                if rest:
                    values[parts[1]] = float(rest[0])
                else:
                    pending = parts[1]
    raw = status_text or f"glpsol exit {proc.returncode}"
    if status_text == "INTEGER OPTIMAL":
        status = "optimal"
    elif status_text == "INTEGER NON-OPTIMAL":
        status = "feasible"
    elif status_text == "INTEGER EMPTY":
        status = "infeasible"
    else:
        status = "no solution"
    if "TIME LIMIT EXCEEDED" in log and status == "no solution":
        status = "no solution (time limit)"
    assignment = None
    if status in ("optimal", "feasible"):
        x = np.zeros(n * n)
        for i in range(n):
            for j in range(n):
                x[i * n + j] = values.get(f"x{i}_{j}", 0.0)
        assignment = assignment_from_matrix(x, n)
    if status == "optimal":
        # A closed tree: the bound is the optimum (glpsol's default MIP gap is 0).
        m = re.search(r"^Objective:\s+\S+\s*=\s*([-+0-9.eE]+)", text, re.MULTILINE)
        if m:
            bound = float(m.group(1))
    return dict(assignment=assignment, bound=bound, status=status, solver_status=raw,
                solve_seconds=solve_s, threads_used=1)


# ----------------------------------------------------------------------------- CBC (PuLP)

def solve_cbc(inst, limit, threads, workdir):
    import pulp

    n = inst.n
    d = inst.distances()
    prob = pulp.LpProblem("cpmp", pulp.LpMinimize)
    x = [[pulp.LpVariable(f"x{i}_{j}", cat=pulp.LpBinary) for j in range(n)] for i in range(n)]
    y = [pulp.LpVariable(f"y{j}", cat=pulp.LpBinary) for j in range(n)]
    prob += pulp.LpAffineExpression([(x[i][j], float(d[i, j])) for i in range(n) for j in range(n)
                                     if d[i, j] != 0])
    for i in range(n):
        prob += pulp.LpAffineExpression([(x[i][j], 1.0) for j in range(n)]) == 1, f"asg{i}"
    for j in range(n):
        terms = [(x[i][j], float(inst.demand[i])) for i in range(n) if inst.demand[i] != 0]
        terms.append((y[j], -float(inst.capacity[j])))
        prob += pulp.LpAffineExpression(terms) <= 0, f"cap{j}"
        if inst.lo:
            terms = [(x[i][j], 1.0) for i in range(n)] + [(y[j], -float(inst.lo))]
            prob += pulp.LpAffineExpression(terms) >= 0, f"low{j}"
    for i in range(n):
        for j in range(n):
            prob += pulp.LpAffineExpression([(x[i][j], 1.0), (y[j], -1.0)]) <= 0, f"l{i}_{j}"
    prob += pulp.LpAffineExpression([(y[j], 1.0) for j in range(n)]) == inst.p, "card"

    log_path = os.path.join(workdir, "cbc.log")
    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=limit, threads=threads, logPath=log_path,
                               timeMode="elapsed", keepFiles=False)
    t0 = time.monotonic()
    prob.solve(solver)
    solve_s = time.monotonic() - t0
    log = open(log_path).read() if os.path.exists(log_path) else ""
    m = re.search(r"^Result - (.+?)\s*$", log, re.MULTILINE)
    raw = m.group(1) if m else pulp.LpStatus.get(prob.status, str(prob.status))
    bound = None
    m = re.search(r"^Lower bound:\s+([-+0-9.eE]+)", log, re.MULTILINE)
    if m:
        bound = float(m.group(1))
    m_obj = re.search(r"^Objective value:\s+([-+0-9.eE]+)", log, re.MULTILINE)
    if raw.startswith("Optimal"):
        status = "optimal"
        if m_obj:
            bound = float(m_obj.group(1))
    elif "infeasible" in raw.lower():
        status = "infeasible"
    elif m_obj and "No feasible solution" not in log:
        status = "feasible"
    else:
        status = "no solution"
    assignment = None
    if status in ("optimal", "feasible"):
        vals = np.array([x[i][j].value() or 0.0 for i in range(n) for j in range(n)])
        assignment = assignment_from_matrix(vals, n)
    return dict(assignment=assignment, bound=bound, status=status, solver_status=raw,
                solve_seconds=solve_s, threads_used=threads)


# ----------------------------------------------------------------------------- HiGHS

def sparse_rows(inst):
    """The constraint matrix in row-wise form: (lower, upper, starts, indices, values)."""
    n = inst.n
    nn = n * n
    ar = np.arange(n, dtype=np.int64)
    blocks = []  # (lower[], upper[], row_lengths[], indices[], values[])
    # sum_j x_ij = 1
    blocks.append((np.ones(n), np.ones(n), np.full(n, n), (ar[:, None] * n + ar[None, :]).ravel(),
                   np.ones(nn)))
    # sum_i q_i x_ij - Q_j y_j <= 0
    idx = np.concatenate([(ar[None, :] * n + ar[:, None]), (nn + ar)[:, None]], axis=1).ravel()
    val = np.concatenate([np.tile(inst.demand, (n, 1)), -inst.capacity[:, None]], axis=1).ravel()
    blocks.append((np.full(n, -np.inf), np.zeros(n), np.full(n, n + 1), idx, val))
    if inst.lo:
        val = np.concatenate([np.ones((n, n)), np.full((n, 1), -float(inst.lo))], axis=1).ravel()
        blocks.append((np.zeros(n), np.full(n, np.inf), np.full(n, n + 1), idx, val))
    # x_ij - y_j <= 0
    idx = np.stack([np.arange(nn), nn + np.tile(ar, n)], axis=1).ravel()
    val = np.tile([1.0, -1.0], nn)
    blocks.append((np.full(nn, -np.inf), np.zeros(nn), np.full(nn, 2), idx, val))
    # sum_j y_j = p
    blocks.append((np.array([float(inst.p)]), np.array([float(inst.p)]), np.array([n]), nn + ar,
                   np.ones(n)))
    lower = np.concatenate([b[0] for b in blocks])
    upper = np.concatenate([b[1] for b in blocks])
    lengths = np.concatenate([b[2] for b in blocks])
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    indices = np.concatenate([b[3] for b in blocks])
    values = np.concatenate([b[4] for b in blocks]).astype(float)
    return lower, upper, starts, indices, values


def add_textbook_model(h, inst, integer):
    """Adds the textbook model to the HiGHS object `h`: x_ij (i served by j) then y_j."""
    import highspy

    n = inst.n
    nv = n * n + n
    h.addVars(nv, np.zeros(nv), np.ones(nv))
    if integer:
        h.changeColsIntegrality(nv, np.arange(nv, dtype=np.int32),
                                np.full(nv, highspy.HighsVarType.kInteger.value, dtype=np.uint8))
    cost = np.concatenate([inst.distances().ravel(), np.zeros(n)])
    h.changeColsCost(nv, np.arange(nv, dtype=np.int32), cost)
    lower, upper, starts, indices, values = sparse_rows(inst)
    h.addRows(len(lower), lower, upper, len(indices), starts.astype(np.int32),
              indices.astype(np.int32), values)


def solve_highs(inst, limit, threads, workdir):
    import highspy

    n = inst.n
    h = highspy.Highs()
    h.setOptionValue("output_flag", True)
    h.setOptionValue("log_to_console", False)
    h.setOptionValue("log_file", os.path.join(workdir, "highs.log"))
    h.setOptionValue("time_limit", float(limit))
    h.setOptionValue("threads", int(threads))
    h.setOptionValue("mip_rel_gap", 1e-6)
    h.setOptionValue("random_seed", 1)
    add_textbook_model(h, inst, integer=True)
    t0 = time.monotonic()
    h.run()
    solve_s = time.monotonic() - t0
    model_status = h.getModelStatus()
    raw = h.modelStatusToString(model_status)
    info = h.getInfo()
    has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
    bound = info.mip_dual_bound
    if bound is None or not math.isfinite(bound) or abs(bound) >= 1e30:
        bound = None
    if model_status == highspy.HighsModelStatus.kOptimal:
        status = "optimal"
    elif model_status == highspy.HighsModelStatus.kInfeasible:
        status = "infeasible"
    elif has_solution:
        status = "feasible"
    else:
        status = "no solution"
    assignment = None
    if has_solution:
        assignment = assignment_from_matrix(np.asarray(h.getSolution().col_value), n)
    return dict(assignment=assignment, bound=bound, status=status, solver_status=raw,
                solve_seconds=solve_s, threads_used=threads)


# ----------------------------------------------------------------------------- CP-SAT

def solve_cpsat(inst, limit, threads, workdir, scale=100):
    from ortools.sat.python import cp_model

    n = inst.n
    d = inst.distances()
    # Floored scaled distances keep the solver's bound a valid lower bound on the real objective.
    ds = np.floor(d * scale + 1e-9).astype(np.int64)
    m = cp_model.CpModel()
    x = [[m.new_bool_var(f"x{i}_{j}") for j in range(n)] for i in range(n)]
    y = [m.new_bool_var(f"y{j}") for j in range(n)]
    integral_demand = all(float(q).is_integer() for q in inst.demand) and \
        all(float(c).is_integer() for c in inst.capacity)
    if not integral_demand:
        raise ValueError("CP-SAT needs integer demands and capacities")
    for i in range(n):
        m.add_exactly_one(x[i])
    for j in range(n):
        col = [x[i][j] for i in range(n)]
        m.add(cp_model.LinearExpr.weighted_sum(col, [int(q) for q in inst.demand])
              <= int(inst.capacity[j]) * y[j])
        if inst.lo:
            m.add(cp_model.LinearExpr.sum(col) >= int(inst.lo) * y[j])
        for i in range(n):
            m.add_implication(x[i][j], y[j])
    m.add(cp_model.LinearExpr.sum(y) == inst.p)
    flat = [x[i][j] for i in range(n) for j in range(n)]
    m.minimize(cp_model.LinearExpr.weighted_sum(flat, [int(v) for v in ds.ravel()]))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(limit)
    solver.parameters.num_workers = int(threads)
    solver.parameters.random_seed = 1
    solver.parameters.log_search_progress = False
    t0 = time.monotonic()
    code = solver.solve(m)
    solve_s = time.monotonic() - t0
    raw = solver.status_name(code)
    bound = None
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        b = solver.best_objective_bound
        if math.isfinite(b) and abs(b) < 1e30:
            bound = b / scale
    status = {cp_model.OPTIMAL: "optimal", cp_model.FEASIBLE: "feasible",
              cp_model.INFEASIBLE: "infeasible"}.get(code, "no solution")
    assignment = None
    if code in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        vals = np.array([solver.boolean_value(v) for v in flat], dtype=float)
        assignment = assignment_from_matrix(vals, n)
    if status == "optimal" and scale != 1 and not inst.floor_distances:
        # Optimal for the scaled integer distances: close to, but not proof of, real optimality.
        status = "optimal (scaled)"
    return dict(assignment=assignment, bound=bound, status=status, solver_status=raw,
                solve_seconds=solve_s, threads_used=threads)


# ----------------------------------------------------------------------------- k-means-constrained

def solve_kmc(inst, limit, threads, workdir, max_starts=10):
    """Runs k-means-constrained from several seeds while time remains; keeps the best medoid
    objective. Not a MIP: no bound."""
    from k_means_constrained import KMeansConstrained

    pts = np.column_stack([inst.xs, inst.ys])
    best = None
    starts = 0
    t0 = time.monotonic()
    last = 0.0
    for seed in range(max_starts):
        elapsed = time.monotonic() - t0
        if starts and elapsed + last > limit:
            break
        t1 = time.monotonic()
        model = KMeansConstrained(n_clusters=inst.p, size_min=inst.lo or None,
                                  size_max=int(inst.capacity[0]), n_init=1, random_state=seed,
                                  n_jobs=1)
        labels = model.fit_predict(pts)
        last = time.monotonic() - t1
        starts += 1
        a = medoid_assignment(inst, labels)
        obj, viol = evaluate(inst, a)
        if obj is not None and (best is None or obj < best[0]):
            best = (obj, a)
    solve_s = time.monotonic() - t0
    return dict(assignment=None if best is None else best[1], bound=None,
                status="heuristic" if best else "no solution",
                solver_status=f"{starts} start(s), best medoid objective kept",
                solve_seconds=solve_s, threads_used=1)


SOLVERS = {"glpk": solve_glpk, "cbc": solve_cbc, "highs": solve_highs, "cpsat": solve_cpsat,
           "kmc": solve_kmc}


# ----------------------------------------------------------------------------- worker

def run_worker(args):
    """Solves one (instance, tool) and prints one marked JSON line."""
    t0 = time.monotonic()
    inst = read_instance(args.worker_spec, args.distance)
    row = inst.describe()
    row.update(tool=args.worker_tool)
    nvars, nrows = model_size(inst)
    tool = args.worker_tool
    if tool in MIP_TOOLS:
        row.update(variables=nvars, constraints=nrows)
    result = None
    if tool == "kmc" and not (inst.kind == "village" and inst.unit_weights):
        row.update(status="not applicable", message="k-means-constrained needs unit-weight village instances")
    elif tool in MIP_TOOLS and nvars > args.max_vars:
        row.update(status="model too large",
                   message=f"{nvars} variables > --max-vars {args.max_vars}")
    else:
        with tempfile.TemporaryDirectory(prefix=f"peer-{tool}-", dir=args.tmp_dir) as work:
            kwargs = {}
            if tool == "cpsat":
                kwargs["scale"] = args.cpsat_scale
            if tool == "kmc":
                kwargs["max_starts"] = args.kmc_starts
            result = SOLVERS[tool](inst, args.time_limit, args.threads, work, **kwargs)
            if args.log_dir:
                os.makedirs(args.log_dir, exist_ok=True)
                for name in os.listdir(work):
                    if name.endswith(".log"):
                        shutil.copy(os.path.join(work, name),
                                    os.path.join(args.log_dir, f"{inst.name}.{name}"))
    if result is not None:
        objective, violations = (None, [])
        if result["assignment"] is not None:
            objective, violations = evaluate(inst, result["assignment"])
        elif result["status"] in ("optimal", "feasible", "heuristic"):
            violations = ["solver reported a solution that does not assign every point"]
        status = result["status"]
        if violations:
            status = "invalid solution"
        bound = result["bound"]
        note = None
        if bound is not None and objective is not None and bound > objective:
            if bound - objective > 1e-6 * max(1.0, abs(objective)):
                note = (f"solver bound {bound:.6g} exceeds the recomputed objective: "
                        "distance conventions differ")
            else:
                bound = objective  # round-off at a closed tree
        row.update(objective=objective, bound=bound, gap_pct=gap_pct(objective, bound),
                   status=status, solver_status=result["solver_status"],
                   solve_seconds=round(result["solve_seconds"], 3),
                   threads=result["threads_used"])
        if violations:
            row["message"] = "; ".join(violations[:5])
        elif note:
            row["message"] = note
    row["seconds"] = round(time.monotonic() - t0, 3)
    sys.stdout.flush()
    print(RESULT_MARK + json.dumps(row), flush=True)


# ----------------------------------------------------------------------------- driver

def tool_versions():
    def dist(name):
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return None

    out = {"python": platform.python_version()}
    try:
        first = subprocess.run(["glpsol", "--version"], capture_output=True, text=True,
                               timeout=10).stdout.splitlines()
        out["glpk"] = first[0].strip() if first else None
    except (OSError, subprocess.SubprocessError):
        out["glpk"] = None
    out["pulp"] = dist("pulp") or dist("PuLP")
    out["cbc"] = None
    if out["pulp"]:
        try:
            import pulp
            path = pulp.PULP_CBC_CMD().path
            text = subprocess.run([path, "-quit"], capture_output=True, text=True, timeout=10).stdout
            m = re.search(r"Version:\s*(\S+)", text)
            out["cbc"] = f"CBC {m.group(1)}" if m else path
        except Exception:  # noqa: BLE001 - only a version string
            pass
    out["highs"] = dist("highspy")
    out["ortools"] = dist("ortools")
    out["k-means-constrained"] = dist("k-means-constrained")
    out["numpy"] = dist("numpy")
    return out


def tool_available(tool, versions):
    return {"glpk": versions.get("glpk"), "cbc": versions.get("cbc"), "highs": versions.get("highs"),
            "cpsat": versions.get("ortools"), "kmc": versions.get("k-means-constrained")}[tool] \
        is not None


def machine_info():
    mem = None
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    cpu = None
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "memory_gib": mem, "cpu": cpu,
            "os": f"{platform.system()} {platform.release()}"}


def limit_memory(gib):
    def apply():
        os.setsid()
        if gib and gib > 0:
            b = int(gib * 1024 ** 3)
            resource.setrlimit(resource.RLIMIT_AS, (b, b))
    return apply


def run_one(spec, tool, args, versions):
    """Runs one worker process and returns its row (or a row describing how it failed)."""
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(args.threads)
    cmd = [sys.executable, os.path.abspath(__file__), "--worker-tool", tool, "--worker-spec", spec,
           "--time-limit", str(args.time_limit), "--threads", str(args.threads),
           "--max-vars", str(args.max_vars), "--distance", args.distance,
           "--cpsat-scale", str(args.cpsat_scale), "--kmc-starts", str(args.kmc_starts)]
    if args.log_dir:
        cmd += ["--log-dir", os.path.join(args.log_dir, tool)]
    if args.tmp_dir:
        cmd += ["--tmp-dir", args.tmp_dir]
    hard = args.time_limit + args.grace
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=limit_memory(args.mem_limit_gb))
    killed = False
    try:
        out, err = proc.communicate(timeout=hard)
    except subprocess.TimeoutExpired:
        killed = True
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
    wall = time.monotonic() - t0
    row = None
    for line in out.splitlines():
        if line.startswith(RESULT_MARK):
            row = json.loads(line[len(RESULT_MARK):])
    if row is None:
        try:
            base = read_instance(spec, args.distance).describe()
        except Exception as e:  # noqa: BLE001 - report, don't stop the sweep
            base = {"instance": spec, "message": str(e)}
        base.update(tool=tool, objective=None, bound=None, gap_pct=None, seconds=round(wall, 3))
        if killed:
            base["status"] = "killed at hard timeout"
            base["message"] = f"no answer within {hard:g} s (time limit + {args.grace:g} s)"
        else:
            tail = (err or "").strip().splitlines()[-3:]
            if proc.returncode and proc.returncode < 0:
                base["status"] = f"crashed (signal {-proc.returncode})"
            elif any("MemoryError" in t or "bad_alloc" in t for t in tail):
                base["status"] = "out of memory"
            else:
                base["status"] = "error"
            base["message"] = " | ".join(tail)[-400:]
        row = base
    row.update(time_limit=args.time_limit, version=versions.get(
        {"glpk": "glpk", "cbc": "cbc", "highs": "highs", "cpsat": "ortools",
         "kmc": "k-means-constrained"}[tool]))
    row.setdefault("threads", 1 if tool in ("glpk", "kmc") else args.threads)
    row.setdefault("objective", None)
    row.setdefault("bound", None)
    row.setdefault("gap_pct", None)
    return row


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("instances", nargs="*",
                    help="CPMP files, or village:PATH:p:lo:hi specifications")
    ap.add_argument("--tools", default=",".join(TOOLS), help=f"comma list from {','.join(TOOLS)}")
    ap.add_argument("--time-limit", type=float, default=60.0, help="seconds per solve (default 60)")
    ap.add_argument("--threads", type=int, default=2, help="threads per solver (default 2)")
    ap.add_argument("--max-vars", type=int, default=2_000_000,
                    help="refuse MIP models with more variables (default 2,000,000)")
    ap.add_argument("--grace", type=float, default=30.0,
                    help="hard kill at time limit + this many seconds (default 30)")
    ap.add_argument("--mem-limit-gb", type=float, default=16.0,
                    help="address-space limit per solve in GiB, 0 for none (default 16)")
    ap.add_argument("--distance", choices=["auto", "floor", "real"], default="auto",
                    help="auto: floor for cpmp01-20, real Euclidean otherwise")
    ap.add_argument("--cpsat-scale", type=int, default=100,
                    help="CP-SAT distance multiplier before flooring to integers (default 100)")
    ap.add_argument("--kmc-starts", type=int, default=10,
                    help="k-means-constrained restarts at most, within the time limit (default 10)")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "peers.jsonl"))
    ap.add_argument("--resume", action="store_true",
                    help="keep the lines already in --out and skip their (instance, tool) pairs")
    ap.add_argument("--log-dir", default=None, help="keep each solver's log here")
    ap.add_argument("--tmp-dir", default=None)
    ap.add_argument("--worker-tool", help=argparse.SUPPRESS)
    ap.add_argument("--worker-spec", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker_tool:
        run_worker(args)
        return 0
    if not args.instances:
        ap.error("no instances given")
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        ap.error(f"unknown tool(s) {unknown}; choose from {TOOLS}")

    versions = tool_versions()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    done = set()
    if args.resume and os.path.exists(args.out):
        with open(args.out) as f:
            for line in f:
                try:
                    r = json.loads(line)
                    done.add((r["instance"], r["tool"]))
                except (ValueError, KeyError):
                    continue
    meta = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": machine_info(), "versions": versions,
            "command": shlex.join(["python3", os.path.relpath(os.path.abspath(__file__))]
                                  + (argv if argv is not None else sys.argv[1:])),
            "time_limit": args.time_limit, "threads": args.threads, "max_vars": args.max_vars}
    def write_meta():
        with open(args.out + ".meta.json", "w") as f:
            json.dump(meta, f, indent=2)

    # The lines kept were solved when the run began: keep that run's date and resumption, and
    # note a new resumption only once this run solves a pair of its own.
    resuming = bool(args.resume and done)
    if resuming:
        try:
            with open(args.out + ".meta.json") as f:
                kept = json.load(f)
            meta["date"] = kept.get("date", meta["date"])
            if kept.get("resumed"):
                meta["resumed"] = kept["resumed"]
        except (OSError, ValueError):
            pass
    write_meta()
    mode = "a" if args.resume else "w"
    failures = 0
    with open(args.out, mode) as out:
        for spec in args.instances:
            try:
                inst = read_instance(spec, args.distance)
            except Exception as e:  # noqa: BLE001
                print(f"{spec}: {e}", file=sys.stderr)
                failures += 1
                continue
            for tool in tools:
                if (inst.name, tool) in done:
                    continue
                if resuming:
                    meta["resumed"] = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
                    write_meta()
                    resuming = False
                if not tool_available(tool, versions):
                    row = inst.describe()
                    row.update(tool=tool, status="not installed", objective=None, bound=None,
                               gap_pct=None, seconds=None, time_limit=args.time_limit)
                else:
                    row = run_one(spec, tool, args, versions)
                out.write(json.dumps(row) + "\n")
                out.flush()
                obj, bound = row.get("objective"), row.get("bound")
                obj_s = "-" if obj is None else f"{obj:.2f}"
                bound_s = "-" if bound is None else f"{bound:.2f}"
                print(f"{inst.name:>18} {tool:6} {row['status']:<24} obj={obj_s} "
                      f"bound={bound_s} {row.get('seconds') or 0:.1f}s", file=sys.stderr, flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
