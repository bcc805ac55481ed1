#!/bin/bash
# The artefact's smoke test (make package-test): the .deb installed with apt into a fresh
# Debian 12 root made by debootstrap from the package registry (minbase: no Python, no X,
# no fonts), then run there with a bare environment, never the project's virtualenv:
#   1. every shared library of the installed app resolves (ldd), Qt plugins included;
#   2. pslapp-cli --version says pyproject's version;
#   3. two vaults: init, person add, search (script folding), identity cards, peers,
#      export a sealed bundle from one and import it into the other, search there;
#   4. the desktop app starts offscreen to its unlock window and quits;
#   5. the same under a real X server (Xvfb, installed after step 1), through Qt's xcb plugin.
# A missing library, module or plugin fails it. Needs root (debootstrap, chroot).
#   test_deb.sh DEB                 (PSLAPP_TEST_SUITE=trixie for Debian 13; default bookworm)
set -euo pipefail

deb="$(realpath "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
top="$(cd "$here/../.." && pwd)"
work="$top/build/package-test"
suite="${PSLAPP_TEST_SUITE:-bookworm}"
base="$work/$suite-minbase.tar"
root="$work/root"
version="$(python3 "$top/packaging/release.py" version)"

if [ "$(id -u)" -ne 0 ]; then
    echo "package-test: needs root (debootstrap and chroot)" >&2
    exit 1
fi
"$here/need_tools.sh" debootstrap:debootstrap

step() { printf '\n== %s\n' "$*"; }

mkdir -p "$work"
if [ ! -f "$base" ]; then
    step "a fresh $suite root from the package registry (debootstrap, once; kept in $base)"
    rm -rf "$work/bootstrap"
    debootstrap --variant=minbase "$suite" "$work/bootstrap" >"$work/debootstrap.log" 2>&1 \
        || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
    tar -C "$work/bootstrap" -cf "$base.part" . && mv "$base.part" "$base"
    rm -rf "$work/bootstrap"
fi

step "a clean root from $base"
rm -rf "$root"
mkdir -p "$root"
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
cp "$here/smoke_inside.sh" "$here/../smoke_app.sh" "$root/tmp/"

# Mounts live in a namespace of their own, so nothing is left mounted if this stops.
unshare --mount --fork bash -euo pipefail -c '
    root="$1"; deb_name="$2"; version="$3"
    mount -t proc proc "$root/proc"
    in_root() {
        chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
            LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
    }
    printf "\n== apt install ./%s (with its Depends and Recommends)\n" "$deb_name"
    in_root apt-get update -qq
    in_root apt-get install -y -qq "/tmp/$deb_name" >/tmp/pslapp-apt.log 2>&1 \
        || { tail -30 /tmp/pslapp-apt.log >&2; exit 1; }
    in_root bash /tmp/smoke_inside.sh "$version"
' _ "$root" "$(basename "$deb")" "$version"

step "package-test passed"
