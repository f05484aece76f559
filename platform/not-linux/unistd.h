// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): glibc's unistd.h without its Linux-only calls.
#pragma once
#include_next <unistd.h>
#pragma GCC poison pipe2 dup3 gettid syncfs get_current_dir_name euidaccess eaccess
