#include "processprobe.h"

#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

std::optional<ProcessSample> sampleProcess(long pid)
{
    if (pid <= 0)
        return std::nullopt;
    const std::string base = "/proc/" + std::to_string(pid);
    std::ifstream stat(base + "/stat");
    std::string content;
    if (!std::getline(stat, content))
        return std::nullopt;
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    const std::size_t close = content.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(content.substr(close + 2));
    std::string skip;
    unsigned long utime = 0, stime = 0;
    for (int field = 3; field <= 13; ++field)
        fields >> skip;
    fields >> utime >> stime;
    ProcessSample sample;
    sample.cpuSeconds = double(utime + stime) / double(sysconf(_SC_CLK_TCK));
    std::ifstream status(base + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0) {
            sample.rssKib = std::stol(line.substr(6));
            break;
        }
    }
    return sample;
}

std::optional<ProcessSample> sampleProcesses(const std::vector<long> &pids)
{
    if (pids.empty())
        return std::nullopt;
    ProcessSample sum;
    for (const long pid : pids) {
        const std::optional<ProcessSample> one = sampleProcess(pid);
        if (!one)
            return std::nullopt;
        sum.cpuSeconds += one->cpuSeconds;
        sum.rssKib += one->rssKib;
    }
    return sum;
}
