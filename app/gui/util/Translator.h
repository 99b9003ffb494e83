// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Deliverbench::Gui::Translator {

/** @short Languages the settings offer: code ("" = system default) and native name. */
QList<QPair<QString, QString>> availableLanguages();

/**
 * @short Installs :/i18n/deliverbench_<lang>.qm and qtbase_<lang>.qm (from
 * QLibraryInfo::TranslationsPath). `language` empty: walk QLocale().uiLanguages().
 * Returns the language loaded ("en" when only the source strings are used).
 */
QString install(const QString& language);
/** @short Removes the translators install() added. */
void uninstall();

} // namespace Deliverbench::Gui::Translator
