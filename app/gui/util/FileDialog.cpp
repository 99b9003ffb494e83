// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

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

QString FileDialog::defaultSaveDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() || !QFileInfo(documents).isDir() ? QDir::homePath() : documents;
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                    const QString& filter)
{
    m_lastSaveStart = QFileInfo(suggestedName).isAbsolute() ? suggestedName
                                                            : QDir(defaultSaveDirectory()).filePath(suggestedName);
    m_lastSaveFilter = filter;
    QStringList names;
    if (!takeNext(&names)) {
        QString selectedFilter = filter.section(QStringLiteral(";;"), 0, 0);
        names = QStringList{QFileDialog::getSaveFileName(parent, caption, m_lastSaveStart, filter,
                                                         filter.isEmpty() ? nullptr : &selectedFilter)};
    }
    return names.value(0);
}

} // namespace Deliverbench::Gui
