// SPDX-License-Identifier: GPL-3.0-or-later
// Differential test against Debian python3-spf (pyspf check2()): generated SPF policies and
// clients, the same fake DNS (suite zonedata format) for both; agreement is the bar.
#include "auth/spf/SpfCheck.h"
#include "SpfSuiteZone.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

class tst_SpfDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void agreeWithPyspf()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/spf.py")))
            QSKIP("python3-spf is not installed (scripts/setup.sh --tests installs it)");
        QRandomGenerator rng(20261127);
        const QStringList terms = {
            QStringLiteral("ip4:192.0.2.0/24"), QStringLiteral("ip4:198.51.100.7"), QStringLiteral("ip6:2001:db8::/32"),
            QStringLiteral("a"), QStringLiteral("a/24"), QStringLiteral("a:h1.d.test"), QStringLiteral("mx"), QStringLiteral("mx:d.test/30"),
            QStringLiteral("include:inc.d.test"), QStringLiteral("include:missing.d.test"), QStringLiteral("exists:%{i}.bl.d.test"),
            QStringLiteral("exists:%{l}.%{d2}"), QStringLiteral("a:%{d1r}.h1.d.test"), QStringLiteral("ptr"), QStringLiteral("ptr:d.test"),
            QStringLiteral("a:nx1.d.test"), QStringLiteral("a:nx2.d.test"), QStringLiteral("ip4:10.0.0.0/8"), QStringLiteral("mx:nomx.d.test"),
        };
        const QStringList quals = {QString(), QStringLiteral("-"), QStringLiteral("~"), QStringLiteral("?"), QString()};
        const QStringList ends = {QStringLiteral("-all"), QStringLiteral("~all"), QStringLiteral("?all"), QString(), QStringLiteral("redirect=r.d.test")};
        const QStringList clients = {QStringLiteral("192.0.2.5"), QStringLiteral("198.51.100.7"), QStringLiteral("203.0.113.9"),
                                     QStringLiteral("2001:db8::25"), QStringLiteral("10.1.2.3"), QStringLiteral("192.0.2.77")};
        auto rec = [](const char* type, const QJsonValue& v) { return QJsonObject{{QLatin1String(type), v}}; };
        QJsonArray scenarios;
        for (int n = 0; n < 300; ++n) {
            QStringList policy{QStringLiteral("v=spf1")};
            const int count = int(rng.bounded(1, 6));
            for (int i = 0; i < count; ++i)
                policy.append(quals.at(int(rng.bounded(quals.size()))) + terms.at(int(rng.bounded(terms.size()))));
            if (const QString end = ends.at(int(rng.bounded(ends.size()))); !end.isEmpty())
                policy.append(end);
            QJsonObject zone;
            zone.insert(QStringLiteral("d.test"), QJsonArray{rec("TXT", policy.join(u' ')), rec("A", QStringLiteral("192.0.2.5")),
                                                               rec("MX", QJsonArray{10, QStringLiteral("mx1.d.test")})});
            zone.insert(QStringLiteral("mx1.d.test"), QJsonArray{rec("A", QStringLiteral("203.0.113.9")), rec("AAAA", QStringLiteral("2001:db8::25"))});
            zone.insert(QStringLiteral("h1.d.test"), QJsonArray{rec("A", QStringLiteral("198.51.100.8"))});
            zone.insert(QStringLiteral("test.h1.d.test"), QJsonArray{rec("A", QStringLiteral("10.1.2.3"))});
            zone.insert(QStringLiteral("inc.d.test"), QJsonArray{rec("TXT", QStringLiteral("v=spf1 ip4:192.0.2.77 ~all"))});
            zone.insert(QStringLiteral("r.d.test"), QJsonArray{rec("TXT", QStringLiteral("v=spf1 a:mx1.d.test -all"))});
            zone.insert(QStringLiteral("192.0.2.5.bl.d.test"), QJsonArray{rec("A", QStringLiteral("127.0.0.2"))});
            zone.insert(QStringLiteral("user.d.test"), QJsonArray{rec("A", QStringLiteral("127.0.0.2"))});
            zone.insert(QStringLiteral("9.113.0.203.in-addr.arpa"), QJsonArray{rec("PTR", QStringLiteral("mx1.d.test"))});
            zone.insert(QStringLiteral("7.100.51.198.in-addr.arpa"), QJsonArray{rec("PTR", QStringLiteral("h1.d.test"))});
            zone.insert(QStringLiteral("nomx.d.test"), QJsonArray{rec("A", QStringLiteral("192.0.2.200"))});
            QJsonArray tests;
            for (const QString& ip : clients)
                tests.append(QJsonObject{{QStringLiteral("host"), ip}, {QStringLiteral("helo"), QStringLiteral("client.example.net")},
                                         {QStringLiteral("mailfrom"), QStringLiteral("user@d.test")}});
            scenarios.append(QJsonObject{{QStringLiteral("zonedata"), zone}, {QStringLiteral("tests"), tests}});
        }
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(PROJECT_SOURCE_DIR "/tests/core/auth/spf/pyspf_helper.py")});
        QVERIFY(py.waitForStarted());
        py.write(QJsonDocument(scenarios).toJson(QJsonDocument::Compact));
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(240000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        const QJsonArray theirs = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QCOMPARE(theirs.size(), scenarios.size());
        int compared = 0;
        int differ = 0;
        for (qsizetype s = 0; s < scenarios.size(); ++s) {
            const QJsonObject scenario = scenarios.at(s).toObject();
            const QJsonArray tests = scenario.value(QStringLiteral("tests")).toArray();
            for (qsizetype t = 0; t < tests.size(); ++t) {
                auto zone = SpfSuiteZone::buildZone(scenario.value(QStringLiteral("zonedata")).toObject());
                const QJsonObject test = tests.at(t).toObject();
                SpfRequest req;
                req.ip = QHostAddress(test.value(QStringLiteral("host")).toString());
                req.helo = test.value(QStringLiteral("helo")).toString().toUtf8();
                req.mailFrom = test.value(QStringLiteral("mailfrom")).toString().toUtf8();
                const SpfEvaluation ev = checkSpfBlocking(zone.get(), req);
                const QString ours = QString::fromLatin1(spfResultToken(ev.result));
                const QString ref = theirs.at(s).toArray().at(t).toString();
                ++compared;
                if (ours != ref) {
                    ++differ;
                    qWarning().noquote() << "differs:" << ours << "vs pyspf" << ref << "for" << test.value(QStringLiteral("host")).toString()
                                         << scenario.value(QStringLiteral("zonedata")).toObject().value(QStringLiteral("d.test")).toArray().first().toObject().value(QStringLiteral("TXT")).toString();
                }
            }
        }
        qInfo() << "compared" << compared << "verdicts with pyspf," << differ << "differ";
        QCOMPARE(differ, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SpfDiff)
#include "tst_spfdiff.moc"
