// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): malloc.h exists on Linux only.
#error "malloc.h is Linux-only: include it under SHMCHAT_OS_LINUX"
