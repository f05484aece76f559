// SHMCHAT_PRETEND_OS=macos (platform/shmchat_os.h): the signals macOS lacks are gone, so that code
// testing for them with #ifdef takes the path macOS takes.
#pragma once
#include_next <signal.h>
#undef SIGRTMIN
#undef SIGRTMAX
#undef SIGSTKFLT
#undef SIGPWR
// glibc defines SIGIO as SIGPOLL; macOS has SIGIO only. The number stays Linux's: this runs here.
#undef SIGPOLL
#undef SIGIO
#define SIGIO 29
#pragma GCC poison sigtimedwait sigwaitinfo sigqueue
