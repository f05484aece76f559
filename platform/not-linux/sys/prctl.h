// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/prctl.h exists on Linux only.
#error "sys/prctl.h is Linux-only: include it under SHMCHAT_OS_LINUX"
