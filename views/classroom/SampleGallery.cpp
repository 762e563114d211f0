#include "SampleGallery.h"

#include "views/export/DesignScene.h"
#include "views/export/DiagramRenderer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace azimuth::views {

SampleGallery::SampleGallery(SampleIndex index, QWidget* parent)
    : QDialog(parent), m_index(std::move(index)), m_list(new QListWidget(this)),
      m_description(new QLabel(this))
{
    setWindowTitle(tr("New from Sample"));
    setObjectName(QStringLiteral("sampleGallery"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbWidth, kThumbHeight));
    m_list->setGridSize(QSize(kThumbWidth + 24, kThumbHeight + 48));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(true);

    for (const SampleEntry& entry : m_index.entries()) {
        auto* item = new QListWidgetItem(entry.title, m_list);
        item->setData(Qt::UserRole, entry.file);
        item->setToolTip(entry.description);
        try {
            item->setIcon(QIcon(thumbnail(m_index.design(entry))));
        } catch (const std::exception& e) {
            // A broken sample still shows, with why it cannot open.
            item->setToolTip(QString::fromUtf8(e.what()));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }

    m_description->setWordWrap(true);
    m_description->setMinimumHeight(48);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton* openButton = buttons->button(QDialogButtonBox::Open);
    openButton->setEnabled(false);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this, openButton](QListWidgetItem* item) {
                openButton->setEnabled(item && (item->flags() & Qt::ItemIsEnabled));
                showDescription();
            });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->flags() & Qt::ItemIsEnabled) accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(buttons);
    resize(4 * (kThumbWidth + 24) + 48, 3 * (kThumbHeight + 48) + 140);
    if (m_list->count() > 0) m_list->setCurrentRow(0);
}

std::optional<SampleEntry> SampleGallery::selectedSample() const
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled)) return std::nullopt;
    const QString file = item->data(Qt::UserRole).toString();
    for (const SampleEntry& entry : m_index.entries())
        if (entry.file == file) return entry;
    return std::nullopt;
}

std::optional<model::Design> SampleGallery::selectedDesign() const
{
    const auto entry = selectedSample();
    if (!entry) return std::nullopt;
    return m_index.design(*entry);
}

QPixmap SampleGallery::thumbnail(const model::Design& design, QSize box)
{
    DesignScene scene(design);
    DiagramRenderer renderer(scene.scene());
    QPixmap pixmap(box);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    renderer.paint(painter, QRectF(QPointF(4, 4), QSizeF(box) - QSizeF(8, 8)), true);
    painter.setPen(QColor(0xd5, 0xdb, 0xdb));
    painter.drawRect(QRectF(0.5, 0.5, box.width() - 1, box.height() - 1));
    return pixmap;
}

void SampleGallery::showDescription()
{
    const auto entry = selectedSample();
    m_description->setText(
        entry ? QStringLiteral("<b>%1</b><br>%2")
                    .arg(entry->title.toHtmlEscaped(), entry->description.toHtmlEscaped())
              : QString());
}

} // namespace azimuth::views
