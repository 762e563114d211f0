#include "CanvasStage.h"

#include "views/canvas/CanvasView.h"

#include <QVBoxLayout>

namespace azimuth::views {

CanvasStage::CanvasStage(CanvasView& view, QWidget* parent)
    : QWidget(parent), m_view(view), m_column(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("canvasStage"));
    m_column->setContentsMargins(0, 0, 0, 0);
    m_column->setSpacing(0);
    m_column->addWidget(&view, 1);
}

void CanvasStage::addTopBar(QWidget* bar)
{
    m_column->insertWidget(m_topBars++, bar);
}

void CanvasStage::addBottomBar(QWidget* bar)
{
    m_column->addWidget(bar);
}

} // namespace azimuth::views
