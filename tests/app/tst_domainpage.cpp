// SPDX-License-Identifier: GPL-3.0-or-later
// The Domain tab against the real BIND of the test_servers fixture (zones in
// tests/support/test-servers/templates/dns/zones/audit.test.zone): the SPF tree with its lookup
// costs and the record that breaks the budget, the MX rows, the DNS trace, the what-if overlay
// and cancel. Expected values are hand counts of the zone file (see each test).
#include "document/MessageDocument.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "models/DnsTraceModel.h"
#include "models/SpfTreeModel.h"
#include "report/Case.h"
#include "widgets/ZoneOverlayEditor.h"
#include "windows/DomainPage.h"

#include "TestServers.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTest>
#include <QUdpSocket>
#include <QElapsedTimer>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

class tst_DomainPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void auditShowsTreeMxAndTrace();
    void voidBudgetBreaker();
    void overlayFixesSpf();
    void overlaySyntaxErrors();
    void cancelStopsRun();
    void prefillFromMessage();
    void saveAndRestoreCase();

private:
    std::unique_ptr<DomainPage> makePage(const QString& server = {}, int timeoutMs = 1000);
    static bool runAndWait(DomainPage* page, int timeoutMs = 20000);
    static QModelIndex findNode(const QAbstractItemModel* model, const QString& domain, const QModelIndex& parent = {});
    static bool hasCode(const Findings& findings, const QByteArray& code);

    QString m_server;
};

void tst_DomainPage::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_server = env->value(QStringLiteral("DNS_SERVER"));
    QVERIFY(!m_server.isEmpty());
}

std::unique_ptr<DomainPage> tst_DomainPage::makePage(const QString& server, int timeoutMs)
{
    auto page = std::make_unique<DomainPage>();
    Dns::ResolverOptions options;
    options.servers = QStringList{server.isEmpty() ? m_server : server};
    options.timeoutMs = timeoutMs;
    options.tries = 1;
    page->setResolverOptions(options);
    Domain::AuditOptions audit;
    audit.fetchHttps = false; // the HTTPS fetches are tst_domainaudit's; here only DNS matters
    page->setAuditOptions(audit);
    page->resize(1000, 700);
    page->show();
    return page;
}

bool tst_DomainPage::runAndWait(DomainPage* page, int timeoutMs)
{
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    if (!page->isRunning() && !page->hasResult())
        return false;
    return QTest::qWaitFor([page] { return !page->isRunning() && page->hasResult(); }, timeoutMs);
}

QModelIndex tst_DomainPage::findNode(const QAbstractItemModel* model, const QString& domain, const QModelIndex& parent)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data().toString() == domain)
            return i;
        const QModelIndex below = findNode(model, domain, i);
        if (below.isValid())
            return below;
    }
    return {};
}

bool tst_DomainPage::hasCode(const Findings& findings, const QByteArray& code)
{
    for (const Finding& f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

void tst_DomainPage::auditShowsTreeMxAndTrace()
{
    auto page = makePage();
    QSignalSpy findingsSpy(page.get(), &WorkspacePage::findingsChanged);
    page->domainEdit()->setText(QStringLiteral("spf-limit.audit.test"));
    QVERIFY(runAndWait(page.get()));
    QVERIFY(findingsSpy.count() >= 2); // cleared at the start, then streamed per section
    QVERIFY(hasCode(page->findings(), "SPF.LOOKUP_LIMIT"));
    QVERIFY2(page->summaryLabel()->text().contains(QStringLiteral("error")), qPrintable(page->summaryLabel()->text()));

    // SPF tree (zone file): root 5 own lookups (3 includes, mx, a); a: 2, a1: 1, a2: 0; b: 2; c: 1, c1: 2 => 13
    const SpfTreeModel* spf = page->spfTreeModel();
    QCOMPARE(spf->nodeCount(), 7);
    QCOMPARE(spf->totalLookups(), 13);
    const QModelIndex root = spf->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("spf-limit.audit.test"));
    QCOMPARE(spf->rowCount(root), 3);
    QCOMPARE(spf->index(0, SpfTreeModel::LookupsColumn).data().toInt(), 5);
    QCOMPARE(spf->index(0, SpfTreeModel::TotalColumn).data().toInt(), 13);
    // running count in evaluation order: include:a (1), a1 (2), a1's a (3), include:a2 (4) | include:b (5), a, mx (7) |
    // include:c (8), include:c1 (9), c1: a:x (10), exists:y (11) | root mx (12), a (13)
    const QList<QPair<QString, int>> running = {{QStringLiteral("a.spf-limit.audit.test"), 4},
                                                 {QStringLiteral("b.spf-limit.audit.test"), 7},
                                                 {QStringLiteral("c.spf-limit.audit.test"), 11},
                                                 {QStringLiteral("c1.spf-limit.audit.test"), 11},
                                                 {QStringLiteral("spf-limit.audit.test"), 13}};
    for (const auto& [domain, count] : running) {
        const QModelIndex node = findNode(spf, domain);
        QVERIFY2(node.isValid(), qPrintable(domain));
        QCOMPARE(node.data(SpfTreeModel::CumulativeRole).toInt(), count);
    }
    // the 11th lookup is exists:y in c1's record: that node, and only that one, is highlighted
    const QModelIndex breaker = spf->lookupBreaker();
    QVERIFY(breaker.isValid());
    QCOMPARE(breaker.data().toString(), QStringLiteral("c1.spf-limit.audit.test"));
    QCOMPARE(spf->breakingTerm(), QByteArray("exists:y.spf-limit.audit.test"));
    QVERIFY(breaker.data(SpfTreeModel::BreaksLookupLimitRole).toBool());
    QVERIFY(breaker.data(Qt::BackgroundRole).isValid());
    QVERIFY(!findNode(spf, QStringLiteral("c.spf-limit.audit.test")).data(SpfTreeModel::BreaksLookupLimitRole).toBool());
    QVERIFY(!spf->voidBreaker().isValid());
    QVERIFY(page->spfLabel()->text().contains(QStringLiteral("exists:y.spf-limit.audit.test")));

    // MX: one host, mx1.good.audit.test (10), A and AAAA, PTR back to it for the IPv4 address
    QTableWidget* mx = page->mxTable();
    QCOMPARE(mx->rowCount(), 1);
    QCOMPARE(mx->item(0, 0)->text(), QStringLiteral("mx1.good.audit.test"));
    QCOMPARE(mx->item(0, 1)->data(Qt::DisplayRole).toInt(), 10);
    QVERIFY(mx->item(0, 2)->text().contains(QStringLiteral("198.51.100.11")));
    QVERIFY(mx->item(0, 2)->text().contains(QStringLiteral("2001:db8::25")));
    QVERIFY2(mx->item(0, 3)->text().contains(QStringLiteral("198.51.100.11 → mx1.good.audit.test (FCrDNS ok)")), qPrintable(mx->item(0, 3)->text()));

    // DNS trace: the TXT lookup of the domain, from the server, no overlay; each name asked once
    const DnsTraceModel* trace = page->traceModel();
    QVERIFY(trace->rowCount() >= 15);
    int rootTxt = 0;
    for (int r = 0; r < trace->rowCount(); ++r) {
        const Dns::QueryLogEntry& e = trace->entries().at(r);
        QVERIFY(!e.fromOverlay);
        QVERIFY(trace->index(r, DnsTraceModel::OverlayColumn).data().toString().isEmpty());
        if (e.name == "spf-limit.audit.test" && e.type == Dns::RecordType::TXT) {
            ++rootTxt;
            QCOMPARE(trace->index(r, DnsTraceModel::ServerColumn).data().toString(), m_server);
            QVERIFY(trace->index(r, DnsTraceModel::OutcomeColumn).data().toString().startsWith(QStringLiteral("NOERROR")));
            QVERIFY(trace->index(r, DnsTraceModel::AnswerColumn).data().toString().contains(QStringLiteral("include:a.spf-limit.audit.test")));
        }
    }
    QCOMPARE(rootTxt, 1);
    // filter: the A lookup of x.spf-limit.audit.test (a:x in c1) is one row
    page->traceFilterEdit()->setText(QStringLiteral("x.spf-limit.audit.test\tA\t"));
    QCOMPARE(page->traceFilterModel()->rowCount(), 1);
    const QString copied = page->copyTrace();
    QCOMPARE(copied.count(u'\n'), 0);
    QVERIFY(copied.startsWith(QStringLiteral("x.spf-limit.audit.test\tA\t") + m_server));
    page->traceFilterEdit()->clear();
    QCOMPARE(page->traceFilterModel()->rowCount(), trace->rowCount());
}

void tst_DomainPage::voidBudgetBreaker()
{
    auto page = makePage();
    page->domainEdit()->setText(QStringLiteral("spf-void.audit.test"));
    QVERIFY(runAndWait(page.get()));
    // a:nx1, a:nx2, exists:nx3 all NXDOMAIN: the third void lookup is in the root record
    QVERIFY(hasCode(page->findings(), "SPF.VOID_LOOKUP_LIMIT"));
    const QModelIndex breaker = page->spfTreeModel()->voidBreaker();
    QVERIFY(breaker.isValid());
    QCOMPARE(breaker.data().toString(), QStringLiteral("spf-void.audit.test"));
    QVERIFY(breaker.data(SpfTreeModel::BreaksVoidLimitRole).toBool());
    QVERIFY(!page->spfTreeModel()->lookupBreaker().isValid());
}

void tst_DomainPage::overlayFixesSpf()
{
    auto page = makePage();
    page->domainEdit()->setText(QStringLiteral("spf-limit.audit.test"));
    QVERIFY(runAndWait(page.get()));
    QVERIFY(hasCode(page->findings(), "SPF.LOOKUP_LIMIT"));

    // the record the user plans to publish: two lookups instead of 13
    page->overlayEditor()->editor()->setPlainText(QStringLiteral("@  300 IN TXT \"v=spf1 ip4:198.51.100.10 mx -all\"\n"));
    QCOMPARE(page->overlayEditor()->validate(), 0);
    QVERIFY(page->overlayEditor()->applyButton()->isEnabled());
    QTest::mouseClick(page->overlayEditor()->applyButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(QTest::qWaitFor([&page] { return !page->isRunning() && page->hasResult(); }, 20000));

    QVERIFY(!hasCode(page->findings(), "SPF.LOOKUP_LIMIT"));
    QVERIFY(hasCode(page->findings(), "SPF.OK"));
    QCOMPARE(page->spfTreeModel()->nodeCount(), 1);
    QCOMPARE(page->spfTreeModel()->totalLookups(), 1);
    QVERIFY(!page->spfTreeModel()->lookupBreaker().isValid());
    // the overlay answer is marked in the trace; real answers are not
    const DnsTraceModel* trace = page->traceModel();
    int marked = 0;
    for (int r = 0; r < trace->rowCount(); ++r) {
        const Dns::QueryLogEntry& e = trace->entries().at(r);
        const QString marker = trace->index(r, DnsTraceModel::OverlayColumn).data().toString();
        if (e.name == "spf-limit.audit.test" && e.type == Dns::RecordType::TXT) {
            QVERIFY(e.fromOverlay);
            QCOMPARE(marker, DnsTraceModel::overlayMarker());
            QVERIFY(trace->index(r, 0).data(Qt::BackgroundRole).isValid());
            ++marked;
        } else {
            QVERIFY2(marker.isEmpty(), qPrintable(QString::fromLatin1(e.name)));
        }
    }
    QCOMPARE(marked, 1);
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("what-if")));
    // a plain Run keeps the applied overlay; Clear drops it
    QVERIFY(runAndWait(page.get()));
    QVERIFY(!hasCode(page->findings(), "SPF.LOOKUP_LIMIT"));
    QTest::mouseClick(page->overlayEditor()->clearButton(), Qt::LeftButton);
    QVERIFY(runAndWait(page.get()));
    QVERIFY(hasCode(page->findings(), "SPF.LOOKUP_LIMIT"));
}

void tst_DomainPage::overlaySyntaxErrors()
{
    auto page = makePage();
    page->domainEdit()->setText(QStringLiteral("spf-limit.audit.test")); // the origin of relative names
    ZoneOverlayEditor* editor = page->overlayEditor();
    QCOMPARE(editor->origin(), QByteArray("spf-limit.audit.test"));
    editor->setText(QStringLiteral("@ TXT \"v=spf1 -all\"\nbad A 999.1.1.1\n"));
    QVERIFY(editor->validate() > 0);
    QVERIFY(!editor->applyButton()->isEnabled());
    QVERIFY(editor->diagnosticsList()->count() >= 1);
    QVERIFY2(editor->diagnosticsList()->item(0)->text().startsWith(QStringLiteral("line 2:")), qPrintable(editor->diagnosticsList()->item(0)->text()));
    editor->setText(QStringLiteral("@ TXT \"v=spf1 -all\"\n"));
    QCOMPARE(editor->validate(), 0);
    QCOMPARE(editor->diagnosticsList()->count(), 0);
    QVERIFY(editor->applyButton()->isEnabled());
}

void tst_DomainPage::cancelStopsRun()
{
    // a UDP socket that never answers: every lookup would wait for its timeout (scripted peer: no
    // real server shows "silent" on demand)
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    auto page = makePage(QStringLiteral("127.0.0.1:%1").arg(silent.localPort()), 5000);
    page->domainEdit()->setText(QStringLiteral("spf-limit.audit.test"));
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QVERIFY(page->cancelButton()->isEnabled());
    QVERIFY(!page->runButton()->isEnabled());
    QTest::qWait(200);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&page] { return !page->isRunning(); }, 2000));
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(page->hasResult());
    QVERIFY(page->result().cancelled);
    QVERIFY(page->runButton()->isEnabled());
    QVERIFY(!page->cancelButton()->isEnabled());
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("cancelled")));
}

void tst_DomainPage::prefillFromMessage()
{
    auto page = makePage();
    const QByteArray raw = "From: Sender <news@spf-limit.audit.test>\r\n"
                           "DKIM-Signature: v=1; a=rsa-sha256; d=other.example; s=third; h=from; bh=AAAA; b=AAAA\r\n"
                           "DKIM-Signature: v=1; a=rsa-sha256; d=spf-limit.audit.test; s=sel1; c=relaxed/relaxed; h=from; bh=AAAA; b=AAAA\r\n"
                           "Subject: hi\r\n\r\nbody\r\n";
    auto doc = MessageDocument::build(Mail::parseMessage(Mail::RawData::fromBytes(raw)), QStringLiteral("test"));
    page->setDocument(doc);
    QCOMPARE(page->domainEdit()->text(), QStringLiteral("spf-limit.audit.test"));
    QCOMPARE(page->selectorsEdit()->text(), QStringLiteral("sel1")); // the signature of the From: domain
    // what the user typed wins over the next message
    page->domainEdit()->clear();
    QTest::keyClicks(page->domainEdit(), QStringLiteral("good.audit.test"));
    page->setDocument(doc);
    QCOMPARE(page->domainEdit()->text(), QStringLiteral("good.audit.test"));
}

void tst_DomainPage::saveAndRestoreCase()
{
    auto page = makePage();
    page->domainEdit()->setText(QStringLiteral("spf-limit.audit.test"));
    page->selectorsEdit()->setText(QStringLiteral("s1, s2"));
    page->overlayEditor()->setText(QStringLiteral("_dmarc TXT \"v=DMARC1; p=reject\"\n"));
    QVERIFY(runAndWait(page.get()));
    Report::Case theCase;
    page->saveToCase(theCase);
    QVERIFY(theCase.domains.contains(QStringLiteral("spf-limit.audit.test")));
    QCOMPARE(theCase.checks.size(), 1);
    QCOMPARE(theCase.checks.first().kind, QStringLiteral("domain"));
    QCOMPARE(theCase.dnsSnapshot.size(), page->traceModel()->rowCount());

    // through the file format and back into a fresh page
    auto reopened = Report::Case::fromBytes(theCase.toBytes());
    QVERIFY(reopened.has_value());
    DomainPage restored;
    QSignalSpy spy(&restored, &WorkspacePage::findingsChanged);
    restored.restoreFromCase(*reopened);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(restored.domainEdit()->text(), QStringLiteral("spf-limit.audit.test"));
    QCOMPARE(restored.selectorsEdit()->text(), QStringLiteral("s1 s2"));
    QCOMPARE(restored.overlayEditor()->text(), QStringLiteral("_dmarc TXT \"v=DMARC1; p=reject\"\n"));
    QCOMPARE(restored.findings().size(), page->findings().size());
    QCOMPARE(restored.spfTreeModel()->nodeCount(), 7);
    QCOMPARE(restored.spfTreeModel()->lookupBreaker().data().toString(), QStringLiteral("c1.spf-limit.audit.test"));
    QCOMPARE(restored.mxTable()->rowCount(), 1);
    QCOMPARE(restored.traceModel()->rowCount(), page->traceModel()->rowCount());
    QVERIFY(!restored.isRunning());
}

QTEST_MAIN(tst_DomainPage)
#include "tst_domainpage.moc"
