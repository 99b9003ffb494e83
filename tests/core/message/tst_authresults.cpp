// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/AuthResults.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Deliverbench::Mail;

namespace {

/** The header as given in the case file, without its field name; line breaks become spaces. */
QByteArray headerValue(const QString& header)
{
    QByteArray v = header.toUtf8();
    const QByteArray name = "authentication-results:";
    if (v.size() >= name.size() && v.first(name.size()).toLower() == name)
        v.remove(0, name.size());
    v.replace('\r', ' ');
    v.replace('\n', ' ');
    return v;
}

QString propertyString(const AuthResultProperty& p)
{
    const QString left = p.ptype.isEmpty() ? QString::fromUtf8(p.property)
                                           : QString::fromUtf8(p.ptype + '.' + p.property);
    return left.toLower() + u'=' + QString::fromUtf8(p.value);
}

QString normalisedProperty(const QString& s)
{
    const qsizetype eq = s.indexOf(u'=');
    return eq < 0 ? s : s.left(eq).toLower() + s.mid(eq);
}

/**
 * Compares what the parser found with a case's expectation object (only the fields it gives).
 * subsetProperties: the expectation lists some of the properties (python3-authres drops some).
 * Returns an empty string when they agree.
 */
QString compare(const AuthenticationResults& r, const QJsonObject& exp, bool subsetProperties)
{
    if (exp.contains(QStringLiteral("authserv_id"))
        && QString::fromUtf8(r.authservId) != exp.value(QStringLiteral("authserv_id")).toString())
        return QStringLiteral("authserv-id %1").arg(QString::fromUtf8(r.authservId));
    const QJsonValue version = exp.value(QStringLiteral("version"));
    if (version.isDouble() && r.version != version.toInt())
        return QStringLiteral("version %1").arg(r.version);
    if (version.isString() && r.version != version.toString().toInt())
        return QStringLiteral("version %1").arg(r.version);
    if (!exp.contains(QStringLiteral("results")))
        return {};
    const QJsonArray results = exp.value(QStringLiteral("results")).toArray();
    if (results.size() != r.results.size())
        return QStringLiteral("%1 results, expected %2").arg(r.results.size()).arg(results.size());
    if (results.isEmpty() && !r.noResults)
        return QStringLiteral("noResults not set");
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject e = results[i].toObject();
        const AuthResultEntry& got = r.results[i];
        if (QString::fromUtf8(got.method) != e.value(QStringLiteral("method")).toString())
            return QStringLiteral("method %1").arg(QString::fromUtf8(got.method));
        if (e.contains(QStringLiteral("result"))
            && QString::fromUtf8(got.result) != e.value(QStringLiteral("result")).toString())
            return QStringLiteral("result %1").arg(QString::fromUtf8(got.result));
        if (e.contains(QStringLiteral("method_version"))
            && got.methodVersion != e.value(QStringLiteral("method_version")).toInt())
            return QStringLiteral("method version %1").arg(got.methodVersion);
        if (e.contains(QStringLiteral("reason"))
            && QString::fromUtf8(got.reason) != e.value(QStringLiteral("reason")).toString())
            return QStringLiteral("reason %1").arg(QString::fromUtf8(got.reason));
        if (!e.contains(QStringLiteral("properties")))
            continue;
        QStringList gotProps;
        for (const AuthResultProperty& p : got.properties)
            gotProps.append(propertyString(p));
        QStringList expProps;
        for (const QJsonValue& v : e.value(QStringLiteral("properties")).toArray())
            expProps.append(normalisedProperty(v.toString()));
        if (subsetProperties) {
            for (const QString& p : std::as_const(expProps)) {
                if (!gotProps.contains(p))
                    return QStringLiteral("missing property %1 in %2").arg(p, gotProps.join(u' '));
            }
        } else if (gotProps != expProps) {
            return QStringLiteral("properties %1").arg(gotProps.join(u' '));
        }
    }
    return {};
}

/** Same structure (what MAAR's canonical re-serialisation preserves). */
QString sameStructure(const AuthenticationResults& a, const AuthenticationResults& b)
{
    if (a.authservId != b.authservId)
        return QStringLiteral("authserv-id %1 vs %2").arg(QString::fromUtf8(a.authservId), QString::fromUtf8(b.authservId));
    if (a.version != b.version || a.noResults != b.noResults || a.results.size() != b.results.size())
        return QStringLiteral("version/none/count differ (%1 vs %2 results)").arg(a.results.size()).arg(b.results.size());
    for (qsizetype i = 0; i < a.results.size(); ++i) {
        const AuthResultEntry& x = a.results[i];
        const AuthResultEntry& y = b.results[i];
        if (x.method != y.method || x.result != y.result || x.methodVersion != y.methodVersion || x.reason != y.reason)
            return QStringLiteral("result %1 differs: %2=%3 vs %4=%5")
                .arg(i)
                .arg(QString::fromUtf8(x.method), QString::fromUtf8(x.result), QString::fromUtf8(y.method),
                     QString::fromUtf8(y.result));
        QStringList px, py;
        for (const AuthResultProperty& p : x.properties)
            px.append(propertyString(p));
        for (const AuthResultProperty& p : y.properties)
            py.append(propertyString(p));
        if (px != py)
            return QStringLiteral("properties %1 vs %2").arg(px.join(u' '), py.join(u' '));
    }
    return {};
}

} // namespace

class TestAuthResults : public QObject
{
    Q_OBJECT

private slots:
    void conformanceCases_data();
    void conformanceCases();
    void handwritten_data();
    void handwritten();
    void hostileInput_data();
    void hostileInput();
};

void TestAuthResults::conformanceCases_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    QFile file(QStringLiteral(TEST_DATA_DIR "/authres-cases/ar-cases.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 95);
    for (const QJsonValue& c : cases) {
        const QJsonObject o = c.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString())) << o;
    }
}

void TestAuthResults::conformanceCases()
{
    QFETCH(QJsonObject, testCase);
    const QString id = testCase.value(QStringLiteral("id")).toString();
    const QByteArray value = headerValue(testCase.value(QStringLiteral("header")).toString());
    const AuthenticationResults strict = parseAuthenticationResults(value, AuthResultsMode::Strict);
    const AuthenticationResults lenient = parseAuthenticationResults(value, AuthResultsMode::Lenient);
    const QString strictErrors = strict.errors.join(QStringLiteral("; "));
    const QString lenientErrors = lenient.errors.join(QStringLiteral("; "));
    const bool fromDkimVerifier = id.startsWith(QStringLiteral("rfc")) || id.startsWith(QStringLiteral("dv-"));
    int checks = 0;

    const QJsonValue expect = testCase.value(QStringLiteral("expect"));
    if (expect.isString() && expect.toString() == QStringLiteral("error")) {
        QVERIFY2(!strict.valid, "strict parser accepted a header that must be rejected");
        QVERIFY2(!lenient.valid, "lenient parser accepted a header that must be rejected");
        return;
    }
    const QJsonObject exp = expect.toObject();
    if (exp.contains(QStringLiteral("authserv_id")) || exp.contains(QStringLiteral("results"))) {
        QVERIFY2(lenient.valid, qPrintable(lenientErrors));
        const QString diff = compare(lenient, exp, false);
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("lenient: ") + diff));
        if (fromDkimVerifier) {
            QVERIFY2(strict.valid, qPrintable(strictErrors));
            const QString sdiff = compare(strict, exp, false);
            QVERIFY2(sdiff.isEmpty(), qPrintable(QStringLiteral("strict: ") + sdiff));
        }
        ++checks;
    }
    if (exp.value(QStringLiteral("strict")).toString() == QStringLiteral("error")) {
        QVERIFY2(!strict.valid, "strict parser accepted a non-conforming header");
        ++checks;
    }
    if (exp.contains(QStringLiteral("relaxed"))) {
        QVERIFY2(lenient.valid, qPrintable(lenientErrors));
        const QString diff = compare(lenient, exp.value(QStringLiteral("relaxed")).toObject(), false);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        ++checks;
    }
    if (exp.contains(QStringLiteral("eai"))) {
        const QJsonValue eai = exp.value(QStringLiteral("eai"));
        if (eai.isString()) {
            QCOMPARE(eai.toString(), QStringLiteral("error"));
            QVERIFY2(!strict.valid, "strict EAI parser accepted an unquoted U-label authserv-id");
        } else {
            QVERIFY2(strict.valid, qPrintable(strictErrors));
            QVERIFY2(lenient.valid, qPrintable(lenientErrors));
            const QString sdiff = compare(strict, eai.toObject(), false);
            QVERIFY2(sdiff.isEmpty(), qPrintable(QStringLiteral("strict: ") + sdiff));
            const QString ldiff = compare(lenient, eai.toObject(), false);
            QVERIFY2(ldiff.isEmpty(), qPrintable(QStringLiteral("lenient: ") + ldiff));
        }
        ++checks;
    }
    if (exp.value(QStringLiteral("ascii_only")).toString() == QStringLiteral("error")) {
        QVERIFY(!parseAuthenticationResults(value, AuthResultsMode::Strict, false).valid);
        QVERIFY(!parseAuthenticationResults(value, AuthResultsMode::Lenient, false).valid);
        ++checks;
    }
    if (exp.value(QStringLiteral("lenient_parse")).toString() == QStringLiteral("ok")) {
        QVERIFY2(lenient.valid, qPrintable(lenientErrors));
        QVERIFY(!lenient.authservId.isEmpty());
        QVERIFY(!lenient.results.isEmpty());
        ++checks;
    }
    const QJsonValue maarLenient = exp.value(QStringLiteral("maar_lenient"));
    if (!maarLenient.isUndefined()) {
        QVERIFY2(lenient.valid, qPrintable(lenientErrors));
        if (maarLenient.isObject()) {
            const QByteArray pvalue = maarLenient.toObject().value(QStringLiteral("pvalue")).toString().toUtf8();
            bool found = false;
            for (const AuthResultEntry& e : lenient.results) {
                for (const AuthResultProperty& p : e.properties)
                    found |= p.value == pvalue;
            }
            QVERIFY2(found, pvalue.constData());
        }
        ++checks;
    }
    if (exp.contains(QStringLiteral("maar_as_string"))) {
        const QByteArray canonical = headerValue(exp.value(QStringLiteral("maar_as_string")).toString());
        const AuthenticationResults c = parseAuthenticationResults(canonical, AuthResultsMode::Lenient);
        QVERIFY2(lenient.valid, qPrintable(lenientErrors));
        QVERIFY2(c.valid, qPrintable(c.errors.join(QStringLiteral("; "))));
        const QString diff = sameStructure(lenient, c);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        ++checks;
    }
    if (testCase.value(QStringLiteral("expect")).isUndefined()) {
        // python3-authres doctest cases: its recorded output is the doctest's assertion.
        const QJsonObject py = testCase.value(QStringLiteral("python3_authres_1.2.0")).toObject();
        if (py.contains(QStringLiteral("error"))) {
            QVERIFY2(!strict.valid, "strict parser accepted what the doctest rejects");
        } else {
            QVERIFY2(lenient.valid, qPrintable(lenientErrors));
            const QString diff = compare(lenient, py, true);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        ++checks;
    }
    QVERIFY2(checks > 0, "case with no expectation this test understands");
}

void TestAuthResults::handwritten_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("strictValid");
    QTest::addColumn<bool>("lenientValid");
    QTest::addColumn<QByteArray>("authservId");
    QTest::addColumn<QByteArray>("summary"); // method=result[ reason][ ptype.prop=value...]; ...

    // RFC 8601 Appendix B.7 is in the conformance file; these are further real-world shapes.
    QTest::newRow("microsoft no authserv-id")
        << QByteArray("spf=pass (sender IP is 209.85.128.41) smtp.mailfrom=gmail.com; dkim=pass (signature was "
                      "verified) header.d=gmail.com;dmarc=pass action=none header.from=gmail.com;compauth=pass reason=100")
        << false << true << QByteArray()
        << QByteArray("spf=pass smtp.mailfrom=gmail.com; dkim=pass header.d=gmail.com; dmarc=pass action=none "
                      "header.from=gmail.com; compauth=pass reason=100");
    QTest::newRow("microsoft header.d=none;domain")
        << QByteArray("spf=none (sender IP is 40.107.1.1) smtp.mailfrom=example.com; dkim=none (message not signed) "
                      "header.d=none;dmarc=none action=none header.from=example.com;")
        << false << true << QByteArray()
        << QByteArray("spf=none smtp.mailfrom=example.com; dkim=none header.d=none; dmarc=none action=none "
                      "header.from=example.com");
    QTest::newRow("gmail arc and dkim")
        << QByteArray("mx.google.com; dkim=pass header.i=@example.com header.s=s1 header.b=\"Ab+/cd=\"; "
                      "arc=pass (i=1 spf=pass spfdomain=example.com); spf=pass (google.com: domain of a@example.com "
                      "designates 192.0.2.1 as permitted sender) smtp.mailfrom=a@example.com; dmarc=pass (p=REJECT "
                      "sp=REJECT dis=NONE) header.from=example.com")
        << true << true << QByteArray("mx.google.com")
        << QByteArray("dkim=pass header.i=@example.com header.s=s1 header.b=Ab+/cd=; arc=pass; spf=pass "
                      "smtp.mailfrom=a@example.com; dmarc=pass header.from=example.com");
    QTest::newRow("version and method version")
        << QByteArray("example.com 1; dkim / 2=pass header.d=example.com") << true << true << QByteArray("example.com")
        << QByteArray("dkim/2=pass header.d=example.com");
    QTest::newRow("none with version") << QByteArray("example.org 1; none") << true << true
                                       << QByteArray("example.org") << QByteArray("none");
    QTest::newRow("reason before properties") << QByteArray("a.example; dkim=fail reason=\"bad sig\" header.d=x.example")
                                              << true << true << QByteArray("a.example")
                                              << QByteArray("dkim=fail reason=bad sig header.d=x.example");
    QTest::newRow("empty value") << QByteArray("") << false << false << QByteArray() << QByteArray();
    QTest::newRow("unterminated comment") << QByteArray("a.example (oops; spf=pass smtp.mailfrom=x.example")
                                          << false << false << QByteArray("a.example") << QByteArray();
    QTest::newRow("unterminated quoted string") << QByteArray("a.example; dkim=fail reason=\"bad")
                                                << false << false << QByteArray("a.example") << QByteArray();
}

void TestAuthResults::handwritten()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, strictValid);
    QFETCH(bool, lenientValid);
    QFETCH(QByteArray, authservId);
    QFETCH(QByteArray, summary);
    const AuthenticationResults s = parseAuthenticationResults(value, AuthResultsMode::Strict);
    const AuthenticationResults l = parseAuthenticationResults(value, AuthResultsMode::Lenient);
    QCOMPARE(s.valid, strictValid);
    QCOMPARE(l.valid, lenientValid);
    if (!lenientValid)
        return;
    QCOMPARE(l.authservId, authservId);
    QByteArrayList parts;
    if (l.noResults)
        parts.append("none");
    for (const AuthResultEntry& e : l.results) {
        QByteArray p = e.method;
        if (e.methodVersion != 1)
            p += '/' + QByteArray::number(e.methodVersion);
        p += '=' + e.result;
        if (!e.reason.isEmpty())
            p += " reason=" + e.reason;
        for (const AuthResultProperty& prop : e.properties)
            p += ' ' + (prop.ptype.isEmpty() ? prop.property : prop.ptype + '.' + prop.property) + '=' + prop.value;
        parts.append(p);
    }
    QCOMPARE(parts.join("; "), summary);
    if (strictValid)
        QCOMPARE(s.results.size(), l.results.size());
}

void TestAuthResults::hostileInput_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("deeply nested comment") << QByteArray("a.example ") + QByteArray(200000, '(') + "x"
                                                  + QByteArray(200000, ')') + "; none";
    QTest::newRow("many semicolons") << QByteArray("a.example") + QByteArray(500000, ';');
    QTest::newRow("many resinfos") << QByteArray("a.example") + QByteArray("; dkim=pass header.d=x.example").repeated(20000);
    QTest::newRow("many open quotes") << QByteArray("a.example; dkim=pass reason=") + QByteArray(300000, '"');
    QTest::newRow("binary") << QByteArray(100000, '\xff');
}

void TestAuthResults::hostileInput()
{
    QFETCH(QByteArray, value);
    QElapsedTimer timer;
    timer.start();
    const AuthenticationResults s = parseAuthenticationResults(value, AuthResultsMode::Strict);
    const AuthenticationResults l = parseAuthenticationResults(value, AuthResultsMode::Lenient);
    QVERIFY2(timer.elapsed() < 5000, "parser is not linear");
    QVERIFY(l.results.size() <= 20000);
    Q_UNUSED(s);
}

QTEST_GUILESS_MAIN(TestAuthResults)
#include "tst_authresults.moc"
