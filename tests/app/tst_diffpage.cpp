// SPDX-License-Identifier: GPL-3.0-or-later
// The Diff tab. The verdict and case rows use the real BIND of the test_servers fixture (zone
// auth.test) through ResolverFactory, with a pair signed here by tests/data/auth/keys/s2048.pem.
#include "AuthFixtures.h"
#include "ChildProcess.h"
#include "SilentDnsServer.h"
#include "TestServers.h"
#include "auth/dkim/DkimCanon.h"
#include "document/MessageDocument.h"
#include "models/CaseInputsModel.h"
#include "models/DiffHeaderModel.h"
#include "util/FileDialog.h"
#include "util/ResolverFactory.h"
#include "windows/DiffPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTableWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

// The message and the forwarder/footer change of tests/core/report/tst_messagediff.cpp
// (forwarderFooterAndSubject), here DKIM-signed by example.org.
const QByteArray kBody = QByteArrayLiteral(
    "From: News <news@example.org>\r\n"
    "To: reader@example.net\r\n"
    "Subject: Weekly digest\r\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"
    "Message-ID: <digest-1@example.org>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/alternative; boundary=\"b1\"\r\n"
    "\r\n"
    "--b1\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello reader,\r\n"
    "here is the digest.\r\n"
    "--b1\r\n"
    "Content-Type: text/html; charset=utf-8\r\n"
    "\r\n"
    "<p>Hello reader,</p><p>here is the digest.</p>\r\n"
    "--b1--\r\n");

const QByteArray kCommonHops = QByteArrayLiteral(
    "Received: from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.net with ESMTPS id A1;"
    " Fri, 27 Nov 2026 10:00:02 +0000\r\n"
    "Received: from app1 (app1 [10.0.0.5]) by mail.example.org with ESMTP id Z9;"
    " Fri, 27 Nov 2026 10:00:01 +0000\r\n");

QByteArray bodyOf(const QByteArray& message)
{
    return message.mid(message.indexOf("\r\n\r\n") + 4);
}

/** A DKIM-Signature over kBody: bh= is the real relaxed body hash (RFC 6376 §3.7); b= is not checked here. */
QByteArray signature()
{
    const Auth::DkimBodyHash hash =
        Auth::dkimHashBody(bodyOf(kBody), Auth::DkimCanon::Relaxed, Auth::DkimHash::Sha256);
    return QByteArrayLiteral("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.org; s=news;\r\n"
                             "\th=from:to:subject:date:message-id; bh=")
           + hash.digest.toBase64() + QByteArrayLiteral(";\r\n\tb=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n");
}

QByteArray before()
{
    return kCommonHops + signature() + kBody;
}

QByteArray forwarded()
{
    QByteArray body = kBody;
    body.replace("Subject: Weekly digest", "Subject: [list] Weekly digest");
    body.replace("here is the digest.\r\n--b1", "here is the digest.\r\n-- \r\nSent through the list\r\n--b1");
    body.replace("<p>here is the digest.</p>", "<p>here is the digest.</p><hr>list footer");
    return QByteArrayLiteral("Received: from mx.example.net by list.example.com with ESMTP id F1;"
                             " Fri, 27 Nov 2026 10:01:00 +0000\r\n")
           + kCommonHops + signature() + body;
}

MessageDocumentPtr document(const QByteArray& raw, const QString& origin)
{
    return MessageDocument::build(Mail::parseMessage(Mail::RawData::fromBytes(raw, origin)), origin);
}

QStringList changedRows(const DiffHeaderModel* model)
{
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        rows << model->index(row, DiffHeaderModel::FieldColumn).data().toString() + QStringLiteral(": ")
                    + model->index(row, DiffHeaderModel::ChangeColumn).data().toString();
    }
    return rows;
}

QString dkimNoteOf(const DiffHeaderModel* model, const QString& field)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DiffHeaderModel::FieldColumn).data().toString() == field)
            return model->index(row, DiffHeaderModel::DkimColumn).data().toString();
    }
    return QStringLiteral("(no row %1)").arg(field);
}

bool waitForDiff(QSignalSpy& spy)
{
    return !spy.isEmpty() || spy.wait(20000);
}

/** The auth.test pair: the inbox copy (192.0.2.25, DKIM-signed) and a copy with a list footer. */
QByteArray signedInbox()
{
    return TestSupport::signedAuthTestInbox("diff-page@auth.test");
}

QByteArray signedWithFooter()
{
    return signedInbox() + QByteArrayLiteral("-- \r\nlist footer: unsubscribe at https://lists.example.test/u\r\n");
}

QStringList verdictRows(const QTableWidget* table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < 4; ++column)
            cells << table->item(row, column)->text();
        rows << cells.join(u'|');
    }
    return rows;
}

QTreeWidgetItem* findPart(QTreeWidget* tree, const QString& path)
{
    const QList<QTreeWidgetItem*> items = tree->findItems(path, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return items.isEmpty() ? nullptr : items.constFirst();
}

} // namespace

class TestDiffPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partContentsSideBySide();
    void partScrollingIsSynchronized();
    void verdictDiff();
    void offlineNotChecked();
    void caseRoundTrip();
    void forwarderFooter();
    void choicesFollowTheCase();
    void relaxedWhitespaceSurvives();
    void compareWithFile();
    void exitWhileChecking();
    void exitWhileCheckingChild();
};

void TestDiffPage::forwarderFooter()
{
    DiffPage page;
    QCOMPARE(page.title(), QStringLiteral("Diff"));
    QSignalSpy ready(&page, &DiffPage::diffReady);
    QSignalSpy findingsChanged(&page, &WorkspacePage::findingsChanged);
    page.compare(document(before(), QStringLiteral("before.eml")), document(forwarded(), QStringLiteral("after.eml")));
    QVERIFY(waitForDiff(ready));

    // Only the changed fields, Received hops aligned oldest-first: the two common hops are the
    // same, the list's hop is the third from the origin.
    const DiffHeaderModel* model = page.headerModel();
    QCOMPARE(changedRows(model),
             (QStringList{QStringLiteral("Received (hop 3): added"), QStringLiteral("Subject: changed")}));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DiffHeaderModel::FieldColumn).data().toString() == QStringLiteral("Subject")) {
            QCOMPARE(model->index(row, DiffHeaderModel::OldColumn).data().toString(), QStringLiteral("Weekly digest"));
            QCOMPARE(model->index(row, DiffHeaderModel::NewColumn).data().toString(),
                     QStringLiteral("[list] Weekly digest"));
            QVERIFY(model->index(row, DiffHeaderModel::OldColumn).data(Qt::BackgroundRole).isValid());
        }
    }
    // DKIM meaning of each changed row: Subject is signed (h=) and changed; Received is not signed.
    QVERIFY2(dkimNoteOf(model, QStringLiteral("Subject")).contains(QStringLiteral("d=example.org: the change breaks it")),
             qPrintable(dkimNoteOf(model, QStringLiteral("Subject"))));
    QCOMPARE(dkimNoteOf(model, QStringLiteral("Received (hop 3)")), QStringLiteral("not signed"));

    // Unchanged fields on demand: the signed From is the same after canonicalization.
    page.findChild<QCheckBox*>(QStringLiteral("diffShowUnchanged"))->setChecked(true);
    QVERIFY(model->rowCount() > 2);
    QVERIFY(dkimNoteOf(model, QStringLiteral("From")).contains(QStringLiteral("same after relaxed canonicalization")));
    QCOMPARE(dkimNoteOf(model, QStringLiteral("Received (hop 1)")), QStringLiteral("not signed"));

    // The DKIM reading: the signature breaks in B, for Subject and the body hash.
    const Report::DkimImpact& impact = page.dkimImpact();
    QCOMPARE(impact.signatures.size(), 1);
    const Report::DkimImpactSignature& sig = impact.signatures.constFirst();
    QCOMPARE(sig.domain, QStringLiteral("example.org"));
    QCOMPARE(sig.selector, QStringLiteral("news"));
    QVERIFY(sig.keptInB);
    QCOMPARE(sig.changedHeaders, QStringList{QStringLiteral("subject[0]")});
    QVERIFY(sig.bodyHashMatchesA);
    QVERIFY(!sig.bodyHashMatchesB);
    QVERIFY(!sig.survives());
    QCOMPARE(page.dkimNotes()->count(), 1);
    const QString note = page.dkimNotes()->item(0)->text();
    QVERIFY2(note.contains(QStringLiteral("breaks in B"))
                 && note.contains(QStringLiteral("signed header(s) changed: Subject;")) && !note.contains(u'[')
                 && note.contains(QStringLiteral("body hash (bh=) no longer matches")),
             qPrintable(note));

    // MIME tree: root unchanged, both alternatives changed, nested under the root.
    const QTreeWidget* tree = page.mimeTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    const QTreeWidgetItem* root = tree->topLevelItem(0);
    QCOMPARE(root->text(0), QStringLiteral("(root)"));
    QCOMPARE(root->text(1), QStringLiteral("same"));
    QCOMPARE(root->childCount(), 2);
    QCOMPARE(root->child(0)->text(0), QStringLiteral("1"));
    QCOMPARE(root->child(0)->text(1), QStringLiteral("changed"));
    QCOMPARE(root->child(0)->text(4), QStringLiteral("34"));
    QCOMPARE(root->child(0)->text(5), QStringLiteral("62"));
    QCOMPARE(root->child(1)->text(1), QStringLiteral("changed"));

    // Body diff of the text part, line-level, coloured.
    const QString text = page.bodyView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("+ Sent through the list")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("  here is the digest.")));
    bool added = false;
    for (QTextBlock block = page.bodyView()->document()->begin(); block.isValid(); block = block.next()) {
        if (block.text() == QStringLiteral("+ Sent through the list"))
            added = block.blockFormat().background().style() != Qt::NoBrush;
    }
    QVERIFY(added);
    QVERIFY(findingsChanged.size() >= 1);
}

void TestDiffPage::choicesFollowTheCase()
{
    CaseInputsModel inputs;
    const MessageDocumentPtr a = document(before(), QStringLiteral("inbox.eml"));
    const MessageDocumentPtr b = document(forwarded(), QStringLiteral("spam.eml"));
    inputs.append({a, b});
    DiffPage page;
    page.setInputsModel(&inputs);
    QCOMPARE(page.leftCombo()->count(), 2);
    QSignalSpy ready(&page, &DiffPage::diffReady);
    page.setDocument(a);
    QVERIFY(waitForDiff(ready));
    QCOMPARE(page.left(), a);
    QCOMPARE(page.right(), b);
    QCOMPARE(page.headerModel()->rowCount(), 2);
    // Picking the other way round in the combos compares B with A.
    ready.clear();
    page.findChild<QAction*>(QStringLiteral("actionDiffSwap"))->trigger();
    QVERIFY(waitForDiff(ready));
    QCOMPARE(page.left(), b);
    QCOMPARE(page.right(), a);
    QVERIFY(!page.dkimImpact().signatures.constFirst().bodyHashMatchesA);
    // A new input shows up in the combos.
    inputs.append({document(kBody, QStringLiteral("third.eml"))});
    QCOMPARE(page.rightCombo()->count(), 3);
}

void TestDiffPage::relaxedWhitespaceSurvives()
{
    // Refolding a signed field and adding trailing blanks on body lines survive relaxed/relaxed
    // (RFC 6376 §3.4.2, §3.4.4), though the bytes differ.
    QByteArray b = before();
    b.replace("To: reader@example.net\r\n", "To:   reader@example.net\r\n");
    b.replace("Hello reader,\r\n", "Hello reader,   \r\n");
    DiffPage page;
    QSignalSpy ready(&page, &DiffPage::diffReady);
    page.compare(document(before(), QStringLiteral("a.eml")), document(b, QStringLiteral("b.eml")));
    QVERIFY(waitForDiff(ready));
    QVERIFY(!page.diff().identical);
    const Report::DkimImpactSignature& sig = page.dkimImpact().signatures.constFirst();
    QVERIFY(sig.changedHeaders.isEmpty());
    QVERIFY(sig.bodyHashMatchesB);
    QVERIFY(sig.survives());
    QVERIFY(page.dkimNotes()->item(0)->text().contains(QStringLiteral("nothing it covers changed")));
}

void TestDiffPage::compareWithFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("after.eml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(forwarded());
    }
    CaseInputsModel inputs;
    const MessageDocumentPtr a = document(before(), QStringLiteral("inbox.eml"));
    inputs.append({a});
    DiffPage page;
    page.setInputsModel(&inputs);
    page.setDocument(a);
    QSignalSpy ready(&page, &DiffPage::diffReady);
    FileDialog::instance()->setNextFileName(path);
    page.compareFileAction()->trigger();
    QVERIFY(waitForDiff(ready));
    QCOMPARE(page.left(), a);
    QCOMPARE(page.right()->origin, path);
    QCOMPARE(changedRows(page.headerModel()),
             (QStringList{QStringLiteral("Received (hop 3): added"), QStringLiteral("Subject: changed")}));
    QCOMPARE(page.rightCombo()->count(), 2);
    QVERIFY(page.rightCombo()->currentText().contains(QStringLiteral("after.eml")));
}

void TestDiffPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto env = TestServers::load();
    if (!env)
        QFAIL(qPrintable(TestServers::unavailableMessage()));
    DnsConfig config;
    config.options.servers = QStringList{env->value(QStringLiteral("DNS_SERVER"))};
    config.options.timeoutMs = 2000;
    ResolverFactory::setConfig(config);
}

void TestDiffPage::partContentsSideBySide()
{
    DiffPage page;
    page.setOffline(true);
    QSignalSpy ready(&page, &DiffPage::diffReady);
    page.compare(document(before(), QStringLiteral("before.eml")), document(forwarded(), QStringLiteral("after.eml")));
    QVERIFY(waitForDiff(ready));
    QSignalSpy shown(&page, &DiffPage::partShown);
    QTreeWidgetItem* plain = findPart(page.mimeTree(), QStringLiteral("1"));
    QVERIFY(plain != nullptr);
    page.mimeTree()->setCurrentItem(plain);
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    // A and B decoded, aligned row for row: the footer lines face empty filler rows in A.
    QCOMPARE(page.partLeftView()->toPlainText(),
             QStringLiteral("Hello reader,\nhere is the digest.\n\n"));
    QCOMPARE(page.partRightView()->toPlainText(),
             QStringLiteral("Hello reader,\nhere is the digest.\n-- \nSent through the list"));
    QCOMPARE(page.partLeftView()->blockCount(), page.partRightView()->blockCount());
    QStringList kinds;
    for (const Report::SideBySideRow& row : page.partRows())
        kinds << Report::diffKindToken(row.kind);
    QCOMPARE(kinds, (QStringList{QStringLiteral("same"), QStringLiteral("same"), QStringLiteral("added"),
                                 QStringLiteral("added")}));
    // The two added rows are highlighted in both panes (filler in A, the new lines in B).
    QCOMPARE(page.partLeftView()->extraSelections().size(), 2);
    QCOMPARE(page.partRightView()->extraSelections().size(), 2);
    QCOMPARE(page.partRightView()->extraSelections().constFirst().cursor.block().text(), QStringLiteral("-- "));
    QVERIFY(page.partLeftView()->isReadOnly() && page.partRightView()->isReadOnly());
    QVERIFY2(page.partLabel()->text().contains(QStringLiteral("2 line(s) differ")), qPrintable(page.partLabel()->text()));

    // A multipart container is no text: the view says so.
    shown.clear();
    page.mimeTree()->setCurrentItem(findPart(page.mimeTree(), QStringLiteral("(root)")));
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    QVERIFY(page.partRows().isEmpty());
    QVERIFY(page.partLabel()->text().contains(QStringLiteral("not a text part")));
}

void TestDiffPage::partScrollingIsSynchronized()
{
    QByteArray text;
    for (int i = 0; i < 400; ++i)
        text += "line " + QByteArray::number(i) + "\r\n";
    const QByteArray head = "From: a@example.org\r\nSubject: long\r\nContent-Type: text/plain\r\n\r\n";
    QByteArray changed = text;
    changed.replace("line 200\r\n", "line two hundred\r\n");
    DiffPage page;
    page.resize(900, 700);
    page.show();
    page.setOffline(true);
    QSignalSpy ready(&page, &DiffPage::diffReady);
    page.compare(document(head + text, QStringLiteral("a.eml")), document(head + changed, QStringLiteral("b.eml")));
    QVERIFY(waitForDiff(ready));
    QSignalSpy shown(&page, &DiffPage::partShown);
    page.showPart(QStringLiteral("1"));
    QVERIFY(!shown.isEmpty() || shown.wait(10000));
    QCOMPARE(page.partRows().size(), 401);
    QCOMPARE(page.partRows().at(200).kind, Report::DiffKind::Changed);
    QCOMPARE(page.partRows().at(200).right, QStringLiteral("line two hundred"));
    QScrollBar* left = page.partLeftView()->verticalScrollBar();
    QScrollBar* right = page.partRightView()->verticalScrollBar();
    QVERIFY(left->maximum() > 100);
    left->setValue(150);
    QCOMPARE(right->value(), 150);
    right->setValue(30);
    QCOMPARE(left->value(), 30);
}

void TestDiffPage::verdictDiff()
{
    DiffPage page;
    QSignalSpy verdicts(&page, &DiffPage::verdictsReady);
    QSignalSpy ready(&page, &DiffPage::diffReady);
    page.compare(document(signedInbox(), QStringLiteral("inbox.eml")),
                 document(signedWithFooter(), QStringLiteral("list.eml")));
    // The header/MIME diff comes first; the verdicts follow asynchronously (DNS).
    QVERIFY(waitForDiff(ready));
    QVERIFY(!verdicts.isEmpty() || verdicts.wait(20000));
    QVERIFY(page.authDiff().checked);
    QCOMPARE(verdictRows(page.verdictTable()),
             (QStringList{QStringLiteral("DKIM d=auth.test s=s2048|pass|fail|flipped"), QStringLiteral("SPF|pass|pass|same"),
                          QStringLiteral("DMARC|pass|pass|same")}));
    const QString why = page.verdictTable()->item(0, 4)->text();
    QVERIFY2(why.startsWith(QStringLiteral("body hash mismatch in B:")) && why.contains(QStringLiteral("footer")),
             qPrintable(why));
    QVERIFY(page.verdictStateLabel()->text().contains(QStringLiteral("1 authentication verdict(s) differ")));
    // The flip is a warning in the findings dock.
    bool flipped = false;
    for (const Finding& finding : page.findings())
        flipped = flipped || (finding.code == "DIFF.VERDICT_FLIPPED" && finding.severity == Severity::Warning);
    QVERIFY(flipped);

    // Check again, cancel with the action: nothing is delivered, the state says so.
    verdicts.clear();
    page.checkVerdictsAction()->trigger();
    QVERIFY(page.isCheckingVerdicts());
    QVERIFY(page.cancelVerdictsAction()->isEnabled());
    page.cancelVerdictsAction()->trigger();
    QVERIFY(!page.isCheckingVerdicts());
    QVERIFY(page.verdictStateLabel()->text().contains(QStringLiteral("cancelled")));
    QTest::qWait(300);
    QVERIFY(verdicts.isEmpty());
}

void TestDiffPage::offlineNotChecked()
{
    DiffPage page;
    page.offlineCheck()->setChecked(true);
    QSignalSpy verdicts(&page, &DiffPage::verdictsReady);
    page.compare(document(signedInbox(), QStringLiteral("inbox.eml")),
                 document(signedWithFooter(), QStringLiteral("list.eml")));
    QVERIFY(!verdicts.isEmpty() || verdicts.wait(20000));
    QVERIFY(!page.authDiff().checked);
    QCOMPARE(verdictRows(page.verdictTable()),
             (QStringList{QStringLiteral("DKIM d=auth.test s=s2048|not checked|not checked|not checked"),
                          QStringLiteral("SPF|not checked|not checked|not checked"),
                          QStringLiteral("DMARC|not checked|not checked|not checked")}));
    QVERIFY(page.verdictStateLabel()->text().startsWith(QStringLiteral("Verdicts not checked")));
    // Offline still shows the DKIM impact (no DNS needed): the footer breaks the body hash.
    QVERIFY(page.dkimNotes()->item(0)->text().contains(QStringLiteral("body hash (bh=) no longer matches")));
}

void TestDiffPage::caseRoundTrip()
{
    const MessageDocumentPtr a = document(signedInbox(), QStringLiteral("inbox.eml"));
    const MessageDocumentPtr b = document(signedWithFooter(), QStringLiteral("list.eml"));
    CaseInputsModel inputs;
    inputs.append({a, b});
    Report::Case theCase;
    QStringList before;
    {
        DiffPage page;
        page.setInputsModel(&inputs);
        QSignalSpy verdicts(&page, &DiffPage::verdictsReady);
        page.compare(a, b);
        QVERIFY(!verdicts.isEmpty() || verdicts.wait(20000));
        before = verdictRows(page.verdictTable());
        // As MainWindow::buildCase(): the inputs first, then every page.
        theCase.addMessage(QStringLiteral("inbox.eml"), a->message.bytes().toByteArray());
        theCase.addMessage(QStringLiteral("list.eml"), b->message.bytes().toByteArray());
        page.saveToCase(theCase);
    }
    QCOMPARE(theCase.messages.size(), 2);
    QCOMPARE(theCase.checks.size(), 1);
    const Report::CaseCheck& check = theCase.checks.constFirst();
    QCOMPARE(check.kind, QStringLiteral("diff"));
    QCOMPARE(check.input, QStringLiteral("inbox.eml ↔ list.eml"));
    QCOMPARE(check.result.value(QStringLiteral("a")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("inbox.eml"));
    QVERIFY(!check.findings.isEmpty());

    // Through the file format and back.
    const auto reopened = Report::Case::fromBytes(theCase.toBytes());
    QVERIFY(reopened);
    // The restored page shows the stored verdicts without a DNS run.
    ResolverFactory::setConfig(DnsConfig{}); // would not reach the test BIND: a run would show other verdicts
    DiffPage page;
    page.setInputsModel(&inputs);
    QSignalSpy ready(&page, &DiffPage::diffReady);
    QSignalSpy verdicts(&page, &DiffPage::verdictsReady);
    page.restoreFromCase(*reopened);
    QVERIFY(waitForDiff(ready));
    QVERIFY(!verdicts.isEmpty() || verdicts.wait(5000));
    QCOMPARE(page.left(), a);
    QCOMPARE(page.right(), b);
    QVERIFY(!page.isCheckingVerdicts());
    QCOMPARE(verdictRows(page.verdictTable()), before);
    QCOMPARE(page.findings().size(), check.findings.size());
    // Saving again gives the same record.
    Report::Case again;
    again.addMessage(QStringLiteral("inbox.eml"), a->message.bytes().toByteArray());
    again.addMessage(QStringLiteral("list.eml"), b->message.bytes().toByteArray());
    page.saveToCase(again);
    QCOMPARE(again.checks.constFirst().result.value(QStringLiteral("auth")),
             check.result.value(QStringLiteral("auth")));
    initTestCase();
}

void TestDiffPage::exitWhileChecking()
{
    // The CI failure this guards against: every function passed, then the process hung until
    // ctest's timeout. A check cancelled by its page's destructor polled for the cancel from a
    // timer of its worker's event loop, and no event is delivered once ~QApplication begins.
    const QString failure = ChildProcess::failureOf(QStringLiteral("exitWhileCheckingChild"), 30000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestDiffPage::exitWhileCheckingChild()
{
    if (!ChildProcess::isChild())
        QSKIP("runs as the child process of exitWhileChecking");
    QUdpSocket* silent = SilentDnsServer::startUntilExit();
    QVERIFY(silent);
    auto* page = new DiffPage;
    ChildProcess::deleteAtExit(page); // its destructor cancels the check as the application goes
    QSignalSpy ready(page, &DiffPage::diffReady);
    page->compare(document(signedInbox(), QStringLiteral("inbox.eml")),
                  document(signedWithFooter(), QStringLiteral("list.eml")));
    QVERIFY(waitForDiff(ready));
    QVERIFY(page->isCheckingVerdicts());
    QTRY_VERIFY_WITH_TIMEOUT(silent->hasPendingDatagrams(), 10000); // the worker asked and now waits
    QVERIFY(page->isCheckingVerdicts());
}

QTEST_MAIN(TestDiffPage)
#include "tst_diffpage.moc"
