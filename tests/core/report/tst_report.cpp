// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Message.h"
#include "report/BatchSummary.h"
#include "report/Case.h"
#include "report/Report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Deliverbench;
using namespace Deliverbench::Report;

namespace {

const QDateTime kRanAt(QDate(2026, 11, 27), QTime(9, 30, 0), Qt::UTC);

const QByteArray kHostileMessage = QByteArrayLiteral(
    "Received: from mail.attacker.example (mail.attacker.example [192.0.2.66]) by mx.customer.example with ESMTP id Q1"
    " for <victim.person@customer.example>; Fri, 27 Nov 2026 09:00:00 +0000\r\n"
    "From: \"Evil\\\" <img src=x onerror=alert(1)>\" <evil.sender@attacker.example>\r\n"
    "To: Victim Person <victim.person@customer.example>\r\n"
    "Cc: \"<b>bold</b>\" <second.reader@customer.example>\r\n"
    "Subject: <script>alert('subject')</script> \"quoted\" & more\r\n"
    "Date: Fri, 27 Nov 2026 09:00:00 +0000\r\n"
    "Message-ID: <abc123@attacker.example>\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "confidential-body-text for victim.person@customer.example\r\n"
    "https://track.attacker.example/c/AbCdEf1234567890xyz?uid=secret-token-42&email=victim.person%40customer.example\r\n");

const QByteArray kBounce = QByteArrayLiteral(
    "From: Mail Delivery System <MAILER-DAEMON@mx.attacker.example>\r\n"
    "To: evil.sender@attacker.example\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"\r\n\r\n"
    "--r\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not be delivered.\r\n"
    "--r\r\nContent-Type: message/delivery-status\r\n\r\n"
    "Reporting-MTA: dns; mx.attacker.example\r\n\r\n"
    "Final-Recipient: rfc822; gone.user@customer.example\r\n"
    "Action: failed\r\nStatus: 5.1.1\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <gone.user@customer.example>: Recipient address rejected: User unknown"
    " <script>alert(\"dsn\")</script>\r\n"
    "--r--\r\n");

Case hostileCase()
{
    Case c;
    c.title = QStringLiteral("Ticket <b>#7</b> for victim.person@customer.example");
    const QString message = c.addMessage(QStringLiteral("inbox <copy>.eml"), kHostileMessage);
    const QString bounce = c.addMessage(QStringLiteral("bounce.eml"), kBounce);
    c.addDomain(QStringLiteral("attacker.example"));

    Finding txt;
    txt.code = "SPF.TXT_HOSTILE";
    txt.severity = Severity::Error;
    txt.title = QStringLiteral("TXT record <script>alert(\"txt\")</script>");
    txt.detail = QStringLiteral("Record: \"v=spf1 include:<svg onload=alert(1)> -all\"");
    txt.evidence = QStringLiteral("<iframe src=\"javascript:alert(1)\"></iframe>");
    txt.remedy = QStringLiteral("Click [here](javascript:alert(1)) or visit https://fix.example/a?token=ZZtokenZZ1234");
    txt.reference = QStringLiteral("RFC 7208 §3");
    Finding warn;
    warn.code = "HDR.FROM_DISPLAY_HOSTILE";
    warn.severity = Severity::Warning;
    warn.title = QStringLiteral("From display name contains markup");
    warn.evidence = QStringLiteral("\"Evil\\\" <img src=x onerror=alert(1)>\"");
    warn.remedy = QStringLiteral("Nothing; shown for the test.");
    Finding body;
    body.code = "MIME.BODY_EVIDENCE";
    body.severity = Severity::Info;
    body.title = QStringLiteral("Evidence from the body");
    body.evidence = QStringLiteral("confidential-body-text");
    body.partPath = QStringLiteral("1");
    body.offset = 600;
    body.length = 22;
    Finding pass;
    pass.code = "DMARC.PASS";
    pass.severity = Severity::Pass;
    pass.title = QStringLiteral("DMARC passes");

    c.addCheck(CaseCheck{QStringLiteral("inspect"), message, kRanAt, {warn, body},
                         QJsonObject{{QStringLiteral("subject"), QStringLiteral("<script>alert('subject')</script>")},
                                     {QStringLiteral("from"), QStringLiteral("evil.sender@attacker.example")}}});
    c.addCheck(CaseCheck{
        QStringLiteral("domain"), QStringLiteral("attacker.example"), kRanAt, {txt, pass},
        QJsonObject{{QStringLiteral("domain"), QStringLiteral("attacker.example")},
                    {QStringLiteral("mx"), QJsonArray{QJsonObject{{QStringLiteral("host"), QStringLiteral("<mx>")},
                                                                  {QStringLiteral("preference"), 10}}}},
                    {QStringLiteral("transcript"),
                     QJsonArray{QStringLiteral("S: 220 <b>hi</b> ```"),
                                QStringLiteral("C: RCPT TO:<victim.person@customer.example>")}}}});
    c.addCheck(CaseCheck{QStringLiteral("inspect"), bounce, kRanAt, {}, {}});
    CaseDnsEntry dns;
    dns.name = QStringLiteral("attacker.example");
    dns.type = QStringLiteral("TXT");
    dns.server = QStringLiteral("192.0.2.53:53");
    dns.answer = QStringLiteral("\"<script>alert('dns')</script>\" \"javascript:alert(2)\"");
    dns.outcome = QStringLiteral("ok");
    dns.rcode = 0;
    dns.time = kRanAt;
    c.addDnsEntries({dns});
    return c;
}

ReportOptions options(bool redact, bool transcripts)
{
    ReportOptions o;
    o.redact = redact;
    o.transcripts = transcripts;
    o.generatedAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC);
    return o;
}

QByteArray render(const QString& format, const ReportDocument& report)
{
    if (format == QStringLiteral("html"))
        return renderHtml(report);
    if (format == QStringLiteral("md"))
        return renderMarkdown(report);
    return renderJson(report);
}

QByteArray normalized(QByteArray bytes)
{
    bytes.replace("\r\n", "\n");
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray& line : lines) {
        while (line.endsWith(' ') || line.endsWith('\t'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join('\n');
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void htmlCannotBeInjected_data();
    void htmlCannotBeInjected();
    void markdownCannotBeInjected();
    void jsonKeepsTextExactly();
    void redactionLeavesNoAddressOrToken_data();
    void redactionLeavesNoAddressOrToken();
    void redactionIsStable();
    void verdictLeadsBySeverity();
    void transcriptsOnlyWhenAsked();
    void batchAndDiffChecks_data();
    void batchAndDiffChecks();
    void diffCopiesCountOnce();
    void verdictTableLayout();
};

void TestReport::golden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("redact");
    QTest::newRow("html") << QStringLiteral("html") << false;
    QTest::newRow("md") << QStringLiteral("md") << false;
    QTest::newRow("json") << QStringLiteral("json") << false;
    QTest::newRow("html redacted") << QStringLiteral("html") << true;
    QTest::newRow("md redacted") << QStringLiteral("md") << true;
    QTest::newRow("json redacted") << QStringLiteral("json") << true;
}

void TestReport::golden()
{
    QFETCH(QString, format);
    QFETCH(bool, redact);
    const QByteArray actual = render(format, buildReport(hostileCase(), options(redact, true)));
    const QString path = QStringLiteral(TEST_DATA_DIR "/report/golden/report%1.%2")
                             .arg(redact ? QStringLiteral("-redacted") : QString(), format);
    if (qEnvironmentVariableIsSet("DELIVERBENCH_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(normalized(actual), normalized(file.readAll()));
}

void TestReport::htmlCannotBeInjected_data()
{
    QTest::addColumn<bool>("redact");
    QTest::newRow("plain") << false;
    QTest::newRow("redacted") << true;
}

void TestReport::htmlCannotBeInjected()
{
    QFETCH(bool, redact);
    const QString html = QString::fromUtf8(renderHtml(buildReport(hostileCase(), options(redact, true))));
    // Every tag in the document is one the renderer writes, with only its own attributes.
    static const QSet<QString> allowedTags{
        QStringLiteral("!DOCTYPE"), QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"),
        QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("body"), QStringLiteral("h1"),
        QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("p"), QStringLiteral("span"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"),
        QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("caption"), QStringLiteral("a"),
        QStringLiteral("code"), QStringLiteral("strong"), QStringLiteral("div"), QStringLiteral("pre"),
        QStringLiteral("section"), QStringLiteral("wbr")};
    static const QRegularExpression tagPattern(QStringLiteral("<(/?)([!A-Za-z][A-Za-z0-9]*)([^>]*)>"));
    static const QRegularExpression attributePattern(QStringLiteral("\\s([a-z-]+)(?:=\"([^\"]*)\")?"));
    int tags = 0;
    auto it = tagPattern.globalMatch(html);
    while (it.hasNext()) {
        const auto tag = it.next();
        ++tags;
        QVERIFY2(allowedTags.contains(tag.captured(2)), qPrintable(tag.captured(0)));
        auto attributes = attributePattern.globalMatch(tag.captured(3));
        while (attributes.hasNext()) {
            const auto attribute = attributes.next();
            const QString name = attribute.captured(1);
            QVERIFY2(!name.startsWith(QStringLiteral("on")), qPrintable(tag.captured(0)));
            QVERIFY2(name != QStringLiteral("src"), qPrintable(tag.captured(0)));
            if (name == QStringLiteral("href"))
                QVERIFY2(attribute.captured(2).startsWith(u'#'), qPrintable(tag.captured(0)));
        }
    }
    QVERIFY(tags > 50);
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<svg"), Qt::CaseInsensitive));
    // The hostile text is there, escaped, not dropped.
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&quot;txt&quot;)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;iframe src=&quot;javascript:alert(1)&quot;&gt;")));
    // Self-contained: no remote resource can be loaded, no script runs.
    QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    QVERIFY(html.contains(QStringLiteral("prefers-color-scheme: dark")));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("url("), Qt::CaseInsensitive));
}

void TestReport::markdownCannotBeInjected()
{
    const QString md = QString::fromUtf8(renderMarkdown(buildReport(hostileCase(), options(false, true))));
    // Outside the fenced transcript no raw angle bracket, link or autolink from the data survives.
    QString outsideFences;
    bool inFence = false;
    const QStringList lines = md.split(u'\n');
    for (const QString& line : lines) {
        if (line.startsWith(QStringLiteral("```"))) {
            inFence = !inFence;
            continue;
        }
        if (!inFence)
            outsideFences += line + u'\n';
    }
    QVERIFY(!inFence);
    QVERIFY(!outsideFences.contains(u'<'));
    QVERIFY(!outsideFences.contains(QStringLiteral("](")));
    QVERIFY(!outsideFences.contains(QStringLiteral("://")));   // no autolink
    QVERIFY(outsideFences.contains(QStringLiteral("https&#58;//fix.example")));
    // The transcript has a backtick run of 3: its fence is longer.
    QVERIFY(md.contains(QStringLiteral("````text\n")));
    QVERIFY(md.contains(QStringLiteral("\\[here\\]")));
}

void TestReport::jsonKeepsTextExactly()
{
    const QByteArray bytes = renderJson(buildReport(hostileCase(), options(false, false)));
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(bytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("deliverbench-report"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("worst")).toString(),
             QStringLiteral("error"));
    bool found = false;
    const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue& section : sections) {
        const QJsonArray findings = section.toObject().value(QStringLiteral("findings")).toArray();
        for (const QJsonValue& finding : findings) {
            if (finding.toObject().value(QStringLiteral("code")).toString() == QStringLiteral("SPF.TXT_HOSTILE")) {
                QCOMPARE(finding.toObject().value(QStringLiteral("evidence")).toString(),
                         QStringLiteral("<iframe src=\"javascript:alert(1)\"></iframe>"));
                found = true;
            }
        }
        QVERIFY(!section.toObject().contains(QStringLiteral("transcript")));
    }
    QVERIFY(found);
}

void TestReport::redactionLeavesNoAddressOrToken_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("md") << QStringLiteral("md");
    QTest::newRow("json") << QStringLiteral("json");
}

void TestReport::redactionLeavesNoAddressOrToken()
{
    QFETCH(QString, format);
    const QByteArray bytes = render(format, buildReport(hostileCase(), options(true, true)));
    QString text = QString::fromUtf8(bytes);
    // Markdown escapes; compare on the unescaped text too.
    QString plain = text;
    plain.remove(u'\\');
    plain.replace(QStringLiteral("&#58;"), QStringLiteral(":"));
    static const char* const secrets[] = {
        "victim.person", "second.reader", "gone.user", "evil.sender", "customer.example>", "@customer.example",
        "AbCdEf1234567890xyz", "secret-token-42", "ZZtokenZZ1234", "victim.person%40", "confidential-body-text",
    };
    for (const char* secret : secrets) {
        QVERIFY2(!text.contains(QLatin1String(secret), Qt::CaseInsensitive), secret);
        QVERIFY2(!plain.contains(QLatin1String(secret), Qt::CaseInsensitive), secret);
    }
    // Placeholders are there instead, and the sender's domain is kept.
    QVERIFY(plain.contains(QStringLiteral("recipient-")));
    QVERIFY(plain.contains(QStringLiteral("@redacted.invalid")));
    QVERIFY(plain.contains(QStringLiteral("@mx.attacker.example"))); // MAILER-DAEMON: local part replaced, domain kept
    QVERIFY(plain.contains(QStringLiteral("local-")));
    QVERIFY(plain.contains(QStringLiteral("token-")));
}

void TestReport::redactionIsStable()
{
    const ReportDocument first = buildReport(hostileCase(), options(true, true));
    const ReportDocument second = buildReport(hostileCase(), options(true, true));
    QCOMPARE(renderJson(first), renderJson(second));
    // The same address gets the same placeholder everywhere in the report.
    const QString json = QString::fromUtf8(renderJson(first));
    static const QRegularExpression placeholder(QStringLiteral("recipient-\\d+@redacted\\.invalid"));
    QSet<QString> distinct;
    auto it = placeholder.globalMatch(json);
    int total = 0;
    while (it.hasNext()) {
        distinct.insert(it.next().captured(0));
        ++total;
    }
    QVERIFY(total > distinct.size());
    QCOMPARE(distinct.size(), 3); // victim.person, second.reader, gone.user
}

void TestReport::verdictLeadsBySeverity()
{
    const ReportDocument report = buildReport(hostileCase(), options(false, false));
    QCOMPARE(report.worst, Severity::Error);
    QVERIFY(report.verdict.size() >= 3);
    QCOMPARE(report.verdict.first().severity, Severity::Error);
    for (qsizetype i = 1; i < report.verdict.size(); ++i)
        QVERIFY(report.verdict.at(i - 1).severity >= report.verdict.at(i).severity);
    QStringList codes;
    for (const VerdictItem& item : report.verdict)
        codes << QString::fromLatin1(item.code);
    QVERIFY(codes.contains(QStringLiteral("BOUNCE.UNKNOWN_USER")));
    QVERIFY(!codes.contains(QStringLiteral("DMARC.PASS"))); // passes are counted, not listed
    QCOMPARE(report.counts[static_cast<int>(Severity::Pass)], 1);
    // The verdict comes before the first section in every format.
    const QString html = QString::fromUtf8(renderHtml(report));
    QVERIFY(html.indexOf(QStringLiteral("id=\"summary\"")) < html.indexOf(QStringLiteral("<section>")));
}

void TestReport::transcriptsOnlyWhenAsked()
{
    const QString without = QString::fromUtf8(renderHtml(buildReport(hostileCase(), options(false, false))));
    const QString with = QString::fromUtf8(renderHtml(buildReport(hostileCase(), options(false, true))));
    QVERIFY(!without.contains(QStringLiteral("RCPT TO")));
    QVERIFY(!without.contains(QStringLiteral("id=\"dns\"")));
    QVERIFY(with.contains(QStringLiteral("RCPT TO")));
    QVERIFY(with.contains(QStringLiteral("id=\"dns\"")));
}

namespace {

/** @short A case with the Batch tab's "batch" check (summary from core BatchSummary) and a Diff tab "diff" check. */
Case batchAndDiffCase()
{
    BatchSummary summary;
    BatchEntry bounce = batchEntryFromMessage(Mail::parseMessage(Mail::RawData::fromBytes(kBounce)));
    bounce.verdict = QStringLiteral("error");
    summary.add(bounce);
    BatchEntry hostile;
    hostile.sendingDomain = QStringLiteral("<b>evil</b>.example");
    hostile.dkimDomains = QStringList{QStringLiteral("attacker.example")};
    hostile.verdict = QStringLiteral("fail");
    summary.add(hostile);
    summary.add(hostile);
    const QJsonArray rows{
        QJsonObject{{QStringLiteral("index"), 0}, {QStringLiteral("from"), QStringLiteral("MAILER-DAEMON@mx.attacker.example")},
                    {QStringLiteral("subject"), QStringLiteral("Undelivered Mail Returned to Sender")},
                    {QStringLiteral("bounces"), QJsonArray{QJsonObject{{QStringLiteral("cause"), QStringLiteral("unknown-user")},
                                                                       {QStringLiteral("domain"), QStringLiteral("customer.example")}}}}},
        QJsonObject{{QStringLiteral("index"), 1}, {QStringLiteral("from"), QStringLiteral("evil.sender@attacker.example")},
                    {QStringLiteral("subject"), QStringLiteral("<script>alert('batch')</script>")},
                    {QStringLiteral("dmarc"), QStringLiteral("fail")}},
    };
    Case c;
    c.title = QStringLiteral("Batch and diff");
    c.addCheck(CaseCheck{QStringLiteral("batch"), QStringLiteral("/tmp/bounces.mbox"), kRanAt, {},
                         QJsonObject{{QStringLiteral("sources"), QJsonArray{QStringLiteral("/tmp/bounces.mbox")}},
                                     {QStringLiteral("verdicts"), QStringLiteral("dmarc")},
                                     {QStringLiteral("summary"), summary.toJson()},
                                     {QStringLiteral("rows"), rows}}});
    c.addCheck(CaseCheck{
        QStringLiteral("diff"), QStringLiteral("inbox.eml ↔ spam.eml"), kRanAt, {},
        QJsonObject{{QStringLiteral("identical"), false},
                    {QStringLiteral("changes"), 2},
                    {QStringLiteral("headers"),
                     QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("changed")}, {QStringLiteral("name"), QStringLiteral("Subject")},
                                            {QStringLiteral("old"), QStringLiteral("Hello")},
                                            {QStringLiteral("new"), QStringLiteral("<img src=x onerror=alert(1)>")}},
                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("same")}, {QStringLiteral("name"), QStringLiteral("X-Unchanged")},
                                            {QStringLiteral("old"), QStringLiteral("1")}, {QStringLiteral("new"), QStringLiteral("1")}}}},
                    {QStringLiteral("verdicts"),
                     QJsonObject{{QStringLiteral("dkim"), QJsonObject{{QStringLiteral("old"), QStringLiteral("pass")}, {QStringLiteral("new"), QStringLiteral("fail")}}},
                                 {QStringLiteral("spf"), QJsonObject{{QStringLiteral("old"), QStringLiteral("pass")}, {QStringLiteral("new"), QStringLiteral("pass")}}}}}}});
    return c;
}

const ReportTable* findTable(const ReportSection& section, const QString& caption)
{
    for (const ReportTable& table : section.tables) {
        if (table.caption == caption)
            return &table;
    }
    return nullptr;
}

} // namespace

void TestReport::batchAndDiffChecks_data()
{
    QTest::addColumn<bool>("redact");
    QTest::newRow("plain") << false;
    QTest::newRow("redacted") << true;
}

void TestReport::batchAndDiffChecks()
{
    QFETCH(bool, redact);
    const ReportDocument report = buildReport(batchAndDiffCase(), options(redact, false));
    QCOMPARE(report.sections.size(), 3); // inputs, batch, diff
    const ReportSection& batch = report.sections.at(1);
    QCOMPARE(batch.title, QStringLiteral("batch: /tmp/bounces.mbox"));
    const ReportTable* groups = findTable(batch, QStringLiteral("Groups"));
    QVERIFY(groups);
    QCOMPARE(groups->columns.size(), 4);
    QCOMPARE(groups->rows.size(), 2);
    QCOMPARE(groups->rows.at(0), (QStringList{QStringLiteral("<b>evil</b>.example"), QStringLiteral("attacker.example"),
                                             QStringLiteral("fail"), QStringLiteral("2")}));
    QCOMPARE(groups->rows.at(1).at(3), QStringLiteral("1"));
    const ReportTable* causes = findTable(batch, QStringLiteral("Bounced recipients by cause"));
    QVERIFY(causes);
    QCOMPARE(causes->rows, (QList<QStringList>{{bounceCauseLabel(BounceCause::UnknownUser), QStringLiteral("1")}}));
    const ReportTable* domains = findTable(batch, QStringLiteral("Bounced recipients per receiving domain"));
    QVERIFY(domains);
    QCOMPARE(domains->rows.size(), 1);
    QCOMPARE(domains->rows.at(0).at(0), QStringLiteral("customer.example"));
    QCOMPARE(domains->rows.at(0).at(2), QStringLiteral("1"));
    const ReportTable* verdicts = findTable(batch, QStringLiteral("By verdict"));
    QVERIFY(verdicts);
    QCOMPARE(verdicts->rows.at(0), (QStringList{QStringLiteral("fail"), QStringLiteral("2")}));
    const ReportTable* messages = findTable(batch, QStringLiteral("Messages"));
    QVERIFY(messages);
    QCOMPARE(messages->rows.size(), 2);
    QCOMPARE(messages->rows.at(1).at(5), QStringLiteral("fail"));
    QCOMPARE(messages->rows.at(0).at(6), bounceCauseLabel(BounceCause::UnknownUser));

    const ReportSection& diff = report.sections.at(2);
    const ReportTable* headers = findTable(diff, QStringLiteral("Headers changed"));
    QVERIFY(headers);
    QCOMPARE(headers->rows.size(), 1); // the unchanged header is left out
    QVERIFY(headers->rows.at(0).contains(QStringLiteral("Subject")));
    const ReportTable* flipped = findTable(diff, QStringLiteral("Verdicts flipped"));
    QVERIFY(flipped);
    QCOMPARE(flipped->rows, (QList<QStringList>{{QStringLiteral("dkim"), QStringLiteral("pass"), QStringLiteral("fail")}}));

    // Rendered: captions there, hostile text escaped.
    const QString html = QString::fromUtf8(renderHtml(report));
    QVERIFY(html.contains(QStringLiteral("<caption>Groups</caption>")));
    QVERIFY(html.contains(QStringLiteral("<caption>Verdicts flipped</caption>")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;evil&lt;/b&gt;.example")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<b>evil")));
    const QString markdown = QString::fromUtf8(renderMarkdown(report));
    QVERIFY(markdown.contains(QStringLiteral("**Bounced recipients by cause**")));
    QVERIFY(!markdown.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!markdown.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
}

void TestReport::diffCopiesCountOnce()
{
    Case c;
    const QString a = c.addMessage(QStringLiteral("a.eml"), kHostileMessage);
    Finding lint;
    lint.code = "HDR.FROM_DISPLAY_HOSTILE";
    lint.severity = Severity::Warning;
    lint.title = QStringLiteral("From display name contains markup");
    c.addCheck(CaseCheck{QStringLiteral("inspect"), a, kRanAt, {lint}, {}});
    // The Diff tab's copy of the same finding, and one finding of its own.
    Finding copy = lint;
    copy.title = QStringLiteral("Only in B: ") + lint.title;
    Finding flipped;
    flipped.code = "DIFF.VERDICT_FLIPPED";
    flipped.severity = Severity::Warning;
    flipped.title = QStringLiteral("DKIM: pass in A, fail in B");
    c.addCheck(CaseCheck{QStringLiteral("diff"), QStringLiteral("a.eml ↔ b.eml"), kRanAt, {copy, flipped}, {}});

    const ReportDocument report = buildReport(c, options(false, false));
    QCOMPARE(report.counts[static_cast<int>(Severity::Warning)], 2); // the lint finding and the flip, once each
    QCOMPARE(report.verdict.size(), 2);
    for (const VerdictItem& item : report.verdict) {
        QCOMPARE(item.count, 1);
        QCOMPARE(item.sections.size(), 1);
        if (item.code == "HDR.FROM_DISPLAY_HOSTILE") {
            QCOMPARE(item.title, lint.title);
            QCOMPARE(item.sections.first(), QStringLiteral("check-1"));
        } else {
            QCOMPARE(item.sections.first(), QStringLiteral("check-2"));
        }
    }
    // The copy is still listed in the diff section itself.
    QCOMPARE(report.sections.last().findings.size(), 2);
}

void TestReport::verdictTableLayout()
{
    // Codes break only after '.' or '_', never inside a word.
    ReportDocument report = buildReport(hostileCase(), options(false, false));
    const QString html = QString::fromUtf8(renderHtml(report));
    QVERIFY(html.contains(QStringLiteral("<code class=\"token\">HDR.<wbr>FROM_<wbr>DISPLAY_<wbr>HOSTILE</code>")));
    QVERIFY(html.contains(QStringLiteral("code.token{overflow-wrap:normal")));
    const QString print = QString::fromUtf8(renderPrintHtml(report));
    QVERIFY(!print.contains(QStringLiteral("<wbr>")));
    QVERIFY(print.contains(QStringLiteral("HDR.") + QChar(0x200b) + QStringLiteral("FROM_")));
    // Some findings have a fix: the column is there.
    QVERIFY(html.contains(QStringLiteral("<th>fix</th>")));

    // No finding has a fix: no empty column.
    for (VerdictItem& item : report.verdict)
        item.remedy.clear();
    const QString bare = QString::fromUtf8(renderHtml(report));
    QVERIFY(!bare.contains(QStringLiteral("<th>fix</th>")));
    const int summaryEnd = bare.indexOf(QStringLiteral("</table>"), bare.indexOf(QStringLiteral("id=\"summary\"")));
    const QString summaryTable = bare.mid(bare.indexOf(QStringLiteral("id=\"summary\"")),
                                          summaryEnd - bare.indexOf(QStringLiteral("id=\"summary\"")));
    QCOMPARE(summaryTable.count(QStringLiteral("<th>")), 3);
    const QString markdown = QString::fromUtf8(renderMarkdown(report));
    QVERIFY(markdown.contains(QStringLiteral("| severity | problem | where |")));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
