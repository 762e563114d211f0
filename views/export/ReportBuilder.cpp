#include "ReportBuilder.h"

#include "CostWorkbook.h"
#include "DiagramRenderer.h"
#include "PriceCitations.h"
#include "ReportCharts.h"
#include "ReportFormat.h"
#include "model/core/Json.h"
#include "model/cost/Money.h"
#include "model/export/CostCsv.h"
#include "model/rules/FindingsReport.h"
#include "model/rules/RulesEngine.h"
#include "views/canvas/CanvasScene.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <cstdio>
#include <cstring>

namespace azimuth::views {

namespace {

std::string figure(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

/// The SVG of the diagram ready to sit inside HTML: no XML prolog, sized by CSS.
std::string inlineSvg(const QByteArray& svg)
{
    std::string s = svg.toStdString();
    if (s.rfind("<?xml", 0) == 0) s.erase(0, s.find("?>") + 2);
    const size_t open = s.find("<svg");
    if (open == std::string::npos) return s;
    s.erase(0, open);
    const size_t end = s.find('>');
    std::string tag = s.substr(0, end);
    for (const char* attr : {" width=\"", " height=\""}) {
        const size_t at = tag.find(attr);
        if (at == std::string::npos) continue;
        const size_t close = tag.find('"', at + std::strlen(attr));
        tag.erase(at, close + 1 - at);
    }
    return tag + " class=\"diagram\"" + s.substr(end);
}

const char* kCss = R"(
:root{--ink:#232f3e;--muted:#5f6b7a;--line:#dfe3e8;--accent:#ff9900;--bg:#f5f7fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1120px;margin:0 auto;padding:32px 28px 48px}
header{background:#232f3e;color:#fff;padding:28px 32px;border-radius:10px;border-bottom:4px solid var(--accent)}
header h1{margin:0 0 6px;font-size:26px;font-weight:600}
header p{margin:0;color:#c7ced8}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;margin:20px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px}
.card .label{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
.card .value{font-size:22px;white-space:nowrap;font-weight:600;margin-top:4px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:18px 0}
section h2{margin:0 0 14px;font-size:18px}
svg.diagram{width:100%;height:auto;max-height:760px;display:block}
.charts{display:grid;grid-template-columns:1fr 1fr;gap:24px}
.charts h3{font-size:14px;color:var(--muted);margin:0 0 8px;font-weight:600}
svg.chart{width:100%;height:auto;font-family:inherit}
table{width:100%;border-collapse:collapse;font-size:13px}
th{text-align:left;color:var(--muted);font-weight:600;border-bottom:2px solid var(--line);padding:6px 8px}
td{border-bottom:1px solid var(--line);padding:6px 8px;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.component td{background:#f0f3f7;font-weight:600;border-top:1px solid #cfd6df}
tr.component .kind{color:var(--muted);font-weight:400;margin-left:6px}
tr.total td{font-weight:700;border-top:2px solid var(--ink);border-bottom:none}
.citations li{margin:4px 0}.citations a{color:#0073bb;word-break:break-all}
.finding{border-left:4px solid #8a96a3;padding:8px 14px;margin:10px 0;background:#fafbfc;border-radius:0 6px 6px 0}
.finding.error{border-color:#d13212}.finding.warning{border-color:#ff9900}.finding.info{border-color:#0073bb}
.badge{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;padding:1px 7px;border-radius:9px;color:#fff;background:#8a96a3;margin-right:6px}
.badge.error{background:#d13212}.badge.warning{background:#e07b00}.badge.info{background:#0073bb}
.rule{color:var(--muted);font-size:12px}
.hint{margin-top:4px;color:#1d6b3a}
.note{color:var(--muted);font-size:12px}
footer{color:var(--muted);font-size:12px;text-align:center;margin-top:24px}
)";

} // namespace

ReportBuilder::ReportBuilder(CanvasScene& scene, const model::PriceCatalog& prices,
                             std::string fileLabel)
    : m_scene(scene), m_prices(prices), m_file(std::move(fileLabel))
{
    m_cost = model::computeCost(scene.design(), prices, scene.catalog());
    m_findings = model::checkDesign(scene.design(), prices);
}

std::string ReportBuilder::title() const
{
    const auto& t = m_scene.design().title;
    if (t && !t->empty()) return *t;
    const size_t slash = m_file.find_last_of("/\\");
    return slash == std::string::npos ? m_file : m_file.substr(slash + 1);
}

std::string ReportBuilder::componentLabel(const model::ComponentId& id) const
{
    const model::Component* c = m_scene.design().component(id);
    return c ? c->displayName() : id.value;
}

std::string ReportBuilder::csv() const
{
    return model::costToCsv(m_cost);
}

std::string ReportBuilder::json() const
{
    model::Json out = model::parseJson(model::costToJson(m_cost));
    const model::Json checked = model::parseJson(model::findingsJson(m_file, m_findings));
    out.set("findings", *checked.find("findings"));
    out.set("findingsSummary", *checked.find("summary"));
    return model::writeJsonPretty(out) + "\n";
}

QByteArray ReportBuilder::xlsx(QString& error) const
{
    CostWorkbookContent content;
    content.title = title();
    content.file = m_file;
    content.cost = m_cost;
    content.findings = model::summarize(m_findings);
    // The options the cost panel compares, for every component that has them.
    const model::Design& design = m_scene.design();
    const model::KindCatalog& kinds = m_scene.catalog();
    for (const model::Component& c : design.components()) {
        auto options = model::comparePricing(design, c, m_prices, kinds);
        if (options.empty()) continue;
        content.pricing.push_back(
            {c.id.value, c.displayName(), kinds.string(c, "pricing").value_or("on-demand"),
             kinds.string(c, "payment").value_or("no-upfront"), std::move(options)});
    }
    // libxlsxwriter writes only to a file: make it in a private directory and hand the
    // bytes back, so the export is written through the safe-write path like the others.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        error = QStringLiteral("could not make a temporary directory: %1").arg(dir.errorString());
        return {};
    }
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    if (auto why = writeCostWorkbook(content, path.toStdString())) {
        error = QString::fromStdString(*why);
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("could not read the workbook back: %1").arg(file.errorString());
        return {};
    }
    return file.readAll();
}

std::string ReportBuilder::html() const
{
    const auto summary = model::summarize(m_findings);
    const std::string incomplete = m_cost.complete ? "" : "+";
    std::string h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                    "<title>" +
                    escapeMarkup(title()) + " \xE2\x80\x94 cost report</title><style>" + kCss +
                    "</style></head><body><main>\n";
    h += "<header><h1>" + escapeMarkup(title()) + "</h1><p>Architecture and cost report \xC2\xB7 " +
         escapeMarkup(m_file) + " \xC2\xB7 prices as of " + escapeMarkup(m_cost.pricesAsOf) +
         " \xC2\xB7 " + figure(m_cost.hoursPerMonth) + " hours a month</p></header>\n";
    h += "<div class=\"cards\">";
    auto card = [&](const std::string& label, const std::string& value) {
        h += "<div class=\"card\"><div class=\"label\">" + label + "</div><div class=\"value\">" +
             value + "</div></div>";
    };
    card("Monthly", model::formatMoney(m_cost.monthly) + incomplete);
    card("Upfront", model::formatMoney(m_cost.upfront));
    card("Effective monthly", model::formatMoney(m_cost.effectiveMonthly) + incomplete);
    auto counted = [](int n, const char* what) {
        return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
    };
    card("Findings",
         counted(summary.errors, "error") + ", " + counted(summary.warnings, "warning"));
    h += "</div>\n";

    DiagramRenderer renderer(m_scene, m_theme);
    h += "<section><h2>Diagram</h2>" + inlineSvg(renderer.toSvg(QString::fromStdString(title()))) +
         "</section>\n";

    h += "<section><h2>Cost summary</h2><div class=\"charts\"><div><h3>By service</h3>" +
         donutSvg(serviceSlices(m_cost), m_theme) + "</div><div><h3>Costliest components</h3>" +
         barsSvg(topComponents(m_cost), m_theme) + "</div></div>";
    if (!m_cost.complete)
        h += "<p class=\"note\">+ Incomplete: some prices are unknown in this catalog and are "
             "not counted.</p>";
    h += "</section>\n";

    h += "<section><h2>Cost lines</h2><table><thead><tr><th>Item</th><th "
         "class=\"num\">Quantity</th><th>Unit</th><th class=\"num\">Rate</th><th "
         "class=\"num\">Monthly</th><th class=\"num\">Upfront</th></tr></thead><tbody>";
    bool anyEstimate = false;
    // One row per bill line, a component's or a connection's (which has no upfront).
    auto lineRow = [&](const model::CostLine& l) {
        anyEstimate = anyEstimate || l.estimate;
        h += "<tr><td>" + escapeMarkup(l.item) + "</td><td class=\"num\">" + figure(l.quantity) +
             "</td><td>" + escapeMarkup(l.unit) + "</td><td class=\"num\">" +
             (l.rate ? "$" + figure(*l.rate) : "unknown") + "</td><td class=\"num\">" +
             (l.monthly ? model::formatMoney(*l.monthly) + (l.estimate ? "*" : "")
                        : "price unknown") +
             "</td><td class=\"num\">" + (l.upfront != 0 ? model::formatMoney(l.upfront) : "") +
             "</td></tr>";
    };
    for (const auto& c : m_cost.components) {
        if (c.container && c.lines.empty()) continue;
        h += "<tr class=\"component\"><td colspan=\"4\">" +
             escapeMarkup(c.name.empty() ? c.id.value : c.name) + "<span class=\"kind\">" +
             escapeMarkup(c.id.value) + " \xC2\xB7 " + escapeMarkup(c.kind) +
             "</span></td><td class=\"num\">" + model::formatMoney(c.monthly) +
             (c.complete ? "" : "+") + "</td><td class=\"num\">" +
             (c.upfront != 0 ? model::formatMoney(c.upfront) : "") + "</td></tr>";
        for (const auto& l : c.lines)
            lineRow(l);
    }
    // Then the data transfer of connections, after the components (networking.md "Lines").
    for (const auto& c : m_cost.connections) {
        h += "<tr class=\"component\"><td colspan=\"4\">" + escapeMarkup(componentLabel(c.from)) +
             " \xE2\x86\x92 " + escapeMarkup(componentLabel(c.to)) + "<span class=\"kind\">" +
             escapeMarkup(c.id.value) + " \xC2\xB7 data transfer</span></td><td class=\"num\">" +
             model::formatMoney(c.monthly) + (c.complete ? "" : "+") +
             "</td><td class=\"num\"></td></tr>";
        for (const auto& l : c.lines)
            lineRow(l);
    }
    h += "<tr class=\"total\"><td colspan=\"4\">Total</td><td class=\"num\">" +
         model::formatMoney(m_cost.monthly) + incomplete + "</td><td class=\"num\">" +
         model::formatMoney(m_cost.upfront) + "</td></tr></tbody></table>";
    if (anyEstimate)
        h += "<p class=\"note\">* An estimate: the price is derived, not a published list "
             "price.</p>";
    h += "</section>\n";

    h += "<section><h2>Findings</h2>";
    if (m_findings.empty()) h += "<p>The rules engine found nothing to report.</p>";
    for (const auto& f : m_findings) {
        const std::string sev(model::severityName(f.severity));
        std::string names;
        for (const auto& id : f.components)
            names += (names.empty() ? "" : ", ") + escapeMarkup(componentLabel(id));
        h += "<div class=\"finding " + sev + "\"><span class=\"badge " + sev + "\">" + sev +
             "</span>" + escapeMarkup(f.message) + " <span class=\"rule\">" + escapeMarkup(f.rule) +
             (names.empty() ? "" : " \xC2\xB7 " + names) + "</span>";
        if (!f.hint.empty()) h += "<div class=\"hint\">Hint: " + escapeMarkup(f.hint) + "</div>";
        h += "</div>";
    }
    h += "</section>\n";

    h += "<section><h2>Price sources</h2><p>Prices as of " + escapeMarkup(m_prices.asOf()) +
         ", from:</p>" + priceCitationsHtml(m_prices);
    h += "</section>\n<footer>Generated by Azimuth. Figures are estimates from "
         "list prices; your bill depends on actual usage.</footer>\n</main></body></html>\n";
    return h;
}

QByteArray ReportBuilder::pdf() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QString::fromStdString(title()));
    writer.setCreator(QStringLiteral("Azimuth"));
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(40, 40, 40, 40), QPageLayout::Point);
    QPainter p(&writer);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const Theme& t = m_theme;
    const QString qTitle = QString::fromStdString(title());
    const auto summary = model::summarize(m_findings);
    const char* incomplete = m_cost.complete ? "" : "+";

    auto heading = [&](const QString& text, qreal y, qreal size) {
        QFont f = p.font();
        f.setPointSizeF(size);
        f.setBold(true);
        p.setFont(f);
        p.setPen(t.text);
        p.drawText(QRectF(0, y, page.width(), size * 1.8), Qt::AlignLeft | Qt::AlignVCenter, text);
    };
    auto body = [&](const QString& text, qreal y, qreal size, const QColor& color) {
        QFont f = p.font();
        f.setPointSizeF(size);
        f.setBold(false);
        p.setFont(f);
        p.setPen(color);
        p.drawText(QRectF(0, y, page.width(), size * 1.8), Qt::AlignLeft | Qt::AlignVCenter, text);
    };

    // Page 1: title and the figures that matter.
    p.fillRect(QRectF(0, 0, page.width(), 6), QColor(0xFF, 0x99, 0x00));
    heading(qTitle, 24, 24);
    body(QStringLiteral("Architecture and cost report"), 70, 13, t.mutedText);
    body(QString::fromStdString(m_file + " \xC2\xB7 prices as of " + m_cost.pricesAsOf), 90, 10,
         t.mutedText);
    const std::pair<QString, QString> cards[] = {
        {QStringLiteral("Monthly"),
         QString::fromStdString(model::formatMoney(m_cost.monthly) + incomplete)},
        {QStringLiteral("Upfront"), QString::fromStdString(model::formatMoney(m_cost.upfront))},
        {QStringLiteral("Effective monthly"),
         QString::fromStdString(model::formatMoney(m_cost.effectiveMonthly) + incomplete)},
        {QStringLiteral("Findings"), QStringLiteral("%1 errors, %2 warnings, %3 info")
                                         .arg(summary.errors)
                                         .arg(summary.warnings)
                                         .arg(summary.info)}};
    qreal y = 140;
    for (const auto& [label, value] : cards) {
        p.setPen(QPen(t.frame, 1));
        p.setBrush(QColor(0xF5, 0xF7, 0xFA));
        p.drawRoundedRect(QRectF(0, y, page.width(), 52), 6, 6);
        QFont f = p.font();
        f.setPointSizeF(10);
        f.setBold(false);
        p.setFont(f);
        p.setPen(t.mutedText);
        p.drawText(QRectF(16, y, 200, 52), Qt::AlignVCenter | Qt::AlignLeft, label);
        f.setPointSizeF(18);
        f.setBold(true);
        p.setFont(f);
        p.setPen(t.text);
        p.drawText(QRectF(200, y, page.width() - 216, 52), Qt::AlignVCenter | Qt::AlignRight,
                   value);
        y += 64;
    }
    body(QStringLiteral("Generated by Azimuth. Figures are estimates from list prices; your bill "
                        "depends on actual usage."),
         page.height() - 20, 8, t.mutedText);

    // Page 2: the diagram, as large as the page allows.
    writer.newPage();
    heading(QStringLiteral("Diagram"), 0, 16);
    DiagramRenderer(m_scene, m_theme).paint(p, QRectF(0, 40, page.width(), page.height() - 40));

    // Page 3: cost summary with charts.
    writer.newPage();
    heading(QStringLiteral("Cost summary"), 0, 16);
    body(QString::fromStdString("Monthly " + model::formatMoney(m_cost.monthly) + incomplete +
                                "   \xC2\xB7   Upfront " + model::formatMoney(m_cost.upfront) +
                                "   \xC2\xB7   Effective monthly " +
                                model::formatMoney(m_cost.effectiveMonthly) + incomplete),
         34, 10, t.mutedText);
    heading(QStringLiteral("By service"), 70, 12);
    paintDonut(p, QRectF(0, 100, page.width(), 230), serviceSlices(m_cost), t);
    heading(QStringLiteral("Costliest components"), 360, 12);
    paintBars(p, QRectF(0, 392, page.width(), 240), topComponents(m_cost), t);

    // Then the lines, findings and sources, flowed over as many pages as they need.
    std::string h = "<html><body style=\"font-size:9pt; color:#232f3e\">";
    h += "<h2>Cost lines</h2><table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">"
         "<tr><th align=\"left\">Item</th><th align=\"right\">Quantity</th><th "
         "align=\"left\">Unit</th><th align=\"right\">Rate</th><th "
         "align=\"right\">Monthly</th></tr>";
    // One row per bill line, a component's or a connection's.
    auto pdfLineRow = [&](const model::CostLine& l) {
        h += "<tr><td>" + escapeMarkup(l.item) + "</td><td align=\"right\">" + figure(l.quantity) +
             "</td><td>" + escapeMarkup(l.unit) + "</td><td align=\"right\">" +
             (l.rate ? "$" + figure(*l.rate) : "unknown") + "</td><td align=\"right\">" +
             (l.monthly ? model::formatMoney(*l.monthly) + (l.estimate ? "*" : "")
                        : "price unknown") +
             "</td></tr>";
    };
    for (const auto& c : m_cost.components) {
        if (c.container && c.lines.empty()) continue;
        h += "<tr bgcolor=\"#eef1f5\"><td colspan=\"4\"><b>" +
             escapeMarkup(c.name.empty() ? c.id.value : c.name) + "</b> <font color=\"#5f6b7a\">" +
             escapeMarkup(c.id.value) + " \xC2\xB7 " + escapeMarkup(c.kind) +
             "</font></td><td align=\"right\"><b>" + model::formatMoney(c.monthly) +
             (c.complete ? "" : "+") + "</b></td></tr>";
        for (const auto& l : c.lines)
            pdfLineRow(l);
    }
    for (const auto& c : m_cost.connections) {
        h += "<tr bgcolor=\"#eef1f5\"><td colspan=\"4\"><b>" +
             escapeMarkup(componentLabel(c.from)) + " \xE2\x86\x92 " +
             escapeMarkup(componentLabel(c.to)) + "</b> <font color=\"#5f6b7a\">" +
             escapeMarkup(c.id.value) +
             " \xC2\xB7 data transfer</font></td><td align=\"right\"><b>" +
             model::formatMoney(c.monthly) + (c.complete ? "" : "+") + "</b></td></tr>";
        for (const auto& l : c.lines)
            pdfLineRow(l);
    }
    h += "<tr><td colspan=\"4\"><b>Total</b></td><td align=\"right\"><b>" +
         model::formatMoney(m_cost.monthly) + incomplete + "</b></td></tr></table>";
    if (m_cost.estimate)
        h += "<p><font color=\"#5f6b7a\">* An estimate: the price is derived, not a published "
             "list price.</font></p>";
    if (!m_cost.complete)
        h += "<p><font color=\"#5f6b7a\">+ Incomplete: some prices are unknown in this catalog "
             "and are not counted.</font></p>";
    h += "<h2>Findings</h2>";
    if (m_findings.empty()) h += "<p>The rules engine found nothing to report.</p>";
    for (const auto& f : m_findings) {
        const std::string sev(model::severityName(f.severity));
        const char* color = f.severity == model::Severity::Error     ? "#d13212"
                            : f.severity == model::Severity::Warning ? "#e07b00"
                                                                     : "#0073bb";
        std::string names;
        for (const auto& id : f.components)
            names += (names.empty() ? "" : ", ") + escapeMarkup(componentLabel(id));
        h += "<p><font color=\"" + std::string(color) + "\"><b>" + sev + "</b></font> " +
             escapeMarkup(f.message) + " <font color=\"#5f6b7a\">(" + escapeMarkup(f.rule) +
             (names.empty() ? "" : "; " + names) + ")</font>";
        if (!f.hint.empty())
            h += "<br><font color=\"#1d6b3a\">Hint: " + escapeMarkup(f.hint) + "</font>";
        h += "</p>";
    }
    h += "<h2>Price sources</h2><p>Prices as of " + escapeMarkup(m_prices.asOf()) + ", from:</p>" +
         priceCitationsHtml(m_prices) + "</body></html>";

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setHtml(QString::fromStdString(h));
    doc.setPageSize(page.size());
    for (int i = 0; i < doc.pageCount(); ++i) {
        writer.newPage();
        p.save();
        p.translate(0, -i * page.height());
        doc.drawContents(&p, QRectF(0, i * page.height(), page.width(), page.height()));
        p.restore();
    }
    p.end();
    return buffer.data();
}

} // namespace azimuth::views
