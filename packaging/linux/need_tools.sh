#!/bin/sh
# Installs the Debian packages that hold the given commands, when a command is missing:
#   need_tools.sh COMMAND:PACKAGE ...
# Used by the packaging targets of the Makefile (validators, debootstrap), never by `make test`.
set -eu
missing=""
for pair in "$@"; do
    command="${pair%%:*}"
    package="${pair#*:}"
    if ! command -v "$command" >/dev/null 2>&1; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    echo "need_tools: missing$missing; run: sudo apt-get install -y$missing" >&2
    exit 1
fi
echo "need_tools: installing$missing"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
