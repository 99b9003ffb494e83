// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only helpers of the domain audit tests (tests/core/domain, tests/cli/tst_cli_domain):
//  - TestPki: a CA and a leaf certificate made per run with the openssl command line;
//  - HttpsServer: HTTPS on 127.0.0.1 (QTcpServer + QSslSocket; QSslServer is Qt 6.4+... 6.4 lacks it),
//    answering by Host header and path, HTTP/1.0, one request per connection;
//  - DelayProxy: a UDP DNS forwarder that holds each query for a fixed time before passing it to
//    the real BIND, so the audit's parallelism can be measured;
//  - a silent UDP "dead server".

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QUdpSocket>

#include <memory>

namespace DomainTest {

/** @short Runs openssl with `args` in `dir`; returns its stderr on failure, empty on success. */
inline QString openssl(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("openssl ") + args.join(u' ') + QStringLiteral(": ") + QString::fromLocal8Bit(p.readAllStandardError());
    return {};
}

/** @short A throwaway CA and one leaf for `names` (EC P-256: fast to make). */
struct TestPki
{
    QTemporaryDir dir;
    QString caPath;
    QSslCertificate leaf;
    QSslKey key;
    QString error;

    explicit TestPki(const QStringList& names)
    {
        const QString d = dir.path();
        caPath = d + QStringLiteral("/ca.pem");
        QFile ext(d + QStringLiteral("/leaf.ext"));
        ext.open(QIODevice::WriteOnly);
        QStringList san;
        for (const QString& n : names)
            san << QStringLiteral("DNS:") + n;
        ext.write((QStringLiteral("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=")
                   + san.join(u',') + u'\n').toUtf8());
        ext.close();
        const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
        error = openssl(d, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec
                               + QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Deliverbench Test CA"),
                                             QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        if (error.isEmpty())
            error = openssl(d, QStringList{QStringLiteral("req")} + ec
                                   + QStringList{QStringLiteral("-keyout"), QStringLiteral("leaf.key"), QStringLiteral("-out"), QStringLiteral("leaf.csr"),
                                                 QStringLiteral("-subj"), QStringLiteral("/CN=") + names.value(0)});
        if (error.isEmpty())
            error = openssl(d, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                                QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                                QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("leaf.pem"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("leaf.ext")});
        if (!error.isEmpty())
            return;
        QFile c(d + QStringLiteral("/leaf.pem")), k(d + QStringLiteral("/leaf.key"));
        c.open(QIODevice::ReadOnly);
        k.open(QIODevice::ReadOnly);
        leaf = QSslCertificate(c.readAll(), QSsl::Pem);
        key = QSslKey(k.readAll(), QSsl::Ec, QSsl::Pem);
        if (leaf.isNull() || key.isNull())
            error = QStringLiteral("could not load the generated certificate or key");
    }
};

/** @short Minimal HTTPS/1.0 server: routes by (Host, path); unknown routes get 404. */
class HttpsServer : public QTcpServer
{
public:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "text/plain";
        QByteArray body;
    };

    HttpsServer(QSslCertificate cert, QSslKey key)
        : m_cert(std::move(cert))
        , m_key(std::move(key))
    {
    }

    void route(const QByteArray& host, const QByteArray& path, Response response)
    {
        m_routes.insert(host + path, std::move(response));
    }
    int requests = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_cert);
        socket->setPrivateKey(m_key);
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n") || buffer->size() > 65536)
                return;
            ++requests;
            const QList<QByteArray> lines = buffer->left(buffer->indexOf("\r\n\r\n")).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray host;
            for (const QByteArray& l : lines) {
                if (l.toLower().startsWith("host:"))
                    host = l.mid(5).trimmed().toLower();
            }
            const auto it = m_routes.constFind(host + requestLine.value(1));
            const Response r = it != m_routes.cend() ? *it : Response{404, "text/plain", "not found\n"};
            socket->write("HTTP/1.0 " + QByteArray::number(r.status) + " X\r\nContent-Type: " + r.contentType
                          + "\r\nContent-Length: " + QByteArray::number(r.body.size()) + "\r\nConnection: close\r\n\r\n" + r.body);
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QSslSocket::errorOccurred, socket, [socket](QAbstractSocket::SocketError) { socket->deleteLater(); });
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_cert;
    QSslKey m_key;
    QHash<QByteArray, Response> m_routes;
};

/** @short UDP forwarder to `upstream` that delays every query by `delayMs` (measures parallelism). */
class DelayProxy : public QObject
{
public:
    DelayProxy(QHostAddress upstream, quint16 port, int delayMs)
        : m_upstream(std::move(upstream))
        , m_port(port)
        , m_delay(delayMs)
    {
        m_front.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_front, &QUdpSocket::readyRead, this, [this]() {
            while (m_front.hasPendingDatagrams()) {
                const QNetworkDatagram query = m_front.receiveDatagram();
                ++queries;
                auto* up = new QUdpSocket(this);
                up->bind(QHostAddress::LocalHost, 0);
                QObject::connect(up, &QUdpSocket::readyRead, up, [this, up, query]() {
                    while (up->hasPendingDatagrams())
                        m_front.writeDatagram(up->receiveDatagram().data(), query.senderAddress(), quint16(query.senderPort()));
                    up->deleteLater();
                });
                QTimer::singleShot(m_delay, up, [this, up, query]() { up->writeDatagram(query.data(), m_upstream, m_port); });
            }
        });
    }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_front.localPort()); }
    int queries = 0;

private:
    QUdpSocket m_front;
    QHostAddress m_upstream;
    quint16 m_port;
    int m_delay;
};

/** @short A UDP port that swallows every query: a dead DNS server (no ICMP "port unreachable"). */
struct DeadServer
{
    QUdpSocket socket;
    DeadServer() { socket.bind(QHostAddress::LocalHost, 0); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(socket.localPort()); }
};

/** @short Names the test certificate covers (sts-badcert is deliberately missing). */
inline QStringList certificateNames()
{
    return {QStringLiteral("mta-sts.good.audit.test"),        QStringLiteral("bimi.good.audit.test"),
            QStringLiteral("mta-sts.sts-testing.audit.test"), QStringLiteral("mta-sts.sts-bad.audit.test"),
            QStringLiteral("mta-sts.sts-404.audit.test"),     QStringLiteral("mta-sts.sts-uncovered.audit.test"),
            QStringLiteral("mta-sts.sts-txtbad.audit.test"),  QStringLiteral("bimi.bimi-bad.audit.test")};
}

/** @short The HTTPS content of the audit.test scenarios. */
inline void addAuditRoutes(HttpsServer& server)
{
    using R = HttpsServer::Response;
    const QByteArray path = "/.well-known/mta-sts.txt";
    server.route("mta-sts.good.audit.test", path,
                 R{200, "text/plain", "version: STSv1\r\nmode: enforce\r\nmx: mx1.good.audit.test\r\nmx: *.good.audit.test\r\nmax_age: 604800\r\n"});
    server.route("mta-sts.sts-testing.audit.test", path,
                 R{200, "text/plain", "version: STSv1\nmode: testing\nmx: mail.other.test\nmax_age: 3600\n"});
    server.route("mta-sts.sts-bad.audit.test", path, R{200, "text/plain", "version: STSv2\nmode: strict\nmax_age: forever\n"});
    server.route("mta-sts.sts-uncovered.audit.test", path,
                 R{200, "text/plain", "version: STSv1\nmode: enforce\nmx: mx1.good.audit.test\nmax_age: 604800\n"});
    server.route("mta-sts.sts-badcert.audit.test", path,
                 R{200, "text/plain", "version: STSv1\nmode: enforce\nmx: mx1.good.audit.test\nmax_age: 604800\n"});
    server.route("bimi.good.audit.test", "/logo.svg",
                 R{200, "image/svg+xml",
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny-ps\" viewBox=\"0 0 100 100\">\n"
                   "<title>Good Brand</title>\n<rect width=\"100\" height=\"100\" fill=\"#1565c0\"/>\n</svg>\n"});
    server.route("bimi.bimi-bad.audit.test", "/logo.svg",
                 R{200, "image/svg+xml",
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" viewBox=\"0 0 100 50\">\n"
                   "<script>alert(1)</script>\n<image xlink:href=\"https://evil.example/track.png\" width=\"10\" height=\"10\"/>\n</svg>\n"});
}

} // namespace DomainTest
