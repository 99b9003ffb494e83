// SPDX-License-Identifier: GPL-3.0-or-later
// The Relay tab driven through its widgets against the real Postfix instances of the
// test_servers fixture ("open": mynetworks 0/0, "closed": relay denied). The expected replies are
// the ones tst_smtpprobe documents (Python smtplib against the same servers): every RCPT of the
// open instance "250 2.1.5 Ok", of the closed one "554 5.7.1 <…>: Relay access denied".
#include "windows/RelayPage.h"

#include "document/MessageDocument.h"
#include "message/Message.h"
#include "models/RelayBatteryModel.h"
#include "models/TranscriptModel.h"

#include "TestServers.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

bool hasFinding(const Findings& findings, const char* code)
{
    for (const Finding& f : findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class tst_RelayPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseHostPort_data();
    void parseHostPort();
    void openRelayBattery();
    void closedRelayBattery();
    void cancelMidRun();
    void prefillFromMessage();
    void mnemonicLabelsHaveBuddies();

private:
    void prepare(RelayPage& page, const QString& portKey) const;
    static bool waitDone(RelayPage& page);

    QHash<QString, QString> m_env;
};

void tst_RelayPage::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QVERIFY(!m_env.value(QStringLiteral("SMTP_OPEN_PORT")).isEmpty());
}

void tst_RelayPage::mnemonicLabelsHaveBuddies()
{
    // QFormLayout::addRow(text, layout) makes a label without a buddy: it shows "&Mode:" with its ampersand
    RelayPage page;
    auto* modeLabel = page.findChild<QLabel*>(QStringLiteral("relayModeLabel"));
    QVERIFY(modeLabel);
    QCOMPARE(modeLabel->buddy(), page.findChild<QComboBox*>(QStringLiteral("relayModeCombo")));
    for (const QLabel* label : page.findChildren<QLabel*>()) {
        if (label->text().contains(u'&') && label->textFormat() != Qt::RichText)
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

void tst_RelayPage::parseHostPort_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("name") << QStringLiteral("mx.example.com") << true << QStringLiteral("mx.example.com") << 0;
    QTest::newRow("name:port") << QStringLiteral(" mx.example.com:587 ") << true << QStringLiteral("mx.example.com") << 587;
    QTest::newRow("IPv4:port") << QStringLiteral("192.0.2.1:25") << true << QStringLiteral("192.0.2.1") << 25;
    QTest::newRow("bare IPv6") << QStringLiteral("2001:db8::1") << true << QStringLiteral("2001:db8::1") << 0;
    QTest::newRow("[IPv6]:port") << QStringLiteral("[2001:db8::1]:465") << true << QStringLiteral("2001:db8::1") << 465;
    QTest::newRow("port 0") << QStringLiteral("mx.example.com:0") << false << QStringLiteral("mx.example.com") << 0;
    QTest::newRow("port too big") << QStringLiteral("mx.example.com:65536") << false << QStringLiteral("mx.example.com") << 65536;
    QTest::newRow("port not a number") << QStringLiteral("mx.example.com:smtp") << false << QStringLiteral("mx.example.com") << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
    QTest::newRow("space inside") << QStringLiteral("mx example.com") << false << QStringLiteral("mx example.com") << 0;
}

void tst_RelayPage::parseHostPort()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString h;
    int p = -1;
    QCOMPARE(RelayPage::parseHostPort(text, &h, &p), ok);
    QCOMPARE(h, host);
    QCOMPARE(p, port);
}

void tst_RelayPage::prepare(RelayPage& page, const QString& portKey) const
{
    Dns::ResolverOptions dns;
    dns.servers = {m_env.value(QStringLiteral("DNS_SERVER"))};
    dns.timeoutMs = 1000;
    page.setResolverOptions(dns);
    page.setExtraCaCertificates(QSslCertificate::fromPath(m_env.value(QStringLiteral("TLS_CERT"))));
    page.hostEdit()->setText(QStringLiteral("127.0.0.1:") + m_env.value(portKey));
    page.timeoutSpin()->setValue(10);
}

bool tst_RelayPage::waitDone(RelayPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isRunning(); }, 120000);
}

void tst_RelayPage::openRelayBattery()
{
    RelayPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    prepare(page, QStringLiteral("SMTP_OPEN_PORT"));
    QVERIFY(page.batteryCheck()->isChecked());
    QCOMPARE(page.modeCombo()->currentIndex(), int(RelayPage::AutoMode));
    QSignalSpy findingsChanged(&page, &WorkspacePage::findingsChanged);
    QSignalSpy modified(&page, &WorkspacePage::modified);

    // Ctrl+Return runs it
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.hostEdit()->setFocus();
    QTest::keyClick(page.hostEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(page.isRunning());
    QVERIFY(!page.runButton()->isEnabled());
    QVERIFY(page.cancelButton()->isEnabled());
    // the transcript is live: lines arrive while the probe runs
    QVERIFY(QTest::qWaitFor([&page] { return page.transcriptModel()->rowCount() > 0; }, 10000));
    QVERIFY(waitDone(page));
    QVERIFY(page.runButton()->isEnabled());
    QVERIFY(!page.cancelButton()->isEnabled());

    QCOMPARE(page.verdictLabel()->property("verdict").toString(), QStringLiteral("open"));
    QCOMPARE(page.verdictLabel()->text(), QStringLiteral("Open relay: 16 of 16 relay tests were accepted"));
    const RelayBatteryModel* battery = page.batteryModel();
    QCOMPARE(battery->rowCount(), 17); // 16 variants + the catch-all probe
    for (int row = 0; row < 16; ++row) {
        QCOMPARE(cell(battery, row, RelayBatteryModel::VariantColumn), QString::number(row + 1));
        QCOMPARE(cell(battery, row, RelayBatteryModel::ReplyColumn), QStringLiteral("250 2.1.5 Ok"));
        QCOMPARE(cell(battery, row, RelayBatteryModel::AcceptedColumn), QStringLiteral("yes"));
        QCOMPARE(cell(battery, row, RelayBatteryModel::VerdictColumn), QStringLiteral("relayed"));
    }
    QCOMPARE(cell(battery, 0, RelayBatteryModel::MailFromColumn), QStringLiteral("<>"));
    QCOMPARE(cell(battery, 0, RelayBatteryModel::RcptToColumn), QStringLiteral("<relaytest@example.com>"));
    QCOMPARE(cell(battery, 4, RelayBatteryModel::RcptToColumn), QStringLiteral("<relaytest%example.com@[127.0.0.1]>"));
    QCOMPARE(cell(battery, 16, RelayBatteryModel::VariantColumn), QStringLiteral("catch-all"));

    // transcript: sent and received lines, TLS, EHLO twice (before and after STARTTLS)
    const TranscriptModel* transcript = page.transcriptModel();
    int ehlo = 0;
    bool banner = false;
    bool tls = false;
    for (int row = 0; row < transcript->rowCount(); ++row) {
        const QString dir = cell(transcript, row, TranscriptModel::DirectionColumn);
        const QString text = cell(transcript, row, TranscriptModel::TextColumn);
        ehlo += dir == QLatin1String("sent") && text == QLatin1String("EHLO example.com") ? 1 : 0;
        banner |= dir == QLatin1String("received") && text == QLatin1String("220 open.mx.example.test ESMTP Postfix (open test instance)");
        tls |= dir == QLatin1String("TLS");
        QVERIFY(text != QLatin1String("DATA"));
    }
    QCOMPARE(ehlo, 2);
    QVERIFY(banner);
    QVERIFY(tls);
    QCOMPARE(transcript->index(0, 0).data(Qt::ForegroundRole).isValid(), true);
    // copyable
    page.copyTranscript();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY(copied.contains(QLatin1String(" C: EHLO example.com")));
    QVERIFY(copied.contains(QLatin1String(" S: 250 2.1.5 Ok")));

    // TLS panel and certificate tree
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("relayTlsLabel"))->text().contains(QLatin1String("TLSv1.3")));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("relayTlsLabel"))->text().contains(QLatin1String("chain trusted")));
    QTreeWidget* certs = page.certificateTree();
    QCOMPARE(certs->topLevelItemCount(), 1);
    QTreeWidgetItem* leaf = certs->topLevelItem(0);
    QCOMPARE(leaf->text(0), QStringLiteral("loopback-mx.example.test"));
    QStringList sans;
    QString key;
    for (int i = 0; i < leaf->childCount(); ++i) {
        QTreeWidgetItem* child = leaf->child(i);
        if (child->text(0) == QLatin1String("Subject alternative names")) {
            for (int j = 0; j < child->childCount(); ++j)
                sans.append(child->child(j)->text(1));
        }
        if (child->text(0) == QLatin1String("Key"))
            key = child->text(1);
    }
    sans.sort();
    QCOMPARE(sans, (QStringList{QStringLiteral("DNS:localhost"), QStringLiteral("DNS:loopback-mx.example.test"),
                                QStringLiteral("IP:127.0.0.1"), QStringLiteral("IP:::1")}));
    QCOMPARE(key, QStringLiteral("RSA 2048 bits"));

    // AUTH before/after TLS in the server tree (Postfix: AUTH only after TLS)
    QString authBefore;
    QString authAfter;
    for (int i = 0; i < page.serverTree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = page.serverTree()->topLevelItem(i);
        if (item->text(0) == QLatin1String("AUTH before TLS"))
            authBefore = item->text(1);
        if (item->text(0) == QLatin1String("AUTH after TLS"))
            authAfter = item->text(1);
    }
    QCOMPARE(authBefore, QStringLiteral("none"));
    QCOMPARE(authAfter, QStringLiteral("PLAIN LOGIN"));

    // findings to the dock, and into the case
    QVERIFY(findingsChanged.size() >= 1);
    QVERIFY(modified.size() >= 1);
    QVERIFY(hasFinding(page.findings(), "RELAY.OPEN"));
    Report::Case theCase;
    page.saveToCase(theCase);
    QCOMPARE(theCase.hosts, QStringList{QStringLiteral("127.0.0.1")});
    QCOMPARE(theCase.checks.size(), 1);
    QCOMPARE(theCase.checks.first().kind, QStringLiteral("relay"));
    QCOMPARE(theCase.checks.first().result.value(QStringLiteral("openRelay")).toString(), QStringLiteral("open"));
    QVERIFY(hasFinding(theCase.checks.first().findings, "RELAY.OPEN"));

    // and back: a restored case shows the verdict and the battery
    RelayPage restored;
    restored.restoreFromCase(theCase);
    QCOMPARE(restored.verdictLabel()->property("verdict").toString(), QStringLiteral("open"));
    QCOMPARE(restored.batteryModel()->rowCount(), 16);
    QVERIFY(hasFinding(restored.findings(), "RELAY.OPEN"));
    QCOMPARE(restored.hostEdit()->text(), QStringLiteral("127.0.0.1:") + m_env.value(QStringLiteral("SMTP_OPEN_PORT")));
}

void tst_RelayPage::closedRelayBattery()
{
    RelayPage page;
    prepare(page, QStringLiteral("SMTP_CLOSED_PORT"));
    QTest::mouseClick(page.runButton(), Qt::LeftButton);
    QVERIFY(page.isRunning());
    QVERIFY(waitDone(page));
    QCOMPARE(page.verdictLabel()->property("verdict").toString(), QStringLiteral("closed"));
    QCOMPARE(page.verdictLabel()->text(), QStringLiteral("Closed: all 16 relay tests were rejected"));
    const RelayBatteryModel* battery = page.batteryModel();
    QCOMPARE(battery->rowCount(), 17);
    for (int row = 0; row < 16; ++row) {
        QCOMPARE(cell(battery, row, RelayBatteryModel::AcceptedColumn), QStringLiteral("no"));
        QCOMPARE(cell(battery, row, RelayBatteryModel::VerdictColumn), QStringLiteral("rejected"));
        QVERIFY(cell(battery, row, RelayBatteryModel::ReplyColumn).startsWith(QLatin1String("554 5.7.1 <")));
        QVERIFY(cell(battery, row, RelayBatteryModel::ReplyColumn).endsWith(QLatin1String(">: Relay access denied")));
    }
    QCOMPARE(cell(battery, 0, RelayBatteryModel::ReplyColumn),
             QStringLiteral("554 5.7.1 <relaytest@example.com>: Relay access denied"));
    QVERIFY(hasFinding(page.findings(), "RELAY.CLOSED"));
    QVERIFY(!hasFinding(page.findings(), "RELAY.OPEN"));
    bool ehlo = false;
    for (int row = 0; row < page.transcriptModel()->rowCount(); ++row)
        ehlo |= cell(page.transcriptModel(), row, TranscriptModel::TextColumn) == QLatin1String("EHLO example.com");
    QVERIFY(ehlo);
}

void tst_RelayPage::cancelMidRun()
{
    // The closed Postfix slows down after 10 errors (smtpd_soft_error_limit: 1 s before each
    // reply), so once the 10th RCPT has gone out the probe is certainly still running.
    RelayPage page;
    prepare(page, QStringLiteral("SMTP_CLOSED_PORT"));
    QSignalSpy findingsChanged(&page, &WorkspacePage::findingsChanged);
    page.runButton()->click();
    QVERIFY(page.isRunning());
    const auto rcptsSent = [&page] {
        int n = 0;
        for (int row = 0; row < page.transcriptModel()->rowCount(); ++row)
            n += cell(page.transcriptModel(), row, TranscriptModel::TextColumn).startsWith(QLatin1String("RCPT TO:")) ? 1 : 0;
        return n;
    };
    QVERIFY(QTest::qWaitFor([&rcptsSent] { return rcptsSent() >= 10; }, 60000));
    QVERIFY(page.isRunning());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QVERIFY(!page.isRunning());
    QVERIFY(page.runButton()->isEnabled());
    QVERIFY(!page.cancelButton()->isEnabled());
    QCOMPARE(page.verdictLabel()->property("verdict").toString(), QStringLiteral("inconclusive"));
    QCOMPARE(page.verdictLabel()->text(), QStringLiteral("Inconclusive, retry later: the probe was cancelled"));
    QCOMPARE(findingsChanged.size(), 1);
    QVERIFY(!page.findings().isEmpty());
    // the variants after the cancel were not run
    int notTested = 0;
    for (int row = 0; row < page.batteryModel()->rowCount(); ++row)
        notTested += cell(page.batteryModel(), row, RelayBatteryModel::VerdictColumn) == QLatin1String("not tested") ? 1 : 0;
    QVERIFY2(notTested >= 5, qPrintable(QString::number(notTested)));
    QVERIFY(notTested <= 7);
    const int lines = page.transcriptModel()->rowCount();
    QTest::qWait(1500);
    QCOMPARE(page.transcriptModel()->rowCount(), lines); // nothing more arrives after the cancel
    QCOMPARE(findingsChanged.size(), 1);
}

void tst_RelayPage::prefillFromMessage()
{
    static const char text[] =
        "Received: from mx.example.org (mx.example.org [10.0.0.5])\r\n"
        "\tby mail.example.net with LMTP id x; Tue, 02 Jan 2024 15:04:07 +0000\r\n"
        "Received: from out.sender.example (out.sender.example [198.51.100.20])\r\n"
        "\tby mx.example.org with ESMTPS id y; Tue, 02 Jan 2024 15:04:05 +0000\r\n"
        "From: a@sender.example\r\n"
        "Subject: hop\r\n"
        "\r\n"
        "body\r\n";
    Mail::RawDataPtr data = Mail::RawData::fromBytes(QByteArray(text), QStringLiteral("test"));
    MessageDocumentPtr document = MessageDocument::build(Mail::parseMessage(data), QStringLiteral("test"));
    RelayPage page;
    page.setDocument(document);
    QCOMPARE(page.hostEdit()->text(), QStringLiteral("mx.example.org")); // received from the public sender
    // a host the user typed is kept
    page.hostEdit()->setText(QStringLiteral("mine.example"));
    QTest::keyClick(page.hostEdit(), Qt::Key_M);
    page.setDocument(document);
    QCOMPARE(page.hostEdit()->text(), QStringLiteral("mine.examplem"));
}

QTEST_MAIN(tst_RelayPage)
#include "tst_relaypage.moc"
