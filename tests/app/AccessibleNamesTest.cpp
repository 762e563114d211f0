// What a screen reader says: every widget of the main window a student can reach (docks,
// buttons, fields, lists, the canvas) has a name, read through QAccessible as the reader
// reads it.

#include "GuiHarness.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace azimuth;

namespace {

/// Whether a user can reach `w` with the keyboard or click it to act.
bool interactive(const QWidget& w)
{
    // Parts a reader announces with their owner: scroll bars, a view's viewport and
    // headers, a spin box's or combo box's own line edit.
    if (qobject_cast<const QScrollBar*>(&w) || qobject_cast<const QHeaderView*>(&w)) return false;
    // The window lays out docks with tab bars it recycles: one with no tab offers nothing
    // (a reader names a tab bar by its current tab).
    if (auto* tabs = qobject_cast<const QTabBar*>(&w); tabs && tabs->count() == 0) return false;
    const QWidget* parent = w.parentWidget();
    if (auto* area = qobject_cast<const QAbstractScrollArea*>(parent);
        area && area->viewport() == &w)
        return false;
    if (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent))
        return false;
    return w.focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton*>(&w) ||
           qobject_cast<const QDockWidget*>(&w) || qobject_cast<const QAbstractItemView*>(&w);
}

QString accessibleName(QWidget& w)
{
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(&w);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

/// "Class 'objectName' in Parent" for the failure message.
std::string describe(const QWidget& w)
{
    QString where;
    for (const QWidget* p = w.parentWidget(); p; p = p->parentWidget())
        if (auto* dock = qobject_cast<const QDockWidget*>(p)) {
            where = dock->windowTitle();
            break;
        }
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(w.metaObject()->className()), w.objectName(),
             where.isEmpty() ? QStringLiteral("the window") : where)
        .toStdString();
}

std::vector<std::string> unnamedWidgets(app::MainWindow& w)
{
    std::vector<std::string> unnamed;
    for (QWidget* child : w.findChildren<QWidget*>()) {
        if (!child->isVisibleTo(&w) || !interactive(*child)) continue;
        if (child->window() != &w) continue; // menus and popups have their own names
        if (accessibleName(*child).isEmpty()) unnamed.push_back(describe(*child));
    }
    return unnamed;
}

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

} // namespace

TEST(AccessibleNames, EveryInteractiveWidgetOfTheWindowHasAName)
{
    for (const QSize size : {QSize(1440, 900), QSize(1024, 700)}) {
        auto w = std::make_unique<app::MainWindow>();
        w->resize(size);
        w->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
        QString error;
        ASSERT_TRUE(w->openFile(QStringLiteral(AZIMUTH_SAMPLES "/ha-web-app.azimuth"), &error))
            << error.toStdString();
        for (QDockWidget* dock : w->findChildren<QDockWidget*>())
            dock->show(); // the history too
        settle();
        // Each kind of inspector form: a group (zones list, numbers, combos), a database
        // (check boxes) and a connection.
        for (const char* id : {"web", "db", "alb"}) {
            w->scene()->clearSelection();
            guitest::item(*w, id)->setSelected(true);
            settle();
            ASSERT_EQ(w->inspector()->component().value, id);
            const auto unnamed = unnamedWidgets(*w);
            EXPECT_TRUE(unnamed.empty()) << size.width() << " px, " << id
                                         << " selected: " << ::testing::PrintToString(unnamed);
        }
    }
}

TEST(AccessibleNames, DocksAndTheCanvasSayWhatTheyAre)
{
    auto w = guitest::windowWith("");
    EXPECT_EQ(w->view()->accessibleName(), "Canvas");
    EXPECT_FALSE(w->view()->accessibleDescription().isEmpty());
    for (const char* name : {"palette", "inspector", "findings", "cost", "history"}) {
        auto* dock = w->findChild<QDockWidget*>(QString::fromLatin1(name));
        ASSERT_NE(dock, nullptr) << name;
        EXPECT_EQ(accessibleName(*dock), dock->windowTitle()) << name;
        EXPECT_EQ(dock->widget()->accessibleName(), dock->windowTitle() + " panel") << name;
        EXPECT_FALSE(dock->widget()->accessibleDescription().isEmpty()) << name;
    }
}
