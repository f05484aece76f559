#!/usr/bin/env bash
# Builds ShmChat and runs every test headless.
#   scripts/test.sh              build in ./build and run the suite
#   scripts/test.sh --sanitize   the same with AddressSanitizer + UndefinedBehaviorSanitizer (./build-asan)
#   scripts/test.sh --qt 6.8     the suite against Qt 6.8 in a Debian 13 chroot (./build-qt6.8; as root,
#                                through scripts/qt68-rootfs.sh), then a Qt 6.4 build (./build) and
#                                the 6.8 build chat in one room (the "crossversion" tests)
# SHMCHAT_BUILD_DIR, if set, replaces the build directory.
set -euo pipefail
cd "$(dirname "$0")/.."

usage="usage: $0 [--sanitize | --qt 6.8]"
if [ "${1:-}" = "--qt" ]; then
    if [ $# -ne 2 ] || [ "$2" != "6.8" ]; then
        echo "$usage" >&2
        exit 2
    fi
    # The chroot installs its own dependencies; the host's Qt is not the one under test.
    scripts/qt68-rootfs.sh test
    # Then the host's build and the chroot's meet. The chroot shares /dev/shm, System V IPC and
    # the process table with the host, as two builds installed on one machine would.
    scripts/install-deps.sh
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHMCHAT_WERROR=ON
    cmake --build build --parallel --target shmchat-cli tst_crossversion
    export SHMCHAT_PEER_CLI="$PWD/scripts/qt68-rootfs.sh run -- $PWD/build-qt6.8/app/cli/shmchat-cli"
    cd build
    exec ctest --output-on-failure --timeout 300 -L crossversion
fi

scripts/install-deps.sh

build=${SHMCHAT_BUILD_DIR:-build}
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHMCHAT_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
    build=${SHMCHAT_BUILD_DIR:-build-asan}
    flags=(-DCMAKE_BUILD_TYPE=Debug -DSHMCHAT_SANITIZE=ON -DSHMCHAT_WERROR=ON)
    # Any report fails the test that produced it.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
elif [ $# -gt 0 ]; then
    echo "$usage" >&2
    exit 2
fi

cmake -S . -B "$build" -G Ninja "${flags[@]}"
cmake --build "$build" --parallel
cd "$build"
# The crossversion tests need a second build to meet; --qt 6.8 runs them.
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -LE crossversion
