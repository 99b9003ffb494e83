// SPDX-License-Identifier: GPL-3.0-or-later
// The message diff (core report/MessageDiff, report/AuthDiff). The verdict rows run MessageAuth
// against the real BIND of the test_servers fixture (zone auth.test: SPF ip4:192.0.2.25, DMARC
// p=reject, DKIM key s2048) on pairs built here, signed with tests/data/auth/keys/s2048.pem.
#include "AuthFixtures.h"
#include "TestServers.h"
#include "auth/MessageAuth.h"
#include "dns/Resolver.h"
#include "report/AuthDiff.h"
#include "report/MessageDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Report;

namespace {

Mail::Message parse(const QByteArray& raw)
{
    return Mail::parseMessage(Mail::RawData::fromBytes(raw));
}

const QByteArray kBody = QByteArrayLiteral(
    "From: News <news@example.org>\r\n"
    "To: reader@example.net\r\n"
    "Subject: Weekly digest\r\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <digest-1@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello reader,\r\n"
    "here is the digest.\r\n"
    "--b1\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    "<p>Hello reader,</p><p>here is the digest.</p>\r\n"
    "--b1--\r\n");

const QByteArray kCommonHops = QByteArrayLiteral(
    "Received: from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.net with ESMTPS id A1;"
    " Fri, 27 Nov 2026 10:00:02 +0000\r\n"
    "Received: from app1 (app1 [10.0.0.5]) by mail.example.org with ESMTP id Z9;"
    " Fri, 27 Nov 2026 10:00:01 +0000\r\n");

const QByteArray kAuthBare = QByteArrayLiteral(
    "From: News <news@auth.test>\r\n"
    "To: user@receiver.test\r\n"
    "Subject: Diff pair\r\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <diff-pair@auth.test>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello,\r\n"
    "this is the original text.\r\n");

const QByteArray kReturnPath = QByteArrayLiteral("Return-Path: <bounce@auth.test>\r\n");
const QByteArray kOriginHop = QByteArrayLiteral(
    "Received: from mail.example.test (mail.example.test [192.0.2.25])\r\n"
    "\tby mx.receiver.test with ESMTPS id 4Q1x; Fri, 27 Nov 2026 10:00:05 +0000\r\n");
const QByteArray kFooter = QByteArrayLiteral("-- \r\nlist footer: unsubscribe at https://lists.example.test/u\r\n");

/** The DKIM-signed original, without the delivery's Return-Path/Received. */
QByteArray signedBare()
{
    return TestSupport::signAsAuthTest(kAuthBare);
}

/** The inbox copy: sent from 192.0.2.25 (in auth.test's SPF), DKIM-signed by auth.test. */
QByteArray inboxCopy()
{
    return kReturnPath + kOriginHop + signedBare();
}

/** A mailing list appended a footer to the body (and left everything else alone). */
QByteArray footerCopy()
{
    return inboxCopy() + kFooter;
}

/** A forwarder relayed it from 192.0.2.27 and added an ARC set (i=1, its signatures not verifiable). */
QByteArray forwardedCopy()
{
    return kReturnPath
           + QByteArrayLiteral(
               "Received: from fwd.example.test (fwd.example.test [192.0.2.27])\r\n"
               "\tby mx.receiver.test with ESMTP id F1; Fri, 27 Nov 2026 10:01:00 +0000\r\n"
               "ARC-Seal: i=1; a=rsa-sha256; cv=none; d=auth.test; s=s2048; t=1795825860;\r\n"
               " b=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
               "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=auth.test; s=s2048;\r\n"
               " t=1795825860; h=from:to:subject:date;\r\n"
               " bh=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=;\r\n"
               " b=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n"
               "ARC-Authentication-Results: i=1; fwd.example.test; spf=pass smtp.mailfrom=bounce@auth.test;\r\n"
               " dkim=pass header.d=auth.test header.s=s2048\r\n")
           + kOriginHop + signedBare();
}

const VerdictDiff* findVerdict(const AuthDiff& diff, const QString& mechanism)
{
    for (const VerdictDiff& row : diff.verdicts) {
        if (row.mechanism == mechanism)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestMessageDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical();
    void inboxVersusSpamCopy();
    void forwarderFooterAndSubject();
    void mimeTreeChange();
    void lineDiff_data();
    void lineDiff();
    void boundedOnLargeInput();
    void dkimImpact_data();
    void dkimImpact();
    void dkimImpactReadsLikeHeaders();
    void sideBySide_data();
    void sideBySide();
    void partTextLines();
    void offlineNotChecked();
    void verdicts_data();
    void verdicts();
    void verdictsAsynchronous();
    void caseCheckRoundTrip();

private:
    std::optional<Dns::ResolverOptions> dnsOptions();
};

std::optional<Dns::ResolverOptions> TestMessageDiff::dnsOptions()
{
    const auto env = TestServers::load();
    if (!env)
        return std::nullopt;
    Dns::ResolverOptions o;
    o.servers = QStringList{env->value(QStringLiteral("DNS_SERVER"))};
    o.timeoutMs = 2000;
    return o;
}

void TestMessageDiff::dkimImpact_data()
{
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("survives");
    QTest::addColumn<bool>("bodyMatchesB");
    QTest::addColumn<QStringList>("changedHeaders");
    QTest::newRow("same bytes") << inboxCopy() << true << true << QStringList();
    QTest::newRow("list footer breaks bh=") << footerCopy() << false << false << QStringList();
    QTest::newRow("subject tag breaks a signed header")
        << inboxCopy().replace("Subject: Diff pair", "Subject: [list] Diff pair") << false << true
        << QStringList{QStringLiteral("subject[0]")};
    QTest::newRow("forwarder: new Received and ARC break nothing") << forwardedCopy() << true << true << QStringList();
    QTest::newRow("relaxed: refolded signed header survives")
        << inboxCopy().replace("To: user@receiver.test", "To:\r\n  user@receiver.test") << true << true << QStringList();
}

void TestMessageDiff::dkimImpact()
{
    QFETCH(QByteArray, b);
    QFETCH(bool, survives);
    QFETCH(bool, bodyMatchesB);
    QFETCH(QStringList, changedHeaders);
    QVERIFY(!signedBare().isEmpty());
    const MessageDiff diff = diffMessages(parse(inboxCopy()), parse(b));
    QCOMPARE(diff.dkim.signatures.size(), 1);
    const DkimImpactSignature& s = diff.dkim.signatures.constFirst();
    QCOMPARE(s.domain, QStringLiteral("auth.test"));
    QCOMPARE(s.selector, QStringLiteral("s2048"));
    QVERIFY(s.bodyHashMatchesA);
    QCOMPARE(s.bodyHashMatchesB, bodyMatchesB);
    QCOMPARE(s.survives(), survives);
    QStringList lowered;
    for (const QString& h : s.changedHeaders)
        lowered << h.toLower();
    QCOMPARE(lowered, changedHeaders);
    // The JSON and the text carry it (CLI `diff`).
    const QJsonArray json = diff.toJson().value(QStringLiteral("dkimImpact")).toArray();
    QCOMPARE(json.size(), 1);
    QCOMPARE(json.at(0).toObject().value(QStringLiteral("survives")).toBool(), survives);
    QVERIFY(diff.toText().contains(QStringLiteral("DKIM d=auth.test s=s2048")));
    QCOMPARE(DkimImpact::fromJson(json).signatures.constFirst().survives(), survives);
}

void TestMessageDiff::dkimImpactReadsLikeHeaders()
{
    DkimImpactSignature s;
    s.domain = QStringLiteral("auth.test");
    s.selector = QStringLiteral("s1");
    s.changedHeaders = QStringList{QStringLiteral("from[0]"), QStringLiteral("subject[0]"),
                                   QStringLiteral("message-id[0]"), QStringLiteral("received[0]"),
                                   QStringLiteral("received[1]")};
    const QString text = s.summary();
    QVERIFY2(text.contains(QStringLiteral("signed header(s) changed: From, Subject, Message-ID, "
                                          "Received (bottom-most), Received (2nd from the bottom);")),
             qPrintable(text));
    QVERIFY2(!text.contains(u'['), qPrintable(text));
    // The JSON keeps the machine form.
    QCOMPARE(s.toJson().value(QStringLiteral("changedHeaders")).toArray().at(0).toString(), QStringLiteral("from[0]"));
}

void TestMessageDiff::sideBySide_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QStringList>("rows"); // kind token, left, right
    const QString s = QStringLiteral("same");
    QTest::newRow("equal") << QStringList{QStringLiteral("x"), QStringLiteral("y")}
                           << QStringList{QStringLiteral("x"), QStringLiteral("y")}
                           << QStringList{QStringLiteral("same|x|x"), QStringLiteral("same|y|y")};
    QTest::newRow("appended footer") << QStringList{QStringLiteral("hi")}
                                     << QStringList{QStringLiteral("hi"), QStringLiteral("-- "), QStringLiteral("f")}
                                     << QStringList{QStringLiteral("same|hi|hi"), QStringLiteral("added||-- "),
                                                    QStringLiteral("added||f")};
    QTest::newRow("changed line pairs up")
        << QStringList{QStringLiteral("a"), QStringLiteral("old"), QStringLiteral("z")}
        << QStringList{QStringLiteral("a"), QStringLiteral("new"), QStringLiteral("z")}
        << QStringList{QStringLiteral("same|a|a"), QStringLiteral("changed|old|new"), QStringLiteral("same|z|z")};
    QTest::newRow("removed in the middle")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}
        << QStringList{QStringLiteral("a"), QStringLiteral("d")}
        << QStringList{QStringLiteral("same|a|a"), QStringLiteral("removed|b|"), QStringLiteral("removed|c|"),
                       QStringLiteral("same|d|d")};
    QTest::newRow("only in A") << QStringList{QStringLiteral("a")} << QStringList()
                               << QStringList{QStringLiteral("removed|a|")};
    Q_UNUSED(s);
}

void TestMessageDiff::sideBySide()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, rows);
    const QList<SideBySideRow> out = Report::sideBySide(a, b);
    QStringList got;
    for (const SideBySideRow& row : out)
        got << diffKindToken(row.kind) + u'|' + row.left + u'|' + row.right;
    QCOMPARE(got, rows);
    // Bounded: a huge pair is cut at maxRows and says so.
    QStringList big;
    for (int i = 0; i < 5000; ++i)
        big << QString::number(i);
    bool truncated = false;
    QCOMPARE(Report::sideBySide(big, {}, 100, &truncated).size(), 100);
    QVERIFY(truncated);
}

void TestMessageDiff::partTextLines()
{
    const Mail::Message m = parse(kBody);
    const auto lines = Report::partTextLines(m, QStringLiteral("1"));
    QVERIFY(lines.has_value());
    QCOMPARE(lines->value(0), QStringLiteral("Hello reader,"));
    QVERIFY(!Report::partTextLines(m, QStringLiteral("(root)")).has_value()); // a multipart is no text
    QVERIFY(!Report::partTextLines(m, QStringLiteral("9")).has_value());
}

void TestMessageDiff::offlineNotChecked()
{
    const AuthDiff diff = notCheckedAuthDiff(parse(inboxCopy()), parse(forwardedCopy()), QStringLiteral("offline"));
    QVERIFY(!diff.checked);
    QCOMPARE(diff.changeCount(), 0);
    QStringList mechanisms;
    for (const VerdictDiff& row : diff.verdicts) {
        QCOMPARE(row.change, VerdictChange::NotChecked);
        mechanisms << row.mechanism;
    }
    QCOMPARE(mechanisms, (QStringList{QStringLiteral("dkim"), QStringLiteral("spf"), QStringLiteral("dmarc"),
                                      QStringLiteral("arc")}));
    const VerdictDiff* arc = findVerdict(diff, QStringLiteral("arc"));
    QVERIFY(arc->resultA.isEmpty()); // A carries no ARC set
    QCOMPARE(arc->resultB, QStringLiteral("notchecked"));
    const QJsonObject json = diff.toJson();
    QCOMPARE(json.value(QStringLiteral("checked")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("reason")).toString(), QStringLiteral("offline"));
    QVERIFY(diff.toText().contains(QStringLiteral("not checked: offline")));
}

void TestMessageDiff::verdicts_data()
{
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<QStringList>("expected"); // "mechanism:a>b:change:reasonCode"
    QTest::newRow("identical copy") << inboxCopy()
                                    << QStringList{QStringLiteral("dkim:pass>pass:same:"),
                                                   QStringLiteral("spf:pass>pass:same:"),
                                                   QStringLiteral("dmarc:pass>pass:same:")};
    QTest::newRow("list footer: DKIM pass->fail, appended content")
        << footerCopy()
        << QStringList{QStringLiteral("dkim:pass>fail:flipped:appended-content"), QStringLiteral("spf:pass>pass:same:"),
                       QStringLiteral("dmarc:pass>pass:same:")};
    QTest::newRow("subject tag: DKIM pass->fail, signed header changed")
        << inboxCopy().replace("Subject: Diff pair", "Subject: [list] Diff pair")
        << QStringList{QStringLiteral("dkim:pass>fail:flipped:signed-headers-changed"),
                       QStringLiteral("spf:pass>pass:same:"), QStringLiteral("dmarc:pass>pass:same:")};
    QTest::newRow("footer and forwarder IP: DMARC pass->fail")
        << QByteArray(kReturnPath
                      + QByteArrayLiteral("Received: from fwd.example.test (fwd.example.test [192.0.2.27])\r\n"
                                          "\tby mx.receiver.test with ESMTP id F2; Fri, 27 Nov 2026 10:01:00 +0000\r\n")
                      + kOriginHop + signedBare() + kFooter)
        << QStringList{QStringLiteral("dkim:pass>fail:flipped:appended-content"),
                       QStringLiteral("spf:pass>fail:flipped:connection-changed"),
                       QStringLiteral("dmarc:pass>fail:flipped:alignment-changed")};
    QTest::newRow("forwarded with Received and ARC")
        << forwardedCopy()
        << QStringList{QStringLiteral("dkim:pass>pass:same:"), QStringLiteral("spf:pass>fail:flipped:connection-changed"),
                       QStringLiteral("dmarc:pass>pass:same:"), QStringLiteral("arc:>fail:onlyInB:arc-added")};
}

void TestMessageDiff::verdicts()
{
    QFETCH(QByteArray, b);
    QFETCH(QStringList, expected);
    const auto options = dnsOptions();
    if (!options)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    QVERIFY(!signedBare().isEmpty());
    Dns::Resolver resolver(*options);
    QVERIFY(resolver.isValid());
    const Mail::Message a = parse(inboxCopy());
    const Mail::Message mb = parse(b);
    const MessageDiff diff = diffMessages(a, mb);
    const AuthDiff auth = runAuthDiffBlocking(a, mb, resolver, {}, diff.dkim);
    QVERIFY(auth.checked);
    QStringList got;
    for (const VerdictDiff& row : auth.verdicts) {
        got << QStringLiteral("%1:%2>%3:%4:%5")
                   .arg(row.mechanism, row.resultA, row.resultB, verdictChangeToken(row.change), row.reasonCode);
    }
    QCOMPARE(got, expected);
    const VerdictDiff* dkim = findVerdict(auth, QStringLiteral("dkim"));
    QVERIFY(dkim != nullptr);
    QCOMPARE(dkim->key, QStringLiteral("dkim:d=auth.test;s=s2048#0"));
    if (dkim->reasonCode == QStringLiteral("appended-content")) {
        // The why-it-broke analysis names the footer: the reason says what reproduced bh=.
        QVERIFY2(dkim->reason.startsWith(QStringLiteral("body hash mismatch in B:")), qPrintable(dkim->reason));
        QVERIFY2(dkim->reason.contains(QStringLiteral("footer")), qPrintable(dkim->reason));
        QVERIFY2(dkim->reason.contains(QString::number(kFooter.size())), qPrintable(dkim->reason));
    }
    if (dkim->reasonCode == QStringLiteral("signed-headers-changed"))
        QVERIFY2(dkim->reason.contains(QStringLiteral("changed in B: Subject (")) && !dkim->reason.contains(u'['),
                 qPrintable(dkim->reason));
    const VerdictDiff* spf = findVerdict(auth, QStringLiteral("spf"));
    if (spf->reasonCode == QStringLiteral("connection-changed"))
        QVERIFY(spf->reason.contains(QStringLiteral("192.0.2.25 in A, 192.0.2.27 in B")));
    // Findings: each lost pass is a warning.
    const Findings findings = diffFindings(diff, auth, QStringLiteral("a"), QStringLiteral("b"));
    int flips = 0;
    for (const Finding& f : findings) {
        if (f.code == "DIFF.VERDICT_FLIPPED") {
            QCOMPARE(f.severity, Severity::Warning);
            ++flips;
        }
    }
    QCOMPARE(flips, int(expected.filter(QStringLiteral(":flipped:")).size()));
}

void TestMessageDiff::verdictsAsynchronous()
{
    // runAuthDiff returns at once (the header diff stays synchronous), calls back once; a destroyed
    // context cancels.
    const auto options = dnsOptions();
    if (!options)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    Dns::Resolver resolver(*options);
    const Mail::Message a = parse(inboxCopy());
    const Mail::Message b = parse(footerCopy());
    int calls = 0;
    QObject context;
    runAuthDiff(a, b, resolver, {}, &context, [&calls](const AuthDiff&) { ++calls; });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 10000);
    int cancelled = 0;
    auto doomed = std::make_unique<QObject>();
    runAuthDiff(a, b, resolver, {}, doomed.get(), [&cancelled](const AuthDiff&) { ++cancelled; });
    doomed.reset();
    QTest::qWait(500);
    QCOMPARE(cancelled, 0);
    QCOMPARE(calls, 1);
}

void TestMessageDiff::caseCheckRoundTrip()
{
    AuthDiff auth;
    auth.checked = true;
    VerdictDiff row;
    row.mechanism = QStringLiteral("dkim");
    row.key = QStringLiteral("dkim:d=auth.test;s=s2048#0");
    row.label = QStringLiteral("DKIM d=auth.test s=s2048");
    row.resultA = QStringLiteral("pass");
    row.resultB = QStringLiteral("fail");
    row.change = VerdictChange::Flipped;
    row.reason = QStringLiteral("body hash mismatch in B: …");
    row.reasonCode = QStringLiteral("appended-content");
    auth.verdicts << row;
    const QByteArray rawA = inboxCopy();
    const QByteArray rawB = footerCopy();
    const MessageDiff diff = diffMessages(parse(rawA), parse(rawB));
    const CaseCheck check = diffCaseCheck(QStringLiteral("a.eml"), rawA, QStringLiteral("b.eml"), rawB, diff, auth,
                                          diffFindings(diff, auth, QStringLiteral("a"), QStringLiteral("b")));
    QCOMPARE(check.kind, QStringLiteral("diff"));
    QCOMPARE(check.result.value(QStringLiteral("a")).toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(rawA, QCryptographicHash::Sha256).toHex()));
    const AuthDiff back = AuthDiff::fromJson(check.result.value(QStringLiteral("auth")).toObject());
    QCOMPARE(back.toJson(), auth.toJson());
    QCOMPARE(back.verdicts.constFirst().change, VerdictChange::Flipped);
    QCOMPARE(check.findings.size(), 1);
    QCOMPARE(check.findings.constFirst().code, QByteArray("DIFF.VERDICT_FLIPPED"));
}

void TestMessageDiff::identical()
{
    const Mail::Message a = parse(kCommonHops + kBody);
    const Mail::Message b = parse(kCommonHops + kBody);
    const MessageDiff diff = diffMessages(a, b);
    QVERIFY(diff.identical);
    QCOMPARE(diff.changeCount(), 0);
}

void TestMessageDiff::inboxVersusSpamCopy()
{
    // Same message delivered twice: the spam copy got a spam verdict header and an extra internal hop.
    const QByteArray inbox = QByteArrayLiteral("Received: by 2002:a05:inbox with SMTP id i1; Fri, 27 Nov 2026 10:00:03 +0000\r\n"
                                               "X-Spam-Status: No, score=0.1\r\n")
                             + kCommonHops + kBody;
    const QByteArray spam = QByteArrayLiteral("Received: by 2002:a05:filter with SMTP id s2; Fri, 27 Nov 2026 10:00:04 +0000\r\n"
                                              "Received: by 2002:a05:spam with SMTP id s1; Fri, 27 Nov 2026 10:00:03 +0000\r\n"
                                              "X-Spam-Status: Yes, score=7.9\r\n"
                                              "X-Spam-Flag: YES\r\n")
                            + kCommonHops + kBody;
    const MessageDiff diff = diffMessages(parse(inbox), parse(spam));
    QVERIFY(!diff.identical);
    QStringList changes;
    for (const HeaderDiff& header : diff.headers) {
        if (header.kind != DiffKind::Same)
            changes << diffKindToken(header.kind) + u' ' + header.name + QStringLiteral("[%1]").arg(header.occurrence);
    }
    // Received hops aligned oldest-first: the two common hops (0, 1) are the same, hop 2 changed,
    // hop 3 is new in the spam copy.
    QCOMPARE(changes, (QStringList{QStringLiteral("changed Received[2]"), QStringLiteral("added Received[3]"),
                                   QStringLiteral("changed X-Spam-Status[0]"), QStringLiteral("added X-Spam-Flag[0]")}));
    for (const PartDiff& part : diff.parts)
        QCOMPARE(part.kind, DiffKind::Same);
    const QString text = diff.toText();
    QVERIFY(text.contains(QStringLiteral("+ X-Spam-Status[0]: Yes, score=7.9")));
    QVERIFY(text.contains(QStringLiteral("- X-Spam-Status[0]: No, score=0.1")));
}

void TestMessageDiff::forwarderFooterAndSubject()
{
    QByteArray forwarded = kBody;
    forwarded.replace("Subject: Weekly digest", "Subject: [list] Weekly digest");
    forwarded.replace("here is the digest.\r\n--b1", "here is the digest.\r\n-- \r\nSent through the list\r\n--b1");
    forwarded.replace("<p>here is the digest.</p>", "<p>here is the digest.</p><hr>list footer");
    const QByteArray after = QByteArrayLiteral("Received: from mx.example.net by list.example.com with ESMTP id F1;"
                                               " Fri, 27 Nov 2026 10:01:00 +0000\r\n")
                             + kCommonHops + forwarded;
    const MessageDiff diff = diffMessages(parse(kCommonHops + kBody), parse(after));

    bool subjectChanged = false;
    for (const HeaderDiff& header : diff.headers) {
        if (header.name == QStringLiteral("Subject")) {
            QCOMPARE(header.kind, DiffKind::Changed);
            QCOMPARE(header.oldValue, QStringLiteral("Weekly digest"));
            QCOMPARE(header.newValue, QStringLiteral("[list] Weekly digest"));
            subjectChanged = true;
        }
    }
    QVERIFY(subjectChanged);
    QCOMPARE(diff.parts.size(), 3);
    const PartDiff* plain = nullptr;
    for (const PartDiff& part : diff.parts) {
        if (part.path == QStringLiteral("1"))
            plain = &part;
    }
    QVERIFY(plain != nullptr);
    QCOMPARE(plain->kind, DiffKind::Changed);
    QCOMPARE(plain->oldSize, qint64(34));
    QCOMPARE(plain->newSize, qint64(62));
    QVERIFY(plain->oldSha256 != plain->newSha256);
    QCOMPARE(plain->lineDiff, (QStringList{QStringLiteral("  here is the digest."), QStringLiteral("+ -- "),
                                           QStringLiteral("+ Sent through the list")}));
    const QJsonObject json = diff.toJson();
    QCOMPARE(json.value(QStringLiteral("identical")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("parts")).toArray().size(), 3);
}

void TestMessageDiff::mimeTreeChange()
{
    QByteArray single = QByteArrayLiteral("From: a@example.org\r\nSubject: s\r\nContent-Type: text/plain\r\n\r\nHello\r\n");
    const MessageDiff diff = diffMessages(parse(kBody), parse(single));
    QStringList kinds;
    for (const PartDiff& part : diff.parts)
        kinds << part.path + u'=' + diffKindToken(part.kind);
    kinds.sort();
    // multipart root -> single part: "1" changes type, "2" disappears, the root container is removed.
    QCOMPARE(kinds, (QStringList{QStringLiteral("(root)=removed"), QStringLiteral("1=changed"),
                                 QStringLiteral("2=removed")}));
}

void TestMessageDiff::lineDiff_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("equal") << QStringList{QStringLiteral("x")} << QStringList{QStringLiteral("x")} << QStringList{};
    QTest::newRow("replace middle") << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                    << QStringList{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c")}
                                    << QStringList{QStringLiteral("  a"), QStringLiteral("- b"), QStringLiteral("+ B"),
                                                   QStringLiteral("  c")};
    QTest::newRow("append") << QStringList{QStringLiteral("a")} << QStringList{QStringLiteral("a"), QStringLiteral("z")}
                            << QStringList{QStringLiteral("  a"), QStringLiteral("+ z")};
    QTest::newRow("remove first") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                  << QStringList{QStringLiteral("b")}
                                  << QStringList{QStringLiteral("- a"), QStringLiteral("  b")};
}

void TestMessageDiff::lineDiff()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(QStringList, expected);
    QCOMPARE(Report::lineDiff(a, b, 100), expected);
}

void TestMessageDiff::boundedOnLargeInput()
{
    QStringList a;
    QStringList b;
    for (int i = 0; i < 20000; ++i) {
        a << QString::number(i);
        b << QString::number(i * 7);
    }
    bool truncated = false;
    const QStringList out = Report::lineDiff(a, b, 200, &truncated);
    QCOMPARE(out.size(), 200);
    QVERIFY(truncated);
}

QTEST_GUILESS_MAIN(TestMessageDiff)
#include "tst_messagediff.moc"
