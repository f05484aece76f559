#include "heaptuning.h"

#include <cstdlib> // defines __GLIBC__ where glibc is the C library

#if defined(__GLIBC__)
#  include <malloc.h>
#endif

namespace ShmChat {

void keepFreedHeap()
{
#if defined(__GLIBC__)
    // A reader hands out a poll's worth of messages at a time and they are freed together: 128
    // texts of 1 KiB are 270 KiB of QString. glibc gives freed memory at the top of the heap back
    // to the system as soon as 128 KiB of it is free, and takes it back for the next batch: two
    // system calls and a page fault per page, hundreds of times a second. Measured here, that
    // cost a 1 KiB 1-to-8 room two thirds of its rate. A few MiB kept is the cheaper trade.
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TOP_PAD, 1024 * 1024);
#endif
}

} // namespace ShmChat
