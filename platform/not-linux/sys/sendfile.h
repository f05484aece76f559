// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): sys/sendfile.h exists on Linux only.
#error "sys/sendfile.h is Linux-only: include it under SHMCHAT_OS_LINUX"
