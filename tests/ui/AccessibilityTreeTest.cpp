// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of every page, read through Qt's accessibility API as a screen reader
// reads it: it has a name, and a description that says more than the name.
#include "Generator.h"
#include "UiTestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QTabWidget>

using namespace backlog;
using namespace backlog::test;

namespace {

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::EditableText:
        return true;
    default:
        return false;
    }
}

void walk(QAccessibleInterface* node, const QString& where, QStringList& unnamed,
          QStringList& undescribed, int depth = 0)
{
    if (!node || depth > 40 || node->state().invisible)
        return;
    if (isControl(node->role())) {
        const QString name = node->text(QAccessible::Name);
        const QString description = node->text(QAccessible::Description);
        const QString id = node->object() ? node->object()->objectName() : QString();
        // On Linux a combo box's name is its current text (AT-SPI names it by its label).
        if (name.trimmed().isEmpty() && node->role() != QAccessible::ComboBox)
            unnamed << QStringLiteral("%1: %2 (role %3)").arg(where, id).arg(int(node->role()));
        else if (description.trimmed().isEmpty() || description == name)
            undescribed << QStringLiteral("%1: \"%2\" %3").arg(where, name, id);
    }
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), where, unnamed, undescribed, depth + 1);
}

} // namespace

TEST(AccessibilityTree, EveryControlOfEveryPageHasANameAndADescription)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    Bundle b = generateWeeks8(5);
    ASSERT_TRUE(app.diary->importBundle(b).ok());
    ASSERT_TRUE(app.service->reload().ok());
    app.window->resize(1000, 800);
    app.window->show();
    QStringList unnamed;
    QStringList undescribed;
    for (int i = 0; i < app.window->pages()->count(); ++i) {
        app.window->pages()->setCurrentIndex(i);
        QApplication::processEvents();
        walk(QAccessible::queryAccessibleInterface(app.window.get()),
             app.window->pages()->tabText(i), unnamed, undescribed);
    }
    unnamed.removeDuplicates();
    undescribed.removeDuplicates();
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(undescribed.isEmpty()) << undescribed.size() << "\n"
                                       << undescribed.join(QLatin1Char('\n')).toStdString();
}
