#include "CliSupport.h"

#include "model/io/DesignReader.h"
#include "model/io/SafeWrite.h"

#include <ostream>

namespace azimuth::cli {

std::optional<CliArgs> parseOrReport(const std::string& command,
                                     const std::vector<std::string>& words,
                                     std::vector<std::string> own, Streams io,
                                     const std::map<std::string, std::string>& aliases)
{
    own.insert(own.end(), kCommonOptions.begin(), kCommonOptions.end());
    try {
        return parseArgs(words, own, aliases);
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
