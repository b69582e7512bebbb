#!/bin/sh
# Run "$@" with a throwaway HOME and XDG directories, so no test reads or writes the
# developer's real settings, keys or keychain.
set -eu
tmp_home=$(mktemp -d "${TMPDIR:-/tmp}/keydeck-test.XXXXXX")
trap 'rm -rf "$tmp_home"' EXIT INT TERM
export HOME="$tmp_home"
export XDG_CONFIG_HOME="$tmp_home/.config" XDG_DATA_HOME="$tmp_home/.local/share"
export XDG_CACHE_HOME="$tmp_home/.cache" XDG_STATE_HOME="$tmp_home/.local/state"
export XDG_RUNTIME_DIR="$tmp_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Keychain tests run in with-keyring.sh; everything else must not find a session bus.
unset DBUS_SESSION_BUS_ADDRESS VAST_API_KEY SPHERON_API_KEY
"$@"
