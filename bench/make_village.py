#!/usr/bin/env python3
"""Writes a seeded synthetic village: households scattered around a few hamlets.

    python3 bench/make_village.py --n 60 --seed 1 --out /tmp/village60.csv
    python3 bench/peers.py village:/tmp/village60.csv:4:12:18

Output: a CSV with header id,x,y (metres).
"""

import argparse
import csv
import math
import random
import sys


def make(n, seed, hamlets, spread, extent):
    rng = random.Random(seed)
    centres = [(rng.uniform(0, extent), rng.uniform(0, extent)) for _ in range(hamlets)]
    weights = [rng.uniform(0.5, 1.5) for _ in centres]
    points = []
    for k in range(n):
        cx, cy = rng.choices(centres, weights=weights)[0]
        # Gaussian scatter around the hamlet, clipped to the extent.
        r = abs(rng.gauss(0, spread))
        a = rng.uniform(0, 2 * math.pi)
        x = min(max(cx + r * math.cos(a), 0.0), extent)
        y = min(max(cy + r * math.sin(a), 0.0), extent)
        points.append((f"H{k + 1:04d}", round(x, 1), round(y, 1)))
    return points


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=60, help="households (default 60)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hamlets", type=int, default=5, help="clusters of houses (default 5)")
    ap.add_argument("--spread", type=float, default=80.0, help="metres around a hamlet (default 80)")
    ap.add_argument("--extent", type=float, default=1000.0, help="square side in metres (default 1000)")
    ap.add_argument("--out", default="-", help="CSV path, - for standard output")
    args = ap.parse_args()
    points = make(args.n, args.seed, args.hamlets, args.spread, args.extent)
    f = sys.stdout if args.out == "-" else open(args.out, "w", newline="")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "x", "y"])
    w.writerows(points)
    if f is not sys.stdout:
        f.close()


if __name__ == "__main__":
    main()
