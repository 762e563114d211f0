#include "PriceCatalog.h"

#include "model/core/BuiltinResources.h"
#include "model/core/Json.h"
#include "model/io/LoadError.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace azimuth::model {

namespace {
constexpr int kPricesVersion = 1;
constexpr size_t kMaxPricesBytes = 16ull * 1024 * 1024;

bool isTextKey(std::string_view key)
{
    return key == "source" || key == "note" || key == "name" || key == "id" || key == "about";
}
} // namespace

/// Reads the JSON of a catalog into a PriceCatalog, refusing it with FILE:LINE:COL.
class PriceCatalogParser
{
  public:
    explicit PriceCatalogParser(const std::string& file) : m_file(file) {}

    PriceCatalog parse(std::string_view text)
    {
        Json root;
        try {
            root = parseJson(text);
        } catch (const JsonParseError& e) {
            fail(e.pos(), std::string("not valid JSON: ") + e.what());
        }
        if (!root.isObject()) fail(root.pos(), "a price catalog is a JSON object");
        PriceCatalog c;
        const Json& format = required(root, "format", "the catalog");
        if (!format.isString() || format.asString() != "azimuth-prices")
            fail(format.pos(), "\"format\" must be \"azimuth-prices\"");
        const Json& version = required(root, "version", "the catalog");
        if (!version.isNumber()) fail(version.pos(), "\"version\" must be a number");
        if (version.asNumber() > kPricesVersion)
            fail(version.pos(), "price catalog version " + formatJsonNumber(version.asNumber()) +
                                    " is newer than this build reads (version " +
                                    std::to_string(kPricesVersion) + ")");
        c.m_asOf = text_(required(root, "asOf", "the catalog"), "asOf");
        c.m_currency = text_(required(root, "currency", "the catalog"), "currency");
        if (const Json* s = root.find("sources")) readSources(*s, c);
        if (const Json* t = root.find("instanceTypes")) readInstanceTypes(*t, c);
        if (const Json* m = root.find("commitments")) readCommitments(*m, c);
        if (const Json* s = root.find("spotDiscountPercent")) {
            StringMap<PriceFact> flat;
            flatten(object(*s, "spotDiscountPercent"), "", sourceOf(*s, ""), flat);
            for (auto& [k, v] : flat) {
                if (v.rate > 100) fail(s->pos(), "spot discount of \"" + k + "\" is over 100%");
                c.m_spotDiscountPercent.emplace(k, v);
            }
        }
        if (const Json* f = root.find("freeTier")) {
            for (const auto& m : object(*f, "freeTier").asObject()) {
                if (isTextKey(m.key)) continue;
                c.m_freeTier[m.key] = nonNegative(m.value, "freeTier." + m.key);
            }
        }
        const Json& regions = object(required(root, "regions", "the catalog"), "regions");
        for (const auto& m : regions.asObject())
            c.m_regions[m.key] = readRegion(m.key, m.value);
        // Global services (CloudFront, Route 53) have one price table outside the regions.
        if (const Json* g = root.find("global"))
            c.m_global = readRegion(std::string(PriceCatalog::kGlobalTable), *g);
        return c;
    }

  private:
    [[noreturn]] void fail(SourcePos pos, const std::string& message) const
    {
        throw LoadError(m_file, pos, message);
    }

    const Json& required(const Json& obj, std::string_view key, const std::string& where) const
    {
        const Json* v = obj.find(key);
        if (!v) fail(obj.pos(), where + " has no \"" + std::string(key) + "\"");
        return *v;
    }

    const Json& object(const Json& v, const std::string& what) const
    {
        if (!v.isObject()) fail(v.pos(), "\"" + what + "\" must be an object");
        return v;
    }

    std::string text_(const Json& v, const std::string& what) const
    {
        if (!v.isString()) fail(v.pos(), "\"" + what + "\" must be a string");
        return v.asString();
    }

    double nonNegative(const Json& v, const std::string& what) const
    {
        if (!v.isNumber()) fail(v.pos(), "\"" + what + "\" must be a number");
        double d = v.asNumber();
        if (!std::isfinite(d) || d < 0) fail(v.pos(), "\"" + what + "\" cannot be negative");
        return d;
    }

    std::string sourceOf(const Json& obj, const std::string& inherited) const
    {
        if (const Json* s = obj.find("source")) return text_(*s, "source");
        return inherited;
    }

    /// A price: a number, or { "rate", "source", "estimate", "note" }.
    PriceFact priceOf(const Json& v, const std::string& path, const std::string& source) const
    {
        PriceFact p;
        p.source = source;
        if (v.isNumber()) {
            p.rate = nonNegative(v, path);
            return p;
        }
        if (!v.isObject() || !v.find("rate"))
            fail(v.pos(), "\"" + path + "\" must be a price: a number or an object with \"rate\"");
        p.rate = nonNegative(*v.find("rate"), path + ".rate");
        p.source = sourceOf(v, source);
        if (const Json* e = v.find("estimate")) {
            if (!e->isBool()) fail(e->pos(), "\"" + path + ".estimate\" must be true or false");
            p.estimate = e->asBool();
        }
        if (const Json* n = v.find("note")) p.note = text_(*n, path + ".note");
        return p;
    }

    /// Every price under an object, by dotted path; text keys are documentation.
    void flatten(const Json& obj, const std::string& prefix, const std::string& source,
                 StringMap<PriceFact>& out) const
    {
        for (const auto& m : obj.asObject()) {
            if (isTextKey(m.key)) {
                text_(m.value, prefix + m.key);
                continue;
            }
            std::string path = prefix + m.key;
            if (m.value.isNumber() || (m.value.isObject() && m.value.find("rate")))
                out[path] = priceOf(m.value, path, source);
            else if (m.value.isObject())
                flatten(m.value, path + ".", sourceOf(m.value, source), out);
            else
                fail(m.value.pos(), "\"" + path + "\" must be a price or a table of prices");
        }
    }

    void readSources(const Json& v, PriceCatalog& c) const
    {
        if (!v.isArray()) fail(v.pos(), "\"sources\" must be a list");
        for (const auto& s : v.asArray()) {
            if (!s.isObject()) fail(s.pos(), "each source must be an object");
            PriceSource src;
            src.id = text_(required(s, "id", "a source"), "id");
            if (const Json* g = s.find("grade")) src.grade = text_(*g, "grade");
            if (const Json* d = s.find("asOf")) src.asOf = text_(*d, "asOf");
            if (const Json* t = s.find("title")) src.title = text_(*t, "title");
            if (const Json* u = s.find("url")) {
                src.url = text_(*u, "url");
                if (src.url.rfind("https://", 0) != 0 && src.url.rfind("http://", 0) != 0)
                    fail(u->pos(), "a source's \"url\" must start with https:// or http://");
            }
            c.m_sources.push_back(std::move(src));
        }
    }

    void readInstanceTypes(const Json& v, PriceCatalog& c) const
    {
        for (const auto& m : object(v, "instanceTypes").asObject()) {
            const Json& t = object(m.value, "instanceTypes." + m.key);
            InstanceTypeInfo info;
            if (const Json* f = t.find("family")) info.family = text_(*f, "family");
            if (const Json* n = t.find("vcpu")) info.vcpu = nonNegative(*n, m.key + ".vcpu");
            if (const Json* n = t.find("memoryGiB"))
                info.memoryGiB = nonNegative(*n, m.key + ".memoryGiB");
            if (const Json* n = t.find("note")) info.note = text_(*n, "note");
            c.m_instanceTypes[m.key] = std::move(info);
        }
    }

    void readCommitments(const Json& v, PriceCatalog& c) const
    {
        object(v, "commitments");
        const Json& basis = object(required(v, "basis", "\"commitments\""), "commitments.basis");
        c.m_basisRegion = text_(required(basis, "region", "\"basis\""), "basis.region");
        c.m_basisType = text_(required(basis, "instanceType", "\"basis\""), "basis.instanceType");
        c.m_basisOnDemand = nonNegative(required(basis, "onDemand", "\"basis\""), "basis.onDemand");
        if (c.m_basisOnDemand <= 0) fail(basis.pos(), "\"basis.onDemand\" must be above 0");
        const Json& options = object(required(v, "options", "\"commitments\""), "options");
        for (const auto& m : options.asObject()) {
            const Json& o = object(m.value, "options." + m.key);
            PriceCatalog::CommitmentOption opt;
            double months = nonNegative(required(o, "months", m.key), m.key + ".months");
            if (months != 12 && months != 36)
                fail(o.find("months")->pos(), "\"months\" must be 12 or 36");
            opt.months = static_cast<int>(months);
            if (const Json* e = o.find("estimate")) {
                if (!e->isBool()) fail(e->pos(), "\"estimate\" must be true or false");
                opt.estimate = e->asBool();
            }
            if (const Json* s = o.find("sameAs")) {
                opt.sameAs = text_(*s, m.key + ".sameAs");
                const Json* target = options.find(opt.sameAs);
                if (!target || target->find("sameAs"))
                    fail(s->pos(), "\"sameAs\" must name an option with its own payments");
            } else {
                const Json& payments = object(required(o, "payments", m.key), m.key + ".payments");
                for (const auto& p : payments.asObject()) {
                    const Json& rate = object(p.value, m.key + "." + p.key);
                    CommitmentPrice cp;
                    cp.hourly = nonNegative(required(rate, "hourly", p.key), p.key + ".hourly");
                    cp.upfront = nonNegative(required(rate, "upfront", p.key), p.key + ".upfront");
                    cp.months = opt.months;
                    opt.payments[p.key] = cp;
                }
            }
            c.m_commitments[m.key] = std::move(opt);
        }
    }

    RegionPrices readRegion(const std::string& code, const Json& v) const
    {
        object(v, code == PriceCatalog::kGlobalTable ? code : "regions." + code);
        RegionPrices r;
        r.code = code;
        std::string source = sourceOf(v, "");
        for (const auto& m : v.asObject()) {
            const std::string path = m.key;
            if (isTextKey(m.key)) {
                if (m.key == "name") r.name = text_(m.value, "name");
                continue;
            }
            if (m.key == "zones") {
                readZones(code, m.value, r);
            } else if (m.key == "ec2") {
                readEc2(m.value, sourceOf(object(m.value, "ec2"), source), r);
            } else if (m.key == "dedicatedHosts") {
                const Json& hosts = object(m.value, "dedicatedHosts");
                std::string hs = sourceOf(hosts, source);
                for (const auto& h : hosts.asObject()) {
                    if (isTextKey(h.key)) continue;
                    const Json& host = object(h.value, "dedicatedHosts." + h.key);
                    std::string s = sourceOf(host, hs);
                    r.hostHourly[h.key] =
                        priceOf(required(host, "hourly", h.key), h.key + ".hourly", s);
                    PriceFact vcpu =
                        priceOf(required(host, "vcpuPerHost", h.key), h.key + ".vcpuPerHost", s);
                    if (vcpu.rate < 1) fail(host.pos(), "\"vcpuPerHost\" must be at least 1");
                    r.hostVcpu[h.key] = vcpu;
                    StringMap<PriceFact> rest;
                    flatten(host, "dedicatedHosts." + h.key + ".", s, rest);
                    r.flat.insert(rest.begin(), rest.end());
                }
            } else if (m.key == "lightsail") {
                const Json& ls = object(m.value, "lightsail");
                std::string s = sourceOf(ls, source);
                for (const auto& b : ls.asObject()) {
                    if (isTextKey(b.key)) continue;
                    const Json& bundle = object(b.value, "lightsail." + b.key);
                    PriceFact monthly = priceOf(required(bundle, "monthly", b.key),
                                                b.key + ".monthly", sourceOf(bundle, s));
                    r.lightsail[b.key] = monthly;
                    if (const Json* id = bundle.find("id")) r.lightsail[text_(*id, "id")] = monthly;
                }
            } else if (m.key == "lambda") {
                const Json& l = object(m.value, "lambda");
                std::string s = sourceOf(l, source);
                for (const auto& k : l.asObject()) {
                    if (isTextKey(k.key)) continue;
                    if (k.key == "duration") {
                        for (const auto& a : object(k.value, "lambda.duration").asObject())
                            r.lambdaDuration[a.key] = readTiers(a.value, "lambda.duration." + a.key,
                                                                sourceOf(k.value, s));
                    } else if (k.value.isNumber() || k.value.isObject()) {
                        StringMap<PriceFact> one;
                        Json wrap = Json::object();
                        wrap.set(k.key, k.value);
                        flatten(wrap, "lambda.", s, one);
                        r.flat.insert(one.begin(), one.end());
                    } else {
                        fail(k.value.pos(), "\"lambda." + k.key + "\" must be a price");
                    }
                }
            } else if (m.value.isObject()) {
                flatten(m.value, path + ".", sourceOf(m.value, source), r.flat);
            } else {
                fail(m.value.pos(), "\"" + path + "\" must be a table of prices");
            }
        }
        return r;
    }

    /// A region's zone names: strings that start with its code, each once.
    void readZones(const std::string& code, const Json& v, RegionPrices& r) const
    {
        if (!v.isArray()) fail(v.pos(), "\"regions." + code + ".zones\" must be a list of names");
        for (const auto& z : v.asArray()) {
            const std::string name = text_(z, "regions." + code + ".zones");
            if (name.size() <= code.size() || name.compare(0, code.size(), code) != 0)
                fail(z.pos(), "zone \"" + name + "\" is not a zone of " + code +
                                  " (its name must start with the region's code)");
            if (std::find(r.zones.begin(), r.zones.end(), name) != r.zones.end())
                fail(z.pos(), "zone \"" + name + "\" is listed twice");
            r.zones.push_back(name);
        }
    }

    void readEc2(const Json& v, const std::string& source, RegionPrices& r) const
    {
        for (const auto& m : v.asObject()) {
            if (isTextKey(m.key)) continue;
            const Json& t = object(m.value, "ec2." + m.key);
            RegionPrices::Ec2Type type;
            std::string s = sourceOf(t, source);
            type.onDemand =
                priceOf(required(t, "onDemand", "ec2." + m.key), m.key + ".onDemand", s);
            if (const Json* spot = t.find("spot")) type.spot = priceOf(*spot, m.key + ".spot", s);
            r.ec2[m.key] = std::move(type);
        }
    }

    std::vector<DurationTier> readTiers(const Json& v, const std::string& path,
                                        const std::string& source) const
    {
        if (!v.isArray() || v.asArray().empty())
            fail(v.pos(), "\"" + path + "\" must be a list of tiers");
        std::vector<DurationTier> tiers;
        double last = 0;
        const auto& list = v.asArray();
        for (size_t i = 0; i < list.size(); ++i) {
            const Json& t = list[i];
            DurationTier tier;
            tier.price = priceOf(t, path, source);
            const Json* upTo = t.find("upToGbSeconds");
            if (upTo) {
                tier.upToGbSeconds = nonNegative(*upTo, path + ".upToGbSeconds");
                if (tier.upToGbSeconds <= last) fail(upTo->pos(), "tiers must rise");
            } else if (i + 1 != list.size()) {
                fail(t.pos(), "only the last tier may leave out \"upToGbSeconds\"");
            } else {
                tier.upToGbSeconds = std::numeric_limits<double>::infinity();
            }
            last = tier.upToGbSeconds;
            tiers.push_back(std::move(tier));
        }
        if (std::isfinite(tiers.back().upToGbSeconds))
            fail(list.back().pos(), "the last tier of \"" + path + "\" must have no upper bound");
        return tiers;
    }

    std::string m_file;
};

PriceCatalog PriceCatalog::fromJson(std::string_view text, const std::string& fileName)
{
    return PriceCatalogParser(fileName).parse(text);
}

PriceCatalog PriceCatalog::fromFile(const std::string& path)
{
    return fromJson(readFileText(path, kMaxPricesBytes, "price catalog"), path);
}

const PriceCatalog& PriceCatalog::builtin()
{
    static const PriceCatalog catalog =
        fromJson(resources::priceCatalogJson(), "resources/pricing/aws-prices.json");
    return catalog;
}

const PriceSource* PriceCatalog::source(std::string_view id) const
{
    for (const auto& s : m_sources)
        if (s.id == id) return &s;
    return nullptr;
}

std::vector<std::string> PriceCatalog::regionCodes() const
{
    std::vector<std::string> out;
    for (const auto& [code, r] : m_regions)
        out.push_back(code);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> PriceCatalog::zoneNames(std::string_view region) const
{
    const RegionPrices* r = this->region(region);
    return r ? r->zones : std::vector<std::string>{};
}

const RegionPrices* PriceCatalog::region(std::string_view code) const
{
    if (code == kGlobalTable) return m_global ? &*m_global : nullptr;
    auto it = m_regions.find(code);
    return it == m_regions.end() ? nullptr : &it->second;
}

bool PriceCatalog::hasInstanceType(const std::string& region, const std::string& type) const
{
    return onDemandPrice(region, type) != nullptr;
}

bool PriceCatalog::hasRdsClass(const std::string& region, const std::string& engine,
                               const std::string& instanceClass, bool multiAz) const
{
    return rdsInstance(region, engine, instanceClass, multiAz) != nullptr;
}

bool PriceCatalog::hasLightsailBundle(const std::string& region, const std::string& bundle) const
{
    return lightsailBundle(region, bundle) != nullptr;
}

std::vector<std::string> PriceCatalog::instanceTypes(const std::string& code) const
{
    std::vector<std::string> out;
    if (const RegionPrices* r = region(code))
        for (const auto& [type, p] : r->ec2)
            if (p.onDemand) out.push_back(type);
    std::sort(out.begin(), out.end());
    return out;
}

const InstanceTypeInfo* PriceCatalog::instanceTypeInfo(std::string_view type) const
{
    auto it = m_instanceTypes.find(type);
    return it == m_instanceTypes.end() ? nullptr : &it->second;
}

const PriceFact* PriceCatalog::price(std::string_view code, std::string_view path) const
{
    const RegionPrices* r = region(code);
    if (!r) return nullptr;
    auto it = r->flat.find(path);
    return it == r->flat.end() ? nullptr : &it->second;
}

const PriceFact* PriceCatalog::onDemandPrice(std::string_view code, std::string_view type) const
{
    const RegionPrices* r = region(code);
    if (!r) return nullptr;
    auto it = r->ec2.find(type);
    if (it == r->ec2.end() || !it->second.onDemand) return nullptr;
    return &*it->second.onDemand;
}

std::optional<PriceFact> PriceCatalog::onDemand(std::string_view code, std::string_view type) const
{
    const PriceFact* p = onDemandPrice(code, type);
    return p ? std::optional<PriceFact>(*p) : std::nullopt;
}

std::optional<PriceFact> PriceCatalog::spot(std::string_view code, std::string_view type) const
{
    const RegionPrices* r = region(code);
    if (!r) return std::nullopt;
    auto it = r->ec2.find(type);
    if (it == r->ec2.end() || !it->second.onDemand) return std::nullopt;
    if (it->second.spot) return it->second.spot;
    auto family = m_spotDiscountPercent.find(type.substr(0, type.find('.')));
    if (family == m_spotDiscountPercent.end()) return std::nullopt;
    PriceFact p = *it->second.onDemand;
    p.rate *= 1.0 - family->second.rate / 100.0;
    p.estimate = true;
    p.source = family->second.source;
    p.note = "On-Demand less the family's typical Spot discount";
    return p;
}

std::optional<CommitmentPrice> PriceCatalog::commitment(std::string_view code,
                                                        std::string_view type,
                                                        std::string_view pricing,
                                                        std::string_view payment) const
{
    const PriceFact* od = onDemandPrice(code, type);
    if (!od) return std::nullopt;
    auto it = m_commitments.find(pricing);
    if (it == m_commitments.end()) return std::nullopt;
    const CommitmentOption& option = it->second;
    const CommitmentOption* rates = &option;
    if (!option.sameAs.empty()) {
        auto base = m_commitments.find(option.sameAs);
        if (base == m_commitments.end()) return std::nullopt;
        rates = &base->second;
    }
    auto p = rates->payments.find(payment);
    if (p == rates->payments.end()) return std::nullopt;
    CommitmentPrice out = p->second;
    out.months = option.months;
    out.estimate = option.estimate || od->estimate;
    if (code != m_basisRegion || type != m_basisType) {
        // Other types and regions: the basis's discount ratios applied to their On-Demand rate.
        double scale = od->rate / m_basisOnDemand;
        out.hourly *= scale;
        out.upfront *= scale;
        out.estimate = true;
    }
    return out;
}

int PriceCatalog::commitmentMonths(std::string_view pricing) const
{
    auto it = m_commitments.find(pricing);
    return it == m_commitments.end() ? 0 : it->second.months;
}

std::optional<DedicatedHostPrice> PriceCatalog::dedicatedHost(std::string_view code,
                                                              std::string_view type) const
{
    const RegionPrices* r = region(code);
    if (!r) return std::nullopt;
    std::string_view family = type.substr(0, type.find('.'));
    auto hourly = r->hostHourly.find(family);
    auto vcpu = r->hostVcpu.find(family);
    const InstanceTypeInfo* info = instanceTypeInfo(type);
    if (hourly == r->hostHourly.end() || vcpu == r->hostVcpu.end() || !info || info->vcpu <= 0)
        return std::nullopt;
    if (!r->ec2.count(type)) return std::nullopt;
    DedicatedHostPrice out;
    out.family = std::string(family);
    out.hourly = hourly->second.rate;
    out.instancesPerHost = static_cast<int>(std::floor(vcpu->second.rate / info->vcpu));
    out.estimate = hourly->second.estimate || vcpu->second.estimate;
    if (out.instancesPerHost < 1) return std::nullopt;
    return out;
}

const std::vector<DurationTier>* PriceCatalog::lambdaDuration(std::string_view code,
                                                              std::string_view architecture) const
{
    const RegionPrices* r = region(code);
    if (!r) return nullptr;
    auto it = r->lambdaDuration.find(architecture);
    return it == r->lambdaDuration.end() ? nullptr : &it->second;
}

const PriceFact* PriceCatalog::lightsailBundle(std::string_view code, std::string_view bundle) const
{
    const RegionPrices* r = region(code);
    if (!r) return nullptr;
    auto it = r->lightsail.find(bundle);
    return it == r->lightsail.end() ? nullptr : &it->second;
}

const PriceFact* PriceCatalog::rdsInstance(std::string_view code, std::string_view engine,
                                           std::string_view instanceClass, bool multiAz) const
{
    std::string path = "rds.";
    path.append(engine)
        .append(".")
        .append(instanceClass)
        .append(multiAz ? ".multiAz" : ".singleAz");
    return price(code, path);
}

double PriceCatalog::freeTier(std::string_view key) const
{
    auto it = m_freeTier.find(key);
    return it == m_freeTier.end() ? 0.0 : it->second;
}

} // namespace azimuth::model
