// Saves and exports go through writeFileAtomically: a failure at any step must leave the
// original byte-identical and say what failed.

#include "model/io/SafeWrite.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace azimuth::model;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Installs failing system calls for one test and puts the real ones back after.
class SafeWriteTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        dir = fs::path(testing::TempDir()) /
              ("safewrite-" + std::to_string(::getpid()) + "-" +
               testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
        target = dir / "design.azimuth";
        std::ofstream(target, std::ios::binary) << "original contents\n";
        saved = systemFileOps();
    }
    void TearDown() override
    {
        setFileOps(saved);
        fs::remove_all(dir);
    }

    /// Only the target remains in the directory: no temporary file is left behind.
    void expectNoLeftovers()
    {
        size_t n = 0;
        for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
            ++n;
        EXPECT_EQ(n, 1u);
    }

    fs::path dir;
    fs::path target;
    FileOps saved{};
};

TEST_F(SafeWriteTest, ReplacesTheFileWhenAllSucceeds)
{
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_FALSE(writeFileAtomically(target.string(), "new contents\n"));
    EXPECT_EQ(slurp(target), "new contents\n");
    EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read)
        << "the file keeps its permissions";
    expectNoLeftovers();
}

TEST_F(SafeWriteTest, AFailingWriteLeavesTheOriginal)
{
    FileOps ops = systemFileOps();
    ops.write = [](int, const void*, size_t) -> ssize_t {
        errno = EIO;
        return -1;
    };
    setFileOps(ops);
    auto error = writeFileAtomically(target.string(), "new");
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, "could not write the temporary file: Input/output error");
    EXPECT_EQ(slurp(target), "original contents\n");
    expectNoLeftovers();
}

TEST_F(SafeWriteTest, AFullDiskLeavesTheOriginal)
{
    FileOps ops = systemFileOps();
    // The disk fills after a few bytes: a short write, then ENOSPC.
    ops.write = [](int fd, const void* data, size_t size) -> ssize_t {
        static thread_local bool first = true;
        if (first) {
            first = false;
            return ::write(fd, data, std::min<size_t>(size, 4));
        }
        first = true;
        errno = ENOSPC;
        return -1;
    };
    setFileOps(ops);
    auto error = writeFileAtomically(target.string(), std::string(100000, 'x'));
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, "could not write the temporary file: No space left on device");
    EXPECT_EQ(slurp(target), "original contents\n");
    expectNoLeftovers();
}

TEST_F(SafeWriteTest, AFailingFsyncLeavesTheOriginal)
{
    FileOps ops = systemFileOps();
    ops.fsync = [](int) {
        errno = EIO;
        return -1;
    };
    setFileOps(ops);
    auto error = writeFileAtomically(target.string(), "new");
    ASSERT_TRUE(error);
    EXPECT_NE(error->find("could not flush the file to disk"), std::string::npos);
    EXPECT_EQ(slurp(target), "original contents\n");
    expectNoLeftovers();
}

TEST_F(SafeWriteTest, AFailingRenameLeavesTheOriginal)
{
    FileOps ops = systemFileOps();
    ops.rename = [](const char*, const char*) {
        errno = EXDEV;
        return -1;
    };
    setFileOps(ops);
    auto error = writeFileAtomically(target.string(), "new");
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, "could not replace the file: Invalid cross-device link");
    EXPECT_EQ(slurp(target), "original contents\n");
    expectNoLeftovers();
}

TEST_F(SafeWriteTest, AnUnwritableDirectorySaysSo)
{
    auto error = writeFileAtomically((dir / "missing" / "x.azimuth").string(), "new");
    ASSERT_TRUE(error);
    EXPECT_EQ(*error, "could not create a temporary file beside it: No such file or directory");
}

TEST_F(SafeWriteTest, CreatesANewFile)
{
    fs::path fresh = dir / "fresh.azimuth";
    EXPECT_FALSE(writeFileAtomically(fresh.string(), "hello"));
    EXPECT_EQ(slurp(fresh), "hello");
}

} // namespace
