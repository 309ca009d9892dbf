#!/bin/sh
# Installs the few system libraries Qt's desktop (xcb) platform needs on Debian
# and Ubuntu when they are missing. Elsewhere (macOS, Windows, other Linux) the
# PySide6 wheels bring everything, and this script does nothing.
set -eu
command -v dpkg-query >/dev/null 2>&1 || exit 0
[ "$(uname -s)" = "Linux" ] || exit 0
packages="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxkbcommon0 libegl1 libgl1 libfontconfig1 \
libdbus-1-3 fonts-noto-cjk"
missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system libraries for Qt:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
elif command -v sudo >/dev/null 2>&1; then
    echo "Installing system libraries for Qt (sudo):$missing"
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing
else
    echo "Please install these packages for the desktop window:$missing" >&2
fi
