// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk-sender scorecard (core/auth/Scorecard): every row pass and fail with a known answer.
// Rows are first built from hand-made verdicts (one change from an all-pass baseline per data row),
// then from the messages of tests/data/auth/ (facts read from the message) and, for PTR/FCrDNS,
// through MessageAuth against the real BIND of the test_servers fixture (zone 2.0.192.in-addr.arpa:
// .25 -> mail.example.test -> .25; .26 -> nomatch.example.test without A; .99 without PTR).
#include "TestServers.h"
#include "auth/MessageAuth.h"
#include "auth/Scorecard.h"
#include "dns/Resolver.h"
#include "message/Message.h"

#include <QFile>
#include <QJsonArray>
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

struct Inputs
{
    ScorecardMessageFacts facts;
    SpfEvaluation spf;
    bool spfEvaluated = true;
    QList<DkimSignatureResult> dkim;
    DmarcEvaluation dmarc;
    ReverseDnsCheck rdns;

    Scorecard build() const { return buildScorecard(facts, spf, spfEvaluated, dkim, dmarc, rdns); }
};

/** Everything a compliant bulk sender has. */
Inputs baseline()
{
    Inputs in;
    in.facts.listUnsubscribe = {"<https://auth.test/u/1>, <mailto:u@auth.test>"};
    in.facts.listUnsubscribePost = {"List-Unsubscribe=One-Click"};
    in.facts.receivingHopKnown = true;
    in.facts.receivingHopTls = true;
    in.facts.receivingHopWith = "ESMTPS";
    in.facts.receivingHopBy = "mx.receiver.test";
    in.spf.result = SpfResult::Pass;
    in.spf.identity = "mailfrom";
    in.spf.domain = "auth.test";
    in.spf.ip = QHostAddress(QStringLiteral("192.0.2.25"));
    DkimSignatureResult d;
    d.domain = "auth.test";
    d.selector = "s2048";
    d.algorithm = "rsa-sha256";
    d.result = DkimResult::Pass;
    d.keyBits = 2048;
    d.keyName = "s2048._domainkey.auth.test";
    d.signedHeaders = {"from", "to", "subject", "list-unsubscribe", "list-unsubscribe-post"};
    in.dkim = {d};
    in.dmarc.result = DmarcResult::Pass;
    in.dmarc.fromDomain = "auth.test";
    in.dmarc.policyDomain = "auth.test";
    in.dmarc.recordText = "v=DMARC1; p=reject";
    in.dmarc.dkimAligned = true;
    in.dmarc.spfAligned = true;
    in.rdns.looked = true;
    in.rdns.ip = in.spf.ip;
    in.rdns.ptrNames = {"mail.example.test"};
    in.rdns.confirmedName = "mail.example.test";
    return in;
}

void mutate(Inputs& in, const QString& change)
{
    if (change == QStringLiteral("spf softfail")) {
        in.spf.result = SpfResult::SoftFail;
    } else if (change == QStringLiteral("no connecting IP")) {
        in.spfEvaluated = false;
        in.rdns = {};
    } else if (change == QStringLiteral("dkim body hash")) {
        in.dkim[0].result = DkimResult::Fail;
    } else if (change == QStringLiteral("no dkim")) {
        in.dkim.clear();
    } else if (change == QStringLiteral("no dmarc record")) {
        in.dmarc.recordText.clear();
        in.dmarc.result = DmarcResult::None;
        in.dmarc.dkimAligned = in.dmarc.spfAligned = false;
    } else if (change == QStringLiteral("dmarc fail")) {
        in.dmarc.result = DmarcResult::Fail;
        in.dmarc.dkimAligned = in.dmarc.spfAligned = false;
    } else if (change == QStringLiteral("dmarc dns error")) {
        in.dmarc.recordText.clear();
        in.dmarc.result = DmarcResult::TempError;
    } else if (change == QStringLiteral("no ptr")) {
        in.rdns.ptrNames.clear();
        in.rdns.confirmedName.clear();
        in.rdns.ptrOutcome = "NXDOMAIN";
    } else if (change == QStringLiteral("ptr not confirmed")) {
        in.rdns.ptrNames = {"nomatch.example.test"};
        in.rdns.confirmedName.clear();
    } else if (change == QStringLiteral("ptr timeout")) {
        in.rdns.ptrNames.clear();
        in.rdns.confirmedName.clear();
        in.rdns.temporaryError = true;
    } else if (change == QStringLiteral("plain ESMTP")) {
        in.facts.receivingHopTls = false;
        in.facts.receivingHopWith = "ESMTP";
    } else if (change == QStringLiteral("no receiving hop")) {
        in.facts.receivingHopKnown = false;
    } else if (change == QStringLiteral("mailto only")) {
        in.facts.listUnsubscribe = {"<mailto:u@auth.test>"};
    } else if (change == QStringLiteral("http not https")) {
        in.facts.listUnsubscribe = {"<http://auth.test/u/1>"};
    } else if (change == QStringLiteral("post value differs")) {
        in.facts.listUnsubscribePost = {"List-Unsubscribe=one-click"};
    } else if (change == QStringLiteral("no post field")) {
        in.facts.listUnsubscribePost.clear();
    } else if (change == QStringLiteral("post not signed")) {
        in.dkim[0].signedHeaders = {"from", "to", "subject", "list-unsubscribe"};
    } else if (change == QStringLiteral("signed by failing signature")) {
        in.dkim[0].result = DkimResult::Fail;
    } else if (change == QStringLiteral("512-bit key")) {
        in.dkim[0].keyBits = 512;
        in.dkim[0].result = DkimResult::PermError;
    } else if (change == QStringLiteral("1024-bit key")) {
        in.dkim[0].keyBits = 1024;
    } else if (change == QStringLiteral("ed25519 key")) {
        in.dkim[0].algorithm = "ed25519-sha256";
        in.dkim[0].keyBits = 256;
    } else if (change == QStringLiteral("key not retrieved")) {
        in.dkim[0].keyBits = 0;
        in.dkim[0].result = DkimResult::TempError;
    } else if (change == QStringLiteral("lint error")) {
        Finding f;
        f.code = "HDR.FROM_MISSING";
        f.severity = Severity::Error;
        f.title = QStringLiteral("no From");
        in.facts.lintErrors = {f};
    } else if (!change.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("unknown change ") + change));
    }
}

} // namespace

class tst_Scorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineAllPass();
    void rows_data();
    void rows();
    void fromMessages_data();
    void fromMessages();
    void reverseDnsAgainstBind_data();
    void reverseDnsAgainstBind();
};

void tst_Scorecard::baselineAllPass()
{
    const Scorecard card = baseline().build();
    QCOMPARE(card.rows.size(), 10);
    const QList<QByteArray> ids{"spf-pass", "dkim-pass", "dmarc-record", "dmarc-aligned", "ptr", "fcrdns",
                                "tls", "one-click-unsubscribe", "dkim-key-size", "rfc5322"};
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(card.rows.at(i).id, ids.at(i));
        QVERIFY2(card.rows.at(i).status == ScoreStatus::Pass, ids.at(i).constData());
        QVERIFY(!card.rows.at(i).providers.isEmpty());
        QVERIFY(!card.rows.at(i).requirement.isEmpty());
    }
    QCOMPARE(card.count(ScoreStatus::Pass), 10);
    QVERIFY(card.findings().isEmpty());
    QCOMPARE(card.row("spf-pass")->providers, (QStringList{QStringLiteral("Gmail"), QStringLiteral("Yahoo"), QStringLiteral("Microsoft")}));
    QCOMPARE(card.row("one-click-unsubscribe")->evidence, QStringLiteral("https://auth.test/u/1; signed by d=auth.test s=s2048"));
    const QJsonObject j = card.toJson();
    QCOMPARE(j.value(QStringLiteral("pass")).toInt(), 10);
    QCOMPARE(j.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
}

void tst_Scorecard::rows_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QByteArray>("status");

    QTest::newRow("spf: pass") << "" << QByteArray("spf-pass") << QByteArray("pass");
    QTest::newRow("spf: softfail fails") << "spf softfail" << QByteArray("spf-pass") << QByteArray("fail");
    QTest::newRow("spf: no IP is unknown") << "no connecting IP" << QByteArray("spf-pass") << QByteArray("unknown");
    QTest::newRow("dkim: pass") << "" << QByteArray("dkim-pass") << QByteArray("pass");
    QTest::newRow("dkim: body hash fails") << "dkim body hash" << QByteArray("dkim-pass") << QByteArray("fail");
    QTest::newRow("dkim: unsigned fails") << "no dkim" << QByteArray("dkim-pass") << QByteArray("fail");
    QTest::newRow("dkim: key DNS error unknown") << "key not retrieved" << QByteArray("dkim-pass") << QByteArray("unknown");
    QTest::newRow("dmarc record: present") << "" << QByteArray("dmarc-record") << QByteArray("pass");
    QTest::newRow("dmarc record: missing") << "no dmarc record" << QByteArray("dmarc-record") << QByteArray("fail");
    QTest::newRow("dmarc record: DNS error") << "dmarc dns error" << QByteArray("dmarc-record") << QByteArray("unknown");
    QTest::newRow("dmarc aligned: pass") << "" << QByteArray("dmarc-aligned") << QByteArray("pass");
    QTest::newRow("dmarc aligned: fail") << "dmarc fail" << QByteArray("dmarc-aligned") << QByteArray("fail");
    QTest::newRow("dmarc aligned: no record fails") << "no dmarc record" << QByteArray("dmarc-aligned") << QByteArray("fail");
    QTest::newRow("ptr: present") << "" << QByteArray("ptr") << QByteArray("pass");
    QTest::newRow("ptr: NXDOMAIN") << "no ptr" << QByteArray("ptr") << QByteArray("fail");
    QTest::newRow("ptr: timeout unknown") << "ptr timeout" << QByteArray("ptr") << QByteArray("unknown");
    QTest::newRow("ptr: no IP unknown") << "no connecting IP" << QByteArray("ptr") << QByteArray("unknown");
    QTest::newRow("fcrdns: confirmed") << "" << QByteArray("fcrdns") << QByteArray("pass");
    QTest::newRow("fcrdns: name without A") << "ptr not confirmed" << QByteArray("fcrdns") << QByteArray("fail");
    QTest::newRow("fcrdns: no PTR") << "no ptr" << QByteArray("fcrdns") << QByteArray("fail");
    QTest::newRow("tls: ESMTPS") << "" << QByteArray("tls") << QByteArray("pass");
    QTest::newRow("tls: plain ESMTP") << "plain ESMTP" << QByteArray("tls") << QByteArray("fail");
    QTest::newRow("tls: hop unknown") << "no receiving hop" << QByteArray("tls") << QByteArray("unknown");
    QTest::newRow("one-click: complete") << "" << QByteArray("one-click-unsubscribe") << QByteArray("pass");
    QTest::newRow("one-click: mailto only") << "mailto only" << QByteArray("one-click-unsubscribe") << QByteArray("fail");
    QTest::newRow("one-click: http URI") << "http not https" << QByteArray("one-click-unsubscribe") << QByteArray("fail");
    QTest::newRow("one-click: Post value case") << "post value differs" << QByteArray("one-click-unsubscribe") << QByteArray("fail");
    QTest::newRow("one-click: no Post") << "no post field" << QByteArray("one-click-unsubscribe") << QByteArray("fail");
    QTest::newRow("one-click: Post not in h=") << "post not signed" << QByteArray("one-click-unsubscribe") << QByteArray("fail");
    QTest::newRow("one-click: signature fails") << "signed by failing signature" << QByteArray("one-click-unsubscribe") << QByteArray("fail");
    QTest::newRow("key size: 2048") << "" << QByteArray("dkim-key-size") << QByteArray("pass");
    QTest::newRow("key size: 1024") << "1024-bit key" << QByteArray("dkim-key-size") << QByteArray("pass");
    QTest::newRow("key size: ed25519") << "ed25519 key" << QByteArray("dkim-key-size") << QByteArray("pass");
    QTest::newRow("key size: 2048, signature fails") << "dkim body hash" << QByteArray("dkim-key-size") << QByteArray("pass");
    QTest::newRow("key size: 512") << "512-bit key" << QByteArray("dkim-key-size") << QByteArray("fail");
    QTest::newRow("key size: unsigned") << "no dkim" << QByteArray("dkim-key-size") << QByteArray("fail");
    QTest::newRow("key size: not retrieved") << "key not retrieved" << QByteArray("dkim-key-size") << QByteArray("unknown");
    QTest::newRow("rfc5322: clean") << "" << QByteArray("rfc5322") << QByteArray("pass");
    QTest::newRow("rfc5322: lint error") << "lint error" << QByteArray("rfc5322") << QByteArray("fail");
}

void tst_Scorecard::rows()
{
    QFETCH(QString, change);
    QFETCH(QByteArray, row);
    QFETCH(QByteArray, status);
    Inputs in = baseline();
    mutate(in, change);
    const Scorecard card = in.build();
    const ScorecardRow* r = card.row(row);
    QVERIFY(r);
    QCOMPARE(scoreStatusToken(r->status), status);
    QVERIFY(!r->evidence.isEmpty());
    // a failing row is a SCORECARD.<ID> warning
    bool found = false;
    for (const Finding& f : card.findings())
        found = found || f.code == "SCORECARD." + row.toUpper().replace('-', '_');
    QCOMPARE(found, status == "fail");
}

void tst_Scorecard::fromMessages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("oneClick");
    QTest::addColumn<bool>("rfc5322");

    QTest::newRow("aligned: ESMTPS, one-click signed") << "aligned.eml" << true << true << true;
    QTest::newRow("unsub fields not in h=") << "unsub-unsigned.eml" << true << false << true;
    QTest::newRow("forwarded over plain ESMTP") << "forwarded.eml" << false << false << true;
    QTest::newRow("two From fields") << "multiple-from.eml" << true << false << false;
}

void tst_Scorecard::fromMessages()
{
    QFETCH(QString, file);
    QFETCH(bool, tls);
    QFETCH(bool, oneClick);
    QFETCH(bool, rfc5322);
    const Mail::Message m = load(file);
    QVERIFY(m.root);
    const ConnectionInfo c = determineConnection(m, {});
    const ScorecardMessageFacts facts = scorecardFacts(m, c.hopOffset);
    QVERIFY(facts.receivingHopKnown);
    QCOMPARE(facts.receivingHopTls, tls);
    // the DKIM verdict as MessageAuth would give it: pass with the h= of the message's signature
    Inputs in = baseline();
    in.facts = facts;
    in.dkim[0].signedHeaders.clear();
    if (const Mail::HeaderField* sig = m.headers().first("DKIM-Signature")) {
        const QByteArray v = sig->unfolded();
        const qsizetype h = v.indexOf("h=");
        const QByteArray list = v.mid(h + 2, v.indexOf(';', h) - h - 2);
        for (const QByteArray& name : list.split(':'))
            in.dkim[0].signedHeaders.append(name.trimmed());
    }
    const Scorecard card = in.build();
    QCOMPARE(card.row("tls")->status == ScoreStatus::Pass, tls);
    QCOMPARE(card.row("one-click-unsubscribe")->status == ScoreStatus::Pass, oneClick);
    QCOMPARE(card.row("rfc5322")->status == ScoreStatus::Pass, rfc5322);
    if (!rfc5322)
        QVERIFY2(card.row("rfc5322")->evidence.contains(QStringLiteral("HDR.")), qPrintable(card.row("rfc5322")->evidence));
}

void tst_Scorecard::reverseDnsAgainstBind_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QByteArray>("ptr");
    QTest::addColumn<QByteArray>("fcrdns");
    QTest::addColumn<QByteArray>("confirmed");

    QTest::newRow("192.0.2.25: PTR and A agree") << "192.0.2.25" << QByteArray("pass") << QByteArray("pass") << QByteArray("mail.example.test");
    QTest::newRow("192.0.2.26: PTR name has no A") << "192.0.2.26" << QByteArray("pass") << QByteArray("fail") << QByteArray();
    QTest::newRow("192.0.2.99: no PTR") << "192.0.2.99" << QByteArray("fail") << QByteArray("fail") << QByteArray();
}

void tst_Scorecard::reverseDnsAgainstBind()
{
    QFETCH(QString, ip);
    QFETCH(QByteArray, ptr);
    QFETCH(QByteArray, fcrdns);
    QFETCH(QByteArray, confirmed);
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    Dns::ResolverOptions ro;
    ro.servers = QStringList{env->value(QStringLiteral("DNS_SERVER"))};
    ro.timeoutMs = 2000;
    Dns::Resolver resolver(ro);
    MessageAuthOptions o;
    o.ip = QHostAddress(ip);
    const MessageAuthResult r = MessageAuth::runBlocking(load(QStringLiteral("aligned.eml")), resolver, o);
    QCOMPARE(scoreStatusToken(r.scorecard.row("ptr")->status), ptr);
    QCOMPARE(scoreStatusToken(r.scorecard.row("fcrdns")->status), fcrdns);
    QCOMPARE(r.reverseDns.confirmedName, confirmed);
    // the rest of aligned.eml's card, from the real verdicts
    QCOMPARE(r.scorecard.row("dkim-pass")->status, ScoreStatus::Pass);
    QCOMPARE(r.scorecard.row("one-click-unsubscribe")->status, ScoreStatus::Pass);
    QCOMPARE(r.scorecard.row("dkim-key-size")->status, ScoreStatus::Pass);
    QCOMPARE(r.scorecard.row("tls")->status, ScoreStatus::Pass);
    QCOMPARE(r.scorecard.row("spf-pass")->status, ip == QStringLiteral("192.0.2.25") ? ScoreStatus::Pass : ScoreStatus::Fail);
}

QTEST_GUILESS_MAIN(tst_Scorecard)
#include "tst_scorecard.moc"
