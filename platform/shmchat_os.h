// Which operating system's code paths ShmChat compiles. Every platform guard in the project tests
// these macros, not Qt's Q_OS_*, so that a build on Linux can be told to take the other systems'
// paths (CMake option SHMCHAT_PRETEND_OS, used by scripts/portability-check.sh). A Linux-only
// call left outside a guard then fails to compile there, long before anyone builds on a Mac.
//
//   SHMCHAT_OS_UNIX   POSIX calls: kill, getuid, flock, sigaction, pipe, poll, getrusage, System V
//   SHMCHAT_OS_LINUX  Linux only: /proc, /dev/shm, epoll, prctl, namespaces, real-time signals
//   SHMCHAT_OS_MACOS  Apple only
//   SHMCHAT_OS_WIN    Win32
//
// SHMCHAT_PRETEND_OS=macos sets SHMCHAT_OS_UNIX and SHMCHAT_OS_MACOS and drops SHMCHAT_OS_LINUX:
// the paths macOS takes, compiled against Linux headers that refuse Linux-only ones. Apple's
// own APIs (mach, CoreFoundation) have no headers here; a call to one would go under
// `defined(SHMCHAT_OS_MACOS) && !defined(SHMCHAT_PRETEND_OS_MACOS)` (there is none today).
// SHMCHAT_PRETEND_OS=none drops all: every fallback, where a port to a new system starts. Such
// builds are for compiling; that their tests pass on Linux shows the paths work on Linux only.
#pragma once

#include <QtCore/qglobal.h>

#if defined(SHMCHAT_PRETEND_OS_MACOS) || defined(SHMCHAT_PRETEND_OS_NONE)
#  if !defined(Q_OS_LINUX)
#    error "SHMCHAT_PRETEND_OS imitates other systems on Linux only"
#  endif
#  if defined(SHMCHAT_PRETEND_OS_MACOS)
#    define SHMCHAT_OS_UNIX 1
#    define SHMCHAT_OS_MACOS 1
#  endif
#else
#  if defined(Q_OS_UNIX)
#    define SHMCHAT_OS_UNIX 1
#  endif
#  if defined(Q_OS_LINUX)
#    define SHMCHAT_OS_LINUX 1
#  endif
#  if defined(Q_OS_MACOS)
#    define SHMCHAT_OS_MACOS 1
#  endif
#  if defined(Q_OS_WIN)
#    define SHMCHAT_OS_WIN 1
#  endif
#endif
