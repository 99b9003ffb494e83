// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace Deliverbench::Gui {

FileDialog* FileDialog::instance()
{
    static FileDialog dialog;
    return &dialog;
}

void FileDialog::setNextFileNames(const QStringList& names)
{
    m_next = names;
    m_hasNext = true;
}

bool FileDialog::takeNext(QStringList* names)
{
    if (!m_hasNext)
        return false;
    *names = m_next;
    m_next.clear();
    m_hasNext = false;
    return true;
}

QStringList FileDialog::getOpenFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    QStringList names;
    if (!takeNext(&names))
        names = QFileDialog::getOpenFileNames(parent, caption, m_lastDirectory, filter);
    if (!names.isEmpty())
        m_lastDirectory = QFileInfo(names.constFirst()).absolutePath();
    return names;
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption)
{
    QStringList names;
    if (!takeNext(&names))
        names = QStringList{QFileDialog::getExistingDirectory(parent, caption, m_lastDirectory)};
    const QString name = names.value(0);
    if (!name.isEmpty())
        m_lastDirectory = name;
    return name;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName)
{
    QStringList names;
    if (!takeNext(&names)) {
        const QString start = m_lastDirectory.isEmpty() ? suggestedName : QDir(m_lastDirectory).filePath(suggestedName);
        names = QStringList{QFileDialog::getSaveFileName(parent, caption, start)};
    }
    const QString name = names.value(0);
    if (!name.isEmpty())
        m_lastDirectory = QFileInfo(name).absolutePath();
    return name;
}

} // namespace Deliverbench::Gui
