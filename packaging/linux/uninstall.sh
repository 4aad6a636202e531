#!/bin/sh
# Takes Retention Desktop out of the applications menu and off the desktop. The customer book, its
# backups and the log are kept (~/.local/share/RetentionDesktop, ~/.local/state/RetentionDesktop);
# delete the program's folder yourself afterwards.
set -eu
data="${XDG_DATA_HOME:-$HOME/.local/share}"
rm -f "$data/applications/retention-desktop.desktop"
for size in 16 24 32 48 64 128 256 512; do
    rm -f "$data/icons/hicolor/${size}x${size}/apps/retention-desktop.png"
done
desktop="$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")"
rm -f "$desktop/retention-desktop.desktop"
update-desktop-database "$data/applications" 2>/dev/null || true
echo "Retention Desktop is out of the menu. Your customer book and its backups are kept in $data/RetentionDesktop."
