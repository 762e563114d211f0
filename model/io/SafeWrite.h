#pragma once
// The one way Azimuth writes a file: a temporary file beside the target, flushed to
// disk, renamed over the target only when all of it succeeded, then the directory
// synced. A failure leaves the original untouched. Saves and exports share it.

#include <cstddef>
#include <optional>
#include <string>
#include <sys/types.h>

namespace azimuth::model {

/// The system calls SafeWrite makes, replaceable in tests to inject faults.
struct FileOps
{
    int (*open)(const char* path, int flags, mode_t mode);
    ssize_t (*write)(int fd, const void* data, size_t size);
    int (*fsync)(int fd);
    int (*close)(int fd);
    int (*rename)(const char* from, const char* to);
    int (*unlink)(const char* path);
};

/// The real system calls.
FileOps systemFileOps();
/// Replaces the calls used by writeFileAtomically (tests only); returns the previous ones.
FileOps setFileOps(FileOps ops);

/// Writes `data` to `path` atomically. Empty on success; otherwise what failed, e.g.
/// "could not write the temporary file: No space left on device".
std::optional<std::string> writeFileAtomically(const std::string& path, const std::string& data);

} // namespace azimuth::model
