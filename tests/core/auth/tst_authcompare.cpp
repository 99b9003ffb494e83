// SPDX-License-Identifier: GPL-3.0-or-later
// Authentication-Results comparison (core/auth/AuthCompare, RFC 8601): the trust picker and the
// per-method comparison of stamped results with our verdicts, on tests/data/auth/forwarded.eml
// (stamped by mx.receiver.test on top and mx.forwarder.test below) and on hand-made fields.
#include "auth/AuthCompare.h"
#include "auth/dkim/DkimResult.h"
#include "auth/dmarc/DmarcCheck.h"
#include "auth/spf/SpfCheck.h"
#include "message/Message.h"

#include <QFile>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

namespace {

Mail::Message parse(const QByteArray& bytes)
{
    return Mail::parseMessage(Mail::RawData::fromBytes(bytes));
}

Mail::Message load(const QString& name)
{
    QFile f(QStringLiteral(PROJECT_SOURCE_DIR "/tests/data/auth/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parse(f.readAll());
}

/** Our verdicts for forwarded.eml as MessageAuth reaches them at the final receiver. */
struct Ours
{
    SpfEvaluation spf;
    QList<DkimSignatureResult> dkim;
    DmarcEvaluation dmarc;
};

Ours forwardedVerdicts()
{
    Ours o;
    o.spf.result = SpfResult::Fail;
    o.spf.domain = "auth.test";
    o.spf.identity = "mailfrom";
    o.spf.ip = QHostAddress(QStringLiteral("192.0.2.27"));
    DkimSignatureResult d;
    d.domain = "auth.test";
    d.selector = "s2048";
    d.result = DkimResult::Fail;
    d.reason = "DKIM.BODY_HASH_MISMATCH";
    DkimBodyDiagnosis diag;
    diag.pattern = "appended-content";
    diag.explanation = QStringLiteral("42 bytes were appended");
    d.diagnosis = diag;
    o.dkim = {d};
    o.dmarc.result = DmarcResult::Fail;
    o.dmarc.fromDomain = "auth.test";
    o.dmarc.reason = QStringLiteral("no aligned pass");
    return o;
}

QList<AuthResultsComparison> compare(const Mail::Message& m, const QList<QByteArray>& trust, const Ours& o, AuthservTrust* t = nullptr)
{
    QList<StampedAuthResults> stamped = readAuthResults(m);
    const AuthservTrust picked = pickTrustedAuthservIds(stamped, trust);
    if (t)
        *t = picked;
    return compareAuthResults(stamped, o.spf, o.dkim, o.dmarc, true);
}

} // namespace

class tst_AuthCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trustPicker_data();
    void trustPicker();
    void forwardedComparisons();
    void explanations_data();
    void explanations();
    void findingsSeverity();
};

void tst_AuthCompare::trustPicker_data()
{
    QTest::addColumn<QStringList>("given");
    QTest::addColumn<QStringList>("trusted");
    QTest::addColumn<bool>("defaulted");

    QTest::newRow("default: topmost receiver") << QStringList{} << QStringList{QStringLiteral("mx.receiver.test")} << true;
    QTest::newRow("given, case-insensitive") << QStringList{QStringLiteral("MX.FORWARDER.TEST")} << QStringList{QStringLiteral("mx.forwarder.test")}
                                             << false;
    QTest::newRow("given both") << QStringList{QStringLiteral("mx.receiver.test"), QStringLiteral("mx.forwarder.test")}
                                << QStringList{QStringLiteral("mx.receiver.test"), QStringLiteral("mx.forwarder.test")} << false;
    QTest::newRow("given one not seen") << QStringList{QStringLiteral("mx.google.com")} << QStringList{QStringLiteral("mx.google.com")} << false;
}

void tst_AuthCompare::trustPicker()
{
    QFETCH(QStringList, given);
    QFETCH(QStringList, trusted);
    QFETCH(bool, defaulted);
    const Mail::Message m = load(QStringLiteral("forwarded.eml"));
    QList<StampedAuthResults> stamped = readAuthResults(m);
    QCOMPARE(stamped.size(), 2);
    QList<QByteArray> g;
    for (const QString& s : given)
        g << s.toUtf8();
    const AuthservTrust t = pickTrustedAuthservIds(stamped, g);
    QCOMPARE(t.seen, (QList<QByteArray>{"mx.receiver.test", "mx.forwarder.test"}));
    QStringList got;
    for (const QByteArray& id : t.trusted)
        got << QString::fromUtf8(id);
    QCOMPARE(got, trusted);
    QCOMPARE(t.defaulted, defaulted);
    QCOMPARE(stamped.at(0).trusted, trusted.contains(QStringLiteral("mx.receiver.test")));
    QCOMPARE(stamped.at(1).trusted, trusted.contains(QStringLiteral("mx.forwarder.test")));
}

void tst_AuthCompare::forwardedComparisons()
{
    const Mail::Message m = load(QStringLiteral("forwarded.eml"));
    const QList<AuthResultsComparison> c = compare(m, {}, forwardedVerdicts());
    QCOMPARE(c.size(), 6);
    // mx.receiver.test (trusted by default) stamped what we get now
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(c.at(i).authservId, QByteArray("mx.receiver.test"));
        QVERIFY(c.at(i).trusted);
        QCOMPARE(c.at(i).agreement, AuthResultsComparison::Agreement::Agree);
    }
    QCOMPARE(c.at(0).method, QByteArray("spf"));
    QCOMPARE(c.at(0).identifier, QByteArray("bounce@auth.test"));
    QCOMPARE(c.at(1).method, QByteArray("dkim"));
    QCOMPARE(c.at(1).identifier, QByteArray("auth.test"));
    QCOMPARE(c.at(1).selector, QByteArray("s2048"));
    QCOMPARE(c.at(2).method, QByteArray("dmarc"));
    // mx.forwarder.test saw passes before the footer and the second hop
    for (int i = 3; i < 6; ++i) {
        QCOMPARE(c.at(i).authservId, QByteArray("mx.forwarder.test"));
        QVERIFY(!c.at(i).trusted);
        QCOMPARE(c.at(i).stamped, QByteArray("pass"));
        QCOMPARE(c.at(i).agreement, AuthResultsComparison::Agreement::Disagree);
    }
    QCOMPARE(c.at(4).explanation,
             QStringLiteral("mx.forwarder.test said dkim=pass for d=auth.test; it fails now: the body changed after that hop (42 bytes were appended)"));
    QVERIFY2(c.at(3).explanation.contains(QStringLiteral("192.0.2.27")), qPrintable(c.at(3).explanation));
    QCOMPARE(c.at(4).toJson().value(QStringLiteral("agreement")).toString(), QStringLiteral("disagree"));
}

void tst_AuthCompare::explanations_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("agreement");
    QTest::addColumn<QString>("explanation");

    QTest::newRow("dkim header change") << QByteArray("mx.google.com; dkim=pass header.d=hdr.test")
                                        << QByteArray("disagree")
                                        << QStringLiteral("mx.google.com said dkim=pass for d=hdr.test; it fails now: a signed header field changed after that hop");
    QTest::newRow("dkim signature gone") << QByteArray("mx.google.com; dkim=pass header.d=gone.test") << QByteArray("not-compared")
                                         << QStringLiteral("mx.google.com said dkim=pass for d=gone.test; the message has no such DKIM-Signature now (removed after that hop?)");
    QTest::newRow("spf other identity") << QByteArray("mx.google.com; spf=pass smtp.mailfrom=x@other.test") << QByteArray("not-compared")
                                        << QStringLiteral("mx.google.com said spf=pass for smtp.mailfrom=x@other.test; we checked a different identity (hdr.test), so the results are not comparable");
    QTest::newRow("spf agree via helo") << QByteArray("mx.google.com; spf=softfail smtp.helo=hdr.test") << QByteArray("agree")
                                        << QStringLiteral("mx.google.com said spf=softfail for smtp.helo=hdr.test; we agree");
    QTest::newRow("iprev not compared") << QByteArray("mx.google.com; iprev=pass policy.iprev=192.0.2.1") << QByteArray("not-compared")
                                        << QStringLiteral("mx.google.com said iprev=pass; this method is not compared");
    QTest::newRow("dmarc disagree") << QByteArray("mx.google.com; dmarc=pass header.from=hdr.test") << QByteArray("disagree")
                                    << QStringLiteral("mx.google.com said dmarc=pass for header.from=hdr.test; we get dmarc=fail: no aligned pass");
}

void tst_AuthCompare::explanations()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, agreement);
    QFETCH(QString, explanation);
    const Mail::Message m = parse("Authentication-Results: " + field + "\r\nFrom: a@hdr.test\r\nSubject: s\r\n\r\nbody\r\n");
    Ours o;
    o.spf.result = SpfResult::SoftFail;
    o.spf.domain = "hdr.test";
    DkimSignatureResult d;
    d.domain = "hdr.test";
    d.selector = "s1";
    d.result = DkimResult::Fail;
    d.reason = "DKIM.SIGNATURE_INVALID";
    o.dkim = {d};
    o.dmarc.result = DmarcResult::Fail;
    o.dmarc.fromDomain = "hdr.test";
    o.dmarc.reason = QStringLiteral("no aligned pass");
    const QList<AuthResultsComparison> c = compare(m, {}, o);
    QCOMPARE(c.size(), 1);
    QCOMPARE(agreementToken(c.first().agreement), agreement);
    QCOMPARE(c.first().explanation, explanation);
}

void tst_AuthCompare::findingsSeverity()
{
    const Mail::Message m = load(QStringLiteral("forwarded.eml"));
    // default trust: the receiver agrees (one AUTH.AR_AGREE), the forwarder's passes are info
    Findings f = authCompareFindings(compare(m, {}, forwardedVerdicts()));
    QCOMPARE(f.size(), 4);
    QCOMPARE(f.at(0).code, QByteArray("AUTH.AR_UNTRUSTED_DISAGREE"));
    QCOMPARE(f.at(0).severity, Severity::Info);
    QCOMPARE(f.last().code, QByteArray("AUTH.AR_AGREE"));
    QCOMPARE(f.last().severity, Severity::Pass);
    // trusting the forwarder: three warnings, no agreement finding
    f = authCompareFindings(compare(m, {"mx.forwarder.test"}, forwardedVerdicts()));
    QCOMPARE(f.size(), 3);
    for (const Finding& x : f) {
        QCOMPARE(x.code, QByteArray("AUTH.AR_DISAGREE"));
        QCOMPARE(x.severity, Severity::Warning);
        QVERIFY(x.offset > 0);
    }
    // no Authentication-Results: nothing to say
    QVERIFY(authCompareFindings(compare(load(QStringLiteral("spf-only.eml")), {}, forwardedVerdicts())).isEmpty());
}

QTEST_GUILESS_MAIN(tst_AuthCompare)
#include "tst_authcompare.moc"
