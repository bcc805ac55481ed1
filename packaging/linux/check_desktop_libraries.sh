#!/bin/sh
# Before `make run` opens the real window: on Debian or Ubuntu, are the system libraries
# Qt's xcb plugin needs installed? If not, print the one apt line that adds them, instead of
# Qt's message, which names xcb-cursor even when other libraries are what is missing.
# Elsewhere (no dpkg, or an offscreen run) it says nothing.
set -eu
[ -n "${QT_QPA_PLATFORM:-}" ] && [ "${QT_QPA_PLATFORM}" != "xcb" ] && exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
here="$(dirname "$0")"

installed() {
    # Ubuntu 24.04 and Debian 13 renamed some libraries with a t64 suffix.
    for name in "$1" "${1}t64"; do
        status="$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null || true)"
        [ "$status" = "install ok installed" ] && return 0
    done
    return 1
}

missing=""
for package in $(grep -v '^#' "$here/xcb-runtime.txt"); do
    installed "$package" || missing="$missing $package"
done
if [ -n "$missing" ]; then
    echo "The desktop app needs system libraries that are not installed. Add them with:" >&2
    echo "  sudo apt install$missing" >&2
    exit 1
fi
if ! installed libgtk-3-0; then
    echo "Hint: 'sudo apt install libgtk-3-0' lets the app follow the desktop's dark mode." >&2
fi
