// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace Deliverbench::Gui {

namespace {

struct KeyInfo
{
    const char* name;
    QVariant defaultValue;
};

const KeyInfo& keyInfo(AppSettings::Key key)
{
    static const KeyInfo table[AppSettings::KeyCount] = {
        {"General/RecentFiles", QStringList()},
        {"MainWindow/Geometry", QByteArray()},
        {"MainWindow/State", QByteArray()},
        {"MainWindow/SplitterState", QByteArray()},
        {"General/Language", QString()},
        {"Findings/SeverityFilter", 0xF},
        {"General/SampleCaseShown", false},
        {"Dns/Servers", QStringList()},
        {"Dns/TimeoutMs", 3000},
        {"Dns/ZoneFile", QString()},
    };
    return table[key];
}

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
}

AppSettings* AppSettings::instance()
{
    static AppSettings settings;
    return &settings;
}

QString AppSettings::keyName(Key key)
{
    return QString::fromLatin1(keyInfo(key).name);
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key), keyInfo(key).defaultValue);
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void AppSettings::remove(Key key)
{
    m_settings->remove(keyName(key));
}

QStringList AppSettings::recentFiles() const
{
    return value(RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    setValue(RecentFiles, files);
}

void AppSettings::clearRecentFiles()
{
    setValue(RecentFiles, QStringList());
}

QString AppSettings::language() const
{
    return value(Language).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(Language, language);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Deliverbench::Gui
