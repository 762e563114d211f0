#include "MainWindow.h"

#include <QGraphicsScene>
#include <QGraphicsView>

namespace azimuth::app {

void provideGuiSubcommands() {}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    auto* view = new QGraphicsView(new QGraphicsScene(this), this);
    setCentralWidget(view);
    resize(1280, 800);
}

bool MainWindow::openFile(const QString&)
{
    return false;
}

} // namespace azimuth::app
