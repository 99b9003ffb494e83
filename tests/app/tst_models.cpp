// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/MessageDocument.h"
#include "message/RawData.h"
#include "models/FindingsModel.h"
#include "models/HeaderTableModel.h"
#include "models/MimeTreeModel.h"
#include "models/ReceivedTimelineModel.h"
#include "models/Roles.h"
#include "widgets/SeverityIcons.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QtTest>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

// A newsletter-shaped message: mixed( alternative( text/plain QP, text/html latin-1 ), PDF attachment ).
const char mixedMessage[] =
    "From: =?UTF-8?Q?J=C3=BCrgen?= <juergen@example.com>\r\n"
    "To: bob@example.org, \"Carol C.\" <carol@example.net>\r\n"
    "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= aus\r\n"
    " Berlin\r\n"
    "Date: Tue, 02 Jan 2024 15:04:05 +0100\r\n"
    "Message-ID: <abc.123@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
    "\r\n"
    "--outer\r\n"
    "Content-Type: multipart/alternative; boundary=\"inner\"\r\n"
    "\r\n"
    "--inner\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "\r\n"
    "Hello =E2=82=AC\r\n"
    "--inner\r\n"
    "Content-Type: text/html; charset=iso-8859-1\r\n"
    "\r\n"
    "<p>Hello</p>\r\n"
    "--inner--\r\n"
    "--outer\r\n"
    "Content-Type: application/pdf; name=\"invoice.pdf\"\r\n"
    "Content-Disposition: attachment; filename=\"invoice.pdf\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "JVBERi0xLjQK\r\n"
    "--outer--\r\n";

const char receivedMessage[] =
    "Received: from mx.example.org (mx.example.org [192.0.2.1])\r\n"
    "\tby mail.example.net with ESMTPS id abc; Tue, 02 Jan 2024 15:05:10 +0000\r\n"
    "Received: from client.example.com (client.example.com [198.51.100.7])\r\n"
    "\tby mx.example.org with ESMTP id def; Tue, 02 Jan 2024 15:04:05 +0000\r\n"
    "Received: from late.example.com (late.example.com [198.51.100.9])\r\n"
    "\tby client.example.com with ESMTP id ghi; Tue, 02 Jan 2024 15:06:05 +0000\r\n"
    "From: a@example.com\r\n"
    "Subject: hops\r\n"
    "\r\n"
    "body\r\n";

std::shared_ptr<MessageDocument> buildDocument(const char* text)
{
    Mail::RawDataPtr data = Mail::RawData::fromBytes(QByteArray(text), QStringLiteral("test"));
    return MessageDocument::build(Mail::parseMessage(data), QStringLiteral("test"));
}

Finding makeFinding(const char* code, Severity severity, const QString& title, qint64 offset = -1)
{
    Finding f;
    f.code = code;
    f.severity = severity;
    f.title = title;
    f.offset = offset;
    f.length = offset >= 0 ? 4 : 0;
    return f;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void mimeTree_data();
    void mimeTree();
    void mimeTreeTester();
    void mimeTreeEmpty();
    void headerTable_data();
    void headerTable();
    void findings();
    void findingsProxy_data();
    void findingsProxy();
    void timeline();
    void formatDelay_data();
    void formatDelay();
};

void TestModels::mimeTree_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("charset");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("filename");
    QTest::addColumn<int>("children");

    QTest::newRow("alternative container") << QStringLiteral("1") << QStringLiteral("multipart/alternative") << QStringLiteral("") << QStringLiteral("") << qint64(-1) << QStringLiteral("") << 2;
    QTest::newRow("plain text, QP utf-8") << QStringLiteral("1.1") << QStringLiteral("text/plain") << QStringLiteral("utf-8") << QStringLiteral("quoted-printable")
                                          << qint64(9) << QStringLiteral("") << 0; // "Hello " + U+20AC (3 octets)
    QTest::newRow("html latin-1") << QStringLiteral("1.2") << QStringLiteral("text/html") << QStringLiteral("iso-8859-1") << QStringLiteral("") << qint64(12) << QStringLiteral("") << 0;
    QTest::newRow("pdf attachment") << QStringLiteral("2") << QStringLiteral("application/pdf") << QStringLiteral("") << QStringLiteral("base64") << qint64(9) << QStringLiteral("invoice.pdf") << 0;
}

void TestModels::mimeTree()
{
    QFETCH(QString, path);
    QFETCH(QString, type);
    QFETCH(QString, charset);
    QFETCH(QString, encoding);
    QFETCH(qint64, size);
    QFETCH(QString, filename);
    QFETCH(int, children);

    MimeTreeModel model;
    model.setDocument(buildDocument(mixedMessage));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(MimeTreeModel::ColumnCount));
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("multipart/mixed"));
    QCOMPARE(model.rowCount(root), 2);

    const QModelIndex index = model.indexForPath(path);
    QVERIFY(index.isValid());
    QCOMPARE(index.data(PartPathRole).toString(), path);
    QCOMPARE(index.data().toString(), type);
    // The Part column shows the number findings use ("Part 1.2"); the message itself has none.
    QCOMPARE(index.siblingAtColumn(MimeTreeModel::PartColumn).data().toString(), path);
    QCOMPARE(root.siblingAtColumn(MimeTreeModel::PartColumn).data().toString(), QString());
    QCOMPARE(model.headerData(MimeTreeModel::PartColumn, Qt::Horizontal).toString(), QStringLiteral("Part"));
    QCOMPARE(index.siblingAtColumn(MimeTreeModel::CharsetColumn).data().toString(), charset);
    QCOMPARE(index.siblingAtColumn(MimeTreeModel::EncodingColumn).data().toString(), encoding);
    if (size >= 0)
        QCOMPARE(index.data(SizeRole).toLongLong(), size);
    QCOMPARE(index.siblingAtColumn(MimeTreeModel::FilenameColumn).data().toString(), filename);
    QCOMPARE(model.rowCount(index), children);
    // parent() and index() agree
    const QModelIndex parent = model.parent(index);
    QCOMPARE(model.index(index.row(), 0, parent), index);
}

void TestModels::mimeTreeTester()
{
    MimeTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(buildDocument(mixedMessage));
    model.setDocument(buildDocument(receivedMessage));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // single text part: a leaf root
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::mimeTreeEmpty()
{
    MimeTreeModel model;
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.index(0, 0).isValid());
    QVERIFY(!model.indexForPath(QStringLiteral("1")).isValid());
}

void TestModels::headerTable_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("From with RFC 2047 display name") << 0 << QStringLiteral("From") << QStringLiteral("Jürgen <juergen@example.com>");
    QTest::newRow("To address list") << 1 << QStringLiteral("To") << QStringLiteral("bob@example.org, Carol C. <carol@example.net>");
    QTest::newRow("folded RFC 2047 Subject") << 2 << QStringLiteral("Subject") << QStringLiteral("Grüße aus Berlin");
    QTest::newRow("Date with UTC reading") << 3 << QStringLiteral("Date")
                                           << QStringLiteral("Tue, 02 Jan 2024 15:04:05 +0100  (2024-01-02T14:04:05Z)");
    QTest::newRow("Message-ID") << 4 << QStringLiteral("Message-ID") << QStringLiteral("<abc.123@example.com>");
}

void TestModels::headerTable()
{
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QString, decoded);

    HeaderTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto document = buildDocument(mixedMessage);
    model.setDocument(document);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(HeaderTableModel::ColumnCount));
    QCOMPARE(model.index(row, HeaderTableModel::NameColumn).data().toString(), name);
    QCOMPARE(model.index(row, HeaderTableModel::ValueColumn).data().toString(), decoded);
    QCOMPARE(model.index(row, HeaderTableModel::LineColumn).data().toInt(),
             document->message.headers().fields.at(row).line);
    // The offset role points at the field name in the raw bytes.
    const qint64 offset = model.index(row, 0).data(OffsetRole).toLongLong();
    QVERIFY(QByteArrayView(mixedMessage).sliced(offset).startsWith(name.toLatin1()));

    // Headers of a part
    model.setDocument(document, document->message.partByPath(QStringLiteral("2")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, HeaderTableModel::NameColumn).data().toString(), QStringLiteral("Content-Disposition"));
}

void TestModels::findings()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({makeFinding("HDR.DATE_MISSING", Severity::Error, QStringLiteral("Date is missing")),
                       makeFinding("MIME.BOUNDARY_UNCLOSED", Severity::Warning, QStringLiteral("Boundary not closed"), 120),
                       makeFinding("HDR.LIST_UNSUBSCRIBE", Severity::Pass, QStringLiteral("List-Unsubscribe present"))});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    QCOMPARE(model.index(1, FindingsModel::CodeColumn).data().toString(), QStringLiteral("MIME.BOUNDARY_UNCLOSED"));
    QCOMPARE(model.index(1, FindingsModel::TitleColumn).data().toString(), QStringLiteral("Boundary not closed"));
    QCOMPARE(model.index(1, 0).data(SeverityRole).toInt(), int(Severity::Warning));
    QCOMPARE(model.index(1, 0).data(OffsetRole).toLongLong(), 120);
    QCOMPARE(model.index(1, 0).data(LengthRole).toLongLong(), 4);
    QVERIFY(!model.index(0, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.countBySeverity(Severity::Error), 1);
    QCOMPARE(model.countBySeverity(Severity::Info), 0);
    // Where each finding came from: a "Check" column, searchable by the filter.
    QVERIFY(model.index(0, FindingsModel::SourceColumn).data().toString().isEmpty());
    model.setFindings({makeFinding("HDR.DATE_MISSING", Severity::Error, QStringLiteral("Date is missing")),
                       makeFinding("SPF.FAIL", Severity::Error, QStringLiteral("SPF fails"))},
                      {QStringLiteral("Message"), QStringLiteral("Authentication")});
    QCOMPARE(model.headerData(FindingsModel::SourceColumn, Qt::Horizontal).toString(), QStringLiteral("Check"));
    QCOMPARE(model.index(1, FindingsModel::SourceColumn).data().toString(), QStringLiteral("Authentication"));
    QVERIFY(model.index(1, 0).data(FilterTextRole).toString().contains(QStringLiteral("Authentication")));
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(QStringLiteral("authentication"));
    QCOMPARE(proxy.rowCount(), 1);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::findingsProxy_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("codes");

    const int all = 0xF;
    const int noPass = all & ~(1 << int(Severity::Pass));
    QTest::newRow("everything, worst first") << all << QString()
                                             << QStringList{QStringLiteral("A.ERR"), QStringLiteral("B.WARN"), QStringLiteral("C.WARN"), QStringLiteral("D.INFO"), QStringLiteral("E.PASS")};
    QTest::newRow("without pass") << noPass << QString() << QStringList{QStringLiteral("A.ERR"), QStringLiteral("B.WARN"), QStringLiteral("C.WARN"), QStringLiteral("D.INFO")};
    QTest::newRow("errors only") << (1 << int(Severity::Error)) << QString() << QStringList{QStringLiteral("A.ERR")};
    QTest::newRow("text matches title, case-insensitive") << all << QStringLiteral("BOUNDARY") << QStringList{QStringLiteral("B.WARN")};
    QTest::newRow("text matches code") << all << QStringLiteral("d.info") << QStringList{QStringLiteral("D.INFO")};
    QTest::newRow("text and severity combine") << (1 << int(Severity::Pass)) << QStringLiteral("boundary") << QStringList{};
    QTest::newRow("nothing") << 0 << QString() << QStringList{};
}

void TestModels::findingsProxy()
{
    QFETCH(int, mask);
    QFETCH(QString, text);
    QFETCH(QStringList, codes);

    FindingsModel model;
    FindingsFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings({makeFinding("D.INFO", Severity::Info, QStringLiteral("Informational")),
                       makeFinding("B.WARN", Severity::Warning, QStringLiteral("Boundary not closed")),
                       makeFinding("E.PASS", Severity::Pass, QStringLiteral("All good")),
                       makeFinding("A.ERR", Severity::Error, QStringLiteral("Date is missing")),
                       makeFinding("C.WARN", Severity::Warning, QStringLiteral("Line too long"))});
    proxy.sort(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    proxy.setSeverityMask(mask);
    proxy.setFilterText(text);
    QStringList actual;
    for (int row = 0; row < proxy.rowCount(); ++row)
        actual << proxy.index(row, 0).data(CodeRole).toString();
    QCOMPARE(actual, codes);
}

void TestModels::timeline()
{
    ReceivedTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(buildDocument(receivedMessage));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(ReceivedTimelineModel::ColumnCount));
    // Oldest first: the bottom Received field is hop 1.
    QCOMPARE(model.index(0, ReceivedTimelineModel::ByColumn).data().toString(), QStringLiteral("client.example.com"));
    QCOMPARE(model.index(1, ReceivedTimelineModel::ByColumn).data().toString(), QStringLiteral("mx.example.org"));
    QCOMPARE(model.index(2, ReceivedTimelineModel::ByColumn).data().toString(), QStringLiteral("mail.example.net"));
    QCOMPARE(model.index(0, ReceivedTimelineModel::TimeColumn).data().toString(),
             QStringLiteral("2024-01-02 15:06:05 UTC"));
    QVERIFY(!model.index(0, 0).data(DelaySecondsRole).isValid());
    // hop 2 is two minutes *earlier* than hop 1: clock skew, not delay
    QCOMPARE(model.index(1, 0).data(ClockSkewRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(DelaySecondsRole).toLongLong(), -120);
    // Clock skew is Info, like its finding HDR.RECEIVED_CLOCK_SKEW.
    const QIcon skewIcon = model.index(1, ReceivedTimelineModel::DelayColumn).data(Qt::DecorationRole).value<QIcon>();
    QCOMPARE(skewIcon.pixmap(16).toImage(), severityIcon(Severity::Info).pixmap(16).toImage());
    QVERIFY(skewIcon.pixmap(16).toImage() != severityIcon(Severity::Warning).pixmap(16).toImage());
    QVERIFY(model.index(1, ReceivedTimelineModel::DelayColumn).data().toString().startsWith(QStringLiteral("clock skew")));
    QCOMPARE(model.index(2, 0).data(ClockSkewRole).toBool(), false);
    QCOMPARE(model.index(2, 0).data(DelaySecondsRole).toLongLong(), 65);
    QCOMPARE(model.index(2, ReceivedTimelineModel::DelayColumn).data().toString(), QStringLiteral("1 min 5 s"));
    QCOMPARE(model.index(2, ReceivedTimelineModel::WithColumn).data().toString(), QStringLiteral("ESMTPS"));
    QCOMPARE(model.index(1, ReceivedTimelineModel::FromColumn).data().toString(),
             QStringLiteral("client.example.com (198.51.100.7)"));
    model.setDocument(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::formatDelay_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
    QTest::newRow("seconds") << qint64(59) << QStringLiteral("59 s");
    QTest::newRow("minutes") << qint64(65) << QStringLiteral("1 min 5 s");
    QTest::newRow("hours") << qint64(3 * 3600 + 7 * 60 + 9) << QStringLiteral("3 h 7 min");
    QTest::newRow("days") << qint64(2 * 86400 + 5 * 3600) << QStringLiteral("2 d 5 h");
    QTest::newRow("negative") << qint64(-120) << QStringLiteral("−2 min 0 s");
}

void TestModels::formatDelay()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ReceivedTimelineModel::formatDelay(seconds), text);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
