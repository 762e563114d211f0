#pragma once
// A small, ordered JSON value that keeps the type of every scalar and where it stood
// in the source, so unknown keys can be written back unchanged and errors can name
// FILE:LINE:COL.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace azimuth::model {

struct JsonMember;

/// A position in a source text, 1-based; 0 means unknown.
struct SourcePos
{
    int line = 0;
    int col = 0;
};

class Json
{
  public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    using Array = std::vector<Json>;
    using Object = std::vector<JsonMember>;

    // Special members are defined below JsonMember, which must be complete for them.
    Json();
    Json(const Json&);
    Json(Json&&) noexcept;
    Json& operator=(const Json&);
    Json& operator=(Json&&) noexcept;
    ~Json();
    Json(std::nullptr_t);
    Json(bool b);
    Json(double d);
    Json(int i);
    Json(long long i);
    Json(const char* s);
    Json(std::string s);
    Json(std::string_view s);
    Json(Array a);
    Json(Object o);

    static Json array();
    static Json object();

    Type type() const { return static_cast<Type>(m_value.index()); }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isNumber() const { return type() == Type::Number; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool asBool() const { return std::get<bool>(m_value); }
    double asNumber() const { return std::get<double>(m_value); }
    const std::string& asString() const { return std::get<std::string>(m_value); }
    const Array& asArray() const { return std::get<Array>(m_value); }
    Array& asArray() { return std::get<Array>(m_value); }
    const Object& asObject() const { return std::get<Object>(m_value); }
    Object& asObject() { return std::get<Object>(m_value); }

    /// Member lookup on an object; nullptr when absent or not an object.
    const Json* find(std::string_view key) const;
    Json* find(std::string_view key);
    /// Sets (or appends) a member of an object, keeping the order of existing keys.
    void set(std::string_view key, Json value);
    /// Removes a member of an object; returns whether it was there.
    bool erase(std::string_view key);

    SourcePos pos() const { return m_pos; }
    void setPos(SourcePos p) { m_pos = p; }

    /// Structural equality (positions are ignored).
    friend bool operator==(const Json& a, const Json& b);

  private:
    std::variant<std::nullptr_t, bool, double, std::string, Array, Object> m_value;
    SourcePos m_pos;
};

struct JsonMember
{
    std::string key;
    Json value;
    SourcePos keyPos;
    friend bool operator==(const JsonMember& a, const JsonMember& b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

inline Json::Json() = default;
inline Json::Json(const Json&) = default;
inline Json::Json(Json&&) noexcept = default;
inline Json& Json::operator=(const Json&) = default;
inline Json& Json::operator=(Json&&) noexcept = default;
inline Json::~Json() = default;
inline Json::Json(std::nullptr_t) {}
inline Json::Json(bool b) : m_value(b) {}
inline Json::Json(double d) : m_value(d) {}
inline Json::Json(int i) : m_value(static_cast<double>(i)) {}
inline Json::Json(long long i) : m_value(static_cast<double>(i)) {}
inline Json::Json(const char* s) : m_value(std::string(s)) {}
inline Json::Json(std::string s) : m_value(std::move(s)) {}
inline Json::Json(std::string_view s) : m_value(std::string(s)) {}
inline Json::Json(Array a) : m_value(std::move(a)) {}
inline Json::Json(Object o) : m_value(std::move(o)) {}
inline Json Json::array()
{
    return Json(Array{});
}
inline Json Json::object()
{
    return Json(Object{});
}

/// A parse failure with the position where the text stopped making sense.
class JsonParseError : public std::runtime_error
{
  public:
    JsonParseError(SourcePos pos, const std::string& message)
        : std::runtime_error(message), m_pos(pos)
    {
    }
    SourcePos pos() const { return m_pos; }

  private:
    SourcePos m_pos;
};

struct JsonParseOptions
{
    int maxDepth = 64;    ///< nesting of arrays and objects; checked before descending
    bool allowBom = true; ///< a UTF-8 byte-order mark at the start is skipped
    bool rejectDuplicateKeys = true;
};

/// Parses one JSON document (RFC 8259, UTF-8). Throws JsonParseError.
Json parseJson(std::string_view text, const JsonParseOptions& options = {});

/// Writes a number the shortest way that reads back to the same double; integers
/// without a fraction.
std::string formatJsonNumber(double value);
/// Writes a string as a JSON string literal, quotes included.
std::string quoteJson(std::string_view s);
/// Writes a value on one line: `{ "a": 1, "b": [1, 2] }`.
std::string writeJsonCompact(const Json& value);
/// Writes a value indented by two spaces a level, one member per line.
std::string writeJsonPretty(const Json& value, int indent = 0);

} // namespace azimuth::model
