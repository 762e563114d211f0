#include "CloudFormationLogicalIds.h"

#include <cctype>

namespace azimuth::model {

namespace {

bool isAsciiAlnum(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

std::string alphanumeric(std::string_view text)
{
    std::string out;
    for (char ch : text)
        if (isAsciiAlnum(ch)) out += ch;
    return out;
}

} // namespace

std::string logicalIdStem(std::string_view componentId)
{
    std::string out;
    bool startOfWord = true;
    for (char ch : componentId) {
        if (!isAsciiAlnum(ch)) {
            startOfWord = true;
            continue;
        }
        out += startOfWord ? static_cast<char>(std::toupper(static_cast<unsigned char>(ch))) : ch;
        startOfWord = false;
    }
    if (out.empty()) return "Component";
    if (out[0] >= '0' && out[0] <= '9') out.insert(out.begin(), 'C');
    return out;
}

std::string CloudFormationLogicalIds::claim(std::string_view wanted)
{
    std::string base = alphanumeric(wanted);
    if (base.empty()) base = "Resource";
    // CloudFormation allows 255 characters; leave room for a counter.
    if (base.size() > 240) base.resize(240);
    std::string id = base;
    for (int n = 2; m_taken.count(id); ++n)
        id = base + std::to_string(n);
    m_taken.insert(id);
    return id;
}

std::string CloudFormationLogicalIds::named(const std::string& owner, const std::string& role,
                                            std::string_view wanted)
{
    auto key = std::make_pair(owner, role);
    auto it = m_named.find(key);
    if (it != m_named.end()) return it->second;
    std::string id = claim(wanted);
    m_named.emplace(key, id);
    return id;
}

} // namespace azimuth::model
