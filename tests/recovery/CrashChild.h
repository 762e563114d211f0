#pragma once

#include <string>

/// The child process of the crash test: opens the HA design in a controller, edits it,
/// lets the autosaver write a recovery copy to `recoveryDir`, prints "autosaved" and waits
/// to be killed.
int runCrashChild(const char* recoveryDir);

/// The design the child ends up with, as Save writes it.
std::string crashChildExpectedDesign();
