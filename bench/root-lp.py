#!/usr/bin/env python3
"""The LP relaxation of the textbook CPMP model, solved by HiGHS, for each instance given.

It measures how far the relaxation lies below the best known plan, which is what a tree search
over the instance has to close. One JSON line per instance: `instance, n, p, lp_bound,
best_known, gap_pct` (100 x (best_known - lp_bound) / best_known; null without a best-known
value). The model is the one peers.py hands to the MIP solvers, with every variable continuous.

    python3 bench/root-lp.py ../shared/benchmarks/cpmp/cpmp0*.txt \
        --best-known ../shared/benchmarks/cpmp/best-known.csv
"""

import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from instances import read_best_known, read_instance  # noqa: E402
from peers import add_textbook_model  # noqa: E402


def lp_bound(inst):
    import highspy

    # HiGHS prints a banner on stdout when made: send it to stderr, to keep stdout JSON.
    sys.stdout.flush()
    saved = os.dup(1)
    os.dup2(2, 1)
    try:
        h = highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)
    h.setOptionValue("output_flag", False)
    add_textbook_model(h, inst, integer=False)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        raise SystemExit(f"{inst.name}: HiGHS ended with {h.modelStatusToString(h.getModelStatus())}")
    return h.getInfo().objective_function_value


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("instances", nargs="+", help="CPMP instance files")
    parser.add_argument("--best-known", help="best-known.csv (instance,n,p,best_known,proven_optimal)")
    args = parser.parse_args()
    best = read_best_known(args.best_known)
    for path in args.instances:
        inst = read_instance(path)
        bound = lp_bound(inst)
        known = best[inst.name][0] if inst.name in best else None
        gap = None if known is None else round(100 * (known - bound) / known, 3)
        print(json.dumps({"instance": inst.name, "n": inst.n, "p": inst.p, "lp_bound": round(bound, 4),
                          "best_known": known, "gap_pct": gap}), flush=True)


if __name__ == "__main__":
    main()
