"""Benchmark instances shared by peers.py and report.py.

Two kinds of instance:

* capacitated p-median (CPMP) files: first line `n p`, then n rows `x y capacity demand`
  (spaces or tabs, CRLF line endings and trailing whitespace accepted). cpmp01-cpmp20 use the
  Euclidean distance floored to an integer; every other file uses the real Euclidean distance.
* villages, given as `village:PATH:p:lo:hi`: a CSV whose header contains `id,x,y` (metres);
  every household weighs 1 and every grid must hold between lo and hi households.

Both minimise the sum over points of the distance to the median of their cluster.
"""

import csv
import math
import os
import re

import numpy as np

FLOOR_NAME = re.compile(r"^cpmp(\d+)$", re.IGNORECASE)


class InstanceError(ValueError):
    """An instance file or specification that cannot be read."""


class Instance:
    """One problem: points, the number of medians, capacities and demands."""

    def __init__(self, name, kind, xs, ys, p, demand, capacity, lo, floor_distances, source):
        self.name = name
        self.kind = kind  # "cpmp" or "village"
        self.xs = np.asarray(xs, dtype=float)
        self.ys = np.asarray(ys, dtype=float)
        self.n = len(self.xs)
        self.p = p
        self.demand = np.asarray(demand, dtype=float)
        self.capacity = np.asarray(capacity, dtype=float)
        self.lo = lo  # minimum cluster size (villages), else None
        self.floor_distances = floor_distances
        self.source = source
        self._distances = None

    @property
    def hi(self):
        return int(self.capacity[0]) if self.kind == "village" else None

    @property
    def unit_weights(self):
        return bool(np.all(self.demand == 1.0))

    @property
    def distance_rule(self):
        return "floor(euclidean)" if self.floor_distances else "euclidean"

    def distances(self):
        """The n x n distance matrix under this instance's convention."""
        if self._distances is None:
            dx = self.xs[:, None] - self.xs[None, :]
            dy = self.ys[:, None] - self.ys[None, :]
            d = np.sqrt(dx * dx + dy * dy)
            if self.floor_distances:
                # The tiny epsilon keeps exact integer distances (3-4-5 triangles) from
                # flooring one below because of rounding in sqrt.
                d = np.floor(d + 1e-9)
            self._distances = d
        return self._distances

    def describe(self):
        out = {"instance": self.name, "set": instance_set(self.name, self.kind),
               "n": self.n, "p": self.p, "distance": self.distance_rule}
        if self.kind == "village":
            out["lo"] = self.lo
            out["hi"] = self.hi
        return out


def instance_set(name, kind=None):
    """The family an instance belongs to, used to group report tables."""
    if kind == "village" or name.startswith("village"):
        return "villages"
    low = name.lower()
    if FLOOR_NAME.match(low):
        return "cpmp (Osman & Christofides)"
    if low.startswith("sjc"):
        return "SJC (Lorena & Senne)"
    if low.startswith("lin318"):
        return "lin318 (Stefanello et al.)"
    if low.startswith("u724"):
        return "u724 (Stefanello et al.)"
    return "other"


def floors_by_name(name):
    m = FLOOR_NAME.match(name)
    return bool(m) and 1 <= int(m.group(1)) <= 20


def read_cpmp(path, distance="auto"):
    name = os.path.splitext(os.path.basename(path))[0]
    try:
        with open(path, "r", encoding="utf-8", newline="") as f:
            rows = [line.split() for line in f.read().splitlines()]
    except OSError as e:
        raise InstanceError(f"{path}: {e.strerror}") from e
    rows = [(k + 1, r) for k, r in enumerate(rows) if r]
    if not rows:
        raise InstanceError(f"{path}: empty file")
    line, head = rows[0]
    if len(head) < 2:
        raise InstanceError(f"{path}:{line}: expected 'n p', found {' '.join(head)!r}")
    try:
        n, p = int(head[0]), int(head[1])
    except ValueError as e:
        raise InstanceError(f"{path}:{line}: expected integers 'n p', found {' '.join(head)!r}") from e
    body = rows[1:]
    if len(body) < n:
        raise InstanceError(f"{path}: header says {n} points, found {len(body)} rows")
    xs, ys, cap, dem = [], [], [], []
    for line, r in body[:n]:
        if len(r) < 4:
            raise InstanceError(f"{path}:{line}: expected 'x y capacity demand', found {' '.join(r)!r}")
        try:
            x, y, q, d = (float(v) for v in r[:4])
        except ValueError as e:
            raise InstanceError(f"{path}:{line}: not a number in {' '.join(r)!r}") from e
        xs.append(x)
        ys.append(y)
        cap.append(q)
        dem.append(d)
    floor = floors_by_name(name) if distance == "auto" else distance == "floor"
    return Instance(name, "cpmp", xs, ys, p, dem, cap, None, floor, path)


def read_village(spec, distance="auto"):
    """`village:PATH:p:lo:hi` -> Instance (unit weights, sizes within [lo, hi])."""
    rest = spec[len("village:"):]
    parts = rest.rsplit(":", 3)
    if len(parts) != 4:
        raise InstanceError(f"{spec}: expected village:PATH:p:lo:hi")
    path, p_s, lo_s, hi_s = parts
    try:
        p, lo, hi = int(p_s), int(lo_s), int(hi_s)
    except ValueError as e:
        raise InstanceError(f"{spec}: p, lo and hi must be integers") from e
    if not (p > 0 and 0 <= lo <= hi):
        raise InstanceError(f"{spec}: need p > 0 and 0 <= lo <= hi")
    xs, ys = [], []
    try:
        with open(path, "r", encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            fields = [c.strip() for c in (reader.fieldnames or [])]
            reader.fieldnames = fields
            for col in ("id", "x", "y"):
                if col not in fields:
                    raise InstanceError(f"{path}: header lacks column {col!r} (has {fields})")
            for k, row in enumerate(reader, start=2):
                try:
                    xs.append(float(row["x"]))
                    ys.append(float(row["y"]))
                except (TypeError, ValueError) as e:
                    raise InstanceError(f"{path}:{k}: bad x/y {row.get('x')!r}, {row.get('y')!r}") from e
    except OSError as e:
        raise InstanceError(f"{path}: {e.strerror}") from e
    n = len(xs)
    stem = os.path.splitext(os.path.basename(path))[0]
    name = f"{stem}-p{p}-{lo}-{hi}"
    floor = distance == "floor"
    return Instance(name, "village", xs, ys, p, [1.0] * n, [float(hi)] * n, lo, floor, spec)


def read_instance(spec, distance="auto"):
    if spec.startswith("village:"):
        return read_village(spec, distance)
    return read_cpmp(spec, distance)


def evaluate(inst, assignment):
    """Scores an assignment (point -> index of its median) with our own distances.

    Returns (objective, violations). The objective is the sum of the distances from each point
    to its median; it is None when the assignment breaks a constraint.
    """
    violations = []
    n = inst.n
    a = np.asarray(assignment, dtype=np.int64)
    if a.shape != (n,):
        return None, [f"assignment has {a.size} entries for {n} points"]
    if n and (a.min() < 0 or a.max() >= n):
        return None, ["assignment names a median outside 0..n-1"]
    medians = np.unique(a)
    if len(medians) > inst.p:
        violations.append(f"{len(medians)} medians open, at most p = {inst.p}")
    load = np.bincount(a, weights=inst.demand, minlength=n)
    tol = 1e-6
    for j in medians:
        if load[j] > inst.capacity[j] + tol:
            violations.append(f"median {j} carries {load[j]:g} > capacity {inst.capacity[j]:g}")
        if inst.lo is not None and load[j] < inst.lo - tol:
            violations.append(f"median {j} carries {load[j]:g} < lower bound {inst.lo}")
    d = inst.distances()
    objective = float(d[np.arange(n), a].sum())
    if violations:
        return None, violations
    return objective, []


def medoid_assignment(inst, labels):
    """Turns cluster labels into an assignment to each cluster's medoid: the member that
    minimises the sum of distances to the other members."""
    d = inst.distances()
    labels = np.asarray(labels)
    assignment = np.empty(inst.n, dtype=np.int64)
    for label in np.unique(labels):
        members = np.flatnonzero(labels == label)
        sub = d[np.ix_(members, members)]
        assignment[members] = members[int(np.argmin(sub.sum(axis=1)))]
    return assignment


def read_best_known(path):
    """instance -> (best_known, proven_optimal) from a best-known.csv."""
    out = {}
    if not path or not os.path.exists(path):
        return out
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                out[row["instance"].strip()] = (
                    float(row["best_known"]),
                    row.get("proven_optimal", "").strip().lower() in ("true", "1", "yes"),
                )
            except (KeyError, ValueError):
                continue
    return out


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
