// SPDX-License-Identifier: GPL-3.0-or-later
// Differential tests against Debian python3-dkim (dkimpy 1.1.4): sign with ours and verify with
// dkimpy, sign with dkimpy and verify with ours, on generated messages. Agreement is the bar.
#include "DkimTestUtil.h"

#include "auth/dkim/DkimSigner.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;
using namespace DkimTest;

class tst_DkimDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oursToDkimpy_data();
    void oursToDkimpy();
    void dkimpyToOurs_data();
    void dkimpyToOurs();

private:
    void cases();
    QByteArray runHelper(const QStringList& args, bool* ok);
    static QByteArray generatedMessage(int seed);
    QTemporaryDir m_dir;
};

void tst_DkimDiff::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QProcess p;
    p.start(QStringLiteral(DKIMPY_PYTHON), {QStringLiteral("-c"), QStringLiteral("import dkim")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, "python3-dkim is missing: install it (scripts/setup.sh --tests installs python3-dkim)");
}

QByteArray tst_DkimDiff::generatedMessage(int seed)
{
    // Deterministic messages exercising canonicalization: folded headers, runs of spaces and tabs,
    // trailing whitespace, blank lines inside and at the end, 8-bit text, long lines.
    QRandomGenerator rng(quint32(1000 + seed));
    QByteArray m = "From: \"Sender " + QByteArray::number(seed) + "\" <sender@example.com>\r\n"
                   "To: rcpt@example.org,\r\n\t other@example.org\r\n"
                   "Subject:   Test  message\t" + QByteArray::number(seed) + "  \r\n"
                   "Date: Fri, 27 Nov 2026 12:00:00 +0000\r\n"
                   "Message-ID: <" + QByteArray::number(seed) + ".diff@example.com>\r\n"
                   "MIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\n";
    static const char* const words[] = {"alpha", "beta", "  gamma", "\tdelta", "epsilon  ", "zeta\t",
                                        "\xc3\xa9t\xc3\xa9", "", "omega", "x"};
    const int lines = 5 + int(rng.bounded(40));
    for (int i = 0; i < lines; ++i) {
        const int n = int(rng.bounded(12));
        for (int w = 0; w < n; ++w) {
            m += words[rng.bounded(10)];
            m += rng.bounded(4) == 0 ? "  " : " ";
        }
        if (seed % 3 == 0 && i == 2)
            m += QByteArray(300, 'L');
        m += "\r\n";
    }
    for (int i = 0; i < seed % 4; ++i)
        m += "\r\n"; // trailing empty lines
    return m;
}

QByteArray tst_DkimDiff::runHelper(const QStringList& args, bool* ok)
{
    QProcess p;
    p.start(QStringLiteral(DKIMPY_PYTHON), QStringList{QStringLiteral(DKIMPY_HELPER)} + args);
    *ok = p.waitForFinished(60000) && p.exitCode() == 0;
    if (!*ok)
        qWarning("dkimpy helper: %s", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

void tst_DkimDiff::cases()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("canon");
    QTest::addColumn<bool>("length");
    const QList<std::pair<const char*, QString>> keys = {
        {"rsa-2048-pkcs8", QStringLiteral("dkim-dkimpy/2048_testkey_PKCS8.key")},
        {"ed25519", QStringLiteral("dkim-dkimpy/ed25519test.key")},
    };
    for (int seed = 0; seed < 4; ++seed) {
        for (const auto& key : keys) {
            for (const char* canon : {"simple/simple", "relaxed/relaxed", "relaxed/simple", "simple/relaxed"}) {
                for (bool length : {false, true}) {
                    if (length && seed % 2)
                        continue;
                    QTest::newRow(qPrintable(QStringLiteral("msg%1 %2 %3%4")
                                                 .arg(seed)
                                                 .arg(QLatin1String(key.first), QLatin1String(canon),
                                                      length ? QStringLiteral(" l=") : QString())))
                        << seed << key.second << QByteArray(canon) << length;
                }
            }
        }
    }
}

void tst_DkimDiff::oursToDkimpy_data()
{
    cases();
}

void tst_DkimDiff::oursToDkimpy()
{
    QFETCH(int, seed);
    QFETCH(QString, key);
    QFETCH(QByteArray, canon);
    QFETCH(bool, length);
    auto k = DkimPrivateKey::fromFile(data(key));
    QVERIFY(k);
    DkimSignOptions o;
    o.domain = "example.com";
    o.selector = "diff";
    o.headerCanon = canon.startsWith("relaxed") ? DkimCanon::Relaxed : DkimCanon::Simple;
    o.bodyCanon = canon.endsWith("relaxed") ? DkimCanon::Relaxed : DkimCanon::Simple;
    o.bodyLengthTag = length;
    const auto s = dkimSign(generatedMessage(seed), *k, o);
    QVERIFY(s);
    const QString msgFile = m_dir.filePath(QStringLiteral("ours.eml"));
    const QString recordFile = m_dir.filePath(QStringLiteral("record.txt"));
    QFile f(msgFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(*s);
    f.close();
    QFile r(recordFile);
    QVERIFY(r.open(QIODevice::WriteOnly));
    r.write(k->publicKeyRecord());
    r.close();
    bool ok = false;
    const QByteArray verdict = runHelper({QStringLiteral("verify"), msgFile, QStringLiteral("diff._domainkey.example.com"), recordFile}, &ok);
    QVERIFY(ok);
    QCOMPARE(verdict.trimmed(), QByteArray("pass"));
    // and a tampered copy fails on both sides
    QByteArray tampered = *s;
    tampered.replace("Test", "Tost");
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(tampered);
    f.close();
    QVERIFY(runHelper({QStringLiteral("verify"), msgFile, QStringLiteral("diff._domainkey.example.com"), recordFile}, &ok)
                .startsWith("fail"));
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("diff._domainkey.example.com", k->publicKeyRecord());
    QCOMPARE(tokens(verify(tampered, fetcher)), QByteArray("fail"));
}

void tst_DkimDiff::dkimpyToOurs_data()
{
    cases();
}

void tst_DkimDiff::dkimpyToOurs()
{
    QFETCH(int, seed);
    QFETCH(QString, key);
    QFETCH(QByteArray, canon);
    QFETCH(bool, length);
    auto k = DkimPrivateKey::fromFile(data(key));
    QVERIFY(k);
    const QString msgFile = m_dir.filePath(QStringLiteral("plain.eml"));
    QFile f(msgFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(generatedMessage(seed));
    f.close();
    bool ok = false;
    const QByteArray signedMessage =
        runHelper({QStringLiteral("sign"), msgFile, data(key), QStringLiteral("diff"), QStringLiteral("example.com"),
                   QString::fromLatin1(canon.split('/').at(0)), QString::fromLatin1(canon.split('/').at(1)),
                   k->keyType() == "rsa" ? QStringLiteral("rsa-sha256") : QStringLiteral("ed25519-sha256"),
                   length ? QStringLiteral("1") : QStringLiteral("0")},
                  &ok);
    QVERIFY(ok);
    QVERIFY(signedMessage.startsWith("DKIM-Signature:"));
    MemoryKeyFetcher fetcher;
    fetcher.setRecord("diff._domainkey.example.com", k->publicKeyRecord());
    const auto results = verify(signedMessage, fetcher);
    QCOMPARE(tokens(results), QByteArray("pass"));
    QCOMPARE(results.first().canonicalization, canon);
    QCOMPARE(results.first().bodyLength >= 0, length);
}

QTEST_GUILESS_MAIN(tst_DkimDiff)
#include "tst_dkimdiff.moc"
