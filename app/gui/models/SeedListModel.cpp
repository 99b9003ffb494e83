// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/SeedListModel.h"

#include <algorithm>

namespace Deliverbench::Gui {

using Placement::Seed;

SeedListModel::SeedListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SeedListModel::setSeedList(const Placement::SeedList& list)
{
    beginResetModel();
    m_list = list;
    endResetModel();
}

void SeedListModel::setSeed(int row, const Seed& seed)
{
    if (row < 0 || row >= m_list.seeds.size())
        return;
    m_list.seeds[row] = seed;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

int SeedListModel::addSeed()
{
    const int row = int(m_list.seeds.size());
    beginInsertRows({}, row, row);
    Seed seed;
    seed.provider = tr("New");
    m_list.seeds.append(seed);
    endInsertRows();
    emit edited();
    return row;
}

void SeedListModel::removeSeeds(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool removed = false;
    for (int row : rows) {
        if (row < 0 || row >= m_list.seeds.size())
            continue;
        beginRemoveRows({}, row, row);
        m_list.seeds.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit edited();
}

int SeedListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_list.seeds.size());
}

int SeedListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SeedListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.seeds.size())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const Seed& s = m_list.seeds.at(index.row());
    switch (index.column()) {
    case ProviderColumn:
        return s.provider;
    case AddressColumn:
        return s.address;
    case HostColumn:
        return s.host;
    case PortColumn:
        return int(s.port);
    case TlsColumn:
        return Imap::tlsModeToken(s.tls);
    case UserColumn:
        if (role == Qt::DisplayRole && s.user.isEmpty())
            return s.address;   // the login name it will use
        return s.user;
    case InboxColumn:
        if (role == Qt::DisplayRole && s.folders.inbox.isEmpty())
            return QStringLiteral("INBOX");
        return s.folders.inbox;
    case SpamColumn:
        if (role == Qt::DisplayRole && s.folders.spam.isEmpty())
            return tr("(discover)");
        return s.folders.spam;
    case TabsColumn:
        return Placement::tabsToText(s.folders.tabs);
    case TrashColumn:
        return s.folders.trash;
    case PasswordEnvColumn:
        return s.passwordEnv;
    default:
        return {};
    }
}

bool SeedListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_list.seeds.size())
        return false;
    Seed& s = m_list.seeds[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case ProviderColumn:
        if (text.isEmpty())
            return false;
        s.provider = text;
        break;
    case AddressColumn:
        s.address = text;
        break;
    case HostColumn:
        s.host = text;
        break;
    case PortColumn: {
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return false;
        s.port = quint16(port);
        break;
    }
    case TlsColumn: {
        Imap::TlsMode mode;
        if (!Imap::tlsModeFromToken(text.toLower(), &mode))
            return false;
        s.tls = mode;
        break;
    }
    case UserColumn:
        s.user = text;
        break;
    case InboxColumn:
        s.folders.inbox = text;
        break;
    case SpamColumn:
        s.folders.spam = text;
        break;
    case TabsColumn:
        s.folders.tabs = Placement::tabsFromText(text);
        break;
    case TrashColumn:
        s.folders.trash = text;
        break;
    case PasswordEnvColumn:
        s.passwordEnv = text;
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags SeedListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant SeedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProviderColumn:
        return tr("Provider");
    case AddressColumn:
        return tr("Address");
    case HostColumn:
        return tr("IMAP host");
    case PortColumn:
        return tr("Port");
    case TlsColumn:
        return tr("TLS");
    case UserColumn:
        return tr("User");
    case InboxColumn:
        return tr("Inbox");
    case SpamColumn:
        return tr("Spam");
    case TabsColumn:
        return tr("Tabs");
    case TrashColumn:
        return tr("Trash");
    case PasswordEnvColumn:
        return tr("Password variable");
    default:
        return {};
    }
}

} // namespace Deliverbench::Gui
