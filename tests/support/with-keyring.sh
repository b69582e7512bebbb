#!/bin/sh
# Run "$@" in a private D-Bus session with a throwaway, unlocked gnome-keyring and a temporary
# HOME (docs/LIBRARIES.md §2.3). The developer's real keyring is never touched.
# Fails before the test starts when a tool is missing or the keyring does not answer: a test run
# without a working keyring proves nothing (docs/RELIABILITY.md, "Test honesty").
set -eu
fail() {
    echo "with-keyring.sh: $*" >&2
    exit 1
}
for tool in dbus-run-session gnome-keyring-daemon secret-tool; do
    command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing (scripts/install-deps installs it)"
done
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
# The keyring must really answer: a store and lookup round trip through the Secret Service (the
# same D-Bus API QtKeychain uses), bounded by timeout in case something waits for a prompt.
# shellcheck disable=SC2016 # expanded by the inner shell, inside the private session
dbus-run-session -- sh -c '
  fail() { echo "with-keyring.sh: $*" >&2; exit 1; }
  printf "%s" "$KEYDECK_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
    || fail "gnome-keyring-daemon did not start or unlock"
  probe="keydeck-keyring-probe-$$"
  printf "%s" "$probe" | timeout 20 secret-tool store --label="Keydeck test probe" keydeck-test-probe "$$" \
    || fail "the keyring did not store a probe secret (locked, or no Secret Service on the bus)"
  [ "$(timeout 20 secret-tool lookup keydeck-test-probe "$$")" = "$probe" ] \
    || fail "the keyring did not give the probe secret back"
  timeout 20 secret-tool clear keydeck-test-probe "$$" || fail "the keyring did not delete the probe secret"
  exec "$@"' sh "$@"
