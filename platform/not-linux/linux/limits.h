// SHMCHAT_PRETEND_OS=unix (platform/shmchat_os.h): linux/limits.h exists on Linux only.
#error "linux/limits.h is Linux-only: include it under SHMCHAT_OS_LINUX"
