#include "DiagramRenderer.h"

#include "model/export/DrawioDiagram.h"
#include "views/analysis/CanvasAnnotations.h"
#include "views/canvas/CanvasScene.h"

#include <QBuffer>
#include <QFontInfo>
#include <QGraphicsItem>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <cmath>
#include <vector>

namespace azimuth::views {

namespace {

/// Drops selection (and with it the editing handles), finding badges unless kept, and
/// item caches for one render and puts them back after: an export never shows what the
/// user happened to select, and cached items would turn into bitmaps in SVG and PDF.
class CleanRender
{
  public:
    CleanRender(CanvasScene& scene, bool keepFindings)
    {
        for (QGraphicsItem* item : scene.items()) {
            if (item->isSelected()) m_selected.push_back(item);
            if (!keepFindings && item->isVisible() && CanvasAnnotations::isFindingBadge(*item))
                m_hidden.push_back(item);
            if (item->cacheMode() != QGraphicsItem::NoCache) {
                m_cached.emplace_back(item, item->cacheMode());
                item->setCacheMode(QGraphicsItem::NoCache);
            }
        }
        for (QGraphicsItem* item : m_selected)
            item->setSelected(false);
        for (QGraphicsItem* item : m_hidden)
            item->setVisible(false);
    }
    ~CleanRender()
    {
        for (auto [item, mode] : m_cached)
            item->setCacheMode(mode);
        for (QGraphicsItem* item : m_selected)
            item->setSelected(true);
        for (QGraphicsItem* item : m_hidden)
            item->setVisible(true);
    }
    CleanRender(const CleanRender&) = delete;
    CleanRender& operator=(const CleanRender&) = delete;

  private:
    std::vector<QGraphicsItem*> m_selected;
    std::vector<QGraphicsItem*> m_hidden;
    std::vector<std::pair<QGraphicsItem*, QGraphicsItem::CacheMode>> m_cached;
};

/// QSvgGenerator names fonts by the family asked for, which may be a Qt alias ("Sans
/// Serif") that browsers do not know: name the font Qt really used, then a generic family,
/// so text keeps the widths it was laid out with.
QByteArray withRealFontFamilies(const QByteArray& svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\"]*)\""));
    QString text = QString::fromUtf8(svg);
    QString out;
    qsizetype last = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString real = QFontInfo(QFont(match.captured(1))).family().toHtmlEscaped();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        out += QStringLiteral("font-family=\"%1, sans-serif\"").arg(real);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace

DiagramRenderer::DiagramRenderer(CanvasScene& scene, Theme theme)
    : m_scene(scene), m_theme(std::move(theme))
{
    m_scene.finishRouting();
}

QRectF DiagramRenderer::sourceRect() const
{
    QRectF bounds = m_scene.itemsBoundingRect();
    // An empty design still exports as a small blank page rather than failing.
    if (bounds.isEmpty()) bounds = QRectF(0, 0, 160, 90);
    return bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

void DiagramRenderer::paint(QPainter& painter, const QRectF& target, bool transparent) const
{
    const QRectF source = sourceRect();
    QSizeF fitted = source.size().scaled(target.size(), Qt::KeepAspectRatio);
    QRectF where(QPointF(0, 0), fitted);
    where.moveCenter(target.center());
    const CanvasTheme before = m_scene.theme();
    m_scene.setTheme(m_theme.canvas());
    CleanRender clean(m_scene, m_includeFindings);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    if (!transparent) painter.fillRect(where, m_theme.background);
    m_scene.render(&painter, where, source, Qt::KeepAspectRatio);
    painter.restore();
    m_scene.setTheme(before);
}

std::optional<RasterSize> DiagramRenderer::rasterSize(qreal scale) const
{
    const QSizeF source = sourceRect().size();
    const auto pixelsAt = [&source](qreal s) {
        return QSize(std::max(1, int(std::ceil(source.width() * s))),
                     std::max(1, int(std::ceil(source.height() * s))));
    };
    RasterSize size{scale, pixelsAt(scale), false};
    const qreal side = std::max(source.width(), source.height()) * scale;
    const qreal area = source.width() * source.height() * scale * scale;
    if (side > kMaxRasterSide || area > qreal(kMaxRasterPixels)) {
        size.scale = std::min(scale * kMaxRasterSide / side,
                              scale * std::sqrt(qreal(kMaxRasterPixels) / area));
        // Two significant digits, rounded down, so the figure said is the figure used.
        const qreal digit = std::pow(10.0, std::floor(std::log10(size.scale)) - 1);
        size.scale = std::floor(size.scale / digit) * digit;
        size.pixels = pixelsAt(size.scale);
        size.reduced = true;
    }
    if (size.scale < kMinRasterScale) return std::nullopt;
    return size;
}

QImage DiagramRenderer::toImage(qreal scale, bool transparent) const
{
    const std::optional<RasterSize> size = rasterSize(scale);
    if (!size) return {};
    QImage image(size->pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    image.fill(transparent ? QColor(Qt::transparent) : m_theme.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size->pixels)), transparent);
    painter.end();
    return image;
}

qreal DiagramRenderer::pdfScale() const
{
    const QSizeF source = sourceRect().size();
    const qreal side = std::max(source.width(), source.height());
    return side > kMaxPdfPagePoints ? kMaxPdfPagePoints / side : 1.0;
}

QByteArray DiagramRenderer::toSvg(const QString& title) const
{
    const QRectF source = sourceRect();
    const QSize size(int(std::ceil(source.width())), int(std::ceil(source.height())));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    // QSvgGenerator (Qt 6.4) writes the title into <title> as it is: escape it here.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(QStringLiteral("Architecture diagram exported by Azimuth"));
    QPainter painter(&generator);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return withRealFontFamilies(buffer.data());
}

QByteArray DiagramRenderer::toPdf(const QString& title) const
{
    const QRectF source = sourceRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Azimuth"));
    writer.setResolution(72); // one scene unit is one point, times pdfScale()
    const QSizeF page = source.size() * pdfScale();
    writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    paint(painter, QRectF(QPointF(0, 0), page));
    painter.end();
    return buffer.data();
}

QByteArray DiagramRenderer::toDrawio(const QString& title) const
{
    return QByteArray::fromStdString(model::designToDrawio(m_scene.design(), m_scene.layout(),
                                                           m_scene.catalog(), title.toStdString()));
}

} // namespace azimuth::views
