// What re-reading the settings (SIGHUP, or the admin's "reload") may change in a running server, and what
// only a restart can.
#pragma once

#include "serverconfig.h"

#include <QStringList>

namespace SettingsReload {

struct Outcome
{
    QStringList changed;     // the settings' names, as in the file
    QStringList needRestart; // changed in the file but kept as they were until the server restarts
};

// Copies into `running` the settings that take effect at once (limits, rates, sizes, timeouts for what
// starts from now on); the rest (addresses, ports, storage, the bus, password hashing, heartbeat) only
// reports.
Outcome apply(ServerConfig &running, const ServerConfig &fresh);

} // namespace SettingsReload
