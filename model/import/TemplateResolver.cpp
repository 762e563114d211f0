#include "TemplateResolver.h"

#include "model/io/LoadError.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace azimuth::model {

namespace {

/// Stands for AWS::NoValue until the member or element holding it is dropped.
const char* const kNoValue = "Azimuth::NoValue";

Json single(const char* key, Json value)
{
    Json o = Json::object();
    o.set(key, std::move(value));
    return o;
}

bool isNoValue(const Json& v)
{
    return v.isObject() && v.asObject().size() == 1 && v.find(kNoValue);
}

/// A value as CloudFormation compares and joins it: text, or a number written as text.
std::optional<std::string> text(const Json& v)
{
    if (v.isString()) return v.asString();
    if (v.isNumber()) return formatJsonNumber(v.asNumber());
    if (v.isBool()) return std::string(v.asBool() ? "true" : "false");
    return std::nullopt;
}

class Resolver
{
  public:
    Resolver(const Json& root, const std::string& file, const ImportOptions& options)
        : m_root(root), m_file(file), m_options(options)
    {
        if (const Json* r = root.find("Resources"))
            for (const JsonMember& m : r->asObject())
                m_resourceIds.insert(m.key);
        readParameters();
    }

    ResolvedTemplate run()
    {
        for (const JsonMember& m : m_root.find("Resources")->asObject()) {
            const Json& r = m.value;
            if (const Json* c = r.find("Condition")) {
                if (!c->isString())
                    fail(c->pos(), "resource \"" + m.key +
                                       "\": \"Condition\" must "
                                       "name a condition");
                if (!condition(c->asString(), c->pos())) {
                    m_out.leftOut.emplace_back(m.key, c->asString());
                    continue;
                }
            }
            TemplateResource res;
            res.id = m.key;
            res.type = r.find("Type")->asString();
            res.pos = m.keyPos;
            if (const Json* md = r.find("Metadata")) res.metadata = *md;
            m_refs = &res.refs;
            if (const Json* p = r.find("Properties")) {
                Json v = eval(*p, 0);
                if (v.isObject()) res.properties = std::move(v);
            }
            if (const Json* d = r.find("DependsOn")) {
                if (d->isString()) m_deps[m.key].insert(d->asString());
                if (d->isArray())
                    for (const Json& e : d->asArray())
                        if (e.isString()) m_deps[m.key].insert(e.asString());
            }
            m_refs = nullptr;
            m_out.resources.push_back(std::move(res));
        }
        checkReferenceCycles();
        return std::move(m_out);
    }

  private:
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const
    {
        throw LoadError(m_file, pos, message);
    }

    void readParameters()
    {
        const Json* params = m_root.find("Parameters");
        if (!params || !params->isObject()) return;
        for (const JsonMember& m : params->asObject()) {
            const Json* type = m.value.find("Type");
            const bool list =
                type && type->isString() &&
                (type->asString() == "CommaDelimitedList" || type->asString().starts_with("List<"));
            std::optional<std::string> given;
            if (auto it = m_options.parameters.find(m.key); it != m_options.parameters.end())
                given = it->second;
            else if (const Json* d = m.value.find("Default"))
                given = text(*d);
            if (!given) continue;
            if (!list) {
                m_out.parameters[m.key] = Json(*given);
                continue;
            }
            Json items = Json::array();
            size_t start = 0;
            while (true) {
                const size_t comma = given->find(',', start);
                std::string item = given->substr(start, comma - start);
                item.erase(0, item.find_first_not_of(' '));
                item.erase(item.find_last_not_of(' ') + 1);
                items.asArray().push_back(Json(item));
                if (comma == std::string::npos) break;
                start = comma + 1;
            }
            m_out.parameters[m.key] = std::move(items);
        }
    }

    bool hasParameter(const std::string& name) const
    {
        const Json* params = m_root.find("Parameters");
        return params && params->find(name);
    }

    /// A condition's truth, each evaluated once; a cycle is refused with its names.
    bool condition(const std::string& name, SourcePos pos)
    {
        if (auto it = m_conditions.find(name); it != m_conditions.end()) {
            if (auto missing = m_missingIn.find(name);
                missing != m_missingIn.end() && m_missing.empty())
                m_missing = missing->second;
            return it->second;
        }
        const Json* conds = m_root.find("Conditions");
        const Json* def = conds ? conds->find(name) : nullptr;
        if (!def) fail(pos, "there is no condition \"" + name + "\"");
        if (auto at = std::find(m_evaluating.begin(), m_evaluating.end(), name);
            at != m_evaluating.end()) {
            std::string cycle;
            for (auto it = at; it != m_evaluating.end(); ++it)
                cycle += *it + " -> ";
            fail(def->pos(), "conditions form a cycle: " + cycle + name);
        }
        m_evaluating.push_back(name);
        // A condition that depends on a parameter with no value (here or through another
        // condition) is false, and so is every condition that depends on it.
        const std::string outer = std::exchange(m_missing, std::string());
        const bool value = truth(*def, 0);
        const std::string missing = m_missing;
        if (!missing.empty()) {
            m_out.notes.push_back("condition " + name + ": " + missing + ", so it is false");
            m_missingIn[name] = missing;
        }
        m_missing = outer.empty() ? missing : outer;
        m_evaluating.pop_back();
        const bool result = missing.empty() && value;
        m_conditions[name] = result;
        return result;
    }

    bool truth(const Json& v, int depth)
    {
        if (depth > 64) fail(v.pos(), "conditions nested too deep");
        if (v.isBool()) return v.asBool();
        if (auto s = text(v)) return *s == "true";
        if (!v.isObject() || v.asObject().size() != 1)
            fail(v.pos(), "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition");
        const JsonMember& f = v.asObject().front();
        if (f.key == "Condition" && f.value.isString())
            return condition(f.value.asString(), v.pos());
        if (!f.value.isArray()) fail(v.pos(), f.key + " needs a list");
        const auto& args = f.value.asArray();
        if (f.key == "Fn::Equals") {
            if (args.size() != 2) fail(v.pos(), "Fn::Equals needs two values");
            const Json a = eval(args[0], depth + 1), b = eval(args[1], depth + 1);
            if (isUnresolved(a) || isUnresolved(b)) {
                noteMissing(isUnresolved(a) ? a : b);
                return false;
            }
            const auto ta = text(a), tb = text(b);
            return ta && tb ? *ta == *tb : a == b;
        }
        if (f.key == "Fn::Not") {
            if (args.size() != 1) fail(v.pos(), "Fn::Not needs one condition");
            return !truth(args[0], depth + 1);
        }
        if (f.key == "Fn::And" || f.key == "Fn::Or") {
            const bool all = f.key == "Fn::And";
            bool result = all;
            for (const Json& a : args)
                result = all ? (truth(a, depth + 1) && result) : (truth(a, depth + 1) || result);
            return result;
        }
        fail(v.pos(), "unknown condition function " + f.key);
    }

    void noteMissing(const Json& v)
    {
        if (std::string why = missingWhat(v, 0); !why.empty())
            m_missing = std::move(why);
        else if (m_missing.empty())
            m_missing = "it depends on a value not known at import";
    }

    /// Why an unresolved value has none: the parameter with no value inside it (a
    /// Fn::FindInMap keyed by one, too), else an imported value; empty when neither.
    std::string missingWhat(const Json& v, int depth) const
    {
        if (depth > 32) return {};
        if (const Json* r = v.find("Ref"); r && r->isString() && hasParameter(r->asString()))
            return "parameter " + r->asString() + " has no value";
        if (v.find("Fn::ImportValue")) return "it depends on an imported value";
        std::string why;
        if (v.isArray())
            for (const Json& e : v.asArray())
                if (why.empty()) why = missingWhat(e, depth + 1);
        if (v.isObject())
            for (const JsonMember& m : v.asObject())
                if (why.empty()) why = missingWhat(m.value, depth + 1);
        return why;
    }

    Json ref(const std::string& name, SourcePos pos)
    {
        if (name == "AWS::Region") return Json(m_options.region);
        if (name == "AWS::NoValue") return single(kNoValue, Json(true));
        if (name == "AWS::AccountId") return Json("123456789012");
        if (name == "AWS::Partition") return Json("aws");
        if (name == "AWS::URLSuffix") return Json("amazonaws.com");
        if (name == "AWS::StackName") return Json("stack");
        if (name == "AWS::StackId")
            return Json("arn:aws:cloudformation:" + m_options.region +
                        ":123456789012:stack/stack/00000000-0000-0000-0000-000000000000");
        if (name == "AWS::NotificationARNs") return Json::array();
        if (auto it = m_out.parameters.find(name); it != m_out.parameters.end()) return it->second;
        if (m_resourceIds.count(name)) {
            if (m_refs) m_refs->insert(name);
        } else if (!hasParameter(name)) {
            fail(pos, "Ref names \"" + name + "\", which is no parameter or resource");
        }
        return single("Ref", Json(name));
    }

    Json eval(const Json& v, int depth)
    {
        if (depth > 128) fail(v.pos(), "intrinsic functions nested too deep");
        if (v.isArray()) {
            Json out = Json::array();
            for (const Json& e : v.asArray()) {
                Json r = eval(e, depth + 1);
                if (!isNoValue(r)) out.asArray().push_back(std::move(r));
            }
            out.setPos(v.pos());
            return out;
        }
        if (!v.isObject()) return v;
        if (v.asObject().size() == 1) {
            const JsonMember& f = v.asObject().front();
            if (f.key == "Ref" || f.key.starts_with("Fn::") || f.key == "Condition")
                return function(f.key, f.value, v.pos(), depth);
        }
        Json out = Json::object();
        for (const JsonMember& m : v.asObject()) {
            Json r = eval(m.value, depth + 1);
            if (!isNoValue(r)) out.asObject().push_back(JsonMember{m.key, std::move(r), m.keyPos});
        }
        out.setPos(v.pos());
        return out;
    }

    Json function(const std::string& f, const Json& arg, SourcePos pos, int depth)
    {
        auto list = [&](size_t n) -> const Json::Array& {
            if (!arg.isArray() || arg.asArray().size() != n)
                fail(pos, f + " needs a list of " + std::to_string(n));
            return arg.asArray();
        };
        if (f == "Ref") {
            if (!arg.isString()) fail(pos, "Ref needs a name");
            Json value = ref(arg.asString(), pos);
            if (m_out.parameters.count(arg.asString()) && pos.line > 0) {
                value.setPos(pos);
                m_out.parameterAt[{pos.line, pos.col}] = arg.asString();
            }
            return value;
        }
        if (f == "Condition") {
            if (!arg.isString()) fail(pos, "Condition needs a name");
            return Json(condition(arg.asString(), pos));
        }
        if (f == "Fn::If") {
            const auto& a = list(3);
            if (!a[0].isString()) fail(pos, "Fn::If needs a condition name first");
            return eval(condition(a[0].asString(), pos) ? a[1] : a[2], depth + 1);
        }
        if (f == "Fn::GetAtt") {
            Json target = arg;
            if (arg.isString()) {
                const std::string s = arg.asString();
                const size_t dot = s.find('.');
                target = Json(Json::Array{Json(s.substr(0, dot)),
                                          Json(dot == std::string::npos ? "" : s.substr(dot + 1))});
            }
            if (!target.isArray() || target.asArray().empty() || !target.asArray()[0].isString())
                fail(pos, "Fn::GetAtt needs [RESOURCE, ATTRIBUTE]");
            const std::string& id = target.asArray()[0].asString();
            if (!m_resourceIds.count(id)) fail(pos, "Fn::GetAtt names no resource \"" + id + "\"");
            if (m_refs) m_refs->insert(id);
            return single("Fn::GetAtt", eval(target, depth + 1));
        }
        if (f == "Fn::GetAZs") {
            Json out = Json::array();
            for (const auto& z : m_options.zones)
                out.asArray().push_back(Json(z));
            return out;
        }
        if (f == "Fn::Select") {
            const auto& a = list(2);
            const Json index = eval(a[0], depth + 1);
            const Json from = eval(a[1], depth + 1);
            const auto i = text(index);
            if (!i || !from.isArray()) return single("Fn::Select", Json(Json::Array{index, from}));
            char* end = nullptr;
            const long n = std::strtol(i->c_str(), &end, 10);
            if (*end != '\0' || n < 0 || static_cast<size_t>(n) >= from.asArray().size())
                fail(pos, "Fn::Select index " + *i + " is outside the list");
            return from.asArray()[static_cast<size_t>(n)];
        }
        if (f == "Fn::Join") {
            const auto& a = list(2);
            const Json parts = eval(a[1], depth + 1);
            const auto delim = text(eval(a[0], depth + 1));
            if (!delim || !parts.isArray())
                return single("Fn::Join", Json(Json::Array{a[0], parts}));
            std::string out;
            for (size_t i = 0; i < parts.asArray().size(); ++i) {
                const auto t = text(parts.asArray()[i]);
                if (!t) return single("Fn::Join", Json(Json::Array{Json(*delim), parts}));
                out += (i ? *delim : "") + *t;
            }
            return Json(out);
        }
        if (f == "Fn::Split") {
            const auto& a = list(2);
            const auto delim = text(eval(a[0], depth + 1));
            const Json source = eval(a[1], depth + 1);
            const auto s = text(source);
            if (!delim || delim->empty() || !s)
                return single("Fn::Split", Json(Json::Array{a[0], source}));
            Json out = Json::array();
            size_t start = 0;
            for (size_t at; (at = s->find(*delim, start)) != std::string::npos;
                 start = at + delim->size())
                out.asArray().push_back(Json(s->substr(start, at - start)));
            out.asArray().push_back(Json(s->substr(start)));
            return out;
        }
        if (f == "Fn::FindInMap") {
            const auto& a = list(3);
            const Json* node = m_root.find("Mappings");
            for (const Json& k : a) {
                const auto key = text(eval(k, depth + 1));
                if (!key || !node) return single("Fn::FindInMap", arg);
                const Json* next = node->find(*key);
                if (!next) fail(pos, "Fn::FindInMap: no \"" + *key + "\" in the mapping");
                node = next;
            }
            return eval(*node, depth + 1);
        }
        if (f == "Fn::Sub") return sub(arg, pos, depth);
        if (f == "Fn::Base64") return eval(arg, depth + 1);
        // Fn::ImportValue, Fn::Cidr, Fn::Transform and the condition functions outside
        // Conditions: kept, with what they hold resolved.
        return single(f.c_str(), eval(arg, depth + 1));
    }

    /// ${Param}, ${AWS::Region} and the variables given are put in; ${Resource} and
    /// ${Resource.Attr} are references, left in the text.
    Json sub(const Json& arg, SourcePos pos, int depth)
    {
        Json source = arg;
        Json vars = Json::object();
        if (arg.isArray()) {
            if (arg.asArray().size() != 2) fail(pos, "Fn::Sub needs TEXT or [TEXT, VARIABLES]");
            source = arg.asArray()[0];
            vars = eval(arg.asArray()[1], depth + 1);
        }
        if (!source.isString()) fail(pos, "Fn::Sub needs text");
        const std::string& s = source.asString();
        std::string out;
        bool whole = true;
        for (size_t i = 0; i < s.size();) {
            if (s.compare(i, 3, "${!") == 0) {
                out += "${";
                i += 3;
                continue;
            }
            if (s.compare(i, 2, "${") != 0) {
                out += s[i++];
                continue;
            }
            const size_t close = s.find('}', i);
            if (close == std::string::npos) fail(pos, "Fn::Sub: a ${ without its }");
            const std::string name = s.substr(i + 2, close - i - 2);
            std::optional<std::string> value;
            if (const Json* v = vars.isObject() ? vars.find(name) : nullptr) {
                value = text(*v);
            } else {
                const std::string base = name.substr(0, name.find('.'));
                if (m_resourceIds.count(base)) {
                    if (m_refs) m_refs->insert(base);
                } else if (name.find('.') == std::string::npos) {
                    value = text(ref(name, pos));
                }
            }
            if (value) {
                out += *value;
            } else {
                out += s.substr(i, close - i + 1);
                whole = false;
            }
            i = close + 1;
        }
        if (whole) return Json(out);
        return single("Fn::Sub", Json(out));
    }

    /// Depth-first over references and DependsOn, with a stack of its own: 5,000
    /// resources in a chain must not exhaust the call stack.
    void checkReferenceCycles()
    {
        std::map<std::string, std::vector<std::string>> edges;
        for (const auto& [id, deps] : m_deps)
            edges[id].assign(deps.begin(), deps.end());
        for (const auto& r : m_out.resources)
            edges[r.id].insert(edges[r.id].end(), r.refs.begin(), r.refs.end());
        std::map<std::string, int> state; // 1 on the path, 2 done
        struct Frame
        {
            std::string id;
            size_t next = 0;
        };
        for (const auto& start : m_out.resources) {
            if (state[start.id] != 0) continue;
            std::vector<Frame> path{{start.id}};
            state[start.id] = 1;
            while (!path.empty()) {
                Frame& top = path.back();
                const auto& out = edges[top.id];
                if (top.next == out.size()) {
                    state[top.id] = 2;
                    path.pop_back();
                    continue;
                }
                const std::string next = out[top.next++];
                if (state[next] == 1) {
                    std::string cycle;
                    auto at = std::find_if(path.begin(), path.end(),
                                           [&](const Frame& f) { return f.id == next; });
                    for (; at != path.end(); ++at)
                        cycle += at->id + " -> ";
                    const TemplateResource* r = m_out.resource(next);
                    fail(r ? r->pos : SourcePos{},
                         "resources refer to each other in a cycle: " + cycle + next);
                }
                if (state[next] == 0) {
                    state[next] = 1;
                    path.push_back({next});
                }
            }
        }
    }

    const Json& m_root;
    const std::string& m_file;
    const ImportOptions& m_options;
    ResolvedTemplate m_out;
    std::set<std::string> m_resourceIds;
    std::map<std::string, bool> m_conditions;
    std::vector<std::string> m_evaluating;
    std::string m_missing; ///< why a value met has none ("parameter Env has no value")
    std::map<std::string, std::string> m_missingIn; ///< by condition
    std::set<std::string>* m_refs = nullptr;
    std::map<std::string, std::set<std::string>> m_deps;
};

} // namespace

const TemplateResource* ResolvedTemplate::resource(const std::string& id) const
{
    for (const auto& r : resources)
        if (r.id == id) return &r;
    return nullptr;
}

const std::string* ResolvedTemplate::parameterOf(const Json& value) const
{
    const SourcePos p = value.pos();
    if (p.line <= 0) return nullptr;
    auto it = parameterAt.find({p.line, p.col});
    return it == parameterAt.end() ? nullptr : &it->second;
}

ResolvedTemplate resolveTemplate(const Json& root, const std::string& file,
                                 const ImportOptions& options)
{
    return Resolver(root, file, options).run();
}

bool isUnresolved(const Json& value)
{
    if (!value.isObject() || value.asObject().size() != 1) return false;
    const std::string& key = value.asObject().front().key;
    return key == "Ref" || key == "Fn::GetAtt" || key == "Fn::ImportValue" || key == "Fn::Sub" ||
           key == "Fn::Select" || key == "Fn::Join" || key == "Fn::Split" || key == "Fn::FindInMap";
}

} // namespace azimuth::model
