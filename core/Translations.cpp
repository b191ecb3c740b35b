// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace backlog {
namespace {

const char* const kTranslatorName = "backlog-translator";

QTranslator* load(QCoreApplication& app, const QLocale& locale, const QString& file,
                  const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    if (!translator->load(locale, file, QStringLiteral("_"), folder)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QString installTranslations(QCoreApplication& app, const QLocale& locale)
{
    removeTranslations(app);
    // English first (LANGUAGE=en:de, say) is the source text: no translation, although
    // QTranslator would go on to the next language it has a file for.
    const QStringList languages = locale.uiLanguages();
    if (languages.isEmpty() ||
        languages.first().section(QLatin1Char('-'), 0, 0) == QLatin1String("en"))
        return {};
    // The program's own first: a language we have no translation for keeps the source
    // text, and so gets no Qt translation either, so that a dialog never mixes two
    // languages.
    QTranslator* own = load(app, locale, QStringLiteral("backlog"), QStringLiteral(":/i18n"));
    if (!own)
        return {};
    load(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // "backlog_de.qm" -> "de"
    return QFileInfo(own->filePath()).completeBaseName().section(QLatin1Char('_'), 1);
}

void removeTranslations(QCoreApplication& app)
{
    const auto translators =
        app.findChildren<QTranslator*>(QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace backlog
