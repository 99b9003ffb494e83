// SPDX-License-Identifier: GPL-3.0-or-later
// The Reputation tab driven through its widgets against the real BIND of the test_servers
// fixture. The lists are the dnsbl.test zones (tests/support/test-servers/templates/dns/zones/
// dnsbl.test.zone) described by tests/data/dnsbl/test-catalogue.json, installed here as the
// user's own catalogue; every built-in list is disabled. Expected rows are read off the zone
// file (the same table tst_dnsbl asserts for the checker itself).
#include "windows/ReputationPage.h"

#include "document/MessageDocument.h"
#include "message/Message.h"
#include "models/DnsblListModel.h"
#include "models/DnsblResultModel.h"

#include "TestServers.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

struct Row
{
    const char* target;
    const char* list;
    const char* status;
    const char* meaningPrefix;
    const char* txt;
};

// dnsbl.test.zone + test-catalogue.json (lists test-zen, test-bl, test-slow for IPv4; test-slow,
// test-dbl, test-multi for domains)
const Row kExpected[] = {
    {"192.0.2.99", "test-zen", "listed", "SBL: Spamhaus SBL data", "Listed by SBL, see https://check.spamhaus.example/sbl/query/SBL100"},
    {"192.0.2.99", "test-bl", "listed", "listed: test spam source", ""},
    {"192.0.2.99", "test-slow", "unknown", "no answer (timeout)", ""},
    {"198.51.100.7", "test-zen", "unknown", "query refused: sent through a public/open resolver", ""},
    {"198.51.100.7", "test-bl", "clear", "", ""},
    {"198.51.100.7", "test-slow", "unknown", "no answer (timeout)", ""},
    {"192.0.2.1", "test-zen", "clear", "", ""},
    {"192.0.2.1", "test-bl", "clear", "", ""},
    {"192.0.2.1", "test-slow", "unknown", "no answer (timeout)", ""},
    {"spammy.example", "test-slow", "unknown", "no answer (timeout)", ""},
    {"spammy.example", "test-dbl", "listed", "spam domain", "https://www.spamhaus.example/query/dbl?domain=spammy.example"},
    {"spammy.example", "test-multi", "clear", "", ""},
};

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class tst_ReputationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void userListsAreKept();
    void checkShowsSeededListings();
    void filters_data();
    void filters();
    void fromMessage();
    void cancelStops();
    void listsFitAndFieldsHaveLabels();
    void cleanupTestCase() { delete m_checked; }

private:
    void prepare(ReputationPage& page) const;
    bool runCheck(ReputationPage& page) const;

    QHash<QString, QString> m_env;
    ReputationPage* m_checked = nullptr; ///< the page of checkShowsSeededListings, reused by filters()
};

void tst_ReputationPage::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QStandardPaths::setTestModeEnabled(true);
    // the user catalogue: the test lists, every built-in list disabled
    QFile source(QStringLiteral(TEST_DATA_DIR "/dnsbl/test-catalogue.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject catalogue = QJsonDocument::fromJson(source.readAll()).object();
    QJsonArray disabled;
    for (const Reputation::BlockList& l : Reputation::Catalogue::builtIn().lists())
        disabled.append(l.id);
    QVERIFY(disabled.size() >= 50);
    catalogue.insert(QStringLiteral("disabled"), disabled);
    const QString path = ReputationPage::userCataloguePath();
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(QJsonDocument(catalogue).toJson());
}

void tst_ReputationPage::prepare(ReputationPage& page) const
{
    Dns::ResolverOptions dns;
    dns.timeoutMs = 500; // test-slow never answers: 0.5 s is its timeout
    dns.tries = 1;
    page.setResolverOptions(dns);
    page.dnsServerEdit()->setText(m_env.value(QStringLiteral("DNS_SERVER")));
}

bool tst_ReputationPage::runCheck(ReputationPage& page) const
{
    page.checkButton()->click();
    return QTest::qWaitFor([&page] { return !page.isRunning(); }, 30000);
}

void tst_ReputationPage::listsFitAndFieldsHaveLabels()
{
    ReputationPage page;
    page.resize(1340, 600); // the tab's size in a 1600-pixel window (18-reputation.png)
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // all four columns in view: the name gives way, zone, checks and source keep their text
    QTableView* view = page.listsView();
    QHeaderView* header = view->horizontalHeader();
    QVERIFY2(header->length() <= view->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(header->length()).arg(view->viewport()->width())));
    for (int c : {int(DnsblListModel::ZoneColumn), int(DnsblListModel::TypesColumn), int(DnsblListModel::SourceColumn)})
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(QString::number(c)));
    // the list zone field has its own label, not only a placeholder next to "DNS server:"
    auto* zoneLabel = page.findChild<QLabel*>(QStringLiteral("reputationNewZoneLabel"));
    QVERIFY(zoneLabel);
    QCOMPARE(zoneLabel->buddy(), page.newListZoneEdit());
    QVERIFY(zoneLabel->isVisible());
}

void tst_ReputationPage::userListsAreKept()
{
    ReputationPage page;
    DnsblListModel* lists = page.listModel();
    const int builtIn = int(Reputation::Catalogue::builtIn().size());
    QCOMPARE(lists->rowCount(), builtIn + 5);
    QCOMPARE(lists->enabledCount(), 5);
    QCOMPARE(page.findChild<QLabel*>(QStringLiteral("reputationListsLabel"))->text(),
             QStringLiteral("&Lists (5 of %1 enabled):").arg(builtIn + 5));

    // add a list of one's own: kept in the user catalogue, seen by a new page
    page.newListZoneEdit()->setText(QStringLiteral("Extra.DNSBL.test"));
    page.addListButton()->click();
    QCOMPARE(lists->rowCount(), builtIn + 6);
    const int row = lists->rowCount() - 1;
    QCOMPARE(cell(lists, row, DnsblListModel::ZoneColumn), QStringLiteral("extra.dnsbl.test"));
    QCOMPARE(cell(lists, row, DnsblListModel::SourceColumn), QStringLiteral("yours"));
    QVERIFY(lists->isEnabled(row));
    {
        ReputationPage again;
        QCOMPARE(again.listModel()->rowCount(), builtIn + 6);
        QCOMPARE(again.listModel()->enabledCount(), 6);
    }
    // disable by its check box, remove it; a built-in list cannot be removed
    QVERIFY(lists->setData(lists->index(row, 0), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(lists->enabledCount(), 5);
    page.listsView()->setCurrentIndex(lists->index(0, 0));
    page.removeListButton()->click();
    QCOMPARE(lists->rowCount(), builtIn + 6);
    page.listsView()->setCurrentIndex(lists->index(row, 0));
    page.removeListButton()->click();
    QCOMPARE(lists->rowCount(), builtIn + 5);
    ReputationPage third;
    QCOMPARE(third.listModel()->rowCount(), builtIn + 5);
    QCOMPARE(third.listModel()->enabledCount(), 5);
}

void tst_ReputationPage::checkShowsSeededListings()
{
    m_checked = new ReputationPage;
    ReputationPage& page = *m_checked;
    page.resize(1100, 700);
    page.show();
    prepare(page);
    page.targetsEdit()->setPlainText(QStringLiteral("192.0.2.99\n198.51.100.7\n\n# a comment\n192.0.2.1\nSpammy.Example\n192.0.2.99\n"));
    QSignalSpy findingsChanged(&page, &WorkspacePage::findingsChanged);
    QSignalSpy modified(&page, &WorkspacePage::modified);
    QVERIFY(runCheck(page));
    QVERIFY(page.checkButton()->isEnabled());
    QVERIFY(!page.cancelButton()->isEnabled());

    const DnsblResultModel* model = page.resultModel();
    QCOMPARE(model->rowCount(), int(std::size(kExpected)));
    for (int i = 0; i < model->rowCount(); ++i) {
        const Row& e = kExpected[i];
        const QString where = QStringLiteral("row %1").arg(i);
        QCOMPARE(cell(model, i, DnsblResultModel::TargetColumn), QLatin1String(e.target));
        QCOMPARE(model->results().at(i).listId, QLatin1String(e.list));
        QCOMPARE(model->index(i, 0).data(DnsblResultModel::StatusTokenRole).toString(), QLatin1String(e.status));
        QCOMPARE(cell(model, i, DnsblResultModel::StatusColumn), QLatin1String(e.status));
        const QString meaning = cell(model, i, DnsblResultModel::MeaningColumn);
        QVERIFY2(*e.meaningPrefix ? meaning.startsWith(QLatin1String(e.meaningPrefix)) : meaning.isEmpty(),
                 qPrintable(where + QStringLiteral(": ") + cell(model, i, DnsblResultModel::MeaningColumn)));
        QCOMPARE(cell(model, i, DnsblResultModel::TxtColumn), QLatin1String(e.txt));
        QVERIFY(!model->index(i, DnsblResultModel::StatusColumn).data(Qt::DecorationRole).isNull());
        // the delisting link only on listings
        const bool listed = qstrcmp(e.status, "listed") == 0;
        QCOMPARE(cell(model, i, DnsblResultModel::DelistColumn).isEmpty(), !listed);
    }
    QCOMPARE(page.summaryLabel()->text(), QStringLiteral("listed on 3 of 12 lists, 5 unknown"));
    // the delisting link is a clickable http(s) URL
    const QUrl link = model->index(0, DnsblResultModel::DelistColumn).data(DnsblResultModel::UrlRole).toUrl();
    QVERIFY(link.isValid());
    QVERIFY(link.scheme().startsWith(QLatin1String("http")));

    // findings to the dock and into the case
    QVERIFY(findingsChanged.size() >= 1);
    QCOMPARE(modified.size(), 1);
    int listedFindings = 0;
    for (const Finding& f : page.findings())
        listedFindings += f.code == "DNSBL.LISTED" ? 1 : 0;
    QCOMPARE(listedFindings, 3);
    Report::Case theCase;
    page.saveToCase(theCase);
    QStringList ips = theCase.ips;
    ips.sort();
    QCOMPARE(ips, (QStringList{QStringLiteral("192.0.2.1"), QStringLiteral("192.0.2.99"), QStringLiteral("198.51.100.7")}));
    QCOMPARE(theCase.domains, QStringList{QStringLiteral("spammy.example")});
    QCOMPARE(theCase.checks.size(), 1);
    QCOMPARE(theCase.checks.first().kind, QStringLiteral("dnsbl"));
    QCOMPARE(theCase.checks.first().result.value(QStringLiteral("results")).toArray().size(), 12);

    ReputationPage restored;
    restored.restoreFromCase(theCase);
    QCOMPARE(restored.resultModel()->rowCount(), 12);
    QCOMPARE(restored.summaryLabel()->text(), QStringLiteral("listed on 3 of 12 lists, 5 unknown"));
    QCOMPARE(restored.findings().size(), page.findings().size());
}

void tst_ReputationPage::filters_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");

    QTest::newRow("no filter") << QString() << QString() << QString() << 12;
    QTest::newRow("listed") << QStringLiteral("listed") << QString() << QString() << 3;
    QTest::newRow("unknown") << QStringLiteral("unknown") << QString() << QString() << 5;
    QTest::newRow("clear") << QStringLiteral("clear") << QString() << QString() << 4;
    QTest::newRow("one target") << QString() << QStringLiteral("198.51.100.7") << QString() << 3;
    QTest::newRow("unknown on one target") << QStringLiteral("unknown") << QStringLiteral("192.0.2.1") << QString() << 1;
    QTest::newRow("text: TXT reason") << QString() << QString() << QStringLiteral("sbl100") << 1;
    QTest::newRow("text: meaning") << QString() << QString() << QStringLiteral("refused") << 1;
    QTest::newRow("text and status") << QStringLiteral("clear") << QString() << QStringLiteral("multi.dnsbl") << 1;
    QTest::newRow("text matches nothing") << QString() << QString() << QStringLiteral("no-such-text") << 0;
    QTest::newRow("text: zone") << QString() << QString() << QStringLiteral("dbl.dnsbl.test") << 1;
}

void tst_ReputationPage::filters()
{
    QFETCH(QString, status);
    QFETCH(QString, target);
    QFETCH(QString, text);
    QFETCH(int, rows);
    QVERIFY(m_checked);
    ReputationPage& page = *m_checked;
    const int statusIndex = page.statusFilter()->findData(status);
    const int targetIndex = page.targetFilter()->findData(target);
    QVERIFY(statusIndex >= 0);
    QVERIFY(targetIndex >= 0);
    page.statusFilter()->setCurrentIndex(statusIndex);
    page.targetFilter()->setCurrentIndex(targetIndex);
    page.textFilter()->clear();
    QTest::keyClicks(page.textFilter(), text);
    QCOMPARE(page.resultsView()->model()->rowCount(), rows);
    for (int row = 0; row < page.resultsView()->model()->rowCount(); ++row) {
        const QModelIndex index = page.resultsView()->model()->index(row, 0);
        if (!status.isEmpty())
            QCOMPARE(index.data(DnsblResultModel::StatusTokenRole).toString(), status);
        if (!target.isEmpty())
            QCOMPARE(index.data().toString(), target);
    }
}

void tst_ReputationPage::fromMessage()
{
    static const char text[] =
        "Received: from mx.example.org (mx.example.org [10.0.0.5])\r\n"
        "\tby mail.example.net with LMTP id x; Tue, 02 Jan 2024 15:04:07 +0000\r\n"
        "Received: from out.sender.example (out.sender.example [192.0.2.99])\r\n"
        "\tby mx.example.org with ESMTPS id y; Tue, 02 Jan 2024 15:04:05 +0000\r\n"
        "From: News <news@spammy.example>\r\n"
        "Subject: offer\r\n"
        "Content-Type: text/plain\r\n"
        "\r\n"
        "See https://phishy.example.net/login and www.evil.example now.\r\n";
    Mail::RawDataPtr data = Mail::RawData::fromBytes(QByteArray(text), QStringLiteral("test"));
    MessageDocumentPtr document = MessageDocument::build(Mail::parseMessage(data), QStringLiteral("test"));
    ReputationPage page;
    QVERIFY(!page.fromMessageButton()->isEnabled());
    page.setDocument(document);
    QVERIFY(page.fromMessageButton()->isEnabled());
    page.fromMessageButton()->click();
    QVERIFY(QTest::qWaitFor([&page] { return !page.targetsEdit()->toPlainText().isEmpty(); }, 10000));
    const QStringList targets = page.targetsEdit()->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(targets.value(0), QStringLiteral("192.0.2.99")); // the sending IP first
    QVERIFY2(targets.contains(QStringLiteral("spammy.example")), qPrintable(targets.join(u' ')));
    QVERIFY2(targets.contains(QStringLiteral("phishy.example.net")), qPrintable(targets.join(u' ')));
    QVERIFY2(targets.contains(QStringLiteral("www.evil.example")), qPrintable(targets.join(u' ')));
    QVERIFY(!targets.contains(QStringLiteral("10.0.0.5")));
}

void tst_ReputationPage::cancelStops()
{
    ReputationPage page;
    prepare(page);
    page.targetsEdit()->setPlainText(QStringLiteral("192.0.2.99\n192.0.2.1"));
    page.checkButton()->click();
    QVERIFY(page.isRunning());
    // test-slow never answers: the run is still going when Cancel is pressed
    QTest::qWait(100);
    QVERIFY(page.isRunning());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QVERIFY(!page.isRunning());
    QVERIFY(page.checkButton()->isEnabled());
    QVERIFY2(page.summaryLabel()->text().contains(QLatin1String("cancelled")), qPrintable(page.summaryLabel()->text()));
    QVERIFY(page.findings().isEmpty());
    const int rows = page.resultModel()->rowCount();
    QVERIFY(rows < 6);
    QTest::qWait(800); // past test-slow's timeout: no late answers arrive
    QCOMPARE(page.resultModel()->rowCount(), rows);
}

QTEST_MAIN(tst_ReputationPage)
#include "tst_reputationpage.moc"
