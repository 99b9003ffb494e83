// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Deliverbench::Gui::Translator {

namespace {

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> list;
    return list;
}

/** @short "de-DE" → {"de_DE", "de"}; "pt-BR" → {"pt_BR", "pt"}. */
QStringList candidates(const QString& uiLanguage)
{
    QString name = uiLanguage;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    QStringList result{name};
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    if (underscore > 0)
        result << name.left(underscore);
    return result;
}

bool loadApp(const QString& language)
{
    // English is the source language. Its catalogue holds only the plural forms ("1 message",
    // "4 messages" for "%n message(s)"), as Qt recommends; every other string falls back to the source.
    const bool english = language == QLatin1String("en") || language.startsWith(QLatin1String("en_"));
    auto* translator = new QTranslator(QCoreApplication::instance());
    const QString file = english ? QStringLiteral("en") : language;
    if (!translator->load(QStringLiteral(":/i18n/deliverbench_%1.qm").arg(file)) || translator->isEmpty()) {
        delete translator;
        return english;
    }
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
    return true;
}

void loadQt(const QString& language)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(translator);
        installed().append(translator);
    } else {
        delete translator;
    }
}

} // namespace

QList<QPair<QString, QString>> availableLanguages()
{
    return {
        {QString(), QCoreApplication::translate("Deliverbench::Gui::Translator", "System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("ro"), QStringLiteral("Română")},
    };
}

QString install(const QString& language)
{
    uninstall();
    QStringList wanted;
    if (!language.isEmpty())
        wanted << language;
    else
        wanted = QLocale().uiLanguages();
    for (const QString& uiLanguage : std::as_const(wanted)) {
        for (const QString& candidate : candidates(uiLanguage)) {
            if (loadApp(candidate)) {
                loadQt(candidate);
                return candidate;
            }
        }
    }
    // No catalogue for any wanted language: English, with its plural forms.
    loadApp(QStringLiteral("en"));
    return QStringLiteral("en");
}

void uninstall()
{
    for (QTranslator* translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

} // namespace Deliverbench::Gui::Translator
