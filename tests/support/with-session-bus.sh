#!/bin/sh
# Run "$@" like isolated-home.sh, inside a private D-Bus session bus of its own (no keyring): for tests that put
# stub desktop services on the bus (notifications, the settings portal) and check what Keydeck sends or reads.
set -eu
command -v dbus-run-session >/dev/null 2>&1 \
    || { echo "with-session-bus.sh: dbus-run-session is missing (scripts/install-deps installs it)" >&2; exit 1; }
exec "$(dirname "$0")/isolated-home.sh" dbus-run-session -- "$@"
