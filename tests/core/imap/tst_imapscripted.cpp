// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapSession.h"
#include "imap/ImapTasks.h"
#include "placement/PlacementRun.h"
#include "placement/SeedPoll.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Imap;
using namespace Deliverbench::Placement;

/*
 * A scripted IMAP peer, used ONLY for behaviour no real server in the test suite shows
 * (STYLE.md §3 ScriptedPeer): Gmail's X-GM-EXT-1 extension (X-GM-LABELS, X-GM-RAW search,
 * the [Gmail]/Spam folder), a server that stops answering, and garbage on the wire. Everything
 * else is tested against real Dovecot (tst_imapdovecot, tst_placementdovecot).
 *
 * Gmail's replies follow Google's "IMAP Extensions" page (CAPABILITY with X-GM-EXT-1, the
 * X-GM-LABELS FETCH item, LIST with \Junk on [Gmail]/Spam). Gmail does not list its inbox
 * categories among X-GM-LABELS in practice (reported by IMAP client authors, e.g. Nylas Mail
 * issue #106, Mailspring #439); the category is found with X-GM-RAW "category:promotions".
 * The peer answers both ways so both code paths are exercised.
 */

namespace {

struct FakeMessage
{
    quint32 uid;
    QList<QByteArray> labels;   ///< as X-GM-LABELS lists them
    QByteArray category;        ///< what X-GM-RAW "category:X" matches ("" = primary)
};

class ScriptedPeer : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Gmail, HangAfterGreeting, HangOnSearch, Garbage, ByeGreeting, HugeLiteral };

    explicit ScriptedPeer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &ScriptedPeer::onConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
        // user -> mailbox -> messages
        m_boxes[QByteArrayLiteral("promo@gmail.test")][QByteArrayLiteral("INBOX")] = {{11, {"\\Inbox", "\\Important"}, "promotions"}};
        m_boxes[QByteArrayLiteral("social@gmail.test")][QByteArrayLiteral("INBOX")] = {{21, {"\\Inbox", "^smartlabel_social"}, "social"}};
        m_boxes[QByteArrayLiteral("primary@gmail.test")][QByteArrayLiteral("INBOX")] = {{31, {"\\Inbox"}, ""}};
        m_boxes[QByteArrayLiteral("spam@gmail.test")][QByteArrayLiteral("[Gmail]/Spam")] = {{41, {}, ""}};
    }

    quint16 port() const { return m_server.serverPort(); }
    QList<QByteArray> commands;   ///< every command line received (tag stripped)

private:
    void onConnection()
    {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
            switch (m_mode) {
            case Mode::HangAfterGreeting:
                break;   // say nothing at all
            case Mode::ByeGreeting:
                socket->write("* BYE Too many connections\r\n");
                break;
            default:
                socket->write("* OK Gimap ready for requests from 127.0.0.1 k2if6111336rvb.0\r\n");
                break;
            }
        }
    }

    void onRead(QTcpSocket* socket)
    {
        QByteArray& buffer = m_state[socket].buffer;
        buffer += socket->readAll();
        for (;;) {
            const qsizetype eol = buffer.indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray line = buffer.left(eol);
            buffer.remove(0, eol + 2);
            handle(socket, line);
        }
    }

    void handle(QTcpSocket* s, const QByteArray& line)
    {
        QByteArray& user = m_state[s].user;
        QByteArray& mailbox = m_state[s].mailbox;
        const qsizetype sp = line.indexOf(' ');
        const QByteArray tag = line.left(sp);
        const QByteArray rest = line.mid(sp + 1);
        commands.append(rest);
        const QList<QByteArray> words = rest.split(' ');
        const QByteArray verb = words.value(0).toUpper();
        const QByteArray sub = words.value(1).toUpper();
        if (verb == "CAPABILITY") {
            s->write("* CAPABILITY IMAP4rev1 UNSELECT IDLE NAMESPACE QUOTA ID XLIST CHILDREN X-GM-EXT-1 XYZZY SASL-IR "
                     "AUTH=XOAUTH2 AUTH=PLAIN AUTH=PLAIN-CLIENTTOKEN AUTH=OAUTHBEARER\r\n");
            s->write(tag + " OK Thats all she wrote! k2if6111336rvb.0\r\n");
        } else if (verb == "AUTHENTICATE" && sub == "PLAIN") {
            const QByteArray decoded = QByteArray::fromBase64(words.value(2));
            const QList<QByteArray> parts = decoded.split('\0');
            if (parts.size() == 3 && m_boxes.contains(parts.at(1)) && parts.at(2) == "app-password") {
                user = parts.at(1);
                s->write(tag + " OK " + user + " authenticated (Success)\r\n");
            } else {
                s->write(tag + " NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)\r\n");
            }
        } else if (verb == "LIST") {
            s->write("* LIST (\\HasNoChildren) \"/\" \"INBOX\"\r\n"
                     "* LIST (\\HasChildren \\Noselect) \"/\" \"[Gmail]\"\r\n"
                     "* LIST (\\All \\HasNoChildren) \"/\" \"[Gmail]/All Mail\"\r\n"
                     "* LIST (\\HasNoChildren \\Important) \"/\" \"[Gmail]/Important\"\r\n"
                     "* LIST (\\HasNoChildren \\Sent) \"/\" \"[Gmail]/Sent Mail\"\r\n"
                     "* LIST (\\HasNoChildren \\Junk) \"/\" \"[Gmail]/Spam\"\r\n"
                     "* LIST (\\HasNoChildren \\Trash) \"/\" \"[Gmail]/Trash\"\r\n");
            s->write(tag + " OK Success\r\n");
        } else if (verb == "EXAMINE") {
            mailbox = rest.mid(8);
            if (mailbox.startsWith('"'))
                mailbox = mailbox.mid(1, mailbox.size() - 2);
            const auto messages = m_boxes.value(user).value(mailbox);
            s->write("* FLAGS (\\Answered \\Flagged \\Draft \\Deleted \\Seen $NotPhishing $Phishing)\r\n"
                     "* OK [PERMANENTFLAGS ()] Flags permitted.\r\n"
                     "* OK [UIDVALIDITY 1] UIDs valid.\r\n* "
                     + QByteArray::number(messages.size()) + " EXISTS\r\n* 0 RECENT\r\n");
            s->write(tag + " OK [READ-ONLY] " + mailbox + " selected. (Success)\r\n");
        } else if (verb == "UID" && sub == "SEARCH") {
            if (m_mode == Mode::HangOnSearch)
                return;
            if (m_mode == Mode::Garbage) {
                s->write("* SEARCH 1 \"unterminated\r\n" + tag + " OK\r\n");
                return;
            }
            const auto messages = m_boxes.value(user).value(mailbox);
            QByteArray hits;
            const qsizetype raw = rest.indexOf("X-GM-RAW \"category:");
            for (const FakeMessage& m : messages) {
                if (raw >= 0) {
                    const QByteArray wanted = rest.mid(raw + 19).chopped(1);
                    if (m.category != wanted)
                        continue;
                }
                hits += ' ' + QByteArray::number(m.uid);
            }
            s->write("* SEARCH" + hits + "\r\n" + tag + " OK SEARCH completed (Success)\r\n");
        } else if (verb == "UID" && sub == "FETCH") {
            const auto messages = m_boxes.value(user).value(mailbox);
            int seq = 0;
            for (const FakeMessage& m : messages) {
                ++seq;
                if (m_mode == Mode::HugeLiteral) {
                    s->write("* 1 FETCH (UID 11 BODY[HEADER] {999999999999}\r\n");
                    return;
                }
                const QByteArray header = "X-Campaign-ID: gm-token\r\nSubject: Test\r\n"
                                          "Authentication-Results: mx.google.com;\r\n       spf=pass smtp.mailfrom=example.test\r\n\r\n";
                QByteArray labels;
                for (const QByteArray& l : m.labels)
                    labels += (labels.isEmpty() ? "" : " ") + (l.startsWith('^') ? '"' + l + '"' : l);
                s->write("* " + QByteArray::number(seq) + " FETCH (X-GM-LABELS (" + labels + ") UID "
                         + QByteArray::number(m.uid)
                         + " FLAGS () INTERNALDATE \"27-Nov-2026 10:00:05 +0000\" BODYSTRUCTURE (\"TEXT\" \"PLAIN\" "
                           "(\"CHARSET\" \"UTF-8\") NIL NIL \"7BIT\" 4 1 NIL NIL NIL NIL) BODY[HEADER] {"
                         + QByteArray::number(header.size()) + "}\r\n" + header + ")\r\n");
            }
            s->write(tag + " OK Success\r\n");
        } else if (verb == "LOGOUT") {
            s->write("* BYE LOGOUT Requested\r\n" + tag + " OK 73 good day (Success)\r\n");
            s->disconnectFromHost();
        } else {
            s->write(tag + " BAD Unknown command\r\n");
        }
    }

    Mode m_mode;
    QTcpServer m_server;
    struct Connection
    {
        QByteArray buffer;
        QByteArray user;      ///< per connection: seeds are polled concurrently
        QByteArray mailbox;
    };
    QHash<QTcpSocket*, Connection> m_state;
    QHash<QByteArray, QHash<QByteArray, QList<FakeMessage>>> m_boxes;
};

Seed gmailSeed(const QString& address, quint16 port)
{
    Seed seed;
    seed.provider = QStringLiteral("Gmail");
    seed.address = address;
    seed.host = QStringLiteral("127.0.0.1");
    seed.port = port;
    seed.tls = TlsMode::None;   // the scripted peer speaks plain TCP on loopback
    return seed;
}

PollOptions gmailOptions()
{
    PollOptions options;
    options.token = "gm-token";
    options.connectTimeoutMs = 5000;
    options.commandTimeoutMs = 5000;
    return options;
}

SeedResult pollOnce(const Seed& seed, const QString& password, PollOptions options = gmailOptions())
{
    SeedPoll poll(seed, password, options);
    QSignalSpy done(&poll, &SeedPoll::finished);
    poll.start();
    if (!poll.isFinished())
        done.wait(20000);
    return poll.result();
}

} // namespace

class TestImapScripted : public QObject
{
    Q_OBJECT

private slots:
    void gmailCategories_data();
    void gmailCategories();
    void gmailRunMatrix();
    void gmailLabelForms_data();
    void gmailLabelForms();
    void wrongPassword();
    void failures_data();
    void failures();
    void unreachable();
};

void TestImapScripted::gmailCategories_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("placement");
    QTest::addColumn<QString>("folder");
    QTest::newRow("promotions via X-GM-RAW") << QStringLiteral("promo@gmail.test") << QStringLiteral("tab:Promotions")
                                             << QStringLiteral("INBOX");
    QTest::newRow("social via label") << QStringLiteral("social@gmail.test") << QStringLiteral("tab:Social")
                                      << QStringLiteral("INBOX");
    QTest::newRow("primary") << QStringLiteral("primary@gmail.test") << QStringLiteral("inbox") << QStringLiteral("INBOX");
    QTest::newRow("spam folder by \\Junk") << QStringLiteral("spam@gmail.test") << QStringLiteral("spam")
                                           << QStringLiteral("[Gmail]/Spam");
}

void TestImapScripted::gmailCategories()
{
    QFETCH(QString, address);
    QFETCH(QString, placement);
    QFETCH(QString, folder);
    ScriptedPeer peer(ScriptedPeer::Mode::Gmail);
    const SeedResult result = pollOnce(gmailSeed(address, peer.port()), QStringLiteral("app-password"));
    QCOMPARE(result.placementText(), placement);
    QCOMPARE(result.folder, folder);
    QCOMPARE(result.copies.size(), 1);
    QCOMPARE(result.arrival, QDateTime(QDate(2026, 11, 27), QTime(10, 0, 5), Qt::UTC));
    QCOMPARE(result.copies.first().authResults.size(), 1);
    QCOMPARE(result.copies.first().authResults.first().authservId, QByteArray("mx.google.com"));
    // read-only: EXAMINE, BODY.PEEK, X-GM-LABELS requested; never SELECT/STORE
    bool fetchedLabels = false;
    for (const QByteArray& command : std::as_const(peer.commands)) {
        QVERIFY2(!command.startsWith("SELECT") && !command.contains("STORE") && !command.contains("EXPUNGE"), command.constData());
        if (command.startsWith("UID FETCH")) {
            QVERIFY(command.contains("BODY.PEEK[HEADER]"));
            fetchedLabels = command.contains("X-GM-LABELS");
        }
    }
    QVERIFY(fetchedLabels);
    // the password never reaches the transcript
    for (const TranscriptEntry& e : result.transcript) {
        QVERIFY(!e.line.contains(QByteArray("app-password").toBase64()));
        QVERIFY(!e.line.contains("app-password"));
    }
}

void TestImapScripted::gmailRunMatrix()
{
    ScriptedPeer peer(ScriptedPeer::Mode::Gmail);
    SeedList list;
    for (const char* a : {"promo@gmail.test", "social@gmail.test", "primary@gmail.test", "spam@gmail.test"})
        list.seeds.append(gmailSeed(QLatin1String(a), peer.port()));
    MapPasswordProvider passwords;
    for (const Seed& s : std::as_const(list.seeds))
        passwords.passwords.insert(s.address, QStringLiteral("app-password"));
    PlacementRun::Options options;
    options.poll = gmailOptions();
    options.startTime = QDateTime(QDate(2026, 11, 27), QTime(10, 0, 0), Qt::UTC);
    PlacementRun run(list, options, &passwords);
    QSignalSpy finished(&run, &PlacementRun::finished);
    run.start();
    QVERIFY(finished.wait(30000) || run.isFinished());
    const PlacementSummary summary = PlacementSummary::fromResults(run.results());
    QCOMPARE(summary.rows.size(), 1);
    QCOMPARE(summary.rows.first().inbox, 1);
    QCOMPARE(summary.rows.first().tab, 2);
    QCOMPARE(summary.rows.first().spam, 1);
    QCOMPARE(summary.rows.first().missing, 0);
    QCOMPARE(summary.rows.first().error, 0);
    QCOMPARE(summary.rows.first().tabs.value(QStringLiteral("Promotions")), 1);
    QCOMPARE(summary.rows.first().tabs.value(QStringLiteral("Social")), 1);
    for (const SeedResult& r : run.results())
        QCOMPARE(r.delaySeconds.value_or(-1), qint64(5));
}

void TestImapScripted::gmailLabelForms_data()
{
    QTest::addColumn<QList<QByteArray>>("labels");
    QTest::addColumn<QString>("category");
    QTest::newRow("none") << QList<QByteArray>{"\\Inbox", "\\Important"} << QString();
    QTest::newRow("api name") << QList<QByteArray>{"\\Inbox", "CATEGORY_PROMOTIONS"} << QStringLiteral("Promotions");
    QTest::newRow("smartlabel promo") << QList<QByteArray>{"^smartlabel_promo"} << QStringLiteral("Promotions");
    QTest::newRow("smartlabel notification") << QList<QByteArray>{"^smartlabel_notification"} << QStringLiteral("Updates");
    QTest::newRow("backslash form") << QList<QByteArray>{"\\CATEGORY_SOCIAL"} << QStringLiteral("Social");
    QTest::newRow("forums") << QList<QByteArray>{"^smartlabel_group"} << QStringLiteral("Forums");
    QTest::newRow("personal is primary") << QList<QByteArray>{"CATEGORY_PERSONAL"} << QString();
    QTest::newRow("user label named Promotions is not a category") << QList<QByteArray>{"Promotions"} << QString();
}

void TestImapScripted::gmailLabelForms()
{
    QFETCH(QList<QByteArray>, labels);
    QFETCH(QString, category);
    QCOMPARE(gmailCategoryFromLabels(labels), category);
}

void TestImapScripted::wrongPassword()
{
    ScriptedPeer peer(ScriptedPeer::Mode::Gmail);
    const SeedResult result = pollOnce(gmailSeed(QStringLiteral("promo@gmail.test"), peer.port()), QStringLiteral("wrong"));
    QCOMPARE(result.placementText(), QStringLiteral("error"));
    QCOMPARE(result.errorKind, QStringLiteral("auth"));
    QVERIFY2(result.error.contains(QLatin1String("Invalid credentials")), qPrintable(result.error));
}

void TestImapScripted::failures_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("kind");
    QTest::newRow("silent server: timeout") << int(ScriptedPeer::Mode::HangAfterGreeting) << QStringLiteral("timeout");
    QTest::newRow("hang mid-session: timeout") << int(ScriptedPeer::Mode::HangOnSearch) << QStringLiteral("timeout");
    QTest::newRow("bye greeting") << int(ScriptedPeer::Mode::ByeGreeting) << QStringLiteral("connection-lost");
    QTest::newRow("huge literal: protocol") << int(ScriptedPeer::Mode::HugeLiteral) << QStringLiteral("protocol");
}

void TestImapScripted::failures()
{
    QFETCH(int, mode);
    QFETCH(QString, kind);
    ScriptedPeer peer(static_cast<ScriptedPeer::Mode>(mode));
    PollOptions options = gmailOptions();
    options.connectTimeoutMs = 700;
    options.commandTimeoutMs = 700;
    QElapsedTimer timer;
    timer.start();
    const SeedResult result = pollOnce(gmailSeed(QStringLiteral("promo@gmail.test"), peer.port()),
                                       QStringLiteral("app-password"), options);
    QCOMPARE(result.placementText(), QStringLiteral("error"));
    QCOMPARE(result.errorKind, kind);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(timer.elapsed() < 10000);
}

void TestImapScripted::unreachable()
{
    // a port nobody listens on: bind, remember, close
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    const SeedResult result = pollOnce(gmailSeed(QStringLiteral("promo@gmail.test"), port), QStringLiteral("x"));
    QCOMPARE(result.placementText(), QStringLiteral("error"));
    QCOMPARE(result.errorKind, QStringLiteral("unreachable"));
}

QTEST_GUILESS_MAIN(TestImapScripted)
#include "tst_imapscripted.moc"
