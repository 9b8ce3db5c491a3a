// Memory for streams of bytes: files cross a TLS socket as hundreds of thousands of buffers of tens or
// hundreds of kilobytes, each allocated and freed by Qt's socket and TLS layers. With glibc's defaults, the
// freed memory goes back to the kernel at once (the heap's top is trimmed above 128 KiB; larger blocks are
// their own mappings), and the next buffer comes back as fresh pages, each a page fault and a page
// cleared: an upload spent more time there than in TLS (docs/PERFORMANCE.md, "Files"). Keeping up to
// 64 MiB of freed memory and mapping only blocks of 8 MiB or more makes it reused instead. What a process
// holds at its peak does not change; what it keeps after a burst would, so giveBack() returns it when the
// last transfer ends. (Under AddressSanitizer both are no-ops: it has its own allocator.)
#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace StreamMemory {

constexpr int KeepFreedBytes = 64 * 1024 * 1024;
constexpr int OwnMappingFromBytes = 8 * 1024 * 1024;

// Called once, first thing in main().
inline void tune()
{
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, KeepFreedBytes);
    mallopt(M_MMAP_THRESHOLD, OwnMappingFromBytes);
#endif
}

// Returns the freed memory kept for streams to the kernel: when no transfer is running any more.
inline void giveBack()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace StreamMemory
