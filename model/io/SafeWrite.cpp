#include "SafeWrite.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace azimuth::model {

namespace {

int sysOpen(const char* path, int flags, mode_t mode)
{
    return ::open(path, flags, mode);
}

FileOps& ops()
{
    static FileOps current = systemFileOps();
    return current;
}

std::string directoryOf(const std::string& path)
{
    auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

std::string errorText(const char* what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

} // namespace

FileOps systemFileOps()
{
    return FileOps{sysOpen, ::write, ::fsync, ::close, ::rename, ::unlink};
}

FileOps setFileOps(FileOps replacement)
{
    FileOps previous = ops();
    ops() = replacement;
    return previous;
}

std::optional<std::string> writeFileAtomically(const std::string& path, const std::string& data)
{
    const FileOps& f = ops();
    // Keep the target's permissions when it exists.
    mode_t mode = 0644;
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) return "it is a directory";
        mode = st.st_mode & 07777;
    }
    std::random_device rd;
    std::string tmp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        tmp = path + ".tmp-" + std::to_string(rd() % 1000000);
        fd = f.open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd < 0 && errno != EEXIST) break;
    }
    if (fd < 0) return errorText("could not create a temporary file beside it");

    const char* p = data.data();
    size_t left = data.size();
    while (left > 0) {
        ssize_t n = f.write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = ENOSPC;
            std::string why = errorText("could not write the temporary file");
            f.close(fd);
            f.unlink(tmp.c_str());
            return why;
        }
        p += n;
        left -= static_cast<size_t>(n);
    }
    if (f.fsync(fd) != 0) {
        std::string why = errorText("could not flush the file to disk");
        f.close(fd);
        f.unlink(tmp.c_str());
        return why;
    }
    if (f.close(fd) != 0) {
        std::string why = errorText("could not close the temporary file");
        f.unlink(tmp.c_str());
        return why;
    }
    if (f.rename(tmp.c_str(), path.c_str()) != 0) {
        std::string why = errorText("could not replace the file");
        f.unlink(tmp.c_str());
        return why;
    }
    // Make the rename itself durable.
    int dir = ::open(directoryOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return std::nullopt;
}

} // namespace azimuth::model
