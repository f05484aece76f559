// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): linux/futex.h exists on Linux only.
#error "linux/futex.h is Linux-only: include it under SHMCHAT_OS_LINUX"
