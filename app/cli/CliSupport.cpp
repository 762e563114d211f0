#include "CliSupport.h"

#include "model/io/DesignReader.h"
#include "model/io/SafeWrite.h"

#include <iostream>
#include <ostream>

namespace azimuth::cli {

std::optional<CliArgs> parseOrReport(const std::string& command,
                                     const std::vector<std::string>& words,
                                     std::vector<std::string> own, Streams io,
                                     const std::map<std::string, std::string>& aliases,
                                     const std::vector<std::string>& flags)
{
    own.insert(own.end(), kCommonOptions.begin(), kCommonOptions.end());
    try {
        return parseArgs(words, own, aliases, flags);
    } catch (const UsageError& e) {
        io.err << "azimuth " << command << ": " << e.message << "\n";
        return std::nullopt;
    }
}

std::optional<std::string> singleFile(const std::string& command, const CliArgs& args, Streams io)
{
    if (args.positional.size() != 1) {
        io.err << "azimuth " << command << ": expected one FILE"
               << (args.positional.empty() ? "" : ", got " + std::to_string(args.positional.size()))
               << "; see azimuth " << command << " --help\n";
        return std::nullopt;
    }
    return args.positional.front();
}

std::optional<model::Design> loadDesign(const std::string& path, Streams io)
{
    try {
        return model::readDesignFile(path);
    } catch (const model::LoadError& e) {
        io.err << e.what() << "\n";
        return std::nullopt;
    }
}

std::optional<model::Design> loadDesignOrStdin(const std::string& path, Streams io)
{
    if (path != "-") return loadDesign(path, io);
    const model::DesignLimits limits;
    try {
        std::string text;
        char buf[1 << 16];
        while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
            text.append(buf, static_cast<size_t>(std::cin.gcount()));
            // The same limit as for a file, checked as it comes: a pipe has no size.
            if (text.size() > limits.maxBytes)
                throw model::LoadError("stdin", {},
                                       "the input is over the limit of " +
                                           std::to_string(limits.maxBytes / (1024 * 1024)) +
                                           " MiB (limit: file size)");
        }
        if (std::cin.bad()) throw model::LoadError("stdin", {}, "cannot read standard input");
        return model::readDesign(text, "stdin");
    } catch (const model::LoadError& e) {
        io.err << e.what() << "\n";
        return std::nullopt;
    }
}

std::shared_ptr<const model::PriceCatalog> loadPrices(const CliArgs& args, Streams io)
{
    auto path = args.option("--prices");
    // The built-in catalog lives for the program: shared without an owner.
    if (!path)
        return std::shared_ptr<const model::PriceCatalog>(&model::PriceCatalog::builtin(),
                                                          [](const model::PriceCatalog*) {});
    try {
        return std::make_shared<const model::PriceCatalog>(model::PriceCatalog::fromFile(*path));
    } catch (const model::LoadError& e) {
        io.err << e.what() << "\n";
        return nullptr;
    }
}

bool writeOutput(const std::optional<std::string>& path, const std::string& text, Streams io)
{
    if (!path || path->empty() || *path == "-") {
        io.out << text;
        io.out.flush();
        return true;
    }
    if (auto error = model::writeFileAtomically(*path, text)) {
        io.err << *path << ": " << *error << "\n";
        return false;
    }
    return true;
}

} // namespace azimuth::cli
