#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ASan+UBSan) and runs each for a bounded time on a
# copy of the seed corpus in fuzz/corpus. Any finding (crash, sanitizer report, trap) fails.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     default 60
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"

scripts/install-deps.sh
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    if command -v apt-get >/dev/null; then
        sudo=(); [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        "${sudo[@]}" apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends clang libclang-rt-dev
    else
        echo "fuzzing needs clang with libFuzzer (compiler-rt)" >&2
        exit 1
    fi
fi

build=build-fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSHMCHAT_FUZZ=ON
cmake --build "$build" --parallel --target fuzz_record fuzz_segment fuzz_picture fuzz_make_seeds

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
work="$(mktemp -d)"
# Keep what a finding left behind (crash-*, timeout-*) where it can be looked at.
# (|| true: under set -e a failing command in the trap would turn a clean run into exit 1.)
trap 'cp "$work"/crash-* "$work"/timeout-* "$work"/leak-* . 2>/dev/null || true; rm -rf "$work"' EXIT
# Fresh seeds from the current code as well as the committed ones: a layout change would
# otherwise leave every committed segment seed failing header validation, fuzzing nothing.
"$build/fuzz/fuzz_make_seeds" "$work/fresh"
for target in record segment picture; do
    # Work on a copy: the committed corpus stays small and reviewed.
    cp -r "fuzz/corpus/$target" "$work/$target"
    cp "$work/fresh/$target"/* "$work/$target/"
    echo "== fuzz_$target for ${seconds}s"
    "$build/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -artifact_prefix="$work/" "$work/$target"
done
echo "fuzzing: no findings"
