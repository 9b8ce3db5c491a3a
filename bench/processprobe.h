// Reads another process's CPU time and resident memory from /proc, to report the server's cost.
#pragma once

#include <optional>

struct ProcessSample
{
    double cpuSeconds = 0; // user + system
    long rssKib = 0;
};

// nullopt when the process does not exist or /proc cannot be read.
std::optional<ProcessSample> sampleProcess(long pid);
