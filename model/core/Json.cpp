#include "Json.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace azimuth::model {

const Json* Json::find(std::string_view key) const
{
    if (!isObject()) return nullptr;
    for (const auto& m : asObject())
        if (m.key == key) return &m.value;
    return nullptr;
}

Json* Json::find(std::string_view key)
{
    return const_cast<Json*>(static_cast<const Json*>(this)->find(key));
}

void Json::set(std::string_view key, Json value)
{
    if (!isObject()) m_value = Object{};
    if (Json* existing = find(key)) {
        *existing = std::move(value);
        return;
    }
    asObject().push_back(JsonMember{std::string(key), std::move(value), {}});
}

bool Json::erase(std::string_view key)
{
    if (!isObject()) return false;
    auto& obj = asObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (it->key == key) {
            obj.erase(it);
            return true;
        }
    }
    return false;
}

bool operator==(const Json& a, const Json& b)
{
    return a.m_value == b.m_value;
}

namespace {

class Parser
{
  public:
    Parser(std::string_view text, const JsonParseOptions& options)
        : m_text(text), m_options(options)
    {
    }

    Json parseDocument()
    {
        if (m_options.allowBom && m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_i = 3;
            m_lineStart = 3;
        }
        skipWhitespace();
        if (m_i >= m_text.size()) fail("the file is empty; expected a JSON value");
        Json v = parseValue(0);
        skipWhitespace();
        if (m_i < m_text.size()) fail("unexpected text after the end of the JSON document");
        return v;
    }

  private:
    [[noreturn]] void fail(const std::string& message) const
    {
        throw JsonParseError(here(), message);
    }

    SourcePos here() const { return SourcePos{m_line, static_cast<int>(m_i - m_lineStart) + 1}; }

    void skipWhitespace()
    {
        while (m_i < m_text.size()) {
            char c = m_text[m_i];
            if (c == '\n') {
                ++m_i;
                ++m_line;
                m_lineStart = m_i;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                ++m_i;
            } else {
                break;
            }
        }
    }

    Json parseValue(int depth)
    {
        if (m_i >= m_text.size()) fail("unexpected end of file; expected a value");
        SourcePos pos = here();
        char c = m_text[m_i];
        Json v;
        switch (c) {
        case '{':
            v = parseObject(depth + 1);
            break;
        case '[':
            v = parseArray(depth + 1);
            break;
        case '"':
            v = Json(parseString());
            break;
        case 't':
            expectWord("true");
            v = Json(true);
            break;
        case 'f':
            expectWord("false");
            v = Json(false);
            break;
        case 'n':
            expectWord("null");
            v = Json(nullptr);
            break;
        default:
            if (c == '-' || (c >= '0' && c <= '9')) {
                v = Json(parseNumber());
            } else {
                fail(std::string("unexpected character '") + printable(c) + "'; expected a value");
            }
        }
        v.setPos(pos);
        return v;
    }

    static std::string printable(char c)
    {
        unsigned char u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", u);
            return buf;
        }
        return std::string(1, c);
    }

    void checkDepth(int depth)
    {
        // Refuse before descending, so hostile nesting never grows the stack.
        if (depth > m_options.maxDepth)
            fail("nesting deeper than " + std::to_string(m_options.maxDepth) +
                 " levels (limit: JSON nesting depth)");
    }

    Json parseObject(int depth)
    {
        checkDepth(depth);
        ++m_i; // '{'
        Json::Object obj;
        skipWhitespace();
        if (peek() == '}') {
            ++m_i;
            return Json(std::move(obj));
        }
        for (;;) {
            skipWhitespace();
            if (peek() != '"') fail("expected a key in double quotes");
            SourcePos keyPos = here();
            std::string key = parseString();
            if (m_options.rejectDuplicateKeys) {
                for (const auto& m : obj)
                    if (m.key == key) throw JsonParseError(keyPos, "duplicate key \"" + key + "\"");
            }
            skipWhitespace();
            if (peek() != ':') fail("expected ':' after key \"" + key + "\"");
            ++m_i;
            skipWhitespace();
            Json value = parseValue(depth);
            obj.push_back(JsonMember{std::move(key), std::move(value), keyPos});
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                ++m_i;
                continue;
            }
            if (c == '}') {
                ++m_i;
                break;
            }
            if (m_i >= m_text.size()) fail("unexpected end of file; expected ',' or '}'");
            fail("expected ',' or '}' after a member");
        }
        return Json(std::move(obj));
    }

    Json parseArray(int depth)
    {
        checkDepth(depth);
        ++m_i; // '['
        Json::Array arr;
        skipWhitespace();
        if (peek() == ']') {
            ++m_i;
            return Json(std::move(arr));
        }
        for (;;) {
            skipWhitespace();
            arr.push_back(parseValue(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') {
                ++m_i;
                continue;
            }
            if (c == ']') {
                ++m_i;
                break;
            }
            if (m_i >= m_text.size()) fail("unexpected end of file; expected ',' or ']'");
            fail("expected ',' or ']' after an array element");
        }
        return Json(std::move(arr));
    }

    char peek() const { return m_i < m_text.size() ? m_text[m_i] : '\0'; }

    void expectWord(std::string_view word)
    {
        if (m_text.substr(m_i, word.size()) != word) fail("invalid literal; expected a value");
        m_i += word.size();
    }

    double parseNumber()
    {
        size_t start = m_i;
        if (peek() == '-') ++m_i;
        if (peek() == '0') {
            ++m_i;
        } else if (peek() >= '1' && peek() <= '9') {
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
        } else {
            fail("invalid number");
        }
        if (peek() == '.') {
            ++m_i;
            if (!(peek() >= '0' && peek() <= '9'))
                fail("invalid number: digits expected after '.'");
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_i;
            if (peek() == '+' || peek() == '-') ++m_i;
            if (!(peek() >= '0' && peek() <= '9'))
                fail("invalid number: digits expected in exponent");
            while (peek() >= '0' && peek() <= '9')
                ++m_i;
        }
        double value = 0;
        auto [ptr, ec] = std::from_chars(m_text.data() + start, m_text.data() + m_i, value);
        if (ec == std::errc::result_out_of_range || !std::isfinite(value)) {
            m_i = start;
            fail("number out of range");
        }
        return value;
    }

    static void appendUtf8(std::string& out, uint32_t cp)
    {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    uint32_t parseHex4()
    {
        if (m_i + 4 > m_text.size()) fail("invalid \\u escape");
        uint32_t v = 0;
        for (int k = 0; k < 4; ++k) {
            char c = m_text[m_i++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= static_cast<uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= static_cast<uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= static_cast<uint32_t>(c - 'A' + 10);
            else {
                --m_i;
                fail("invalid \\u escape");
            }
        }
        return v;
    }

    // Checks one UTF-8 sequence starting at m_i and copies it.
    void copyUtf8(std::string& out)
    {
        auto b0 = static_cast<unsigned char>(m_text[m_i]);
        int len = 0;
        uint32_t cp = 0;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2;
            cp = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3;
            cp = b0 & 0x0F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4;
            cp = b0 & 0x07;
        } else
            fail("invalid UTF-8 in string");
        if (m_i + len > m_text.size()) fail("invalid UTF-8 in string");
        for (int k = 1; k < len; ++k) {
            auto b = static_cast<unsigned char>(m_text[m_i + k]);
            if ((b & 0xC0) != 0x80) fail("invalid UTF-8 in string");
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            fail("invalid UTF-8 in string");
        out.append(m_text.data() + m_i, static_cast<size_t>(len));
        m_i += static_cast<size_t>(len);
    }

    std::string parseString()
    {
        ++m_i; // opening quote
        std::string out;
        for (;;) {
            // Copy a run of plain ASCII at once.
            size_t runStart = m_i;
            while (m_i < m_text.size()) {
                auto c = static_cast<unsigned char>(m_text[m_i]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++m_i;
            }
            out.append(m_text.data() + runStart, m_i - runStart);
            if (m_i >= m_text.size()) fail("unexpected end of file inside a string");
            auto c = static_cast<unsigned char>(m_text[m_i]);
            if (c == '"') {
                ++m_i;
                return out;
            }
            if (c < 0x20) fail("control character inside a string (newlines must be written \\n)");
            if (c >= 0x80) {
                copyUtf8(out);
                continue;
            }
            // backslash
            ++m_i;
            if (m_i >= m_text.size()) fail("unexpected end of file inside a string");
            char e = m_text[m_i++];
            switch (e) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                uint32_t cp = parseHex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (m_text.substr(m_i, 2) != "\\u") fail("unpaired surrogate in \\u escape");
                    m_i += 2;
                    uint32_t lo = parseHex4();
                    if (lo < 0xDC00 || lo > 0xDFFF) fail("unpaired surrogate in \\u escape");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail("unpaired surrogate in \\u escape");
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                --m_i;
                fail("invalid escape in string");
            }
        }
    }

    std::string_view m_text;
    JsonParseOptions m_options;
    size_t m_i = 0;
    size_t m_lineStart = 0;
    int m_line = 1;
};

void writeCompact(std::string& out, const Json& v);

void writeScalar(std::string& out, const Json& v)
{
    switch (v.type()) {
    case Json::Type::Null:
        out += "null";
        break;
    case Json::Type::Bool:
        out += v.asBool() ? "true" : "false";
        break;
    case Json::Type::Number:
        out += formatJsonNumber(v.asNumber());
        break;
    case Json::Type::String:
        out += quoteJson(v.asString());
        break;
    default:
        writeCompact(out, v);
    }
}

void writeCompact(std::string& out, const Json& v)
{
    if (v.isArray()) {
        out += '[';
        bool first = true;
        for (const auto& e : v.asArray()) {
            if (!first) out += ", ";
            first = false;
            writeCompact(out, e);
        }
        out += ']';
    } else if (v.isObject()) {
        if (v.asObject().empty()) {
            out += "{}";
            return;
        }
        out += "{ ";
        bool first = true;
        for (const auto& m : v.asObject()) {
            if (!first) out += ", ";
            first = false;
            out += quoteJson(m.key);
            out += ": ";
            writeCompact(out, m.value);
        }
        out += " }";
    } else {
        writeScalar(out, v);
    }
}

void writePretty(std::string& out, const Json& v, int indent)
{
    std::string pad(static_cast<size_t>(indent + 2), ' ');
    if (v.isArray() && !v.asArray().empty()) {
        out += "[\n";
        bool first = true;
        for (const auto& e : v.asArray()) {
            if (!first) out += ",\n";
            first = false;
            out += pad;
            writePretty(out, e, indent + 2);
        }
        out += '\n' + std::string(static_cast<size_t>(indent), ' ') + ']';
    } else if (v.isObject() && !v.asObject().empty()) {
        out += "{\n";
        bool first = true;
        for (const auto& m : v.asObject()) {
            if (!first) out += ",\n";
            first = false;
            out += pad + quoteJson(m.key) + ": ";
            writePretty(out, m.value, indent + 2);
        }
        out += '\n' + std::string(static_cast<size_t>(indent), ' ') + '}';
    } else {
        writeCompact(out, v);
    }
}

} // namespace

Json parseJson(std::string_view text, const JsonParseOptions& options)
{
    return Parser(text, options).parseDocument();
}

std::string formatJsonNumber(double value)
{
    if (!std::isfinite(value)) return "null";
    if (value == 0) return "0"; // also folds -0
    char buf[64];
    if (std::abs(value) < 1e15 && value == std::floor(value)) {
        auto [p, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
        return std::string(buf, p);
    }
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, p);
}

std::string quoteJson(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
    return out;
}

std::string writeJsonCompact(const Json& value)
{
    std::string out;
    writeCompact(out, value);
    return out;
}

std::string writeJsonPretty(const Json& value, int indent)
{
    std::string out;
    writePretty(out, value, indent);
    return out;
}

} // namespace azimuth::model
