#!/usr/bin/env bash
# Installs what GridPlanner needs on a fresh Debian machine: GLPK's headers and library.
set -euo pipefail
if [ ! -f /usr/include/glpk.h ]; then
    echo "setup: installing libglpk-dev" >&2
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y libglpk-dev
fi
command -v swift >/dev/null || { echo "setup: Swift 6 is required (swift not on PATH)" >&2; exit 1; }
