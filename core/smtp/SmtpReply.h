// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Smtp {

/** @short One SMTP reply, possibly multi-line (RFC 5321 §4.2). */
struct Reply
{
    int code = 0;              ///< three-digit reply code
    QList<QByteArray> lines;   ///< text of each line after "NNN-" / "NNN " (may be empty)
    qint64 elapsedMs = 0;      ///< from the command (or connection) to the last line

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500 && code < 600; }
    /** @short The lines as the server sent them: "250-first\n250 last". */
    QString toString() const;
    /** @short Enhanced status code of the first line ("5.7.1", RFC 3463), empty if none. */
    QByteArray enhancedCode() const;
};

/**
 * @short Accumulates reply lines into Replies (RFC 5321 §4.2.1: "NNN-" continues, "NNN " or
 * "NNN" ends; every line of a reply carries the same code). Bounded: kMaxLines per reply.
 */
class ReplyParser
{
public:
    static constexpr int kMaxLines = 200;
    enum class Status { Incomplete, Complete, Malformed };

    Status feed(const QByteArray& line);
    /** @short The completed reply (after Complete); resets the parser. */
    Reply take();
    /** @short Why the last line was Malformed (translated). */
    QString error() const { return m_error; }
    void reset();

private:
    Reply m_reply;
    QString m_error;
};

/** @short What EHLO advertised (RFC 5321 §4.1.1.1; extensions per their RFCs). */
struct Capabilities
{
    QByteArray greeting;      ///< first line: the server's domain and greeting text
    QList<QByteArray> lines;  ///< the extension lines as sent (keyword and parameters)
    bool startTls = false;    ///< RFC 3207
    bool pipelining = false;  ///< RFC 2920
    bool eightBitMime = false;///< RFC 6152
    bool smtpUtf8 = false;    ///< RFC 6531
    bool requireTls = false;  ///< RFC 8689
    bool chunking = false;    ///< RFC 3030
    bool dsn = false;         ///< RFC 3461
    bool enhancedStatusCodes = false; ///< RFC 2034
    bool vrfyAdvertised = false;
    qint64 size = -1;         ///< RFC 1870 SIZE limit; 0 = no fixed limit; -1 = not advertised
    QStringList auth;         ///< RFC 4954 mechanisms, upper case

    static Capabilities fromEhlo(const Reply& reply);
    bool has(QByteArrayView keyword) const;
};

} // namespace Deliverbench::Smtp
