// SPDX-License-Identifier: GPL-3.0-or-later
// Case handling of the real MainWindow (offscreen): New/Open/Save/Save As, the [*] marker, the
// Save/Discard/Cancel prompt, autosave and crash recovery, errors on bad case files, and the
// report export (PDF checked with poppler's pdftotext/pdfinfo, an independent reader).
#include "document/CaseExport.h"
#include "models/CaseInputsModel.h"
#include "report/Case.h"
#include "settings/AppSettings.h"
#include "util/FileDialog.h"
#include "windows/ExportDialog.h"
#include "windows/MainWindow.h"
#include "windows/RecoveryDialog.h"
#include "windows/WorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QMenu>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Deliverbench;
using namespace Deliverbench::Gui;

namespace {

// CRLF, a bare LF and CR, 8-bit octets, and a hostile Subject: the case must keep every byte.
const QByteArray kFirst = QByteArrayLiteral(
    "From: News <news@example.org>\r\nTo: jo.reader@example.net\r\n"
    "Subject: <script>alert(1)</script> <b>Spring sale</b>\r\n"
    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\nMessage-ID: <m1@example.org>\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "Gr\xfc\xdf" "e\r\nbare LF\nbare CR\rtab:\t:end\r\n");
const QByteArray kSecond = QByteArrayLiteral(
    "From: Alerts <alerts@example.com>\nTo: ops@example.net\nSubject: Second\n"
    "Date: Fri, 27 Nov 2026 11:00:00 +0000\nMessage-ID: <m2@example.com>\n\nplain LF body\n");
const QByteArray kThird = QByteArrayLiteral(
    "From: x@example.com\r\nTo: y@example.net\r\nSubject: Third\r\nMessage-ID: <m3@example.com>\r\n\r\nthird\r\n");

/** @short A stand-in for the Domain/Relay/… tabs: records what the window asks of a page. */
class SpyPage : public WorkspacePage
{
public:
    using WorkspacePage::WorkspacePage;
    QString title() const override { return QStringLiteral("Spy"); }
    void setDocument(MessageDocumentPtr) override {}
    void saveToCase(Report::Case& theCase) const override
    {
        ++saves;
        for (const QString& domain : domains)
            theCase.addDomain(domain);
    }
    void restoreFromCase(const Report::Case& theCase) override
    {
        ++restores;
        domains = theCase.domains;
    }
    void edit(const QString& domain)
    {
        domains.append(domain);
        emit modified();
    }

    QStringList domains;
    mutable int saves = 0;
    int restores = 0;
};

/** @short Acts on the next modal dialog once it is up (QDialog::exec() runs its own loop). */
void onNextModal(std::function<bool(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal != nullptr && modal->isVisible() && act(modal)) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void answerMessageBox(const QString& objectName, QMessageBox::StandardButton button)
{
    onNextModal([objectName, button](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box == nullptr || box->objectName() != objectName)
            return false;
        box->button(button)->click();
        return true;
    });
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray documentBytes(MainWindow* window, int row)
{
    return window->caseModel()->document(row)->message.bytes().toByteArray();
}

} // namespace

class TestCaseWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newAddSaveReopen();
    void shortcutsDoNotClash();
    void promptOnNewCancelAndDiscard();
    void autosaveWritesRecoveryFile();
    void recoveryOfferedAndRestored();
    void badCaseFiles_data();
    void badCaseFiles();
    void exportPdfFromDialog();
    void exportFormats_data();
    void exportFormats();

private:
    MainWindow* newWindow();
    bool openBytesAndWait(const QByteArray& bytes, const QString& name);

    QTemporaryDir m_dir;
    MainWindow* m_window = nullptr;
    SpyPage* m_spy = nullptr;
};

void TestCaseWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("Deliverbench-casetests"));
    QApplication::setOrganizationName(QStringLiteral("Deliverbench"));
    QVERIFY(m_dir.isValid());
    QSettings().clear();
    AppSettings::instance()->setValue(AppSettings::SampleCaseShown, true);
}

MainWindow* TestCaseWindow::newWindow()
{
    auto* window = new MainWindow;
    m_spy = new SpyPage;
    window->addWorkspacePage(m_spy);
    window->show();
    return window;
}

void TestCaseWindow::init()
{
    Report::Case::discardRecovery(QString());
    m_window = newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestCaseWindow::cleanup()
{
    delete m_window; // no closeEvent: a crash, as far as the recovery file knows
    m_window = nullptr;
}

bool TestCaseWindow::openBytesAndWait(const QByteArray& bytes, const QString& name)
{
    // Wait for the row itself: other tabs may start loads of their own (loadFinished is not ours).
    const int before = m_window->caseModel()->rowCount();
    m_window->openBytes(bytes, name);
    return QTest::qWaitFor([this, before] { return m_window->caseModel()->rowCount() > before; }, 10000);
}

void TestCaseWindow::newAddSaveReopen()
{
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("[*]")));
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Untitled case")));

    QVERIFY(openBytesAndWait(kFirst, QStringLiteral("first.eml")));
    QVERIFY(m_window->isWindowModified());
    QVERIFY(openBytesAndWait(kSecond, QStringLiteral("second.eml")));
    QCOMPARE(m_window->caseModel()->rowCount(), 2);
    m_spy->edit(QStringLiteral("example.org"));

    // A folder opened before (here m_dir) is not where saving starts: Documents, with the case filter.
    FileDialog::instance()->setNextFileName(m_dir.filePath(QStringLiteral("opened.eml")));
    QCOMPARE(FileDialog::instance()->getOpenFileNames(nullptr, QString(), QString()).size(), 1);
    const QString path = m_dir.filePath(QStringLiteral("ticket-123.dbcase"));
    FileDialog::instance()->setNextFileName(m_dir.filePath(QStringLiteral("ticket-123"))); // suffix added
    m_window->findChild<QAction*>(QStringLiteral("actionSaveCaseAs"))->trigger();
    QCOMPARE(FileDialog::instance()->lastSaveStart(),
             QDir(FileDialog::defaultSaveDirectory()).filePath(QStringLiteral("case.dbcase")));
    QCOMPARE(FileDialog::instance()->lastSaveFilter().section(QStringLiteral(";;"), 0, 0),
             QStringLiteral("Deliverbench cases (*.dbcase)"));
    QTRY_VERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->casePath(), path);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("ticket-123.dbcase[*]")));
    QVERIFY(m_spy->saves >= 1);

    auto saved = Report::Case::open(path);
    QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(saved->messages.size(), 2);
    QCOMPARE(saved->messages.at(0).raw, kFirst);
    QCOMPARE(saved->messages.at(1).raw, kSecond);
    QVERIFY(saved->domains.contains(QStringLiteral("example.org"))); // other tabs may add theirs
    QCOMPARE(saved->checks.size(), 2); // the inspect findings of both messages
    QCOMPARE(saved->checks.at(0).kind, QStringLiteral("inspect"));
    QCOMPARE(saved->checks.at(0).findings.size(), m_window->caseModel()->document(0)->findings.size());
    QCOMPARE(AppSettings::instance()->recentFiles().value(0), path);

    // New Case: nothing unsaved, so no prompt; every page is reset.
    const int restoresBefore = m_spy->restores;
    m_window->findChild<QAction*>(QStringLiteral("actionNewCase"))->trigger();
    QCOMPARE(m_window->caseModel()->rowCount(), 0);
    QCOMPARE(m_spy->restores, restoresBefore + 1);
    QVERIFY(m_spy->domains.isEmpty());
    QVERIFY(m_window->casePath().isEmpty());

    // Reopen (through Open Recent, like a user): byte-exact, restoreFromCase() called, clean.
    QSignalSpy opened(m_window, &MainWindow::caseOpened);
    m_window->findChild<QAction*>(QStringLiteral("actionRecent1"))->trigger();
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.constFirst().constFirst().toBool(), true);
    QCOMPARE(m_window->caseModel()->rowCount(), 2);
    QCOMPARE(documentBytes(m_window, 0), kFirst);
    QCOMPARE(documentBytes(m_window, 1), kSecond);
    QCOMPARE(m_spy->restores, restoresBefore + 2);
    QVERIFY(m_spy->domains.contains(QStringLiteral("example.org")));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->casePath(), path);

    // Saving the reopened case again gives the same messages (names, bytes) back.
    m_spy->edit(QStringLiteral("example.com"));
    QVERIFY(m_window->isWindowModified());
    m_window->findChild<QAction*>(QStringLiteral("actionSaveCase"))->trigger();
    QTRY_VERIFY(!m_window->isWindowModified());
    auto again = Report::Case::open(path);
    QVERIFY(again.has_value());
    QCOMPARE(again->messages.at(0).name, saved->messages.at(0).name);
    QCOMPARE(again->messages.at(0).raw, kFirst);
    QCOMPARE(again->messages.at(1).sha256, saved->messages.at(1).sha256);
    QCOMPARE(again->createdAt, saved->createdAt);
    QVERIFY(again->domains.contains(QStringLiteral("example.com")));

    // Removing an input is a change too.
    m_window->selectInput(1);
    m_window->findChild<QAction*>(QStringLiteral("actionCloseInput"))->trigger();
    QVERIFY(m_window->isWindowModified());
}

void TestCaseWindow::shortcutsDoNotClash()
{
    QHash<QKeySequence, QString> seen;
    QList<QAction*> actions = m_window->findChildren<QAction*>(QString(), Qt::FindDirectChildrenOnly);
    for (QMenu* menu : m_window->findChildren<QMenu*>())
        actions += menu->actions();
    actions.removeIf([](QAction* action) { return action->menu() != nullptr || action->isSeparator(); });
    std::sort(actions.begin(), actions.end());
    actions.erase(std::unique(actions.begin(), actions.end()), actions.end());
    for (QAction* action : std::as_const(actions)) {
        for (const QKeySequence& shortcut : action->shortcuts()) {
            if (shortcut.isEmpty())
                continue;
            QVERIFY2(!seen.contains(shortcut), qPrintable(shortcut.toString() + QStringLiteral(": ")
                                                          + seen.value(shortcut) + QStringLiteral(" and ")
                                                          + action->objectName()));
            seen.insert(shortcut, action->objectName());
        }
    }
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionNewCase"))->shortcut(), QKeySequence(QKeySequence::New));
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionSaveCase"))->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionSaveCaseAs"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionRecheckCase"))->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionOpenCase"))->shortcut()
            != m_window->findChild<QAction*>(QStringLiteral("actionOpen"))->shortcut());
}

void TestCaseWindow::promptOnNewCancelAndDiscard()
{
    QVERIFY(openBytesAndWait(kThird, QStringLiteral("third.eml")));
    QVERIFY(m_window->isWindowModified());
    QAction* newCase = m_window->findChild<QAction*>(QStringLiteral("actionNewCase"));

    answerMessageBox(QStringLiteral("saveChangesBox"), QMessageBox::Cancel);
    newCase->trigger();
    QCOMPARE(m_window->caseModel()->rowCount(), 1);
    QVERIFY(m_window->isWindowModified());

    // Close → Cancel keeps the window open.
    answerMessageBox(QStringLiteral("saveChangesBox"), QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    // Save from the prompt of an untitled case asks for a name, then goes on.
    const QString path = m_dir.filePath(QStringLiteral("prompted.dbcase"));
    FileDialog::instance()->setNextFileName(path);
    answerMessageBox(QStringLiteral("saveChangesBox"), QMessageBox::Save);
    newCase->trigger();
    QTRY_COMPARE(m_window->caseModel()->rowCount(), 0);
    QCOMPARE(Report::Case::open(path)->messages.value(0).raw, kThird);

    QVERIFY(openBytesAndWait(kThird, QStringLiteral("third.eml")));
    answerMessageBox(QStringLiteral("saveChangesBox"), QMessageBox::Discard);
    newCase->trigger();
    QCOMPARE(m_window->caseModel()->rowCount(), 0);
    QVERIFY(!m_window->isWindowModified());
}

void TestCaseWindow::autosaveWritesRecoveryFile()
{
    QSettings().setValue(QStringLiteral("Case/AutosaveSeconds"), 7);
    MainWindow configured;
    QCOMPARE(configured.findChild<QTimer*>(QStringLiteral("autosaveTimer"))->interval(), 7000);
    QVERIFY(configured.findChild<QTimer*>(QStringLiteral("autosaveTimer"))->isActive());
    QSettings().remove(QStringLiteral("Case/AutosaveSeconds"));
    QCOMPARE(MainWindow::autosaveSeconds(), 60);

    // Nothing unsaved: nothing written.
    const QString untitled = Report::Case::recoveryPath(QString());
    m_window->autosaveNow();
    QVERIFY(!QFileInfo::exists(untitled));

    // An untitled case autosaves into the app data location.
    QVERIFY(openBytesAndWait(kFirst, QStringLiteral("first.eml")));
    QSignalSpy autosaved(m_window, &MainWindow::autosaved);
    m_window->autosaveNow(); // what the timer's timeout calls
    QTRY_COMPARE(autosaved.size(), 1);
    QVERIFY(autosaved.constFirst().constFirst().toBool());
    QVERIFY(untitled.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    auto recovered = Report::Case::openRecovery(QString());
    QVERIFY(recovered.has_value());
    QCOMPARE(recovered->messages.value(0).raw, kFirst);

    // A saved case autosaves next to itself; the case file is not touched by autosave.
    const QString path = m_dir.filePath(QStringLiteral("autosaved.dbcase"));
    QSignalSpy saved(m_window, &MainWindow::caseSaved);
    m_window->saveCaseTo(path);
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!QFileInfo::exists(untitled)); // saving makes the untitled recovery obsolete
    const QByteArray caseBytes = readFile(path);
    QVERIFY(openBytesAndWait(kSecond, QStringLiteral("second.eml")));
    m_window->autosaveNow();
    QTRY_COMPARE(autosaved.size(), 2);
    const QString recovery = Report::Case::recoveryPath(path);
    QCOMPARE(recovery, m_dir.filePath(QStringLiteral(".autosaved.dbcase.recovery")));
    QCOMPARE(Report::Case::open(recovery)->messages.size(), 2);
    QCOMPARE(readFile(path), caseBytes);
    QVERIFY(Report::Case::hasRecovery(path));


}

void TestCaseWindow::recoveryOfferedAndRestored()
{
    // Session 1: a saved case, then an unsaved change that only the autosave caught (crash).
    const QString path = m_dir.filePath(QStringLiteral("crashed.dbcase"));
    QVERIFY(openBytesAndWait(kFirst, QStringLiteral("first.eml")));
    QSignalSpy saved(m_window, &MainWindow::caseSaved);
    m_window->saveCaseTo(path);
    QTRY_COMPARE(saved.size(), 1);
    QTest::qWait(1100); // file times have 1 s resolution on some file systems
    QVERIFY(openBytesAndWait(kThird, QStringLiteral("third.eml")));
    m_spy->edit(QStringLiteral("recovered.example"));
    m_window->autosaveNow();
    QTRY_VERIFY(Report::Case::hasRecovery(path));
    delete m_window; // the crash: no close event, the recovery file stays
    m_window = nullptr;

    // Earlier tests may have left recovery files of their own (the untitled case, other recent
    // cases): only this case's recovery is to be offered below.
    Report::Case::discardRecovery(QString());
    for (const QString& recent : AppSettings::instance()->recentFiles()) {
        if (recent != path)
            Report::Case::discardRecovery(recent);
    }

    // Session 2: the recovery is offered; "Decide Later" keeps it, "Restore" restores it.
    m_window = newWindow();
    onNextModal([](QWidget* modal) {
        if (modal->objectName() != QStringLiteral("recoveryDialog"))
            return false;
        modal->findChild<QPushButton*>(QStringLiteral("laterButton"))->click();
        return true;
    });
    m_window->offerRecovery();
    QVERIFY(Report::Case::hasRecovery(path));
    QCOMPARE(m_window->caseModel()->rowCount(), 0);

    QSignalSpy opened(m_window, &MainWindow::caseOpened);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<RecoveryDialog*>(modal);
        if (dialog == nullptr)
            return false;
        dialog->findChild<QPushButton*>(QStringLiteral("restoreButton"))->click();
        return true;
    });
    m_window->offerRecovery();
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_window->caseModel()->rowCount(), 2);
    QCOMPARE(documentBytes(m_window, 1), kThird);
    QVERIFY(m_spy->domains.contains(QStringLiteral("recovered.example")));
    QCOMPARE(m_window->casePath(), path);          // it belongs to its case…
    QVERIFY(m_window->isWindowModified());         // …whose file does not have it yet
    QCOMPARE(Report::Case::open(path)->messages.size(), 1);

    // Saving it makes it the case; the recovery file goes.
    m_window->findChild<QAction*>(QStringLiteral("actionSaveCase"))->trigger();
    QTRY_VERIFY(!m_window->isWindowModified());
    QCOMPARE(Report::Case::open(path)->messages.size(), 2);
    QVERIFY(!QFileInfo::exists(Report::Case::recoveryPath(path)));

    // "Discard" deletes a recovery file without opening it.
    QVERIFY(openBytesAndWait(kSecond, QStringLiteral("second.eml")));
    m_window->autosaveNow();
    QTRY_VERIFY(Report::Case::hasRecovery(path));
    onNextModal([](QWidget* modal) {
        if (modal->objectName() != QStringLiteral("recoveryDialog"))
            return false;
        modal->findChild<QPushButton*>(QStringLiteral("discardButton"))->click();
        return true;
    });
    MainWindow other;
    other.offerRecovery();
    QVERIFY(!QFileInfo::exists(Report::Case::recoveryPath(path)));
}

void TestCaseWindow::badCaseFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // part of the error text

    QTest::newRow("not JSON") << QByteArrayLiteral("\x00\xff garbage {") << QStringLiteral("not valid JSON");
    QTest::newRow("other JSON") << QByteArrayLiteral("{\"hello\": 1}") << QStringLiteral("not a Deliverbench case");
    QTest::newRow("newer version")
        << QByteArrayLiteral("{\"format\": \"deliverbench-case\", \"version\": 99}") << QStringLiteral("newer");
    QTest::newRow("damaged message")
        << QByteArrayLiteral("{\"format\": \"deliverbench-case\", \"version\": 1, \"inputs\": {\"messages\": "
                             "[{\"name\": \"a\", \"raw\": \"SGVsbG8=\", \"sha256\": \"00\"}]}}")
        << QStringLiteral("SHA-256");
    QTest::newRow("unreadable") << QByteArray() << QStringLiteral("cannot read");
}

void TestCaseWindow::badCaseFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(openBytesAndWait(kSecond, QStringLiteral("second.eml")));
    m_window->saveCaseTo(m_dir.filePath(QStringLiteral("good.dbcase")));
    QTRY_VERIFY(!m_window->isWindowModified());

    QString path = m_dir.filePath(QStringLiteral("bad.dbcase"));
    if (bytes.isEmpty()) {
        path = m_dir.filePath(QStringLiteral("missing.dbcase"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QSignalSpy opened(m_window, &MainWindow::caseOpened);
    QString shown;
    onNextModal([&shown](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        if (box == nullptr || box->objectName() != QStringLiteral("caseErrorBox"))
            return false;
        shown = box->text();
        box->button(QMessageBox::Ok)->click();
        return true;
    });
    m_window->openCaseFile(path);
    QVERIFY(opened.wait(10000));
    QCOMPARE(opened.constFirst().constFirst().toBool(), false);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QCOMPARE(m_window->lastCaseError(), shown);
    // The window and its case are as they were.
    QCOMPARE(m_window->caseModel()->rowCount(), 1);
    QCOMPARE(m_window->casePath(), m_dir.filePath(QStringLiteral("good.dbcase")));
}

void TestCaseWindow::exportPdfFromDialog()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext (poppler-utils) is missing: run scripts/setup.sh --tests");
    QVERIFY(openBytesAndWait(kFirst, QStringLiteral("first.eml")));
    QVERIFY(openBytesAndWait(kSecond, QStringLiteral("second.eml")));

    const QString path = m_dir.filePath(QStringLiteral("exported.pdf"));
    QFile::remove(path);
    FileDialog::instance()->setNextFileName(path);
    onNextModal([](QWidget* modal) {
        auto* dialog = qobject_cast<ExportDialog*>(modal);
        if (dialog == nullptr)
            return false;
        auto* format = dialog->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        format->setCurrentIndex(format->findData(int(CaseExport::Format::Pdf)));
        dialog->findChild<QCheckBox*>(QStringLiteral("exportRedact"))->setChecked(true);
        dialog->findChild<QDialogButtonBox*>(QStringLiteral("exportButtons"))->button(QDialogButtonBox::Ok)->click();
        return true;
    });
    m_window->findChild<QAction*>(QStringLiteral("actionExportReport"))->trigger();
    // An unsaved case exports to Documents by default, and the filter is the PDF one.
    QCOMPARE(FileDialog::instance()->lastSaveStart(),
             QDir(FileDialog::defaultSaveDirectory()).filePath(QStringLiteral("report.pdf")));
    QCOMPARE(FileDialog::instance()->lastSaveFilter().section(QStringLiteral(";;"), 0, 0), QStringLiteral("PDF files (*.pdf)"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > 0, 20000);
    QTRY_VERIFY(m_window->findChild<QAction*>(QStringLiteral("actionExportReport"))->isEnabled());

    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(20000));
    const QByteArray infoText = info.readAllStandardOutput();
    QVERIFY2(infoText.contains("Page size:") && infoText.contains("(A4)"),
             infoText.constData()); // A4 in points
    const QRegularExpressionMatch pagesLine = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                                                  .match(QString::fromUtf8(infoText));
    QVERIFY(pagesLine.hasMatch());
    const int pages = pagesLine.captured(1).toInt();
    QVERIFY(pages >= 1);
    const auto pdfText = [&path](const QStringList& extra) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), extra + QStringList{path, QStringLiteral("-")});
        text.waitForFinished(20000);
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    const QString content = pdfText({});
    QVERIFY2(content.contains(QStringLiteral("Verdict")), qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("redacted")));
    // Every page carries its number at its foot: the last text on page N is "N".
    for (int page = 1; page <= pages; ++page) {
        const QString one = pdfText({QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                     QString::number(page)});
        QVERIFY2(one.trimmed().endsWith(QString::number(page)), qPrintable(one.right(200)));
    }
    // The hostile Subject is text in the PDF, not markup that was interpreted (cells may wrap).
    // (the hostile-markup check of the PDF text layer is in tst_cli_report::pdfThroughTheGuiBinary)
    // Redacted: no recipient address survives.
    QVERIFY(!content.contains(QStringLiteral("jo.reader@example.net")));
    QVERIFY(!content.contains(QStringLiteral("ops@example.net")));
}

void TestCaseWindow::exportFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("html") << int(CaseExport::Format::Html) << QByteArray("<!DOCTYPE html>");
    QTest::newRow("markdown") << int(CaseExport::Format::Markdown) << QByteArray("# ");
    QTest::newRow("json") << int(CaseExport::Format::Json) << QByteArray("{");
    QTest::newRow("pdf") << int(CaseExport::Format::Pdf) << QByteArray("%PDF-");
}

void TestCaseWindow::exportFormats()
{
    QFETCH(int, format);
    QFETCH(QByteArray, prefix);
    QVERIFY(openBytesAndWait(kFirst, QStringLiteral("first.eml")));
    const QString path = m_dir.filePath(QStringLiteral("report.") + CaseExport::formatToken(CaseExport::Format(format)));
    bool ok = false;
    bool done = false;
    m_window->exportReport(path, CaseExport::Format(format), Report::ReportOptions{}, [&](bool result) {
        ok = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(ok);
    QVERIFY(readFile(path).startsWith(prefix));
}

QTEST_MAIN(TestCaseWindow)
#include "tst_casewindow.moc"
