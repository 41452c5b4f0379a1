#!/usr/bin/env bash
# First quick-start command: installs what is missing, builds, and starts the workstation on the
# embedded SQLite database in the user's data folder (created with the demo county on first run).
# Arguments go to the workstation, e.g. --db FILE, --user LOGIN, --lang en.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting under a virtual X server (xvfb-run)."
    exec xvfb-run -a build/bin/tiaojie "$@"
fi
exec build/bin/tiaojie "$@"
