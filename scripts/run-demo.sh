#!/usr/bin/env bash
# Builds ShmChat into ./build and opens three chat windows (alice, bob, carol) in room "lobby".
# Missing build dependencies are installed first (scripts/install-deps.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build"
room="lobby"

say() { printf 'run-demo: %s\n' "$*" >&2; }
"$root/scripts/install-deps.sh"

generator=()
if command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
fi
if [ -f "$build/CMakeCache.txt" ]; then
    generator=() # keep whatever generator the existing build directory was made with
fi
if ! cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo; then
    say "configuring failed. Qt 6.4+ with the Widgets, Test and LinguistTools components is needed"
    say "(see scripts/install-deps.sh for the Debian/Ubuntu package names)."
    exit 1
fi
jobs="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)"
cmake --build "$build" --parallel "$jobs" --target shmchat shmchat-cli

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    say "built $build/app/gui/shmchat, but there is no display to show windows on"
    say "(neither DISPLAY nor WAYLAND_DISPLAY is set). Run this from a desktop session,"
    say "or start a virtual one, e.g.: Xvfb :99 & DISPLAY=:99 $0"
    exit 1
fi

pids=()
stop_windows() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
}
trap stop_windows INT TERM

column=1
for name in alice bob carol; do
    # Side by side, each a third of the screen, whatever each window remembered.
    "$build/app/gui/shmchat" --name "$name" --room "$room" --tile "$column/3" &
    pids+=("$!")
    column=$((column + 1))
done
say "three windows are open in room \"$room\"; close them (or press Ctrl+C here) to end the demo."
say "to post from a terminal: $build/app/cli/shmchat-cli send --room $room --name dave 'hello'"
wait
