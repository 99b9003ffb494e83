// SPDX-License-Identifier: GPL-3.0-or-later
// The Domain tab against the real BIND of the test_servers fixture (zones in
// tests/support/test-servers/templates/dns/zones/audit.test.zone): the SPF tree with its lookup
// costs and the record that breaks the budget, the MX rows, the DNS trace, the what-if overlay
// and cancel. Expected values are hand counts of the zone file (see each test). The streaming tests
// make MTA-STS slow for a real reason (its HTTPS fetch goes to a loopback port that accepts and never
// answers) and check that the other groups are shown before the audit ends.
#include "document/MessageDocument.h"
#include "message/Message.h"
#include "message/RawData.h"
#include "models/DnsTraceModel.h"
#include "models/SpfTreeModel.h"
#include "report/Case.h"
#include "widgets/SeverityIcons.h"
#include "widgets/ZoneOverlayEditor.h"
#include "windows/DomainPage.h"

#include "TestServers.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>
#include <QUdpSocket>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProgressBar>
#include <QTableView>

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
    void streamsSectionsBeforeFinished();
    void slowSectionFillsWhenItEnds();
    void spfTreeGrowsAndTraceStreams();
    void rerunClearsCleanly();
    void missingDomainExplained();
    void dnsErrorsSayWhy();
    void traceColumnsFitTheirText();

private:
    std::unique_ptr<DomainPage> makePage(const QString& server = {}, int timeoutMs = 1000);
    static bool runAndWait(DomainPage* page, int timeoutMs = 20000);
    static QModelIndex findNode(const QAbstractItemModel* model, const QString& domain, const QModelIndex& parent = {});
    static bool hasCode(const Findings& findings, const QByteArray& code);
    static bool hasCodePrefix(const Findings& findings, const QByteArray& prefix);
    static QStringList childCodes(const QTreeWidgetItem* group);
    static void useSilentHttps(DomainPage* page, const QTcpServer& server, int timeoutMs);

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

bool tst_DomainPage::hasCodePrefix(const Findings& findings, const QByteArray& prefix)
{
    for (const Finding& f : findings) {
        if (f.code.startsWith(prefix))
            return true;
    }
    return false;
}

QStringList tst_DomainPage::childCodes(const QTreeWidgetItem* group)
{
    QStringList codes;
    for (int i = 0; i < group->childCount(); ++i)
        codes << group->child(i)->text(DomainPage::ItemColumn);
    return codes;
}

/*
 * A TCP listener on loopback that accepts and never sends a byte: the MTA-STS (and BIMI) HTTPS
 * fetches connect there (AuditOptions::httpsConnectOverride) and wait in the TLS handshake until
 * the page's HTTPS timeout. Scripted peer: no server of the suite hangs on demand.
 */
class SilentHttpsServer : public QTcpServer
{
public:
    SilentHttpsServer() { connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = nextPendingConnection())
            m_sockets.append(s); // kept open, never answered
        ++m_accepted;
    }); }
    int accepted() const { return m_accepted; }

private:
    QList<QTcpSocket*> m_sockets;
    int m_accepted = 0;
};

void tst_DomainPage::useSilentHttps(DomainPage* page, const QTcpServer& server, int timeoutMs)
{
    Domain::AuditOptions audit;
    audit.fetchHttps = true;
    audit.httpsTimeoutMs = timeoutMs;
    audit.httpsConnectOverride = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
    page->setAuditOptions(audit);
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

void tst_DomainPage::streamsSectionsBeforeFinished()
{
    using S = Domain::Section;
    using State = DomainPage::SectionState;
    SilentHttpsServer https;
    QVERIFY(https.listen(QHostAddress::LocalHost, 0));
    auto page = makePage();
    useSilentHttps(page.get(), https, 10000); // far longer than the test: MTA-STS stays pending until Esc
    QSignalSpy findingsSpy(page.get(), &WorkspacePage::findingsChanged);
    // sts-testing (zone): MX 10 mx1.good, "v=spf1 mx -all", _mta-sts TXT, no DMARC of its own (falls
    // back to audit.test, sp=reject), no TLS-RPT, no BIMI
    page->domainEdit()->setText(QStringLiteral("sts-testing.audit.test"));
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    QVERIFY(page->isRunning());
    // every group appears at once, pending
    for (S s : Domain::allSections()) {
        QCOMPARE(page->sectionState(s), State::Pending);
        QCOMPARE(page->sectionItem(s)->text(DomainPage::StatusColumn), DomainPage::pendingText());
        QCOMPARE(page->sectionItem(s)->childCount(), 0);
    }
    for (S s : {S::MtaSts, S::TlsRpt, S::Bimi, S::Domain})
        QCOMPARE(page->otherItem(s)->text(1), DomainPage::pendingText());
    QCOMPARE(page->dmarcTree()->topLevelItem(0)->text(0), DomainPage::pendingText());
    QVERIFY(page->findings().isEmpty());

    // the DNS-only groups fill while the HTTPS fetch hangs
    QVERIFY(QTest::qWaitFor([&page] {
        for (S s : {S::Mx, S::Spf, S::Dmarc, S::Dkim, S::TlsRpt, S::Bimi}) {
            if (page->sectionState(s) != State::Done)
                return false;
        }
        return true;
    }, 5000));
    QVERIFY(QTest::qWaitFor([&https] { return https.accepted() > 0; }, 2000)); // the MTA-STS fetch is in flight
    QTest::qWait(100);
    QVERIFY(page->isRunning());
    QVERIFY(!page->hasResult()); // the audit's finished() has not fired
    QCOMPARE(page->sectionState(S::MtaSts), State::Pending);
    QCOMPARE(page->sectionState(S::Domain), State::Pending); // DNSSEC waits for every answer
    QCOMPARE(page->sectionItem(S::MtaSts)->text(DomainPage::StatusColumn), DomainPage::pendingText());
    QCOMPARE(page->otherItem(S::MtaSts)->text(1), DomainPage::pendingText());

    // real content of the finished groups (zone file)
    QCOMPARE(page->mxTable()->rowCount(), 1);
    QCOMPARE(page->mxTable()->item(0, 0)->text(), QStringLiteral("mx1.good.audit.test"));
    const QStringList mxCodes = childCodes(page->sectionItem(S::Mx));
    QVERIFY2(mxCodes.contains(QStringLiteral("MX.SINGLE_HOST")), qPrintable(mxCodes.join(u' ')));
    const QStringList spfCodes = childCodes(page->sectionItem(S::Spf));
    QCOMPARE(spfCodes, QStringList{QStringLiteral("SPF.OK")});
    QCOMPARE(page->sectionItem(S::Spf)->text(DomainPage::StatusColumn), severityName(Severity::Pass));
    QCOMPARE(page->spfTreeModel()->nodeCount(), 1);
    QCOMPARE(page->spfTreeModel()->index(0, SpfTreeModel::RecordColumn).data().toString(), QStringLiteral("v=spf1 mx -all"));
    QCOMPARE(page->spfTreeModel()->totalLookups(), 1);
    const QStringList dmarcCodes = childCodes(page->sectionItem(S::Dmarc));
    QVERIFY2(dmarcCodes.contains(QStringLiteral("DMARC.ORG_DOMAIN_POLICY")), qPrintable(dmarcCodes.join(u' ')));
    QCOMPARE(page->dmarcTree()->topLevelItem(0)->text(0), QStringLiteral("_dmarc.audit.test"));
    QVERIFY(childCodes(page->sectionItem(S::TlsRpt)).contains(QStringLiteral("TLSRPT.MISSING")));
    QCOMPARE(page->otherItem(S::TlsRpt)->text(1), QStringLiteral("(none)"));
    QVERIFY(childCodes(page->sectionItem(S::Bimi)).contains(QStringLiteral("BIMI.MISSING")));
    // the findings dock already has them, and nothing of the pending groups
    QVERIFY(hasCode(page->findings(), "SPF.OK"));
    QVERIFY(hasCode(page->findings(), "MX.SINGLE_HOST"));
    QVERIFY(!hasCodePrefix(page->findings(), "MTASTS."));
    QVERIFY(!hasCodePrefix(page->findings(), "DOMAIN.DNSSEC"));
    QVERIFY(findingsSpy.count() >= 7); // the reset at Run, then once per finished group
    // the trace has the answers so far, the _mta-sts TXT among them
    bool stsRow = false;
    for (const Dns::QueryLogEntry& e : page->traceModel()->entries())
        stsRow = stsRow || (e.name == "_mta-sts.sts-testing.audit.test" && e.type == Dns::RecordType::TXT);
    QVERIFY(stsRow);
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("pending")));

    // Esc cancels: finished groups stay, the others say "cancelled"
    page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    page->sectionTree()->setFocus();
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(page->sectionTree(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitFor([&page] { return !page->isRunning(); }, 2000));
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(page->hasResult());
    QVERIFY(page->result().cancelled);
    for (S s : {S::Mx, S::Spf, S::Dmarc, S::Dkim, S::TlsRpt, S::Bimi})
        QCOMPARE(page->sectionState(s), State::Done);
    for (S s : {S::MtaSts, S::Domain}) {
        QCOMPARE(page->sectionState(s), State::Cancelled);
        QCOMPARE(page->sectionItem(s)->text(DomainPage::StatusColumn), DomainPage::cancelledText());
        QCOMPARE(page->sectionItem(s)->childCount(), 0);
        QCOMPARE(page->otherItem(s)->text(1), DomainPage::cancelledText());
    }
    QCOMPARE(page->mxTable()->item(0, 0)->text(), QStringLiteral("mx1.good.audit.test"));
    QCOMPARE(childCodes(page->sectionItem(S::Spf)), QStringList{QStringLiteral("SPF.OK")});
    QVERIFY(hasCode(page->findings(), "SPF.OK"));
    QVERIFY(!hasCodePrefix(page->findings(), "MTASTS."));
    QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(page->runButton()->isEnabled());

    // the case keeps which groups finished
    Report::Case theCase;
    page->saveToCase(theCase);
    auto reopened = Report::Case::fromBytes(theCase.toBytes());
    QVERIFY(reopened.has_value());
    DomainPage restored;
    restored.restoreFromCase(*reopened);
    QCOMPARE(restored.sectionState(S::Spf), State::Done);
    QCOMPARE(childCodes(restored.sectionItem(S::Spf)), QStringList{QStringLiteral("SPF.OK")});
    QCOMPARE(childCodes(restored.sectionItem(S::Mx)), mxCodes);
    QCOMPARE(restored.sectionState(S::MtaSts), State::Cancelled);
    QCOMPARE(restored.otherItem(S::MtaSts)->text(1), DomainPage::cancelledText());
    QCOMPARE(restored.findings().size(), page->findings().size());
}

void tst_DomainPage::slowSectionFillsWhenItEnds()
{
    using S = Domain::Section;
    using State = DomainPage::SectionState;
    SilentHttpsServer https;
    QVERIFY(https.listen(QHostAddress::LocalHost, 0));
    auto page = makePage();
    useSilentHttps(page.get(), https, 800); // the page's HTTPS timeout
    page->domainEdit()->setText(QStringLiteral("sts-testing.audit.test"));
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&page] { return page->sectionState(S::Spf) == State::Done && page->sectionState(S::Mx) == State::Done; }, 5000));
    QCOMPARE(page->sectionState(S::MtaSts), State::Pending);
    QVERIFY(page->isRunning());
    QVERIFY(QTest::qWaitFor([&page] { return page->hasResult() && !page->isRunning(); }, 5000));
    QVERIFY(clock.elapsed() >= 700); // MTA-STS filled only when its fetch timed out (800 ms after it started)
    QVERIFY(!page->result().cancelled);
    for (S s : Domain::allSections())
        QCOMPARE(page->sectionState(s), State::Done);
    // the fetch failure: an error badge, the code, and the reason in the MTA-STS item
    QTreeWidgetItem* sts = page->sectionItem(S::MtaSts);
    QCOMPARE(sts->text(DomainPage::StatusColumn), severityName(Severity::Error));
    QVERIFY2(childCodes(sts).contains(QStringLiteral("MTASTS.POLICY_FETCH_FAILED")), qPrintable(childCodes(sts).join(u' ')));
    QTreeWidgetItem* other = page->otherItem(S::MtaSts);
    QCOMPARE(other->text(1), QStringLiteral("v=STSv1; id=1"));
    QCOMPARE(other->child(0)->text(1), QStringLiteral("https://mta-sts.sts-testing.audit.test/.well-known/mta-sts.txt"));
    QVERIFY(!other->child(1)->text(1).isEmpty()); // the fetch error in place of an HTTP status
    // DNSSEC: an authoritative server never sets AD
    QVERIFY(childCodes(page->sectionItem(S::Domain)).contains(QStringLiteral("DOMAIN.DNSSEC_NOT_AUTHENTICATED")));
    QCOMPARE(page->otherItem(S::Domain)->text(1), QStringLiteral("answers not authenticated (no AD bit)"));
    QVERIFY(hasCode(page->findings(), "MTASTS.POLICY_FETCH_FAILED"));
    QCOMPARE(page->findings().size(), page->result().findings.size());
}

void tst_DomainPage::spfTreeGrowsAndTraceStreams()
{
    auto page = makePage();
    page->domainEdit()->setText(QStringLiteral("spf-limit.audit.test"));
    // what the tree looked like each time it changed while SPF was still pending
    QList<int> partialSizes;
    bool sawPendingNode = false;
    connect(page->spfTreeModel(), &QAbstractItemModel::modelReset, page.get(), [&] {
        if (page->sectionState(Domain::Section::Spf) != DomainPage::SectionState::Pending)
            return;
        const SpfTreeModel* m = page->spfTreeModel();
        partialSizes << m->nodeCount();
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int r = 0; r < m->rowCount(parent); ++r) {
                const QModelIndex i = m->index(r, 0, parent);
                if (m->index(r, SpfTreeModel::StatusColumn, parent).data().toString() == QString::fromUtf8("pending…"))
                    sawPendingNode = true;
                walk(i);
            }
        };
        walk({});
    });
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    // the trace grows row by row (no reset while it runs, none at the end)
    QSignalSpy inserted(page->traceModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(page->traceModel(), &QAbstractItemModel::modelReset);
    QVERIFY(QTest::qWaitFor([&page] { return page->hasResult() && !page->isRunning(); }, 10000));
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 15);
    QCOMPARE(inserted.count(), page->traceModel()->rowCount());
    // the tree (7 records in the zone) was shown with fewer records and with records being looked up
    QVERIFY2(!partialSizes.isEmpty(), "no partial tree shown");
    QVERIFY2(std::any_of(partialSizes.cbegin(), partialSizes.cend(), [](int n) { return n >= 1 && n < 7; }),
             qPrintable(QStringLiteral("partial sizes: %1").arg(partialSizes.size())));
    QVERIFY(sawPendingNode);
    QCOMPARE(page->spfTreeModel()->nodeCount(), 7);
    QCOMPARE(page->spfTreeModel()->totalLookups(), 13);
    QCOMPARE(page->spfTreeModel()->lookupBreaker().data().toString(), QStringLiteral("c1.spf-limit.audit.test"));
}

void tst_DomainPage::rerunClearsCleanly()
{
    using S = Domain::Section;
    using State = DomainPage::SectionState;
    SilentHttpsServer https;
    QVERIFY(https.listen(QHostAddress::LocalHost, 0));
    auto page = makePage();
    useSilentHttps(page.get(), https, 10000);
    page->domainEdit()->setText(QStringLiteral("sts-testing.audit.test"));
    QTest::mouseClick(page->runButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&page] { return page->sectionState(S::Spf) == State::Done && page->sectionState(S::Mx) == State::Done; }, 5000));
    // Run again mid-way (Ctrl+Return) on another domain, without the HTTPS fetches
    Domain::AuditOptions noHttps;
    noHttps.fetchHttps = false;
    page->setAuditOptions(noHttps);
    page->domainEdit()->setText(QStringLiteral("spf-void.audit.test"));
    page->run();
    QVERIFY(page->isRunning());
    for (S s : Domain::allSections()) {
        QCOMPARE(page->sectionState(s), State::Pending);
        QCOMPARE(page->sectionItem(s)->childCount(), 0);
    }
    QCOMPARE(page->mxTable()->rowCount(), 0);
    QCOMPARE(page->dkimTable()->rowCount(), 0);
    QVERIFY(page->spfTreeModel()->isEmpty());
    QCOMPARE(page->traceModel()->rowCount(), 0);
    QVERIFY(page->findings().isEmpty());
    QVERIFY(QTest::qWaitFor([&page] { return page->hasResult() && !page->isRunning(); }, 10000));
    // only the new domain's results: no row of the first run survives
    QCOMPARE(page->result().domain, QByteArray("spf-void.audit.test"));
    QCOMPARE(page->spfTreeModel()->index(0, 0).data().toString(), QStringLiteral("spf-void.audit.test"));
    QVERIFY(childCodes(page->sectionItem(S::Spf)).contains(QStringLiteral("SPF.VOID_LOOKUP_LIMIT")));
    QVERIFY(!hasCode(page->findings(), "SPF.OK"));
    for (const Dns::QueryLogEntry& e : page->traceModel()->entries())
        QVERIFY2(!e.name.contains("sts-testing"), e.name.constData());
    for (S s : Domain::allSections())
        QCOMPARE(page->sectionState(s), State::Done);
    QCOMPARE(page->otherItem(S::MtaSts)->text(1), QStringLiteral("(none)"));
    QVERIFY(!page->result().cancelled);
}

void tst_DomainPage::missingDomainExplained()
{
    using S = Domain::Section;
    auto page = makePage();
    // before any run the bar counts nothing (no "0 of 1 lookups")
    QVERIFY(!page->progressBar()->isTextVisible());
    page->domainEdit()->setText(QStringLiteral("no-such-domain.audit.test"));
    page->selectorsEdit()->setText(QStringLiteral("nl2025"));
    QVERIFY(runAndWait(page.get()));
    QVERIFY(hasCode(page->findings(), "DOMAIN.NOT_FOUND"));

    // the bar counts what the trace lists
    const int lookups = page->traceModel()->rowCount();
    QVERIFY(lookups > 1);
    QVERIFY(page->progressBar()->isTextVisible());
    QCOMPARE(page->progressBar()->text(), QStringLiteral("%1 of %1 lookups").arg(lookups));

    // MX: not a clean "no findings", and the empty table says why
    QCOMPARE(page->sectionItem(S::Mx)->text(DomainPage::StatusColumn), DomainPage::notCheckedText());
    QVERIFY2(page->sectionItem(S::Mx)->text(DomainPage::FindingColumn).contains(QStringLiteral("NXDOMAIN")),
             qPrintable(page->sectionItem(S::Mx)->text(DomainPage::FindingColumn)));
    QCOMPARE(page->mxTable()->rowCount(), 0);
    QVERIFY(!page->mxLabel()->isHidden());
    QVERIFY2(page->mxLabel()->text().contains(QStringLiteral("does not exist")), qPrintable(page->mxLabel()->text()));

    // DKIM: the outcome of the lookup (NXDOMAIN, as in the trace), as a sentence
    QCOMPARE(page->result().dkim.size(), 1);
    QCOMPARE(page->result().dkim.first().status, QByteArray("NXDOMAIN"));
    QCOMPARE(page->dkimTable()->rowCount(), 1);
    QCOMPARE(page->dkimTable()->item(0, 4)->text(), DomainPage::dkimStatusText("NXDOMAIN"));
    QVERIFY(page->dkimTable()->item(0, 4)->text().startsWith(QStringLiteral("no key published")));

    // a domain with MX hosts shows no explanation
    page->domainEdit()->setText(QStringLiteral("good.audit.test"));
    QVERIFY(runAndWait(page.get()));
    QVERIFY(page->mxTable()->rowCount() > 0);
    QVERIFY(page->mxLabel()->isHidden());
    QCOMPARE(page->progressBar()->text(), QStringLiteral("%1 of %1 lookups").arg(page->traceModel()->rowCount()));
}

void tst_DomainPage::dnsErrorsSayWhy()
{
    using S = Domain::Section;
    // a loopback port nobody listens on: every query is refused at once (ICMP port unreachable), the
    // resolver gives up with its own reason (scripted peer: no real server fails on demand)
    quint16 port = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        port = probe.localPort();
    }
    auto page = makePage(QStringLiteral("127.0.0.1:%1").arg(port), 500);
    page->domainEdit()->setText(QStringLiteral("good.audit.test"));
    page->selectorsEdit()->setText(QStringLiteral("nl2025"));
    QVERIFY(runAndWait(page.get()));

    const DnsTraceModel* trace = page->traceModel();
    QVERIFY(trace->rowCount() > 1);
    for (int r = 0; r < trace->rowCount(); ++r) {
        const Dns::QueryLogEntry& e = trace->entries().at(r);
        QVERIFY(e.rcode < 0);
        QVERIFY2(!e.errorText.isEmpty(), e.name.constData());
        // the Answer column gives the resolver's reason, not the outcome token again
        QCOMPARE(trace->index(r, DnsTraceModel::AnswerColumn).data().toString(), e.errorText);
    }
    // every failure names its reason in the title, never a bare "(ERROR)"
    int failures = 0;
    for (const Finding& f : page->findings()) {
        if (!f.code.startsWith("DOMAIN.DNS_"))
            continue;
        ++failures;
        QVERIFY2(!f.title.endsWith(QStringLiteral("(ERROR)")), qPrintable(f.title));
        if (f.code == "DOMAIN.DNS_ERROR") {
            QVERIFY2(f.title.contains(trace->entries().first().errorText), qPrintable(f.title));
            QVERIFY2(f.detail.contains(trace->entries().first().errorText), qPrintable(f.detail));
        }
    }
    QVERIFY(failures >= 6);

    // no group looks clean: Domain and DNSSEC says it was not checked
    for (S s : Domain::allSections())
        QVERIFY2(page->sectionItem(s)->text(DomainPage::StatusColumn) != QStringLiteral("no findings"), qPrintable(Domain::sectionTitle(s)));
    QCOMPARE(page->sectionItem(S::Domain)->text(DomainPage::StatusColumn), DomainPage::notCheckedText());
    QVERIFY(page->sectionItem(S::Domain)->text(DomainPage::FindingColumn).contains(QStringLiteral("DNS lookups failed")));
    QVERIFY(page->otherItem(S::Domain)->text(1).startsWith(DomainPage::notCheckedText()));
    // the DKIM row and the MX tab give the reason too
    QCOMPARE(page->dkimTable()->rowCount(), 1);
    QVERIFY2(page->dkimTable()->item(0, 4)->text().startsWith(QStringLiteral("lookup failed: ")), qPrintable(page->dkimTable()->item(0, 4)->text()));
    QVERIFY2(page->mxLabel()->text().contains(QStringLiteral("failed")), qPrintable(page->mxLabel()->text()));
    QCOMPARE(page->progressBar()->text(), QStringLiteral("%1 of %1 lookups").arg(trace->rowCount()));
}

void tst_DomainPage::traceColumnsFitTheirText()
{
    auto page = makePage();
    page->domainEdit()->setText(QStringLiteral("good.audit.test"));
    QVERIFY(runAndWait(page.get()));
    page->resultTabs()->setCurrentWidget(page->traceView()->parentWidget());
    QTableView* view = page->traceView();
    QHeaderView* header = view->horizontalHeader();
    // name, type, server and outcome as wide as their longest text; the answer takes what is left
    const auto fits = [view, header] {
        for (int c : {int(DnsTraceModel::NameColumn), int(DnsTraceModel::TypeColumn), int(DnsTraceModel::ServerColumn), int(DnsTraceModel::OutcomeColumn)}) {
            int widest = 0;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                widest = std::max(widest, view->fontMetrics().horizontalAdvance(view->model()->index(r, c).data().toString()));
            if (header->sectionSize(c) < widest)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(fits());
    QCOMPARE(header->sectionResizeMode(DnsTraceModel::AnswerColumn), QHeaderView::Stretch);
}

QTEST_MAIN(tst_DomainPage)
#include "tst_domainpage.moc"
