// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/timerfd.h exists on Linux only.
#error "sys/timerfd.h is Linux-only: include it under SHMCHAT_OS_LINUX"
