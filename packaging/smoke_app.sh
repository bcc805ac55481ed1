#!/bin/bash
# The story every installed artefact must pass, on every platform (Linux root, Windows
# runner's Git Bash, macOS runner): both programs report pyproject's version; two vaults are
# created, a person added and found by a folded spelling, cards exchanged, a sealed bundle
# exported from one vault and imported into the other, where the person is found; the
# desktop app starts offscreen to its unlock window and quits.
#   smoke_app.sh PSLAPP_CLI PSLAPP VERSION
set -euo pipefail
cli="$1"
gui="$2"
version="$3"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "smoke: $*" >&2; exit 1; }
said() { "$@" | tr -d '\r'; }  # Windows programs end lines with CR LF

step "$cli --version, $gui --version"
[ "$(said "$cli" --version)" = "pslapp $version" ] || fail "pslapp-cli --version: $("$cli" --version)"
# The Windows desktop app has no console to print to: its exit status is the answer there.
gui_version="$(said "$gui" --version || true)"
[ -z "$gui_version" ] || [ "$gui_version" = "pslapp $version" ] || fail "pslapp --version: $gui_version"

step "two vaults: init, person add, search, cards, peers, export, import"
export PSLAPP_PASSPHRASE="a passphrase for the smoke test"
work="$(mktemp -d)"
cd "$work"
"$cli" --vault cologne init --name "Cologne coordinator" >/dev/null
"$cli" --vault paris init --name "Paris coordinator" >/dev/null
person="$(said "$cli" --vault cologne person add --name "Тарас Шевченко" --city Köln --skill design)"
echo "added person $person"
said "$cli" --vault cologne search shevch | grep -q "Шевченко" || fail "search shevch found nothing"
"$cli" --vault cologne identity export cologne.pslid
"$cli" --vault paris identity export paris.pslid
"$cli" --vault cologne peer add paris.pslid --verified >/dev/null
"$cli" --vault paris peer add cologne.pslid --verified >/dev/null
paris="$(said "$cli" --vault paris identity show | sed -n 's/^Fingerprint: *//p')"
"$cli" --vault cologne export --to "$paris" -o changes.pslb
"$cli" --vault paris import changes.pslb --dry-run
"$cli" --vault paris import changes.pslb
said "$cli" --vault paris search Шевч | grep -q "Шевченко" || fail "the imported person is not found"
said "$cli" --vault paris person show "$person" --json | grep -q '"city": "Köln"' \
    || fail "the imported person lost their city"

step "the desktop app, offscreen, to its unlock window"
started=$(date +%s.%N)
shown="$(QT_QPA_PLATFORM=offscreen said "$gui" --vault cologne --check-start 2>gui.err)" \
    || { cat gui.err >&2; fail "pslapp did not reach its unlock window"; }
ended=$(date +%s.%N)
[ -z "$shown" ] || [ "$shown" = "pslapp: UnlockDialog shown" ] || fail "pslapp said: $shown"
echo "unlock window reached; start to unlock window and quit: $(awk "BEGIN {printf \"%.2f\", $ended - $started}") s"
cd /
rm -rf "$work"
