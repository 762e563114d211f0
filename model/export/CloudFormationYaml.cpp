#include "CloudFormationYaml.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>

namespace azimuth::model {

namespace {

// Keys written without quotes: CloudFormation's own words (`Resources`, `Fn::GetAtt`,
// logical ids). Anything YAML 1.1 could read as a boolean or null is quoted.
bool isPlainKey(std::string_view key)
{
    if (key.size() < 2) return false;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    if (!alpha(key.front()) || !alnum(key.back())) return false;
    for (size_t i = 0; i < key.size(); ++i) {
        char c = key[i];
        if (alnum(c)) continue;
        // "::" between words, as in Fn::GetAtt.
        if (c == ':' && i + 1 < key.size() && key[i + 1] == ':' && i + 2 < key.size() &&
            alnum(key[i + 2])) {
            ++i;
            continue;
        }
        return false;
    }
    std::string lower(key);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const std::array<std::string_view, 7> reserved = {"yes",  "no",    "on",  "off",
                                                             "true", "false", "null"};
    return std::find(reserved.begin(), reserved.end(), lower) == reserved.end();
}

std::string yamlKey(std::string_view key)
{
    return isPlainKey(key) ? std::string(key) : quoteYaml(key);
}

// YAML 1.1 reads a float only with a '.' and a signed exponent; JSON's 1e+21 would
// otherwise come back as a string.
std::string yamlNumber(double value)
{
    std::string text = formatJsonNumber(value);
    auto e = text.find_first_of("eE");
    if (e == std::string::npos) return text;
    std::string mantissa = text.substr(0, e);
    std::string exponent = text.substr(e + 1);
    if (mantissa.find('.') == std::string::npos) mantissa += ".0";
    if (!exponent.empty() && exponent[0] != '+' && exponent[0] != '-') exponent = "+" + exponent;
    return mantissa + "e" + exponent;
}

bool isEmptyContainer(const Json& v)
{
    return (v.isArray() && v.asArray().empty()) || (v.isObject() && v.asObject().empty());
}

std::string scalar(const Json& v)
{
    switch (v.type()) {
    case Json::Type::Null:
        return "null";
    case Json::Type::Bool:
        return v.asBool() ? "true" : "false";
    case Json::Type::Number:
        return yamlNumber(v.asNumber());
    case Json::Type::String:
        return quoteYaml(v.asString());
    case Json::Type::Array:
        return "[]";
    case Json::Type::Object:
        return "{}";
    }
    return "null";
}

bool isBlock(const Json& v)
{
    return (v.isArray() || v.isObject()) && !isEmptyContainer(v);
}

void writeNode(std::string& out, const Json& v, int indent);

// A mapping whose first line already has its indentation written (after "- ").
void writeMapping(std::string& out, const Json::Object& members, int indent, bool firstInline)
{
    bool first = true;
    for (const auto& m : members) {
        if (!(first && firstInline)) out += std::string(indent, ' ');
        first = false;
        out += yamlKey(m.key) + ":";
        if (isBlock(m.value)) {
            out += "\n";
            writeNode(out, m.value, indent + 2);
        } else {
            out += " " + scalar(m.value) + "\n";
        }
    }
}

void writeSequence(std::string& out, const Json::Array& items, int indent)
{
    for (const auto& item : items) {
        out += std::string(indent, ' ') + "-";
        if (item.isObject() && !item.asObject().empty()) {
            out += " ";
            writeMapping(out, item.asObject(), indent + 2, true);
        } else if (item.isArray() && !item.asArray().empty()) {
            out += "\n";
            writeSequence(out, item.asArray(), indent + 2);
        } else {
            out += " " + scalar(item) + "\n";
        }
    }
}

void writeNode(std::string& out, const Json& v, int indent)
{
    if (v.isObject() && !v.asObject().empty())
        writeMapping(out, v.asObject(), indent, false);
    else if (v.isArray() && !v.asArray().empty())
        writeSequence(out, v.asArray(), indent);
    else
        out += std::string(indent, ' ') + scalar(v) + "\n";
}

} // namespace

std::string quoteYaml(std::string_view text)
{
    std::string out = "\"";
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\r':
            out += "\\r";
            continue;
        case '\t':
            out += "\\t";
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
            continue;
        }
        // U+0085 (C2 85) and the other C1 controls, U+2028/U+2029 (E2 80 A8/A9) are line breaks to
        // YAML, and U+FEFF (EF BB BF) a byte-order mark, U+FFFE/U+FFFF non-characters: escape them.
        auto at = [&](size_t k) -> unsigned char {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
        };
        if (c == 0xC2 && at(1) >= 0x80 && at(1) <= 0x9F) {
            // C1 controls are not printable to YAML 1.1 readers either.
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04X", at(1));
            out += at(1) == 0x85 ? std::string("\\N") : std::string(buf);
            i += 1;
            continue;
        }
        if (c == 0xE2 && at(1) == 0x80 && (at(2) == 0xA8 || at(2) == 0xA9)) {
            out += at(2) == 0xA8 ? "\\L" : "\\P";
            i += 2;
            continue;
        }
        if (c == 0xEF && ((at(1) == 0xBB && at(2) == 0xBF) ||
                          (at(1) == 0xBF && (at(2) == 0xBE || at(2) == 0xBF)))) {
            out += at(1) == 0xBB ? "\\uFEFF" : at(2) == 0xBE ? "\\uFFFE" : "\\uFFFF";
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    out += '"';
    return out;
}

std::string writeCloudFormationYaml(const Json& value)
{
    std::string out;
    writeNode(out, value, 0);
    return out;
}

} // namespace azimuth::model
