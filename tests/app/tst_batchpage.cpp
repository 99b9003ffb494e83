// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Mailbox.h"
#include "models/BatchAuthRunner.h"
#include "models/BatchFilterProxyModel.h"
#include "models/BatchTableModel.h"
#include "report/BatchSummary.h"
#include "report/Bounce.h"
#include "report/Case.h"
#include "util/FileDialog.h"
#include "windows/BatchPage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

/** The bounce messages of tests/core/report/tst_bounce.cpp with its known answers (cause, receiving domain). */
struct Sample
{
    const char* file;
    const char* cause;
    const char* domain; ///< "" when the core test does not pin it
};

const Sample kSamples[] = {
    {"/dsn/postal-mime/bounce.eml", "unknown-user", "ethereal.email"},
    {"/dsn/mailparser/delivery-status.eml", "unknown-user", "xxxx.com"},
    {"/dsn/mimekit/delivery-status.txt", "unknown-user", "imusic.com"},
    {"/dsn/mimekit/delivery-status2.txt", "unknown-user", "domain.com"},
    {"/report/bounces-mimekit/bounce.txt", "unknown-user", "netecgc.com"},
    {"/report/bounces-python-email/msg_16.txt", "mailbox-full", "cougar.noc.ucla.edu"},
    {"/report/bounces-python-email/msg_25.txt", "other", "wellpartner.com"},
    {"/report/bounces-python-email/msg_43.txt", "policy", ""},
};
constexpr int kSampleCount = int(sizeof(kSamples) / sizeof(kSamples[0]));

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/** A message as it goes into the mbox: no From_ line of its own, ">From " quoting (mboxrd), final LF. */
QByteArray mboxContent(QByteArray bytes)
{
    if (bytes.startsWith("From "))
        bytes = bytes.mid(bytes.indexOf('\n') + 1);
    bytes.replace("\nFrom ", "\n>From ");
    if (!bytes.endsWith('\n'))
        bytes.append('\n');
    return bytes;
}

/** Writes an mbox of the messages (blank line before each From_ line but the first). */
bool writeMbox(const QString& path, const QList<QByteArray>& messages)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < messages.size(); ++i) {
        if (i > 0)
            file.write("\n");
        file.write("From MAILER-DAEMON Fri Nov 27 10:00:00 2026\n");
        file.write(messages.at(i));
    }
    return true;
}

const QTreeWidgetItem* summaryGroup(const QTreeWidget* tree, const QString& name)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == name)
            return tree->topLevelItem(i);
    }
    return nullptr;
}

int summaryCount(const QTreeWidget* tree, const QString& group, const QString& key)
{
    const QTreeWidgetItem* item = summaryGroup(tree, group);
    if (item == nullptr)
        return -1;
    for (int i = 0; i < item->childCount(); ++i) {
        if (item->child(i)->data(0, Qt::UserRole).toString() == key)
            return item->child(i)->data(1, Qt::UserRole).toInt();
    }
    return 0;
}

const QTreeWidgetItem* childWithKey(const QTreeWidgetItem* group, const QString& key)
{
    if (group == nullptr)
        return nullptr;
    for (int i = 0; i < group->childCount(); ++i) {
        if (group->child(i)->data(0, Qt::UserRole).toString() == key)
            return group->child(i);
    }
    return nullptr;
}

bool waitForScan(BatchPage& page, int timeoutMs = 60000)
{
    if (!page.isScanning())
        return true;
    QSignalSpy spy(&page, &BatchPage::scanFinished);
    return spy.wait(timeoutMs) || !page.isScanning();
}

} // namespace

class TestBatchPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bounceMbox();
    void sortAndFilter();
    void openRowIsByteExact_data();
    void openRowIsByteExact();
    void folderOfEmlAndMaildir();
    void exportCsv();
    void cancelLongLoad();
    void shortcutOpensThroughFileDialog();
    void clickingAGroupFiltersTheTable();
    void caseRoundTrip();
    void authVerdictsBoundedConcurrency();

private:
    QTemporaryDir m_dir;
    QString m_mbox;
    QList<QByteArray> m_messages;
    int m_policyRecords = 0;
};

void TestBatchPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString data = QStringLiteral(TEST_DATA_DIR);
    for (const Sample& sample : kSamples) {
        const QByteArray bytes = readFile(data + QLatin1String(sample.file));
        QVERIFY2(!bytes.isEmpty(), sample.file);
        m_messages << mboxContent(bytes);
    }
    m_mbox = m_dir.filePath(QStringLiteral("bounces.mbox"));
    QVERIFY(writeMbox(m_mbox, m_messages));
    // msg_43's record count is not pinned by the core test: take it from the core as parsed from our mbox.
    auto reader = Mail::MailboxReader::open(m_mbox);
    QVERIFY(reader.has_value());
    QCOMPARE(reader->count(), kSampleCount);
    std::optional<Mail::Message> message;
    for (int i = 0; i < kSampleCount; ++i)
        message = reader->next();
    m_policyRecords = int(Report::classifyBounceMessage(*message).size());
    QVERIFY(m_policyRecords >= 1);
}

void TestBatchPage::bounceMbox()
{
    BatchPage page;
    QCOMPARE(page.title(), QStringLiteral("Batch"));
    page.setAuthEnabled(false);
    page.openPaths({m_mbox});
    QVERIFY(page.isScanning());
    QVERIFY(waitForScan(page));
    QVERIFY(!page.isScanning());
    BatchTableModel* model = page.model();
    QCOMPARE(model->rowCount(), kSampleCount);
    for (int i = 0; i < kSampleCount; ++i) {
        const BatchRow& row = model->row(i);
        QCOMPARE(row.index, i);
        QVERIFY2(!row.bounces.isEmpty(), kSamples[i].file);
        for (const BatchBounce& bounce : row.bounces) {
            QCOMPARE(bounce.cause, QLatin1String(kSamples[i].cause));
            if (*kSamples[i].domain != '\0')
                QCOMPARE(bounce.domain, QLatin1String(kSamples[i].domain));
        }
        // The cause column shows the translated label of the cause.
        const QString label = model->index(i, BatchTableModel::BounceCauseColumn).data().toString();
        QVERIFY2(!label.isEmpty(), kSamples[i].file);
    }
    QCOMPARE(model->index(5, BatchTableModel::ReceivingDomainColumn).data().toString(),
             QStringLiteral("cougar.noc.ucla.edu"));
    QCOMPARE(model->index(5, BatchTableModel::BounceCauseColumn).data().toString(),
             Report::bounceCauseLabel(Report::BounceCause::MailboxFull));

    // Summary panel: counts per cause and per receiving domain, messages and bounces.
    const QTreeWidget* tree = page.summaryTree();
    QCOMPARE(summaryGroup(tree, QStringLiteral("messages"))->data(1, Qt::UserRole).toInt(), kSampleCount);
    QCOMPARE(summaryGroup(tree, QStringLiteral("bounces"))->data(1, Qt::UserRole).toInt(), kSampleCount);
    QCOMPARE(summaryCount(tree, QStringLiteral("cause"), QStringLiteral("unknown-user")), 5);
    QCOMPARE(summaryCount(tree, QStringLiteral("cause"), QStringLiteral("mailbox-full")), 1);
    QCOMPARE(summaryCount(tree, QStringLiteral("cause"), QStringLiteral("other")), 1);
    QCOMPARE(summaryCount(tree, QStringLiteral("cause"), QStringLiteral("policy")), m_policyRecords);
    QCOMPARE(summaryCount(tree, QStringLiteral("cause"), QStringLiteral("reputation")), 0);
    QCOMPARE(summaryCount(tree, QStringLiteral("receivingDomain"), QStringLiteral("imusic.com")), 1);
    QCOMPARE(summaryCount(tree, QStringLiteral("receivingDomain"), QStringLiteral("wellpartner.com")), 1);
    // Per receiving domain, split by cause (BounceSummary::byDomain).
    const QTreeWidgetItem* imusic = childWithKey(summaryGroup(tree, QStringLiteral("receivingDomain")),
                                                 QStringLiteral("imusic.com"));
    QVERIFY(imusic != nullptr);
    QCOMPARE(imusic->childCount(), 1);
    QCOMPARE(imusic->child(0)->data(0, Qt::UserRole + 2).toString(), QStringLiteral("unknown-user"));
    QCOMPARE(imusic->child(0)->data(1, Qt::UserRole).toInt(), 1);
    QCOMPARE(summaryGroup(tree, QStringLiteral("receivingDomain"))->data(1, Qt::UserRole).toInt(), 7 + m_policyRecords);

    // The panel counts through core/report/BatchSummary: the same numbers as the CLI's --summary,
    // computed here independently from the core's own reading of each message.
    const Report::BatchSummary summary = model->summary();
    QCOMPARE(summary.bounces().bounces, kSampleCount);
    QCOMPARE(summary.bounces().recipients, 7 + m_policyRecords);
    Report::BatchSummary cli;
    auto reader = Mail::MailboxReader::open(m_mbox);
    QVERIFY(reader.has_value());
    for (int i = 0; i < kSampleCount; ++i) {
        const std::optional<Mail::Message> message = reader->next();
        QVERIFY(message.has_value());
        Report::BatchEntry entry = Report::batchEntryFromMessage(*message);
        entry.verdict = severityToken(model->row(i).worst);
        cli.add(entry);
    }
    QCOMPARE(summary.toJson(), cli.toJson());
    for (auto it = cli.bySendingDomain().cbegin(); it != cli.bySendingDomain().cend(); ++it)
        QCOMPARE(summaryCount(tree, QStringLiteral("sendingDomain"), it.key()), it.value());
    for (auto it = cli.byDkimDomain().cbegin(); it != cli.byDkimDomain().cend(); ++it)
        QCOMPARE(summaryCount(tree, QStringLiteral("dkimDomain"), it.key()), it.value());
    for (auto it = cli.byVerdict().cbegin(); it != cli.byVerdict().cend(); ++it)
        QCOMPARE(summaryCount(tree, QStringLiteral("verdict"), it.key()), it.value());
    const QList<Report::BatchGroup> groups = cli.groups();
    QCOMPARE(summaryGroup(tree, QStringLiteral("groups"))->childCount(), int(groups.size()));
    for (const Report::BatchGroup& group : groups)
        QCOMPARE(summaryCount(tree, QStringLiteral("groups"), Report::BatchSummary::groupKey(group)), group.count);
    QCOMPARE(summaryGroup(tree, QStringLiteral("sendingDomain"))->data(1, Qt::UserRole).toInt(), kSampleCount);
    // The group rows show the total of their children, right-aligned like the children's counts.
    for (const QString& name : {QStringLiteral("sendingDomain"), QStringLiteral("dkimDomain"), QStringLiteral("verdict"),
                                QStringLiteral("cause"), QStringLiteral("receivingDomain")}) {
        const QTreeWidgetItem* group = summaryGroup(tree, name);
        QCOMPARE(group->text(1), QLocale().toString(group->data(1, Qt::UserRole).toInt()));
        QVERIFY2(group->data(1, Qt::UserRole).toInt() > 0, qPrintable(name));
        QCOMPARE(qvariant_cast<Qt::Alignment>(group->data(1, Qt::TextAlignmentRole)), Qt::AlignRight | Qt::AlignVCenter);
    }
    QCOMPARE(qvariant_cast<Qt::Alignment>(summaryGroup(tree, QStringLiteral("messages"))->data(1, Qt::TextAlignmentRole)),
             Qt::AlignRight | Qt::AlignVCenter);

    // Text columns are sized to their contents (capped); Subject takes the rest of the width.
    auto* view = page.findChild<QTableView*>(QStringLiteral("batchTableView"));
    QVERIFY(view != nullptr);
    QCOMPARE(view->horizontalHeader()->sectionResizeMode(BatchTableModel::SubjectColumn), QHeaderView::Stretch);
    const int cap = 26 * view->fontMetrics().averageCharWidth();
    QCOMPARE(view->horizontalHeader()->sectionSize(BatchTableModel::DateColumn),
             std::min(cap, std::max(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(BatchTableModel::DateColumn),
                                    view->horizontalHeader()->sectionSizeHint(BatchTableModel::DateColumn))));
}

void TestBatchPage::clickingAGroupFiltersTheTable()
{
    BatchPage page;
    page.setAuthEnabled(false);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.openPaths({m_mbox});
    QVERIFY(waitForScan(page));
    QTreeWidget* tree = page.summaryTree();
    const auto click = [tree](const QTreeWidgetItem* item) {
        QVERIFY(item != nullptr);
        tree->scrollToItem(item);
        const QRect rect = tree->visualItemRect(item);
        QVERIFY(rect.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
    };
    BatchFilterProxyModel* proxy = page.proxy();
    QCOMPARE(proxy->rowCount(), kSampleCount);

    click(childWithKey(summaryGroup(tree, QStringLiteral("cause")), QStringLiteral("unknown-user")));
    QCOMPARE(proxy->rowCount(), 5);
    for (int i = 0; i < proxy->rowCount(); ++i) {
        QCOMPARE(proxy->index(i, BatchTableModel::BounceCauseColumn).data().toString(),
                 Report::bounceCauseLabel(Report::BounceCause::UnknownUser));
    }
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("batchCountLabel"))->text().contains(QStringLiteral("5")));

    click(childWithKey(summaryGroup(tree, QStringLiteral("cause")), QStringLiteral("mailbox-full")));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, BatchTableModel::ReceivingDomainColumn).data().toString(),
             QStringLiteral("cougar.noc.ucla.edu"));

    const QTreeWidgetItem* wellpartner = childWithKey(summaryGroup(tree, QStringLiteral("receivingDomain")),
                                                      QStringLiteral("wellpartner.com"));
    click(wellpartner);
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, BatchTableModel::ReceivingDomainColumn).data().toString(), QStringLiteral("wellpartner.com"));

    // Each combined group shows exactly its count.
    const QTreeWidgetItem* groups = summaryGroup(tree, QStringLiteral("groups"));
    QVERIFY(groups->childCount() > 1);
    for (int i = 0; i < groups->childCount(); ++i) {
        click(groups->child(i));
        QCOMPARE(proxy->rowCount(), groups->child(i)->data(1, Qt::UserRole).toInt());
    }
    // "Messages" shows all again.
    click(summaryGroup(tree, QStringLiteral("messages")));
    QCOMPARE(proxy->rowCount(), kSampleCount);
}

void TestBatchPage::caseRoundTrip()
{
    BatchPage page;
    page.setAuthEnabled(false);
    page.openPaths({m_mbox});
    QVERIFY(waitForScan(page));

    Report::Case theCase;
    page.saveToCase(theCase);
    QCOMPARE(theCase.checks.size(), 1);
    const Report::CaseCheck& check = theCase.checks.constFirst();
    QCOMPARE(check.kind, QStringLiteral("batch"));
    QCOMPARE(check.input, m_mbox);
    QCOMPARE(check.result.value(QStringLiteral("sources")).toArray().at(0).toString(), m_mbox);
    QCOMPARE(check.result.value(QStringLiteral("summary")).toObject(), page.model()->summary().toJson());
    QCOMPARE(check.result.value(QStringLiteral("rows")).toArray().size(), kSampleCount);

    // Through the file format into a fresh page.
    auto reopened = Report::Case::fromBytes(theCase.toBytes());
    QVERIFY(reopened.has_value());
    BatchPage restored;
    restored.setAuthEnabled(false);
    restored.restoreFromCase(*reopened);
    QVERIFY(!restored.isScanning());
    QCOMPARE(restored.paths(), QStringList{m_mbox});
    QCOMPARE(restored.model()->rowCount(), kSampleCount);
    for (int i = 0; i < kSampleCount; ++i)
        QCOMPARE(BatchTableModel::rowToJson(restored.model()->row(i)), BatchTableModel::rowToJson(page.model()->row(i)));
    QCOMPARE(restored.model()->summary().toJson(), page.model()->summary().toJson());
    QCOMPARE(summaryCount(restored.summaryTree(), QStringLiteral("cause"), QStringLiteral("unknown-user")), 5);
    // A restored row still opens its message from the source file, byte-exact.
    QSignalSpy spy(&restored, &WorkspacePage::openMessageRequested);
    restored.openRow(2);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), m_messages.at(2));
    // Saving the restored page gives the same check again.
    Report::Case again;
    restored.saveToCase(again);
    QCOMPARE(again.checks.constFirst().result, check.result);

    // A case without a batch check empties the page.
    restored.restoreFromCase(Report::Case{});
    QCOMPARE(restored.model()->rowCount(), 0);
    QCOMPARE(summaryGroup(restored.summaryTree(), QStringLiteral("messages"))->data(1, Qt::UserRole).toInt(), 0);
    Report::Case none;
    restored.saveToCase(none);
    QVERIFY(none.checks.isEmpty());
}

void TestBatchPage::sortAndFilter()
{
    BatchPage page;
    page.setAuthEnabled(false);
    page.openPaths({m_mbox});
    QVERIFY(waitForScan(page));
    BatchFilterProxyModel* proxy = page.proxy();
    QTableView* view = page.view();
    QCOMPARE(proxy->rowCount(), kSampleCount);

    // Sort by index, descending: the last message first (numeric, not "8" < "10" textual).
    view->sortByColumn(BatchTableModel::IndexColumn, Qt::DescendingOrder);
    QCOMPARE(proxy->index(0, BatchTableModel::IndexColumn).data().toInt(), kSampleCount);
    QCOMPARE(proxy->index(kSampleCount - 1, BatchTableModel::IndexColumn).data().toInt(), 1);
    // Sort by receiving domain: ascending order of the shown text.
    view->sortByColumn(BatchTableModel::ReceivingDomainColumn, Qt::AscendingOrder);
    for (int i = 1; i < proxy->rowCount(); ++i) {
        const QString previous = proxy->index(i - 1, BatchTableModel::ReceivingDomainColumn).data().toString().toLower();
        const QString current = proxy->index(i, BatchTableModel::ReceivingDomainColumn).data().toString().toLower();
        QVERIFY2(previous <= current, qPrintable(previous + QStringLiteral(" > ") + current));
    }

    // Text filter (typed into the real line edit).
    QTest::keyClicks(page.filterEdit(), QStringLiteral("ucla"));
    QCOMPARE(proxy->rowCount(), 1);
    QCOMPARE(proxy->index(0, BatchTableModel::ReceivingDomainColumn).data().toString(),
             QStringLiteral("cougar.noc.ucla.edu"));
    page.filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), kSampleCount);

    // Cause filter through the combo box.
    QComboBox* combo = page.verdictFilter();
    const int unknownUser = combo->findData(QStringLiteral("cause:unknown-user"));
    QVERIFY(unknownUser > 0);
    combo->setCurrentIndex(unknownUser);
    QCOMPARE(proxy->rowCount(), 5);
    combo->setCurrentIndex(combo->findData(QStringLiteral("cause:mailbox-full")));
    QCOMPARE(proxy->rowCount(), 1);
    combo->setCurrentIndex(combo->findData(QStringLiteral("cause:reputation")));
    QCOMPARE(proxy->rowCount(), 0);
    // Both filters together.
    combo->setCurrentIndex(combo->findData(QStringLiteral("cause:unknown-user")));
    QTest::keyClicks(page.filterEdit(), QStringLiteral("imusic"));
    QCOMPARE(proxy->rowCount(), 1);
    combo->setCurrentIndex(0);
    page.filterEdit()->clear();
    QCOMPARE(proxy->rowCount(), kSampleCount);
}

void TestBatchPage::openRowIsByteExact_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("first (CRLF postal-mime)") << 0;
    QTest::newRow("no final newline (mimekit bounce.txt)") << 4;
    QTest::newRow("last, had its own From_ line (msg_43)") << kSampleCount - 1;
}

void TestBatchPage::openRowIsByteExact()
{
    QFETCH(int, row);
    BatchPage page;
    page.setAuthEnabled(false);
    page.openPaths({m_mbox});
    QVERIFY(waitForScan(page));
    QSignalSpy spy(&page, &WorkspacePage::openMessageRequested);
    // Activate the row through the view, as Enter or a double click does.
    page.view()->sortByColumn(BatchTableModel::IndexColumn, Qt::AscendingOrder);
    const QModelIndex index = page.proxy()->index(row, BatchTableModel::SubjectColumn);
    page.view()->setCurrentIndex(index);
    emit page.view()->activated(index);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), m_messages.at(row));
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("bounces.mbox #%1").arg(row + 1));
}

void TestBatchPage::folderOfEmlAndMaildir()
{
    const QString data = QStringLiteral(TEST_DATA_DIR);
    // A plain folder: its message files are read, the licence texts are skipped and reported.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QVERIFY(QFile::copy(data + QStringLiteral("/dsn/mimekit/delivery-status.txt"), folder.filePath(QStringLiteral("a.eml"))));
    QVERIFY(QFile::copy(data + QStringLiteral("/report/bounces-python-email/msg_16.txt"),
                        folder.filePath(QStringLiteral("b.eml"))));
    QVERIFY(QFile::copy(data + QStringLiteral("/dsn/mimekit/LICENSE"), folder.filePath(QStringLiteral("LICENSE"))));
    BatchPage page;
    page.setAuthEnabled(false);
    page.openPaths({folder.path()});
    QVERIFY(waitForScan(page));
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->row(0).bounces.value(0).domain, QStringLiteral("imusic.com"));
    QCOMPARE(page.model()->row(1).bounces.value(0).cause, QStringLiteral("mailbox-full"));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("batchNoticeLabel"))->text().contains(QStringLiteral("LICENSE")));

    // A Maildir (cur/ and new/).
    QTemporaryDir maildir;
    QVERIFY(QDir(maildir.path()).mkpath(QStringLiteral("cur")));
    QVERIFY(QDir(maildir.path()).mkpath(QStringLiteral("new")));
    QVERIFY(QDir(maildir.path()).mkpath(QStringLiteral("tmp")));
    QVERIFY(QFile::copy(data + QStringLiteral("/dsn/mailparser/delivery-status.eml"),
                        maildir.filePath(QStringLiteral("cur/1700000000.1.host:2,S"))));
    QVERIFY(QFile::copy(data + QStringLiteral("/report/bounces-python-email/msg_25.txt"),
                        maildir.filePath(QStringLiteral("new/1700000001.2.host"))));
    page.openPaths({maildir.path()});
    QVERIFY(waitForScan(page));
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->row(0).bounces.value(0).domain, QStringLiteral("xxxx.com"));
    QCOMPARE(page.model()->row(1).bounces.value(0).cause, QStringLiteral("other"));
    // A Maildir row opens byte-exact from its own file.
    QSignalSpy spy(&page, &WorkspacePage::openMessageRequested);
    page.openRow(1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toByteArray(), readFile(maildir.filePath(QStringLiteral("new/1700000001.2.host")))
                                                .mid(readFile(maildir.filePath(QStringLiteral("new/1700000001.2.host")))
                                                         .indexOf('\n') + 1));
}

void TestBatchPage::exportCsv()
{
    BatchPage page;
    page.setAuthEnabled(false);
    page.openPaths({m_mbox});
    QVERIFY(waitForScan(page));
    page.verdictFilter()->setCurrentIndex(page.verdictFilter()->findData(QStringLiteral("cause:unknown-user")));
    const QString path = m_dir.filePath(QStringLiteral("batch.csv"));
    QVERIFY(page.exportCsv(path));
    const QList<QByteArray> lines = readFile(path).split('\n');
    // Header + 5 rows + the empty piece after the final CRLF.
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.at(0).startsWith("#,Date,From,Subject,From domain,DKIM d=,SPF,DKIM,DMARC,Bounce cause,"));
    for (int i = 1; i <= 5; ++i)
        QVERIFY2(lines.at(i).contains(Report::bounceCauseLabel(Report::BounceCause::UnknownUser).toUtf8()), lines.at(i).constData());
}

void TestBatchPage::cancelLongLoad()
{
    // 40 000 messages: far more than can be read before the cancel below.
    constexpr int count = 40000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("seeds.mbox"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray all;
        for (int i = 0; i < count; ++i) {
            all += QByteArrayLiteral("From seed@example.org Fri Nov 27 10:00:00 2026\n"
                                     "From: Seeds <seed@example.org>\nTo: box")
                   + QByteArray::number(i)
                   + QByteArrayLiteral("@example.net\nSubject: Seed copy ") + QByteArray::number(i)
                   + QByteArrayLiteral("\nDate: Fri, 27 Nov 2026 10:00:00 +0000\nMessage-ID: <s")
                   + QByteArray::number(i) + QByteArrayLiteral("@example.org>\n\nHello.\n\n");
        }
        file.write(all);
    }
    BatchPage page;
    page.setAuthEnabled(false);
    QElapsedTimer timer;
    timer.start();
    page.openPaths({path});
    QVERIFY(page.isScanning());
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 30000);
    QVERIFY(page.isScanning());
    QPushButton* cancel = page.findChild<QPushButton*>(QStringLiteral("batchCancelButton"));
    QVERIFY(cancel != nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!page.isScanning());
    const int rows = page.model()->rowCount();
    QVERIFY(rows > 0);
    QVERIFY2(rows < count, qPrintable(QString::number(rows)));
    qInfo("%d messages read in %lld ms before the cancel", rows, qint64(timer.elapsed()));
    // Nothing arrives after the cancel, and the summary matches the rows kept.
    QTest::qWait(300);
    QCOMPARE(page.model()->rowCount(), rows);
    QCOMPARE(summaryGroup(page.summaryTree(), QStringLiteral("messages"))->data(1, Qt::UserRole).toInt(), rows);
    QCOMPARE(summaryCount(page.summaryTree(), QStringLiteral("sendingDomain"), QStringLiteral("example.org")), rows);
}

void TestBatchPage::shortcutOpensThroughFileDialog()
{
    BatchPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    // Ctrl+B is the main window's Tools > Batch Triage (tst_mainwindow); the page's own action has
    // no key, so the two never clash.
    QVERIFY(page.openFileAction()->shortcut().isEmpty());
    QVERIFY(page.openFolderAction()->shortcut().isEmpty());
    page.setAuthEnabled(false);
    FileDialog::instance()->setNextFileNames({m_mbox});
    page.openFileAction()->trigger();
    QVERIFY(page.isScanning() || page.model()->rowCount() > 0);
    QVERIFY(waitForScan(page));
    QCOMPARE(page.model()->rowCount(), kSampleCount);
}

void TestBatchPage::authVerdictsBoundedConcurrency()
{
    // Verdicts need DNS; here every lookup goes to a closed port on loopback, so each message ends
    // in DNS errors quickly. What is tested is the plumbing: bounded concurrency, every row filled.
    BatchPage page;
    QVERIFY(page.authEnabled());
    QCOMPARE(page.authRunner()->maxInFlight(), 8);
    Dns::ResolverOptions options;
    options.servers = {QStringLiteral("127.0.0.1:9")};
    options.timeoutMs = 300;
    options.tries = 1;
    page.authRunner()->setResolverOptions(options);
    page.authRunner()->setMaxInFlight(3);
    page.openPaths({m_mbox});
    QVERIFY(waitForScan(page));
    QTRY_VERIFY_WITH_TIMEOUT(!page.authRunner()->isRunning(), 90000);
    QCOMPARE(page.authRunner()->peakInFlight(), 3);
    QCOMPARE(page.authRunner()->doneCount(), kSampleCount);
    static const QStringList tokens{QStringLiteral("none"),      QStringLiteral("pass"),      QStringLiteral("fail"),
                                    QStringLiteral("softfail"),  QStringLiteral("neutral"),   QStringLiteral("temperror"),
                                    QStringLiteral("permerror"), QStringLiteral("policy")};
    for (const BatchRow& row : page.model()->rows()) {
        QVERIFY2(tokens.contains(row.dmarc), qPrintable(row.dmarc));
        QVERIFY2(tokens.contains(row.spf), qPrintable(row.spf));
        QVERIFY2(tokens.contains(row.dkim), qPrintable(row.dkim));
        // Nothing can pass without DNS.
        QVERIFY(row.dmarc != QStringLiteral("pass"));
    }
    QVERIFY(page.model()->hasVerdicts());
    // The summary groups by DMARC verdict now, over every message; the filter offers DMARC verdicts.
    QTRY_COMPARE(summaryGroup(page.summaryTree(), QStringLiteral("verdict"))->data(1, Qt::UserRole).toInt(), kSampleCount);
    QVERIFY(page.verdictFilter()->findData(QStringLiteral("dmarc:fail")) > 0);
}

QTEST_MAIN(TestBatchPage)
#include "tst_batchpage.moc"
