#!/usr/bin/env bash
# Installs the Debian 12 packages Tiaojie needs to build, run and test, and nothing that is there.
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6charts6-dev libqt6opengl6-dev libqt6svg6-dev qt6-qpa-plugins
    libgl-dev libsqlite3-dev sqlite3 libsodium-dev libqrencode-dev libxlsxwriter-dev libzip-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    libqt6sql6-psql postgresql postgresql-client clang-14 libclang-rt-14-dev
    fonts-noto-cjk fonts-droid-fallback fonts-dejavu-core jq xvfb xauth poppler-utils
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
