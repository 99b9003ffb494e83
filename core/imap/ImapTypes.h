// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imap/ImapParser.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>

namespace Deliverbench::Imap {

/** @short How the connection is secured (RFC 8314 §3.3 implicit TLS, RFC 3501 §6.2.1 STARTTLS). */
enum class TlsMode { Implicit, StartTls, None };

/** @short "implicit", "starttls", "none" (the seed list tokens, DESIGN.md). */
QString tlsModeToken(TlsMode mode);
bool tlsModeFromToken(QStringView token, TlsMode* out);

/** @short Where and how to connect; plain data, no secrets. */
struct ConnectionSettings
{
    QString host;
    quint16 port = 993;
    TlsMode tls = TlsMode::Implicit;
    QList<QSslCertificate> extraCaCertificates;  ///< trusted in addition to the system store
    bool verifyPeer = true;                       ///< certificate and host name verified (default)
    int connectTimeoutMs = 15000;                 ///< TCP connect + TLS handshake + greeting
    int commandTimeoutMs = 20000;                 ///< per command, from sending to its tagged reply
    ParserLimits limits;
};

/** @short Why a session or command failed, in the words a user needs per seed. */
struct ImapError
{
    enum class Kind {
        Unreachable,          ///< host not found, connection refused, network down
        TlsFailed,            ///< handshake failed or certificate not trusted
        AuthenticationFailed, ///< LOGIN/AUTHENTICATE answered NO (RFC 5530 AUTHENTICATIONFAILED)
        Timeout,              ///< no (complete) answer within the timeout
        ConnectionLost,       ///< the server closed the connection or said BYE
        Protocol,             ///< unparsable or unexpected server data, limits exceeded
        CommandFailed,        ///< a command answered NO or BAD
        Cancelled,
    };
    Kind kind = Kind::Protocol;
    QString message;   ///< translated, one line
};

/** @short "unreachable", "tls", "auth", "timeout", "connection-lost", "protocol", "command", "cancelled". */
QString errorKindToken(ImapError::Kind kind);

/** @short One LIST reply (RFC 3501 §7.2.2, RFC 6154 attributes). */
struct MailboxInfo
{
    QByteArray name;              ///< as on the wire (modified UTF-7), for commands
    QString displayName;          ///< decoded (RFC 3501 §5.1.3)
    QByteArray delimiter;         ///< empty for NIL
    QList<QByteArray> attributes; ///< e.g. "\\HasNoChildren", "\\Junk"
    bool hasAttribute(QByteArrayView attribute) const;
};

/** @short What UID FETCH returned for one message. */
struct FetchedMessage
{
    quint32 uid = 0;
    quint64 sequence = 0;
    QList<QByteArray> flags;
    QDateTime internalDate;        ///< UTC; invalid when absent
    QByteArray header;             ///< BODY[HEADER] octets
    QByteArray body;               ///< BODY[] octets (the whole message; only when asked for)
    Value bodyStructure;           ///< BODYSTRUCTURE as parsed (Nil when absent)
    QList<QByteArray> gmailLabels; ///< X-GM-LABELS (Gmail only)
    bool hasGmailLabels = false;
};

/** @short One line of the protocol transcript (credentials already redacted). */
struct TranscriptEntry
{
    enum class Direction { Client, Server, Info };
    QDateTime time;
    Direction direction = Direction::Info;
    QByteArray line;
};

/** @short RFC 3501 §5.1.3 modified UTF-7 mailbox name to Unicode (invalid input kept as Latin-1). */
QString decodeMailboxName(QByteArrayView name);
/** @short IMAP INTERNALDATE "dd-Mon-yyyy hh:mm:ss +zzzz" (RFC 3501 §9 date-time) in UTC. */
QDateTime parseInternalDate(QByteArrayView text);
/** @short A string as an IMAP quoted string ("..." with \\ and \" escaped); empty if it cannot be one (CR, LF, NUL). */
QByteArray quoteString(QByteArrayView text);

} // namespace Deliverbench::Imap

Q_DECLARE_METATYPE(Deliverbench::Imap::ImapError)
