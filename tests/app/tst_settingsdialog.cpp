// SPDX-License-Identifier: GPL-3.0-or-later
// The DNS settings every GUI check uses (issue 3: "the GUI settings override them").

#include "settings/AppSettings.h"
#include "util/ResolverFactory.h"
#include "windows/SettingsDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench::Gui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void serversApplyToEveryResolver();
    void invalidServerKeepsDialogOpen_data();
    void invalidServerKeepsDialogOpen();
    void zoneFileBecomesTheOverlay();
    void brokenZoneFileIsRefused();
    void mnemonicLabelsHaveBuddies();
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("Deliverbench-settings-tests"));
    QApplication::setOrganizationName(QStringLiteral("Deliverbench"));
    QSettings().clear();
    qunsetenv("DELIVERBENCH_DNS_SERVERS");
    qunsetenv("DELIVERBENCH_ZONE");
}

void TestSettingsDialog::mnemonicLabelsHaveBuddies()
{
    // QFormLayout::addRow(text, layout) makes a label without a buddy: it shows "&What-if zone:" with its ampersand
    SettingsDialog dialog;
    auto* zoneLabel = dialog.findChild<QLabel*>(QStringLiteral("zoneFileLabel"));
    QVERIFY(zoneLabel);
    QCOMPARE(zoneLabel->buddy(), dialog.findChild<QLineEdit*>(QStringLiteral("zoneFileEdit")));
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        if (label->text().contains(u'&') && label->textFormat() != Qt::RichText)
            QVERIFY2(label->buddy(), qPrintable(label->text()));
    }
}

void TestSettingsDialog::serversApplyToEveryResolver()
{
    SettingsDialog dialog;
    QVERIFY(dialog.dnsServersEdit()->text().isEmpty()); // default: the system's resolvers
    dialog.dnsServersEdit()->setText(QStringLiteral("127.0.0.1:5353, [::1]:53"));
    dialog.dnsTimeoutSpin()->setValue(1500);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(AppSettings::instance()->value(AppSettings::DnsServers).toStringList(),
             QStringList({QStringLiteral("127.0.0.1:5353"), QStringLiteral("[::1]:53")}));
    const DnsConfig config = ResolverFactory::config();
    QCOMPARE(config.options.servers, QStringList({QStringLiteral("127.0.0.1:5353"), QStringLiteral("[::1]:53")}));
    QCOMPARE(config.options.timeoutMs, 1500);

    // A new dialog shows what is stored; clearing the field goes back to the system's resolvers.
    SettingsDialog again;
    QCOMPARE(again.dnsServersEdit()->text(), QStringLiteral("127.0.0.1:5353, [::1]:53"));
    again.dnsServersEdit()->clear();
    again.accept();
    QVERIFY(ResolverFactory::config().options.servers.isEmpty());
}

void TestSettingsDialog::invalidServerKeepsDialogOpen_data()
{
    QTest::addColumn<QString>("servers");
    QTest::newRow("octet over 255") << QStringLiteral("300.1.1.1");
    QTest::newRow("port over 65535") << QStringLiteral("127.0.0.1:70000");
    QTest::newRow("a host name, not an address") << QStringLiteral("dns.example.test");
    QTest::newRow("second of two is bad") << QStringLiteral("127.0.0.1, 1.2.3.4.5");
}

void TestSettingsDialog::invalidServerKeepsDialogOpen()
{
    QFETCH(QString, servers);
    AppSettings::instance()->setValue(AppSettings::DnsServers, QStringList{QStringLiteral("127.0.0.1")});
    ResolverFactory::applySettings();
    SettingsDialog dialog;
    dialog.dnsServersEdit()->setText(servers);
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!dialog.lastError().isEmpty());
    // Nothing was stored or applied.
    QCOMPARE(AppSettings::instance()->value(AppSettings::DnsServers).toStringList(), QStringList{QStringLiteral("127.0.0.1")});
    QCOMPARE(ResolverFactory::config().options.servers, QStringList{QStringLiteral("127.0.0.1")});
}

void TestSettingsDialog::zoneFileBecomesTheOverlay()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.zone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("_dmarc.example.test. 300 IN TXT \"v=DMARC1; p=reject\"\n");
    file.close();
    SettingsDialog dialog;
    dialog.zoneFileEdit()->setText(path);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const DnsConfig config = ResolverFactory::config();
    QCOMPARE(config.zoneFile, path);
    QVERIFY(!config.overlay.isEmpty());

    SettingsDialog clear;
    clear.zoneFileEdit()->clear();
    clear.accept();
    QVERIFY(ResolverFactory::config().overlay.isEmpty());
}

void TestSettingsDialog::brokenZoneFileIsRefused()
{
    SettingsDialog dialog;
    dialog.zoneFileEdit()->setText(QStringLiteral("/nonexistent/plan.zone"));
    dialog.accept();
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(dialog.lastError().contains(QStringLiteral("/nonexistent/plan.zone")));
    QVERIFY(AppSettings::instance()->value(AppSettings::DnsZoneFile).toString().isEmpty());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
