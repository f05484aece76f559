// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): without the Linux-only flags and calls.
#pragma once
#include_next <fcntl.h>
#undef O_PATH
#undef O_TMPFILE
#undef O_NOATIME
#undef F_SETPIPE_SZ
#undef F_GETPIPE_SZ
#pragma GCC poison O_PATH O_TMPFILE O_NOATIME F_SETPIPE_SZ F_GETPIPE_SZ fallocate
