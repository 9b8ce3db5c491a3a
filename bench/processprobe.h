// Reads another process's CPU time and resident memory from /proc, to report the server's cost.
#pragma once

#include <optional>
#include <vector>

struct ProcessSample
{
    double cpuSeconds = 0; // user + system
    long rssKib = 0;
};

// nullopt when the process does not exist or /proc cannot be read.
std::optional<ProcessSample> sampleProcess(long pid);
// The sum over several processes (the nodes of a cluster); nullopt when there are none or one cannot be read.
std::optional<ProcessSample> sampleProcesses(const std::vector<long> &pids);
