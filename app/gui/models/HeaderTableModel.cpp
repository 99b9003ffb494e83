// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/HeaderTableModel.h"

#include "message/Address.h"
#include "message/DateTime.h"
#include "message/Rfc2047.h"
#include "models/Roles.h"

#include <QFont>
#include <QFontDatabase>

namespace Deliverbench::Gui {

namespace {

constexpr qsizetype MaxDisplayedValue = 16 * 1024;

bool isAddressField(const Mail::HeaderField& field)
{
    static const char* const names[] = {"From", "To", "Cc", "Bcc", "Reply-To", "Sender",
                                        "Resent-From", "Resent-To", "Resent-Cc", "Resent-Sender"};
    for (const char* name : names) {
        if (field.nameIs(QByteArrayView(name)))
            return true;
    }
    return false;
}

QString bytesForDisplay(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), MaxDisplayedValue)));
    if (bytes.size() > MaxDisplayedValue)
        text += QStringLiteral(" …");
    return text;
}

} // namespace

HeaderTableModel::HeaderTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

QString HeaderTableModel::decodedValue(const Mail::HeaderField& field)
{
    const QByteArray unfolded = field.unfolded();
    const QByteArrayView value = QByteArrayView(unfolded).first(std::min<qsizetype>(unfolded.size(), MaxDisplayedValue));
    if (isAddressField(field)) {
        const Mail::AddressListResult list = Mail::parseAddressList(value);
        if (!list.mailboxes.isEmpty() && list.errors.isEmpty()) {
            QStringList parts;
            for (const Mail::Mailbox& mailbox : list.mailboxes) {
                if (mailbox.displayName.isEmpty())
                    parts << mailbox.address();
                else
                    parts << QStringLiteral("%1 <%2>").arg(mailbox.displayName, mailbox.address());
            }
            return parts.join(QStringLiteral(", "));
        }
    }
    QString text = Mail::decodeHeaderText(value);
    if (field.nameIs("Date") || field.nameIs("Resent-Date")) {
        const Mail::DateParseResult date = Mail::parseDate(value);
        if (date.dateTime.isValid())
            text += QStringLiteral("  (%1)").arg(date.dateTime.toUTC().toString(Qt::ISODate));
    }
    if (unfolded.size() > MaxDisplayedValue)
        text += QStringLiteral(" …");
    return text;
}

void HeaderTableModel::setDocument(MessageDocumentPtr document, const Mail::MimePart* part)
{
    beginResetModel();
    m_document = std::move(document);
    m_rows.clear();
    if (m_document && m_document->message.root) {
        const Mail::MimePart* target = part ? part : m_document->message.root.get();
        m_rows.reserve(target->headers.fields.size());
        for (const Mail::HeaderField& field : target->headers.fields) {
            m_rows.append(Row{QString::fromUtf8(field.name), decodedValue(field), bytesForDisplay(field.rawValue),
                              field.offset, field.length, field.line});
        }
    }
    endResetModel();
}

int HeaderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HeaderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeaderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case NameColumn:
            return row.name;
        case ValueColumn:
            return row.value;
        case RawColumn:
            return QString(row.raw).replace(QLatin1Char('\r'), QString()).replace(QLatin1Char('\n'), QChar(0x21b5));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn || index.column() == RawColumn)
            return index.column() == ValueColumn ? row.value : row.raw;
        break;
    case Qt::FontRole:
        if (index.column() == RawColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        if (index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case HeaderNameRole:
        return row.name;
    case RawValueRole:
        return row.raw;
    case OffsetRole:
        return row.offset;
    case LengthRole:
        return row.length;
    }
    return {};
}

QVariant HeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Decoded value");
    case RawColumn:
        return tr("Raw value");
    }
    return {};
}

} // namespace Deliverbench::Gui
