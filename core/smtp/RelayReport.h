// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Finding.h"
#include "smtp/SmtpReply.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Deliverbench::Smtp {

/** @short One certificate of the peer's chain, leaf first. */
struct CertificateInfo
{
    QString subject;        ///< RFC 4514-like display of the subject
    QString commonName;
    QStringList subjectAltNames; ///< "DNS:name", "IP:addr", "email:…"
    QString issuer;
    QDateTime notBefore;    ///< UTC
    QDateTime notAfter;     ///< UTC
    QString keyType;        ///< "RSA", "EC", "DSA", "DH", "opaque"
    int keyBits = 0;
    QString sha256;         ///< fingerprint of the DER, hex with colons
    QString serial;
    bool selfSigned = false;

    QJsonObject toJson() const;
};

/** @short The TLS session of a probe. */
struct TlsInfo
{
    QString mode;           ///< "starttls", "implicit", or empty when TLS was not attempted
    bool established = false;
    QString version;        ///< "TLSv1.3"
    QString cipher;         ///< OpenSSL cipher name
    int cipherBits = 0;
    bool verified = false;  ///< chain trusted (system store + --ca-file) and name matches
    bool chainTrusted = false;
    bool nameMatches = false;
    QString verifyName;     ///< the name the certificate was checked against
    QStringList errors;     ///< certificate verification errors as OpenSSL/Qt report them
    QList<CertificateInfo> chain;
    qint64 handshakeMs = -1;
    qsizetype discardedBytes = 0; ///< plaintext received after the STARTTLS 220 (RFC 3207 §4.2)
    QString failure;        ///< why the handshake failed, if it did

    QJsonObject toJson() const;
};

/** @short One MAIL FROM / RCPT TO pair of the open-relay battery. */
struct RelayVariant
{
    int index = 0;          ///< 1..16 (nmap smtp-open-relay order); 0 for the catch-all probe
    QString mailFrom;       ///< address inside <>
    QString rcptTo;
    bool tested = false;    ///< MAIL FROM was sent
    bool accepted = false;  ///< RCPT TO got a 2xx reply: the server would relay
    int mailCode = 0;
    int rcptCode = 0;       ///< 0 when RCPT was not sent (MAIL rejected)
    QString reply;          ///< the deciding reply (RCPT's, or MAIL's when that failed)
    qint64 elapsedMs = 0;   ///< MAIL + RCPT reply time

    QJsonObject toJson() const;
};

/** @short FCrDNS of the server address (RFC 8601 §3 "iprev" logic, RFC 1912 §2.1). */
struct ReverseDns
{
    bool checked = false;
    QString outcome;        ///< DNS outcome token of the PTR lookup ("NOERROR", "NXDOMAIN", …)
    QStringList ptrNames;
    QStringList confirmedNames; ///< PTR names whose A/AAAA contain the address
    bool fcrdns = false;
    QString bannerName;     ///< host name in the banner
    bool bannerMatchesPtr = false;

    QJsonObject toJson() const;
};

enum class RelayVerdict { NotTested, Open, Closed, Inconclusive };

/** @short "open", "closed", "inconclusive", "not-tested". */
QString relayVerdictToken(RelayVerdict verdict);

/** @short Everything one SMTP probe found; the relay subcommand's JSON (DESIGN.md). */
struct RelayReport
{
    QString host;
    QString address;        ///< the IP connected to
    quint16 port = 0;
    bool connected = false;
    QString banner;         ///< the greeting as sent (lines joined with \n)
    int bannerCode = 0;
    qint64 bannerMs = -1;   ///< from TCP connect to the complete greeting
    QString heloName;
    bool ehloSupported = false;
    Capabilities capsBeforeTls;
    Capabilities capsAfterTls;
    bool hasCapsAfterTls = false;
    int vrfyCode = 0;
    QString vrfyReply;
    int expnCode = 0;
    QString expnReply;
    TlsInfo tls;
    ReverseDns reverse;
    RelayVerdict openRelay = RelayVerdict::NotTested;
    QString inconclusiveReason;   ///< translated, for Inconclusive
    QList<RelayVariant> variants; ///< the 16 nmap tricks (those not reached are tested=false)
    RelayVariant catchAll;        ///< random local part at the server's own name
    QStringList transcript;       ///< Transcript::lines()
    Findings findings;
    qint64 durationMs = 0;

    /** @short The capabilities of the last EHLO (after TLS when TLS was established). */
    const Capabilities& capabilities() const { return hasCapsAfterTls ? capsAfterTls : capsBeforeTls; }
    QList<RelayVariant> acceptedVariants() const;
    /** @short DESIGN.md `relay` shape plus more keys. */
    QJsonObject toJson() const;
};

} // namespace Deliverbench::Smtp
