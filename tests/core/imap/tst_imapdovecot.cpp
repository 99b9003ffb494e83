// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestServers.h"
#include "imap/ImapSession.h"
#include "imap/ImapTasks.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Deliverbench::Imap;

/*
 * The IMAP client against the real Dovecot 2.3 of the test_servers fixture: STARTTLS and
 * implicit TLS with the per-run certificate (trusted through the extra CA, refused without it),
 * AUTHENTICATE PLAIN and LOGIN, wrong password, LIST with SPECIAL-USE, EXAMINE read-only,
 * UID SEARCH HEADER / SUBJECT, UID FETCH BODY.PEEK[HEADER] — and \Seen untouched afterwards
 * (checked with doveadm, not with our client). The test delivers its own copy with doveadm
 * under a token unique to this run, into the user placement4 (seed1..3 stay untouched).
 */

namespace {

constexpr auto kUser = "placement4";
constexpr auto kPassword = "placement4-pass";

struct Fixture
{
    QHash<QString, QString> env;
    QByteArray token;

    QByteArray doveadm(const QStringList& args, const QByteArray& input = {}, int* status = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral("doveadm"), QStringList{QStringLiteral("-c"), env.value(QStringLiteral("DOVECOT_CONF"))} + args);
        p.waitForStarted(10000);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        if (status)
            *status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    QList<QSslCertificate> ca() const
    {
        return QSslCertificate::fromPath(env.value(QStringLiteral("TLS_CERT")));
    }

    ConnectionSettings settings(TlsMode mode, bool withCa) const
    {
        ConnectionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = quint16(env.value(mode == TlsMode::Implicit ? QStringLiteral("IMAPS_PORT") : QStringLiteral("IMAP_PORT")).toUInt());
        s.tls = mode;
        if (withCa)
            s.extraCaCertificates = ca();
        s.connectTimeoutMs = 10000;
        s.commandTimeoutMs = 10000;
        return s;
    }
};

/** @short Runs one task on the session and waits; returns true when it completed. */
bool runTask(ImapSession& session, ImapTask* task, ImapError* error = nullptr)
{
    bool done = false;
    bool ok = false;
    QObject::connect(task, &ImapTask::completed, [&] {
        done = true;
        ok = true;
    });
    QObject::connect(task, &ImapTask::failed, [&](const ImapError& e) {
        done = true;
        if (error)
            *error = e;
    });
    session.enqueue(task);
    (void)QTest::qWaitFor([&] { return done; }, 20000);
    return ok;
}

bool openSession(ImapSession& session, ImapError* error)
{
    QSignalSpy opened(&session, &ImapSession::opened);
    QSignalSpy failed(&session, &ImapSession::failed);
    session.open();
    (void)QTest::qWaitFor([&] { return opened.count() + failed.count() > 0; }, 20000);
    if (!failed.isEmpty() && error)
        *error = failed.first().first().value<ImapError>();
    return !opened.isEmpty();
}

} // namespace

class TestImapDovecot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pollReadOnly_data();
    void pollReadOnly();
    void certificateNotTrusted_data();
    void certificateNotTrusted();
    void wrongPassword_data();
    void wrongPassword();

private:
    Fixture m_f;
};

void TestImapDovecot::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_f.env = *env;
    m_f.token = "imap-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray message = "From: Sender <sender@example.test>\r\nTo: placement4@example.test\r\n"
                               "Subject: Campaign [" + m_f.token + "] hello\r\n"
                               "Date: Fri, 27 Nov 2026 19:00:00 +0000\r\nMessage-ID: <" + m_f.token + "@example.test>\r\n"
                               "X-Campaign-ID: " + m_f.token + "\r\n"
                               "Authentication-Results: mx.example.test; spf=pass smtp.mailfrom=example.test\r\n"
                               "Received: from out.example.test (out.example.test [192.0.2.25]) by mx.example.test "
                               "with ESMTPS id abc; Fri, 27 Nov 2026 19:00:02 +0000\r\n\r\nbody\r\n";
    int status = -1;
    const QByteArray out = m_f.doveadm({QStringLiteral("save"), QStringLiteral("-u"), QLatin1String(kUser)}, message, &status);
    QVERIFY2(status == 0, out.constData());
}

void TestImapDovecot::pollReadOnly_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("preferLogin");
    QTest::addColumn<bool>("bySubject");
    QTest::newRow("starttls, AUTHENTICATE PLAIN, header search") << int(TlsMode::StartTls) << false << false;
    QTest::newRow("imaps, AUTHENTICATE PLAIN, header search") << int(TlsMode::Implicit) << false << false;
    QTest::newRow("imaps, LOGIN, subject search") << int(TlsMode::Implicit) << true << true;
}

void TestImapDovecot::pollReadOnly()
{
    QFETCH(int, mode);
    QFETCH(bool, preferLogin);
    QFETCH(bool, bySubject);
    ImapSession session(m_f.settings(static_cast<TlsMode>(mode), true));
    ImapError error;
    QVERIFY2(openSession(session, &error), qPrintable(error.message));
    QVERIFY(session.isEncrypted());
    QVERIFY(session.hasCapability("IMAP4rev1"));
    QVERIFY(!session.hasCapability("STARTTLS") || mode == int(TlsMode::Implicit));

    auto* login = new LoginTask(QLatin1String(kUser), QLatin1String(kPassword));
    login->setPreferLogin(preferLogin);
    QByteArray mechanism;
    QObject::connect(login, &ImapTask::completed, [&] { mechanism = login->mechanism(); });
    QVERIFY2(runTask(session, login, &error), qPrintable(error.message));
    QCOMPARE(mechanism, preferLogin ? QByteArray("LOGIN") : QByteArray("PLAIN"));

    QVERIFY(runTask(session, new CapabilityTask()));
    QVERIFY(session.hasCapability("SPECIAL-USE"));
    auto* list = new ListTask();
    QList<MailboxInfo> boxes;
    QObject::connect(list, &ImapTask::completed, [&] { boxes = list->mailboxes(); });
    QVERIFY(runTask(session, list));
    bool junk = false;
    bool inbox = false;
    for (const MailboxInfo& m : boxes) {
        if (m.displayName == QLatin1String("Junk")) {
            junk = true;
            QVERIFY(m.hasAttribute("\\Junk"));   // RFC 6154 attribute from Dovecot's special_use
        }
        inbox = inbox || m.name == "INBOX";
    }
    QVERIFY(junk && inbox);

    auto* examine = new ExamineTask("INBOX");
    bool readOnly = false;
    quint64 exists = 0;
    QObject::connect(examine, &ImapTask::completed, [&] {
        readOnly = examine->readOnly();
        exists = examine->exists();
    });
    QVERIFY(runTask(session, examine));
    QVERIFY(readOnly);
    QVERIFY(exists >= 1);

    auto* search = new UidSearchTask(bySubject ? UidSearchTask::subjectCriteria(m_f.token)
                                               : UidSearchTask::headerCriteria("X-Campaign-ID", m_f.token));
    QList<quint32> uids;
    QObject::connect(search, &ImapTask::completed, [&] { uids = search->uids(); });
    QVERIFY(runTask(session, search));
    QCOMPARE(uids.size(), 1);

    auto* fetch = new UidFetchTask(uids, false);
    QList<FetchedMessage> messages;
    QObject::connect(fetch, &ImapTask::completed, [&] { messages = fetch->messages(); });
    QVERIFY(runTask(session, fetch));
    QCOMPARE(messages.size(), 1);
    const FetchedMessage& m = messages.first();
    QCOMPARE(m.uid, uids.first());
    QVERIFY(m.header.contains(QByteArray("X-Campaign-ID: " + m_f.token + "\r\n")));
    QVERIFY(m.header.endsWith("\r\n\r\n"));
    QVERIFY(!m.header.contains("body"));
    QVERIFY(m.internalDate.isValid());
    QCOMPARE(m.bodyStructure.type, Value::Type::List);
    QVERIFY(!m.flags.contains("\\Seen"));

    QVERIFY(runTask(session, new LogoutTask()));

    // credentials never in the transcript
    bool sawRedacted = false;
    for (const TranscriptEntry& e : session.transcript()) {
        QVERIFY2(!e.line.contains(kPassword), e.line.constData());
        QVERIFY(!e.line.contains(QByteArray(QByteArray("\0placement4\0", 12) + kPassword).toBase64()));
        sawRedacted = sawRedacted || e.line.contains("<redacted>");
    }
    QVERIFY(sawRedacted);

    // independent check with doveadm: \Seen is still unset
    const QByteArray flags = m_f.doveadm({QStringLiteral("fetch"), QStringLiteral("-u"), QLatin1String(kUser),
                                          QStringLiteral("flags"), QStringLiteral("mailbox"), QStringLiteral("INBOX"),
                                          QStringLiteral("header"), QStringLiteral("X-Campaign-ID"), QString::fromLatin1(m_f.token)});
    QVERIFY2(flags.startsWith("flags:"), flags.constData());
    QVERIFY2(!flags.contains("\\Seen"), flags.constData());
}

void TestImapDovecot::certificateNotTrusted_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("starttls") << int(TlsMode::StartTls);
    QTest::newRow("imaps") << int(TlsMode::Implicit);
}

void TestImapDovecot::certificateNotTrusted()
{
    QFETCH(int, mode);
    ImapSession session(m_f.settings(static_cast<TlsMode>(mode), false));
    ImapError error;
    QVERIFY(!openSession(session, &error));
    QCOMPARE(int(error.kind), int(ImapError::Kind::TlsFailed));
    QVERIFY2(error.message.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(error.message));
}

void TestImapDovecot::wrongPassword_data()
{
    QTest::addColumn<bool>("preferLogin");
    QTest::newRow("AUTHENTICATE PLAIN") << false;
    QTest::newRow("LOGIN") << true;
}

void TestImapDovecot::wrongPassword()
{
    QFETCH(bool, preferLogin);
    ImapSession session(m_f.settings(TlsMode::StartTls, true));
    ImapError error;
    QVERIFY2(openSession(session, &error), qPrintable(error.message));
    auto* login = new LoginTask(QLatin1String(kUser), QStringLiteral("not-the-password"));
    login->setPreferLogin(preferLogin);
    QVERIFY(!runTask(session, login, &error));
    QCOMPARE(int(error.kind), int(ImapError::Kind::AuthenticationFailed));
    QVERIFY2(error.message.contains(QLatin1String("Authentication failed")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imapdovecot.moc"
