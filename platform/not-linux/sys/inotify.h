// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/inotify.h exists on Linux only.
#error "sys/inotify.h is Linux-only: include it under SHMCHAT_OS_LINUX"
