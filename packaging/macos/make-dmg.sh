#!/bin/sh
# macOS: sign dist/RetentionDesktop.app (made by `python tools/build.py` on a Mac), put it in a disk
# image beside a link to /Applications, have Apple notarize the image and staple the ticket.
# Written for a Mac with Xcode's command-line tools; not run on the project's Linux machines.
#   IDENTITY="Developer ID Application: Shop Software Ltd (TEAMID)" NOTARY_PROFILE=retention packaging/macos/make-dmg.sh
# Without IDENTITY the app is signed ad hoc ("-"): it runs on the Mac that built it; elsewhere
# Gatekeeper asks the user to open it with right-click -> Open.
set -eu
cd "$(dirname "$0")/../.."
version="$(python3 -c 'import retention_desktop; print(retention_desktop.__version__)')"
app="dist/RetentionDesktop.app"
image="dist/RetentionDesktop-$version-macos.dmg"
identity="${IDENTITY:--}"

# 1. Signing: every library inside first, then the bundle, with the hardened runtime that
#    notarization asks for. PyInstaller has already signed ad hoc; this replaces it.
codesign --force --deep --options runtime --timestamp --entitlements packaging/macos/entitlements.plist --sign "$identity" "$app"
codesign --verify --deep --strict --verbose=2 "$app"

# 2. The disk image: the app and a link to /Applications, to drag it onto.
staging="$(mktemp -d)"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$image"
hdiutil create -volname "Retention Desktop" -srcfolder "$staging" -ov -format UDZO "$image"
rm -rf "$staging"
[ "$identity" = "-" ] && { echo "made $image (signed ad hoc, not notarized)"; exit 0; }
codesign --force --timestamp --sign "$identity" "$image"

# 3. Notarization (a keychain profile made once with `xcrun notarytool store-credentials`), then
#    the ticket stapled to the image, so that it opens without a network.
xcrun notarytool submit "$image" --keychain-profile "${NOTARY_PROFILE:?set NOTARY_PROFILE}" --wait
xcrun stapler staple "$image"
echo "made $image (signed, notarized)"
