#!/bin/sh
# Puts Retention Desktop in the applications menu (and on the desktop, if there is one) for this
# user, from the folder this script is in. Needs no administrator. Run it again after moving the folder.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$data/applications"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$here/icons/$size.png" "$data/icons/hicolor/${size}x${size}/apps/retention-desktop.png"
done
sed -e "s|@EXEC@|$here/RetentionDesktop|" -e "s|@ICON@|retention-desktop|" "$here/retention-desktop.desktop" >"$data/applications/retention-desktop.desktop"
chmod +x "$data/applications/retention-desktop.desktop"
desktop="$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")"
if [ -d "$desktop" ]; then
    cp "$data/applications/retention-desktop.desktop" "$desktop/"
    chmod +x "$desktop/retention-desktop.desktop"
    gio set "$desktop/retention-desktop.desktop" metadata::trusted true 2>/dev/null || true
fi
update-desktop-database "$data/applications" 2>/dev/null || true
echo "Retention Desktop is in the applications menu. To remove it: $here/uninstall.sh"
