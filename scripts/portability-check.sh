#!/usr/bin/env bash
# Compiles the code paths of the systems nobody builds on here, as far as Debian's tools allow:
#   1. Windows: every source file of ours compiled (to an object, not linked) with the MinGW-w64
#      cross compiler against Debian's (Linux) Qt headers. Catches a POSIX or Linux call outside
#      a guard, a Win32 call spelled wrong, and warnings (-Werror) in the Windows branches; not
#      -fsyntax-only, which skips the warnings that need code generation (unused functions). It
#      is not a Windows build: Qt's Windows-only headers and the link are not checked.
#   2. The Linux tree with SHMCHAT_PRETEND_OS=macos (the paths macOS takes, against Linux headers
#      that refuse Linux-only headers and names; see platform/shmchat_os.h) and with
#      SHMCHAT_PRETEND_OS=none (every fallback), -Werror, no tests run.
# About 5 minutes on 2 cores. SHMCHAT_JOBS sets the build's parallelism (default: all cores);
# --windows or --pretend runs only that part.
set -euo pipefail
cd "$(dirname "$0")/.."

parts=${1:-all}
case "$parts" in
    all | --windows | --pretend) ;;
    *) echo "usage: $0 [--windows | --pretend]" >&2; exit 2 ;;
esac

scripts/install-deps.sh
compiler=x86_64-w64-mingw32-g++-posix
if ! command -v "$compiler" >/dev/null; then
    if command -v apt-get >/dev/null; then
        sudo=()
        [ "$(id -u)" -ne 0 ] && sudo=(sudo)
        echo "Installing: g++-mingw-w64-x86-64-posix"
        "${sudo[@]}" apt-get update -qq
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends g++-mingw-w64-x86-64-posix
    else
        echo "needs $compiler (Debian: g++-mingw-w64-x86-64-posix)" >&2
        exit 1
    fi
fi
jobs=${SHMCHAT_JOBS:-$(nproc)}

# --- 1. Windows ------------------------------------------------------------------------------
if [ "$parts" != --pretend ]; then
qt=$(qmake6 -query QT_INSTALL_HEADERS)
includes=()
for module in "" QtCore QtGui QtWidgets QtNetwork QtTest; do
    includes+=(-isystem "$qt/$module")
done
for dir in platform core core/include app/common app/picture app/gui translations tests bench; do
    includes+=(-I "$dir")
done
# What AUTOUIC and AUTOMOC would make: the chat window's form, the tests' own .moc files.
generated=$(mktemp -d)
trap 'rm -rf "$generated"' EXIT
"$(qmake6 -query QT_HOST_LIBEXECS)/uic" app/gui/chatwindow.ui -o "$generated/ui_chatwindow.h"
for test in $(ls tests/tst_*.cpp | grep -v '^tests/tst_bridge\.cpp$'); do
    "$(qmake6 -query QT_HOST_LIBEXECS)/moc" "$test" -o "$generated/$(basename "$test" .cpp).moc"
done
# xxhash.h, the one header from the system's include folder we need: alone, since MinGW must not
# see glibc's headers.
xxhash=$(printf '#include <xxhash.h>\n' | c++ -x c++ -M - | grep -o '[^ ]*/xxhash\.h' | head -1)
cp "$xxhash" "$generated/"
# zlib.h (the picture tests make hostile PNGs with it), with its zconf.h, the same way.
zlib=$(printf '#include <zlib.h>\n' | c++ -x c++ -M - | grep -o '[^ ]*/zlib\.h' | head -1)
cp "$zlib" "$(dirname "$zlib")/zconf.h" "$generated/"
includes+=(-I "$generated")
# What CMake passes per target: the project's defines, and helper paths for the tests.
defines=(-DQT_CORE_LIB -DQT_GUI_LIB -DQT_WIDGETS_LIB -DQT_NETWORK_LIB -DQT_TESTLIB_LIB -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER -DQT_NO_URL_CAST_FROM_STRING
         -DQT_NO_NARROWING_CONVERSIONS_IN_CONNECT -DSHMCHAT_VERSION='"0"'
         -DSHMCHAT_CLI='"shmchat-cli.exe"' -DSHMCHAT_TESTPEER='"shmchat-testpeer.exe"'
         -DSHMCHAT_SQUATTER='"shmchat-squatter.exe"' -DSHMCHAT_TRANSLATIONS_DIR='"translations"'
         -DSHMCHAT_BENCH_HAVE_GUI -DQT_TESTCASE_BUILDDIR='"."' -DQT_TESTCASE_SOURCEDIR='"."')
# Not the bridge's test: the bridge (app/bridge) needs libnats and is built for Unix only.
sources=$(ls core/*.cpp app/common/*.cpp app/picture/*.cpp app/cli/*.cpp app/gui/*.cpp translations/*.cpp bench/*.cpp \
             tests/*.cpp tests/peer/*.cpp | grep -v '^tests/tst_bridge\.cpp$')
echo "== Windows: $(echo "$sources" | wc -w) files, $compiler"
failed=0
for source in $sources; do
    if ! "$compiler" -std=c++17 -c -o "$generated/object.o" -Wall -Wextra -Werror "${defines[@]}" "${includes[@]}" "$source"; then
        echo "FAILED: $source" >&2
        failed=1
    fi
done
[ $failed -eq 0 ] || exit 1
fi

# --- 2. Other systems' paths on Linux --------------------------------------------------------
if [ "$parts" != --windows ]; then
    # The refusing headers must refuse: each of these compiles on Linux, and must not here.
    while IFS= read -r probe; do
        if printf '%b\n' "$probe" | c++ -std=c++17 -fsyntax-only -I platform/not-linux -x c++ - 2>/dev/null; then
            echo "platform/not-linux lets a Linux-only call through: $probe" >&2
            exit 1
        fi
    done <<'PROBES'
#include <sys/socket.h>\nint f() { return ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0); }
#include <sys/epoll.h>\nint f() { return epoll_create1(0); }
#include <unistd.h>\nint f(int *fds) { return ::pipe2(fds, 0); }
#include <signal.h>\nint f() { return SIGRTMIN; }
#include <fcntl.h>\nint f() { return O_PATH; }
PROBES
fi
[ "$parts" = --windows ] || for os in macos none; do
    echo "== SHMCHAT_PRETEND_OS=$os"
    build=build-pretend-$os
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSHMCHAT_WERROR=ON -DSHMCHAT_PRETEND_OS=$os >/dev/null
    cmake --build "$build" --parallel "$jobs"
done
echo "portability check passed"
