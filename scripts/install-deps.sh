#!/usr/bin/env bash
# Installs what ShmChat needs to build, test and run, on Debian 12+ or Ubuntu 23.04+.
# Elsewhere it names what to install and stops. Installs nothing that is already there.
set -euo pipefail

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libxxhash-dev
    # Tests only: zlib makes the hostile PNGs (decompression bombs) of the picture tests.
    zlib1g-dev
    # At run time: the SVG window icon, and fonts for Chinese/Japanese/Korean and colour emoji,
    # which a fresh Debian lacks (they show as boxes without them).
    libqt6svg6 fonts-noto-cjk fonts-noto-color-emoji
    # shmchat-bridge (rooms across machines): the NATS C client, found with pkg-config; the
    # server and openssl (test certificates) for tst_bridge.
    libnats-dev pkg-config nats-server openssl
)
# From Debian 13 on, Qt's SVG image plugin (which draws the window icon) is a package of its own.
if command -v apt-cache >/dev/null && apt-cache show qt6-svg-plugins >/dev/null 2>&1; then
    packages+=(qt6-svg-plugins)
fi

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    if command -v cmake >/dev/null && command -v qmake6 >/dev/null; then
        exit 0 # not Debian-like, but the tools look present: let CMake decide
    fi
    echo "This is not a Debian/Ubuntu system. Please install:" >&2
    echo "  Qt 6.4 or newer (Core, Gui, Widgets, Test, LinguistTools), CMake 3.22+, Ninja, a C++17 compiler," >&2
    echo "  xxHash 0.8+ (its header, xxhash.h), zlib (its header, for the tests)" >&2
    echo "  (on Debian/Ubuntu these are: ${packages[*]})" >&2
    exit 1
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Missing packages: ${missing[*]}; run as root or install sudo." >&2; exit 1; }
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
