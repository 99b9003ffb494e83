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
    QString getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName);

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
};

} // namespace Deliverbench::Gui
