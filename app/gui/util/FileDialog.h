// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Deliverbench::Gui {

/**
 * @short File pickers behind one injectable helper (KeePassXC FileDialog): tests set the
 * next answer instead of driving a native dialog.
 */
class FileDialog
{
public:
    static FileDialog* instance();

    QStringList getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter);
    QString getExistingDirectory(QWidget* parent, const QString& caption);
    /**
     * @short A save picker. A relative @p suggestedName starts in the Documents folder (never in
     * the folder last opened, which may be a samples or source folder); an absolute one is kept.
     * @p filter is the "Files of type" list, its first entry selected.
     */
    QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                            const QString& filter = {});
    /** @short The path and filter the last save picker started with (also with an injected answer). */
    QString lastSaveStart() const { return m_lastSaveStart; }
    QString lastSaveFilter() const { return m_lastSaveFilter; }
    /** @short Documents, or the home folder where there is none. */
    static QString defaultSaveDirectory();

    /** @short The next call returns these names (an empty list = the user cancelled). */
    void setNextFileNames(const QStringList& names);
    void setNextFileName(const QString& name) { setNextFileNames({name}); }
    void setNextDirectory(const QString& directory) { setNextFileNames({directory}); }

private:
    FileDialog() = default;
    bool takeNext(QStringList* names);

    QStringList m_next;
    bool m_hasNext = false;
    QString m_lastDirectory;
    QString m_lastSaveStart;
    QString m_lastSaveFilter;
};

} // namespace Deliverbench::Gui
