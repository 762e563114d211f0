#include "SvgDiagramCheck.h"

#include <QFont>
#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>
#include <cmath>

namespace exporttest {

namespace {

/// The style a <g> passes down: QSvgGenerator writes the pen, brush and transform there.
struct Style
{
    QTransform transform;
    QString stroke = "none", fill = "none", dash;
    double strokeWidth = 1, fillOpacity = 1;
    QString fontFamily;
    double fontSize = 12;
    int fontWeight = 400;
};

QTransform parseTransform(const QString& t)
{
    static const QRegularExpression matrix(QStringLiteral("matrix\\(([^)]*)\\)"));
    auto m = matrix.match(t);
    if (!m.hasMatch()) return {};
    const QStringList v =
        m.captured(1).split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
    if (v.size() != 6) return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
                      v[4].toDouble(), v[5].toDouble());
}

void applyStyle(Style& s, const QXmlStreamAttributes& a)
{
    if (a.hasAttribute("transform"))
        s.transform = parseTransform(a.value("transform").toString()) * s.transform;
    if (a.hasAttribute("stroke")) s.stroke = a.value("stroke").toString().toLower();
    if (a.hasAttribute("fill")) s.fill = a.value("fill").toString().toLower();
    if (a.hasAttribute("stroke-width")) s.strokeWidth = a.value("stroke-width").toDouble();
    if (a.hasAttribute("fill-opacity")) s.fillOpacity = a.value("fill-opacity").toDouble();
    if (a.hasAttribute("stroke-dasharray")) {
        const QString d = a.value("stroke-dasharray").toString();
        s.dash = d == "none" ? QString() : d;
    }
    if (a.hasAttribute("font-family")) s.fontFamily = a.value("font-family").toString();
    if (a.hasAttribute("font-size")) s.fontSize = a.value("font-size").toDouble();
    if (a.hasAttribute("font-weight")) {
        const QString w = a.value("font-weight").toString();
        s.fontWeight = w == "bold" ? 700 : w == "normal" ? 400 : w.toInt();
    }
}

/// The corner points of a path's data (control points included: a bounding box of them
/// is a little generous at curves, never short).
std::vector<QPointF> pathPoints(const QString& d, std::vector<std::pair<int, int>>& subpaths)
{
    static const QRegularExpression token(QStringLiteral("[MLCZmlcz]|-?[0-9.]+(?:e-?[0-9]+)?"));
    std::vector<QPointF> pts;
    std::vector<double> nums;
    int start = 0;
    for (auto it = token.globalMatch(d); it.hasNext();) {
        const QString t = it.next().captured(0);
        if (t[0].isLetter()) {
            if ((t == "M" || t == "m") && !pts.empty()) {
                subpaths.emplace_back(start, static_cast<int>(pts.size()));
                start = static_cast<int>(pts.size());
            }
            continue;
        }
        nums.push_back(t.toDouble());
        if (nums.size() == 2) {
            pts.emplace_back(nums[0], nums[1]);
            nums.clear();
        }
    }
    if (static_cast<int>(pts.size()) > start)
        subpaths.emplace_back(start, static_cast<int>(pts.size()));
    return pts;
}

QRectF boundsOf(const std::vector<QPointF>& pts)
{
    if (pts.empty()) return {};
    double x0 = pts[0].x(), x1 = x0, y0 = pts[0].y(), y1 = y0;
    for (const QPointF& p : pts) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

double scaleOf(const QTransform& t)
{
    return std::sqrt(std::abs(t.determinant()));
}

/// Whether a straight segment passes through the inside of `r`, shrunk by `slack` so
/// that touching an edge is no crossing.
bool segmentCrosses(const QPointF& a, const QPointF& b, const QRectF& r, double slack = 0.75)
{
    const QRectF in = r.adjusted(slack, slack, -slack, -slack);
    if (in.isEmpty()) return false;
    // Clip the segment (Liang-Barsky).
    double t0 = 0, t1 = 1;
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - in.left(), in.right() - a.x(), a.y() - in.top(),
                         in.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0) return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1) return false;
    }
    return true;
}

QString rectText(const QRectF& r)
{
    return QStringLiteral("(%1,%2 %3x%4)")
        .arg(r.x(), 0, 'f', 1)
        .arg(r.y(), 0, 'f', 1)
        .arg(r.width(), 0, 'f', 1)
        .arg(r.height(), 0, 'f', 1);
}

} // namespace

SvgDiagram readSvgDiagram(const QByteArray& svg, const QString& lineColor)
{
    SvgDiagram out;
    QXmlStreamReader xml(svg);
    std::vector<Style> stack{Style{}};
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (stack.size() > 1) stack.pop_back();
            continue;
        }
        if (token != QXmlStreamReader::StartElement) continue;
        Style s = stack.back();
        applyStyle(s, xml.attributes());
        const QString name = xml.name().toString();
        if (name == "image") ++out.images;
        if (name == "text") {
            const auto a = xml.attributes();
            const QPointF at(a.value("x").toDouble(), a.value("y").toDouble());
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QFont f(s.fontFamily.section(',', 0, 0).trimmed());
            f.setPixelSize(std::max(1, static_cast<int>(std::lround(s.fontSize))));
            f.setWeight(static_cast<QFont::Weight>(s.fontWeight));
            const QFontMetricsF fm(f);
            const QRectF local(at.x(), at.y() - fm.ascent(), fm.horizontalAdvance(text),
                               fm.ascent() + fm.descent());
            out.texts.push_back({text, s.transform.mapRect(local)});
            continue; // readElementText consumed the end element
        }
        if (name == "path" || name == "rect" || name == "polyline" || name == "polygon") {
            const auto a = xml.attributes();
            std::vector<std::pair<int, int>> subpaths;
            std::vector<QPointF> pts;
            if (name == "rect") {
                const double x = a.value("x").toDouble(), y = a.value("y").toDouble(),
                             w = a.value("width").toDouble(), h = a.value("height").toDouble();
                pts = {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}};
                subpaths.emplace_back(0, 4);
            } else if (name == "path") {
                pts = pathPoints(a.value("d").toString(), subpaths);
            } else {
                pts = pathPoints("M" + a.value("points").toString(), subpaths);
            }
            const QRectF local = boundsOf(pts);
            const double scale = scaleOf(s.transform);
            // An icon begins with its 64 x 64 rounded square, in its own units.
            if (std::abs(local.left()) < 0.5 && std::abs(local.top()) < 0.5 &&
                std::abs(local.width() - 64) < 0.5 && std::abs(local.height() - 64) < 0.5 &&
                std::abs(scale - 1) > 0.05)
                out.icons.push_back(s.transform.mapRect(local));
            const bool unitScale = std::abs(scale - 1) < 0.05;
            if (unitScale && s.stroke == lineColor && s.fill == "none" &&
                std::abs(s.strokeWidth - 1.5) < 0.01) {
                for (const auto& [from, to] : subpaths)
                    for (int i = from; i + 1 < to; ++i)
                        out.arrows.push_back({s.transform.map(pts[static_cast<size_t>(i)]),
                                              s.transform.map(pts[static_cast<size_t>(i + 1)])});
            } else if (unitScale && s.stroke != "none" && s.stroke != lineColor &&
                       ((!s.dash.isEmpty() && s.fill != "none" && s.fillOpacity < 0.99) ||
                        (s.dash.isEmpty() && s.fill == "none" &&
                         std::abs(s.strokeWidth - 2) < 0.01)) &&
                       local.width() > 40 && local.height() > 40) {
                out.containers.push_back(s.transform.mapRect(local));
            }
        }
        stack.push_back(s);
    }
    if (xml.hasError()) out.error = xml.errorString();
    return out;
}

QStringList diagramProblems(const SvgDiagram& d, const QStringList& names, int minIcons)
{
    QStringList problems;
    if (!d.error.isEmpty()) problems << "not XML: " + d.error;
    for (const QString& n : names) {
        bool found = false;
        for (const auto& t : d.texts)
            if (t.text.contains(n)) found = true;
        if (!found) problems << "the name \"" + n + "\" is not in any text whole";
    }
    if (d.images > 0) problems << QStringLiteral("%1 bitmap images").arg(d.images);
    if (static_cast<int>(d.icons.size()) < minIcons)
        problems
            << QStringLiteral("%1 vector icons, expected %2").arg(d.icons.size()).arg(minIcons);
    for (const auto& s : d.arrows) {
        for (const QRectF& icon : d.icons)
            if (segmentCrosses(s.a, s.b, icon))
                problems << QStringLiteral("arrow segment %1,%2 - %3,%4 crosses an icon %5")
                                .arg(s.a.x())
                                .arg(s.a.y())
                                .arg(s.b.x())
                                .arg(s.b.y())
                                .arg(rectText(icon));
        for (const auto& t : d.texts)
            if (segmentCrosses(s.a, s.b, t.box))
                problems << QStringLiteral("arrow segment %1,%2 - %3,%4 crosses the text \"%5\" %6")
                                .arg(s.a.x())
                                .arg(s.a.y())
                                .arg(s.b.x())
                                .arg(s.b.y())
                                .arg(t.text, rectText(t.box));
    }
    for (size_t i = 0; i < d.containers.size(); ++i)
        for (size_t j = i + 1; j < d.containers.size(); ++j) {
            const QRectF a = d.containers[i], b = d.containers[j];
            const QRectF ai = a.adjusted(1.5, 1.5, -1.5, -1.5),
                         bi = b.adjusted(1.5, 1.5, -1.5, -1.5);
            if (!ai.intersects(bi)) continue;
            const QRectF ao = a.adjusted(-1.5, -1.5, 1.5, 1.5),
                         bo = b.adjusted(-1.5, -1.5, 1.5, 1.5);
            if (ao.contains(b) || bo.contains(a)) continue;
            problems << "containers overlap: " + rectText(a) + " and " + rectText(b);
        }
    return problems;
}

} // namespace exporttest
