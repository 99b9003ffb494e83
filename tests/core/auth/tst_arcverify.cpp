// SPDX-License-Identifier: GPL-3.0-or-later
// ARC validation (RFC 8617 §5.2): the API around the verdict (JSON shape, findings, hops, AAR
// parsing, asynchronous delivery) and edge cases the ValiMail suite does not cover (too many sets,
// temporary key failures, a body changed after sealing, a tampered older set, a cv=fail seal).
// Messages are the suite's signed messages (tests/data/arc-valimail), changed per row.

#include "auth/arc/ArcVerifier.h"
#include "auth/dkim/KeyFetcher.h"
#include "message/Message.h"
#include "message/RawData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Deliverbench;

class TestArcVerify : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QJsonObject> m_tests;

    QByteArray message(const QString& name) const
    {
        QByteArray raw = m_tests.value(name).value(QStringLiteral("message")).toString().toUtf8();
        raw.replace("\n", "\r\n");
        return raw;
    }

    void loadKeys(Auth::MemoryKeyFetcher& fetcher, const QString& name) const
    {
        const QJsonObject records = m_tests.value(name).value(QStringLiteral("txtRecords")).toObject();
        for (auto it = records.begin(); it != records.end(); ++it)
            fetcher.addRecord(it.key().toLatin1(), it.value().toString().toLatin1());
    }

    Auth::ArcResult verify(const QByteArray& raw, Auth::KeyFetcher& fetcher) const
    {
        const Mail::Message m = Mail::parseMessage(Mail::RawData::fromBytes(raw));
        Auth::ArcVerifyOptions options;
        options.now = 1700000000;
        return Auth::ArcVerifier::verifyBlocking(m, fetcher, options);
    }

    Auth::ArcResult verify(const QByteArray& raw, const QString& keysOf) const
    {
        Auth::MemoryKeyFetcher fetcher;
        loadKeys(fetcher, keysOf);
        return verify(raw, fetcher);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile f(QStringLiteral(TEST_DATA_DIR "/arc-valimail/arc-draft-validation-tests.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tests")).toArray())
            m_tests.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QVERIFY(m_tests.contains(QStringLiteral("cv_pass_i2_1")));
    }

    void jsonShape()
    {
        const Auth::ArcResult r = verify(message(QStringLiteral("cv_pass_i2_1")), QStringLiteral("cv_pass_i2_1"));
        const QJsonObject j = r.toJson();
        QCOMPARE(j.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
        QCOMPARE(j.value(QStringLiteral("oldestPass")).toInt(), 0);
        QVERIFY(!j.value(QStringLiteral("reason")).toString().isEmpty());
        const QJsonArray chain = j.value(QStringLiteral("chain")).toArray();
        QCOMPARE(chain.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject hop = chain.at(i).toObject();
            QCOMPARE(hop.value(QStringLiteral("instance")).toInt(), i + 1);
            QCOMPARE(hop.value(QStringLiteral("authservId")).toString(), QStringLiteral("lists.example.org"));
            QCOMPARE(hop.value(QStringLiteral("aar")).toString(),
                     QStringLiteral("spf=pass smtp.mfrom=jqd@d1.example;    dkim=pass (1024-bit key) "
                                    "header.i=@d1.example;    dmarc=pass"));
            const QJsonObject ams = hop.value(QStringLiteral("ams")).toObject();
            QCOMPARE(ams.value(QStringLiteral("domain")).toString(), QStringLiteral("example.org"));
            QCOMPARE(ams.value(QStringLiteral("selector")).toString(), QStringLiteral("dummy"));
            QCOMPARE(ams.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
            const QJsonObject as = hop.value(QStringLiteral("as")).toObject();
            QCOMPARE(as.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
            QCOMPARE(as.value(QStringLiteral("cv")).toString(), i == 0 ? QStringLiteral("none") : QStringLiteral("pass"));
        }
        // the hop offsets point at the ARC-Seal fields of the raw message
        const QByteArray raw = message(QStringLiteral("cv_pass_i2_1"));
        for (const Auth::ArcHop& hop : r.chain)
            QVERIFY(raw.mid(hop.offset).startsWith("ARC-Seal:"));
        const Findings f = r.findings();
        QCOMPARE(f.first().code, QByteArrayLiteral("ARC.PASS"));
        QCOMPARE(f.first().severity, Severity::Pass);
        QVERIFY(f.first().reference.startsWith(QLatin1String("RFC 8617")));
        QVERIFY(!f.first().title.isEmpty());
    }

    void noArc()
    {
        const Auth::ArcResult r = verify(message(QStringLiteral("cv_base1")), QStringLiteral("cv_base1"));
        QCOMPARE(r.status, Auth::ArcChainStatus::None);
        QCOMPARE(r.token(), QByteArrayLiteral("none"));
        QCOMPARE(r.findings().first().code, QByteArrayLiteral("ARC.NONE"));
        QCOMPARE(r.findings().first().severity, Severity::Info);
        QVERIFY(r.chain.isEmpty());
    }

    void edgeCases_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QByteArray>("code");

        // body changed after the last sealer: AMS(1) body hash fails (RFC 8617 §5.2 step 4)
        QTest::newRow("footer appended") << QStringLiteral("cv_pass_i1_1") << QByteArray("--J.\r\n")
                                         << QByteArray("--J.\r\n-- \r\nSent via the list\r\n") << QByteArray("fail")
                                         << QByteArray("ARC.FAIL_AMS");
        // a signed header changed: AMS(1) signature fails
        QTest::newRow("subject changed") << QStringLiteral("cv_pass_i1_1") << QByteArray("Subject: Example 1")
                                         << QByteArray("Subject: [list] Example 1") << QByteArray("fail")
                                         << QByteArray("ARC.FAIL_AMS");
        // an unsigned header changed: still passes
        QTest::newRow("received added") << QStringLiteral("cv_pass_i1_1") << QByteArray("MIME-Version: 1.0\r\n")
                                        << QByteArray("Received: from x by y; Thu, 1 Jan 2015 00:00:00 +0000\r\nMIME-Version: 1.0\r\n")
                                        << QByteArray("pass") << QByteArray("ARC.PASS");
        // the AAR of hop 1 rewritten in a 2-hop chain: AMS(2) signs it (h= arc-authentication-results picks
        // the bottom-most AAR), so step 4 already fails
        QTest::newRow("older AAR tampered") << QStringLiteral("cv_pass_i2_1") << QByteArray("i=1; lists.example.org;\r\n    spf=pass")
                                            << QByteArray("i=1; lists.example.org;\r\n    spf=fail") << QByteArray("fail")
                                            << QByteArray("ARC.FAIL_AMS");
        // the seal of hop 1 changed (t=): no AMS covers it, AS(2) and AS(1) do (RFC 8617 §5.1.1): step 6
        QTest::newRow("older seal tampered") << QStringLiteral("cv_pass_i2_1")
                                             << QByteArray("cv=none; d=example.org; i=1; s=dummy;\r\n    t=12345")
                                             << QByteArray("cv=none; d=example.org; i=1; s=dummy;\r\n    t=12344")
                                             << QByteArray("fail") << QByteArray("ARC.FAIL_AS");
        // folding and case of the ARC-Seal name do not matter (relaxed)
        QTest::newRow("seal name case") << QStringLiteral("cv_pass_i2_1") << QByteArray("ARC-Seal: a=rsa-sha256;")
                                        << QByteArray("arc-seal:   a=rsa-sha256;") << QByteArray("pass") << QByteArray("ARC.PASS");
        // the newest seal says cv=fail: step 2
        QTest::newRow("cv=fail on top") << QStringLiteral("cv_pass_i2_1") << QByteArray("cv=pass")
                                        << QByteArray("cv=fail") << QByteArray("fail") << QByteArray("ARC.FAIL_CV");
        // an instance above 50
        QTest::newRow("instance 51") << QStringLiteral("cv_pass_i1_1") << QByteArray("ARC-Authentication-Results: i=1;")
                                     << QByteArray("ARC-Authentication-Results: i=51;") << QByteArray("fail")
                                     << QByteArray("ARC.TOO_MANY_SETS");
    }

    void edgeCases()
    {
        QFETCH(QString, base);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, token);
        QFETCH(QByteArray, code);
        QByteArray raw = message(base);
        QVERIFY2(raw.contains(from), from.constData());
        raw.replace(raw.indexOf(from), from.size(), to);
        const Auth::ArcResult r = verify(raw, base);
        QCOMPARE(r.token(), token);
        QCOMPARE(r.code, code);
    }

    void fiftyOneSets()
    {
        // 51 well-formed looking sets: more than RFC 8617 §4.2.1 allows, rejected without any key lookup
        QByteArray raw;
        for (int i = 51; i >= 1; --i) {
            raw += "ARC-Seal: i=" + QByteArray::number(i) + "; a=rsa-sha256; cv=" + (i == 1 ? "none" : "pass")
                + "; d=example.org; s=dummy; b=AAAA\r\n";
            raw += "ARC-Message-Signature: i=" + QByteArray::number(i)
                + "; a=rsa-sha256; d=example.org; s=dummy; h=from; bh=AAAA; b=AAAA\r\n";
            raw += "ARC-Authentication-Results: i=" + QByteArray::number(i) + "; relay" + QByteArray::number(i)
                + ".example; spf=pass\r\n";
        }
        raw += "From: a@example.org\r\n\r\nbody\r\n";
        Auth::MemoryKeyFetcher fetcher;
        const Auth::ArcResult r = verify(raw, fetcher);
        QCOMPARE(r.code, QByteArrayLiteral("ARC.TOO_MANY_SETS"));
        QCOMPARE(r.token(), QByteArrayLiteral("fail"));
        QCOMPARE(fetcher.lookupCount(), 0);
        QCOMPARE(r.chain.size(), 50);
        QCOMPARE(r.chain.at(9).authservId, QByteArrayLiteral("relay10.example"));
    }

    void keyTimeout()
    {
        Auth::MemoryKeyFetcher fetcher;
        fetcher.setOutcome("dummy._domainkey.example.org", Dns::Outcome::Timeout);
        const Auth::ArcResult r = verify(message(QStringLiteral("cv_pass_i1_1")), fetcher);
        QCOMPARE(r.token(), QByteArrayLiteral("fail"));
        QCOMPARE(r.code, QByteArrayLiteral("ARC.FAIL_AMS"));
        QCOMPARE(r.chain.first().amsResult, QByteArrayLiteral("temperror"));
        QCOMPARE(r.chain.first().asResult, QByteArrayLiteral("temperror"));
        QCOMPARE(fetcher.lookupCount(), 1); // one lookup per distinct key name
    }

    void asyncDelivery()
    {
        Auth::MemoryKeyFetcher fetcher;
        loadKeys(fetcher, QStringLiteral("cv_pass_i2_1"));
        const Mail::Message m = Mail::parseMessage(Mail::RawData::fromBytes(message(QStringLiteral("cv_pass_i2_1"))));
        std::optional<Auth::ArcResult> got;
        QObject context;
        Auth::ArcVerifier::verify(m, fetcher, {1700000000, 1024}, &context, [&](const Auth::ArcResult& r) { got = r; });
        QVERIFY(!got); // never from inside verify()
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->token(), QByteArrayLiteral("pass"));

        // the context dies before the keys arrive: no callback
        bool called = false;
        auto* dying = new QObject;
        Auth::ArcVerifier::verify(m, fetcher, {1700000000, 1024}, dying, [&](const Auth::ArcResult&) { called = true; });
        delete dying;
        QTest::qWait(50);
        QVERIFY(!called);

        // no ARC at all: still asynchronous
        const Mail::Message plain = Mail::parseMessage(Mail::RawData::fromBytes(message(QStringLiteral("cv_base1"))));
        std::optional<Auth::ArcResult> none;
        Auth::ArcVerifier::verify(plain, fetcher, {}, &context, [&](const Auth::ArcResult& r) { none = r; });
        QVERIFY(!none);
        QTRY_VERIFY(none.has_value());
        QCOMPARE(none->token(), QByteArrayLiteral("none"));
    }

    void minKeyBitsPolicy()
    {
        // the suite's 1024-bit key passes by default and fails under a 2048-bit policy
        Auth::MemoryKeyFetcher fetcher;
        loadKeys(fetcher, QStringLiteral("cv_pass_i1_1"));
        const Mail::Message m = Mail::parseMessage(Mail::RawData::fromBytes(message(QStringLiteral("cv_pass_i1_1"))));
        Auth::ArcVerifyOptions options;
        options.now = 1700000000;
        QCOMPARE(Auth::ArcVerifier::verifyBlocking(m, fetcher, options).token(), QByteArrayLiteral("pass"));
        options.minKeyBits = 2048;
        const Auth::ArcResult r = Auth::ArcVerifier::verifyBlocking(m, fetcher, options);
        QCOMPARE(r.token(), QByteArrayLiteral("fail"));
        QCOMPARE(r.code, QByteArrayLiteral("ARC.FAIL_AMS"));
    }
};

QTEST_GUILESS_MAIN(TestArcVerify)
#include "tst_arcverify.moc"
