#include "DiffReport.h"
#include "DiffWords.h"
#include "model/cost/CostEngine.h"

namespace azimuth::model {

namespace {

Json money(double v)
{
    return Json(roundCents(v));
}

Json figures(const CostFigures& f)
{
    Json o = Json::object();
    o.set("monthly", money(f.monthly));
    o.set("upfront", money(f.upfront));
    o.set("effectiveMonthly", money(f.effectiveMonthly));
    o.set("complete", Json(f.complete));
    return o;
}

Json item(const ItemChange& i)
{
    Json o = Json::object();
    o.set("change", Json(itemChangeMark(i.change)));
    o.set("type", Json(i.connection ? "connection" : "component"));
    o.set("id", Json(i.id));
    o.set("kind", Json(i.kind));
    o.set("name", Json(i.name));
    Json fields = Json::array();
    for (const auto& f : i.fields) {
        Json c = Json::object();
        c.set("field", Json(f.field));
        c.set("old", f.before);
        c.set("new", f.after);
        fields.asArray().push_back(std::move(c));
    }
    o.set("changes", std::move(fields));
    return o;
}

Json findingList(const std::vector<Finding>& findings)
{
    Json list = Json::array();
    for (const auto& f : findings) {
        Json o = Json::object();
        o.set("rule", Json(f.rule));
        o.set("severity", Json(severityName(f.severity)));
        Json ids = Json::array();
        for (const auto& id : f.components)
            ids.asArray().emplace_back(id.value);
        o.set("components", std::move(ids));
        o.set("message", Json(f.message));
        o.set("hint", Json(f.hint));
        list.asArray().push_back(std::move(o));
    }
    return list;
}

} // namespace

std::string diffJson(const std::string& oldFile, const std::string& newFile, const DesignDiff& diff)
{
    Json root = Json::object();
    root.set("old", Json(oldFile));
    root.set("new", Json(newFile));
    root.set("headline", Json(diffHeadline(diff)));
    root.set("empty", Json(diff.empty()));

    const CostSection& c = diff.cost;
    Json cost = Json::object();
    cost.set("currency", Json(c.currency));
    cost.set("old", figures(c.before));
    cost.set("new", figures(c.after));
    Json delta = Json::object();
    delta.set("monthly", money(c.after.monthly - c.before.monthly));
    delta.set("upfront", money(c.after.upfront - c.before.upfront));
    delta.set("effectiveMonthly", money(c.after.effectiveMonthly - c.before.effectiveMonthly));
    cost.set("delta", std::move(delta));
    cost.set("percent", c.percent() ? Json(roundPercent(*c.percent())) : Json());
    Json items = Json::array();
    for (const auto& ci : c.items) {
        Json o = item(ci.item);
        o.set("old", figures(ci.before));
        o.set("new", figures(ci.after));
        o.set("delta", money(ci.delta()));
        items.asArray().push_back(std::move(o));
    }
    cost.set("items", std::move(items));
    root.set("cost", std::move(cost));

    Json findings = Json::object();
    findings.set("introduced", findingList(diff.introduced));
    findings.set("resolved", findingList(diff.resolved));
    root.set("findings", std::move(findings));

    Json resilience = Json::array();
    for (const auto& r : diff.resilience) {
        Json o = Json::object();
        o.set("failed", Json(r.failed.value));
        o.set("failedName", Json(r.failedName));
        o.set("users", Json(r.entryPoint.value));
        o.set("usersName", Json(r.entryName));
        o.set("old", r.before ? Json(*r.before) : Json());
        o.set("new", Json(r.after));
        resilience.asArray().push_back(std::move(o));
    }
    root.set("resilience", std::move(resilience));

    Json structure = Json::array();
    for (const auto& i : diff.structure)
        structure.asArray().push_back(item(i));
    root.set("structure", std::move(structure));
    return writeJsonPretty(root) + "\n";
}

} // namespace azimuth::model
