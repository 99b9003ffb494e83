// SPDX-License-Identifier: GPL-3.0-or-later
// The message-level verdict (core/auth/MessageAuth) against the real BIND of the test_servers
// fixture: zone auth.test (SPF, DMARC p=reject, DKIM keys s2048/s1024/s512) and the messages in
// tests/data/auth/, DKIM-signed by dkimpy (tests/data/auth/make_messages.py).
#include "TestServers.h"
#include "auth/MessageAuth.h"
#include "auth/dkim/KeyFetcher.h"
#include "auth/spf/DnsSource.h"
#include "dns/Resolver.h"
#include "message/Message.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

namespace {

Mail::Message load(const QString& name)
{
    QFile f(QStringLiteral(PROJECT_SOURCE_DIR "/tests/data/auth/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Mail::parseMessage(Mail::RawData::fromBytes(f.readAll()));
}

QByteArray dkimTokens(const QList<DkimSignatureResult>& results)
{
    QList<QByteArray> t;
    for (const DkimSignatureResult& r : results)
        t << dkimResultToken(r.result);
    return t.join(',');
}

bool hasCode(const Findings& findings, QByteArrayView code)
{
    for (const Finding& f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

} // namespace

class tst_MessageAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionFromReceived();
    void verdicts_data();
    void verdicts();
    void trustedForwarderDisagrees();
    void asynchronousAndCancellable();
    void jsonShape();
    void memorySources();

private:
    Dns::ResolverOptions options() const;
    QHash<QString, QString> m_env;
};

void tst_MessageAuth::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
}

Dns::ResolverOptions tst_MessageAuth::options() const
{
    Dns::ResolverOptions o;
    o.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    o.timeoutMs = 2000;
    return o;
}

void tst_MessageAuth::connectionFromReceived()
{
    // aligned.eml: the topmost Received is the receiver's LMTP delivery from 127.0.0.1 (skipped);
    // the second names mail.example.test [192.0.2.25].
    const Mail::Message m = load(QStringLiteral("aligned.eml"));
    QVERIFY(m.root);
    ConnectionInfo c = determineConnection(m, {});
    QCOMPARE(c.ip, QHostAddress(QStringLiteral("192.0.2.25")));
    QCOMPARE(c.helo, QByteArray("mail.example.test"));
    QCOMPARE(c.mailFrom, QByteArray("bounce@auth.test"));
    QCOMPARE(c.hopIndex, 1);
    QCOMPARE(c.hopCount, 2);
    QCOMPARE(c.receivedBy, QByteArray("mx.receiver.test"));
    QVERIFY(c.receivedTls);
    QCOMPARE(c.ipSource, QByteArray("received"));
    QCOMPARE(c.mailFromSource, QByteArray("return-path"));
    QVERIFY2(c.explanation.contains(QStringLiteral("Received field 2")), qPrintable(c.explanation));

    // overrides win, and say so
    MessageAuthOptions o;
    o.ip = QHostAddress(QStringLiteral("192.0.2.99"));
    o.helo = QByteArray("other.example");
    o.mailFrom = QByteArray("<>");
    c = determineConnection(m, o);
    QCOMPARE(c.ip, QHostAddress(QStringLiteral("192.0.2.99")));
    QCOMPARE(c.helo, QByteArray("other.example"));
    QVERIFY(c.mailFromKnown);
    QVERIFY(c.mailFrom.isEmpty());
    QCOMPARE(c.ipSource, QByteArray("override"));
    QCOMPARE(c.heloSource, QByteArray("override"));
    QCOMPARE(c.mailFromSource, QByteArray("override"));

    // no Received, no Return-Path: nothing known
    const Mail::Message bare = Mail::parseMessage(Mail::RawData::fromBytes("From: a@b.test\r\nSubject: x\r\n\r\nbody\r\n"));
    c = determineConnection(bare, {});
    QVERIFY(!c.hasIp());
    QVERIFY(!c.mailFromKnown);
    QCOMPARE(c.hopIndex, -1);
}

void tst_MessageAuth::verdicts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("helo");
    QTest::addColumn<QString>("mailFrom");
    QTest::addColumn<QByteArray>("spf");
    QTest::addColumn<QByteArray>("spfIdentity");
    QTest::addColumn<QByteArray>("spfDomain");
    QTest::addColumn<QByteArray>("dkim");
    QTest::addColumn<QByteArray>("dmarc");
    QTest::addColumn<QByteArray>("disposition");
    QTest::addColumn<QByteArray>("expectCode");

    QTest::newRow("aligned pass") << "aligned.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom")
                                  << QByteArray("auth.test") << QByteArray("pass") << QByteArray("pass") << QByteArray("none")
                                  << QByteArray("AUTH.AR_AGREE");
    QTest::newRow("SPF only") << "spf-only.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom") << QByteArray("auth.test")
                              << QByteArray("") << QByteArray("pass") << QByteArray("none") << QByteArray("DKIM.NONE");
    QTest::newRow("DKIM only") << "dkim-only.eml" << "" << "" << "" << QByteArray("fail") << QByteArray("mailfrom") << QByteArray("auth.test")
                               << QByteArray("pass") << QByteArray("pass") << QByteArray("none") << QByteArray("SPF.EVAL_FAIL");
    QTest::newRow("forwarded, footer appended")
        << "forwarded.eml" << "" << "" << "" << QByteArray("fail") << QByteArray("mailfrom") << QByteArray("auth.test") << QByteArray("fail")
        << QByteArray("fail") << QByteArray("reject") << QByteArray("DKIM.BODY_HASH_MISMATCH");
    QTest::newRow("multiple From") << "multiple-from.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom")
                                   << QByteArray("auth.test") << QByteArray("") << QByteArray("permerror") << QByteArray("none")
                                   << QByteArray("DMARC.EVAL_MULTIPLE_FROM");
    QTest::newRow("null sender: HELO identity") << "null-sender.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("helo")
                                                << QByteArray("mail.auth.test") << QByteArray("") << QByteArray("pass")
                                                << QByteArray("none") << QByteArray("SPF.EVAL_PASS");
    QTest::newRow("override: IP not authorised") << "aligned.eml" << "192.0.2.99" << "" << "" << QByteArray("fail") << QByteArray("mailfrom")
                                                 << QByteArray("auth.test") << QByteArray("pass") << QByteArray("pass")
                                                 << QByteArray("none") << QByteArray("SPF.EVAL_FAIL");
    QTest::newRow("override: null sender and HELO") << "spf-only.eml" << "" << "mail.auth.test" << "<>" << QByteArray("pass")
                                                    << QByteArray("helo") << QByteArray("mail.auth.test") << QByteArray("")
                                                    << QByteArray("pass") << QByteArray("none") << QByteArray("SPF.EVAL_PASS");
    QTest::newRow("override: IP makes DMARC fail") << "spf-only.eml" << "192.0.2.26" << "" << "" << QByteArray("fail")
                                                   << QByteArray("mailfrom") << QByteArray("auth.test") << QByteArray("")
                                                   << QByteArray("fail") << QByteArray("reject") << QByteArray("DMARC.EVAL_FAIL");
    QTest::newRow("512-bit key") << "small-key.eml" << "" << "" << "" << QByteArray("pass") << QByteArray("mailfrom") << QByteArray("auth.test")
                                 << QByteArray("permerror") << QByteArray("pass") << QByteArray("none") << QByteArray("DKIM.KEY_TOO_SHORT");
}

void tst_MessageAuth::verdicts()
{
    QFETCH(QString, file);
    QFETCH(QString, ip);
    QFETCH(QString, helo);
    QFETCH(QString, mailFrom);
    QFETCH(QByteArray, spf);
    QFETCH(QByteArray, spfIdentity);
    QFETCH(QByteArray, spfDomain);
    QFETCH(QByteArray, dkim);
    QFETCH(QByteArray, dmarc);
    QFETCH(QByteArray, disposition);
    QFETCH(QByteArray, expectCode);

    const Mail::Message m = load(file);
    QVERIFY(m.root);
    MessageAuthOptions o;
    if (!ip.isEmpty())
        o.ip = QHostAddress(ip);
    if (!helo.isEmpty())
        o.helo = helo.toUtf8();
    if (!mailFrom.isEmpty())
        o.mailFrom = mailFrom.toUtf8();
    Dns::Resolver resolver(options());
    QVERIFY(resolver.isValid());
    const MessageAuthResult r = MessageAuth::runBlocking(m, resolver, o);

    QVERIFY(r.spfEvaluated);
    QCOMPARE(spfResultToken(r.spf.result), spf);
    QCOMPARE(r.spf.identity, spfIdentity);
    QCOMPARE(r.spf.domain, spfDomain);
    QCOMPARE(dkimTokens(r.dkim), dkim);
    QCOMPARE(dmarcResultToken(r.dmarc.result), dmarc);
    QCOMPARE(r.dmarc.disposition, disposition);
    const Findings findings = r.findings();
    QVERIFY2(hasCode(findings, expectCode), expectCode.constData());
    QVERIFY(hasCode(findings, "AUTH.CONNECTION"));

    if (file == QStringLiteral("forwarded.eml")) {
        QCOMPARE(r.dkim.first().reason, QByteArray("DKIM.BODY_HASH_MISMATCH"));
        QVERIFY(r.dkim.first().diagnosis);
        QCOMPARE(r.dkim.first().diagnosis->pattern, QByteArray("appended-content"));
        QCOMPARE(r.connection.ip, QHostAddress(QStringLiteral("192.0.2.27")));
        QCOMPARE(worstSeverity(findings), Severity::Error);
    }
    if (file == QStringLiteral("aligned.eml") && ip.isEmpty()) {
        QVERIFY(r.dmarc.spfAligned);
        QVERIFY(r.dmarc.dkimAligned);
        QCOMPARE(r.reverseDns.confirmedName, QByteArray("mail.example.test"));
        QVERIFY(worstSeverity(findings) < Severity::Error);
    }
}

void tst_MessageAuth::trustedForwarderDisagrees()
{
    const Mail::Message m = load(QStringLiteral("forwarded.eml"));
    Dns::Resolver resolver(options());

    // default: the topmost receiver (mx.receiver.test) is trusted, and it agrees with us
    MessageAuthResult r = MessageAuth::runBlocking(m, resolver, {});
    QCOMPARE(r.trust.seen, (QList<QByteArray>{"mx.receiver.test", "mx.forwarder.test"}));
    QCOMPARE(r.trust.trusted, (QList<QByteArray>{"mx.receiver.test"}));
    QVERIFY(r.trust.defaulted);
    Findings f = r.findings();
    QVERIFY(hasCode(f, "AUTH.AR_AGREE"));
    QVERIFY(!hasCode(f, "AUTH.AR_DISAGREE"));
    QVERIFY(hasCode(f, "AUTH.AR_UNTRUSTED_DISAGREE"));

    // trusting the forwarder: its passes disagree, explained
    MessageAuthOptions o;
    o.trustedAuthservIds = {"MX.Forwarder.Test"};
    r = MessageAuth::runBlocking(m, resolver, o);
    QCOMPARE(r.trust.trusted, (QList<QByteArray>{"mx.forwarder.test"}));
    f = r.findings();
    QStringList details;
    for (const Finding& x : f) {
        if (x.code == "AUTH.AR_DISAGREE")
            details << x.detail;
    }
    QCOMPARE(details.size(), 3); // spf, dkim, dmarc
    QVERIFY2(details.at(1).startsWith(QStringLiteral("mx.forwarder.test said dkim=pass for d=auth.test; it fails now: the body changed after that hop")),
             qPrintable(details.at(1)));
}

void tst_MessageAuth::asynchronousAndCancellable()
{
    const Mail::Message m = load(QStringLiteral("aligned.eml"));
    Dns::Resolver resolver(options());
    // delivered from the event loop, exactly once
    auto context = std::make_unique<QObject>();
    int calls = 0;
    MessageAuth::run(m, resolver, {}, context.get(), [&](const MessageAuthResult& r) {
        ++calls;
        QCOMPARE(dmarcResultToken(r.dmarc.result), QByteArray("pass"));
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    QTest::qWait(100);
    QCOMPARE(calls, 1);

    // deleting the context cancels: nothing is delivered
    auto doomed = std::make_unique<QObject>();
    int cancelledCalls = 0;
    MessageAuth::run(m, resolver, {}, doomed.get(), [&](const MessageAuthResult&) { ++cancelledCalls; });
    doomed.reset();
    QTest::qWait(1500);
    QCOMPARE(cancelledCalls, 0);
}

void tst_MessageAuth::jsonShape()
{
    const Mail::Message m = load(QStringLiteral("aligned.eml"));
    Dns::Resolver resolver(options());
    const QJsonObject j = MessageAuth::runBlocking(m, resolver, {}).toJson();
    // DESIGN.md "auth" shape
    const QJsonObject spf = j.value(QStringLiteral("spf")).toObject();
    QCOMPARE(spf.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(spf.value(QStringLiteral("domain")).toString(), QStringLiteral("auth.test"));
    QVERIFY(spf.value(QStringLiteral("trace")).isArray());
    const QJsonArray dkim = j.value(QStringLiteral("dkim")).toArray();
    QCOMPARE(dkim.size(), 1);
    const QJsonObject d = dkim.first().toObject();
    QCOMPARE(d.value(QStringLiteral("domain")).toString(), QStringLiteral("auth.test"));
    QCOMPARE(d.value(QStringLiteral("selector")).toString(), QStringLiteral("s2048"));
    QCOMPARE(d.value(QStringLiteral("algorithm")).toString(), QStringLiteral("rsa-sha256"));
    QCOMPARE(d.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("DKIM.PASS"));
    const QJsonObject dmarc = j.value(QStringLiteral("dmarc")).toObject();
    QCOMPARE(dmarc.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(dmarc.value(QStringLiteral("policy")).toString(), QStringLiteral("reject"));
    QCOMPARE(dmarc.value(QStringLiteral("disposition")).toString(), QStringLiteral("none"));
    QCOMPARE(dmarc.value(QStringLiteral("alignment")).toObject().value(QStringLiteral("spf")).toString(), QStringLiteral("pass"));
    QCOMPARE(dmarc.value(QStringLiteral("alignment")).toObject().value(QStringLiteral("dkim")).toString(), QStringLiteral("pass"));
    const QJsonObject arc = j.value(QStringLiteral("arc")).toObject();
    QCOMPARE(arc.value(QStringLiteral("result")).toString(), QStringLiteral("none"));
    QVERIFY(arc.value(QStringLiteral("chain")).isArray());
    QVERIFY(j.value(QStringLiteral("findings")).isArray());
    QCOMPARE(j.value(QStringLiteral("connection")).toObject().value(QStringLiteral("ip")).toString(), QStringLiteral("192.0.2.25"));
    QCOMPARE(j.value(QStringLiteral("scorecard")).toObject().value(QStringLiteral("rows")).toArray().size(), 10);
}

void tst_MessageAuth::memorySources()
{
    // the same verdict from an in-memory zone (what-if, GUI tests): no BIND involved
    MemoryDnsSource dns;
    auto txt = [&](const QByteArray& name, const QByteArray& text) {
        Dns::Record r;
        r.type = Dns::RecordType::TXT;
        r.name = name;
        r.text = text;
        r.strings = {text};
        dns.addRecord(r);
    };
    txt("auth.test", "v=spf1 ip4:192.0.2.25 -all");
    txt("_dmarc.auth.test", "v=DMARC1; p=quarantine");
    Dns::Record ptr;
    ptr.type = Dns::RecordType::PTR;
    ptr.name = "25.2.0.192.in-addr.arpa";
    ptr.target = "mail.example.test";
    dns.addRecord(ptr);
    Dns::Record a;
    a.type = Dns::RecordType::A;
    a.name = "mail.example.test";
    a.address = QHostAddress(QStringLiteral("192.0.2.25"));
    dns.addRecord(a);
    MemoryKeyFetcher keys;
    MessageAuthSources sources;
    sources.dns = &dns;
    sources.keys = &keys;

    const Mail::Message m = load(QStringLiteral("spf-only.eml"));
    QObject context;
    std::optional<MessageAuthResult> got;
    MessageAuth::run(m, sources, {}, &context, [&](const MessageAuthResult& r) { got = r; });
    QVERIFY(!got); // never from inside run()
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
    QCOMPARE(spfResultToken(got->spf.result), QByteArray("pass"));
    QCOMPARE(dmarcResultToken(got->dmarc.result), QByteArray("pass"));
    QCOMPARE(got->dmarc.appliedPolicy, DmarcPolicy::Quarantine);
    QCOMPARE(got->reverseDns.confirmedName, QByteArray("mail.example.test"));
    QCOMPARE(got->scorecard.row("fcrdns")->status, ScoreStatus::Pass);

    // no sources at all: nothing evaluated, still one asynchronous delivery
    std::optional<MessageAuthResult> none;
    MessageAuth::run(m, MessageAuthSources{}, {}, &context, [&](const MessageAuthResult& r) { none = r; });
    QVERIFY(!none);
    QTRY_VERIFY_WITH_TIMEOUT(none.has_value(), 5000);
    QVERIFY(!none->spfEvaluated);
    QCOMPARE(dmarcResultToken(none->dmarc.result), QByteArray("temperror"));
}

QTEST_GUILESS_MAIN(tst_MessageAuth)
#include "tst_messageauth.moc"
