#!/usr/bin/env python3
"""Writes RESULTS.meta.json beside a planner results file: when and how it was made.

    bench/meta.py OUT SHOWN TIME_LIMIT PLANNER_COMMAND...

SHOWN is the command to print in the report (relative to the repository root); the planner's
version is asked from the first word of PLANNER_COMMAND.
"""
import datetime
import json
import os
import subprocess
import sys


def main():
    out, shown, limit, *command = sys.argv[1:]
    try:
        version = subprocess.run([command[0], "--version"], capture_output=True, text=True,
                                 timeout=30).stdout.strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        version = None
    meta = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "command": f"TIME_LIMIT={limit} {shown}", "planner_command": " ".join(command),
            "time_limit": float(limit), "versions": {"planner": version},
            "machine": {"nproc": os.cpu_count()}}
    with open(out + ".meta.json", "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=2)


if __name__ == "__main__":
    main()
