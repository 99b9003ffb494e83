// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Dsn.h"
#include "message/Mailbox.h"
#include "message/MessageLint.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryFile>
#include <QTest>

#include <algorithm>

using namespace Deliverbench;
using namespace Deliverbench::Mail;

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString lintDir() { return QStringLiteral(TEST_DATA_DIR "/lint/"); }
QString samplesDir() { return QStringLiteral(PROJECT_SOURCE_DIR "/resources/samples/"); }

LintOptions fixedOptions()
{
    LintOptions options;
    options.now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);
    return options;
}

struct Linted
{
    RawDataPtr data;
    Message message;
    Findings findings;
};

Linted lintBytes(QByteArray bytes, const LintOptions& options = fixedOptions())
{
    Linted r;
    r.data = RawData::fromBytes(std::move(bytes), QStringLiteral("test"));
    r.message = parseMessage(r.data);
    r.findings = lintMessage(r.message, options);
    return r;
}

QStringList codesOf(const Findings& findings)
{
    QStringList codes;
    for (const Finding& f : findings) {
        const QString code = QString::fromLatin1(f.code);
        if (!codes.contains(code))
            codes.append(code);
    }
    codes.sort();
    return codes;
}

const Finding* findCode(const Findings& findings, QByteArrayView code)
{
    for (const Finding& f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

QString describe(const Findings& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        lines.append(QString::fromLatin1(f.code) + u' ' + severityToken(f.severity) + QStringLiteral(" [") + f.partPath
                     + QStringLiteral("] ") + f.detail);
    return lines.join(u'\n');
}

/** Every finding is complete and its evidence is the bytes at offset/length. */
void checkInvariants(const Linted& r)
{
    for (const Finding& f : r.findings) {
        QVERIFY2(f.code.startsWith("HDR.") || f.code.startsWith("MIME.") || f.code.startsWith("LIST."), f.code.constData());
        QVERIFY2(!f.title.isEmpty(), f.code.constData());
        QVERIFY2(!f.detail.isEmpty(), f.code.constData());
        QVERIFY2(!f.reference.isEmpty(), f.code.constData());
        if (f.severity >= Severity::Warning)
            QVERIFY2(!f.remedy.isEmpty(), f.code.constData());
        if (f.offset >= 0) {
            QVERIFY2(f.offset + f.length <= r.data->size(), f.code.constData());
            const QByteArrayView slice = r.data->bytes().sliced(f.offset, f.length);
            const QString shown = QString::fromUtf8(slice.first(std::min<qsizetype>(slice.size(), 400)));
            QVERIFY2(f.evidence.startsWith(shown), qPrintable(QString::fromLatin1(f.code) + QStringLiteral(": ") + f.evidence));
        } else {
            QVERIFY2(f.evidence.isEmpty(), f.code.constData());
        }
    }
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void evidence_data();
    void evidence();
    void rules_data();
    void rules();
    void samples_data();
    void samples();
    void htmlText_data();
    void htmlText();
    void similarity_data();
    void similarity();
    void samplesContent();
    void options();
    void mismatchWordsSorted();
    void bigMappedFileSameFindings();
    void tooManyParts();
    void hostileManyParts();
    void bigMessage();
    void conformanceCorpus();
};

void TestLint::codes_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "CODE" or "CODE:severity"

    const QString ok = QStringLiteral("HDR.REQUIRED_OK:pass");
    const QString structureOk = QStringLiteral("MIME.STRUCTURE_OK:pass");
    auto row = [](const char* name, const char* file, QStringList expected) {
        QTest::newRow(name) << QString::fromLatin1(file) << expected;
    };
    row("clean plain text", "good-plain.eml", {ok, structureOk});
    row("clean alternative", "good-alternative.eml", {ok, structureOk});
    row("missing Date, Message-ID, Subject, To", "missing-headers.eml",
        {QStringLiteral("HDR.MISSING_DATE:error"), QStringLiteral("HDR.MISSING_MESSAGE_ID:warning"),
         QStringLiteral("HDR.MISSING_SUBJECT:warning"), QStringLiteral("HDR.MISSING_TO:warning"), structureOk});
    row("duplicate From, Subject, To", "duplicate-headers.eml",
        {QStringLiteral("HDR.DUPLICATE_FROM:error"), QStringLiteral("HDR.DUPLICATE_SUBJECT:error"),
         QStringLiteral("HDR.DUPLICATE_TO:error"), structureOk});
    row("invalid Message-ID", "invalid-msgid.eml", {QStringLiteral("HDR.INVALID_MESSAGE_ID:warning"), structureOk});
    row("invalid Date", "invalid-date.eml", {QStringLiteral("HDR.INVALID_DATE:warning"), structureOk});
    row("invalid From", "invalid-from.eml", {QStringLiteral("HDR.INVALID_FROM:error"), structureOk});
    row("two From without Sender", "from-multiple.eml", {QStringLiteral("HDR.FROM_MULTIPLE_NO_SENDER:error"), structureOk});
    row("MIME headers without MIME-Version", "no-mime-version.eml", {QStringLiteral("MIME.MISSING_VERSION:warning"), ok});
    row("duplicate Content-Type", "duplicate-content-type.eml", {QStringLiteral("MIME.DUPLICATE_HEADER:warning"), QStringLiteral("MIME.HTML_ONLY:warning"), ok});
    row("alternative with HTML only", "alt-html-only.eml", {QStringLiteral("MIME.ALT_HTML_ONLY:warning"), ok});
    row("alternative without HTML", "alt-no-html.eml", {QStringLiteral("MIME.ALT_NO_HTML:info"), ok, structureOk});
    row("alternative in wrong order", "alt-wrong-order.eml", {QStringLiteral("MIME.ALT_WRONG_ORDER:warning"), ok});
    row("text and HTML differ", "alt-mismatch.eml", {QStringLiteral("MIME.ALT_TEXT_HTML_MISMATCH:warning"), ok});
    row("HTML-only message", "html-only.eml", {QStringLiteral("MIME.HTML_ONLY:warning"), ok});
    row("related: start names no part", "related-no-root.eml",
        {QStringLiteral("MIME.RELATED_NO_ROOT:error"), QStringLiteral("MIME.HTML_ONLY:warning"), ok});
    row("related: unreferenced part, dangling cid", "related-cid.eml",
        {QStringLiteral("MIME.RELATED_UNREFERENCED_CID:warning"), QStringLiteral("MIME.CID_NOT_FOUND:warning"), ok});
    row("8-bit body declared 7bit", "8bit-in-7bit.eml", {QStringLiteral("MIME.8BIT_IN_7BIT:warning"), ok});
    row("raw UTF-8 in Subject", "8bit-header.eml", {QStringLiteral("HDR.8BIT_RAW:warning"), ok, structureOk});
    row("line over 998 octets", "long-line.eml", {QStringLiteral("MIME.LINE_TOO_LONG:error"), ok});
    row("quoted-printable line over 76", "qp-long-line.eml", {QStringLiteral("MIME.QP_LINE_TOO_LONG:warning"), ok});
    row("unknown transfer encoding", "unknown-encoding.eml", {QStringLiteral("MIME.UNKNOWN_ENCODING:error"), ok});
    row("ASCII text in base64", "base64-text.eml", {QStringLiteral("MIME.BASE64_TEXT:warning"), ok});
    row("UTF-8 text in base64", "base64-text-utf8.eml", {QStringLiteral("MIME.BASE64_TEXT:info"), ok, structureOk});
    row("missing closing boundary", "missing-closing-boundary.eml", {QStringLiteral("MIME.MISSING_CLOSING_BOUNDARY:warning"), ok});
    row("boundary never found", "boundary-not-found.eml", {QStringLiteral("MIME.BOUNDARY_NOT_FOUND:error"), ok});
    row("invalid UTF-8", "charset-invalid.eml", {QStringLiteral("MIME.CHARSET_DECODE_FAILED:warning"), ok});
    row("unknown charset", "charset-unknown.eml", {QStringLiteral("MIME.CHARSET_UNKNOWN:warning"), ok});
    row("8-bit text without charset", "missing-charset-8bit.eml", {QStringLiteral("MIME.MISSING_CHARSET:warning"), ok});
    row("Date after the first Received", "date-future.eml", {QStringLiteral("HDR.DATE_IN_FUTURE:warning"), ok, structureOk});
    row("Date before the first Received", "date-past.eml", {QStringLiteral("HDR.DATE_IN_PAST:warning"), ok, structureOk});
    row("Date after now (no Received)", "date-future-now.eml", {QStringLiteral("HDR.DATE_IN_FUTURE:warning"), ok, structureOk});
    row("Received clock skew", "received-skew.eml", {QStringLiteral("HDR.RECEIVED_CLOCK_SKEW:info"), ok, structureOk});
    row("bulk without List-Unsubscribe", "list-missing.eml", {QStringLiteral("LIST.UNSUBSCRIBE_MISSING:warning"), ok, structureOk});
    row("List-Unsubscribe without brackets", "list-malformed.eml", {QStringLiteral("LIST.UNSUBSCRIBE_MALFORMED:warning"), ok, structureOk});
    row("one-click without https", "list-oneclick-invalid.eml", {QStringLiteral("LIST.ONECLICK_INVALID:warning"), ok, structureOk});
    row("one-click without DKIM", "list-oneclick-unsigned.eml", {QStringLiteral("LIST.ONECLICK_NOT_SIGNED:warning"), ok, structureOk});
    row("one-click complete", "list-oneclick-ok.eml", {QStringLiteral("LIST.UNSUBSCRIBE_OK:pass"), ok, structureOk});
    row("List-Unsubscribe without one-click", "list-no-oneclick.eml", {QStringLiteral("LIST.ONECLICK_MISSING:info"), ok, structureOk});
    row("malformed header line", "malformed-header-line.eml", {QStringLiteral("HDR.MALFORMED_LINE:error"), ok, structureOk});
    row("bare CR", "bare-cr.eml", {QStringLiteral("MIME.BARE_CR:error"), ok});
    row("NUL octet", "nul-byte.eml", {QStringLiteral("MIME.NUL_BYTE:error"), ok});
    row("mixed line endings", "mixed-line-endings.eml", {QStringLiteral("MIME.MIXED_LINE_ENDINGS:warning"), ok});
    row("base64 on a multipart", "multipart-encoded.eml", {QStringLiteral("MIME.MULTIPART_ENCODED:error"), ok});
    row("nesting limit", "nesting-too-deep.eml", {QStringLiteral("MIME.NESTING_TOO_DEEP:warning"), ok});
    row("headers only", "headers-only.eml", {ok});
    row("MIME-Version 2.0", "invalid-version.eml", {QStringLiteral("MIME.INVALID_VERSION:warning"), ok});
    row("multipart without boundary", "no-boundary-parameter.eml", {QStringLiteral("MIME.NO_BOUNDARY_PARAMETER:error"), ok});
    row("80-character boundary", "invalid-boundary.eml", {QStringLiteral("MIME.INVALID_BOUNDARY:warning"), ok});
    row("unparsable Content-Type", "invalid-content-type.eml", {QStringLiteral("MIME.INVALID_CONTENT_TYPE:error"), ok});
    row("part header without blank line", "header-without-separator.eml", {QStringLiteral("MIME.NO_HEADER_SEPARATOR:warning"), ok});
    row("duplicate Reply-To and Cc", "duplicate-reply-to-cc.eml",
        {QStringLiteral("HDR.DUPLICATE_REPLY_TO:error"), QStringLiteral("HDR.DUPLICATE_CC:error"), structureOk});
}

void TestLint::codes()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);

    const QByteArray bytes = readFile(lintDir() + file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const Linted r = lintBytes(bytes);
    checkInvariants(r);
    if (QTest::currentTestFailed())
        return;

    QStringList expectedCodes;
    for (const QString& e : expected)
        expectedCodes.append(e.section(u':', 0, 0));
    expectedCodes.sort();
    const QStringList actual = codesOf(r.findings);
    if (actual != expectedCodes)
        qWarning().noquote() << "findings of" << file << ":\n" << describe(r.findings);
    QCOMPARE(actual, expectedCodes);

    for (const QString& e : expected) {
        if (!e.contains(u':'))
            continue;
        const Finding* f = findCode(r.findings, e.section(u':', 0, 0).toLatin1());
        QVERIFY(f);
        QCOMPARE(severityToken(f->severity), e.section(u':', 1));
    }
}

void TestLint::evidence_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("expected");   // exact bytes at offset/length
    QTest::addColumn<QString>("partPath");

    QTest::newRow("second From") << QStringLiteral("duplicate-headers.eml") << QByteArray("HDR.DUPLICATE_FROM")
                                 << QByteArray("From: Alice Example <alice@example.com>") << QString();
    QTest::newRow("Message-ID") << QStringLiteral("invalid-msgid.eml") << QByteArray("HDR.INVALID_MESSAGE_ID")
                                << QByteArray("Message-ID: 1234.example") << QString();
    QTest::newRow("8-bit Subject") << QStringLiteral("8bit-header.eml") << QByteArray("HDR.8BIT_RAW")
                                   << QByteArray("Subject: Gr\xc3\xbc\xc3\x9f" "e aus K\xc3\xb6ln") << QString();
    QTest::newRow("8-bit body line") << QStringLiteral("8bit-in-7bit.eml") << QByteArray("MIME.8BIT_IN_7BIT")
                                     << QByteArray("Gr\xc3\xbc\xc3\x9f" "e aus K\xc3\xb6ln!") << QStringLiteral("1");
    QTest::newRow("Date in the future") << QStringLiteral("date-future.eml") << QByteArray("HDR.DATE_IN_FUTURE")
                                        << QByteArray("Date: Tue, 11 Mar 2025 18:00:00 +0000") << QString();
    QTest::newRow("unreferenced Content-ID") << QStringLiteral("related-cid.eml") << QByteArray("MIME.RELATED_UNREFERENCED_CID")
                                             << QByteArray("Content-ID: <banner@example.com>") << QStringLiteral("2.3");
    QTest::newRow("dangling cid") << QStringLiteral("related-cid.eml") << QByteArray("MIME.CID_NOT_FOUND")
                                  << QByteArray("cid:missing@example.com") << QStringLiteral("2.1");
    QTest::newRow("List-Unsubscribe") << QStringLiteral("list-malformed.eml") << QByteArray("LIST.UNSUBSCRIBE_MALFORMED")
                                      << QByteArray("List-Unsubscribe: https://example.com/u?id=1, <mailto:unsub@example.com>") << QString();
    QTest::newRow("one-click Post") << QStringLiteral("list-oneclick-invalid.eml") << QByteArray("LIST.ONECLICK_INVALID")
                                    << QByteArray("List-Unsubscribe-Post: List-Unsubscribe=One-Click") << QString();
    QTest::newRow("Content-Transfer-Encoding") << QStringLiteral("unknown-encoding.eml") << QByteArray("MIME.UNKNOWN_ENCODING")
                                               << QByteArray("Content-Transfer-Encoding: x-gzip64") << QStringLiteral("1");
    QTest::newRow("alternative Content-Type") << QStringLiteral("alt-wrong-order.eml") << QByteArray("MIME.ALT_WRONG_ORDER")
                                              << QByteArray("Content-Type: multipart/alternative; boundary=\"alt-7a1c\"") << QString();
    QTest::newRow("invalid UTF-8 line") << QStringLiteral("charset-invalid.eml") << QByteArray("MIME.CHARSET_DECODE_FAILED")
                                        << QByteArray("caf\xe9 au lait") << QStringLiteral("1");
    QTest::newRow("malformed line") << QStringLiteral("malformed-header-line.eml") << QByteArray("HDR.MALFORMED_LINE")
                                    << QByteArray("this line is not a header field") << QString();
}

void TestLint::evidence()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, expected);
    QFETCH(QString, partPath);

    const Linted r = lintBytes(readFile(lintDir() + file));
    const Finding* f = findCode(r.findings, code);
    QVERIFY2(f, qPrintable(describe(r.findings)));
    QVERIFY(f->offset >= 0);
    QCOMPARE(r.data->bytes().sliced(f->offset, f->length).toByteArray(), expected);
    QCOMPARE(f->length, qint64(expected.size()));
    QCOMPARE(f->evidence, QString::fromUtf8(expected));
    QCOMPARE(f->partPath, partPath);
    // the offset is the exact place in the file
    QCOMPARE(qint64(r.data->bytes().indexOf(expected, f->offset)), f->offset);
}

void TestLint::rules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("rule");

    QTest::newRow("MISSING_DATE") << QStringLiteral("missing-headers.eml") << QByteArray("HDR.MISSING_DATE") << QStringLiteral("MISSING_DATE");
    QTest::newRow("MISSING_MID") << QStringLiteral("missing-headers.eml") << QByteArray("HDR.MISSING_MESSAGE_ID") << QStringLiteral("MISSING_MID");
    QTest::newRow("INVALID_MSGID") << QStringLiteral("invalid-msgid.eml") << QByteArray("HDR.INVALID_MESSAGE_ID") << QStringLiteral("INVALID_MSGID");
    QTest::newRow("MIME_HTML_ONLY") << QStringLiteral("html-only.eml") << QByteArray("MIME.HTML_ONLY") << QStringLiteral("MIME_HTML_ONLY");
    QTest::newRow("MPART_ALT_DIFF") << QStringLiteral("alt-mismatch.eml") << QByteArray("MIME.ALT_TEXT_HTML_MISMATCH") << QStringLiteral("MPART_ALT_DIFF");
    QTest::newRow("MIME_MA_MISSING_TEXT") << QStringLiteral("alt-html-only.eml") << QByteArray("MIME.ALT_HTML_ONLY") << QStringLiteral("MIME_MA_MISSING_TEXT");
    QTest::newRow("MIME_BASE64_TEXT") << QStringLiteral("base64-text.eml") << QByteArray("MIME.BASE64_TEXT") << QStringLiteral("MIME_BASE64_TEXT");
    QTest::newRow("R_MISSING_CHARSET") << QStringLiteral("missing-charset-8bit.eml") << QByteArray("MIME.MISSING_CHARSET") << QStringLiteral("R_MISSING_CHARSET");
    QTest::newRow("MISSING_MIME_VERSION") << QStringLiteral("no-mime-version.eml") << QByteArray("MIME.MISSING_VERSION") << QStringLiteral("MISSING_MIME_VERSION");
    QTest::newRow("DATE_IN_FUTURE_24_48") << QStringLiteral("date-future.eml") << QByteArray("HDR.DATE_IN_FUTURE") << QStringLiteral("DATE_IN_FUTURE_24_48");
    QTest::newRow("DATE_IN_FUTURE_06_12") << QStringLiteral("date-future-now.eml") << QByteArray("HDR.DATE_IN_FUTURE") << QStringLiteral("DATE_IN_FUTURE_06_12");
    QTest::newRow("DATE_IN_PAST_96_XX") << QStringLiteral("date-past.eml") << QByteArray("HDR.DATE_IN_PAST") << QStringLiteral("DATE_IN_PAST_96_XX");
    QTest::newRow("MIME_QP_LONG_LINE") << QStringLiteral("qp-long-line.eml") << QByteArray("MIME.QP_LINE_TOO_LONG") << QStringLiteral("MIME_QP_LONG_LINE");
    QTest::newRow("CTE_8BIT_MISMATCH") << QStringLiteral("8bit-in-7bit.eml") << QByteArray("MIME.8BIT_IN_7BIT") << QStringLiteral("CTE_8BIT_MISMATCH");
    QTest::newRow("MULTIPLE_FROM") << QStringLiteral("duplicate-headers.eml") << QByteArray("HDR.DUPLICATE_FROM") << QStringLiteral("MULTIPLE_FROM");
    QTest::newRow("MIME_MISSING_BOUNDARY") << QStringLiteral("missing-closing-boundary.eml") << QByteArray("MIME.MISSING_CLOSING_BOUNDARY") << QStringLiteral("MIME_MISSING_BOUNDARY");
}

void TestLint::rules()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, code);
    QFETCH(QString, rule);

    const Linted r = lintBytes(readFile(lintDir() + file));
    const Finding* f = findCode(r.findings, code);
    QVERIFY2(f, qPrintable(describe(r.findings)));
    QVERIFY2(f->rule.split(QRegularExpression(QStringLiteral("[ ,()]+"))).contains(rule), qPrintable(f->rule));
}

void TestLint::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");      // exact set of codes
    QTest::addColumn<QStringList>("allowedErrors");

    QTest::newRow("newsletter") << QStringLiteral("newsletter.eml")
                                << QStringList{QStringLiteral("MIME.QP_LINE_TOO_LONG"), QStringLiteral("MIME.RELATED_UNREFERENCED_CID"),
                                               QStringLiteral("HDR.RECEIVED_CLOCK_SKEW"), QStringLiteral("LIST.UNSUBSCRIBE_OK"),
                                               QStringLiteral("HDR.REQUIRED_OK")}
                                << QStringList{};
    QTest::newRow("transactional") << QStringLiteral("transactional.eml")
                                   << QStringList{QStringLiteral("HDR.REQUIRED_OK"), QStringLiteral("MIME.STRUCTURE_OK")}
                                   << QStringList{};
    QTest::newRow("bounce") << QStringLiteral("bounce.eml")
                            << QStringList{QStringLiteral("HDR.REQUIRED_OK"), QStringLiteral("MIME.STRUCTURE_OK")}
                            << QStringList{};
    QTest::newRow("broken") << QStringLiteral("broken.eml")
                            << QStringList{QStringLiteral("MIME.HTML_ONLY"), QStringLiteral("HDR.MISSING_DATE"),
                                           QStringLiteral("HDR.MISSING_MESSAGE_ID"), QStringLiteral("MIME.MIXED_LINE_ENDINGS"),
                                           QStringLiteral("MIME.MISSING_CLOSING_BOUNDARY"), QStringLiteral("MIME.QP_LINE_TOO_LONG"),
                                           QStringLiteral("MIME.8BIT_IN_7BIT")}
                            << QStringList{QStringLiteral("HDR.MISSING_DATE")};
}

void TestLint::samples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, allowedErrors);

    const QByteArray bytes = readFile(samplesDir() + file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    LintOptions options; // the samples carry Received fields: "now" must not matter
    const Linted r = lintBytes(bytes, options);
    checkInvariants(r);
    const QStringList actual = codesOf(r.findings);
    if (qEnvironmentVariableIsSet("DELIVERBENCH_DUMP_FINDINGS"))
        qInfo().noquote() << file << "\n" << describe(r.findings);
    for (const QString& code : std::as_const(expected))
        QVERIFY2(actual.contains(code), qPrintable(code + QStringLiteral(" missing; got:\n") + describe(r.findings)));
    expected.sort();
    QCOMPARE(actual, expected);
    for (const Finding& f : r.findings) {
        if (f.severity == Severity::Error)
            QVERIFY2(allowedErrors.contains(QString::fromLatin1(f.code)), qPrintable(describe(r.findings)));
    }
}

void TestLint::samplesContent()
{
    // the bounce is a real RFC 3464 report: one failed recipient, 5.1.1
    {
        const Linted r = lintBytes(readFile(samplesDir() + QStringLiteral("bounce.eml")));
        const std::optional<DeliveryStatus> dsn = parseDeliveryStatus(r.message);
        QVERIFY(dsn.has_value());
        QCOMPARE(dsn->recipients.size(), 1);
        QCOMPARE(dsn->recipients.first().action, QByteArray("failed"));
        QCOMPARE(dsn->recipients.first().status, QByteArray("5.1.1"));
        QCOMPARE(dsn->recipients.first().finalRecipient, QByteArray("j.smith@example.net"));
    }
    // the transactional mail carries a complete PDF, the newsletter a PNG logo
    {
        const Linted r = lintBytes(readFile(samplesDir() + QStringLiteral("transactional.eml")));
        const QList<const MimePart*> leaves = r.message.leafParts();
        QCOMPARE(leaves.size(), 3);
        QCOMPARE(leaves.last()->contentType.mimeType(), QByteArray("application/pdf"));
        QCOMPARE(leaves.last()->filename(), QStringLiteral("invoice-100-4821.pdf"));
        const QByteArray pdf = r.message.decodedBody(*leaves.last());
        QVERIFY(pdf.startsWith("%PDF-1.4\n"));
        QVERIFY(pdf.endsWith("%%EOF\n"));
        const qsizetype startxref = pdf.lastIndexOf("startxref\n");
        QVERIFY(startxref > 0);
        const qsizetype xref = pdf.mid(startxref + 10).split('\n').first().toLongLong();
        QVERIFY(pdf.mid(xref).startsWith("xref\n"));
    }
    {
        const Linted r = lintBytes(readFile(samplesDir() + QStringLiteral("newsletter.eml")));
        const MimePart* logo = r.message.partByPath(u"2.2");
        QVERIFY(logo);
        QCOMPARE(logo->contentId, QByteArray("logo.8f3a2c@news.example.com"));
        QVERIFY(r.message.decodedBody(*logo).startsWith("\x89PNG\r\n\x1a\n"));
    }
}

void TestLint::htmlText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected"); // whitespace-simplified

    QTest::newRow("tags") << QStringLiteral("<p>Hello <b>world</b></p>") << QStringLiteral("Hello world");
    QTest::newRow("script and style") << QStringLiteral("<style>p{x:1}</style>A<script>var a = '<p>';</script>B")
                                      << QStringLiteral("A B");
    QTest::newRow("head and title") << QStringLiteral("<html><head><title>T</title></head><body>Body</body></html>")
                                    << QStringLiteral("Body");
    QTest::newRow("comment") << QStringLiteral("a<!-- <p>hidden</p> -->b") << QStringLiteral("ab");
    QTest::newRow("entities") << QStringLiteral("Tom &amp; Jerry&nbsp;&lt;3 &#233;t&#xE9; &bogus;")
                              << QStringLiteral("Tom & Jerry <3 \u00e9t\u00e9 &bogus;");
    QTest::newRow("quoted >") << QStringLiteral("<a title=\"a > b\" href='x'>link</a>") << QStringLiteral("link");
    QTest::newRow("lone <") << QStringLiteral("1 < 2") << QStringLiteral("1 < 2");
    QTest::newRow("unterminated script") << QStringLiteral("x<script>never closed") << QStringLiteral("x");
}

void TestLint::htmlText()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(visibleHtmlText(html).simplified(), expected);
}

void TestLint::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("identical") << QStringLiteral("alpha beta gamma") << QStringLiteral("Gamma, beta; ALPHA!") << 1.0;
    QTest::newRow("disjoint") << QStringLiteral("alpha beta") << QStringLiteral("gamma delta") << 0.0;
    QTest::newRow("two of six") << QStringLiteral("alpha beta gamma delta") << QStringLiteral("alpha beta epsilon zeta") << 2.0 / 6.0;
    QTest::newRow("URLs ignored") << QStringLiteral("order now https://shop.example.com/x?y=1")
                                  << QStringLiteral("order now") << 1.0;
    QTest::newRow("one-letter words ignored") << QStringLiteral("a b c word") << QStringLiteral("word") << 1.0;
    QTest::newRow("both empty") << QString() << QString() << 1.0;
    // Non-ASCII case: Ä/ä, Σ/σ, and U+0130 (İ), whose lower case is two characters (i + U+0307;
    // written out in a text, U+0307 is a mark, not a letter, so it splits the word there).
    QTest::newRow("non-ASCII case") << QStringLiteral("\u00c4rger \u03a3\u03bf\u03a6\u03b9\u03b1 \u0130stanbul")
                                    << QStringLiteral("\u00e4RGER \u03c3\u03bf\u03c6\u03b9\u03b1 \u0130STANBUL") << 1.0;
    QTest::newRow("repeated words count once") << QStringLiteral("Sale sale SALE now") << QStringLiteral("sale Now") << 1.0;
    QTest::newRow("lower-cased words that differ") << QStringLiteral("Alpha BETA") << QStringLiteral("alpha gamma") << 1.0 / 3.0;
}

void TestLint::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    QVERIFY2(qAbs(wordSetSimilarity(a, b) - expected) < 1e-9, qPrintable(QString::number(wordSetSimilarity(a, b))));
}

void TestLint::options()
{
    // the thresholds come from LintOptions
    LintOptions lenient = fixedOptions();
    lenient.maxFutureSkewSeconds = 8 * 3600; // the Date is 6.5 h ahead of "now"
    QVERIFY(findCode(lintBytes(readFile(lintDir() + QStringLiteral("date-future-now.eml"))).findings, "HDR.DATE_IN_FUTURE"));
    QVERIFY(!findCode(lintBytes(readFile(lintDir() + QStringLiteral("date-future-now.eml")), lenient).findings, "HDR.DATE_IN_FUTURE"));

    LintOptions later = fixedOptions();
    later.now = later.now.addDays(3); // no Received: "now" is the reference; 3 days later the Date is in the past
    const Findings past = lintBytes(readFile(lintDir() + QStringLiteral("good-plain.eml")), later).findings;
    const Finding* f = findCode(past, "HDR.DATE_IN_PAST");
    QVERIFY2(f, qPrintable(describe(past)));
    QCOMPARE(f->severity, Severity::Info); // compared with "now", not with a Received field
    QVERIFY(f->rule.contains(QStringLiteral("DATE_IN_PAST_48_96")));

    LintOptions anything = fixedOptions();
    anything.minAlternativeSimilarity = 0.0;
    QVERIFY(!findCode(lintBytes(readFile(lintDir() + QStringLiteral("alt-mismatch.eml")), anything).findings,
                      "MIME.ALT_TEXT_HTML_MISMATCH"));
}

void TestLint::mismatchWordsSorted()
{
    // the alphabetically first differing words, the same in every run (not QSet's seeded order)
    const Findings findings = lintBytes(readFile(lintDir() + QStringLiteral("alt-mismatch.eml"))).findings;
    const Finding* f = findCode(findings, "MIME.ALT_TEXT_HTML_MISMATCH");
    QVERIFY2(f, qPrintable(describe(findings)));
    QVERIFY2(f->detail.endsWith(QStringLiteral("Only in HTML: all, are, centre, city, friday, garden, monday, off. "
                                               "Only in text: browser, cannot, client, display, email, it, message, open.")),
             qPrintable(f->detail));
}

void TestLint::tooManyParts()
{
    QByteArray m = "Date: Mon, 10 Mar 2025 11:00:00 +0000\nFrom: a@example.com\nTo: b@example.org\nSubject: parts\n"
                   "Message-ID: <parts@example.com>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"p\"\n\n";
    for (int i = 0; i < 12; ++i)
        m += "--p\nContent-Type: text/plain; charset=utf-8\n\npart " + QByteArray::number(i) + "\n";
    m += "--p--\n";
    const RawDataPtr data = RawData::fromBytes(m);
    ParseOptions parse;
    parse.maxParts = 5;
    const Message message = parseMessage(data, parse);
    const Findings findings = lintMessage(message, fixedOptions());
    QVERIFY2(findCode(findings, "MIME.TOO_MANY_PARTS"), qPrintable(describe(findings)));
    QCOMPARE(findCode(findings, "MIME.TOO_MANY_PARTS")->severity, Severity::Warning);
}

void TestLint::hostileManyParts()
{
    // 9000 small parts, each with a finding: findings stay bounded and the work linear.
    QByteArray m = "From: a@example.com\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"h\"\n\n";
    for (int i = 0; i < 9000; ++i) {
        m += "--h\nContent-Type: text/html; charset=utf-8\nContent-ID: <p" + QByteArray::number(i)
             + "@x>\n\n<img src=\"cid:nowhere" + QByteArray::number(i) + "\"> \xc3\xa4\n";
    }
    m += "--h--\n";
    QElapsedTimer timer;
    timer.start();
    const Linted r = lintBytes(m);
    const qint64 elapsed = timer.elapsed();
    qInfo() << "9000 parts:" << elapsed << "ms," << r.findings.size() << "findings";
    QHash<QByteArray, int> perCode;
    for (const Finding& f : r.findings)
        ++perCode[f.code];
    for (auto it = perCode.cbegin(); it != perCode.cend(); ++it)
        QVERIFY2(it.value() <= 20, it.key().constData());
    QCOMPARE(perCode.value("MIME.8BIT_IN_7BIT"), 20);
    QCOMPARE(perCode.value("MIME.CID_NOT_FOUND"), 20);
    QVERIFY2(elapsed < 60000, "lint is not linear in the number of parts");
}

void TestLint::bigMessage()
{
    // 24 MB base64 attachment, 4 MB text alternatives and one 2 MB line: lint stays linear.
    QByteArray m;
    m += "Date: Mon, 10 Mar 2025 11:00:00 +0000\r\nFrom: a@example.com\r\nTo: b@example.org\r\nSubject: big\r\n"
         "Message-ID: <big@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
         "--b1\r\nContent-Type: multipart/alternative; boundary=\"b2\"\r\n\r\n"
         "--b2\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    QByteArray words;
    for (int i = 0; words.size() < 4 * 1024 * 1024; ++i)
        words += "word" + QByteArray::number(i % 50000) + (i % 5 == 4 ? "\r\n" : " ");
    m += words;
    m += "\r\n--b2\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<p>";
    m += words;
    m += "</p>\r\n--b2--\r\n--b1\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray line = QByteArray(57 * 1024, 'x').toBase64();
    QByteArray encoded;
    encoded.reserve(25 * 1024 * 1024);
    for (qsizetype i = 0; i + 76 <= line.size(); i += 76)
        encoded += line.mid(i, 76) + "\r\n";
    QByteArray attachment;
    while (attachment.size() < 24 * 1024 * 1024)
        attachment += encoded;
    m += attachment;
    m += "--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n";
    m += QByteArray(2 * 1024 * 1024, 'y');
    m += "\r\n--b1--\r\n";

    QElapsedTimer timer;
    timer.start();
    const Linted r = lintBytes(m);
    const qint64 elapsed = timer.elapsed();
    qInfo() << "parse + lint of" << m.size() / (1024 * 1024) << "MB:" << elapsed << "ms";
    QCOMPARE(codesOf(r.findings), (QStringList{QStringLiteral("HDR.REQUIRED_OK"), QStringLiteral("MIME.LINE_TOO_LONG")}));
    QVERIFY2(elapsed < 60000, "lint is not linear");
}

void TestLint::conformanceCorpus()
{
    // Robustness: every public test message lints without crash and with exact evidence ranges.
    const QString root = QStringLiteral(SHARED_CONFORMANCE_DIR);
    if (!QFileInfo::exists(root))
        QSKIP("shared conformance corpus not available");
    int messages = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QStringLiteral("/mime-")) || path.endsWith(QStringLiteral(".json")))
            continue;
        Result<MailboxReader> reader = MailboxReader::open(path);
        if (!reader)
            continue;
        for (int n = 0; n < 500; ++n) {
            std::optional<Message> message = reader->next();
            if (!message)
                break;
            Linted r;
            r.data = message->data;
            r.findings = lintMessage(*message, fixedOptions());
            r.message = std::move(*message);
            if (qEnvironmentVariableIsSet("DELIVERBENCH_DUMP_FINDINGS")) {
                for (const Finding& f : r.findings)
                    qInfo().noquote() << "CORPUS" << f.code << severityToken(f.severity) << path << f.partPath << f.detail.left(160);
            }
            checkInvariants(r);
            if (QTest::currentTestFailed()) {
                qWarning().noquote() << "in" << path;
                return;
            }
            ++messages;
        }
    }
    qInfo() << "linted" << messages << "conformance messages";
    QVERIFY(messages > 100);
}

void TestLint::bigMappedFileSameFindings()
{
    // Over 4 MiB from a file, the long-line, quoted-printable line and 8-bit scans read the
    // message in pread copies (PieceReader) instead of through its mapping. The offending lines
    // and octets straddle the copies' edges: the findings, offsets and counts must be those of
    // the same bytes linted in memory.
    QByteArray raw = "From: a@example.test\r\nTo: b@example.test\r\nSubject: big\r\nDate: Mon, 10 Mar 2025 10:00:00 +0000\r\n"
                     "Message-ID: <big@example.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                     "--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    QByteArray qp;
    for (int i = 0; qp.size() < (3 << 20); ++i)
        qp += QByteArray(70 + i % 13, 'q') + "\r\n"; // lines of 70..82 octets: some over 76
    raw += qp + "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n";
    QByteArray seven;
    for (int i = 0; seven.size() < (2 << 20); ++i)
        seven += QByteArray(990 + i % 17, 's') + (i % 5 == 0 ? "\xc3\xa9" : "") + "\r\n"; // some over 998, some 8-bit
    raw += seven + "--b--\r\n";
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(raw), raw.size());
    file.close();
    auto mapped = RawData::mapFile(file.fileName());
    QVERIFY(mapped && (*mapped)->isMapped() && (*mapped)->size() >= PieceReader::kCopyThreshold);
    const Findings fromFile = lintMessage(parseMessage(*mapped), fixedOptions());
    const Linted inMemory = lintBytes(raw);
    auto describeAll = [](const Findings& findings) {
        QStringList out;
        for (const Finding& f : findings)
            out << QStringLiteral("%1 %2+%3 %4: %5").arg(QString::fromLatin1(f.code)).arg(f.offset).arg(f.length).arg(f.partPath, f.detail);
        return out;
    };
    const QStringList codes = codesOf(inMemory.findings);
    QVERIFY2(codes.contains(QStringLiteral("MIME.QP_LINE_TOO_LONG")) && codes.contains(QStringLiteral("MIME.8BIT_IN_7BIT"))
                 && codes.contains(QStringLiteral("MIME.LINE_TOO_LONG")),
             qPrintable(codes.join(QLatin1Char(' '))));
    QCOMPARE(describeAll(fromFile), describeAll(inMemory.findings));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
