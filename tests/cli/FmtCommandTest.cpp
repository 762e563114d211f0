#include "CliRunner.h"

#include <gtest/gtest.h>

namespace {

const std::string kExample = AZIMUTH_TEST_DATA "/files/example.azimuth";

TEST(FmtCommand, PrintsTheSpecExampleInCanonicalForm)
{
    CliResult r = runAzimuth({"fmt", kExample});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.out, readFile(AZIMUTH_TEST_DATA "/files/example.canonical.azimuth"));
    CliResult again = runAzimuth({"fmt", AZIMUTH_TEST_DATA "/files/example.canonical.azimuth"});
    EXPECT_EQ(again.out, r.out) << "fmt of its own output is byte-identical";
    EXPECT_TRUE(r.err.empty());
}

TEST(FmtCommand, IsIdempotentAndKeepsUnknownKeys)
{
    std::string dir = scratchDir();
    writeFile(dir + "/in.azimuth",
              R"({"x-top": {"deep": [1, "two", null]}, "format":"azimuth","version":"1",
                  "components":[{"id":"r","kind":"region","x-note":"kept","props":{"code":"eu-west-1","x-p":true}}],
                  "settings":{"termMonths":"12","x-s":5}})");
    CliResult first = runAzimuth({"fmt", dir + "/in.azimuth", "-o", dir + "/once.azimuth"});
    ASSERT_EQ(first.status, 0) << first.err;
    CliResult second = runAzimuth({"fmt", dir + "/once.azimuth"});
    ASSERT_EQ(second.status, 0) << second.err;
    EXPECT_EQ(second.out, readFile(dir + "/once.azimuth"));
    for (const char* kept : {"\"x-top\": {", "\"deep\"", "\"x-note\": \"kept\"", "\"x-p\": true",
                             "\"x-s\": 5", "\"termMonths\": 12", "\"version\": 1"})
        EXPECT_NE(second.out.find(kept), std::string::npos) << kept << "\n" << second.out;
}

TEST(FmtCommand, RefusesABadFileWithItsPositionAndExitStatus2)
{
    std::string dir = scratchDir();
    writeFile(dir + "/bad.azimuth",
              "{\n  \"format\": \"azimuth\",\n  \"version\": 1,\n  \"components\": [ }\n");
    CliResult r = runAzimuth({"fmt", dir + "/bad.azimuth"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(r.err.rfind(dir + "/bad.azimuth:4:19: ", 0), 0u) << r.err;
    EXPECT_TRUE(r.out.empty());
}

TEST(FmtCommand, NeverOverwritesTheOutputWhenTheInputIsRefused)
{
    std::string dir = scratchDir();
    writeFile(dir + "/bad.azimuth", "not json");
    writeFile(dir + "/out.azimuth", "precious");
    CliResult r = runAzimuth({"fmt", dir + "/bad.azimuth", "-o", dir + "/out.azimuth"});
    EXPECT_EQ(r.status, 2);
    EXPECT_EQ(readFile(dir + "/out.azimuth"), "precious");
}

TEST(Cli, HelpListsEverySubcommandOfTheSpec)
{
    CliResult r = runAzimuth({"--help"});
    ASSERT_EQ(r.status, 0);
    for (const char* sub : {"check", "cost", "render", "report", "cloudformation", "fmt", "drill",
                            "--prices", "--version"})
        EXPECT_NE(r.out.find(sub), std::string::npos) << sub;
}

TEST(Cli, VersionAndBadArguments)
{
    CliResult v = runAzimuth({"--version"});
    EXPECT_EQ(v.status, 0);
    EXPECT_EQ(v.out.rfind("azimuth ", 0), 0u);
    CliResult unknown = runAzimuth({"frobnicate", "x"});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("unknown subcommand"), std::string::npos);
    CliResult noFile = runAzimuth({"fmt"});
    EXPECT_EQ(noFile.status, 2);
    EXPECT_NE(noFile.err.find("expected one FILE"), std::string::npos);
    CliResult badOpt = runAzimuth({"fmt", kExample, "--bogus", "1"});
    EXPECT_EQ(badOpt.status, 2);
    EXPECT_NE(badOpt.err.find("unknown option --bogus"), std::string::npos);
}

} // namespace
