#include "LoadError.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

namespace azimuth::model {

namespace {
std::string format(const std::string& file, SourcePos pos, const std::string& message)
{
    std::string out = file;
    if (pos.line > 0) {
        out += ":" + std::to_string(pos.line);
        if (pos.col > 0) out += ":" + std::to_string(pos.col);
    }
    return out + ": " + message;
}
} // namespace

LoadError::LoadError(std::string file, SourcePos pos, std::string message)
    : std::runtime_error(format(file, pos, message)), m_file(std::move(file)), m_pos(pos),
      m_message(std::move(message))
{
}

std::string readFileText(const std::string& path, size_t maxBytes, const std::string& what)
{
    struct stat st
    {
    };
    if (::stat(path.c_str(), &st) != 0)
        throw LoadError(path, {}, "cannot open " + what + ": " + std::strerror(errno));
    if (S_ISDIR(st.st_mode))
        throw LoadError(path, {}, "cannot open " + what + ": it is a directory");
    if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > maxBytes)
        throw LoadError(path, {},
                        "the file is " + std::to_string(st.st_size / (1024 * 1024)) +
                            " MiB, over the limit of " + std::to_string(maxBytes / (1024 * 1024)) +
                            " MiB (limit: file size)");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw LoadError(path, {}, "cannot open " + what + ": " + std::strerror(errno));
    std::string text;
    if (S_ISREG(st.st_mode)) text.reserve(static_cast<size_t>(st.st_size));
    char buf[1 << 16];
    while (in.read(buf, sizeof buf) || in.gcount() > 0) {
        text.append(buf, static_cast<size_t>(in.gcount()));
        if (text.size() > maxBytes)
            throw LoadError(path, {},
                            "the file is over the limit of " +
                                std::to_string(maxBytes / (1024 * 1024)) +
                                " MiB (limit: file size)");
    }
    if (in.bad()) throw LoadError(path, {}, "cannot read " + what + ": " + std::strerror(errno));
    return text;
}

} // namespace azimuth::model
