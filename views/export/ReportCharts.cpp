#include "ReportCharts.h"

#include "ReportFormat.h"
#include "model/catalog/KindCatalog.h"
#include "model/cost/Money.h"
#include "views/analysis/CostByService.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace azimuth::views {

namespace {

std::string hex(const QColor& c)
{
    return c.name(QColor::HexRgb).toStdString();
}

std::string num(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

double total(const std::vector<ChartSlice>& slices)
{
    double sum = 0;
    for (const auto& s : slices)
        sum += s.value;
    return sum;
}

std::string text(double x, double y, const std::string& content, const Theme& theme, int size,
                 bool bold = false, const char* anchor = "start", bool muted = false)
{
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + std::to_string(size) +
           "\"" + (bold ? " font-weight=\"bold\"" : "") + " text-anchor=\"" + anchor +
           "\" fill=\"" + hex(muted ? theme.mutedText : theme.text) + "\">" +
           escapeMarkup(content) + "</text>";
}

std::string percent(double part, double whole)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.0f%%", whole > 0 ? 100.0 * part / whole : 0.0);
    return buf;
}

constexpr int kLegendRows = 9;

} // namespace

std::vector<ChartSlice> serviceSlices(const model::DesignCost& cost)
{
    std::vector<ChartSlice> out;
    for (const auto& share : costByService(cost))
        out.push_back({share.service, share.color, share.effectiveMonthly});
    return out;
}

std::vector<ChartSlice> topComponents(const model::DesignCost& cost, size_t count)
{
    const auto& catalog = model::KindCatalog::builtin();
    std::vector<const model::ComponentCost*> billed;
    for (const auto& c : cost.components)
        if (!c.container && c.effectiveMonthly > 0) billed.push_back(&c);
    std::stable_sort(billed.begin(), billed.end(), [](const auto* a, const auto* b) {
        return a->effectiveMonthly > b->effectiveMonthly;
    });
    if (billed.size() > count) billed.resize(count);
    std::vector<ChartSlice> out;
    for (const auto* c : billed) {
        const model::KindSpec* spec = catalog.find(c->kind);
        const QColor color(QString::fromStdString(spec ? catalog.colorOf(*spec) : "#545B64"));
        const std::string_view label = c->name.empty() ? std::string_view(c->id.value) : c->name;
        out.push_back({QString::fromUtf8(label), color, c->effectiveMonthly});
    }
    return out;
}

std::string donutSvg(const std::vector<ChartSlice>& slices, const Theme& theme, int width,
                     int height)
{
    const double sum = total(slices);
    const double cx = height / 2.0, cy = height / 2.0, r = height / 2.0 - 28, stroke = 34;
    const double circumference = 2 * std::numbers::pi * r;
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " +
                      std::to_string(width) + " " + std::to_string(height) +
                      "\" role=\"img\" aria-label=\"Monthly cost by service\">";
    svg += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) +
           "\" fill=\"none\" stroke=\"" + hex(theme.frame) + "\" stroke-width=\"" + num(stroke) +
           "\"/>";
    double offset = 0;
    for (const auto& s : slices) {
        if (sum <= 0) break;
        const double len = circumference * s.value / sum;
        // Each slice is a dash of the ring, started where the previous one ended, from 12 o'clock.
        svg += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) +
               "\" fill=\"none\" stroke=\"" + hex(s.color) + "\" stroke-width=\"" + num(stroke) +
               "\" stroke-dasharray=\"" + num(len) + " " + num(circumference - len) +
               "\" stroke-dashoffset=\"" + num(-offset) + "\" transform=\"rotate(-90 " + num(cx) +
               " " + num(cy) + ")\"><title>" + escapeMarkup(s.label.toStdString()) + ": " +
               model::formatMoney(s.value) + "</title></circle>";
        offset += len;
    }
    svg += text(cx, cy - 2, model::formatMoney(sum), theme, 17, true, "middle");
    svg += text(cx, cy + 16, "a month", theme, 11, false, "middle", true);
    const double lx = height + 16;
    double ly = std::max(20.0, cy - std::min<double>(slices.size(), kLegendRows) * 24 / 2 + 12);
    for (size_t i = 0; i < slices.size() && i < kLegendRows; ++i, ly += 24) {
        const auto& s = slices[i];
        svg += "<rect x=\"" + num(lx) + "\" y=\"" + num(ly - 10) +
               "\" width=\"12\" height=\"12\" rx=\"2\" fill=\"" + hex(s.color) + "\"/>";
        svg += text(lx + 20, ly, s.label.toStdString(), theme, 13);
        svg += text(width - 56, ly, model::formatMoney(s.value), theme, 13, true, "end");
        svg += text(width - 4, ly, percent(s.value, sum), theme, 12, false, "end", true);
    }
    if (slices.empty()) svg += text(lx, cy, "Nothing in this design is billed.", theme, 13);
    return svg + "</svg>";
}

std::string barsSvg(const std::vector<ChartSlice>& slices, const Theme& theme, int width)
{
    const double rowH = 28, labelW = 180, amountW = 90;
    const int height = std::max(40, int(slices.size() * rowH + 8));
    const double maxValue = slices.empty() ? 1 : std::max(slices.front().value, 0.01);
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " +
                      std::to_string(width) + " " + std::to_string(height) +
                      "\" role=\"img\" aria-label=\"Costliest components\">";
    double y = 4;
    for (const auto& s : slices) {
        std::string label = s.label.toStdString();
        const QString elided =
            QFontMetricsF(QFont()).elidedText(s.label, Qt::ElideRight, labelW - 14);
        svg += "<g>" + text(labelW - 10, y + 18, elided.toStdString(), theme, 13, false, "end");
        const double barW = std::max(2.0, (width - labelW - amountW) * s.value / maxValue);
        svg += "<rect x=\"" + num(labelW) + "\" y=\"" + num(y + 5) + "\" width=\"" + num(barW) +
               "\" height=\"" + num(rowH - 10) + "\" rx=\"3\" fill=\"" + hex(s.color) +
               "\"><title>" + escapeMarkup(label) + "</title></rect>";
        svg +=
            text(labelW + barW + 8, y + 18, model::formatMoney(s.value), theme, 13, true) + "</g>";
        y += rowH;
    }
    if (slices.empty()) svg += text(0, 24, "Nothing in this design is billed.", theme, 13);
    return svg + "</svg>";
}

void paintDonut(QPainter& p, const QRectF& area, const std::vector<ChartSlice>& slices,
                const Theme& theme)
{
    const double sum = total(slices);
    const double d = std::min(area.height(), area.width() / 2) - 16;
    const QRectF ring(area.left() + 8, area.top() + (area.height() - d) / 2, d, d);
    const double stroke = d * 0.17;
    const QRectF mid = ring.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(theme.frame, stroke, Qt::SolidLine, Qt::FlatCap));
    p.drawEllipse(mid);
    double start = 90 * 16;
    for (const auto& s : slices) {
        if (sum <= 0) break;
        const double span = -360.0 * 16 * s.value / sum;
        p.setPen(QPen(s.color, stroke, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(mid, int(std::lround(start)), int(std::lround(span)));
        start += span;
    }
    QFont big = p.font();
    big.setPointSizeF(13);
    big.setBold(true);
    p.setFont(big);
    p.setPen(theme.text);
    p.drawText(QRectF(ring.left(), ring.center().y() - 16, ring.width(), 18), Qt::AlignCenter,
               QString::fromStdString(model::formatMoney(sum)));
    QFont small = big;
    small.setPointSizeF(8);
    small.setBold(false);
    p.setFont(small);
    p.setPen(theme.mutedText);
    p.drawText(QRectF(ring.left(), ring.center().y() + 2, ring.width(), 14), Qt::AlignCenter,
               QStringLiteral("a month"));
    QFont legend = small;
    legend.setPointSizeF(9);
    const double lx = ring.right() + 24, rowH = 18;
    const int rows = int(std::min<size_t>(slices.size(), kLegendRows));
    double ly = ring.center().y() - rows * rowH / 2;
    for (int i = 0; i < rows; ++i, ly += rowH) {
        const auto& s = slices[size_t(i)];
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        p.drawRoundedRect(QRectF(lx, ly + 4, 10, 10), 2, 2);
        p.setFont(legend);
        p.setPen(theme.text);
        p.drawText(QRectF(lx + 16, ly, area.right() - lx - 130, rowH),
                   Qt::AlignVCenter | Qt::AlignLeft, s.label);
        p.drawText(QRectF(area.right() - 124, ly, 80, rowH), Qt::AlignVCenter | Qt::AlignRight,
                   QString::fromStdString(model::formatMoney(s.value)));
        p.setPen(theme.mutedText);
        p.drawText(QRectF(area.right() - 40, ly, 40, rowH), Qt::AlignVCenter | Qt::AlignRight,
                   QString::fromStdString(percent(s.value, sum)));
    }
    p.restore();
}

void paintBars(QPainter& p, const QRectF& area, const std::vector<ChartSlice>& slices,
               const Theme& theme)
{
    if (slices.empty()) return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    f.setPointSizeF(9);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double rowH = std::min(22.0, area.height() / double(slices.size()));
    const double labelW = area.width() * 0.32, amountW = 70;
    const double maxValue = std::max(slices.front().value, 0.01);
    double y = area.top();
    for (const auto& s : slices) {
        p.setPen(theme.text);
        p.drawText(QRectF(area.left(), y, labelW - 8, rowH), Qt::AlignVCenter | Qt::AlignRight,
                   fm.elidedText(s.label, Qt::ElideRight, labelW - 8));
        const double barW = std::max(2.0, (area.width() - labelW - amountW) * s.value / maxValue);
        p.setPen(Qt::NoPen);
        p.setBrush(s.color);
        p.drawRoundedRect(QRectF(area.left() + labelW, y + rowH * 0.2, barW, rowH * 0.6), 2, 2);
        p.setPen(theme.text);
        p.drawText(QRectF(area.left() + labelW + barW + 6, y, amountW, rowH),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QString::fromStdString(model::formatMoney(s.value)));
        y += rowH;
    }
    p.restore();
}

} // namespace azimuth::views
