#include "CliArgs.h"

#include <algorithm>

namespace azimuth::cli {

CliArgs parseArgs(const std::vector<std::string>& words, const std::vector<std::string>& valued,
                  const std::map<std::string, std::string>& aliases,
                  const std::vector<std::string>& flags)
{
    CliArgs args;
    bool onlyPositional = false;
    for (size_t i = 0; i < words.size(); ++i) {
        std::string w = words[i];
        if (onlyPositional || w.size() < 2 || w[0] != '-') {
            args.positional.push_back(w);
            continue;
        }
        if (w == "--") {
            onlyPositional = true;
            continue;
        }
        std::string value;
        bool hasValue = false;
        if (auto eq = w.find('='); w.rfind("--", 0) == 0 && eq != std::string::npos) {
            value = w.substr(eq + 1);
            w = w.substr(0, eq);
            hasValue = true;
        }
        if (auto a = aliases.find(w); a != aliases.end()) w = a->second;
        if (std::find(flags.begin(), flags.end(), w) != flags.end()) {
            if (hasValue) throw UsageError{"option " + w + " takes no value"};
            if (args.flag(w)) throw UsageError{"option " + w + " is given twice"};
            args.flags.push_back(w);
            continue;
        }
        if (std::find(valued.begin(), valued.end(), w) == valued.end())
            throw UsageError{"unknown option " + w};
        if (!hasValue) {
            if (i + 1 >= words.size()) throw UsageError{"option " + w + " needs a value"};
            value = words[++i];
        }
        if (args.options.count(w)) throw UsageError{"option " + w + " is given twice"};
        args.options[w] = value;
    }
    return args;
}

} // namespace azimuth::cli
