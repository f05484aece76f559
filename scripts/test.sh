#!/usr/bin/env bash
# Builds ShmChat and runs every test headless.
#   scripts/test.sh              build in ./build and run the suite
#   scripts/test.sh --sanitize   the same with AddressSanitizer + UndefinedBehaviorSanitizer (./build-asan)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

build=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHMCHAT_WERROR=ON)
if [ "${1:-}" = "--sanitize" ]; then
    build=build-asan
    flags=(-DCMAKE_BUILD_TYPE=Debug -DSHMCHAT_SANITIZE=ON -DSHMCHAT_WERROR=ON)
    # Any report fails the test that produced it.
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
elif [ $# -gt 0 ]; then
    echo "usage: $0 [--sanitize]" >&2
    exit 2
fi

cmake -S . -B "$build" -G Ninja "${flags[@]}"
cmake --build "$build" --parallel
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900
