// How the programs ask the C library to treat freed memory: see heaptuning.cpp.
#pragma once

namespace ShmChat {

// Call once, first thing in main().
void keepFreedHeap();

} // namespace ShmChat
