// SPDX-License-Identifier: GPL-3.0-or-later
// DKIM through the Resolver-based KeyFetcher against the real BIND of the test_servers fixture:
// sel1._domainkey.example.test is a 2048-bit key published as two TXT strings.
#include "DkimTestUtil.h"

#include "TestServers.h"
#include "auth/dkim/DkimSigner.h"
#include "dns/Resolver.h"

#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Auth;
using namespace DkimTest;

class tst_DkimDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signAndVerifyWithBindKey();
    void keyOutcomes_data();
    void keyOutcomes();

private:
    Dns::ResolverOptions options() const;
    QByteArray signedMessage(const QByteArray& selector) const;
    QHash<QString, QString> m_env;
};

void tst_DkimDns::initTestCase()
{
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    m_env = *env;
    QVERIFY(!m_env.value(QStringLiteral("DNS_SERVER")).isEmpty());
}

Dns::ResolverOptions tst_DkimDns::options() const
{
    Dns::ResolverOptions o;
    o.servers = QStringList{m_env.value(QStringLiteral("DNS_SERVER"))};
    o.timeoutMs = 2000;
    return o;
}

QByteArray tst_DkimDns::signedMessage(const QByteArray& selector) const
{
    auto key = DkimPrivateKey::fromFile(
        QStringLiteral(PROJECT_SOURCE_DIR "/tests/support/test-servers/templates/dns/dkim/sel1.private.pem"));
    if (!key)
        return {};
    DkimSignOptions o;
    o.domain = "example.test";
    o.selector = selector;
    auto s = dkimSign("From: postmaster@example.test\r\nTo: someone@example.org\r\nSubject: DKIM over real DNS\r\n\r\n"
                      "Signed with the test server's selector sel1.\r\n",
                      *key, o);
    return s ? *s : QByteArray();
}

void tst_DkimDns::signAndVerifyWithBindKey()
{
    Dns::Resolver resolver(options());
    QVERIFY(resolver.isValid());
    DnsKeyFetcher fetcher(resolver);
    const QByteArray s = signedMessage("sel1");
    QVERIFY(!s.isEmpty());
    const auto r = verify(s, fetcher);
    QCOMPARE(tokens(r), QByteArray("pass"));
    QCOMPARE(r.first().keyBits, 2048);
    QCOMPARE(r.first().keyServer, m_env.value(QStringLiteral("DNS_SERVER")));
    QVERIFY(r.first().keyRecord.startsWith("v=DKIM1; k=rsa; p=MIIBIjANBg"));
    QCOMPARE(r.first().keyRecord.size(), 410); // the two character-strings joined without separator
}

void tst_DkimDns::keyOutcomes_data()
{
    QTest::addColumn<QByteArray>("selector");
    QTest::addColumn<QByteArray>("result");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("revoked (empty p=)") << QByteArray("revoked") << QByteArray("permerror") << QByteArray("DKIM.KEY_REVOKED");
    QTest::newRow("no such selector") << QByteArray("nosuchselector") << QByteArray("permerror")
                                      << QByteArray("DKIM.KEY_NOT_FOUND");
}

void tst_DkimDns::keyOutcomes()
{
    QFETCH(QByteArray, selector);
    QFETCH(QByteArray, result);
    QFETCH(QByteArray, reason);
    Dns::Resolver resolver(options());
    DnsKeyFetcher fetcher(resolver);
    const auto r = verify(signedMessage(selector), fetcher);
    QCOMPARE(tokens(r), result);
    QCOMPARE(reasons(r), reason);
}

QTEST_GUILESS_MAIN(tst_DkimDns)
#include "tst_dkimdns.moc"
