// SPDX-License-Identifier: GPL-3.0-or-later
// Every visible text goes through the translations, and in German every one of them is
// German. Two checks on the same walk over the app (every page, the setup wizard, the
// session, import, restore and report dialogs, the dialog of a diary that cannot be
// opened with its list of backups and its question, the chart's own texts):
//  - with a marking translator, which wraps every text it is asked for in ⟦ ⟧, no
//    visible text is left with a word outside the marks: a text that never reaches a
//    translation cannot be translated;
//  - with the German translation for a German system locale, no visible text is an
//    English source text of the catalogue (translations/backlog_de.ts) that has a
//    German translation: a text looked up under the wrong context stays English.
#include "Generator.h"
#include "ImportDialog.h"
#include "OpenFailedDialog.h"
#include "PlanPage.h"
#include "ProgressChart.h"
#include "ProgressPage.h"
#include "ReportOptionsDialog.h"
#include "ReportWriter.h"
#include "SessionDialog.h"
#include "SessionsPage.h"
#include "Translations.h"
#include "UiTestSupport.h"
#include "exchange/Csv.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QWizard>
#include <QXmlStreamReader>

using namespace backlog;
using namespace backlog::test;

namespace {

const QChar kOpen(0x27E6);  // ⟦
const QChar kClose(0x27E7); // ⟧

/// Wraps every text it is asked for in ⟦ ⟧ (Qt's own texts included), and notes what
/// the program asked for, context and source.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char*, int) const override
    {
        if (!source || !*source)
            return {};
        asked.insert(QString::fromUtf8(context) + QLatin1String(" | ") + QString::fromUtf8(source));
        return kOpen + QString::fromUtf8(source) + kClose;
    }
    bool isEmpty() const override { return false; }

    mutable QSet<QString> asked;
};

/// "context | source" of every message of the German catalogue.
QSet<QString> catalogueKeys()
{
    QFile file(QStringLiteral(BACKLOG_SOURCE_DIR "/translations/backlog_de.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> keys;
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            keys.insert(context + QLatin1String(" | ") + xml.readElementText());
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return keys;
}

/// What the program asked for that the catalogue lacks (a text lupdate did not find, or
/// asked for under another context), leaving out Qt's own (its contexts are Q-classes).
QStringList missingFromCatalogue(const QSet<QString>& asked)
{
    const QSet<QString> keys = catalogueKeys();
    static const QRegularExpression qtContext(QStringLiteral("^Q[A-Z]"));
    QStringList missing;
    for (const QString& key : asked) {
        if (!keys.contains(key) && !qtContext.match(key).hasMatch())
            missing << key;
    }
    missing.sort();
    return missing;
}

QString plain(const QString& text)
{
    QString t =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])"))); // accelerators
    t.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return t.trimmed();
}

void add(QStringList& out, const QString& where, const QString& text)
{
    const QString t = plain(text);
    if (!t.isEmpty())
        out << where + QStringLiteral(": ") + t;
}

void addMenu(QStringList& out, const QString& where, const QMenu* menu)
{
    add(out, where, menu->title());
    for (const QAction* action : menu->actions()) {
        if (action->menu())
            addMenu(out, where + QLatin1Char('>') + plain(action->text()), action->menu());
        else if (!action->isSeparator()) {
            add(out, where, action->text());
            add(out, where + QStringLiteral(" tip"),
                action->toolTip() == plain(action->text()) ? QString() : action->toolTip());
        }
    }
}

/// Every text a person can read in `root` and its children, each prefixed with where
/// it was found. Hidden children count too: an error label shows one day.
QStringList textsOf(QWidget* root)
{
    QStringList out;
    const QString rootName = QString::fromUtf8(root->metaObject()->className());
    add(out, rootName + QStringLiteral(" title"), root->windowTitle());
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        const QString where =
            QString::fromUtf8(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
        add(out, where + QStringLiteral(" tip"), w->toolTip());
        add(out, where + QStringLiteral(" what's this"), w->whatsThis());
        if (auto* l = qobject_cast<QLabel*>(w))
            add(out, where, l->text());
        else if (auto* b = qobject_cast<QAbstractButton*>(w))
            add(out, where, b->text());
        else if (auto* e = qobject_cast<QLineEdit*>(w))
            add(out, where + QStringLiteral(" placeholder"), e->placeholderText());
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            add(out, where + QStringLiteral(" placeholder"), p->placeholderText());
        else if (auto* c = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(out, where, c->itemText(i));
        }
        if (auto* g = qobject_cast<QGroupBox*>(w))
            add(out, where, g->title());
        if (auto* t = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < t->count(); ++i)
                add(out, where, t->tabText(i));
        }
        if (auto* browser = qobject_cast<QTextBrowser*>(w))
            add(out, where, browser->toPlainText());
        if (auto* wizard = qobject_cast<QWizard*>(w)) {
            for (int id : wizard->pageIds()) {
                add(out, where + QStringLiteral(" page"), wizard->page(id)->title());
                add(out, where + QStringLiteral(" page"), wizard->page(id)->subTitle());
            }
            for (auto button : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton,
                                QWizard::CancelButton})
                add(out, where, wizard->buttonText(button));
        }
        if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
            const QAbstractItemModel* m = view->model();
            for (int c = 0; c < m->columnCount(); ++c)
                add(out, where + QStringLiteral(" header"),
                    m->headerData(c, Qt::Horizontal).toString());
            for (int r = 0; r < std::min(m->rowCount(), 40); ++r) {
                for (int c = 0; c < m->columnCount(); ++c) {
                    add(out, where + QStringLiteral(" cell"), m->index(r, c).data().toString());
                    add(out, where + QStringLiteral(" cell tip"),
                        m->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto* bar = qobject_cast<QMenuBar*>(w)) {
            for (const QAction* a : bar->actions()) {
                if (a->menu())
                    addMenu(out, QStringLiteral("menu"), a->menu());
            }
        }
        if (auto* chart = qobject_cast<ProgressChart*>(w)) {
            for (const QString& label : chart->bandLabels() + chart->legendLabels())
                add(out, QStringLiteral("chart"), label);
            add(out, QStringLiteral("chart"), chart->directionText());
            add(out, QStringLiteral("chart tip"), chart->toolTipFor(chart->visibleTo()));
        }
    }
    return out;
}

/// The app on a realistic five-week diary with sessions, raised and acknowledged
/// alerts, every page built and every dialog of the main window open.
struct OpenApp
{
    App app;
    QDate today;
    QList<QWidget*> dialogs;
    QString csvPath;
    QStringList typed; ///< what the patient typed: activities, therapists' names

    OpenApp()
    {
        GeneratorOptions o;
        o.days = 36;
        o.seed = 4;
        o.programStart = QDate(2026, 10, 5);
        Bundle b = generateEpisode(o);
        typed = b.episode.activities;
        for (const Session& s : b.sessions)
            typed << s.therapist;
        today = o.programStart.addDays(o.days - 1);
        app.open(today);
        EXPECT_TRUE(app.diary->importBundle(b).ok());
        EXPECT_TRUE(app.service->reload().ok());
        DailyEntry d = app.service->entry(today).value_or(simpleEntry(today, 5));
        d.symptoms.saddle = true;
        EXPECT_TRUE(app.service->saveEntry(d).ok());
        app.window->resize(1000, 820);
        app.window->show();
        for (int i = 0; i < app.window->pages()->count(); ++i) {
            app.window->pages()->setCurrentIndex(i);
            QApplication::processEvents();
        }
        app.window->openSetup();
        app.window->sessionsPage()->addSession();
        app.window->openRestore();
        // The import preview of a CSV with one good and one bad row.
        csvPath = app.folder.path(QStringLiteral("entries.csv"));
        writeFile(csvPath, "date,pain,function\n2026-10-06,4,6\n2026-10-07,12,6\n");
        app.window->openImport(csvPath);
        dialogs << new ReportOptionsDialog(ReportOptions{}, app.window.get());
        // A diary that cannot be opened, with the problem as the core words it (its name
        // holds no word: a file name is data, not a text to translate).
        const QString damaged = app.folder.path(QStringLiteral("x.sqlite"));
        writeFile(damaged, "date,pain\n");
        auto refused = Diary::open(damaged);
        EXPECT_FALSE(refused.ok());
        auto* failed = new OpenFailedDialog(
            damaged, refused.ok() ? QString() : refused.error().message, app.window.get());
        dialogs << failed;
        failed->open();
        failed->chooseBackup();
        failed->askNewDiary();
        QApplication::processEvents();
    }

    QStringList texts() const
    {
        QStringList out = textsOf(app.window.get());
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top != app.window.get() && top->isVisible() && !app.window->isAncestorOf(top))
                out += textsOf(top);
        }
        return out;
    }
};

/// Data of the diary and of the locale, which are not translated: patient-typed text,
/// the locale's month and day names, numbers and dates.
QString withoutData(QString text)
{
    static const QStringList names = [] {
        QStringList n;
        const QLocale locale;
        for (int i = 1; i <= 12; ++i) {
            n << locale.monthName(i, QLocale::LongFormat)
              << locale.monthName(i, QLocale::ShortFormat)
              << locale.standaloneMonthName(i, QLocale::LongFormat)
              << locale.standaloneMonthName(i, QLocale::ShortFormat);
        }
        for (int i = 1; i <= 7; ++i)
            n << locale.dayName(i, QLocale::LongFormat) << locale.dayName(i, QLocale::ShortFormat);
        // Names and units that are the same in every language.
        n << QStringLiteral("BackLog") << QStringLiteral("Qt") << QStringLiteral("QCustomPlot")
          << QStringLiteral("SQLite") << QStringLiteral("FHIR") << QStringLiteral("CSV")
          << QStringLiteral("PDF") << QStringLiteral("PNG") << QStringLiteral("SVG")
          << QStringLiteral("JSON") << QStringLiteral("backlog") << QStringLiteral("sqlite")
          << QStringLiteral("csv") << QStringLiteral("json") << QStringLiteral("AM")
          << QStringLiteral("PM");
        std::sort(n.begin(), n.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        return n;
    }();
    for (const QString& n : names)
        text.remove(
            QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(n))));
    return text;
}

} // namespace

TEST(Translation, EveryVisibleTextReachesTheTranslations)
{
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QStringList leaks;
    {
        OpenApp open;
        const QString folder = open.app.folder.path(QString());
        static const QRegularExpression marked(QStringLiteral("⟦[^⟦⟧]*⟧"));
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
        for (const QString& entry : open.texts()) {
            const QString where = entry.section(QStringLiteral(": "), 0, 0);
            QString text = entry.section(QStringLiteral(": "), 1);
            text.remove(folder);
            text.remove(open.csvPath);
            for (const QString& data : open.typed)
                text.remove(data, Qt::CaseInsensitive);
            // Remove marked texts from the innermost out (a marked text can hold others).
            for (QString before; before != text;) {
                before = text;
                text.remove(marked);
            }
            if (word.match(withoutData(text)).hasMatch())
                leaks << entry;
        }
    }
    QCoreApplication::removeTranslator(&marker);
    EXPECT_GT(marker.asked.size(), 400);
    const QStringList missing = missingFromCatalogue(marker.asked);
    EXPECT_TRUE(missing.isEmpty()) << "asked for but not in the catalogue:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
    leaks.removeDuplicates();
    EXPECT_TRUE(leaks.isEmpty()) << "texts that never reach a translation:\n"
                                 << leaks.join(QLatin1Char('\n')).toStdString();
}

namespace {

/// The English source texts of the German catalogue that have a German translation
/// different from themselves.
QSet<QString> translatedSources()
{
    QFile file(QStringLiteral(BACKLOG_SOURCE_DIR "/translations/backlog_de.ts"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QSet<QString> sources;
    QSet<QString> german;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            // A plural message's forms, run together: enough to tell it from the source.
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!translation.isEmpty() && translation != source)
                sources.insert(plain(source));
            else
                german.insert(plain(source));
            const QStringList forms = translation.split(QLatin1Char('\n'));
            for (const QString& form : forms)
                german.insert(plain(form));
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    // "Plan" is English and German: a text that is also a German translation is no leak.
    return sources - german;
}

} // namespace

TEST(Translation, InGermanNoVisibleTextIsEnglish)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    const QSet<QString> english = translatedSources();
    ASSERT_GT(english.size(), 800);
    QStringList leaks;
    int count = 0;
    {
        OpenApp open;
        for (const QString& entry : open.texts()) {
            ++count;
            const QString text = entry.section(QStringLiteral(": "), 1);
            if (english.contains(text))
                leaks << entry;
            // A longer English sentence inside a composed text.
            for (const QString& source : english) {
                if (source.size() >= 24 && !source.contains(QLatin1Char('%')) &&
                    text.contains(source)) {
                    leaks << entry;
                    break;
                }
            }
        }
        // The user guide is the German one.
        EXPECT_EQ(MainWindow::userGuidePath().toStdString(), ":/docs/user-guide.de.md");
    }
    removeTranslations(*QCoreApplication::instance());
    QLocale::setDefault(QLocale::c());
    EXPECT_GT(count, 500);
    leaks.removeDuplicates();
    EXPECT_TRUE(leaks.isEmpty()) << "English texts in the German app:\n"
                                 << leaks.join(QLatin1Char('\n')).toStdString();
}

TEST(Translation, QtsOwnDialogTextsAreGermanToo)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    // QDialogButtonBox's standard buttons come from Qt's own catalogue (qtbase_de.qm).
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    removeTranslations(*QCoreApplication::instance());
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

TEST(Translation, EnglishNeedsNoTranslation)
{
    EXPECT_EQ(installTranslations(*QCoreApplication::instance(),
                                  QLocale(QLocale::English, QLocale::UnitedKingdom)),
              QString());
    EXPECT_EQ(installTranslations(*QCoreApplication::instance(), QLocale::c()), QString());
    EXPECT_EQ(MainWindow::userGuidePath().toStdString(), ":/docs/user-guide.md");
    removeTranslations(*QCoreApplication::instance());
}

TEST(Translation, TheUserGuideOpensInTheUsersLanguage)
{
    const auto guideText = [] {
        App app;
        app.open(QDate(2026, 10, 20));
        app.window->findChild<QAction*>(QStringLiteral("userGuideAction"))->trigger();
        QApplication::processEvents();
        auto* browser =
            app.window->findChild<QTextBrowser*>(QStringLiteral("userGuideTextBrowser"));
        return browser ? browser->toPlainText() : QString();
    };
    const QString english = guideText();
    EXPECT_TRUE(english.startsWith(QStringLiteral("BackLog user guide")))
        << english.left(80).toStdString();
    EXPECT_GT(english.size(), 4000);

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = guideText();
    QLocale::setDefault(QLocale::c());
    EXPECT_TRUE(german.startsWith(QStringLiteral("BackLog-Benutzerhandbuch")))
        << german.left(80).toStdString();
    EXPECT_GT(german.size(), 4000);
}

TEST(Translation, TheGermanCatalogueIsComplete)
{
    QFile file(QStringLiteral(BACKLOG_SOURCE_DIR "/translations/backlog_de.ts"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            ++messages;
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            const bool marked = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (marked || text.isEmpty())
                unfinished << source;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 1000);
    EXPECT_TRUE(unfinished.isEmpty())
        << "untranslated: " << unfinished.join(QStringLiteral(" | ")).toStdString();
}

namespace {

Bundle eightWeeks()
{
    GeneratorOptions o;
    o.days = 56;
    o.seed = 3;
    o.programStart = QDate(2026, 9, 1);
    return generateEpisode(o);
}

Status writeReportWithNotes(const Bundle& b, const QString& pdf)
{
    ReportOptions options;
    options.includeNotes = true;
    return writeReport(*test::serviceOf(b), options, pdf);
}

} // namespace

TEST(Translation, TheReportIsGermanInGerman)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    const Bundle b = eightWeeks();
    TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("report.pdf"));
    const Status written = writeReportWithNotes(b, pdf);
    removeTranslations(*QCoreApplication::instance());
    QLocale::setDefault(QLocale::c());
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const ProcessResult text = runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QString words = QString::fromUtf8(text.out).simplified();
    EXPECT_TRUE(words.contains(QStringLiteral("Rehabilitationsbericht")))
        << words.left(200).toStdString();
    // Every stretch of English of 12 characters or more between placeholders, from the
    // catalogue's translated sources, is absent (line breaks become spaces).
    QStringList found;
    for (const QString& source : translatedSources()) {
        for (const QString& part : source.split(QRegularExpression(QStringLiteral("%L?[0-9n]")))) {
            const QString stretch = part.simplified();
            if (stretch.size() >= 12 && words.contains(stretch))
                found << stretch;
        }
    }
    for (const QString& data : b.episode.activities)
        found.removeAll(data);
    found.removeDuplicates();
    EXPECT_TRUE(found.isEmpty()) << "English in the German report: "
                                 << found.join(QStringLiteral(" | ")).toStdString();
}

TEST(Translation, EveryTextOfTheReportReachesTheTranslations)
{
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    const Bundle b = eightWeeks();
    TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("report.pdf"));
    const Status written = writeReportWithNotes(b, pdf);
    QCoreApplication::removeTranslator(&marker);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QStringList missing = missingFromCatalogue(marker.asked);
    EXPECT_TRUE(missing.isEmpty()) << "asked for but not in the catalogue:\n"
                                   << missing.join(QLatin1Char('\n')).toStdString();
    const ProcessResult text =
        runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    QString rest = QString::fromUtf8(text.out);
    // Remove marked texts from the innermost out (a marked text can hold others).
    static const QRegularExpression marked(QStringLiteral("⟦[^⟦⟧]*⟧"));
    for (QString before; before != rest;) {
        before = rest;
        rest.remove(marked);
    }
    // What the patient typed, and the rules' ids.
    QStringList typed = b.episode.activities;
    typed << b.episode.patientName;
    for (const Session& s : b.sessions)
        typed << s.therapist << s.note;
    for (const DailyEntry& e : b.entries)
        typed << e.note;
    for (const QString& data : typed) {
        if (!data.isEmpty())
            rest.remove(data);
    }
    rest.remove(QRegularExpression(QStringLiteral("\\b[A-Z]+(-[A-Z0-9]+)+\\b")));
    const QStringList words = rest.simplified()
                                  .split(QLatin1Char(' '))
                                  .filter(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
    EXPECT_TRUE(words.isEmpty()) << "words of the report that never reach a translation: "
                                 << words.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(
        QStringLiteral("⟦Low back pain rehabilitation report⟧")));
}

TEST(Translation, AboutNamesTheVersionAndTheLicencesInEitherLanguage)
{
    const QString english = plain(MainWindow::aboutText());
    EXPECT_TRUE(english.contains(QStringLiteral("BackLog " BACKLOG_VERSION)))
        << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("GNU General Public License version 3 or later")));
    EXPECT_TRUE(english.contains(QStringLiteral("QCustomPlot by Emanuel Eichhammer (GPL-3.0)")));

    const QLocale german(QLocale::German, QLocale::Germany);
    ASSERT_EQ(installTranslations(*QCoreApplication::instance(), german), QStringLiteral("de"));
    const QString deutsch = plain(MainWindow::aboutText());
    removeTranslations(*QCoreApplication::instance());
    EXPECT_TRUE(deutsch.contains(QStringLiteral("BackLog " BACKLOG_VERSION)))
        << deutsch.toStdString();
    EXPECT_TRUE(deutsch.contains(QStringLiteral(
        "freie Software unter der GNU General Public License, Version 3 oder neuer")));
    EXPECT_TRUE(deutsch.contains(QStringLiteral("QCustomPlot von Emanuel Eichhammer (GPL-3.0)")));
}
