// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): without the Linux-only flags (macOS has no
// SOCK_CLOEXEC or SOCK_NONBLOCK: set FD_CLOEXEC and O_NONBLOCK with fcntl instead).
#pragma once
#include_next <sys/socket.h>
#undef SOCK_CLOEXEC
#undef SOCK_NONBLOCK
#pragma GCC poison SOCK_CLOEXEC SOCK_NONBLOCK accept4 recvmmsg sendmmsg
