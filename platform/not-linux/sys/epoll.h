// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/epoll.h exists on Linux only.
#error "sys/epoll.h is Linux-only: include it under SHMCHAT_OS_LINUX"
