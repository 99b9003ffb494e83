// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"
#include "net/LineSocket.h"
#include "net/Transcript.h"
#include "smtp/RelayReport.h"
#include "smtp/SmtpReply.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <functional>

namespace Deliverbench::Smtp {

/** @short How the probe uses TLS. */
enum class TlsMode {
    Auto,     ///< STARTTLS when advertised (RFC 3207); its absence is a warning
    StartTls, ///< STARTTLS required: its absence is an error
    Implicit, ///< TLS from the first byte (SMTPS / submissions, RFC 8314 §3.3)
    None,     ///< plaintext only
};

/** @short Settings of one probe (plain data: the GUI/CLI fill it). */
struct ProbeOptions
{
    QString host;                   ///< name or IP literal
    quint16 port = 25;
    TlsMode tlsMode = TlsMode::Auto;
    QString probeDomain = QStringLiteral("example.com"); ///< external domain of the relay tests (nmap's smtp.domain)
    QString heloName;               ///< EHLO argument; empty: the probe domain
    QList<QSslCertificate> extraCaCertificates; ///< trusted in addition to the system store (--ca-file)
    int connectTimeoutMs = 10000;
    int replyTimeoutMs = 30000;     ///< per reply (RFC 5321 §4.5.3.2 allows minutes; a probe does not wait that long)
    int totalTimeoutMs = 300000;    ///< the whole probe
    int tarpitMs = 10000;           ///< a reply slower than this counts as tarpitting
    bool relayBattery = true;
    bool vrfyExpn = true;
    bool reverseDns = true;
    Dns::ResolverOptions dns;       ///< for the host name, PTR and FCrDNS lookups
    QString sourceAddress;          ///< nmap's smtp-open-relay.ip; empty: the server's address
};

/** @short The 16 MAIL FROM / RCPT TO pairs of nmap's smtp-open-relay script, in its order. */
QList<RelayVariant> relayVariants(const QString& probeDomain, const QString& serverName, const QString& ip);

/**
 * @short SMTP probe as a state machine on the event loop: resolve, connect, banner, EHLO (HELO
 * fallback), STARTTLS or implicit TLS with the certificate chain, re-EHLO, VRFY/EXPN, the open-relay
 * battery (RSET between variants), QUIT. It never sends DATA.
 *
 * Every phase has an explicit timeout; a silent or hanging peer ends in a finding. Results come
 * with finished(); transcriptLine() streams the conversation for a live view. cancel() stops it.
 */
class SmtpProbe : public QObject
{
    Q_OBJECT
public:
    explicit SmtpProbe(QObject* parent = nullptr);
    ~SmtpProbe() override;

    /** @short Starts the probe; finished() follows exactly once (also on failure or cancel). */
    void start(const ProbeOptions& options);
    /** @short Stops at once; finished() is emitted with what was found so far. */
    void cancel();
    bool isRunning() const { return m_running; }
    const RelayReport& report() const { return m_report; }
    Net::Transcript* transcript() const { return m_transcript; }

Q_SIGNALS:
    void transcriptLine(const QString& line);
    /** @short A phase started: "connect", "banner", "ehlo", "starttls", "vrfy", "relay 3/16", … */
    void progress(const QString& phase);
    void finished(const Deliverbench::Smtp::RelayReport& report);

private:
    using ReplyHandler = std::function<void(const Reply&)>;

    void resolveHost();
    void connectTo(const QHostAddress& address);
    void onLine(const QByteArray& line);
    void onSocketFailed(Net::LineSocket::Error error, const QString& detail);
    void command(const QByteArray& line, ReplyHandler handler);
    void expectReply(ReplyHandler handler);
    void onBanner(const Reply& reply);
    void sendEhlo();
    void onEhlo(const Reply& reply);
    void onHelo(const Reply& reply);
    void afterGreeting();
    void startTls();
    void onEncrypted();
    void collectTls();
    void runVrfy();
    void runExpn();
    void runVariant(int index);
    void runCatchAll();
    void onVariantMail(int index, const Reply& reply);
    void onVariantRcpt(int index, const Reply& reply);
    bool handleAbortReply(const Reply& reply);
    void noteRefusal(const Reply& reply);
    void quit();
    void smtpDone();
    void startReverseDns(const QHostAddress& address);
    void maybeFinish();
    void finish();
    void decideVerdict();
    void addFindingsForCapabilities();
    void addFindingsForTls();
    void addFindingsForReverse();
    void addFinding(const char* code, Severity severity, const QString& title, const QString& detail,
                    const QString& evidence, const QString& reference, const QString& remedy);
    void noteTarpit(const Reply& reply, const QByteArray& what);

    ProbeOptions m_options;
    RelayReport m_report;
    QPointer<Net::Transcript> m_transcript;
    Net::LineSocket* m_socket = nullptr;
    Dns::Resolver* m_resolver = nullptr;
    ReplyParser m_parser;
    ReplyHandler m_handler;
    QElapsedTimer m_replyClock;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    QHostAddress m_address;
    QString m_serverName;          ///< first word of the banner (or of the EHLO greeting)
    QList<RelayVariant> m_variants;
    int m_dnsPending = 0;
    bool m_running = false;
    bool m_smtpDone = false;
    bool m_finished = false;
    bool m_ehloAfterTls = false;
    bool m_tarpit = false;
    bool m_authRequired = false;
    bool m_tlsRequired = false;    ///< 530 "Must issue a STARTTLS command first"
    bool m_tempFail = false;
    bool m_aborted = false;        ///< the session ended before the battery completed
    QString m_abortReason;
    qint64 m_slowestReplyMs = 0;
};

} // namespace Deliverbench::Smtp
