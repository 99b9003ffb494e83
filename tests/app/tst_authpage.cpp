// SPDX-License-Identifier: GPL-3.0-or-later
// The Authentication tab (issue 4) driven as a user would, offscreen, against the real BIND of the
// test servers (zones auth.test and example.test): the messages of tests/data/auth were signed by
// an independent tool (dkimpy, tests/data/auth/make_messages.py) with keys published in auth.test.

#include "TestServers.h"

#include "document/MessageDocument.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "models/AuthSpfTraceModel.h"
#include "models/AuthTableModel.h"
#include "models/Roles.h"
#include "report/Case.h"
#include "util/ResolverFactory.h"
#include "widgets/AuthBadge.h"
#include "windows/AuthPage.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
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
    void cancelRun();
    void saveToCase();

private:
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
    return MessageDocument::build(Mail::parseMessage(Mail::RawData::fromBytes(f.readAll(), name)), name);
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
    // the canonical body of a passing signature, whitespace made visible
    QVERIFY(page.canonicalBodyView()->toPlainText().startsWith(QStringLiteral("Hello,␍␊")));

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
    QVERIFY(canonical.contains(QStringLiteral("this·is·a·test·message.␍␊")));
    QVERIFY(canonical.contains(QStringLiteral("Sent·through·the·list·forwarder.test␍␊")));
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

QTEST_MAIN(tst_AuthPage)
#include "tst_authpage.moc"
