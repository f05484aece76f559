#!/usr/bin/env bash
# Profiles ShmChat's 1-to-8 case with perf: one writer, eight readers (the benchmark's own
# roles), the whole machine sampled while they run. Prints where the CPU went, by program part.
#   scripts/profile-1to8.sh [BYTES] [COUNT]     default 128 bytes, 2,000,000 messages
# Needs a Release build in build-release (see README, "Performance") and perf (Debian:
# linux-perf). Uses the cpu-clock software event, which virtual machines without hardware
# counters support too.
set -euo pipefail
cd "$(dirname "$0")/.."
bytes=${1:-128}
count=${2:-2000000}
bench=build-release/bench/shmchat-bench
[ -x "$bench" ] || { echo "build $bench first (README, Performance)" >&2; exit 1; }
command -v perf >/dev/null || { echo "perf is missing (Debian: apt-get install linux-perf)" >&2; exit 1; }

room="profile-$$"
out=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$out"' EXIT
for i in 1 2 3 4 5 6 7 8; do
    "$bench" --role shm-reader --name "$room" --deadline-ms 120000 > "$out/reader$i" 2>&1 &
done
for i in 1 2 3 4 5 6 7 8; do
    until grep -q READY "$out/reader$i" 2>/dev/null; do sleep 0.05; done
done
perf record -a -e cpu-clock -F 999 -o "$out/perf.data" -- \
    "$bench" --role shm-writer --name "$room" --bytes "$bytes" --count "$count" --deadline-ms 120000 \
    > "$out/writer" 2>&1
wait
echo "== 1 writer, 8 readers, $count messages of $bytes bytes: where its CPU went (writer and readers together)"
perf report -i "$out/perf.data" --comm shmchat-bench --percentage relative --sort dso,sym --stdio 2>/dev/null | grep -v '^#' | grep -v '^$' | head -40
