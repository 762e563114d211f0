#include "CliRunner.h"

#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace {
std::string slurp(int fd)
{
    std::string out;
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        out.append(buf, static_cast<size_t>(n));
    return out;
}
} // namespace

CliResult runAzimuth(const std::vector<std::string>& args)
{
    return runAzimuthWithInput(args, {});
}

CliResult runAzimuthWithInput(const std::vector<std::string>& args, const std::string& input)
{
    // Standard input comes from a file too: an empty one when there is no input.
    char inName[] = "/tmp/azimuth-in-XXXXXX";
    int inFd = ::mkstemp(inName);
    if (!input.empty() && ::write(inFd, input.data(), input.size()) < 0)
        throw std::runtime_error("cannot write the test's input");
    ::lseek(inFd, 0, SEEK_SET);
    // Output goes to temporary files, so a large stdout can never block the child.
    char outName[] = "/tmp/azimuth-out-XXXXXX";
    char errName[] = "/tmp/azimuth-err-XXXXXX";
    int outFd = ::mkstemp(outName);
    int errFd = ::mkstemp(errName);
    pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(inFd, 0);
        ::dup2(outFd, 1);
        ::dup2(errFd, 2);
        std::vector<char*> argv;
        std::string exe = AZIMUTH_EXE;
        argv.push_back(exe.data());
        std::vector<std::string> copy = args;
        for (auto& a : copy)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(exe.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    CliResult r;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    ::lseek(outFd, 0, SEEK_SET);
    ::lseek(errFd, 0, SEEK_SET);
    r.out = slurp(outFd);
    r.err = slurp(errFd);
    ::close(inFd);
    ::close(outFd);
    ::close(errFd);
    ::unlink(inName);
    ::unlink(outName);
    ::unlink(errName);
    return r;
}

std::string scratchDir()
{
    char name[] = "/tmp/azimuth-test-XXXXXX";
    if (!::mkdtemp(name)) throw std::runtime_error("mkdtemp failed");
    return name;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void writeFile(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}
