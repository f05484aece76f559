// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/eventfd.h exists on Linux only.
#error "sys/eventfd.h is Linux-only: include it under SHMCHAT_OS_LINUX"
