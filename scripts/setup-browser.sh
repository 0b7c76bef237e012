#!/usr/bin/env bash
# Installs what the HTML report's browser test needs on Debian: chromium (headless) and a CJK
# font, so that the screenshot shows Chinese text. Safe to run again.
set -euo pipefail
if command -v chromium >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "setup-browser: installing chromium and fonts-noto-cjk" >&2
$SUDO apt-get update
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-cjk
