#!/usr/bin/env bash
# Qt 6.8 for ShmChat without touching the host's Qt: a Debian 13 "trixie" root file system, and
# commands run in it that share the host's /dev/shm, /tmp, System V IPC and processes, so that a
# 6.8 build and a host build meet in one room.
#   scripts/qt68-rootfs.sh create              debootstrap the rootfs, or reuse a complete one
#   scripts/qt68-rootfs.sh deps                create, then run scripts/install-deps.sh inside
#   scripts/qt68-rootfs.sh test                deps, then scripts/test.sh inside into ./build-qt6.8,
#                                              with Qt API deprecated up to 6.8 compiled out
#   scripts/qt68-rootfs.sh run -- CMD [ARG...] CMD inside as root, from the same directory when
#                                              it exists there, with a fresh minimal environment
#   scripts/qt68-rootfs.sh remove              delete the rootfs
# Root only. The repository appears inside at its own path, so build trees work on both sides.
# Environment:
#   SHMCHAT_ROOTFS            where the rootfs lives (default /var/tmp/shmchat-rootfs-trixie)
#   SHMCHAT_QT_DEPRECATED_UP_TO
#                             'test' compiles with QT_DISABLE_DEPRECATED_UP_TO set to this
#                             (default 0x060800); empty builds with Qt's default
set -euo pipefail

# debootstrap, chroot and friends live in sbin, which a non-login root shell may lack.
PATH=$PATH:/usr/sbin:/sbin
self=$(readlink -f "${BASH_SOURCE[0]}")
repo=$(cd "$(dirname "$self")/.." && pwd -P)
root=${SHMCHAT_ROOTFS:-/var/tmp/shmchat-rootfs-trixie}
suite=trixie
# Written last: a rootfs without it is a debootstrap that did not finish, and is redone.
stamp_name=.shmchat-rootfs-complete
build_dir=build-qt6.8

say() { echo "qt68-rootfs: $*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    echo "usage: $0 create | deps | test | run -- CMD [ARG...] | remove" >&2
    exit 2
}

check_root_path() {
    case $root in
        /*) ;;
        *) die "SHMCHAT_ROOTFS must be an absolute path, not '$root'" ;;
    esac
    # Symlinks resolved, so that it compares with the mount table and the list below.
    root=$(realpath -m -- "$root")
    # A typo here would otherwise let 'remove' or a redo wipe a system directory.
    case $root in
        "" | / | /bin | /boot | /dev | /etc | /home | /lib* | /opt | /proc | /root | /run | /sbin | \
        /srv | /sys | /tmp | /usr | /usr/* | /var | /var/tmp | /var/lib)
            die "refusing to use $root as the rootfs" ;;
    esac
    [ "$root" != "$repo" ] || die "refusing to use the repository as the rootfs"
}

# $1 the way /proc/self/mountinfo writes mount points.
mountinfo_path() {
    local p=$1
    p=${p//\\/\\134}
    p=${p// /\\040}
    p=${p//$'\t'/\\011}
    p=${p//$'\n'/\\012}
    printf '%s' "$p"
}

# Mount points at or under $1, escaped as in mountinfo. (Through ENVIRON: awk -v would undo the
# escapes.)
mounts_under() {
    dir=$(mountinfo_path "$1") awk '
        $5 == ENVIRON["dir"] || index($5, ENVIRON["dir"] "/") == 1 { print $5 }' /proc/self/mountinfo
}

is_mount_point() {
    dir=$(mountinfo_path "$1") awk '
        $5 == ENVIRON["dir"] { found = 1 } END { exit !found }' /proc/self/mountinfo
}

# The host's own Debian mirror: it is the one known to be reachable from here.
host_mirror() {
    local id codename uri=
    # shellcheck disable=SC1091
    id=$(. /etc/os-release 2>/dev/null && echo "${ID:-}") || true
    # shellcheck disable=SC1091
    codename=$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}") || true
    # An Ubuntu or derivative mirror has no trixie.
    if [ "$id" = debian ] && [ -n "$codename" ]; then
        local f
        for f in /etc/apt/sources.list.d/*.sources; do
            [ -r "$f" ] || continue
            uri=$(awk -v codename="$codename" '
                BEGIN { RS = ""; FS = "\n" }
                {
                    delete v; key = ""
                    for (i = 1; i <= NF; i++) {
                        line = $i
                        if (line ~ /^#/) continue
                        if (line ~ /^[ \t]/ && key != "") { v[key] = v[key] " " line; continue }
                        p = index(line, ":")
                        if (p == 0) continue
                        key = tolower(substr(line, 1, p - 1))
                        v[key] = substr(line, p + 1)
                    }
                    if (tolower(v["enabled"]) ~ /no/) next
                    if (" " v["types"] " " !~ /[ \t]deb[ \t]/) next
                    if (" " v["suites"] " " !~ ("[ \t]" codename "[ \t]")) next
                    n = split(v["uris"], u, /[ \t]+/)
                    for (j = 1; j <= n; j++) if (u[j] ~ /^(https?|file):/) { print u[j]; exit }
                }' "$f")
            [ -z "$uri" ] || break
        done
        if [ -z "$uri" ]; then
            for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
                [ -r "$f" ] || continue
                uri=$(awk -v codename="$codename" '
                    $1 != "deb" { next }
                    {
                        i = 2
                        if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                        if ($(i + 1) == codename && $i ~ /^(https?|file):/) { print $i; exit }
                    }' "$f")
                [ -z "$uri" ] || break
            done
        fi
    fi
    echo "${uri:-http://deb.debian.org/debian}"
}

remove_rootfs() {
    [ -e "$root" ] || return 0
    local busy
    busy=$(mounts_under "$root")
    # rm would follow a bind mount into the host's /dev or the repository.
    [ -z "$busy" ] || die "still mounted under $root, unmount first:"$'\n'"$busy"
    rm -rf --one-file-system -- "$root"
}

create() {
    if [ -f "$root/$stamp_name" ]; then
        say "reusing $root"
        return
    fi
    if [ -e "$root" ]; then
        say "$root is incomplete (interrupted?): starting it again"
        remove_rootfs
    fi
    if ! command -v debootstrap >/dev/null; then
        say "installing debootstrap on the host"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    fi
    local mirror script=()
    mirror=$(host_mirror)
    # Older debootstraps lack a trixie script; sid's is the one trixie's would be.
    [ -e "/usr/share/debootstrap/scripts/$suite" ] || script=(/usr/share/debootstrap/scripts/sid)
    say "debootstrap $suite into $root from $mirror"
    mkdir -p "$(dirname "$root")"
    # Its own mount namespace: mounts debootstrap makes in the target die with it, even if killed.
    unshare --mount --propagation slave -- \
        debootstrap --variant=minbase "$suite" "$root" "$mirror" "${script[@]}"
    # Packages must not start daemons: they would outlive the command and keep the mounts busy.
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    # A throwaway tree is not worth an fsync after every unpacked file.
    echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/shmchat-unsafe-io"
    echo "$suite $mirror" >"$root/$stamp_name"
}

# Runs "$@" inside, in a mount namespace of its own: the host never sees the mounts, nothing is
# left mounted even if this is killed, and concurrent runs do not unmount each other.
inside() {
    [ -f "$root/$stamp_name" ] || die "no complete rootfs at $root; run: $0 create"
    unshare --mount --propagation slave -- bash "$self" __enter "$@"
}

mounted=()

unmount_all() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount --lazy "${mounted[i]}" ||
            say "could not unmount ${mounted[i]}"
    done
    mounted=()
}

# bind SOURCE [ro]: SOURCE at the same path inside.
bind() {
    local target=$root$1
    # Someone else's mount there (say a manual one on the host) is used, not stacked on.
    is_mount_point "$target" && return
    mkdir -p "$target"
    mount --bind "$1" "$target"
    mounted+=("$target")
    # Unmounting it, or mounting under it, must never reach the host's copy.
    mount --make-rslave "$target"
    if [ "${2:-}" = ro ]; then
        mount -o remount,bind,ro "$target"
    fi
}

enter() {
    trap unmount_all EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    trap 'exit 129' HUP
    bind /proc
    bind /sys ro
    bind /dev
    bind /dev/pts
    # One /dev/shm and one /tmp for host and chroot: that is where rooms are found.
    bind /dev/shm
    bind /tmp
    bind "$repo"
    if [ -e /etc/resolv.conf ]; then
        cp --remove-destination -L /etc/resolv.conf "$root/etc/resolv.conf"
    fi
    local dir=/
    [ -d "$root$PWD" ] && dir=$PWD
    local status=0
    # The host's variables (its PATH, LD_LIBRARY_PATH, locale) describe the host, not trixie.
    chroot "$root" /usr/bin/env -i --chdir="$dir" \
        HOME=/root LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        "$@" || status=$?
    exit "$status"
}

# Phases report their time, and the inner command's status passes through unchanged.
timed() {
    local name=$1 start=$SECONDS status=0
    shift
    "$@" || status=$?
    say "$name: $((SECONDS - start)) s$([ "$status" -eq 0 ] || echo ", exit $status")"
    return "$status"
}

timed_create() {
    local start=$SECONDS
    # Not through timed: 'create' must stop at its first failure, and '||' would disable set -e.
    create
    say "rootfs: $((SECONDS - start)) s"
}

deps() {
    timed_create
    # shellcheck disable=SC2016 # expanded by the inner shell
    timed "dependencies" inside /bin/sh -c 'cd "$1" && exec scripts/install-deps.sh' sh "$repo"
}

run_tests() {
    deps
    local cxxflags=
    local up_to=${SHMCHAT_QT_DEPRECATED_UP_TO-0x060800}
    [ -z "$up_to" ] || cxxflags=-DQT_DISABLE_DEPRECATED_UP_TO=$up_to
    say "building in $build_dir with CMAKE_CXX_FLAGS='$cxxflags'"
    # test.sh passes no CMAKE_CXX_FLAGS, so the value cached here is the one its configure keeps.
    # shellcheck disable=SC2016
    timed "build and test" inside /bin/sh -c '
        cd "$1" &&
        cmake -S . -B "$2" -G Ninja -DCMAKE_CXX_FLAGS="$3" >/dev/null &&
        SHMCHAT_BUILD_DIR="$2" exec scripts/test.sh' sh "$repo" "$build_dir" "$cxxflags"
}

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, mount, chroot)"
check_root_path

case "${1:-}" in
    create) [ $# -eq 1 ] || usage; timed_create ;;
    deps) [ $# -eq 1 ] || usage; deps ;;
    test) [ $# -eq 1 ] || usage; run_tests ;;
    run)
        shift
        [ "${1:-}" = -- ] && shift
        [ $# -gt 0 ] || usage
        inside "$@"
        ;;
    remove) [ $# -eq 1 ] || usage; remove_rootfs ;;
    __enter) shift; enter "$@" ;;
    *) usage ;;
esac
