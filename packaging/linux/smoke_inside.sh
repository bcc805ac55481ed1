#!/bin/bash
# Runs inside the fresh root after `apt install ./pslapp_*.deb` (see test_deb.sh).
#   smoke_inside.sh VERSION
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
        missing="$(ldd "$file" 2>/dev/null | grep 'not found' || true)"
        if [ -n "$missing" ]; then
            echo "${file#/opt/pslapp/}:" >&2
            echo "$missing" >&2
            unresolved=1
        fi
    fi
done < <(find /opt/pslapp -type f \( -name '*.so*' -o -perm -u+x \) -print0)
[ "$unresolved" -eq 0 ] || fail "libraries not found (missing from Depends?)"

step "pslapp-cli --version, pslapp --version"
[ "$(pslapp-cli --version)" = "pslapp $version" ] || fail "pslapp-cli --version: $(pslapp-cli --version)"
[ "$(pslapp --version)" = "pslapp $version" ] || fail "pslapp --version: $(pslapp --version)"

step "two vaults: init, person add, search, cards, peers, export, import"
export PSLAPP_PASSPHRASE="a passphrase for the smoke test"
cd "$(mktemp -d)"
pslapp-cli --vault cologne init --name "Cologne coordinator" >/dev/null
pslapp-cli --vault paris init --name "Paris coordinator" >/dev/null
person="$(pslapp-cli --vault cologne person add --name "Тарас Шевченко" --city Köln --skill design)"
echo "person $person"
pslapp-cli --vault cologne search shevch | grep -q "Шевченко" || fail "search shevch found nothing"
pslapp-cli --vault cologne identity export cologne.pslid
pslapp-cli --vault paris identity export paris.pslid
pslapp-cli --vault cologne peer add paris.pslid --verified >/dev/null
pslapp-cli --vault paris peer add cologne.pslid --verified >/dev/null
paris="$(pslapp-cli --vault paris identity show | sed -n 's/^Fingerprint: *//p')"
pslapp-cli --vault cologne export --to "$paris" -o changes.pslb
pslapp-cli --vault paris import changes.pslb --dry-run
pslapp-cli --vault paris import changes.pslb
pslapp-cli --vault paris search Шевч | grep -q "Шевченко" || fail "the imported person is not found"
pslapp-cli --vault paris person show "$person" --json | grep -q '"city": "Köln"' \
    || fail "the imported person lost their city"
set +e
pslapp-cli --vault paris import changes.pslb >/dev/null 2>&1
code=$?
set -e
echo "importing the same bundle again: exit $code"

step "the desktop app, offscreen, to its unlock window"
started=$(date +%s.%N)
shown="$(QT_QPA_PLATFORM=offscreen timeout 120 pslapp --vault cologne --check-start 2>gui.err)" \
    || { cat gui.err >&2; fail "pslapp did not reach its unlock window"; }
ended=$(date +%s.%N)
[ "$shown" = "pslapp: UnlockDialog shown" ] || fail "pslapp said: $shown"
echo "$shown; start to unlock window and quit: $(awk "BEGIN {printf \"%.2f\", $ended - $started}") s"

step "the desktop app under Xvfb through Qt's xcb plugin (Xvfb added to the root now)"
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null 2>&1 || fail "cannot install xvfb"
shown="$(QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a pslapp --vault cologne --check-start 2>gui.err)" \
    || { cat gui.err >&2; fail "pslapp did not start on X11"; }
[ "$shown" = "pslapp: UnlockDialog shown" ] || { cat gui.err >&2; fail "pslapp on X11 said: $shown"; }
echo "$shown (xcb)"
