#!/bin/bash
# Runs inside the fresh root after `apt install ./pslapp_*.deb` (see test_deb.sh).
#   smoke_inside.sh VERSION        (smoke_app.sh beside it in /tmp)
set -euo pipefail
version="$1"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "package-test: $*" >&2; exit 1; }

step "nothing of the build machine: no Python in this root"
if command -v python3 >/dev/null 2>&1; then fail "python3 is installed in the test root"; fi
[ "$(command -v pslapp-cli)" = /usr/bin/pslapp-cli ] || fail "pslapp-cli is not /usr/bin/pslapp-cli"

step "every shared library of /opt/pslapp resolves"
unresolved=0
while IFS= read -r -d '' file; do
    if head -c 4 "$file" | grep -q 'ELF'; then
        # as at run time: the frozen app's loader puts _internal/ on the library path
        missing="$(LD_LIBRARY_PATH=/opt/pslapp/_internal ldd "$file" 2>/dev/null \
            | grep 'not found' || true)"
        if [ -n "$missing" ]; then
            echo "${file#/opt/pslapp/}:" >&2
            echo "$missing" >&2
            unresolved=1
        fi
    fi
done < <(find /opt/pslapp -type f \( -name '*.so*' -o -perm -u+x \) -print0)
[ "$unresolved" -eq 0 ] || fail "libraries not found (missing from Depends?)"

bash /tmp/smoke_app.sh /usr/bin/pslapp-cli /usr/bin/pslapp "$version"

step "the desktop app under Xvfb through Qt's xcb plugin (Xvfb added to the root now)"
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null 2>&1 || fail "cannot install xvfb"
cd "$(mktemp -d)"
PSLAPP_PASSPHRASE=x pslapp-cli --vault v init --name "X11 test" >/dev/null
shown="$(QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a pslapp --vault v --check-start 2>gui.err)" \
    || { cat gui.err >&2; fail "pslapp did not start on X11"; }
[ "$shown" = "pslapp: UnlockDialog shown" ] || { cat gui.err >&2; fail "pslapp on X11 said: $shown"; }
echo "$shown (xcb)"
