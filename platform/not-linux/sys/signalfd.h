// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/signalfd.h exists on Linux only.
#error "sys/signalfd.h is Linux-only: include it under SHMCHAT_OS_LINUX"
