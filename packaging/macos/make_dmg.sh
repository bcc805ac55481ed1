#!/bin/bash
# macOS: dist/pslapp.app (from packaging/pyinstaller/macos.spec) signed, wrapped in a .dmg,
# notarised and stapled. Runs on a macOS runner (.github/workflows/packages.yml), not here.
#
#   packaging/macos/make_dmg.sh            -> dist/pslapp-<version>-macos.dmg
#
# SIGNING AND NOTARISING: the keys go here, from the workflow's secrets, never the repository:
#   PSLAPP_MACOS_SIGN_IDENTITY  "Developer ID Application: <name> (<team id>)", a certificate
#                               imported into the runner's keychain by the workflow
#   PSLAPP_NOTARY_APPLE_ID, PSLAPP_NOTARY_TEAM_ID, PSLAPP_NOTARY_PASSWORD
#                               an Apple ID with an app-specific password, for notarytool
# Without them the app is signed ad hoc (it runs on the machine that built it; Gatekeeper
# refuses it elsewhere) and notarisation is skipped, saying so.
set -euo pipefail
cd "$(dirname "$0")/../.."
version="$(python3 packaging/release.py version)"
app="dist/pslapp.app"
dmg="dist/pslapp-${version}-macos.dmg"
entitlements="packaging/macos/entitlements.plist"
identity="${PSLAPP_MACOS_SIGN_IDENTITY:--}"

[ -d "$app" ] || { echo "make_dmg: $app not built (pyinstaller packaging/pyinstaller/macos.spec)" >&2; exit 1; }
plist_version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
[ "$plist_version" = "$version" ] || { echo "make_dmg: app says $plist_version, pyproject $version" >&2; exit 1; }

# SIGN: every binary inside first, then the app, with the hardened runtime and a timestamp
# (both required by notarisation; an ad-hoc signature has no timestamp).
timestamp=(--timestamp)
[ "$identity" = "-" ] && timestamp=()
find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 |
    xargs -0 codesign --force --options runtime "${timestamp[@]}" \
        --entitlements "$entitlements" --sign "$identity"
codesign --force --options runtime "${timestamp[@]}" --entitlements "$entitlements" \
    --sign "$identity" "$app"
codesign --verify --deep --strict --verbose=2 "$app"

rm -f "$dmg"
staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "pslapp $version" -srcfolder "$staging" -fs HFS+ -format UDZO "$dmg"
rm -rf "$staging"
[ "$identity" = "-" ] || codesign --force --timestamp --sign "$identity" "$dmg"

# NOTARISE and STAPLE: Apple scans the signed .dmg; the ticket is attached to it so that it
# opens offline too (coordinators often have no network where they install).
if [ -n "${PSLAPP_NOTARY_APPLE_ID:-}" ] && [ "$identity" != "-" ]; then
    xcrun notarytool submit "$dmg" --wait \
        --apple-id "$PSLAPP_NOTARY_APPLE_ID" --team-id "$PSLAPP_NOTARY_TEAM_ID" \
        --password "$PSLAPP_NOTARY_PASSWORD"
    xcrun stapler staple "$dmg"
    xcrun stapler validate "$dmg"
else
    echo "make_dmg: not notarised (no signing identity or notary credentials): $dmg"
fi
echo "$dmg"
