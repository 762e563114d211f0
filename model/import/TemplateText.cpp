#include "TemplateText.h"

#include "model/io/LoadError.h"

#include <cmath>
#include <optional>
#include <yaml-cpp/yaml.h>

namespace azimuth::model {

namespace {

SourcePos posOf(const YAML::Mark& mark)
{
    if (mark.is_null()) return {};
    return {mark.line + 1, mark.column + 1};
}

/// A plain YAML scalar as JSON types it (YAML 1.2's core schema): null, a boolean, a
/// number, else text. Quoted scalars stay text.
Json plainScalar(const std::string& s)
{
    if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return Json(nullptr);
    if (s == "true" || s == "True" || s == "TRUE") return Json(true);
    if (s == "false" || s == "False" || s == "FALSE") return Json(false);
    const char first = s.front();
    if ((first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.') {
        // Only what reads back to the same text: "010", "1_000" and "1e5x" stay text.
        size_t used = 0;
        try {
            const double v = std::stod(s, &used);
            if (used == s.size() && std::isfinite(v) &&
                !(s.size() > 1 && first == '0' && s[1] != '.'))
                return Json(v);
        } catch (const std::exception&) {
        }
    }
    return Json(s);
}

class YamlReader
{
  public:
    YamlReader(const std::string& file, const TemplateLimits& limits, size_t textSize)
        : m_file(file), m_limits(limits),
          m_budget(std::max<size_t>(textSize, 4096) * limits.maxExpansion)
    {
    }

    Json convert(const YAML::Node& node, int depth)
    {
        if (depth > m_limits.maxDepth)
            fail(node, "nesting deeper than " + std::to_string(m_limits.maxDepth) + " levels");
        spend(node, 1);
        const std::string& tag = node.Tag();
        // "?" is a plain scalar, typed by its text; a quoted one ("!") or one under a
        // short-form tag (`!Ref x`, `!GetAZs ""`) is text.
        Json value = convertUntagged(node, depth, tag != "?");
        if (tag.size() > 1 && tag[0] == '!' && tag[1] != '!') value = shortForm(node, tag, value);
        value.setPos(posOf(node.Mark()));
        return value;
    }

  private:
    Json convertUntagged(const YAML::Node& node, int depth, bool quoted)
    {
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return Json(nullptr);
        case YAML::NodeType::Scalar: {
            const std::string& s = node.Scalar();
            spend(node, s.size());
            return quoted ? Json(s) : plainScalar(s);
        }
        case YAML::NodeType::Sequence: {
            Json out = Json::array();
            for (const auto& item : node)
                out.asArray().push_back(convert(item, depth + 1));
            return out;
        }
        case YAML::NodeType::Map: {
            Json out = Json::object();
            for (const auto& member : node) {
                if (!member.first.IsScalar()) fail(member.first, "a key must be text");
                const std::string key = member.first.Scalar();
                if (out.find(key)) fail(member.first, "duplicate key \"" + key + "\"");
                spend(member.first, key.size());
                out.asObject().push_back(
                    JsonMember{key, convert(member.second, depth + 1), posOf(member.first.Mark())});
            }
            return out;
        }
        }
        return Json(nullptr);
    }

    /// `!Ref x` -> {"Ref": "x"}, `!GetAtt a.b` -> {"Fn::GetAtt": ["a", "b"]}, `!Sub s` ->
    /// {"Fn::Sub": s}, `!Condition c` -> {"Condition": "c"}.
    Json shortForm(const YAML::Node& node, const std::string& tag, Json value)
    {
        static const char* const kFunctions[] = {
            "Sub",    "GetAtt", "Select", "GetAZs", "If",          "Join",   "Split", "FindInMap",
            "Equals", "Not",    "And",    "Or",     "ImportValue", "Base64", "Cidr",  "Transform"};
        const std::string name = tag.substr(1);
        if (name == "Ref" || name == "Condition") {
            Json out = Json::object();
            out.set(name, std::move(value));
            return out;
        }
        for (const char* f : kFunctions) {
            if (name != f) continue;
            if (name == "GetAtt" && value.isString()) {
                const std::string s = value.asString();
                const size_t dot = s.find('.');
                if (dot == std::string::npos) fail(node, "!GetAtt needs RESOURCE.ATTRIBUTE");
                value = Json(Json::Array{Json(s.substr(0, dot)), Json(s.substr(dot + 1))});
            }
            Json out = Json::object();
            out.set("Fn::" + name, std::move(value));
            return out;
        }
        fail(node, "unknown tag " + tag);
    }

    void spend(const YAML::Node& node, size_t units)
    {
        m_spent += units;
        if (m_spent > m_budget)
            fail(node, "YAML aliases expand the document past " +
                           std::to_string(m_limits.maxExpansion) + " times its size");
    }

    [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const
    {
        throw LoadError(m_file, posOf(node.Mark()), message);
    }

    const std::string& m_file;
    const TemplateLimits& m_limits;
    size_t m_budget;
    size_t m_spent = 0;
};

bool looksLikeJson(std::string_view text)
{
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        return c == '{' || c == '[';
    }
    return false;
}

Json parse(std::string_view text, const std::string& file, const TemplateLimits& limits)
{
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    if (looksLikeJson(text)) {
        JsonParseOptions options;
        options.maxDepth = limits.maxDepth;
        try {
            return parseJson(text, options);
        } catch (const JsonParseError& e) {
            throw LoadError(file, e.pos(), std::string("not a JSON template: ") + e.what());
        }
    }
    if (text.find('\0') != std::string_view::npos)
        throw LoadError(file, {}, "not a JSON or YAML template (the file holds binary data)");
    try {
        const YAML::Node root = YAML::Load(std::string(text));
        return YamlReader(file, limits, text.size()).convert(root, 0);
    } catch (const YAML::Exception& e) {
        throw LoadError(file, posOf(e.mark), "not a JSON or YAML template: " + e.msg);
    }
}

} // namespace

Json readTemplate(std::string_view text, const std::string& file, const TemplateLimits& limits)
{
    if (text.size() > limits.maxBytes)
        throw LoadError(file, {},
                        "the template is " + std::to_string(text.size() / (1024 * 1024)) +
                            " MiB, over the limit of " +
                            std::to_string(limits.maxBytes / (1024 * 1024)) + " MiB");
    Json root = parse(text, file, limits);
    if (!root.isObject())
        throw LoadError(file, root.pos(),
                        "not a CloudFormation template: it must be an object with \"Resources\"");
    const Json* resources = root.find("Resources");
    if (!resources || !resources->isObject() || resources->asObject().empty())
        throw LoadError(file, resources ? resources->pos() : root.pos(),
                        "not a CloudFormation template: it needs a \"Resources\" object with at "
                        "least one resource");
    if (resources->asObject().size() > limits.maxResources)
        throw LoadError(file, resources->pos(),
                        "the template has " + std::to_string(resources->asObject().size()) +
                            " resources, over the limit of " + std::to_string(limits.maxResources));
    for (const JsonMember& r : resources->asObject())
        if (!r.value.isObject() || !r.value.find("Type") || !r.value.find("Type")->isString())
            throw LoadError(file, r.keyPos,
                            "resource \"" + r.key + "\" needs a \"Type\" such as AWS::EC2::VPC");
    return root;
}

} // namespace azimuth::model
