#!/bin/sh
# Run "$@" in a private D-Bus session with a throwaway, unlocked gnome-keyring and a temporary
# HOME (docs/LIBRARIES.md §2.3). The developer's real keyring is never touched.
set -eu
tmp_home=$(mktemp -d "${TMPDIR:-/tmp}/keydeck-keyring.XXXXXX")
trap 'rm -rf "$tmp_home"' EXIT INT TERM
export HOME="$tmp_home"
export XDG_CONFIG_HOME="$tmp_home/.config" XDG_DATA_HOME="$tmp_home/.local/share"
export XDG_CACHE_HOME="$tmp_home/.cache" XDG_STATE_HOME="$tmp_home/.local/state"
export XDG_RUNTIME_DIR="$tmp_home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A locked keyring must fail fast, not pop an invisible gcr-prompter on a display.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS VAST_API_KEY SPHERON_API_KEY
export KEYDECK_TEST_KEYRING_PASSWORD="ci-keyring-password"
dbus-run-session -- sh -c '
  printf "%s" "$KEYDECK_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' sh "$@"
