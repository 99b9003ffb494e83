// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/SmtpProbe.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QUrl>

#include <cctype>

namespace Deliverbench::Smtp {

namespace {

/** @short "[192.0.2.1]" or "[IPv6:2001:db8::1]" (RFC 5321 §4.1.3 address literals). */
QString addressLiteral(const QString& ip)
{
    QHostAddress address;
    if (address.setAddress(ip) && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:") + ip + QLatin1Char(']');
    return QLatin1Char('[') + ip + QLatin1Char(']');
}

/** @short The first word of a greeting if it looks like a host name (nmap: "%d+%s([%w]+[%w%.-]*)"). */
QString hostWord(const QByteArray& text)
{
    const QByteArray word = text.trimmed().split(' ').value(0);
    if (word.isEmpty() || word.size() > 253)
        return {};
    if (!std::isalnum(static_cast<unsigned char>(word.at(0))))
        return {};
    for (const char c : word) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-')
            return {};
    }
    return QString::fromLatin1(word);
}

QString distinguishedName(const QSslCertificate& cert, bool issuer)
{
    QStringList parts;
    const QList<QByteArray> attributes = issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    for (const QByteArray& attribute : attributes) {
        const QStringList values = issuer ? cert.issuerInfo(attribute) : cert.subjectInfo(attribute);
        for (const QString& value : values)
            parts.append(QString::fromLatin1(attribute) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

QString keyTypeName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        break;
    }
    return QStringLiteral("opaque");
}

CertificateInfo certificateInfo(const QSslCertificate& cert)
{
    CertificateInfo info;
    info.subject = distinguishedName(cert, false);
    info.commonName = cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const auto sans = cert.subjectAlternativeNames();
    for (auto it = sans.cbegin(); it != sans.cend(); ++it) {
        const char* prefix = it.key() == QSsl::DnsEntry ? "DNS:" : it.key() == QSsl::IpAddressEntry ? "IP:" : "email:";
        info.subjectAltNames.append(QLatin1String(prefix) + it.value());
    }
    info.issuer = distinguishedName(cert, true);
    info.notBefore = cert.effectiveDate().toUTC();
    info.notAfter = cert.expiryDate().toUTC();
    const QSslKey key = cert.publicKey();
    info.keyType = keyTypeName(key.algorithm());
    info.keyBits = key.length();
    info.sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    info.serial = QString::fromLatin1(cert.serialNumber());
    info.selfSigned = cert.isSelfSigned();
    return info;
}

/** @short RFC 3207 §4: "530 5.7.0 Must issue a STARTTLS command first" (a TLS-only server). */
bool isTlsRequired(const Reply& reply)
{
    return reply.code == 530 && reply.toString().contains(QLatin1String("STARTTLS"), Qt::CaseInsensitive);
}

bool isAuthRequired(const Reply& reply)
{
    // RFC 4954 §6: 530 5.7.0 Authentication required
    if (reply.code == 530)
        return true;
    return reply.isPermanent() && reply.enhancedCode() == "5.7.0"
        && reply.toString().contains(QLatin1String("auth"), Qt::CaseInsensitive);
}

} // namespace

QList<RelayVariant> relayVariants(const QString& probeDomain, const QString& serverName, const QString& ip)
{
    // nmap scripts/smtp-open-relay.nse, the "Antispam tests" table (same order and forms; the IP
    // literal of an IPv6 server uses RFC 5321's "IPv6:" tag where nmap writes the bare address)
    const QString from = QStringLiteral("antispam");
    const QString to = QStringLiteral("relaytest");
    const QString& d = probeDomain;
    const QString& s = serverName;
    const QString lit = addressLiteral(ip);
    const QString fromLit = from + QLatin1Char('@') + lit;
    const QList<QPair<QString, QString>> pairs = {
        {QString(), to + u'@' + d},
        {from + u'@' + d, to + u'@' + d},
        {from + u'@' + s, to + u'@' + d},
        {fromLit, to + u'@' + d},
        {fromLit, to + u'%' + d + u'@' + lit},
        {fromLit, to + u'%' + d + u'@' + s},
        {fromLit, u'"' + to + u'@' + d + u'"'},
        {fromLit, u'"' + to + u'%' + d + u'"'},
        {fromLit, to + u'@' + d + u'@' + lit},
        {fromLit, u'"' + to + u'@' + d + QStringLiteral("\"@") + lit},
        {fromLit, to + u'@' + d + u'@' + s},
        {fromLit, u'@' + lit + u':' + to + u'@' + d},
        {fromLit, u'@' + s + u':' + to + u'@' + d},
        {fromLit, d + u'!' + to},
        {fromLit, d + u'!' + to + u'@' + lit},
        {fromLit, d + u'!' + to + u'@' + s},
    };
    QList<RelayVariant> variants;
    int index = 0;
    for (const auto& pair : pairs) {
        RelayVariant v;
        v.index = ++index;
        v.mailFrom = pair.first;
        v.rcptTo = pair.second;
        variants.append(v);
    }
    return variants;
}

SmtpProbe::SmtpProbe(QObject* parent)
    : QObject(parent)
    , m_transcript(new Net::Transcript(this))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        addFinding("SMTP.TIMEOUT", Severity::Error, tr("The probe did not finish in time"),
                   tr("Stopped after %1 ms.").arg(m_options.totalTimeoutMs), QString(), QStringLiteral("RFC 5321 §4.5.3.2"),
                   tr("Check that the server answers; raise the timeout for slow servers."));
        m_aborted = true;
        if (m_abortReason.isEmpty())
            m_abortReason = tr("the probe ran out of time; retry later");
        if (m_resolver)
            m_resolver->cancelAll();
        m_dnsPending = 0;
        smtpDone();
        maybeFinish();
    });
    connect(m_transcript, &Net::Transcript::entryAdded, this,
            [this](const Net::TranscriptEntry& entry) { Q_EMIT transcriptLine(entry.toString()); });
}

SmtpProbe::~SmtpProbe() = default;

void SmtpProbe::start(const ProbeOptions& options)
{
    if (m_running)
        cancel();
    m_options = options;
    m_report = RelayReport();
    m_report.host = options.host;
    m_report.port = options.port;
    m_report.heloName = options.heloName.isEmpty() ? options.probeDomain : options.heloName;
    m_transcript->restart();
    m_parser.reset();
    m_handler = nullptr;
    m_serverName.clear();
    m_variants.clear();
    m_dnsPending = 0;
    m_running = true;
    m_smtpDone = m_finished = m_ehloAfterTls = m_tarpit = m_authRequired = m_tlsRequired = m_tempFail = m_aborted = false;
    m_abortReason.clear();
    m_slowestReplyMs = 0;
    m_clock.start();
    m_deadline.start(std::max(1000, options.totalTimeoutMs));
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (!m_resolver)
        m_resolver = new Dns::Resolver(options.dns, this);
    resolveHost();
}

void SmtpProbe::cancel()
{
    if (!m_running || m_finished)
        return;
    m_transcript->addEvent("cancelled");
    m_aborted = true;
    m_abortReason = tr("the probe was cancelled");
    if (m_resolver)
        m_resolver->cancelAll();
    m_dnsPending = 0;
    smtpDone();
    maybeFinish();
}

void SmtpProbe::resolveHost()
{
    QString host = m_options.host;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (address.setAddress(host)) {
        connectTo(address);
        return;
    }
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        connectTo(QHostAddress(QHostAddress::LocalHost));
        return;
    }
    Q_EMIT progress(QStringLiteral("resolve"));
    const QByteArray name = QUrl::toAce(host);
    m_transcript->addEvent("resolving " + name);
    auto failed = [this, host](const Dns::Answer& a) {
        addFinding("SMTP.HOST_NOT_FOUND", Severity::Error, tr("The host name does not resolve"),
                   tr("No A or AAAA record for %1 (%2).").arg(host, QString::fromLatin1(Dns::outcomeToken(a.outcome))),
                   QString::fromUtf8(a.answerText()), QStringLiteral("RFC 5321 §5.1"), tr("Check the name and the DNS."));
        m_aborted = true;
        m_abortReason = tr("the host could not be resolved");
        smtpDone();
    };
    m_resolver->query(name, Dns::RecordType::A, this, [this, name, failed](const Dns::Answer& a) {
        if (a.isSuccess() && !a.records.isEmpty()) {
            connectTo(a.records.first().address);
            return;
        }
        m_resolver->query(name, Dns::RecordType::AAAA, this, [this, failed](const Dns::Answer& b) {
            if (b.isSuccess() && !b.records.isEmpty())
                connectTo(b.records.first().address);
            else
                failed(b);
        });
    });
}

void SmtpProbe::connectTo(const QHostAddress& address)
{
    if (m_smtpDone)
        return;
    m_address = address;
    m_report.address = address.toString();
    if (m_options.reverseDns)
        startReverseDns(address);
    Q_EMIT progress(QStringLiteral("connect"));
    m_socket = new Net::LineSocket(m_transcript, this);
    m_socket->setConnectTimeout(m_options.connectTimeoutMs);
    m_socket->setReadTimeout(m_options.replyTimeoutMs);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (!m_options.extraCaCertificates.isEmpty())
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + m_options.extraCaCertificates);
    m_socket->setSslConfiguration(configuration);
    connect(m_socket, &Net::LineSocket::lineReceived, this, &SmtpProbe::onLine);
    connect(m_socket, &Net::LineSocket::failed, this, &SmtpProbe::onSocketFailed);
    connect(m_socket, &Net::LineSocket::encrypted, this, &SmtpProbe::onEncrypted);
    const bool implicit = m_options.tlsMode == TlsMode::Implicit;
    connect(m_socket, &Net::LineSocket::connected, this, [this, implicit] {
        m_report.connected = true;
        m_replyClock.start();
        if (implicit) {
            m_report.tls.mode = QStringLiteral("implicit");
            collectTls();
        }
        Q_EMIT progress(QStringLiteral("banner"));
    });
    QString verifyName = m_options.host;
    if (verifyName.startsWith(QLatin1Char('[')) && verifyName.endsWith(QLatin1Char(']')))
        verifyName = verifyName.mid(1, verifyName.size() - 2);
    m_report.tls.verifyName = verifyName;
    expectReply([this](const Reply& reply) { onBanner(reply); });
    m_socket->connectToHost(address, m_options.port, implicit, verifyName);
}

void SmtpProbe::expectReply(ReplyHandler handler)
{
    m_handler = std::move(handler);
    m_parser.reset();
    m_replyClock.start();
    m_socket->setWaiting(true);
}

void SmtpProbe::command(const QByteArray& line, ReplyHandler handler)
{
    if (m_smtpDone || !m_socket || !m_socket->isConnected()) {
        smtpDone();
        return;
    }
    expectReply(std::move(handler));
    m_socket->writeLine(line);
}

void SmtpProbe::onLine(const QByteArray& line)
{
    if (m_smtpDone)
        return;
    if (!m_handler) {
        m_transcript->addEvent("unexpected line outside a reply (ignored)");
        return;
    }
    const ReplyParser::Status status = m_parser.feed(line);
    if (status == ReplyParser::Status::Incomplete)
        return;
    if (status == ReplyParser::Status::Malformed) {
        addFinding("SMTP.MALFORMED_REPLY", Severity::Error, tr("The server sent a malformed reply"), m_parser.error(),
                   QString::fromLatin1(line.left(200)), QStringLiteral("RFC 5321 §4.2"),
                   tr("Check what answers on this port: it does not speak SMTP correctly."));
        m_aborted = true;
        m_abortReason = tr("the server sent a malformed reply");
        m_handler = nullptr;
        smtpDone();
        return;
    }
    Reply reply = m_parser.take();
    reply.elapsedMs = m_replyClock.elapsed();
    m_slowestReplyMs = std::max(m_slowestReplyMs, reply.elapsedMs);
    m_socket->setWaiting(false);
    ReplyHandler handler = std::move(m_handler);
    m_handler = nullptr;
    handler(reply);
}

void SmtpProbe::onSocketFailed(Net::LineSocket::Error error, const QString& detail)
{
    if (m_smtpDone)
        return;
    using E = Net::LineSocket::Error;
    const QString phase = m_report.connected ? tr("during the session") : tr("while connecting");
    switch (error) {
    case E::ConnectTimeout:
    case E::ConnectFailed:
        addFinding("SMTP.CONNECT_FAILED", Severity::Error, tr("No SMTP connection"),
                   tr("%1 port %2: %3").arg(m_report.address).arg(m_options.port).arg(detail), QString(),
                   QStringLiteral("RFC 5321 §3.1"), tr("Check the host, the port and firewalls."));
        m_abortReason = tr("no connection; retry later");
        break;
    case E::ReadTimeout:
        addFinding("SMTP.TIMEOUT", Severity::Error, tr("The server stopped answering"),
                   tr("No complete reply within %1 ms (%2).").arg(m_options.replyTimeoutMs).arg(phase),
                   m_transcript->entries().isEmpty() ? QString() : m_transcript->entries().last().toString(),
                   QStringLiteral("RFC 5321 §4.5.3.2"),
                   tr("A silent or very slow server (tarpit) cannot be assessed; retry later or raise --timeout."));
        m_abortReason = tr("the server stopped answering; retry later");
        break;
    case E::LineTooLong:
        addFinding("SMTP.MALFORMED_REPLY", Severity::Error, tr("The server sent a malformed reply"), detail, QString(),
                   QStringLiteral("RFC 5321 §4.5.3.1.5"), tr("Check what answers on this port."));
        m_abortReason = tr("the server sent a malformed reply");
        break;
    case E::Closed:
        addFinding("SMTP.CONNECTION_CLOSED", Severity::Error, tr("The server closed the connection"),
                   tr("The connection ended %1 without a 221 reply.").arg(phase), QString(), QStringLiteral("RFC 5321 §3.8"),
                   tr("Check the server's log for why it dropped the session."));
        m_abortReason = tr("the server closed the connection; retry later");
        break;
    case E::TlsFailed:
        m_report.tls.failure = detail;
        addFinding("TLS.HANDSHAKE_FAILED", Severity::Error, tr("The TLS handshake failed"), detail, QString(),
                   QStringLiteral("RFC 3207 §4.1, RFC 8314"),
                   tr("Check the server's certificate, key and TLS protocol settings."));
        m_abortReason = tr("the TLS handshake failed");
        break;
    case E::None:
        break;
    }
    m_aborted = true;
    smtpDone();
}

void SmtpProbe::noteTarpit(const Reply& reply, const QByteArray& what)
{
    if (reply.elapsedMs < m_options.tarpitMs)
        return;
    m_transcript->addEvent(what + " reply took " + QByteArray::number(reply.elapsedMs) + " ms (tarpit?)");
    if (!m_tarpit) {
        m_tarpit = true;
        addFinding("SMTP.SLOW_REPLY", Severity::Warning, tr("The server delays its replies (tarpit)"),
                   tr("The %1 reply took %2 ms (threshold %3 ms).")
                       .arg(QString::fromLatin1(what))
                       .arg(reply.elapsedMs)
                       .arg(m_options.tarpitMs),
                   reply.toString(), QStringLiteral("RFC 5321 §4.5.3.2"),
                   tr("Deliberate delays slow down spammers and this probe alike; retry later."));
    }
}

bool SmtpProbe::handleAbortReply(const Reply& reply)
{
    if (reply.code != 421)
        return false;
    // RFC 5321 §3.8: 421 = the service is closing the transmission channel
    addFinding("SMTP.SERVICE_UNAVAILABLE", Severity::Warning, tr("The server ended the session (421)"),
               tr("It answered 421, which usually means a rate limit, overload or shutdown."), reply.toString(),
               QStringLiteral("RFC 5321 §3.8, §4.2.3"), tr("Retry later, from an address the server does not limit."));
    m_aborted = true;
    m_abortReason = tr("the server answered 421 (rate limit or shutdown); retry later");
    smtpDone();
    return true;
}

void SmtpProbe::noteRefusal(const Reply& reply)
{
    if (isTlsRequired(reply))
        m_tlsRequired = true;
    else if (isAuthRequired(reply))
        m_authRequired = true;
    else if (reply.isTransient())
        m_tempFail = true;
}

void SmtpProbe::onBanner(const Reply& reply)
{
    m_report.banner = reply.toString();
    m_report.bannerCode = reply.code;
    m_report.bannerMs = reply.elapsedMs;
    m_serverName = hostWord(reply.lines.value(0));
    m_report.reverse.bannerName = m_serverName;
    noteTarpit(reply, "banner");
    if (handleAbortReply(reply))
        return;
    if (reply.code != 220) {
        addFinding("SMTP.BANNER_REJECTED", Severity::Warning, tr("The server refuses this client"),
                   tr("The greeting is %1 instead of 220.").arg(reply.code), reply.toString(), QStringLiteral("RFC 5321 §3.1"),
                   tr("Run the probe from an address the server accepts (not a blocklisted or dynamic one)."));
        m_aborted = true;
        m_abortReason = tr("the server refused the session (greeting %1); retry from another address").arg(reply.code);
        quit();
        return;
    }
    sendEhlo();
}

void SmtpProbe::sendEhlo()
{
    Q_EMIT progress(QStringLiteral("ehlo"));
    command("EHLO " + m_report.heloName.toUtf8(), [this](const Reply& reply) { onEhlo(reply); });
}

void SmtpProbe::onEhlo(const Reply& reply)
{
    if (handleAbortReply(reply))
        return;
    if (reply.code == 250) {
        m_report.ehloSupported = true;
        const Capabilities caps = Capabilities::fromEhlo(reply);
        if (m_socket->isEncrypted()) {
            m_report.capsAfterTls = caps;
            m_report.hasCapsAfterTls = true;
        } else {
            m_report.capsBeforeTls = caps;
        }
        if (m_serverName.isEmpty()) {
            m_serverName = hostWord(caps.greeting);
        }
        afterGreeting();
        return;
    }
    if (m_socket->isEncrypted()) {
        addFinding("SMTP.EHLO_REJECTED", Severity::Error, tr("EHLO after TLS was rejected"), reply.toString(),
                   reply.toString(), QStringLiteral("RFC 3207 §4.2"), tr("The server must accept EHLO after STARTTLS."));
        m_aborted = true;
        m_abortReason = tr("EHLO was rejected");
        quit();
        return;
    }
    // RFC 5321 §4.1.4: a client falls back to HELO when EHLO is not recognized
    command("HELO " + m_report.heloName.toUtf8(), [this](const Reply& r) { onHelo(r); });
}

void SmtpProbe::onHelo(const Reply& reply)
{
    if (handleAbortReply(reply))
        return;
    if (reply.code != 250) {
        addFinding("SMTP.HELO_REJECTED", Severity::Error, tr("EHLO and HELO were rejected"),
                   tr("The server rejected the greeting %1.").arg(m_report.heloName), reply.toString(),
                   QStringLiteral("RFC 5321 §4.1.1.1"), tr("Try another --helo name, or check the server's HELO restrictions."));
        m_aborted = true;
        m_abortReason = tr("the greeting was rejected");
        quit();
        return;
    }
    if (m_serverName.isEmpty())
        m_serverName = hostWord(reply.lines.value(0));
    afterGreeting();
}

void SmtpProbe::afterGreeting()
{
    const bool wantTls = m_options.tlsMode == TlsMode::Auto || m_options.tlsMode == TlsMode::StartTls;
    if (wantTls && !m_socket->isEncrypted() && m_report.tls.mode.isEmpty()) {
        if (m_report.capsBeforeTls.startTls) {
            startTls();
            return;
        }
        const bool required = m_options.tlsMode == TlsMode::StartTls;
        addFinding("TLS.NOT_OFFERED", required ? Severity::Error : Severity::Warning, tr("STARTTLS is not offered"),
                   tr("EHLO does not advertise STARTTLS: mail to and from this server travels in plaintext."),
                   m_report.ehloSupported ? QString() : tr("(HELO only)"), QStringLiteral("RFC 3207, RFC 7435"),
                   tr("Configure a certificate and enable STARTTLS."));
    }
    if (m_options.vrfyExpn)
        runVrfy();
    else if (m_options.relayBattery)
        runVariant(0);
    else
        quit();
}

void SmtpProbe::startTls()
{
    Q_EMIT progress(QStringLiteral("starttls"));
    m_report.tls.mode = QStringLiteral("starttls");
    command("STARTTLS", [this](const Reply& reply) {
        if (handleAbortReply(reply))
            return;
        if (reply.code != 220) {
            addFinding("TLS.STARTTLS_REFUSED", Severity::Error, tr("STARTTLS is advertised but refused"),
                       tr("The server answered %1 to STARTTLS.").arg(reply.code), reply.toString(),
                       QStringLiteral("RFC 3207 §4"), tr("Check the server's TLS configuration (certificate, key)."));
            m_report.tls.failure = reply.toString();
            if (m_options.vrfyExpn)
                runVrfy();
            else if (m_options.relayBattery)
                runVariant(0);
            else
                quit();
            return;
        }
        m_report.tls.discardedBytes = m_socket->startTls();
    });
}

void SmtpProbe::onEncrypted()
{
    collectTls();
    // RFC 3207 §4.2: forget what was learnt before TLS and greet again
    m_ehloAfterTls = true;
    m_replyClock.start();
    sendEhlo();
}

void SmtpProbe::collectTls()
{
    QSslSocket* socket = m_socket->sslSocket();
    TlsInfo& tls = m_report.tls;
    tls.established = socket->isEncrypted();
    const QSslCipher cipher = socket->sessionCipher();
    tls.version = cipher.protocolString();
    tls.cipher = cipher.name();
    tls.cipherBits = cipher.usedBits();
    tls.handshakeMs = m_socket->handshakeMs();
    tls.errors.clear();
    bool nameMismatch = false;
    bool other = false;
    for (const QSslError& e : m_socket->sslErrors()) {
        tls.errors.append(e.errorString());
        if (e.error() == QSslError::HostNameMismatch)
            nameMismatch = true;
        else
            other = true;
    }
    tls.nameMatches = !nameMismatch;
    tls.chainTrusted = !other;
    tls.verified = tls.established && !nameMismatch && !other;
    tls.chain.clear();
    const QList<QSslCertificate> chain = socket->peerCertificateChain();
    for (const QSslCertificate& cert : chain.mid(0, 10))
        tls.chain.append(certificateInfo(cert));
}

void SmtpProbe::runVrfy()
{
    Q_EMIT progress(QStringLiteral("vrfy"));
    command("VRFY postmaster", [this](const Reply& reply) {
        if (handleAbortReply(reply))
            return;
        m_report.vrfyCode = reply.code;
        m_report.vrfyReply = reply.toString();
        runExpn();
    });
}

void SmtpProbe::runExpn()
{
    command("EXPN postmaster", [this](const Reply& reply) {
        if (handleAbortReply(reply))
            return;
        m_report.expnCode = reply.code;
        m_report.expnReply = reply.toString();
        if (m_options.relayBattery)
            runVariant(0);
        else
            quit();
    });
}

void SmtpProbe::runVariant(int index)
{
    if (index == 0) {
        const QString ip = m_options.sourceAddress.isEmpty() ? m_address.toString() : m_options.sourceAddress;
        const QString server = m_serverName.isEmpty() ? m_options.host : m_serverName;
        m_variants = relayVariants(m_options.probeDomain, server, ip);
        m_report.variants = m_variants;
    }
    if (index >= m_variants.size()) {
        runCatchAll();
        return;
    }
    Q_EMIT progress(QStringLiteral("relay %1/%2").arg(index + 1).arg(m_variants.size()));
    // RSET between variants (RFC 5321 §4.1.1.5): each pair starts a fresh transaction
    command("RSET", [this, index](const Reply& rset) {
        if (handleAbortReply(rset))
            return;
        noteRefusal(rset);
        m_report.variants[index].tested = true;
        m_replyClock.start();
        command("MAIL FROM:<" + m_variants.at(index).mailFrom.toUtf8() + '>',
                [this, index](const Reply& reply) { onVariantMail(index, reply); });
    });
}

void SmtpProbe::onVariantMail(int index, const Reply& reply)
{
    RelayVariant& v = m_report.variants[index];
    v.mailCode = reply.code;
    v.reply = reply.toString();
    v.elapsedMs = reply.elapsedMs;
    noteTarpit(reply, "MAIL");
    if (handleAbortReply(reply))
        return;
    noteRefusal(reply);
    if (reply.code / 100 != 2) {
        runVariant(index + 1);
        return;
    }
    command("RCPT TO:<" + v.rcptTo.toUtf8() + '>', [this, index](const Reply& r) { onVariantRcpt(index, r); });
}

void SmtpProbe::onVariantRcpt(int index, const Reply& reply)
{
    RelayVariant& v = m_report.variants[index];
    v.rcptCode = reply.code;
    v.reply = reply.toString();
    v.elapsedMs += reply.elapsedMs;
    v.accepted = reply.code / 100 == 2;
    noteTarpit(reply, "RCPT");
    if (handleAbortReply(reply))
        return;
    noteRefusal(reply);
    runVariant(index + 1);
}

void SmtpProbe::runCatchAll()
{
    // a random local part at the server's own name: accepted means RCPT does not check recipients
    const QString domain = m_serverName.contains(QLatin1Char('.')) ? m_serverName : m_options.probeDomain;
    RelayVariant& v = m_report.catchAll;
    v.index = 0;
    v.mailFrom = QString();
    v.rcptTo = QStringLiteral("db-") + QString::number(QRandomGenerator::global()->generate64(), 36)
        + QLatin1Char('@') + domain;
    Q_EMIT progress(QStringLiteral("catch-all"));
    command("RSET", [this](const Reply& rset) {
        if (handleAbortReply(rset))
            return;
        m_report.catchAll.tested = true;
        command("MAIL FROM:<>", [this](const Reply& mail) {
            m_report.catchAll.mailCode = mail.code;
            m_report.catchAll.reply = mail.toString();
            if (handleAbortReply(mail))
                return;
            if (mail.code / 100 != 2) {
                quit();
                return;
            }
            command("RCPT TO:<" + m_report.catchAll.rcptTo.toUtf8() + '>', [this](const Reply& rcpt) {
                m_report.catchAll.rcptCode = rcpt.code;
                m_report.catchAll.reply = rcpt.toString();
                m_report.catchAll.accepted = rcpt.code / 100 == 2;
                if (handleAbortReply(rcpt))
                    return;
                quit();
            });
        });
    });
}

void SmtpProbe::quit()
{
    if (m_smtpDone)
        return;
    if (!m_socket || !m_socket->isConnected()) {
        smtpDone();
        return;
    }
    Q_EMIT progress(QStringLiteral("quit"));
    // the reply does not matter; a server that closes at once is fine too
    disconnect(m_socket, &Net::LineSocket::failed, this, &SmtpProbe::onSocketFailed);
    connect(m_socket, &Net::LineSocket::failed, this, [this] { smtpDone(); });
    command("QUIT", [this](const Reply&) { smtpDone(); });
}

void SmtpProbe::smtpDone()
{
    if (m_smtpDone)
        return;
    m_smtpDone = true;
    m_handler = nullptr;
    if (m_socket) {
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    addFindingsForCapabilities();
    addFindingsForTls();
    decideVerdict();
    maybeFinish();
}

void SmtpProbe::startReverseDns(const QHostAddress& address)
{
    m_report.reverse.checked = true;
    ++m_dnsPending;
    const Dns::RecordType forwardType =
        address.protocol() == QAbstractSocket::IPv6Protocol ? Dns::RecordType::AAAA : Dns::RecordType::A;
    m_resolver->query(Dns::reverseName(address), Dns::RecordType::PTR, this,
                      [this, address, forwardType](const Dns::Answer& ptr) {
                          m_report.reverse.outcome = QString::fromLatin1(Dns::outcomeToken(ptr.outcome));
                          int asked = 0;
                          for (const Dns::Record& r : ptr.records) {
                              if (++asked > 5)
                                  break;
                              const QString name = QString::fromLatin1(r.target);
                              m_report.reverse.ptrNames.append(name);
                              ++m_dnsPending;
                              m_resolver->query(r.target, forwardType, this, [this, address, name](const Dns::Answer& fwd) {
                                  for (const Dns::Record& a : fwd.records) {
                                      if (a.address.isEqual(address, QHostAddress::ConvertV4MappedToIPv4)) {
                                          m_report.reverse.confirmedNames.append(name);
                                          break;
                                      }
                                  }
                                  --m_dnsPending;
                                  maybeFinish();
                              });
                          }
                          --m_dnsPending;
                          maybeFinish();
                      });
}

void SmtpProbe::maybeFinish()
{
    if (m_finished || !m_smtpDone || m_dnsPending > 0)
        return;
    finish();
}

void SmtpProbe::finish()
{
    m_finished = true;
    m_running = false;
    m_deadline.stop();
    addFindingsForReverse();
    m_report.durationMs = m_clock.elapsed();
    m_report.transcript = m_transcript->lines();
    Q_EMIT finished(m_report);
}

void SmtpProbe::decideVerdict()
{
    RelayReport& r = m_report;
    if (!m_options.relayBattery) {
        r.openRelay = RelayVerdict::NotTested;
        return;
    }
    const QList<RelayVariant> accepted = r.acceptedVariants();
    int tested = 0;
    for (const RelayVariant& v : std::as_const(r.variants))
        tested += v.tested && (v.mailCode != 0) ? 1 : 0;
    const QString reference = QStringLiteral("RFC 5321 §3.9, RFC 2505 §2");
    if (r.catchAll.accepted) {
        addFinding("RELAY.CATCH_ALL", Severity::Info, tr("A random recipient was accepted"),
                   tr("RCPT TO:<%1> was accepted: recipients are not checked at RCPT time (catch-all or later bounce).")
                       .arg(r.catchAll.rcptTo),
                   r.catchAll.reply, QStringLiteral("RFC 5321 §3.3"),
                   tr("Reject unknown recipients at RCPT time to avoid backscatter."));
    }
    if (!accepted.isEmpty()) {
        r.openRelay = RelayVerdict::Open;
        QStringList lines;
        for (const RelayVariant& v : accepted)
            lines.append(QStringLiteral("MAIL FROM:<%1> -> RCPT TO:<%2>").arg(v.mailFrom, v.rcptTo));
        addFinding("RELAY.OPEN", Severity::Error, tr("The server is an open relay"),
                   tr("%1 of %2 relay tests were accepted without authentication.").arg(accepted.size()).arg(r.variants.size()),
                   lines.join(QLatin1Char('\n')), reference,
                   tr("Relay only for your own networks and authenticated users (Postfix: mynetworks, "
                      "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination)."));
        return;
    }
    r.openRelay = RelayVerdict::Inconclusive;
    if (m_tlsRequired) {
        r.inconclusiveReason = tr("the server requires STARTTLS before accepting mail; run the probe with STARTTLS");
        addFinding("RELAY.AUTH_REQUIRED", Severity::Info, tr("Relay test inconclusive: STARTTLS required"),
                   r.inconclusiveReason, QString(), QStringLiteral("RFC 3207 §4"),
                   tr("Probe again with STARTTLS (or implicit TLS); for a public MX, requiring TLS refuses mail from "
                      "servers without it (RFC 3207 §4)."));
    } else if (m_authRequired) {
        r.inconclusiveReason = tr("the server requires authentication before accepting mail; nothing could be tried");
        addFinding("RELAY.AUTH_REQUIRED", Severity::Info, tr("Relay test inconclusive: authentication required"),
                   r.inconclusiveReason, QString(), QStringLiteral("RFC 4954 §6"),
                   tr("Expected on a submission port; for an MX this would refuse all incoming mail."));
    } else if (m_tempFail) {
        r.inconclusiveReason = tr("the server answered with temporary failures (greylisting?); retry later");
        addFinding("RELAY.TEMPFAIL", Severity::Warning, tr("Relay test inconclusive: temporary failures"),
                   r.inconclusiveReason, QString(), QStringLiteral("RFC 5321 §4.2.1, RFC 6647"), tr("Retry later."));
    } else if (m_aborted || tested < r.variants.size() || r.variants.isEmpty()) {
        r.inconclusiveReason = m_abortReason.isEmpty() ? tr("the relay tests did not complete; retry later") : m_abortReason;
        addFinding("RELAY.INCOMPLETE", Severity::Warning, tr("Relay test inconclusive"),
                   tr("%1 of 16 relay tests ran: %2.").arg(tested).arg(r.inconclusiveReason), QString(), reference,
                   tr("Retry later."));
    } else if (m_tarpit) {
        r.inconclusiveReason = tr("the server delays its replies (tarpit); retry later");
        addFinding("RELAY.TARPIT", Severity::Warning, tr("Relay test inconclusive: tarpit"), r.inconclusiveReason,
                   QString(), reference, tr("Retry later."));
    } else {
        r.openRelay = RelayVerdict::Closed;
        addFinding("RELAY.CLOSED", Severity::Pass, tr("The server is not an open relay"),
                   tr("All %1 relay tests were rejected.").arg(r.variants.size()), QString(), reference, QString());
    }
}

void SmtpProbe::addFindingsForCapabilities()
{
    const RelayReport& r = m_report;
    if (!r.connected || r.bannerCode != 220)
        return;
    if (!r.ehloSupported && !r.banner.isEmpty() && (r.vrfyCode != 0 || !r.variants.isEmpty())) {
        addFinding("SMTP.NO_EHLO", Severity::Warning, tr("The server does not support EHLO"),
                   tr("Only HELO worked: no SMTP extensions (STARTTLS, SIZE, 8BITMIME) are available."), QString(),
                   QStringLiteral("RFC 5321 §4.1.1.1"), tr("Use an ESMTP server."));
    }
    if (r.ehloSupported) {
        const Capabilities& caps = r.capabilities();
        QStringList present;
        const auto flag = [&present](bool on, const char* name) {
            if (on)
                present.append(QLatin1String(name));
        };
        flag(caps.pipelining, "PIPELINING");
        flag(caps.size >= 0, "SIZE");
        flag(caps.eightBitMime, "8BITMIME");
        flag(caps.smtpUtf8, "SMTPUTF8");
        flag(caps.requireTls, "REQUIRETLS");
        flag(caps.chunking, "CHUNKING");
        flag(caps.dsn, "DSN");
        flag(caps.startTls || r.hasCapsAfterTls, "STARTTLS");
        QStringList lines;
        for (const QByteArray& l : caps.lines)
            lines.append(QString::fromUtf8(l));
        addFinding("SMTP.CAPABILITIES", Severity::Info, tr("SMTP extensions offered"),
                   present.isEmpty() ? tr("none of the common extensions") : present.join(QStringLiteral(", ")),
                   lines.join(QLatin1Char('\n')), QStringLiteral("RFC 5321 §4.1.1.1"), QString());
    }
    if (!r.capsBeforeTls.auth.isEmpty() && r.tls.mode != QLatin1String("implicit")) {
        addFinding("SMTP.AUTH_BEFORE_TLS", Severity::Error, tr("AUTH is offered without TLS"),
                   tr("Mechanisms %1 are advertised on the plaintext connection: passwords can travel unencrypted.")
                       .arg(r.capsBeforeTls.auth.join(u' ')),
                   r.capsBeforeTls.auth.join(u' '), QStringLiteral("RFC 4954 §4, RFC 8314 §3"),
                   tr("Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only = yes)."));
    } else if (r.hasCapsAfterTls && !r.capsAfterTls.auth.isEmpty()) {
        addFinding("SMTP.AUTH_AFTER_TLS_ONLY", Severity::Pass, tr("AUTH is offered only over TLS"),
                   tr("Mechanisms after TLS: %1.").arg(r.capsAfterTls.auth.join(u' ')), QString(),
                   QStringLiteral("RFC 4954 §4, RFC 8314 §3"), QString());
    }
    if (r.vrfyCode >= 250 && r.vrfyCode <= 252) {
        addFinding("SMTP.VRFY_ENABLED", Severity::Warning, tr("VRFY is enabled"),
                   tr("VRFY postmaster answered %1: the command can be used to probe for valid addresses.").arg(r.vrfyCode),
                   r.vrfyReply, QStringLiteral("RFC 5321 §3.5.3, §7.3"), tr("Disable VRFY (Postfix: disable_vrfy_command = yes)."));
    }
    if (r.expnCode >= 250 && r.expnCode <= 252) {
        addFinding("SMTP.EXPN_ENABLED", Severity::Warning, tr("EXPN is enabled"),
                   tr("EXPN postmaster answered %1: mailing lists can be expanded by anyone.").arg(r.expnCode), r.expnReply,
                   QStringLiteral("RFC 5321 §3.5.3, §7.3"), tr("Disable EXPN."));
    }
}

void SmtpProbe::addFindingsForTls()
{
    const TlsInfo& tls = m_report.tls;
    if (!tls.established)
        return;
    const QString reference = QStringLiteral("RFC 3207, RFC 8314, RFC 6125 §6");
    bool ok = true;
    if (tls.version == QLatin1String("TLSv1") || tls.version == QLatin1String("TLSv1.0")
        || tls.version == QLatin1String("TLSv1.1") || tls.version.startsWith(QLatin1String("SSL"))) {
        ok = false;
        addFinding("TLS.PROTOCOL_OUTDATED", Severity::Warning, tr("Outdated TLS version"),
                   tr("The session uses %1.").arg(tls.version), tls.version, QStringLiteral("RFC 8996"),
                   tr("Enable TLS 1.2 and 1.3."));
    }
    if (tls.discardedBytes > 0) {
        ok = false;
        addFinding("TLS.PLAINTEXT_INJECTION", Severity::Error, tr("Data arrived between STARTTLS and the handshake"),
                   tr("%1 bytes came after the 220 reply and before TLS; they were discarded.").arg(tls.discardedBytes),
                   QString(), QStringLiteral("RFC 3207 §4.2"), tr("Check for a middlebox injecting data or a broken server."));
    }
    if (!tls.chainTrusted) {
        ok = false;
        addFinding("TLS.CERT_UNTRUSTED", Severity::Warning, tr("The certificate is not trusted"),
                   tr("Verification failed: %1").arg(tls.errors.join(QStringLiteral("; "))),
                   tls.chain.isEmpty() ? QString() : tls.chain.first().subject, reference,
                   tr("Use a certificate from a public CA with the full chain (or pass --ca-file for a private CA)."));
    }
    if (!tls.nameMatches) {
        ok = false;
        addFinding("TLS.CERT_NAME_MISMATCH", Severity::Warning, tr("The certificate does not match the host name"),
                   tr("%1 is not among the certificate's names.").arg(tls.verifyName),
                   tls.chain.isEmpty() ? QString() : tls.chain.first().subjectAltNames.join(u' '), reference,
                   tr("Include the MX host name in the certificate's subjectAltName."));
    }
    if (!tls.chain.isEmpty()) {
        const CertificateInfo& leaf = tls.chain.first();
        if (leaf.notAfter.isValid() && leaf.notAfter < QDateTime::currentDateTimeUtc()) {
            ok = false;
            addFinding("TLS.CERT_EXPIRED", Severity::Error, tr("The certificate has expired"),
                       tr("It expired on %1.").arg(leaf.notAfter.toString(Qt::ISODate)), leaf.subject, reference,
                       tr("Renew the certificate."));
        }
        if (leaf.keyType == QLatin1String("RSA") && leaf.keyBits > 0 && leaf.keyBits < 2048) {
            ok = false;
            addFinding("TLS.WEAK_KEY", Severity::Warning, tr("Weak certificate key"),
                       tr("RSA key of %1 bits.").arg(leaf.keyBits), leaf.subject, QStringLiteral("NIST SP 800-57"),
                       tr("Use RSA 2048 bits or more, or ECDSA P-256."));
        }
    }
    if (ok) {
        addFinding("TLS.OK", Severity::Pass, tr("TLS is set up correctly"),
                   tr("%1 with %2; the certificate is trusted and matches %3.").arg(tls.version, tls.cipher, tls.verifyName),
                   QString(), reference, QString());
    }
}

void SmtpProbe::addFindingsForReverse()
{
    ReverseDns& rev = m_report.reverse;
    if (!rev.checked)
        return;
    const QString reference = QStringLiteral("RFC 1912 §2.1, RFC 8601 §3");
    for (const QString& ptr : std::as_const(rev.ptrNames)) {
        if (!rev.bannerName.isEmpty() && ptr.compare(rev.bannerName, Qt::CaseInsensitive) == 0)
            rev.bannerMatchesPtr = true;
    }
    if (rev.ptrNames.isEmpty()) {
        const bool failure = rev.outcome != QLatin1String("NXDOMAIN") && rev.outcome != QLatin1String("NODATA");
        addFinding(failure ? "SMTP.PTR_LOOKUP_FAILED" : "SMTP.PTR_MISSING", failure ? Severity::Info : Severity::Warning,
                   failure ? tr("The reverse lookup failed") : tr("The server's address has no PTR record"),
                   tr("PTR lookup for %1: %2.").arg(m_report.address, rev.outcome), QString(), reference,
                   tr("Publish a PTR record naming the server, with a matching A/AAAA record."));
        return;
    }
    if (rev.confirmedNames.isEmpty()) {
        addFinding("SMTP.FCRDNS_MISMATCH", Severity::Warning, tr("Reverse DNS does not confirm forward"),
                   tr("%1 points to %2, but no name resolves back to it.").arg(m_report.address, rev.ptrNames.join(u' ')),
                   rev.ptrNames.join(u' '), reference, tr("Make the PTR name's A/AAAA record point to this address."));
    } else {
        rev.fcrdns = true;
        addFinding("SMTP.FCRDNS_OK", Severity::Pass, tr("Forward-confirmed reverse DNS"),
                   tr("%1 ↔ %2.").arg(m_report.address, rev.confirmedNames.join(u' ')), QString(), reference, QString());
    }
    if (!rev.bannerName.isEmpty() && !rev.bannerMatchesPtr) {
        addFinding("SMTP.BANNER_NAME_MISMATCH", Severity::Warning, tr("The banner name differs from reverse DNS"),
                   tr("The greeting names %1; the PTR record says %2.").arg(rev.bannerName, rev.ptrNames.join(u' ')),
                   m_report.banner.section(QLatin1Char('\n'), 0, 0), QStringLiteral("RFC 5321 §4.3.1"),
                   tr("Make the greeting name (Postfix: myhostname) the PTR name."));
    }
}

void SmtpProbe::addFinding(const char* code, Severity severity, const QString& title, const QString& detail,
                           const QString& evidence, const QString& reference, const QString& remedy)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.evidence = evidence;
    f.reference = reference;
    f.remedy = remedy;
    m_report.findings.append(f);
}

} // namespace Deliverbench::Smtp
