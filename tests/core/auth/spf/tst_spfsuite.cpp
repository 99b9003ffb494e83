// SPDX-License-Identifier: GPL-3.0-or-later
// The openspf/pyspf SPF conformance suites (RFC 7208: 203 tests, RFC 4408: 191 tests), run
// against an in-memory DNS built from each scenario's zonedata (rules: ../shared/conformance/README.md §1).
// Data: tests/data/spf-pyspf/*.json, converted from the YAML by tests/data/spf-pyspf/yaml2json.py.
#include "auth/spf/DnsSource.h"
#include "auth/spf/SpfCheck.h"
#include "SpfSuiteZone.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>

using namespace Deliverbench;
using namespace Deliverbench::Auth;

namespace {

QJsonArray loadSuite(const QString& file)
{
    QFile f(QStringLiteral(TEST_DATA_DIR "/spf-pyspf/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

QStringList expectedResults(const QJsonValue& v)
{
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            out.append(x.toString().toLower());
    } else {
        out.append(v.toString().toLower());
    }
    return out;
}

} // namespace

class tst_SpfSuite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc7208_data() { suiteData(QStringLiteral("rfc7208-tests.json"), 203); }
    void rfc7208() { runOne(); }
    void rfc4408_data() { suiteData(QStringLiteral("rfc4408-tests.json"), 191); }
    void rfc4408() { runOne(); }

private:
    void suiteData(const QString& file, int expectedCount)
    {
        QTest::addColumn<QJsonObject>("zonedata");
        QTest::addColumn<QJsonObject>("test");
        const QJsonArray suite = loadSuite(file);
        QVERIFY2(!suite.isEmpty(), "suite JSON missing");
        int count = 0;
        for (const QJsonValue& s : suite) {
            const QJsonObject scenario = s.toObject();
            const QJsonObject tests = scenario.value(QStringLiteral("tests")).toObject();
            for (auto it = tests.begin(); it != tests.end(); ++it) {
                const QString row = scenario.value(QStringLiteral("description")).toString() + QStringLiteral(" / ") + it.key();
                QTest::newRow(qPrintable(row)) << scenario.value(QStringLiteral("zonedata")).toObject() << it.value().toObject();
                ++count;
            }
        }
        QCOMPARE(count, expectedCount);
    }

    void runOne()
    {
        QFETCH(QJsonObject, zonedata);
        QFETCH(QJsonObject, test);
        auto zone = SpfSuiteZone::buildZone(zonedata);
        SpfRequest req;
        req.ip = QHostAddress(test.value(QStringLiteral("host")).toString());
        req.helo = test.value(QStringLiteral("helo")).toString().toUtf8();
        req.mailFrom = test.value(QStringLiteral("mailfrom")).toString().toUtf8();
        req.defaultExplanation = QStringLiteral("DEFAULT");
        req.receiver = "receiver.example.net";
        const SpfEvaluation ev = checkSpfBlocking(zone.get(), req);
        const QStringList expected = expectedResults(test.value(QStringLiteral("result")));
        const QString got = QString::fromLatin1(spfResultToken(ev.result));
        if (!expected.contains(got)) {
            const QJsonDocument trace(ev.toJson());
            qWarning().noquote() << QString::fromUtf8(trace.toJson(QJsonDocument::Indented));
        }
        QVERIFY2(expected.contains(got), qPrintable(QStringLiteral("got %1, expected %2 (%3)").arg(got, expected.join(u'|'), ev.reason)));
        if (got != expected.first())
            qInfo().noquote() << "accepted alternative result" << got << "(preferred:" << expected.first() << ")";
        if (test.contains(QStringLiteral("explanation")) && ev.result == SpfResult::Fail) {
            const QString want = test.value(QStringLiteral("explanation")).toString();
            if (ev.explanation != want && ev.explanation.compare(want, Qt::CaseInsensitive) == 0)
                qInfo().noquote() << "explanation differs only in letter case (IPv6 nibbles):" << ev.explanation;
            else
                QCOMPARE(ev.explanation, want);
        }
        // the trace is a tree: every parent precedes its children
        for (qsizetype i = 0; i < ev.trace.size(); ++i)
            QVERIFY(ev.trace.at(i).parent < i);
    }
};

QTEST_GUILESS_MAIN(tst_SpfSuite)
#include "tst_spfsuite.moc"
