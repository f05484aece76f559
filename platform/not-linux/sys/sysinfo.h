// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/sysinfo.h exists on Linux only.
#error "sys/sysinfo.h is Linux-only: include it under SHMCHAT_OS_LINUX"
