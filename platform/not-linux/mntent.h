// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): mntent.h exists on Linux only.
#error "mntent.h is Linux-only: include it under SHMCHAT_OS_LINUX"
