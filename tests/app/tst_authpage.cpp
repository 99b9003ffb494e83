// SPDX-License-Identifier: GPL-3.0-or-later
// The Authentication tab (issue 4) driven as a user would, offscreen, against the real BIND of the
// test servers (zones auth.test and example.test): the messages of tests/data/auth were signed by
// an independent tool (dkimpy, tests/data/auth/make_messages.py) with keys published in auth.test.

#include "ChildProcess.h"
#include "SilentDnsServer.h"
#include "TestServers.h"

#include "auth/dkim/DkimSigner.h"
#include "auth/dkim/DkimVerifier.h"
#include "document/MessageDocument.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "models/AuthSignedRanges.h"
#include "models/AuthSpfTraceModel.h"
#include "models/AuthTableModel.h"
#include "models/BatchAuthRunner.h"
#include "models/BatchTableModel.h"
#include "models/Roles.h"
#include "report/Case.h"
#include "util/ResolverFactory.h"
#include "widgets/AuthBadge.h"
#include "widgets/SignedRangesView.h"
#include "windows/AuthPage.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QApplication>
#include <QFile>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QtTest>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

class tst_AuthPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void resultSeverity_data();
    void resultSeverity();
    void alignedPass();
    void brokenByFooter();
    void trustPickerChangesComparison();
    void editIpAndRecheck();
    void failedLookupsSaySo();
    void cancelRun();
    void saveToCase();
    void signedRanges_data();
    void signedRanges();
    void arcRanges_data();
    void arcRanges();
    void signedRangesInView();
    void restoreRoundTrip();
    void bigMessageOffUiThread();
    void bigMessageBatchOffUiThread();
    void exitWhileChecking();
    void exitWhileCheckingChild();

private:
    static QByteArray bigSignedMessage();
    static QList<SignedByteRange> expectedFields(const QByteArray& raw, const QList<QByteArray>& starts);
    static MessageDocumentPtr load(const QString& name);
    static bool waitChecked(AuthPage& page, int timeoutMs = 20000);
    static int rowOf(const AuthTableModel* model, int column, const QString& text, int from = 0);

    QHash<QString, QString> m_env;
};

void tst_AuthPage::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QVERIFY(!m_env.value(QStringLiteral("DNS_SERVER")).isEmpty());
    DnsConfig config;
    config.options.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    config.options.timeoutMs = 2000;
    config.options.tries = 2;
    ResolverFactory::setConfig(config);
}

MessageDocumentPtr tst_AuthPage::load(const QString& name)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/auth/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto document = MessageDocument::build(Mail::parseMessage(Mail::RawData::fromBytes(f.readAll(), name)), name);
    document->sourceLabel = name; // as MessageDocument::load names a file it opened
    return document;
}

bool tst_AuthPage::waitChecked(AuthPage& page, int timeoutMs)
{
    QSignalSpy spy(&page, &AuthPage::checked);
    if (!page.isRunning())
        return page.output() != nullptr;
    return spy.wait(timeoutMs) || spy.count() > 0;
}

int tst_AuthPage::rowOf(const AuthTableModel* model, int column, const QString& text, int from)
{
    for (int r = from; r < model->rowCount(); ++r) {
        if (model->text(r, column) == text)
            return r;
    }
    return -1;
}

void tst_AuthPage::resultSeverity_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("severity");
    QTest::newRow("pass") << QByteArray("pass") << int(Severity::Pass);
    QTest::newRow("agree") << QByteArray("agree") << int(Severity::Pass);
    QTest::newRow("fail") << QByteArray("fail") << int(Severity::Error);
    QTest::newRow("permerror, upper case") << QByteArray("PERMERROR") << int(Severity::Error);
    QTest::newRow("softfail") << QByteArray("softfail") << int(Severity::Warning);
    QTest::newRow("temperror") << QByteArray("temperror") << int(Severity::Warning);
    QTest::newRow("disagree") << QByteArray("disagree") << int(Severity::Warning);
    QTest::newRow("none") << QByteArray("none") << int(Severity::Info);
    QTest::newRow("neutral") << QByteArray("neutral") << int(Severity::Info);
    QTest::newRow("unknown (scorecard)") << QByteArray("unknown") << int(Severity::Info);
}

void tst_AuthPage::resultSeverity()
{
    QFETCH(QByteArray, token);
    QFETCH(int, severity);
    QCOMPARE(int(authResultSeverity(token)), severity);
}

// aligned.eml: SPF pass (192.0.2.25 is in auth.test's record), DKIM pass (s2048), DMARC pass.
void tst_AuthPage::alignedPass()
{
    AuthPage page;
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    MessageDocumentPtr doc = load(QStringLiteral("aligned.eml"));
    QVERIFY(doc);
    page.setDocument(doc);
    QVERIFY(page.isRunning());
    // prefilled from the receiving hop (the loopback LMTP hop above it is skipped) and Return-Path
    QCOMPARE(page.ipEdit()->text(), QStringLiteral("192.0.2.25"));
    QCOMPARE(page.heloEdit()->text(), QStringLiteral("mail.example.test"));
    QCOMPARE(page.mailFromEdit()->text(), QStringLiteral("bounce@auth.test"));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("authIpEditSource"))->text().contains(QStringLiteral("mx.receiver.test")));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("authMailFromEditSource"))->text().contains(QStringLiteral("Return-Path")));
    QVERIFY(waitChecked(page));
    QVERIFY(!page.isRunning());

    QCOMPARE(page.spfBadge()->result(), QByteArray("pass"));
    QCOMPARE(page.dkimBadge()->result(), QByteArray("pass"));
    QCOMPARE(page.dmarcBadge()->result(), QByteArray("pass"));
    QCOMPARE(page.arcBadge()->result(), QByteArray("none"));
    QVERIFY(!page.spfBadge()->reason().isEmpty());

    const AuthTableModel* dkim = page.dkimModel();
    QCOMPARE(dkim->rowCount(), 1);
    QCOMPARE(dkim->text(0, 1), QStringLiteral("auth.test"));
    QCOMPARE(dkim->text(0, 2), QStringLiteral("s2048"));
    QCOMPARE(dkim->text(0, 3), QStringLiteral("rsa-sha256"));
    QCOMPARE(dkim->text(0, 4), QStringLiteral("relaxed/relaxed"));
    QCOMPARE(dkim->text(0, 5), QStringLiteral("2048 bits"));
    QCOMPARE(dkim->text(0, 6), QStringLiteral("pass"));
    QCOMPARE(dkim->index(0, 6).data(SeverityRole).toInt(), int(Severity::Pass));
    QVERIFY(dkim->row(0).offset > 0); // the DKIM-Signature field in the raw message
    // the canonical body of a passing signature, whitespace made visible: with the control-picture
    // glyphs when the pane's font has them, else as ASCII escapes (never as tofu boxes)
    {
        const QFontMetrics metrics(page.canonicalBodyView()->font());
        const QString cr = metrics.inFontUcs4(0x240D) ? QStringLiteral("␍") : QStringLiteral("\\r");
        const QString lf = metrics.inFontUcs4(0x240A) ? QStringLiteral("␊") : QStringLiteral("\\n");
        const QString text = page.canonicalBodyView()->toPlainText();
        QVERIFY2(text.startsWith(QStringLiteral("Hello,") + cr + lf), qPrintable(text.left(40)));
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x80 || metrics.inFontUcs4(c.unicode()), qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(page.canonicalBodyView()->toolTip().startsWith(cr + QStringLiteral(" = CR, ") + lf + QStringLiteral(" = LF")));
    }

    // SPF tree: the check_host of auth.test, its ip4 term matched
    const AuthSpfTraceModel* spf = page.spfModel();
    QVERIFY(spf->rowCount() >= 1);
    const QModelIndex top = spf->index(0, AuthSpfTraceModel::StepColumn);
    QVERIFY(top.data().toString().contains(QStringLiteral("auth.test")));
    QCOMPARE(spf->index(0, AuthSpfTraceModel::ResultColumn).data().toString(), QStringLiteral("pass"));
    bool ip4Matched = false;
    for (int r = 0; r < spf->rowCount(top); ++r) {
        const QString step = spf->index(r, AuthSpfTraceModel::StepColumn, top).data().toString();
        if (step.contains(QStringLiteral("ip4:192.0.2.25")))
            ip4Matched = spf->index(r, AuthSpfTraceModel::ResultColumn, top).data().toString() == QStringLiteral("pass");
    }
    QVERIFY(ip4Matched);

    // DMARC: both identifiers align and pass; p=reject, disposition none
    const AuthTableModel* align = page.alignmentModel();
    const int dkimRow = rowOf(align, 0, QStringLiteral("DKIM"));
    const int spfRow = rowOf(align, 0, QStringLiteral("SPF"));
    QVERIFY(dkimRow >= 0 && spfRow >= 0);
    QCOMPARE(align->text(dkimRow, 1), QStringLiteral("auth.test"));
    QCOMPARE(align->text(dkimRow, 4), QStringLiteral("yes"));
    QCOMPARE(align->text(spfRow, 2), QStringLiteral("pass"));
    QVERIFY(page.dmarcSummary()->text().contains(QStringLiteral("p=reject")));
    QVERIFY(page.dmarcSummary()->text().contains(QStringLiteral("disposition: none")));

    // Authentication-Results of mx.receiver.test agree with us, and it is trusted by default
    QCOMPARE(page.trustList()->count(), 1);
    QCOMPARE(page.trustList()->item(0)->text(), QStringLiteral("mx.receiver.test"));
    QCOMPARE(page.trustList()->item(0)->checkState(), Qt::Checked);
    const AuthTableModel* cmp = page.comparisonModel();
    QCOMPARE(cmp->rowCount(), 3);
    for (int r = 0; r < cmp->rowCount(); ++r)
        QCOMPARE(cmp->text(r, 7), QStringLiteral("agree"));

    // scorecard: one-click unsubscribe is signed, SPF/DKIM pass
    const AuthTableModel* score = page.scorecardModel();
    QVERIFY(score->rowCount() >= 8);
    for (int r = 0; r < score->rowCount(); ++r) {
        const QString id = score->index(r, 0).data(Qt::ToolTipRole).toString();
        if (id == QStringLiteral("spf-pass") || id == QStringLiteral("dkim-pass") || id == QStringLiteral("one-click-unsubscribe"))
            QCOMPARE(score->text(r, 2), QStringLiteral("pass"));
    }
    // the state line counts answers
    const QString state = page.findChild<QLabel*>(QStringLiteral("authStateLabel"))->text();
    QVERIFY2(state.contains(QStringLiteral("DNS lookup")) && !state.contains(QStringLiteral("all failed")), qPrintable(state));

    // scorecard columns: Evidence takes the spare width, Requirement is capped, Reference is visible
    page.findChild<QTabWidget*>()->setCurrentWidget(page.findChild<QTableView*>(QStringLiteral("authScorecardTable"))->parentWidget());
    auto* scoreView = page.findChild<QTableView*>(QStringLiteral("authScorecardTable"));
    QVERIFY(scoreView->isVisible());
    QCoreApplication::processEvents();
    QHeaderView* header = scoreView->horizontalHeader();
    QVERIFY2(header->sectionSize(3) > header->sectionSize(0), qPrintable(QStringLiteral("%1 %2").arg(header->sectionSize(3)).arg(header->sectionSize(0))));
    QVERIFY(header->sectionSize(0) <= scoreView->fontMetrics().averageCharWidth() * 40);
    QVERIFY(header->sectionSize(3) >= scoreView->fontMetrics().averageCharWidth() * 30);
    QVERIFY2(header->sectionViewportPosition(4) + header->sectionSize(4) <= scoreView->viewport()->width(),
             qPrintable(QStringLiteral("%1 + %2 > %3").arg(header->sectionViewportPosition(4)).arg(header->sectionSize(4)).arg(scoreView->viewport()->width())));

    // findings go to the dock
    bool dkimPassFinding = false;
    for (const Finding& f : page.findings())
        dkimPassFinding = dkimPassFinding || (f.code.startsWith("DKIM.") && f.severity == Severity::Pass);
    QVERIFY(dkimPassFinding);
}

// forwarded.eml: a list appended a footer after signing: DKIM fails and the diagnosis says so.
void tst_AuthPage::brokenByFooter()
{
    AuthPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDocument(load(QStringLiteral("forwarded.eml")));
    QVERIFY(waitChecked(page));
    QCOMPARE(page.ipEdit()->text(), QStringLiteral("192.0.2.27")); // the forwarder, the topmost public hop
    QCOMPARE(page.spfBadge()->result(), QByteArray("fail"));
    QCOMPARE(page.dkimBadge()->result(), QByteArray("fail"));
    QCOMPARE(page.dmarcBadge()->result(), QByteArray("fail"));
    QCOMPARE(page.dkimModel()->text(0, 6), QStringLiteral("fail"));
    QCOMPARE(page.dkimModel()->index(0, 6).data(Qt::ToolTipRole).toString(), QStringLiteral("DKIM.BODY_HASH_MISMATCH"));
    QCOMPARE(page.dkimView()->currentIndex().row(), 0);
    const QString diagnosis = page.diagnosisView()->toPlainText();
    QVERIFY2(diagnosis.contains(QStringLiteral("appended-content")), qPrintable(diagnosis));
    QVERIFY(diagnosis.contains(QStringLiteral("Sent·through·the·list·forwarder.test")));
    // the canonical body the verifier hashed, with the footer and CR/LF made visible
    const QString canonical = page.canonicalBodyView()->toPlainText();
    const QFontMetrics metrics(page.canonicalBodyView()->font());
    const QString crlf = (metrics.inFontUcs4(0x240D) ? QStringLiteral("␍") : QStringLiteral("\\r"))
        + (metrics.inFontUcs4(0x240A) ? QStringLiteral("␊") : QStringLiteral("\\n"));
    QVERIFY(canonical.contains(QStringLiteral("this·is·a·test·message.") + crlf));
    QVERIFY(canonical.contains(QStringLiteral("Sent·through·the·list·forwarder.test") + crlf));
}

void tst_AuthPage::trustPickerChangesComparison()
{
    AuthPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDocument(load(QStringLiteral("forwarded.eml")));
    QVERIFY(waitChecked(page));
    QListWidget* trust = page.trustList();
    QCOMPARE(trust->count(), 2);
    QCOMPARE(trust->item(0)->text(), QStringLiteral("mx.receiver.test"));
    QCOMPARE(trust->item(1)->text(), QStringLiteral("mx.forwarder.test"));
    QCOMPARE(trust->item(0)->checkState(), Qt::Checked);
    QCOMPARE(trust->item(1)->checkState(), Qt::Unchecked);

    const AuthTableModel* cmp = page.comparisonModel();
    auto forwarderRows = [cmp] {
        QList<int> rows;
        for (int r = 0; r < cmp->rowCount(); ++r) {
            if (cmp->text(r, 1) == QStringLiteral("mx.forwarder.test"))
                rows << r;
        }
        return rows;
    };
    auto hasFinding = [&page](const QByteArray& code) {
        for (const Finding& f : page.findings()) {
            if (f.code == code)
                return true;
        }
        return false;
    };
    QCOMPARE(forwarderRows().size(), 3);
    for (int r : forwarderRows()) {
        QCOMPARE(cmp->text(r, 2), QStringLiteral("no"));
        QCOMPARE(cmp->text(r, 5), QStringLiteral("pass"));   // the forwarder saw passes
        QCOMPARE(cmp->text(r, 7), QStringLiteral("disagree"));
    }
    QVERIFY(!hasFinding("AUTH.AR_DISAGREE"));
    QVERIFY(hasFinding("AUTH.AR_UNTRUSTED_DISAGREE"));

    QSignalSpy findingsSpy(&page, &WorkspacePage::findingsChanged);
    trust->item(1)->setCheckState(Qt::Checked); // believe the forwarder too
    QCOMPARE(findingsSpy.count(), 1);
    QCOMPARE(page.trustedAuthservIds(), (QList<QByteArray>{"mx.receiver.test", "mx.forwarder.test"}));
    for (int r : forwarderRows())
        QCOMPARE(cmp->text(r, 2), QStringLiteral("yes"));
    QVERIFY(hasFinding("AUTH.AR_DISAGREE"));

    // only the forwarder: the receiver's (agreeing) rows become untrusted
    trust->item(0)->setCheckState(Qt::Unchecked);
    QCOMPARE(page.trustedAuthservIds(), QList<QByteArray>{"mx.forwarder.test"});
    QCOMPARE(cmp->text(rowOf(cmp, 1, QStringLiteral("mx.receiver.test")), 2), QStringLiteral("no"));
}

void tst_AuthPage::editIpAndRecheck()
{
    QWidget window;
    auto* page = new AuthPage(&window);
    window.resize(1100, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    page->setDocument(load(QStringLiteral("forwarded.eml")));
    QVERIFY(waitChecked(*page));
    QCOMPARE(page->spfBadge()->result(), QByteArray("fail"));

    // the message as the forwarder received it: from 192.0.2.25, which auth.test authorises
    page->ipEdit()->setFocus();
    page->ipEdit()->selectAll();
    QTest::keyClicks(page->ipEdit(), QStringLiteral("192.0.2.25"));
    QVERIFY(page->findChild<QLabel*>(QStringLiteral("authIpEditSource"))->text().contains(QStringLiteral("edited")));
    QSignalSpy checked(page, &AuthPage::checked);
    QTest::keyClick(page->ipEdit(), Qt::Key_R, Qt::ControlModifier); // Ctrl+R: Re-check
    QVERIFY(page->isRunning());
    QVERIFY(checked.wait(20000));
    QCOMPARE(page->output()->result.connection.ip.toString(), QStringLiteral("192.0.2.25"));
    QCOMPARE(page->output()->result.connection.ipSource, QByteArray("override"));
    QCOMPARE(page->spfBadge()->result(), QByteArray("pass"));
    QCOMPARE(page->dkimBadge()->result(), QByteArray("fail")); // the footer is still there
    QCOMPARE(page->dmarcBadge()->result(), QByteArray("pass")); // aligned SPF pass is enough
    // a bad address does not start a run
    page->ipEdit()->setText(QStringLiteral("192.0.2.300"));
    page->recheck();
    QVERIFY(!page->isRunning());
}

// Every lookup fails (no DNS server answers): the state line, the DKIM reason and the SPF finding say why.
void tst_AuthPage::failedLookupsSaySo()
{
    const DnsConfig saved = ResolverFactory::config();
    DnsConfig dead = saved;
    dead.options.servers = QStringList{QStringLiteral("127.0.0.1:9")}; // discard port: nothing answers
    dead.options.timeoutMs = 300;
    dead.options.tries = 1;
    ResolverFactory::setConfig(dead);
    const auto restore = qScopeGuard([&saved]() { ResolverFactory::setConfig(saved); });

    AuthPage page;
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDocument(load(QStringLiteral("aligned.eml")));
    QVERIFY(waitChecked(page));
    QVERIFY(!page.output()->queries.isEmpty());

    const QString state = page.findChild<QLabel*>(QStringLiteral("authStateLabel"))->text();
    QVERIFY2(!state.contains(QStringLiteral("answer")), qPrintable(state));
    QVERIFY2(state.contains(QStringLiteral("all failed: ")), qPrintable(state));

    // the DKIM reason is a sentence, without the raw outcome token
    const QString reason = page.dkimModel()->text(0, 7);
    QVERIFY2(reason.contains(QStringLiteral("the key lookup for ")), qPrintable(reason));
    for (const char* token : {"ERROR", "TIMEOUT", "SERVFAIL", "REFUSED"})
        QVERIFY2(!reason.contains(QLatin1String(token)), qPrintable(reason));

    // SPF.EVAL_DNS_ERROR: a title, and the lookup with the resolver's reason in the detail
    bool spfDnsError = false;
    for (const Finding& f : page.findings()) {
        if (f.code != "SPF.EVAL_DNS_ERROR")
            continue;
        spfDnsError = true;
        QVERIFY2(f.title.at(0).isUpper(), qPrintable(f.title));
        QVERIFY2(f.detail.contains(QStringLiteral("auth.test")), qPrintable(f.detail));
        QVERIFY2(!f.detail.contains(QStringLiteral("the lookup failed")), qPrintable(f.detail));
    }
    QVERIFY(spfDnsError);
}

void tst_AuthPage::cancelRun()
{
    AuthPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDocument(load(QStringLiteral("aligned.eml")));
    QVERIFY(waitChecked(page));
    // MAIL FROM in a domain whose DNS never answers (the test BIND drops timeout.example.test): the
    // SPF lookup would take the resolver's full timeout (2 tries × 2 s)
    page.mailFromEdit()->setText(QStringLiteral("someone@timeout.example.test"));
    QSignalSpy checked(&page, &AuthPage::checked);
    QSignalSpy cancelled(&page, &AuthPage::cancelled);
    page.recheck();
    QVERIFY(page.isRunning());
    QTest::qWait(300);
    QVERIFY(page.isRunning());
    QVERIFY(page.cancelAction()->isEnabled());
    page.cancelAction()->trigger();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!page.isRunning());
    QCOMPARE(page.spfBadge()->result(), QByteArray());
    QVERIFY(page.spfBadge()->reason().contains(QStringLiteral("cancelled")));
    // the worker stops promptly (well before the 4 s the lookup would take) and delivers nothing
    QElapsedTimer timer;
    timer.start();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(2000));
    QVERIFY(timer.elapsed() < 2000);
    QTest::qWait(200);
    QCOMPARE(checked.count(), 0);
}

void tst_AuthPage::saveToCase()
{
    AuthPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setDocument(load(QStringLiteral("aligned.eml")));
    QVERIFY(waitChecked(page));
    Report::Case theCase;
    page.saveToCase(theCase);
    QCOMPARE(theCase.checks.size(), 1);
    const Report::CaseCheck& check = theCase.checks.first();
    QCOMPARE(check.kind, QStringLiteral("auth"));
    QCOMPARE(check.input, QStringLiteral("aligned.eml"));
    QCOMPARE(check.findings.size(), page.findings().size());
    QCOMPARE(check.result.value(QStringLiteral("spf")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
    QCOMPARE(check.result.value(QStringLiteral("dmarc")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("pass"));
    QVERIFY(!theCase.dnsSnapshot.isEmpty()); // the answers the verdicts rest on
}

// ---- what a signature covers (RFC 6376 §5.4.2, §3.5 l=; RFC 8617 §4.1) -------------------------

QList<SignedByteRange> tst_AuthPage::expectedFields(const QByteArray& raw, const QList<QByteArray>& starts)
{
    // each start identifies one unfolded field line: [start, its line break]
    QList<SignedByteRange> out;
    for (const QByteArray& start : starts) {
        const qsizetype at = raw.indexOf(start);
        if (at < 0 || raw.indexOf(start, at + 1) >= 0)
            return {}; // the test's own data must name each field once
        const qsizetype lf = raw.indexOf('\n', at);
        out.append({SignedByteRange::Kind::SignedHeader, at, lf + 1 - at, start.left(start.indexOf(':'))});
    }
    return out;
}

void tst_AuthPage::signedRanges_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::addColumn<QByteArray>("tags");        // c=, h=, l= of a hand-made DKIM-Signature
    QTest::addColumn<QByteArray>("body");        // with "\n" for the line ends
    QTest::addColumn<QList<QByteArray>>("fields"); // the fields hashed, in hashing order
    QTest::addColumn<QList<QByteArray>>("overSigned");
    QTest::addColumn<qint64>("cut");             // body-relative; -1: no l=

    const QList<QByteArray> all = {"From: a@auth.test", "Subject: second", "Subject: first", "To: b@example.test",
                                   "Date: Fri"};
    QTest::newRow("repeated names bottom-up, over-signed subject and reply-to")
        << QByteArray("\r\n") << QByteArray("c=relaxed/relaxed; h=from:subject:subject:subject:reply-to:to:date")
        << QByteArray("hi\n") << all << QList<QByteArray>{"subject", "reply-to"} << qint64(-1);
    QTest::newRow("names case-insensitive, h= folded")
        << QByteArray("\r\n") << QByteArray("c=simple; h=From : SUBJECT:\r\n\tsubject") << QByteArray("hi\n")
        << QList<QByteArray>{"From: a@auth.test", "Subject: second", "Subject: first"} << QList<QByteArray>{}
        << qint64(-1);
    QTest::newRow("only the bottom instance when listed once")
        << QByteArray("\r\n") << QByteArray("c=relaxed/relaxed; h=subject:from") << QByteArray("hi\n")
        << QList<QByteArray>{"Subject: second", "From: a@auth.test"} << QList<QByteArray>{} << qint64(-1);
    // canonical "line one\r\nline two\r\n": l=17 ends after the "w" of "two", raw byte 18 (two spaces)
    QTest::newRow("l= relaxed, cut inside a line with a WSP run")
        << QByteArray("\r\n") << QByteArray("c=relaxed/relaxed; h=from; l=17")
        << QByteArray("line one\nline  two  \n\nfooter\n") << QList<QByteArray>{"From: a@auth.test"}
        << QList<QByteArray>{} << qint64(18);
    // a list appended "footer" after signing; l= was the whole canonical body (14 bytes)
    QTest::newRow("l= simple, footer appended after signing")
        << QByteArray("\r\n") << QByteArray("c=simple/simple; h=from; l=14") << QByteArray("hello\nworld\nfooter\n")
        << QList<QByteArray>{"From: a@auth.test"} << QList<QByteArray>{} << qint64(14);
    // canonical "a\r\n\r\n\r\nb c\r\n": the WSP-only line is empty; l=8 ends after "b" (raw 10)
    QTest::newRow("l= relaxed, empty and WSP-only lines before the cut")
        << QByteArray("\r\n") << QByteArray("c=relaxed/relaxed; h=from; l=8") << QByteArray("a\n\n \t\nb c\n")
        << QList<QByteArray>{"From: a@auth.test"} << QList<QByteArray>{} << qint64(10);
    QTest::newRow("l=0 signs no body byte") << QByteArray("\r\n") << QByteArray("c=simple/simple; h=from; l=0")
                                            << QByteArray("x\n") << QList<QByteArray>{"From: a@auth.test"}
                                            << QList<QByteArray>{} << qint64(0);
    QTest::newRow("l= beyond the body") << QByteArray("\r\n") << QByteArray("c=simple/simple; h=from; l=100")
                                        << QByteArray("x\ny\n") << QList<QByteArray>{"From: a@auth.test"}
                                        << QList<QByteArray>{} << qint64(6);
    // bare LF counts as CRLF: canonical "one\r\n" + "t"
    QTest::newRow("LF-only message, l= relaxed")
        << QByteArray("\n") << QByteArray("c=relaxed/relaxed; h=from:to:subject; l=6") << QByteArray("one\ntwo\n")
        << QList<QByteArray>{"From: a@auth.test", "To: b@example.test", "Subject: second"} << QList<QByteArray>{}
        << qint64(5);
}

void tst_AuthPage::signedRanges()
{
    QFETCH(QByteArray, eol);
    QFETCH(QByteArray, tags);
    QFETCH(QByteArray, body);
    QFETCH(QList<QByteArray>, fields);
    QFETCH(QList<QByteArray>, overSigned);
    QFETCH(qint64, cut);

    const QByteArray signature = "DKIM-Signature: v=1; a=rsa-sha256; d=auth.test; s=s2048; " + tags
                                 + "; bh=AAAA; b=AAAA" + eol;
    QByteArray headers = "Received: from a by b; Fri, 27 Nov 2026 10:00:00 +0000\n"
                         "From: a@auth.test\n"
                         "Subject: first\n"
                         "To: b@example.test\n"
                         "Subject: second\n"
                         "Date: Fri, 27 Nov 2026 10:00:00 +0000\n\n";
    headers.replace("\n", eol);
    body.replace("\n", eol);
    const QByteArray raw = signature + headers + body;
    const qint64 bodyOffset = signature.size() + headers.size();
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(raw));

    const SignedRanges ranges = dkimSignedRanges(message, 0);
    QVERIFY2(ranges.valid, qPrintable(ranges.error));
    QCOMPARE(ranges.domain, QByteArray("auth.test"));
    QCOMPARE(ranges.signature, (SignedByteRange{SignedByteRange::Kind::SignatureField, 0, signature.size(), "DKIM-Signature"}));
    const QList<SignedByteRange> expected = expectedFields(raw, fields);
    QCOMPARE(expected.size(), fields.size());
    QCOMPARE(ranges.headers, expected);
    QCOMPARE(ranges.overSigned, overSigned);

    // the same fields, in the same order, as the verifier hashed
    const QList<Auth::DkimPreparedSignature> prepared = Auth::DkimVerifier::prepare(message);
    QCOMPARE(prepared.size(), 1);
    QList<qint64> verifierOffsets;
    for (const SignedByteRange& r : ranges.headers)
        verifierOffsets.append(r.offset);
    QCOMPARE(prepared.first().result.signedFieldOffsets, verifierOffsets);

    QCOMPARE(ranges.bodyOffset, bodyOffset);
    QCOMPARE(ranges.bodyLength, qint64(body.size()));
    if (cut < 0) {
        QCOMPARE(ranges.bodyCut, qint64(-1));
        QCOMPARE(ranges.bodyRanges,
                 (QList<SignedByteRange>{{SignedByteRange::Kind::SignedBody, bodyOffset, body.size(), {}}}));
    } else {
        QCOMPARE(ranges.bodyCut - bodyOffset, cut);
        QList<SignedByteRange> expectedBody;
        if (cut > 0)
            expectedBody.append({SignedByteRange::Kind::SignedBody, bodyOffset, cut, {}});
        if (cut < body.size())
            expectedBody.append({SignedByteRange::Kind::UnsignedBody, bodyOffset + cut, body.size() - cut, {}});
        QCOMPARE(ranges.bodyRanges, expectedBody);
    }
    // every range lies inside the message, sorted
    qint64 last = -1;
    for (const SignedByteRange& r : ranges.all()) {
        QVERIFY(r.offset >= last);
        QVERIFY(r.offset + r.length <= raw.size());
        last = r.offset;
    }
}

void tst_AuthPage::arcRanges_data()
{
    QTest::addColumn<int>("instance");
    QTest::addColumn<bool>("seal");
    QTest::addColumn<QList<QByteArray>>("fields");
    QTest::addColumn<QList<QByteArray>>("overSigned");
    QTest::addColumn<QByteArray>("signature");

    // AMS(1) cannot reach the AAR of hop 2 (RFC 8617 §4.1.2): its second AAR name is over-signed
    QTest::newRow("AMS i=1: later ARC fields out of reach")
        << 1 << false << QList<QByteArray>{"From: a@a.test", "Subject: s", "ARC-Authentication-Results: i=1"}
        << QList<QByteArray>{"arc-authentication-results"} << QByteArray("ARC-Message-Signature: i=1");
    // AMS(2) picks bottom-up: the lowest AAR is hop 1's
    QTest::newRow("AMS i=2: bottom-up among both AARs")
        << 2 << false << QList<QByteArray>{"From: a@a.test", "Subject: s", "ARC-Authentication-Results: i=1"}
        << QList<QByteArray>{} << QByteArray("ARC-Message-Signature: i=2");
    QTest::newRow("AS i=1: its own set") << 1 << true
                                         << QList<QByteArray>{"ARC-Authentication-Results: i=1", "ARC-Message-Signature: i=1"}
                                         << QList<QByteArray>{} << QByteArray("ARC-Seal: i=1");
    QTest::newRow("AS i=2: sets 1 and 2 in instance order")
        << 2 << true
        << QList<QByteArray>{"ARC-Authentication-Results: i=1", "ARC-Message-Signature: i=1", "ARC-Seal: i=1",
                             "ARC-Authentication-Results: i=2", "ARC-Message-Signature: i=2"}
        << QList<QByteArray>{} << QByteArray("ARC-Seal: i=2");
}

void tst_AuthPage::arcRanges()
{
    QFETCH(int, instance);
    QFETCH(bool, seal);
    QFETCH(QList<QByteArray>, fields);
    QFETCH(QList<QByteArray>, overSigned);
    QFETCH(QByteArray, signature);
    const QByteArray raw =
        "ARC-Seal: i=2; a=rsa-sha256; cv=pass; d=b.test; s=s; b=AAAA\r\n"
        "ARC-Message-Signature: i=2; a=rsa-sha256; c=relaxed/relaxed; d=b.test; s=s; h=from:subject:arc-authentication-results; bh=AAAA; b=AAAA\r\n"
        "ARC-Authentication-Results: i=2; b.test; spf=pass\r\n"
        "ARC-Seal: i=1; a=rsa-sha256; cv=none; d=a.test; s=s; b=AAAA\r\n"
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=a.test; s=s; h=from:subject:arc-authentication-results:arc-authentication-results; bh=AAAA; b=AAAA\r\n"
        "ARC-Authentication-Results: i=1; a.test; spf=pass\r\n"
        "From: a@a.test\r\n"
        "Subject: s\r\n"
        "\r\n"
        "body\r\n";
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(raw));
    const SignedRanges ranges = arcSignedRanges(
        message, instance, seal ? SignedRanges::Source::ArcSeal : SignedRanges::Source::ArcMessageSignature);
    QVERIFY2(ranges.valid, qPrintable(ranges.error));
    const QList<SignedByteRange> expected = expectedFields(raw, fields);
    QCOMPARE(expected.size(), fields.size());
    QCOMPARE(ranges.headers, expected);
    QCOMPARE(ranges.overSigned, overSigned);
    QCOMPARE(ranges.signature.offset, qint64(raw.indexOf(signature)));
    QCOMPARE(ranges.signature.kind, SignedByteRange::Kind::SignatureField);
    QCOMPARE(ranges.coversBody, !seal);
    QCOMPARE(ranges.bodyRanges.isEmpty(), seal);
    QCOMPARE(ranges.domain, instance == 1 ? QByteArray("a.test") : QByteArray("b.test"));
    // an instance that is not there
    QVERIFY(!arcSignedRanges(message, 3, SignedRanges::Source::ArcSeal).valid);
}

// aligned.eml (signed by dkimpy): selecting the signature colours exactly the fields it hashed
void tst_AuthPage::signedRangesInView()
{
    AuthPage page;
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(&page, &AuthPage::signedRangesShown);
    page.setDocument(load(QStringLiteral("aligned.eml")));
    QVERIFY(waitChecked(page));
    QTRY_VERIFY(shown.count() > 0);
    const SignedRanges& ranges = page.shownRanges();
    QVERIFY2(ranges.valid, qPrintable(ranges.error));
    QCOMPARE(ranges.source, SignedRanges::Source::Dkim);
    const Auth::DkimSignatureResult& dkim = page.output()->result.dkim.first();
    QList<qint64> offsets;
    QList<QByteArray> names;
    for (const SignedByteRange& r : ranges.headers) {
        offsets.append(r.offset);
        names.append(r.name.toLower());
    }
    QCOMPARE(offsets, dkim.signedFieldOffsets);
    QCOMPARE(names, (QList<QByteArray>{"from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                                       "list-unsubscribe", "list-unsubscribe-post"}));
    QVERIFY(ranges.overSigned.isEmpty());
    QCOMPARE(ranges.signature.offset, dkim.fieldOffset);
    QCOMPARE(ranges.bodyCut, qint64(-1));
    // drawn: 9 fields, the signature, the body; each coloured by its kind
    SignedRangesView* view = page.signedRangesView();
    QTRY_COMPARE(view->drawnRanges().size(), 11);
    QCOMPARE(view->extraSelections().size(), 11);
    int sigCount = 0;
    for (const QTextEdit::ExtraSelection& sel : view->extraSelections()) {
        const qint64 from = view->byteOffset(sel.cursor.selectionStart());
        if (from == dkim.fieldOffset) {
            ++sigCount;
            QCOMPARE(sel.format.background().color(), view->colour(SignedByteRange::Kind::SignatureField));
        }
    }
    QCOMPARE(sigCount, 1);
    QVERIFY2(page.signedRangesLegend()->text().contains(QStringLiteral("signs 9 header field")),
             qPrintable(page.signedRangesLegend()->text()));
    QVERIFY(page.signedRangesLegend()->text().contains(QStringLiteral("Body: all")));
}

void tst_AuthPage::restoreRoundTrip()
{
    AuthPage first;
    first.show();
    QVERIFY(QTest::qWaitForWindowExposed(&first));
    first.setDocument(load(QStringLiteral("aligned.eml")));
    QVERIFY(waitChecked(first));
    Report::Case saved;
    first.saveToCase(saved);
    // through the file format
    const auto reopened = Report::Case::fromBytes(saved.toBytes());
    QVERIFY(reopened.has_value());

    // a DNS server that never answers: a run would end in temperror, not in the saved verdicts
    const DnsConfig good = ResolverFactory::config();
    DnsConfig dead = good;
    dead.options.servers = QStringList{QStringLiteral("127.0.0.1:9")};
    ResolverFactory::setConfig(dead);
    auto restoreDns = qScopeGuard([&good] { ResolverFactory::setConfig(good); }); // also when a check below fails
    AuthPage second;
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QSignalSpy restored(&second, &AuthPage::restored);
    second.restoreFromCase(*reopened);
    second.setDocument(load(QStringLiteral("aligned.eml")));
    QCOMPARE(restored.count(), 1);
    QVERIFY(!second.isRunning());
    QVERIFY(second.isRestored());
    QVERIFY(second.output()->queries.isEmpty());
    for (auto badge : {&AuthPage::spfBadge, &AuthPage::dkimBadge, &AuthPage::dmarcBadge, &AuthPage::arcBadge}) {
        QCOMPARE((second.*badge)()->result(), (first.*badge)()->result());
        QCOMPARE((second.*badge)()->reason(), (first.*badge)()->reason());
    }
    auto sameTable = [](const AuthTableModel* a, const AuthTableModel* b) {
        if (a->rowCount() != b->rowCount() || a->rowCount() == 0)
            return false;
        for (int r = 0; r < a->rowCount(); ++r) {
            for (int c = 0; c < a->columnCount(); ++c) {
                if (a->text(r, c) != b->text(r, c))
                    return false;
            }
        }
        return true;
    };
    QVERIFY(sameTable(second.dkimModel(), first.dkimModel()));
    QVERIFY(sameTable(second.scorecardModel(), first.scorecardModel()));
    QVERIFY(sameTable(second.alignmentModel(), first.alignmentModel()));
    QVERIFY(sameTable(second.comparisonModel(), first.comparisonModel()));
    QCOMPARE(second.spfModel()->rowCount(), first.spfModel()->rowCount());
    QCOMPARE(second.dmarcSummary()->text(), first.dmarcSummary()->text());
    QCOMPARE(second.trustList()->count(), 1);
    QCOMPARE(second.trustList()->item(0)->checkState(), Qt::Checked);
    QCOMPARE(second.findings().size(), first.findings().size());
    for (int i = 0; i < first.findings().size(); ++i)
        QCOMPARE(second.findings().at(i).code, first.findings().at(i).code);
    QCOMPARE(second.dkimModel()->row(0).offset, first.dkimModel()->row(0).offset);
    // the raw view still shows what the signature covers
    QTRY_VERIFY(second.shownRanges().valid);
    QCOMPARE(second.shownRanges().headers.size(), 9);

    // saved again: the same result object as before
    Report::Case again;
    second.saveToCase(again);
    QCOMPARE(again.checks.size(), 1);
    QCOMPARE(again.checks.first().result, saved.checks.first().result);
    QCOMPARE(again.checks.first().findings.size(), saved.checks.first().findings.size());

    // Re-check asks DNS again (here the dead server): the result is no longer the case's
    QSignalSpy checked(&second, &AuthPage::checked);
    second.recheckAction()->trigger();
    QVERIFY(second.isRunning());
    second.cancel();
    ResolverFactory::setConfig(good);
    second.recheck();
    QVERIFY(waitChecked(second));
    QVERIFY(!second.isRestored());
    QCOMPARE(second.dkimBadge()->result(), QByteArray("pass"));
}

QByteArray tst_AuthPage::bigSignedMessage()
{
    static QByteArray cached;
    if (!cached.isEmpty())
        return cached;
    QByteArray raw = "From: News <news@auth.test>\r\n"
                     "To: user@receiver.test\r\n"
                     "Subject: A big one\r\n"
                     "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"
                     "Message-ID: <big@auth.test>\r\n"
                     "MIME-Version: 1.0\r\n"
                     "Content-Type: text/plain; charset=us-ascii\r\n"
                     "\r\n";
    const QByteArray line = QByteArray(72, 'x') + "\r\n";
    raw.reserve(31 * 1024 * 1024);
    while (raw.size() < 30 * 1024 * 1024)
        raw += line;
    auto key = Auth::DkimPrivateKey::fromFile(QStringLiteral(TEST_DATA_DIR "/auth/keys/s2048.pem"));
    if (!key)
        return {};
    Auth::DkimSignOptions options;
    options.domain = "auth.test";
    options.selector = "s2048";
    options.headerCanon = Auth::DkimCanon::Relaxed;
    options.bodyCanon = Auth::DkimCanon::Simple;
    auto signedRaw = Auth::dkimSign(raw, *key, options);
    if (!signedRaw)
        return {};
    cached = *signedRaw;
    return cached;
}

namespace {
/** @short Measures the longest gap between the ticks of a 20 ms timer on the UI thread. */
struct TickWatch
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;
    TickWatch()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
        clock.start();
        timer.start();
    }
    qint64 stop()
    {
        timer.stop();
        return std::max(worst, clock.elapsed() - last);
    }
};
} // namespace

// A 30 MB message signed with core's signer (key s2048 published in auth.test): verifying it
// never stalls the UI thread, and the verdict is right.
void tst_AuthPage::bigMessageOffUiThread()
{
    const QByteArray raw = bigSignedMessage();
    QVERIFY(raw.size() > 30 * 1024 * 1024);
    MessageDocumentPtr doc =
        MessageDocument::build(Mail::parseMessage(Mail::RawData::fromBytes(raw, QStringLiteral("big.eml"))),
                               QStringLiteral("big.eml"));
    AuthPage page;
    page.resize(1200, 900);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy shown(&page, &AuthPage::signedRangesShown);
    QElapsedTimer total;
    total.start();
    TickWatch ticks;
    page.setDocument(doc);
    QVERIFY(page.isRunning());
    QVERIFY(waitChecked(page, 120000));
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 30000);
    const qint64 worst = ticks.stop();
    qInfo("30 MB message: verified in %lld ms, longest UI-thread gap %lld ms", total.elapsed(), worst);
    QCOMPARE(page.dkimBadge()->result(), QByteArray("pass"));
    QCOMPARE(page.dkimModel()->text(0, 6), QStringLiteral("pass"));
    QVERIFY(page.shownRanges().valid);
    QCOMPARE(page.shownRanges().bodyLength, qint64(raw.size()) - page.shownRanges().bodyOffset);
    QVERIFY2(worst < 250, qPrintable(QStringLiteral("UI thread stalled %1 ms").arg(worst)));
}

// The Batch tab's runner: the same message read back from a file, hashed on the runner's pool.
void tst_AuthPage::bigMessageBatchOffUiThread()
{
    const QByteArray raw = bigSignedMessage();
    QVERIFY(!raw.isEmpty());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.eml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(raw), qint64(raw.size()));
    }
    BatchTableModel model;
    BatchRow row;
    row.file = path;
    row.length = raw.size();
    model.appendRows({row});
    BatchAuthRunner runner(&model);
    runner.setResolverOptions(ResolverFactory::config().options);
    QSignalSpy finished(&runner, &BatchAuthRunner::finished);
    QElapsedTimer total;
    total.start();
    TickWatch ticks;
    runner.enqueue(0, 0);
    QVERIFY(finished.wait(120000));
    const qint64 worst = ticks.stop();
    qInfo("30 MB message in the batch runner: %lld ms, longest UI-thread gap %lld ms", total.elapsed(), worst);
    QCOMPARE(model.row(0).dkim, QStringLiteral("pass"));
    QCOMPARE(runner.doneCount(), 1);
    QVERIFY2(worst < 250, qPrintable(QStringLiteral("UI thread stalled %1 ms").arg(worst)));
}

// Leaving the application while a check waits for DNS: the page's destructor stops the check and the
// process exits at once (before WorkerLoop, the stop was polled from a timer that no longer fires
// once ~QApplication begins, and the process hung in the global thread pool's waitForDone()).
void tst_AuthPage::exitWhileChecking()
{
    const QString failure = ChildProcess::failureOf(QStringLiteral("exitWhileCheckingChild"), 30000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void tst_AuthPage::exitWhileCheckingChild()
{
    if (!ChildProcess::isChild())
        QSKIP("runs as the child process of exitWhileChecking");
    QUdpSocket* silent = SilentDnsServer::startUntilExit();
    QVERIFY(silent);
    auto* page = new AuthPage;
    ChildProcess::deleteAtExit(page); // its destructor stops the check as the application goes
    page->show(); // a hidden page checks when it is shown
    QVERIFY(QTest::qWaitForWindowExposed(page));
    page->setDocument(load(QStringLiteral("aligned.eml")));
    QVERIFY(page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(silent->hasPendingDatagrams(), 10000); // the worker asked and now waits
    QVERIFY(page->isRunning());
}

QTEST_MAIN(tst_AuthPage)
#include "tst_authpage.moc"
