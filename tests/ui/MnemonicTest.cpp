// SPDX-License-Identifier: GPL-3.0-or-later
// No Alt key does two things: in every window (its menu bar titles, tab labels and the
// controls that can be seen), in every menu, in English and in German.
#include "Generator.h"
#include "ImportDialog.h"
#include "OpenFailedDialog.h"
#include "ReportOptionsDialog.h"
#include "RestoreDialog.h"
#include "SessionDialog.h"
#include "SetupWizard.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "exchange/Bundle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <QWizard>

using namespace backlog;
using namespace backlog::test;

namespace {

/// The mnemonic letter of a text ("&Save" -> s), or none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

class Scope
{
public:
    explicit Scope(QString name) : m_name(std::move(name)) {}
    void add(const QString& text, const QString& what)
    {
        const QChar c = mnemonicOf(text);
        if (!c.isNull())
            m_uses[c] << QStringLiteral("%1 \"%2\"").arg(what, text);
    }
    QStringList clashes() const
    {
        QStringList out;
        for (auto it = m_uses.begin(); it != m_uses.end(); ++it)
            if (it.value().size() > 1)
                out << QStringLiteral("%1: Alt+%2 for %3")
                           .arg(m_name, it.key().toUpper(), it.value().join(QStringLiteral(", ")));
        return out;
    }

private:
    QString m_name;
    QMap<QChar, QStringList> m_uses;
};

/// Every menu below `menu` is a scope of its own.
void checkMenu(QMenu* menu, const QString& where, QStringList& out)
{
    Scope scope(where + QStringLiteral(" > ") + menu->title().remove(QLatin1Char('&')));
    for (QAction* a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        scope.add(a->text(), QStringLiteral("item"));
        if (a->menu())
            checkMenu(a->menu(), where, out);
    }
    out << scope.clashes();
}

/// The clashes of one window as it is shown now: its menu bar titles, tab labels and
/// visible controls, then each of its menus.
QStringList clashesOf(QWidget* window, const QString& where)
{
    QStringList out;
    Scope scope(where);
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* a : bar->actions()) {
            if (!a->isVisible())
                continue;
            scope.add(a->text(), QStringLiteral("menu"));
            if (a->menu())
                checkMenu(a->menu(), where, out);
        }
    }
    for (QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            scope.add(tabs->tabText(i), QStringLiteral("tab"));
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window)
            continue;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            scope.add(b->text(), QStringLiteral("button"));
        else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
            scope.add(l->text(), QStringLiteral("label"));
        else if (auto* g = qobject_cast<QGroupBox*>(w); g && g->isCheckable())
            scope.add(g->title(), QStringLiteral("group"));
    }
    out << scope.clashes();
    return out;
}

/// Every page of a main window in turn.
QStringList clashesOfMainWindow(MainWindow* window, const QString& where)
{
    QStringList out;
    for (int i = 0; i < window->pages()->count(); ++i) {
        window->pages()->setCurrentIndex(i);
        QApplication::processEvents();
        out << clashesOf(window,
                         QStringLiteral("%1, page %2")
                             .arg(where, window->pages()->tabText(i).remove(QLatin1Char('&'))));
    }
    return out;
}

QStringList clashesEverywhere(const QString& lang)
{
    QStringList out;
    App app;
    const QDate start(2026, 10, 5);
    const QDate today = start.addDays(20);
    app.open(today);
    Bundle b = generateWeeks8(3);
    EXPECT_TRUE(app.diary->importBundle(b).ok());
    EXPECT_TRUE(app.service->reload().ok());
    app.window->resize(1000, 800);
    app.window->show();
    out << clashesOfMainWindow(app.window.get(), lang + QStringLiteral(" main window"));

    // Review mode.
    TempFolder folder;
    const QString bundlePath = folder.path(QStringLiteral("review.backlog.json"));
    writeFile(bundlePath, writeBundle(b, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
    auto review = app.window->openReview(bundlePath);
    EXPECT_TRUE(review.ok());
    if (review.ok()) {
        out << clashesOfMainWindow(review.value(), lang + QStringLiteral(" review window"));
        delete review.value();
    }

    // The setup wizard, page by page.
    PageContext context{*app.service, *app.window->undoStack(), *app.settings};
    {
        SetupWizard wizard(context);
        wizard.show();
        for (int i = 0; i < 10 && wizard.currentPage(); ++i) {
            QApplication::processEvents();
            out << clashesOf(&wizard,
                             QStringLiteral("%1 setup wizard, page %2").arg(lang).arg(i + 1));
            const int before = wizard.currentId();
            wizard.next();
            if (wizard.currentId() == before)
                break;
        }
    }
    {
        Session s;
        s.date = today;
        s.minutes = 45;
        SessionDialog dialog(app.service->episode(), app.service->sessions(), s, today);
        dialog.show();
        QApplication::processEvents();
        out << clashesOf(&dialog, lang + QStringLiteral(" session dialog"));
    }
    {
        const QString csv = folder.path(QStringLiteral("entries.csv"));
        writeFile(csv, "date,pain\n" + today.toString(Qt::ISODate).toUtf8() + ",4\n");
        ImportDialog* dialog = app.window->openImport(csv);
        if (dialog) {
            QApplication::processEvents();
            out << clashesOf(dialog, lang + QStringLiteral(" import dialog"));
            delete dialog;
        }
    }
    {
        RestoreDialog dialog(*app.service);
        dialog.show();
        QApplication::processEvents();
        out << clashesOf(&dialog, lang + QStringLiteral(" restore dialog"));
    }
    {
        OpenFailedDialog dialog(app.folder.diaryPath(), QStringLiteral("file is not a database"));
        dialog.show();
        QApplication::processEvents();
        out << clashesOf(&dialog, lang + QStringLiteral(" open-failed dialog"));
    }
    {
        ReportOptionsDialog dialog(ReportOptions{});
        dialog.show();
        QApplication::processEvents();
        out << clashesOf(&dialog, lang + QStringLiteral(" report options dialog"));
    }
    app.close();
    return out;
}

} // namespace

TEST(Mnemonics, NoAltKeyDoesTwoThingsInAnyWindowInEnglishOrGerman)
{
    QStringList clashes = clashesEverywhere(QStringLiteral("English"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    clashes << clashesEverywhere(QStringLiteral("German"));
    removeTranslations(*QCoreApplication::instance());
    QLocale::setDefault(QLocale::c());
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

TEST(DialogKeys, CtrlEnterSavesTheSessionDialogEvenFromItsNote)
{
    App app;
    const QDate today(2026, 10, 20);
    app.open(today);
    ASSERT_TRUE(app.service->saveEpisode(simpleEpisode(QDate(2026, 10, 5))).ok());
    Session s;
    s.date = today;
    s.minutes = 45;
    SessionDialog dialog(app.service->episode(), app.service->sessions(), s, today);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    dialog.noteTextEdit()->setFocus();
    QTest::keyClicks(dialog.noteTextEdit(), QStringLiteral("Felt looser"));
    QTest::keyClick(dialog.noteTextEdit(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.session().note, QStringLiteral("Felt looser"));

    // Not while the session cannot be saved.
    SessionDialog invalid(app.service->episode(), app.service->sessions(), s, today);
    invalid.show();
    QApplication::setActiveWindow(&invalid);
    invalid.minutesSpinBox()->clear();
    invalid.noteTextEdit()->setFocus();
    QTest::keyClick(invalid.noteTextEdit(), Qt::Key_Enter, Qt::ControlModifier);
    EXPECT_NE(invalid.result(), QDialog::Accepted);
    EXPECT_TRUE(invalid.isVisible());
}
