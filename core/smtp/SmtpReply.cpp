// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpReply.h"

#include <QCoreApplication>

namespace Deliverbench::Smtp {

QString Reply::toString() const
{
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const char sep = i + 1 < lines.size() ? '-' : ' ';
        out.append(QString::number(code) + QLatin1Char(sep) + QString::fromUtf8(lines.at(i)));
    }
    return out.join(QLatin1Char('\n'));
}

QByteArray Reply::enhancedCode() const
{
    // RFC 3463 §2: class "." subject "." detail, class in {2,4,5}
    if (lines.isEmpty())
        return {};
    const QByteArray first = lines.first();
    const qsizetype space = first.indexOf(' ');
    const QByteArray token = space < 0 ? first : first.left(space);
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3 || token.size() > 11)
        return {};
    if (parts.at(0).size() != 1 || (parts.at(0) != "2" && parts.at(0) != "4" && parts.at(0) != "5"))
        return {};
    for (const QByteArray& part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return {};
        for (const char c : part) {
            if (c < '0' || c > '9')
                return {};
        }
    }
    return token;
}

void ReplyParser::reset()
{
    m_reply = Reply();
    m_error.clear();
}

ReplyParser::Status ReplyParser::feed(const QByteArray& line)
{
    const auto malformed = [this](const char* why) {
        m_error = QCoreApplication::translate("Deliverbench::Smtp", why);
        return Status::Malformed;
    };
    // RFC 5321 §4.2: Reply-line = *( Reply-code "-" [ textstring ] CRLF ) Reply-code [ SP textstring ] CRLF
    if (line.size() < 3)
        return malformed("reply line shorter than a reply code");
    for (int i = 0; i < 3; ++i) {
        if (line.at(i) < '0' || line.at(i) > '9')
            return malformed("reply line does not start with a three-digit code");
    }
    if (line.at(0) < '2' || line.at(0) > '5' || line.at(1) > '5')
        return malformed("reply code outside 2xx-5xx (RFC 5321 section 4.2)");
    const int code = line.left(3).toInt();
    if (line.size() > 3 && line.at(3) != ' ' && line.at(3) != '-')
        return malformed("reply code not followed by a space or a hyphen");
    if (!m_reply.lines.isEmpty() && code != m_reply.code)
        return malformed("continuation line with a different reply code (RFC 5321 section 4.2.1)");
    if (m_reply.lines.size() >= kMaxLines)
        return malformed("reply longer than 200 lines");
    m_reply.code = code;
    m_reply.lines.append(line.size() > 4 ? line.mid(4) : QByteArray());
    const bool last = line.size() == 3 || line.at(3) == ' ';
    return last ? Status::Complete : Status::Incomplete;
}

Reply ReplyParser::take()
{
    Reply reply = std::move(m_reply);
    reset();
    return reply;
}

Capabilities Capabilities::fromEhlo(const Reply& reply)
{
    Capabilities caps;
    if (reply.lines.isEmpty())
        return caps;
    caps.greeting = reply.lines.first();
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QByteArray line = reply.lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        caps.lines.append(line);
        // old servers write "AUTH=LOGIN PLAIN" (pre-RFC 4954 Outlook syntax)
        QList<QByteArray> words = line.simplified().split(' ');
        QByteArray keyword = words.takeFirst().toUpper();
        if (keyword.startsWith("AUTH=")) {
            words.prepend(keyword.mid(5));
            keyword = "AUTH";
        }
        if (keyword == "STARTTLS")
            caps.startTls = true;
        else if (keyword == "PIPELINING")
            caps.pipelining = true;
        else if (keyword == "8BITMIME")
            caps.eightBitMime = true;
        else if (keyword == "SMTPUTF8")
            caps.smtpUtf8 = true;
        else if (keyword == "REQUIRETLS")
            caps.requireTls = true;
        else if (keyword == "CHUNKING")
            caps.chunking = true;
        else if (keyword == "DSN")
            caps.dsn = true;
        else if (keyword == "ENHANCEDSTATUSCODES")
            caps.enhancedStatusCodes = true;
        else if (keyword == "VRFY")
            caps.vrfyAdvertised = true;
        else if (keyword == "SIZE") {
            bool ok = false;
            const qint64 size = words.isEmpty() ? 0 : words.first().toLongLong(&ok);
            caps.size = ok || words.isEmpty() ? size : 0;
        } else if (keyword == "AUTH") {
            for (const QByteArray& mech : std::as_const(words)) {
                const QString m = QString::fromLatin1(mech.toUpper());
                if (!m.isEmpty() && !caps.auth.contains(m) && caps.auth.size() < 50)
                    caps.auth.append(m);
            }
        }
    }
    return caps;
}

bool Capabilities::has(QByteArrayView keyword) const
{
    for (const QByteArray& line : lines) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray word = space < 0 ? line : line.left(space);
        if (word.compare(keyword, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace Deliverbench::Smtp
