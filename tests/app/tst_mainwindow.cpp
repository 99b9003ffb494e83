// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CaseInputsModel.h"
#include "models/FindingsModel.h"
#include "models/HeaderTableModel.h"
#include "models/MimeTreeModel.h"
#include "models/Roles.h"
#include "settings/AppSettings.h"
#include "util/FileDialog.h"
#include "util/Translator.h"
#include "widgets/FindingsPanel.h"
#include "widgets/HexView.h"
#include "widgets/PartViewer.h"
#include "widgets/RawSourceView.h"
#include "widgets/SafeHtmlBrowser.h"
#include "models/BatchTableModel.h"
#include "windows/BatchPage.h"
#include "models/DiffHeaderModel.h"
#include "windows/DiffPage.h"
#include "windows/MainWindow.h"
#include "windows/MessagePage.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>
#include <QtTest>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

// Duplicated Subject and no Date: structure lint must report both, with the byte range of
// the evidence (the second Subject field) so the raw view can highlight it.
const char inspectMessage[] =
    "From: Alice <alice@example.com>\r\n"
    "To: bob@example.org\r\n"
    "Subject: First subject\r\n"
    "Subject: Second subject\r\n"
    "Message-ID: <inspect.1@example.com>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
    "\r\n"
    "--outer\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Hello Bob\r\n"
    "--outer\r\n"
    "Content-Type: application/octet-stream; name=\"data.bin\"\r\n"
    "Content-Disposition: attachment; filename=\"data.bin\"\r\n"
    "Content-Transfer-Encoding: base64\r\n"
    "\r\n"
    "AAECAwQFBgc=\r\n"
    "--outer--\r\n";

QByteArray pngBytes()
{
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray htmlMessage()
{
    QByteArray png = pngBytes().toBase64();
    return QByteArrayLiteral(
               "From: news@example.com\r\n"
               "To: reader@example.org\r\n"
               "Subject: Remote content\r\n"
               "Date: Tue, 02 Jan 2024 15:04:05 +0000\r\n"
               "Message-ID: <html.1@example.com>\r\n"
               "MIME-Version: 1.0\r\n"
               "Content-Type: multipart/related; boundary=\"rel\"\r\n"
               "\r\n"
               "--rel\r\n"
               "Content-Type: text/html; charset=utf-8\r\n"
               "\r\n"
               "<html><body><p>Hi</p>\r\n"
               "<img src=\"http://tracker.example/open.gif?u=1\" width=\"1\" height=\"1\">\r\n"
               "<img src=\"https://cdn.example/banner.png\">\r\n"
               "<img src=\"file:///etc/hostname\">\r\n"
               "<img src=\"cid:logo@example.com\">\r\n"
               "</body></html>\r\n"
               "--rel\r\n"
               "Content-Type: image/png\r\n"
               "Content-ID: <logo@example.com>\r\n"
               "Content-Transfer-Encoding: base64\r\n"
               "\r\n")
        + png + QByteArrayLiteral("\r\n--rel--\r\n");
}

/** @short A ~50 MB message: a text part and a big base64 attachment. */
QByteArray bigMessage()
{
    QByteArray message = QByteArrayLiteral(
        "From: big@example.com\r\n"
        "To: reader@example.org\r\n"
        "Subject: Big\r\n"
        "Date: Tue, 02 Jan 2024 15:04:05 +0000\r\n"
        "Message-ID: <big.1@example.com>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=\"big\"\r\n"
        "\r\n"
        "--big\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n"
        "\r\n"
        "See attachment.\r\n"
        "--big\r\n"
        "Content-Type: application/octet-stream; name=\"big.bin\"\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        "\r\n");
    const QByteArray line = QByteArray(76, 'A') + QByteArrayLiteral("\r\n");
    const qint64 lines = 50LL * 1000 * 1000 / line.size();
    message.reserve(message.size() + lines * line.size() + 64);
    for (qint64 i = 0; i < lines; ++i)
        message += line;
    message += QByteArrayLiteral("--big--\r\n");
    return message;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openFromCommandLinePath();
    void pasteFromClipboard();
    void htmlRemoteContentBlocked();
    void bigMessageKeepsEventLoopTurning();
    void cancelBigMessage();
    void recentFilesAndShortcuts();
    void sampleCaseOnFirstStart();
    void germanTranslation();
    void englishPlurals();
    void toolsMenuAndNoShortcutClash();
    void batchTriageShortcut();
    void compareMessagesShortcut();
    void workspaceTabShortcuts();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    MainWindow* m_window = nullptr;
    QTemporaryDir m_dir;
    QString m_bigPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("Deliverbench-tests"));
    QApplication::setOrganizationName(QStringLiteral("Deliverbench"));
    QVERIFY(m_dir.isValid());
    // Start from empty settings in the test-mode location.
    QSettings().clear();
}

void TestMainWindow::init()
{
    AppSettings::instance()->setValue(AppSettings::SampleCaseShown, true);
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

QString TestMainWindow::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestMainWindow::openFromCommandLinePath()
{
    const QString path = writeFile(QStringLiteral("inspect.eml"), inspectMessage);
    QVERIFY(!path.isEmpty());
    m_window->openPaths({path}); // what main() does with command-line arguments
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 1);
    MessagePage* page = m_window->messagePage();
    QTRY_COMPARE(page->mimeTreeModel()->rowCount(), 1);
    QCOMPARE(m_window->currentDocument()->title, QStringLiteral("First subject"));

    // The tree: multipart/mixed with a text part and an attachment.
    QTreeView* tree = m_window->findChild<QTreeView*>(QStringLiteral("mimeTreeView"));
    QVERIFY(tree);
    const QModelIndex root = page->mimeTreeModel()->index(0, 0);
    QCOMPARE(page->mimeTreeModel()->rowCount(root), 2);

    // Select the attachment: the part viewer shows its decoded bytes as hex.
    m_window->findChild<QAction*>(QStringLiteral("actionShowStructure"))->trigger();
    const QModelIndex attachment = page->mimeTreeModel()->indexForPath(QStringLiteral("2"));
    QVERIFY(attachment.isValid());
    tree->scrollTo(attachment);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(attachment).center());
    QCOMPARE(page->partViewer()->part(), page->mimeTreeModel()->part(attachment));
    QCOMPARE(page->partViewer()->currentPage(), PartViewer::Page::Hex);
    QCOMPARE(page->partViewer()->hexView()->data(), QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07", 8));
    QVERIFY(page->partViewer()->hexView()->rowText(0).startsWith(QStringLiteral("00000000  00 01 02 03")));

    // Save part as… through the injectable file dialog.
    const QString savedPath = m_dir.filePath(QStringLiteral("saved.bin"));
    FileDialog::instance()->setNextFileName(savedPath);
    m_window->findChild<QAction*>(QStringLiteral("actionSavePart"))->trigger();
    QFile saved(savedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray("\x00\x01\x02\x03\x04\x05\x06\x07", 8));

    // Select the text part: decoded text.
    const QModelIndex text = page->mimeTreeModel()->indexForPath(QStringLiteral("1"));
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(text).center());
    QCOMPARE(page->partViewer()->currentPage(), PartViewer::Page::Text);
    QCOMPARE(m_window->findChild<QPlainTextEdit*>(QStringLiteral("partTextView"))->toPlainText(),
             QStringLiteral("Hello Bob"));

    // Findings: click one that has evidence; the raw view selects exactly those bytes.
    FindingsPanel* findings = m_window->findingsPanel();
    QTreeView* findingsView = findings->view();
    QVERIFY(findingsView->model()->rowCount() >= 2); // duplicate Subject, missing Date at least
    QModelIndex withEvidence;
    for (int row = 0; row < findingsView->model()->rowCount(); ++row) {
        const QModelIndex index = findingsView->model()->index(row, FindingsModel::TitleColumn);
        if (index.data(OffsetRole).toLongLong() >= 0 && index.data(LengthRole).toLongLong() > 0) {
            withEvidence = index;
            break;
        }
    }
    QVERIFY2(withEvidence.isValid(), "no finding carries a byte range");
    const qint64 offset = withEvidence.data(OffsetRole).toLongLong();
    const qint64 length = withEvidence.data(LengthRole).toLongLong();
    findingsView->scrollTo(withEvidence);
    QTest::mouseClick(findingsView->viewport(), Qt::LeftButton, {}, findingsView->visualRect(withEvidence).center());

    RawSourceView* raw = page->rawView();
    QCOMPARE(page->tabs()->currentIndex(), int(MessagePage::RawPage));
    QCOMPARE(raw->highlightedOffset(), offset);
    QCOMPARE(raw->highlightedLength(), length);
    const QTextCursor cursor = raw->textCursor();
    QCOMPARE(cursor.selectionStart(), raw->textPosition(offset));
    QCOMPARE(raw->byteOffset(cursor.selectionStart()), offset);
    // The selected text is the evidence (line breaks: CRLF in bytes, paragraph separator in the view).
    QString expected = QString::fromUtf8(QByteArrayView(inspectMessage).sliced(offset, length));
    expected.remove(QLatin1Char('\r'));
    expected.replace(QLatin1Char('\n'), QChar::ParagraphSeparator);
    QString selected = cursor.selectedText();
    QCOMPARE(selected, expected.left(selected.size()));
    QVERIFY(selected.size() >= expected.size() - 1); // a trailing CR has no character

    // A finding about a part selects that part in the MIME tree, whose Part column shows its number.
    Finding aboutAttachment;
    aboutAttachment.partPath = QStringLiteral("2");
    page->showEvidence(aboutAttachment);
    QCOMPARE(tree->currentIndex().siblingAtColumn(0), page->mimeTreeModel()->indexForPath(QStringLiteral("2")));
    QCOMPARE(tree->currentIndex().siblingAtColumn(MimeTreeModel::PartColumn).data().toString(), QStringLiteral("2"));
}

void TestMainWindow::pasteFromClipboard()
{
    // A header block alone is valid input.
    QApplication::clipboard()->setText(QStringLiteral("From: a@example.com\nTo: b@example.org\nSubject: pasted headers\n"));
    m_window->findChild<QAction*>(QStringLiteral("actionPasteMessage"))->trigger();
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 1);
    QTRY_VERIFY(m_window->currentDocument());
    QVERIFY(m_window->currentDocument()->message.headersOnly);
    QCOMPARE(m_window->currentDocument()->title, QStringLiteral("pasted headers"));
    QCOMPARE(m_window->messagePage()->headerModel()->rowCount(), 3);
    QCOMPARE(m_window->messagePage()->headerModel()->index(2, HeaderTableModel::ValueColumn).data().toString(),
             QStringLiteral("pasted headers"));

    // Text that is not a message is refused without adding an input.
    QApplication::clipboard()->setText(QStringLiteral("\x01\x02 just some words, no header here"));
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    m_window->pasteMessage();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_window->caseModel()->rowCount(), 1);
}

void TestMainWindow::htmlRemoteContentBlocked()
{
    m_window->openBytes(htmlMessage(), QStringLiteral("html.eml"));
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 1);
    QTRY_VERIFY(m_window->currentDocument());
    MessagePage* page = m_window->messagePage();
    m_window->findChild<QAction*>(QStringLiteral("actionShowStructure"))->trigger();
    // The HTML part is selected when a message opens.
    QCOMPARE(page->partViewer()->currentPage(), PartViewer::Page::Html);
    SafeHtmlBrowser* browser = page->partViewer()->htmlView();
    QCOMPARE(browser->blockedCount(), 3); // http, https and file: all refused
    QStringList blocked;
    for (const QUrl& url : browser->blockedUrls())
        blocked << url.scheme();
    blocked.sort();
    QCOMPARE(blocked, (QStringList{QStringLiteral("file"), QStringLiteral("http"), QStringLiteral("https")}));
    QCOMPARE(browser->resolvedCount(), 1); // the cid: image from the message
    const QImage image = browser->document()->resource(QTextDocument::ImageResource,
                                                       QUrl(QStringLiteral("cid:logo@example.com"))).value<QImage>();
    QCOMPARE(image.size(), QSize(8, 6));
    QLabel* bar = m_window->findChild<QLabel*>(QStringLiteral("remoteContentBar"));
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("3")), qPrintable(bar->text()));
    // Direct calls: nothing remote or local ever loads.
    QVERIFY(browser->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://x.example/a.png")))
                .value<QImage>().size() == QSize(1, 1));
    QCOMPARE(browser->loadResource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("file:///etc/hostname"))),
             QVariant(QByteArray(" ")));
}

void TestMainWindow::bigMessageKeepsEventLoopTurning()
{
    if (m_bigPath.isEmpty())
        m_bigPath = writeFile(QStringLiteral("big.eml"), bigMessage());
    QVERIFY(!m_bigPath.isEmpty());
    QVERIFY(QFileInfo(m_bigPath).size() >= 50LL * 1000 * 1000);

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    int ticks = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
        ++ticks;
    });
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    clock.start();
    timer.start();
    m_window->openPaths({m_bigPath});
    QVERIFY(m_window->isLoading());
    QVERIFY(m_window->findChild<QPushButton*>(QStringLiteral("cancelLoadButton"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 240000);
    RawSourceView* raw = m_window->messagePage()->rawView();
    QTRY_VERIFY_WITH_TIMEOUT(!raw->isFilling(), 60000); // the raw view fills in slices
    timer.stop();
    const qint64 total = clock.elapsed();
    qInfo("50 MB message: opened in %lld ms, %d timer ticks, longest UI stall %lld ms", total, ticks, maxGap);
    QCOMPARE(m_window->caseModel()->rowCount(), 1);
    QVERIFY(ticks >= 3);
    // The UI thread never blocked for long: parsing, decoding and lint ran on the pool.
    QVERIFY2(maxGap < 1000, qPrintable(QStringLiteral("UI stalled for %1 ms").arg(maxGap)));
    QVERIFY(!m_window->findChild<QPushButton*>(QStringLiteral("cancelLoadButton"))->isVisible());
    // The raw view shows a bounded prefix and says so.
    QVERIFY(raw->isTruncated());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("rawNoticeLabel"))->isVisible());
    // Evidence near the end of the shown range can be highlighted.
    const qint64 nearEnd = m_window->currentDocument()->message.offset + RawSourceView::MaxDisplayBytes - 200;
    QVERIFY(raw->highlightRange(nearEnd, 10));
    QCOMPARE(raw->byteOffset(raw->textCursor().selectionStart()), nearEnd);
    QCOMPARE(raw->shownBytes(), RawSourceView::MaxDisplayBytes);
    QCOMPARE(m_window->messagePage()->mimeTreeModel()->rowCount(m_window->messagePage()->mimeTreeModel()->index(0, 0)), 2);
}

void TestMainWindow::cancelBigMessage()
{
    if (m_bigPath.isEmpty())
        m_bigPath = writeFile(QStringLiteral("big.eml"), bigMessage());
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    m_window->openPaths({m_bigPath, m_bigPath});
    QVERIFY(m_window->isLoading());
    auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelLoadButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_window->isLoading());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!cancel->isVisible());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QLatin1String("cancelled")));
    // Let the worker finish whatever it was doing; nothing may arrive afterwards.
    QThreadPool::globalInstance()->waitForDone(240000);
    QTest::qWait(200);
    QCOMPARE(m_window->caseModel()->rowCount(), 0);
    QCOMPARE(finished.size(), 1);

    // The window still opens things after a cancel.
    m_window->openBytes(inspectMessage, QStringLiteral("after-cancel.eml"));
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 1);
}

void TestMainWindow::recentFilesAndShortcuts()
{
    AppSettings::instance()->clearRecentFiles();
    const QString path = writeFile(QStringLiteral("recent.eml"), inspectMessage);
    m_window->openPaths({path});
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 1);
    QCOMPARE(AppSettings::instance()->recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});
    QMenu* recent = m_window->findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(recent);
    QAction* first = m_window->findChild<QAction*>(QStringLiteral("actionRecent1"));
    QVERIFY(first);
    first->trigger();
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 2);

    // Every menu action has a shortcut (recent entries and the "none" placeholder aside).
    const QList<QMenu*> menus = m_window->menuBar()->findChildren<QMenu*>();
    QVERIFY(menus.size() >= 3);
    for (QMenu* menu : menus) {
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || action->menu() || !action->isEnabled())
                continue;
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
        }
    }
}

void TestMainWindow::sampleCaseOnFirstStart()
{
    const QStringList samples = QDir(QStringLiteral(":/samples")).entryList(QDir::Files);
    if (samples.size() < 4)
        QSKIP("resources/samples has not been filled yet; re-run cmake once it has");
    AppSettings::instance()->clearRecentFiles();
    AppSettings::instance()->setValue(AppSettings::SampleCaseShown, false);
    m_window->openSampleCaseOnFirstStart();
    QTRY_COMPARE(m_window->caseModel()->rowCount(), int(samples.size()));
    QTRY_VERIFY(m_window->currentDocument());
    QCOMPARE(m_window->currentDocument()->sourceLabel, QStringLiteral("newsletter.eml"));
    QStringList labels;
    for (const MessageDocumentPtr& document : m_window->caseModel()->documents())
        labels << document->sourceLabel;
    QCOMPARE(labels.mid(0, 4), (QStringList{QStringLiteral("newsletter.eml"), QStringLiteral("transactional.eml"), QStringLiteral("bounce.eml"), QStringLiteral("broken.eml")}));
    // Only once.
    QVERIFY(AppSettings::instance()->value(AppSettings::SampleCaseShown).toBool());
}

void TestMainWindow::germanTranslation()
{
    const QString english = m_window->findChild<QMenu*>(QStringLiteral("menuFile"))->title();
    QCOMPARE(english, QStringLiteral("&File"));
    AppSettings::instance()->setLanguage(QStringLiteral("de"));
    QCOMPARE(Translator::install(AppSettings::instance()->language()), QStringLiteral("de"));
    MainWindow german;
    QCOMPARE(german.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(german.findChild<QAction*>(QStringLiteral("actionOpen"))->text(), QStringLiteral("&Öffnen …"));
    Translator::uninstall();
    AppSettings::instance()->setLanguage(QString());
    MainWindow again;
    QCOMPARE(again.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
}

void TestMainWindow::englishPlurals()
{
    // English is the source language: its catalogue holds only the plural forms.
    AppSettings::instance()->setLanguage(QStringLiteral("en"));
    QCOMPARE(Translator::install(AppSettings::instance()->language()), QStringLiteral("en"));
    const char* context = "Deliverbench::Gui::MainWindow";
    QCOMPARE(QCoreApplication::translate(context, "Opened %n message(s).", nullptr, 1), QStringLiteral("Opened 1 message."));
    QCOMPARE(QCoreApplication::translate(context, "Opened %n message(s).", nullptr, 4), QStringLiteral("Opened 4 messages."));
    // Every string without plural forms falls back to the source text.
    QCOMPARE(QCoreApplication::translate(context, "&File"), QStringLiteral("&File"));
    MainWindow english;
    QCOMPARE(english.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&File"));
    QCOMPARE(english.findChild<QAction*>(QStringLiteral("actionOpen"))->text(), m_window->findChild<QAction*>(QStringLiteral("actionOpen"))->text());

    // The status line after opening one message, then four.
    const QLabel* status = english.findChild<QLabel*>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QStringList paths;
    for (int i = 0; i < 4; ++i)
        paths << writeFile(QStringLiteral("plural%1.eml").arg(i), inspectMessage);
    english.openPaths(paths.mid(0, 1));
    QTRY_COMPARE(english.caseModel()->rowCount(), 1);
    QTRY_COMPARE(status->text(), QStringLiteral("Opened 1 message."));
    english.openPaths(paths);
    QTRY_COMPARE(english.caseModel()->rowCount(), 5);
    QTRY_COMPARE(status->text(), QStringLiteral("Opened 4 messages."));

    // A language without a catalogue falls back to English, with its plural forms.
    QCOMPARE(Translator::install(QStringLiteral("ja")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate(context, "Opened %n message(s).", nullptr, 1), QStringLiteral("Opened 1 message."));
    Translator::uninstall();
    AppSettings::instance()->setLanguage(QString());
}

void TestMainWindow::toolsMenuAndNoShortcutClash()
{
    QMenu* tools = m_window->findChild<QMenu*>(QStringLiteral("menuTools"));
    QVERIFY(tools);
    const auto action = [this](const char* name) { return m_window->findChild<QAction*>(QLatin1String(name)); };
    QVERIFY(action("actionBatchTriage") && tools->actions().contains(action("actionBatchTriage")));
    QVERIFY(tools->actions().contains(action("actionBatchTriageFolder")));
    QVERIFY(tools->actions().contains(action("actionCompareMessages")));
    QCOMPARE(action("actionBatchTriage")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(action("actionBatchTriageFolder")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QCOMPARE(action("actionCompareMessages")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    const int tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"))->count();
    QVERIFY(tabs >= 8);
    for (int i = 1; i <= std::min(tabs, 9); ++i)
        QCOMPARE(action(qPrintable(QStringLiteral("actionShowTab%1").arg(i)))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i)));

    // No key is bound twice among the window-wide actions (two actions on one key fire neither),
    // and the new keys are bound nowhere else in the window (page actions and QShortcuts too).
    QHash<QKeySequence, QString> windowKeys;
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        if (a->associatedObjects().isEmpty())
            continue;
        for (const QKeySequence& key : a->shortcuts()) {
            if (key.isEmpty())
                continue;
            QVERIFY2(!windowKeys.contains(key) || windowKeys.value(key) == a->objectName(),
                     qPrintable(key.toString() + QStringLiteral(": ") + windowKeys.value(key) + QStringLiteral(" and ")
                                + a->objectName()));
            windowKeys.insert(key, a->objectName());
        }
    }
    QList<QKeySequence> mine{QKeySequence(Qt::CTRL | Qt::Key_B), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                             QKeySequence(Qt::CTRL | Qt::Key_D)};
    for (int i = 1; i <= 9; ++i)
        mine << QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + i));
    for (QAction* a : actions) {
        for (const QKeySequence& key : mine) {
            if (a->shortcuts().contains(key))
                QVERIFY2(a->objectName() == windowKeys.value(key), qPrintable(a->objectName() + key.toString()));
        }
    }
    for (QShortcut* shortcut : m_window->findChildren<QShortcut*>())
        QVERIFY2(!mine.contains(shortcut->key()), qPrintable(shortcut->key().toString()));
}

void TestMainWindow::batchTriageShortcut()
{
    // An mbox of two DSNs (tests/data/dsn, see its SOURCE.txt): one unknown user, one unknown user.
    QByteArray mbox;
    for (const char* file : {"/dsn/mimekit/delivery-status.txt", "/dsn/mailparser/delivery-status.eml"}) {
        QFile in(QStringLiteral(TEST_DATA_DIR) + QLatin1String(file));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        bytes.replace("\nFrom ", "\n>From ");
        if (!mbox.isEmpty())
            mbox += "\n";
        mbox += "From MAILER-DAEMON Fri Nov 27 10:00:00 2026\n" + bytes;
        if (!mbox.endsWith('\n'))
            mbox += '\n';
    }
    const QString path = writeFile(QStringLiteral("bounces.mbox"), mbox);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    BatchPage* batch = m_window->batchPage();
    batch->setAuthEnabled(false);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    QVERIFY(tabs->currentWidget() != batch);
    FileDialog::instance()->setNextFileNames({path});
    QSignalSpy finished(batch, &BatchPage::scanFinished);
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), batch);
    QVERIFY(finished.size() > 0 || finished.wait(30000));
    QCOMPARE(batch->model()->rowCount(), 2);
    QCOMPARE(batch->paths(), QStringList{path});
    QCOMPARE(batch->model()->summary().bounces().byCause.value(QStringLiteral("unknown-user")), 2);
    // Cancelled picker: nothing happens.
    FileDialog::instance()->setNextFileNames({});
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(!batch->isScanning());
    QCOMPARE(batch->model()->rowCount(), 2);
}

void TestMainWindow::compareMessagesShortcut()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    DiffPage* diff = m_window->diffPage();
    // With fewer than two messages it only switches to the tab.
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), diff);
    tabs->setCurrentIndex(0);

    QByteArray second = inspectMessage;
    second.replace("First subject", "Changed subject");
    second.replace("Subject: Second subject\r\n", ""); // a.eml keeps its duplicate Subject
    const QString a = writeFile(QStringLiteral("a.eml"), inspectMessage);
    const QString b = writeFile(QStringLiteral("b.eml"), second);
    m_window->openPaths({a, b});
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 2);
    m_window->selectInput(1);
    QTRY_VERIFY(m_window->currentDocument() == m_window->caseModel()->document(1));
    QSignalSpy ready(diff, &DiffPage::diffReady);
    QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), diff);
    QVERIFY(ready.size() > 0 || ready.wait(10000));
    // The selected message on the left, the other one on the right.
    // (the Diff tab lists the case inputs in their order)
    QCOMPARE(diff->leftCombo()->currentIndex(), 1);
    QCOMPARE(diff->rightCombo()->currentIndex(), 0);
    QVERIFY(diff->headerModel()->rowCount() > 0);

    // The findings dock: the selected message's own findings and the checks', each marked with
    // its source; never the Diff tab's "Only in A/B" copies of the other message's findings.
    QVERIFY(!diff->findings().isEmpty());
    const FindingsModel* findings = m_window->findingsPanel()->model();
    const Findings own = m_window->currentDocument()->findings;
    QVERIFY(findings->rowCount() >= own.size());
    for (int row = 0; row < findings->rowCount(); ++row) {
        const QString source = findings->index(row, FindingsModel::SourceColumn).data().toString();
        QVERIFY(!source.isEmpty());
        QVERIFY2(source != diff->title(), qPrintable(source));
        QVERIFY2(!findings->index(row, FindingsModel::TitleColumn).data().toString().startsWith(QStringLiteral("Only in")),
                 qPrintable(findings->index(row, FindingsModel::TitleColumn).data().toString()));
        if (row < own.size())
            QCOMPARE(source, MainWindow::tr("Message"));
    }
    int errors = 0;
    for (int row = 0; row < findings->rowCount(); ++row)
        errors += findings->findings().at(row).severity == Severity::Error ? 1 : 0;
    QCOMPARE(findings->countBySeverity(Severity::Error), errors);
}

void TestMainWindow::workspaceTabShortcuts()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("workspaceTabs"));
    for (int i = std::min(tabs->count(), 9); i >= 1; --i) {
        QTest::keyClick(m_window, Qt::Key(Qt::Key_0 + i), Qt::ControlModifier);
        QCOMPARE(tabs->currentIndex(), i - 1);
    }
    // Alt+2 still shows the Message tab's structure sub-page.
    tabs->setCurrentIndex(3);
    QTest::keyClick(m_window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(tabs->currentWidget(), m_window->messagePage());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
