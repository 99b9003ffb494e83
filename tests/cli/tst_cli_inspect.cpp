// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Deliverbench::Cli;

/*
 * Expected part sizes and SHA-256 values were computed outside this code base from the
 * decoded payloads, never with deliverbench itself:
 *   - payloads written with printf (e.g. printf '%s' 'Café au lait — …' > p), then
 *     `wc -c < p` and `sha256sum < p`;
 *   - base64 bodies made with `base64 -w 76 p` and checked back with `base64 -d | cmp - p`;
 *   - quoted-printable bodies written by hand and checked with Python's quopri.decodestring
 *     against the printf payload;
 *   - identity-encoded bodies (7bit/8bit, the DSN parts) cut out of the .eml between the
 *     blank line and the next delimiter (RFC 2046 §5.1.1: the line break before a delimiter
 *     belongs to the delimiter) with python3 and hashed with hashlib.sha256 / sha256sum.
 * Header offsets in simple.golden.json are the byte offsets of each line (python3 over the file).
 */

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(TEST_DATA_DIR "/cli/") + name;
}

struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList& arguments, const QByteArray& stdinBytes = {}, bool outIsTty = false)
{
    QByteArray outBytes;
    QByteArray errBytes;
    QBuffer outBuffer(&outBytes);
    QBuffer errBuffer(&errBytes);
    QBuffer inBuffer;
    inBuffer.setData(stdinBytes);
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    inBuffer.open(QIODevice::ReadOnly);
    CliRun result;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        RunOptions options;
        options.in = &inBuffer;
        options.outIsTty = outIsTty;
        options.errIsTty = false;
        result.status = run(QStringList{QStringLiteral("deliverbench-cli")} + arguments, out, err, options);
        out.flush();
        err.flush();
    }
    result.out = outBytes;
    result.err = errBytes;
    return result;
}

QList<QJsonObject> jsonLines(const QByteArray& output)
{
    QList<QJsonObject> objects;
    const QList<QByteArray> lines = output.split('\n');
    for (const QByteArray& line : lines) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object line: %s", line.constData());
            return {};
        }
        objects.append(document.object());
    }
    return objects;
}

/** @short The six keys of DESIGN.md's jsonl contract, as "path type charset encoding size sha256". */
QStringList contractParts(const QJsonObject& message)
{
    QStringList parts;
    const QJsonArray array = message.value(QStringLiteral("parts")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject part = value.toObject();
        const QJsonValue charset = part.value(QStringLiteral("charset"));
        parts << QStringList{
            part.value(QStringLiteral("path")).toString(),
            part.value(QStringLiteral("type")).toString(),
            charset.isNull() ? QStringLiteral("null") : charset.toString(),
            part.value(QStringLiteral("encoding")).toString(),
            QString::number(part.value(QStringLiteral("size")).toInteger(-1)),
            part.value(QStringLiteral("sha256")).toString(),
        }.join(u' ');
    }
    return parts;
}

/** @short Findings reduced to code and severity: their texts are translated and may be reworded. */
QJsonObject normalizedForGolden(QJsonObject object)
{
    QJsonArray findings;
    const QJsonArray original = object.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue& value : original) {
        findings.append(QJsonObject{
            {QStringLiteral("code"), value.toObject().value(QStringLiteral("code"))},
            {QStringLiteral("severity"), value.toObject().value(QStringLiteral("severity"))},
        });
    }
    object.insert(QStringLiteral("findings"), findings);
    return object;
}

bool hasErrorFinding(const QJsonObject& message)
{
    const QJsonArray findings = message.value(QStringLiteral("findings")).toArray();
    return std::any_of(findings.begin(), findings.end(), [](const QJsonValue& value) {
        return value.toObject().value(QStringLiteral("severity")).toString() == QStringLiteral("error");
    });
}

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT

private slots:
    void jsonlParts_data();
    void jsonlParts();
    void jsonlMboxIndexes();
    void jsonlMaildir();
    void jsonlIndexesAcrossFiles();
    void jsonlHeadlineKeys();
    void stdinInProcess();
    void exitCodes_data();
    void exitCodes();
    void errorContinuesWithOtherInputs();
    void goldenJson();
    void jsonSeveralMessagesWrapped();
    void textReport();
    void textReportDsn();
    void colourOnlyOnTerminal();
    void textSanitizesControlCharacters();
    void largeMboxStreamsEveryMessage();
    void processExitCodes_data();
    void processExitCodes();
    void processStdin();
    void mboxFileMatchesStdin();
    void bundledSamplesSmoke();
};

void TestCliInspect::jsonlParts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("parts");

    QTest::newRow("multipart/alternative + attachment")
        << QStringLiteral("alternative-attachment.eml")
        << QStringList{
               QStringLiteral("1.1 text/plain utf-8 quoted-printable 89 "
                              "aac07f2e07c378e441bda2c41ff6ed2e6a35abb8d1f2d5641dc11298774bd38c"),
               QStringLiteral("1.2 text/html utf-8 quoted-printable 59 "
                              "2781f8998256293d138a946cce7681c6a9743d2efefb02748613e20516dcb997"),
               QStringLiteral("2 application/pdf null base64 148 "
                              "6ed7f3aebfaf2ee3913347e0844980ccf8101f72be9f2e7858922276768012da"),
           };
    QTest::newRow("message/rfc822 is walked, not listed")
        << QStringLiteral("forwarded.eml")
        << QStringList{
               QStringLiteral("1 text/plain null 7bit 23 "
                              "b17453979e689d571a3f430ad7960f6c6001ee787be38e46876eace307e649ac"),
               QStringLiteral("2.1 text/plain iso-8859-1 8bit 15 "
                              "df055a81f1dc5fd4457db0e431276579b50a1134dcdeff5f29c78ac3eaba8432"),
               QStringLiteral("2.2 text/html utf-8 base64 24 "
                              "9bda9931b35c448d1783dce83ab40e56fff0fc058245001632fb45d9c2edc818"),
           };
    QTest::newRow("DSN: message/delivery-status is a leaf")
        << QStringLiteral("dsn.eml")
        << QStringList{
               QStringLiteral("1 text/plain us-ascii 7bit 100 "
                              "a262c605ba07f3b58f079384eeace223305ff31e24a16eaaf7dba0fc2d0b4add"),
               QStringLiteral("2 message/delivery-status null 7bit 361 "
                              "1422792164531baf502bceeebadd1c391b131f7f9970026f33fcff1d44c1aa0e"),
               QStringLiteral("3 text/rfc822-headers null 7bit 185 "
                              "2183dd383524fd732da70cca5b4c31af46bbf213f7028e1da10e1f3c53535d2a"),
           };
    QTest::newRow("single part: the body is part 1")
        << QStringLiteral("simple.eml")
        << QStringList{QStringLiteral("1 text/plain us-ascii 7bit 14 "
                                      "1ab1a2bb8502820a83881a5b66910b819121bafe336d76374637aa4ea7ba2616")};
}

void TestCliInspect::jsonlParts()
{
    QFETCH(QString, file);
    QFETCH(QStringList, parts);
    const CliRun result = runCli({QStringLiteral("inspect"), dataPath(file), QStringLiteral("--format"),
                                  QStringLiteral("jsonl")});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    QVERIFY(result.out.endsWith('\n'));
    QCOMPARE(result.out.count('\n'), 1); // compact: one line per message
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().value(QStringLiteral("index")).toInt(-1), 0);
    QCOMPARE(contractParts(messages.first()), parts);
    QVERIFY(messages.first().value(QStringLiteral("findings")).isArray());
}

void TestCliInspect::jsonlMboxIndexes()
{
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format=jsonl"),
                                  dataPath(QStringLiteral("three.mbox"))});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 3);
    const QStringList subjects{QStringLiteral("mbox one"), QStringLiteral("mbox two"), QStringLiteral("mbox three")};
    const QStringList parts{
        QStringLiteral("1 text/plain us-ascii base64 14 2409520ddd068b123bd6a2d1aa03dc1a958d1ba058ccc36f36e71c79bc3bdffc"),
        QStringLiteral("1 text/plain us-ascii 7bit 15 b049a4dde00241361b2d252816bffe518445d605ec81873cb8488156e2cb2cd6"),
        QStringLiteral("1 text/plain utf-8 base64 26 3e34c309eb9d09c8e560fe857ad6ee3de9214997be0f48992cf6d42c014ce98c"),
    };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(messages.at(i).value(QStringLiteral("index")).toInt(-1), i);
        QCOMPARE(messages.at(i).value(QStringLiteral("indexInFile")).toInt(-1), i);
        QCOMPARE(messages.at(i).value(QStringLiteral("subject")).toString(), subjects.at(i));
        QCOMPARE(contractParts(messages.at(i)), QStringList{parts.at(i)});
    }
}

void TestCliInspect::jsonlMaildir()
{
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("jsonl"),
                                  dataPath(QStringLiteral("maildir"))});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).value(QStringLiteral("index")).toInt(-1), 0);
    QCOMPARE(messages.at(1).value(QStringLiteral("index")).toInt(-1), 1);
    QCOMPARE(messages.at(0).value(QStringLiteral("subject")).toString(), QStringLiteral("maildir A"));
    QCOMPARE(messages.at(1).value(QStringLiteral("subject")).toString(), QStringLiteral("maildir B"));
    QCOMPARE(contractParts(messages.at(0)),
             QStringList{QStringLiteral("1 text/plain us-ascii base64 10 "
                                        "99dcf2767fe4bd9e0ec781fd90481af840504df50fe678bfc0da4d1a459cf3ac")});
    QCOMPARE(contractParts(messages.at(1)),
             QStringList{QStringLiteral("1 text/plain us-ascii 7bit 10 "
                                        "5870d2cff2dacd79527244e2a18aa00f81c645d33f57b470ca23a23df4909eb6")});
}

void TestCliInspect::jsonlIndexesAcrossFiles()
{
    const QString simple = dataPath(QStringLiteral("simple.eml"));
    const QString mbox = dataPath(QStringLiteral("three.mbox"));
    const QString maildir = dataPath(QStringLiteral("maildir"));
    const CliRun result = runCli({QStringLiteral("inspect"), simple, mbox, maildir, QStringLiteral("--format"),
                                  QStringLiteral("jsonl")});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 6);
    const QStringList files{simple, mbox, mbox, mbox, maildir, maildir};
    const QList<int> inFile{0, 0, 1, 2, 0, 1};
    for (int i = 0; i < messages.size(); ++i) {
        QCOMPARE(messages.at(i).value(QStringLiteral("index")).toInt(-1), i);
        QCOMPARE(messages.at(i).value(QStringLiteral("file")).toString(), files.at(i));
        QCOMPARE(messages.at(i).value(QStringLiteral("indexInFile")).toInt(-1), inFile.at(i));
    }
}

void TestCliInspect::jsonlHeadlineKeys()
{
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                  dataPath(QStringLiteral("alternative-attachment.eml"))});
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first();
    QCOMPARE(message.value(QStringLiteral("subject")).toString(), QStringLiteral("Your invoice 2024-0042"));
    QCOMPARE(message.value(QStringLiteral("from")).toString(), QStringLiteral("Invoice Robot <billing@shop.example>"));
    QCOMPARE(message.value(QStringLiteral("messageId")).toString(), QStringLiteral("invoice-42@shop.example"));
    QCOMPARE(message.value(QStringLiteral("file")).toString(), dataPath(QStringLiteral("alternative-attachment.eml")));
    // jsonl stays small: no header list, no timeline
    QVERIFY(!message.contains(QStringLiteral("headers")));
    const QJsonObject pdf = message.value(QStringLiteral("parts")).toArray().at(2).toObject();
    QCOMPARE(pdf.value(QStringLiteral("filename")).toString(), QStringLiteral("invoice-2024-0042.pdf"));
    // every finding carries the DESIGN.md keys
    const QJsonArray findings = message.value(QStringLiteral("findings")).toArray();
    for (const QJsonValue& value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char* key : {"code", "severity", "title", "detail", "evidence", "reference", "remedy"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);
    }
}

void TestCliInspect::stdinInProcess()
{
    QFile file(dataPath(QStringLiteral("simple.eml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                  QStringLiteral("-")},
                                 file.readAll());
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().value(QStringLiteral("file")).toString(), QStringLiteral("-"));
    QCOMPARE(contractParts(messages.first()),
             QStringList{QStringLiteral("1 text/plain us-ascii 7bit 14 "
                                        "1ab1a2bb8502820a83881a5b66910b819121bafe336d76374637aa4ea7ba2616")});

    const CliRun empty = runCli({QStringLiteral("inspect"), QStringLiteral("-")}, QByteArray());
    QCOMPARE(empty.status, int(ExitUsage));
    QVERIFY2(empty.err.contains("not an email message"), empty.err.constData());
}

void TestCliInspect::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("stderrContains");

    const QString missing = dataPath(QStringLiteral("does-not-exist.eml"));
    QTest::newRow("clean message: 0") << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("simple.eml"))}
                                      << int(ExitOk) << QByteArray();
    QTest::newRow("missing From and Date: 1")
        << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("broken.eml"))} << int(ExitFindings)
        << QByteArray();
    QTest::newRow("missing file: 2")
        << QStringList{QStringLiteral("inspect"), missing} << int(ExitUsage)
        << QByteArray("deliverbench-cli: cannot read '" + missing.toUtf8() + "': No such file or directory");
    QTest::newRow("directory that is not a Maildir: 2")
        << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("not-a-maildir"))} << int(ExitUsage)
        << QByteArray("not a Maildir");
    QTest::newRow("binary file: 2") << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("binary.bin"))}
                                    << int(ExitUsage) << QByteArray("not an email message");
    QTest::newRow("empty file: 2") << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("empty.eml"))}
                                   << int(ExitUsage) << QByteArray("not an email message");
    QTest::newRow("bad option: 2") << QStringList{QStringLiteral("inspect"), QStringLiteral("--no-such-option"),
                                                  dataPath(QStringLiteral("simple.eml"))}
                                   << int(ExitUsage) << QByteArray("no-such-option");
    QTest::newRow("unknown format: 2")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("xml"),
                       dataPath(QStringLiteral("simple.eml"))}
        << int(ExitUsage) << QByteArray("unknown format 'xml'");
    QTest::newRow("no input: 2") << QStringList{QStringLiteral("inspect")} << int(ExitUsage) << QByteArray("no input");
    QTest::newRow("unknown command: 2") << QStringList{QStringLiteral("frobnicate")} << int(ExitUsage)
                                        << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("no command: 2") << QStringList{} << int(ExitUsage) << QByteArray("no command");
    QTest::newRow("bad --timeout: 2")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--timeout"), QStringLiteral("soon"),
                       dataPath(QStringLiteral("simple.eml"))}
        << int(ExitUsage) << QByteArray("--timeout");
    QTest::newRow("bad --dns-server: 2")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--dns-server"), QStringLiteral("256.1.1.1"),
                       dataPath(QStringLiteral("simple.eml"))}
        << int(ExitUsage) << QByteArray("--dns-server");
    QTest::newRow("common options accepted: 0")
        << QStringList{QStringLiteral("inspect"), QStringLiteral("--dns-server"), QStringLiteral("127.0.0.1:5353"),
                       QStringLiteral("--dns-server"), QStringLiteral("[::1]:53"), QStringLiteral("--timeout"),
                       QStringLiteral("2000"), dataPath(QStringLiteral("simple.eml"))}
        << int(ExitOk) << QByteArray();
    QTest::newRow("--help: 0") << QStringList{QStringLiteral("--help")} << int(ExitOk) << QByteArray();
    QTest::newRow("inspect --help: 0") << QStringList{QStringLiteral("inspect"), QStringLiteral("--help")}
                                       << int(ExitOk) << QByteArray();
    QTest::newRow("--version: 0") << QStringList{QStringLiteral("--version")} << int(ExitOk) << QByteArray();
}

void TestCliInspect::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QByteArray, stderrContains);
    const CliRun result = runCli(arguments);
    QVERIFY2(result.status == status,
             qPrintable(QStringLiteral("status %1, stderr: %2").arg(result.status).arg(QString::fromUtf8(result.err))));
    if (!stderrContains.isEmpty())
        QVERIFY2(result.err.contains(stderrContains), result.err.constData());
    if (status == ExitUsage) {
        QVERIFY(!result.err.isEmpty());
        QVERIFY2(result.err.startsWith("deliverbench-cli"), result.err.constData());
    } else {
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    }
}

void TestCliInspect::errorContinuesWithOtherInputs()
{
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                                  dataPath(QStringLiteral("nope.eml")), dataPath(QStringLiteral("simple.eml"))});
    QCOMPARE(result.status, int(ExitUsage));
    QCOMPARE(result.err.count('\n'), 1); // one line naming the file and the reason
    QVERIFY(result.err.contains("nope.eml"));
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().value(QStringLiteral("index")).toInt(-1), 0);
}

void TestCliInspect::goldenJson()
{
    const QString path = dataPath(QStringLiteral("simple.eml"));
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"), path});
    QCOMPARE(result.status, int(ExitOk));
    QJsonParseError error;
    const QJsonDocument actual = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(actual.isObject());
    QVERIFY2(result.out.contains("\n    \""), "json is pretty-printed");

    QFile goldenFile(dataPath(QStringLiteral("simple.golden.json")));
    QVERIFY(goldenFile.open(QIODevice::ReadOnly));
    QByteArray goldenBytes = goldenFile.readAll();
    goldenBytes.replace("@DATA@", QByteArray(TEST_DATA_DIR "/cli"));
    const QJsonDocument golden = QJsonDocument::fromJson(goldenBytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonObject expected = normalizedForGolden(golden.object());
    const QJsonObject got = normalizedForGolden(actual.object());
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QVERIFY2(got.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(got.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(": got ")
                            + QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), got.value(it.key())}}).toJson())));
    }
    for (auto it = got.begin(); it != got.end(); ++it)
        QVERIFY2(expected.contains(it.key()), qPrintable(QStringLiteral("unexpected key ") + it.key()));
}

void TestCliInspect::jsonSeveralMessagesWrapped()
{
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"),
                                  dataPath(QStringLiteral("three.mbox")), dataPath(QStringLiteral("dsn.eml"))});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray messages = document.object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    for (int i = 0; i < messages.size(); ++i) {
        QCOMPARE(messages.at(i).toObject().value(QStringLiteral("index")).toInt(-1), i);
        QVERIFY(messages.at(i).toObject().value(QStringLiteral("headers")).isArray());
    }
    const QJsonObject dsn = messages.at(3).toObject().value(QStringLiteral("dsn")).toObject();
    QCOMPARE(dsn.value(QStringLiteral("part")).toString(), QStringLiteral("2"));
    QCOMPARE(dsn.value(QStringLiteral("reportingMta")).toString(), QStringLiteral("mx.example.net"));
    const QJsonArray recipients = dsn.value(QStringLiteral("recipients")).toArray();
    QCOMPARE(recipients.size(), 1);
    const QJsonObject recipient = recipients.first().toObject();
    QCOMPARE(recipient.value(QStringLiteral("finalRecipient")).toString(), QStringLiteral("nobody@example.net"));
    QCOMPARE(recipient.value(QStringLiteral("action")).toString(), QStringLiteral("failed"));
    QCOMPARE(recipient.value(QStringLiteral("status")).toString(), QStringLiteral("5.1.1"));
    QCOMPARE(recipient.value(QStringLiteral("remoteMta")).toString(), QStringLiteral("inbox.example.net"));
    QVERIFY(!recipient.value(QStringLiteral("statusText")).toString().isEmpty());
    // the mbox messages have no DSN: the key is left out
    QVERIFY(!messages.at(0).toObject().contains(QStringLiteral("dsn")));

    // one file with one message is a single object; one file with three is wrapped
    const CliRun single = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json"),
                                  dataPath(QStringLiteral("dsn.eml"))});
    QVERIFY(QJsonDocument::fromJson(single.out).object().contains(QStringLiteral("parts")));
}

void TestCliInspect::textReport()
{
    const CliRun result = runCli({QStringLiteral("inspect"), dataPath(QStringLiteral("alternative-attachment.eml"))});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("Your invoice 2024-0042")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Invoice Robot <billing@shop.example>")));
    QVERIFY(text.contains(QStringLiteral("alternative-attachment.eml")));
    // MIME outline, indented by depth: container, then its children further right
    const QStringList lines = text.split(u'\n');
    const auto lineWith = [&lines](const QString& needle) -> QString {
        for (const QString& line : lines) {
            if (line.contains(needle))
                return line;
        }
        return {};
    };
    const auto indentOf = [](const QString& line) {
        qsizetype n = 0;
        while (n < line.size() && line.at(n) == u' ')
            ++n;
        return n;
    };
    const QString alternative = lineWith(QStringLiteral("multipart/alternative"));
    const QString html = lineWith(QStringLiteral("text/html"));
    const QString pdf = lineWith(QStringLiteral("application/pdf"));
    QVERIFY2(!alternative.isEmpty() && !html.isEmpty() && !pdf.isEmpty(), qPrintable(text));
    QVERIFY(indentOf(html) > indentOf(alternative));
    QVERIFY(html.contains(QStringLiteral("1.2")));
    QVERIFY(html.contains(QStringLiteral("quoted-printable")));
    QVERIFY(html.contains(QStringLiteral("59 bytes")));
    QVERIFY(pdf.contains(QStringLiteral("148 bytes")));
    QVERIFY(pdf.contains(QStringLiteral("invoice-2024-0042.pdf")));
    QVERIFY(text.contains(QStringLiteral("Findings")));
    QVERIFY(lines.size() > 2 && lines.at(lines.size() - 2).startsWith(QStringLiteral("Summary: 1 message, 3 leaf parts")));
    QVERIFY2(!result.out.contains('\x1b'), "no colour when stdout is not a terminal");
}

void TestCliInspect::textReportDsn()
{
    const CliRun result = runCli({QStringLiteral("inspect"), dataPath(QStringLiteral("dsn.eml")),
                                  dataPath(QStringLiteral("simple.eml"))});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(QStringLiteral("nobody@example.net")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("5.1.1")));
    QVERIFY(text.contains(QStringLiteral("Bad destination mailbox address"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QStringLiteral("User unknown")));
    // Received timeline of simple.eml: two hops, the second 3 s after the first
    QVERIFY(text.contains(QStringLiteral("2024-01-02 10:00:02 UTC")));
    QVERIFY(text.contains(QStringLiteral("+3 s")));
    QVERIFY(text.contains(QStringLiteral("client.example.org")));
    QVERIFY(text.contains(QStringLiteral("Summary: 2 messages")));
}

void TestCliInspect::colourOnlyOnTerminal()
{
    const QStringList arguments{QStringLiteral("inspect"), dataPath(QStringLiteral("broken.eml"))};
    const QByteArray savedNoColor = qgetenv("NO_COLOR");
    const bool hadNoColor = qEnvironmentVariableIsSet("NO_COLOR");
    const QByteArray savedTerm = qgetenv("TERM");
    qunsetenv("NO_COLOR");
    qputenv("TERM", "xterm-256color");
    const CliRun tty = runCli(arguments, {}, true);
    qputenv("NO_COLOR", "1");
    const CliRun noColour = runCli(arguments, {}, true);
    if (hadNoColor)
        qputenv("NO_COLOR", savedNoColor);
    else
        qunsetenv("NO_COLOR");
    qputenv("TERM", savedTerm);

    QVERIFY2(tty.out.contains("\x1b["), tty.out.constData());
    QVERIFY(!noColour.out.contains('\x1b'));
    QCOMPARE(noColour.status, tty.status);
}

void TestCliInspect::textSanitizesControlCharacters()
{
    const QByteArray hostile = "From: a@example.org\n"
                               "Subject: hi \x1b]0;pwned\x07 \x1b[2J there\n"
                               "Content-Type: text/plain; name=\"evil\x1b[31m.txt\"\n"
                               "\n"
                               "body\n"
        + QByteArray("A long and harmless body so that the few control characters above do not make the "
                     "input look like binary data.\n")
              .repeated(8);
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("-")}, hostile);
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    QVERIFY(result.out.contains("hi "));
    QVERIFY2(!result.out.contains('\x1b') && !result.out.contains('\x07'), result.out.constData());
}

void TestCliInspect::largeMboxStreamsEveryMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("many.mbox"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    constexpr int count = 500;
    for (int i = 0; i < count; ++i) {
        file.write("From sender@example.org Tue Jan  2 10:00:00 2024\n"
                   "From: Sender <sender@example.org>\nTo: rcpt@example.net\n"
                   "Date: Tue, 02 Jan 2024 10:00:00 +0000\nMessage-ID: <m" + QByteArray::number(i)
                   + "@example.org>\nSubject: message " + QByteArray::number(i)
                   + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n"
                     "Content-Transfer-Encoding: base64\n\nRmlyc3QgbWVzc2FnZQo=\n\n");
    }
    file.close();
    const CliRun result = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("jsonl"), path});
    QVERIFY2(result.status == ExitOk || result.status == ExitFindings, result.err.constData());
    QVERIFY(result.err.isEmpty()); // no progress when stderr is not a terminal
    const QList<QJsonObject> messages = jsonLines(result.out);
    QCOMPARE(messages.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(messages.at(i).value(QStringLiteral("index")).toInt(-1), i);
        QCOMPARE(messages.at(i).value(QStringLiteral("subject")).toString(), QStringLiteral("message %1").arg(i));
    }
    QCOMPARE(contractParts(messages.last()),
             QStringList{QStringLiteral("1 text/plain us-ascii base64 14 "
                                        "2409520ddd068b123bd6a2d1aa03dc1a958d1ba058ccc36f36e71c79bc3bdffc")});
}

void TestCliInspect::processExitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");

    QTest::newRow("clean: 0") << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("simple.eml"))}
                              << int(ExitOk);
    QTest::newRow("error finding: 1") << QStringList{QStringLiteral("inspect"), QStringLiteral("--format"),
                                                     QStringLiteral("jsonl"), dataPath(QStringLiteral("broken.eml"))}
                                      << int(ExitFindings);
    QTest::newRow("missing file: 2") << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("gone.eml"))}
                                     << int(ExitUsage);
    QTest::newRow("binary: 2") << QStringList{QStringLiteral("inspect"), dataPath(QStringLiteral("binary.bin"))}
                               << int(ExitUsage);
    QTest::newRow("bad option: 2") << QStringList{QStringLiteral("inspect"), QStringLiteral("--bogus")}
                                   << int(ExitUsage);
}

void TestCliInspect::processExitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QProcess process;
    process.start(QStringLiteral(DELIVERBENCH_CLI_PATH), arguments);
    QVERIFY(process.waitForStarted());
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == status, err.constData());
    if (status == ExitUsage) {
        QCOMPARE(err.count('\n') >= 1, true);
        QVERIFY(err.startsWith("deliverbench-cli"));
    }
}

void TestCliInspect::processStdin()
{
    QFile file(dataPath(QStringLiteral("three.mbox")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QProcess process;
    process.start(QStringLiteral(DELIVERBENCH_CLI_PATH),
                  {QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("-")});
    QVERIFY(process.waitForStarted());
    process.write(file.readAll());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == ExitOk || process.exitCode() == ExitFindings, err.constData());
    QVERIFY2(err.isEmpty(), err.constData());
    const QList<QJsonObject> messages = jsonLines(process.readAllStandardOutput());
    QCOMPARE(messages.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(messages.at(i).value(QStringLiteral("index")).toInt(-1), i);
        QCOMPARE(messages.at(i).value(QStringLiteral("file")).toString(), QStringLiteral("-"));
    }
}

void TestCliInspect::mboxFileMatchesStdin()
{
    // A file mbox is read message by message into buffers of their own (MailboxReadMode::
    // Sequential); standard input is held whole. Both must report the same thing, offsets in the
    // input included: every header offset points at its field name in the file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile three(dataPath(QStringLiteral("three.mbox")));
    QVERIFY(three.open(QIODevice::ReadOnly));
    QFile broken(dataPath(QStringLiteral("broken.eml")));
    QVERIFY(broken.open(QIODevice::ReadOnly));
    const QByteArray mbox = three.readAll() + "\nFrom broken@example.test Mon Jan  1 00:00:00 2024\n" + broken.readAll();
    const QString path = dir.filePath(QStringLiteral("mixed.mbox"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(mbox), mbox.size());
    out.close();

    auto run = [](const QStringList& args, const QByteArray& input) {
        QProcess process;
        process.start(QStringLiteral(DELIVERBENCH_CLI_PATH), args);
        process.waitForStarted();
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        // the two runs differ only in the clock: "N days before the current time (…)"
        static const QRegularExpression clock(QStringLiteral("\\d+ days before the current time \\([^)]*\\)"));
        return QString::fromUtf8(process.readAllStandardOutput()).replace(clock, QStringLiteral("N days before the current time (NOW)")).toUtf8();
    };
    const QStringList json{QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("json")};
    const QByteArray fromFile = run(json + QStringList{path}, {});
    const QByteArray fromStdin = run(json + QStringList{QStringLiteral("-")}, mbox);
    QJsonArray fileMessages = QJsonDocument::fromJson(fromFile).object().value(QStringLiteral("messages")).toArray();
    const QJsonArray stdinMessages = QJsonDocument::fromJson(fromStdin).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(fileMessages.size(), 4);
    QCOMPARE(stdinMessages.size(), 4);
    int headers = 0;
    for (qsizetype i = 0; i < fileMessages.size(); ++i) {
        QJsonObject message = fileMessages.at(i).toObject();
        for (const QJsonValue& header : message.value(QStringLiteral("headers")).toArray()) {
            const QByteArray name = header.toObject().value(QStringLiteral("name")).toString().toUtf8();
            const qint64 offset = header.toObject().value(QStringLiteral("offset")).toInteger(-1);
            QVERIFY2(mbox.mid(offset, name.size() + 1) == name + ':', name.constData());
            ++headers;
        }
        message.insert(QStringLiteral("file"), QStringLiteral("-"));
        QCOMPARE(message, stdinMessages.at(i).toObject());
    }
    QVERIFY(headers > 12);
}

void TestCliInspect::bundledSamplesSmoke()
{
    const QDir samples(QStringLiteral(PROJECT_SOURCE_DIR "/resources/samples"));
    const QStringList files = samples.entryList({QStringLiteral("*.eml"), QStringLiteral("*.mbox")}, QDir::Files,
                                                QDir::Name);
    if (files.isEmpty())
        QSKIP("resources/samples/ has no messages yet");
    for (const QString& name : files) {
        const QString path = samples.filePath(name);
        // their findings are the samples' business: only 0 or 1, valid JSON, at least one part
        const CliRun jsonl = runCli({QStringLiteral("inspect"), QStringLiteral("--format"), QStringLiteral("jsonl"), path});
        QVERIFY2(jsonl.status == ExitOk || jsonl.status == ExitFindings, qPrintable(name));
        const QList<QJsonObject> messages = jsonLines(jsonl.out);
        QVERIFY2(!messages.isEmpty(), qPrintable(name));
        for (const QJsonObject& message : messages) {
            QVERIFY2(!message.value(QStringLiteral("parts")).toArray().isEmpty(), qPrintable(name));
            if (jsonl.status == ExitOk)
                QVERIFY(!hasErrorFinding(message));
        }
        const CliRun text = runCli({QStringLiteral("inspect"), path});
        QCOMPARE(text.status, jsonl.status);
        QVERIFY(text.out.contains("Summary:"));
    }
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
