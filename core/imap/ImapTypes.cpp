// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapTypes.h"

#include <QTimeZone>

namespace Deliverbench::Imap {

QString tlsModeToken(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Implicit: return QStringLiteral("implicit");
    case TlsMode::StartTls: return QStringLiteral("starttls");
    case TlsMode::None: return QStringLiteral("none");
    }
    return {};
}

bool tlsModeFromToken(QStringView token, TlsMode* out)
{
    const QString t = token.trimmed().toString().toLower();
    if (t == QLatin1String("implicit") || t == QLatin1String("ssl") || t == QLatin1String("tls") || t == QLatin1String("imaps"))
        *out = TlsMode::Implicit;
    else if (t == QLatin1String("starttls"))
        *out = TlsMode::StartTls;
    else if (t == QLatin1String("none") || t == QLatin1String("plain"))
        *out = TlsMode::None;
    else
        return false;
    return true;
}

QString errorKindToken(ImapError::Kind kind)
{
    switch (kind) {
    case ImapError::Kind::Unreachable: return QStringLiteral("unreachable");
    case ImapError::Kind::TlsFailed: return QStringLiteral("tls");
    case ImapError::Kind::AuthenticationFailed: return QStringLiteral("auth");
    case ImapError::Kind::Timeout: return QStringLiteral("timeout");
    case ImapError::Kind::ConnectionLost: return QStringLiteral("connection-lost");
    case ImapError::Kind::Protocol: return QStringLiteral("protocol");
    case ImapError::Kind::CommandFailed: return QStringLiteral("command");
    case ImapError::Kind::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

bool MailboxInfo::hasAttribute(QByteArrayView attribute) const
{
    for (const QByteArray& a : attributes) {
        if (a.size() == attribute.size() && QByteArrayView(a).compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString decodeMailboxName(QByteArrayView name)
{
    QString out;
    qsizetype i = 0;
    const qsizetype n = name.size();
    while (i < n) {
        const char c = name.at(i);
        if (c != '&') {
            out.append(QChar::fromLatin1(c));
            ++i;
            continue;
        }
        const qsizetype end = name.indexOf('-', i + 1);
        if (end < 0) {
            out.append(QString::fromLatin1(name.sliced(i)));
            break;
        }
        if (end == i + 1) {
            out.append(u'&');
            i = end + 1;
            continue;
        }
        // modified base64 (',' instead of '/') of UTF-16BE
        QByteArray b64 = name.sliced(i + 1, end - i - 1).toByteArray();
        b64.replace(',', '/');
        const QByteArray utf16 = QByteArray::fromBase64(b64);
        for (qsizetype k = 0; k + 1 < utf16.size(); k += 2)
            out.append(QChar(char16_t((static_cast<unsigned char>(utf16.at(k)) << 8) | static_cast<unsigned char>(utf16.at(k + 1)))));
        i = end + 1;
    }
    return out;
}

QDateTime parseInternalDate(QByteArrayView text)
{
    // date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE
    const QByteArray t = text.trimmed().toByteArray();
    const QList<QByteArray> parts = t.split(' ');
    QList<QByteArray> fields;
    for (const QByteArray& p : parts) {
        if (!p.isEmpty())
            fields.append(p);
    }
    if (fields.size() != 3)
        return {};
    const QList<QByteArray> dmy = fields.at(0).split('-');
    if (dmy.size() != 3)
        return {};
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (dmy.at(1).toLower() == months[m])
            month = m + 1;
    }
    bool okD = false, okY = false;
    const int day = dmy.at(0).toInt(&okD);
    const int year = dmy.at(2).toInt(&okY);
    const QList<QByteArray> hms = fields.at(1).split(':');
    if (!okD || !okY || month == 0 || hms.size() != 3)
        return {};
    const QByteArray& zone = fields.at(2);
    if (zone.size() != 5 || (zone.at(0) != '+' && zone.at(0) != '-'))
        return {};
    bool okZ = false;
    const int z = zone.mid(1).toInt(&okZ);
    if (!okZ)
        return {};
    const int offset = ((z / 100) * 3600 + (z % 100) * 60) * (zone.at(0) == '-' ? -1 : 1);
    const QDate date(year, month, day);
    const QTime time(hms.at(0).toInt(), hms.at(1).toInt(), hms.at(2).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QByteArray quoteString(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (const char c : text) {
        if (c == '\r' || c == '\n' || c == '\0')
            return {};
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

} // namespace Deliverbench::Imap
