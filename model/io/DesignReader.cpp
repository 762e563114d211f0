#include "DesignReader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace azimuth::model {

namespace {

/// A string that is a whole JSON-style number ("2", "-0.5", " 3 " is not).
std::optional<double> numberFromString(const std::string& s)
{
    if (s.empty()) return std::nullopt;
    double v = 0;
    const char* begin = s.data();
    const char* end = s.data() + s.size();
    if (*begin == '+') return std::nullopt;
    auto [p, ec] = std::from_chars(begin, end, v);
    if (ec != std::errc() || p != end || !std::isfinite(v)) return std::nullopt;
    return v;
}

/// Coerces strings-as-numbers and strings-as-booleans, as many JSON tools write them.
std::optional<double> asNumber(const Json& v)
{
    if (v.isNumber()) return v.asNumber();
    if (v.isString()) return numberFromString(v.asString());
    return std::nullopt;
}

std::optional<bool> asBool(const Json& v)
{
    if (v.isBool()) return v.asBool();
    if (v.isString()) {
        if (v.asString() == "true") return true;
        if (v.asString() == "false") return false;
    }
    return std::nullopt;
}

class Reader
{
  public:
    Reader(const std::string& file, const KindCatalog& catalog, const DesignLimits& limits)
        : m_file(file), m_catalog(catalog), m_limits(limits)
    {
    }

    Design read(std::string_view text)
    {
        if (text.size() > m_limits.maxBytes)
            fail({}, "the file is over the limit of " +
                         std::to_string(m_limits.maxBytes / (1024 * 1024)) +
                         " MiB (limit: file size)");
        Json root;
        try {
            JsonParseOptions opts;
            opts.maxDepth = m_limits.maxDepth;
            root = parseJson(text, opts);
        } catch (const JsonParseError& e) {
            fail(e.pos(), std::string("not valid JSON: ") + e.what());
        }
        if (!root.isObject())
            fail(root.pos(), "the file is not a JSON object; expected an .azimuth design");

        Design d;
        readHeader(root, d);
        const Json* comps = root.find("components");
        if (!comps) fail(root.pos(), "missing \"components\" (a list, which may be empty)");
        if (!comps->isArray()) fail(comps->pos(), "\"components\" must be a list");
        if (comps->asArray().size() > m_limits.maxComponents)
            fail(comps->pos(), "the file has " + std::to_string(comps->asArray().size()) +
                                   " components, over the limit of " +
                                   std::to_string(m_limits.maxComponents) + " (limit: components)");
        const Json* conns = root.find("connections");
        if (conns && !conns->isArray()) fail(conns->pos(), "\"connections\" must be a list");
        if (conns && conns->asArray().size() > m_limits.maxConnections)
            fail(conns->pos(), "the file has " + std::to_string(conns->asArray().size()) +
                                   " connections, over the limit of " +
                                   std::to_string(m_limits.maxConnections) +
                                   " (limit: connections)");
        d.reserve(comps->asArray().size(), conns ? conns->asArray().size() : 0);

        for (const auto& c : comps->asArray())
            readComponent(c, d);
        checkReferences(d);
        checkCycles(d);
        if (conns) readConnections(*conns, d);
        for (const auto& m : root.asObject())
            if (!isKnownTopKey(m.key)) d.extra.asObject().push_back(m);
        return d;
    }

  private:
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const
    {
        throw LoadError(m_file, pos, message);
    }

    static bool isKnownTopKey(const std::string& k)
    {
        return k == "format" || k == "version" || k == "title" || k == "settings" ||
               k == "components" || k == "connections";
    }

    void readHeader(const Json& root, Design& d)
    {
        const Json* format = root.find("format");
        if (!format)
            fail(root.pos(), "missing \"format\": \"azimuth\"; this is not an .azimuth design");
        if (!format->isString() || format->asString() != "azimuth")
            fail(format->pos(), "\"format\" is " + writeJsonCompact(*format) +
                                    "; an .azimuth design has \"format\": \"azimuth\"");
        const Json* version = root.find("version");
        if (!version) fail(root.pos(), "missing \"version\"");
        auto v = asNumber(*version);
        if (!v || *v != std::floor(*v) || *v < 1)
            fail(version->pos(),
                 "\"version\" must be a whole number from 1; it is " + writeJsonCompact(*version));
        if (*v > kFormatVersion)
            fail(version->pos(), "this file is version " + formatJsonNumber(*v) +
                                     " of the .azimuth format, made by a newer Azimuth; this "
                                     "Azimuth reads version " +
                                     std::to_string(kFormatVersion) +
                                     " and older. Please update Azimuth to open it.");
        d.version = kFormatVersion; // older versions are migrated here as they appear

        if (const Json* t = root.find("title")) {
            if (t->isString())
                d.title = t->asString();
            else
                d.extra.asObject().push_back(JsonMember{"title", *t, {}});
        }
        if (const Json* s = root.find("settings")) {
            if (!s->isObject()) fail(s->pos(), "\"settings\" must be an object");
            readSettings(*s, d.settings);
        }
    }

    void readSettings(const Json& s, Settings& out)
    {
        for (const auto& m : s.asObject()) {
            bool ok = true;
            if (m.key == "hoursPerMonth" || m.key == "termMonths" || m.key == "discountPercent") {
                auto n = asNumber(m.value);
                ok = n.has_value();
                if (ok) {
                    if (m.key == "hoursPerMonth")
                        out.hoursPerMonth = n;
                    else if (m.key == "termMonths")
                        out.termMonths = n;
                    else
                        out.discountPercent = n;
                }
            } else if (m.key == "currency") {
                ok = m.value.isString();
                if (ok) out.currency = m.value.asString();
            } else if (m.key == "freeTier") {
                auto b = asBool(m.value);
                ok = b.has_value();
                if (ok) out.freeTier = b;
            } else {
                ok = false;
            }
            // Unknown keys, and known ones of a type we cannot use, survive untouched.
            if (!ok) out.extra.asObject().push_back(m);
        }
    }

    std::string requireId(const Json& obj, const char* key, const std::string& what)
    {
        const Json* id = obj.find(key);
        if (!id) fail(obj.pos(), what + " has no \"" + key + "\"");
        if (!id->isString()) fail(id->pos(), "\"" + std::string(key) + "\" must be a string");
        return id->asString();
    }

    void readComponent(const Json& c, Design& d)
    {
        if (!c.isObject()) fail(c.pos(), "each entry of \"components\" must be an object");
        Component comp;
        comp.sourceLine = c.pos().line;
        std::string id = requireId(c, "id", "a component");
        if (!isValidId(id))
            fail(c.find("id")->pos(), "component id \"" + id +
                                          "\" is not valid: use 1 to 64 letters, digits, '-', "
                                          "'_' or '.'");
        comp.id = ComponentId(id);
        auto [it, fresh] = m_componentPos.emplace(id, c.pos());
        if (!fresh)
            fail(c.find("id")->pos(), "duplicate component id \"" + id + "\" (first at line " +
                                          std::to_string(it->second.line) + ")");
        const Json* kind = c.find("kind");
        if (!kind) fail(c.pos(), "component \"" + id + "\" has no \"kind\"");
        if (!kind->isString())
            fail(kind->pos(), "component \"" + id + "\": \"kind\" must be a string");
        const KindSpec* spec = m_catalog.find(kind->asString());
        if (!spec)
            fail(kind->pos(),
                 "component \"" + id + "\" has an unknown kind \"" + kind->asString() + "\"");
        comp.kind = kind->asString();

        for (const auto& m : c.asObject()) {
            if (m.key == "id" || m.key == "kind") continue;
            if (m.key == "parent") {
                if (!m.value.isString())
                    fail(m.value.pos(),
                         "component \"" + id + "\": \"parent\" must be a component id");
                comp.parent = ComponentId(m.value.asString());
                m_refs.push_back({m.value.pos(), id, "parent", m.value.asString()});
            } else if (m.key == "name" && m.value.isString()) {
                comp.name = m.value.asString();
            } else if (m.key == "props") {
                if (!m.value.isObject())
                    fail(m.value.pos(), "component \"" + id + "\": \"props\" must be an object");
                comp.props = normalizeProps(m.value, *spec, id);
            } else if (m.key == "geometry" && readGeometry(m.value, comp)) {
                // read
            } else {
                comp.extra.asObject().push_back(m);
            }
        }
        d.insertComponent(std::move(comp));
    }

    bool readGeometry(const Json& g, Component& comp)
    {
        if (!g.isObject()) return false;
        Geometry geo;
        double* fields[] = {&geo.x, &geo.y, &geo.w, &geo.h};
        const char* names[] = {"x", "y", "w", "h"};
        if (g.asObject().size() != 4) return false; // extra keys: keep it verbatim instead
        for (int i = 0; i < 4; ++i) {
            const Json* v = g.find(names[i]);
            auto n = v ? asNumber(*v) : std::nullopt;
            if (!n) return false;
            *fields[i] = *n;
        }
        comp.geometry = geo;
        return true;
    }

    Json normalizeProps(const Json& props, const KindSpec& spec, const std::string& id)
    {
        Json out = props;
        out.setPos({});
        for (auto& m : out.asObject()) {
            const PropertySpec* p = spec.prop(m.key);
            if (!p) continue;
            switch (p->type) {
            case PropType::Int:
            case PropType::Number:
                if (m.value.isString())
                    if (auto n = numberFromString(m.value.asString())) m.value = Json(*n);
                break;
            case PropType::Bool:
                if (m.value.isString())
                    if (auto b = asBool(m.value)) m.value = Json(*b);
                break;
            case PropType::Zones:
            case PropType::Subnets:
                if (m.value.isArray())
                    for (const auto& z : m.value.asArray())
                        if (z.isString()) m_refs.push_back({z.pos(), id, p->name, z.asString()});
                break;
            default:
                break;
            }
        }
        // Hold props in the order they are written (catalog order, then unknown ones in
        // file order), so a design read back from its own file compares equal.
        std::stable_partition(out.asObject().begin(), out.asObject().end(),
                              [&](const JsonMember& m) { return spec.prop(m.key) != nullptr; });
        std::stable_sort(out.asObject().begin(), out.asObject().end(),
                         [&](const JsonMember& a, const JsonMember& b) {
                             return propRank(spec, a.key) < propRank(spec, b.key);
                         });
        return out;
    }

    static size_t propRank(const KindSpec& spec, const std::string& key)
    {
        for (size_t i = 0; i < spec.props.size(); ++i)
            if (spec.props[i].name == key) return i;
        return spec.props.size(); // unknown: after every known one, in file order
    }

    struct Ref
    {
        SourcePos pos;
        std::string from;
        std::string field;
        std::string target;
    };

    void checkReferences(const Design& d)
    {
        for (const auto& r : m_refs)
            if (!d.component(ComponentId(r.target)))
                fail(r.pos, "component \"" + r.from + "\": \"" + r.field +
                                "\" names a missing component \"" + r.target + "\"");
    }

    void checkCycles(const Design& d)
    {
        // 0 = unvisited, 1 = on the current path, 2 = known to reach the top level.
        std::unordered_map<std::string, int> state;
        state.reserve(d.components().size());
        std::vector<const Component*> path;
        for (const auto& start : d.components()) {
            path.clear();
            const Component* c = &start;
            while (c && state[c->id.value] == 0) {
                state[c->id.value] = 1;
                path.push_back(c);
                c = c->parent.empty() ? nullptr : d.component(c->parent);
            }
            if (c && state[c->id.value] == 1) {
                SourcePos pos = m_componentPos[c->id.value];
                fail(pos, "component \"" + c->id.value +
                              "\" is inside itself: its chain of parents loops back to it");
            }
            for (const Component* p : path)
                state[p->id.value] = 2;
        }
    }

    /// A connection's props: an object whose traffic figures are GB, 0 or more (a number
    /// written as text is read as the number, as component props are).
    Json connectionProps(const Json& props, const std::string& what)
    {
        if (!props.isObject()) fail(props.pos(), what + ": \"props\" must be an object");
        Json out = props;
        for (auto& m : out.asObject()) {
            if (m.key != "gbPerMonth" && m.key != "gbPerMonthReturn") continue;
            std::optional<double> gb;
            if (m.value.isNumber())
                gb = m.value.asNumber();
            else if (m.value.isString())
                gb = numberFromString(m.value.asString());
            if (!gb || !std::isfinite(*gb) || *gb < 0)
                fail(m.value.pos(), what + ": \"" + m.key + "\" must be a number of GB, 0 or " +
                                        "more; it is " + writeJsonCompact(m.value));
            m.value = Json(*gb);
        }
        return out;
    }

    void readConnections(const Json& conns, Design& d)
    {
        // Ids written in the file first, so assigned ones never clash with them.
        std::unordered_set<std::string> used;
        for (const auto& c : conns.asArray()) {
            if (!c.isObject()) fail(c.pos(), "each entry of \"connections\" must be an object");
            if (const Json* id = c.find("id")) {
                if (!id->isString() || !isValidId(id->asString()))
                    fail(id->pos(),
                         "connection id " + writeJsonCompact(*id) +
                             " is not valid: use 1 to 64 letters, digits, '-', '_' or '.'");
                if (!used.insert(id->asString()).second)
                    fail(id->pos(), "duplicate connection id \"" + id->asString() + "\"");
            }
        }
        size_t next = 1;
        for (const auto& c : conns.asArray()) {
            Connection conn;
            conn.sourceLine = c.pos().line;
            if (const Json* id = c.find("id")) {
                conn.id = ConnectionId(id->asString());
            } else {
                std::string gen;
                do
                    gen = "c" + std::to_string(next++);
                while (used.count(gen));
                used.insert(gen);
                conn.id = ConnectionId(gen);
                conn.idAssigned = true;
            }
            const std::string what = "connection \"" + conn.id.value + "\"";
            for (const char* end : {"from", "to"}) {
                const Json* v = c.find(end);
                if (!v) fail(c.pos(), what + " has no \"" + end + "\"");
                if (!v->isString())
                    fail(v->pos(), what + ": \"" + end + "\" must be a component id");
                if (!d.component(ComponentId(v->asString())))
                    fail(v->pos(), what + ": \"" + end + "\" names a missing component \"" +
                                       v->asString() + "\"");
                (std::string_view(end) == "from" ? conn.from : conn.to) =
                    ComponentId(v->asString());
            }
            for (const auto& m : c.asObject()) {
                if (m.key == "id" || m.key == "from" || m.key == "to") continue;
                if (m.key == "mode" && m.value.isString())
                    conn.mode = m.value.asString();
                else if (m.key == "label" && m.value.isString())
                    conn.label = m.value.asString();
                else if (m.key == "props")
                    conn.props = connectionProps(m.value, what);
                else
                    conn.extra.asObject().push_back(m);
            }
            d.insertConnection(std::move(conn));
        }
    }

    const std::string& m_file;
    const KindCatalog& m_catalog;
    const DesignLimits& m_limits;
    std::unordered_map<std::string, SourcePos> m_componentPos;
    std::vector<Ref> m_refs;
};

} // namespace

Design readDesign(std::string_view text, const std::string& fileName, const KindCatalog& catalog,
                  const DesignLimits& limits)
{
    return Reader(fileName, catalog, limits).read(text);
}

Design readDesignFile(const std::string& path, const KindCatalog& catalog,
                      const DesignLimits& limits)
{
    std::string text = readFileText(path, limits.maxBytes, "the design");
    return readDesign(text, path, catalog, limits);
}

} // namespace azimuth::model
