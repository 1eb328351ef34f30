#!/usr/bin/env bash
# Install an unpacked Linux build for the current user: menu entry and icon; data stays in ~/.local/share/Rapport.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$dest/applications" "$dest/icons/hicolor/256x256/apps" "$HOME/.local/bin"
ln -sf "$here/rapport" "$HOME/.local/bin/rapport"
cp "$here/rapport.png" "$dest/icons/hicolor/256x256/apps/rapport.png"
sed "s|^Exec=.*|Exec=$here/rapport|" "$here/rapport.desktop" > "$dest/applications/rapport.desktop"
echo "Rapport installed: find it in your applications menu."
