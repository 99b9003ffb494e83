// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Deliverbench::Gui {

/**
 * @short Typed access to the GUI's QSettings: one enum, one table {key, default}
 * (KeePassXC Config style). Core never sees QSettings; it receives option structs.
 */
class AppSettings
{
public:
    enum Key {
        RecentFiles,        ///< QStringList, newest first
        WindowGeometry,     ///< QByteArray from QWidget::saveGeometry()
        WindowState,        ///< QByteArray from QMainWindow::saveState()
        SplitterState,      ///< QByteArray of the workspace splitter
        Language,           ///< "" (system default) or a language code such as "de", "pt_BR"
        SeverityFilter,     ///< int bit mask of visible severities (bit n = Severity n)
        SampleCaseShown,    ///< bool: the bundled sample case was opened once
        DnsServers,         ///< QStringList of Dns::parseServer() forms; empty = the system's resolvers
        DnsTimeoutMs,       ///< int: per-try DNS timeout of every check
        DnsZoneFile,        ///< QString: what-if zone file applied to every check ("" = none)
        KeyCount
    };

    static constexpr int MaxRecentFiles = 9;

    /** @short The process-wide instance (on QSettings' default location). */
    static AppSettings* instance();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void remove(Key key);
    static QString keyName(Key key);

    QStringList recentFiles() const;
    /** @short Moves path to the front, dropping duplicates, keeping MaxRecentFiles. */
    void addRecentFile(const QString& path);
    void clearRecentFiles();

    QString language() const;
    void setLanguage(const QString& language);

    void sync();

private:
    AppSettings();
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Deliverbench::Gui
