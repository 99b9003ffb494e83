// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/AuthPage.h"

#include "auth/AuthCompare.h"
#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimDiagnosis.h"
#include "auth/dkim/DkimVerifier.h"
#include "dns/Resolver.h"
#include "models/AuthResultJson.h"
#include "models/AuthSpfTraceModel.h"
#include "models/AuthTableModel.h"
#include "models/Roles.h"
#include "util/AsyncTask.h"
#include "util/ResolverFactory.h"
#include "util/WorkerLoop.h"
#include "widgets/AuthBadge.h"
#include "widgets/SignedRangesView.h"
#include "util/Widgets.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Deliverbench::Gui {

namespace {

/** @short A whole run never takes longer than this (DNS timeouts bound it well before). */
constexpr int kRunDeadlineMs = 120000;
/** @short Raw body bytes canonicalized for the preview of a signature without a diagnosis. */
constexpr qsizetype kPreviewBodyBytes = 64 * 1024;

/** @short The house table (util/Widgets.h), one row selectable at a time, the last column stretched. */
QTableView* makeAuthTable(QWidget* parent, const QString& name, QAbstractItemModel* model)
{
    QTableView* table = makeTable(parent, name, model);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

/// "Checked at …": answers (a record, NXDOMAIN or NODATA) apart from failed lookups, with the first failure's reason
QString stateLine(const QList<Dns::QueryLogEntry>& queries, const QString& at)
{
    int failed = 0;
    QString reason;
    for (const Dns::QueryLogEntry& q : queries) {
        if (q.outcome == Dns::Outcome::NoError || q.outcome == Dns::Outcome::NxDomain || q.outcome == Dns::Outcome::NoData)
            continue;
        ++failed;
        if (reason.isEmpty())
            reason = q.errorText.isEmpty() ? Dns::outcomeText(q.outcome) : q.errorText;
    }
    const int total = int(queries.size());
    if (total == 0)
        return AuthPage::tr("Checked at %1 without DNS lookups.").arg(at);
    if (failed == 0)
        return AuthPage::tr("Checked at %1 with %n DNS lookup(s), all answered.", nullptr, total).arg(at);
    if (failed == total)
        return AuthPage::tr("Checked at %1 with %n DNS lookup(s), all failed: %2", nullptr, total).arg(at, reason);
    return AuthPage::tr("Checked at %1 with %n DNS lookup(s), %2 failed: %3", nullptr, total).arg(at, QString::number(failed), reason);
}

/// The whitespace markers of Auth::dkimVisibleBytes (␍ ␊ → ·) and what the font can show instead
struct VisibleMarker
{
    QChar marker;
    QString shown;
};

QList<VisibleMarker> visibleMarkers(const QFont& font)
{
    const QFontMetrics metrics(font);
    const auto pick = [&metrics](char16_t marker, QLatin1String ascii) {
        return VisibleMarker{QChar(marker), metrics.inFontUcs4(marker) ? QString(QChar(marker)) : QString(ascii)};
    };
    return {pick(u'\u240D', QLatin1String("\\r")), pick(u'\u240A', QLatin1String("\\n")), pick(u'\u2192', QLatin1String("\\t")),
            pick(u'\u00B7', QLatin1String("_"))};
}

/// Replaces the markers the font has no glyph for (no tofu boxes) with ASCII ones
QString withVisibleMarkers(QString text, const QFont& font)
{
    for (const VisibleMarker& m : visibleMarkers(font)) {
        if (m.shown != QString(m.marker))
            text.replace(m.marker, m.shown);
    }
    return text;
}

/// Shows canonicalized bytes: the markers in a distinct colour, as ASCII when the font lacks them
void setVisibleBytes(QPlainTextEdit* edit, const QString& text)
{
    const QList<VisibleMarker> markers = visibleMarkers(edit->font());
    edit->clear();
    QTextCursor cursor(edit->document());
    QTextCharFormat plain;
    QTextCharFormat marked;
    marked.setForeground(edit->palette().color(QPalette::Link));
    QString run;
    for (const QChar c : text) {
        const auto it = std::find_if(markers.cbegin(), markers.cend(), [c](const VisibleMarker& m) { return m.marker == c; });
        if (it == markers.cend()) {
            run += c;
            continue;
        }
        if (!run.isEmpty())
            cursor.insertText(run, plain);
        run.clear();
        cursor.insertText(it->shown, marked);
    }
    if (!run.isEmpty())
        cursor.insertText(run, plain);
    edit->moveCursor(QTextCursor::Start);
}

QLabel* makeNote(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(6, 3, 6, 3);
    return label;
}

QPlainTextEdit* makeText(QWidget* parent, const QString& name, bool monospace)
{
    auto* text = new QPlainTextEdit(parent);
    text->setObjectName(name);
    text->setReadOnly(true);
    text->setLineWrapMode(monospace ? QPlainTextEdit::NoWrap : QPlainTextEdit::WidgetWidth);
    if (monospace)
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return text;
}

QString yesNo(bool value)
{
    return value ? AuthPage::tr("yes") : AuthPage::tr("no");
}

QString fromUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes);
}

/** @short Where a connection value came from, in words. */
QString sourceText(const QByteArray& source, const Auth::ConnectionInfo& c)
{
    if (source == "override")
        return AuthPage::tr("entered by you");
    if (source == "received") {
        if (c.hopIndex >= 0 && !c.receivedBy.isEmpty())
            return AuthPage::tr("from Received #%1 (by %2)").arg(c.hopIndex + 1).arg(fromUtf8(c.receivedBy));
        if (c.hopIndex >= 0)
            return AuthPage::tr("from Received #%1").arg(c.hopIndex + 1);
        return AuthPage::tr("from the Received chain");
    }
    if (source == "return-path")
        return AuthPage::tr("from Return-Path");
    return AuthPage::tr("unknown");
}

} // namespace

AuthPage::AuthPage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("authPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // --- connection
    auto* connection = new QGroupBox(tr("Connection"), this);
    connection->setObjectName(QStringLiteral("authConnectionBox"));
    auto* grid = new QGridLayout(connection);
    grid->setContentsMargins(6, 4, 6, 4);
    auto addField = [&](int row, const QString& label, const QString& name, const QString& placeholder,
                        QLineEdit** edit, QLabel** source) {
        *edit = new QLineEdit(connection);
        (*edit)->setObjectName(name);
        (*edit)->setPlaceholderText(placeholder);
        (*edit)->setClearButtonEnabled(true);
        auto* l = new QLabel(label, connection);
        l->setBuddy(*edit);
        *source = new QLabel(connection);
        (*source)->setObjectName(name + QStringLiteral("Source"));
        (*source)->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(l, row, 0);
        grid->addWidget(*edit, row, 1);
        grid->addWidget(*source, row, 2);
    };
    addField(0, tr("Connecting &IP:"), QStringLiteral("authIpEdit"), tr("unknown: SPF is not evaluated"), &m_ipEdit,
             &m_ipSource);
    addField(1, tr("&HELO name:"), QStringLiteral("authHeloEdit"), tr("unknown"), &m_heloEdit, &m_heloSource);
    addField(2, tr("&MAIL FROM:"), QStringLiteral("authMailFromEdit"), tr("null sender (<>) or unknown"),
             &m_mailFromEdit, &m_mailFromSource);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
    auto* buttons = new QHBoxLayout;
    m_recheckButton = new QPushButton(tr("&Re-check"), connection);
    m_recheckButton->setObjectName(QStringLiteral("authRecheckButton"));
    m_recheckButton->setToolTip(tr("Run the checks again with these values (Ctrl+R)"));
    m_cancelButton = new QPushButton(tr("Cancel"), connection);
    m_cancelButton->setObjectName(QStringLiteral("authCancelButton"));
    m_cancelButton->setToolTip(tr("Stop the running check (Esc)"));
    m_progress = new QProgressBar(connection);
    m_progress->setObjectName(QStringLiteral("authProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_stateLabel = new QLabel(connection);
    m_stateLabel->setObjectName(QStringLiteral("authStateLabel"));
    buttons->addWidget(m_recheckButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_stateLabel, 1);
    grid->addLayout(buttons, 3, 0, 1, 3);
    m_hopLabel = makeNote(connection, QStringLiteral("authHopLabel"));
    m_hopLabel->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_hopLabel, 4, 0, 1, 3);
    layout->addWidget(connection);

    // --- verdict strip
    auto* strip = new QHBoxLayout;
    strip->setContentsMargins(4, 0, 4, 0);
    m_spfBadge = new AuthBadge(tr("SPF"), this);
    m_spfBadge->setObjectName(QStringLiteral("authSpfBadge"));
    m_dkimBadge = new AuthBadge(tr("DKIM"), this);
    m_dkimBadge->setObjectName(QStringLiteral("authDkimBadge"));
    m_dmarcBadge = new AuthBadge(tr("DMARC"), this);
    m_dmarcBadge->setObjectName(QStringLiteral("authDmarcBadge"));
    m_arcBadge = new AuthBadge(tr("ARC"), this);
    m_arcBadge->setObjectName(QStringLiteral("authArcBadge"));
    for (AuthBadge* b : {m_spfBadge, m_dkimBadge, m_dmarcBadge, m_arcBadge})
        strip->addWidget(b, 1);
    layout->addLayout(strip);

    // the sub-pages above, the raw message with what the selected signature covers below
    auto* rawSplit = new QSplitter(Qt::Vertical, this);
    rawSplit->setObjectName(QStringLiteral("authRawSplitter"));
    m_tabs = new QTabWidget(rawSplit);
    m_tabs->setObjectName(QStringLiteral("authTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(rawSplit, 1);

    // --- DKIM: signatures and the diagnosis of the selected one
    auto* dkimSplit = new QSplitter(Qt::Vertical, m_tabs);
    dkimSplit->setObjectName(QStringLiteral("authDkimSplitter"));
    m_dkimModel = new AuthTableModel(this);
    m_dkimModel->setHeaders({tr("#"), tr("d="), tr("s="), tr("a="), tr("c="), tr("Key"), tr("Result"), tr("Reason")});
    m_dkimView = makeAuthTable(dkimSplit, QStringLiteral("authDkimTable"), m_dkimModel);
    auto* diagSplit = new QSplitter(Qt::Horizontal, dkimSplit);
    m_diagnosis = makeText(diagSplit, QStringLiteral("authDkimDiagnosis"), false);
    auto* canonicalBox = new QWidget(diagSplit);
    auto* canonicalLayout = new QVBoxLayout(canonicalBox);
    canonicalLayout->setContentsMargins(0, 0, 0, 0);
    canonicalLayout->setSpacing(2);
    m_canonicalTitle = makeNote(canonicalBox, QStringLiteral("authCanonicalTitle"));
    m_canonical = makeText(canonicalBox, QStringLiteral("authCanonicalBodyView"), true);
    {
        const QList<VisibleMarker> markers = visibleMarkers(m_canonical->font());
        m_canonical->setToolTip(tr("%1 = CR, %2 = LF, %3 = tab, %4 = space")
                                    .arg(markers.at(0).shown, markers.at(1).shown, markers.at(2).shown, markers.at(3).shown));
    }
    canonicalLayout->addWidget(m_canonicalTitle);
    canonicalLayout->addWidget(m_canonical, 1);
    diagSplit->addWidget(m_diagnosis);
    diagSplit->addWidget(canonicalBox);
    dkimSplit->addWidget(m_dkimView);
    dkimSplit->addWidget(diagSplit);
    dkimSplit->setStretchFactor(0, 1);
    dkimSplit->setStretchFactor(1, 2);
    m_tabs->addTab(dkimSplit, tr("&DKIM"));

    // --- SPF
    auto* spfPage = new QWidget(m_tabs);
    auto* spfLayout = new QVBoxLayout(spfPage);
    spfLayout->setContentsMargins(0, 0, 0, 0);
    m_spfSummary = makeNote(spfPage, QStringLiteral("authSpfSummary"));
    m_spfModel = new AuthSpfTraceModel(this);
    m_spfView = new QTreeView(spfPage);
    m_spfView->setObjectName(QStringLiteral("authSpfTree"));
    m_spfView->setModel(m_spfModel);
    m_spfView->setAlternatingRowColors(true);
    m_spfView->setUniformRowHeights(true);
    m_spfView->header()->setStretchLastSection(true);
    spfLayout->addWidget(m_spfSummary);
    spfLayout->addWidget(m_spfView, 1);
    m_tabs->addTab(spfPage, tr("&SPF"));

    // --- DMARC
    auto* dmarcPage = new QWidget(m_tabs);
    auto* dmarcLayout = new QVBoxLayout(dmarcPage);
    dmarcLayout->setContentsMargins(0, 0, 0, 0);
    m_dmarcSummary = makeNote(dmarcPage, QStringLiteral("authDmarcSummary"));
    m_alignmentModel = new AuthTableModel(this);
    m_alignmentModel->setHeaders(
        {tr("Method"), tr("Domain"), tr("Result"), tr("Scope"), tr("Aligned"), tr("Counts"), tr("Why")});
    m_alignmentView = makeAuthTable(dmarcPage, QStringLiteral("authAlignmentTable"), m_alignmentModel);
    m_dmarcbisNotes = makeNote(dmarcPage, QStringLiteral("authDmarcbisNotes"));
    dmarcLayout->addWidget(m_dmarcSummary);
    dmarcLayout->addWidget(m_alignmentView, 1);
    dmarcLayout->addWidget(m_dmarcbisNotes);
    m_tabs->addTab(dmarcPage, tr("D&MARC"));

    // --- ARC
    auto* arcPage = new QWidget(m_tabs);
    auto* arcLayout = new QVBoxLayout(arcPage);
    arcLayout->setContentsMargins(0, 0, 0, 0);
    m_arcSummary = makeNote(arcPage, QStringLiteral("authArcSummary"));
    m_arcModel = new AuthTableModel(this);
    m_arcModel->setHeaders({tr("i="), tr("authserv-id"), tr("AMS d= / s="), tr("AMS"), tr("AS"), tr("cv="),
                            tr("ARC-Authentication-Results")});
    m_arcView = makeAuthTable(arcPage, QStringLiteral("authArcTable"), m_arcModel);
    auto* arcPick = new QHBoxLayout;
    arcPick->setContentsMargins(6, 0, 6, 0);
    m_arcHighlightKind = new QComboBox(arcPage);
    m_arcHighlightKind->setObjectName(QStringLiteral("authArcHighlightKind"));
    m_arcHighlightKind->addItem(tr("ARC-Message-Signature"), int(SignedRanges::Source::ArcMessageSignature));
    m_arcHighlightKind->addItem(tr("ARC-Seal"), int(SignedRanges::Source::ArcSeal));
    auto* arcPickLabel = new QLabel(tr("Show in the raw &view what this signs:"), arcPage);
    arcPickLabel->setBuddy(m_arcHighlightKind);
    arcPick->addWidget(arcPickLabel);
    arcPick->addWidget(m_arcHighlightKind);
    arcPick->addStretch(1);
    arcLayout->addWidget(m_arcSummary);
    arcLayout->addLayout(arcPick);
    arcLayout->addWidget(m_arcView, 1);
    m_tabs->addTab(arcPage, tr("&ARC"));

    // --- Authentication-Results comparison with the trust picker
    auto* arSplit = new QSplitter(Qt::Horizontal, m_tabs);
    arSplit->setObjectName(QStringLiteral("authResultsSplitter"));
    auto* trustBox = new QWidget(arSplit);
    auto* trustLayout = new QVBoxLayout(trustBox);
    trustLayout->setContentsMargins(0, 0, 0, 0);
    auto* trustTitle = new QLabel(tr("&Trusted authserv-ids:"), trustBox);
    m_trustList = new QListWidget(trustBox);
    m_trustList->setObjectName(QStringLiteral("authTrustList"));
    trustTitle->setBuddy(m_trustList);
    m_trustNote = makeNote(trustBox, QStringLiteral("authTrustNote"));
    trustLayout->addWidget(trustTitle);
    trustLayout->addWidget(m_trustList, 1);
    trustLayout->addWidget(m_trustNote);
    m_comparisonModel = new AuthTableModel(this);
    m_comparisonModel->setHeaders({tr("#"), tr("authserv-id"), tr("Trusted"), tr("Method"), tr("Identifier"),
                                   tr("Stamped"), tr("Ours"), tr("Agreement"), tr("Explanation")});
    m_comparisonView = makeAuthTable(arSplit, QStringLiteral("authComparisonTable"), m_comparisonModel);
    arSplit->addWidget(trustBox);
    arSplit->addWidget(m_comparisonView);
    arSplit->setStretchFactor(0, 1);
    arSplit->setStretchFactor(1, 4);
    m_tabs->addTab(arSplit, tr("Authentication-&Results"));

    // --- scorecard
    auto* scorePage = new QWidget(m_tabs);
    auto* scoreLayout = new QVBoxLayout(scorePage);
    scoreLayout->setContentsMargins(0, 0, 0, 0);
    m_scorecardSummary = makeNote(scorePage, QStringLiteral("authScorecardSummary"));
    m_scorecardModel = new AuthTableModel(this);
    m_scorecardModel->setHeaders({tr("Requirement"), tr("Required by"), tr("Status"), tr("Evidence"), tr("Reference")});
    m_scorecardView = makeAuthTable(scorePage, QStringLiteral("authScorecardTable"), m_scorecardModel);
    // Evidence takes the spare width; Requirement wraps within a capped width; Reference stays visible
    m_scorecardView->setWordWrap(true);
    m_scorecardView->setTextElideMode(Qt::ElideNone);
    QHeaderView* scoreHeader = m_scorecardView->horizontalHeader();
    scoreHeader->setStretchLastSection(false);
    scoreHeader->setSectionResizeMode(QHeaderView::Interactive);
    scoreHeader->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    scoreHeader->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    scoreHeader->setSectionResizeMode(3, QHeaderView::Stretch);
    scoreHeader->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_scorecardView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    scoreLayout->addWidget(m_scorecardSummary);
    scoreLayout->addWidget(m_scorecardView, 1);
    m_tabs->addTab(scorePage, tr("Sc&orecard"));

    // --- raw view: what the selected DKIM signature or ARC set signs
    auto* rawBox = new QWidget(rawSplit);
    auto* rawLayout = new QVBoxLayout(rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->setSpacing(2);
    m_rawLegend = makeNote(rawBox, QStringLiteral("authSignedRangesLegend"));
    m_rawView = new SignedRangesView(rawBox);
    m_rawView->setObjectName(QStringLiteral("authSignedRangesView"));
    m_rawView->setToolTip(tr("Green: signed header fields and body; blue: the signature field; red: body after the l= cut"));
    rawLayout->addWidget(m_rawLegend);
    rawLayout->addWidget(m_rawView, 1);
    rawSplit->addWidget(m_tabs);
    rawSplit->addWidget(rawBox);
    rawSplit->setStretchFactor(0, 3);
    rawSplit->setStretchFactor(1, 2);

    // --- actions
    m_recheckAction = new QAction(tr("Re-check Authentication"), this);
    m_recheckAction->setObjectName(QStringLiteral("actionAuthRecheck"));
    m_recheckAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_recheckAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_recheckAction);
    m_cancelAction = new QAction(tr("Cancel Authentication Check"), this);
    m_cancelAction->setObjectName(QStringLiteral("actionAuthCancel"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);
    connect(m_recheckAction, &QAction::triggered, this, &AuthPage::recheck);
    connect(m_recheckButton, &QPushButton::clicked, this, &AuthPage::recheck);
    connect(m_cancelAction, &QAction::triggered, this, &AuthPage::cancel);
    connect(m_cancelButton, &QPushButton::clicked, this, &AuthPage::cancel);
    for (QLineEdit* edit : {m_ipEdit, m_heloEdit, m_mailFromEdit}) {
        connect(edit, &QLineEdit::textEdited, this, &AuthPage::updateSourceLabels);
        connect(edit, &QLineEdit::returnPressed, this, &AuthPage::recheck);
    }
    connect(m_dkimView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuthPage::onDkimRowChanged);
    connect(m_trustList, &QListWidget::itemChanged, this, &AuthPage::onTrustItemChanged);
    connect(m_arcView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuthPage::onArcRowChanged);
    connect(m_arcHighlightKind, &QComboBox::currentIndexChanged, this, &AuthPage::onArcRowChanged);

    setRunning(false);
    clearResults(tr("No message selected."));
}

AuthPage::~AuthPage()
{
    stop();
}

QString AuthPage::title() const
{
    return tr("Authentication");
}

void AuthPage::setDocument(MessageDocumentPtr document)
{
    if (document == m_document)
        return;
    stop();
    m_document = std::move(document);
    m_output.reset();
    m_trusted.clear();
    const bool hadFindings = !m_findings.isEmpty();
    m_findings.clear();
    m_pending = false;
    prefillConnection();
    m_rawView->setDocument(m_document);
    if (!m_document) {
        clearResults(tr("No message selected."));
    } else {
        clearResults(QString());
        if (showSaved())
            return; // the case's result, without asking DNS
        m_pending = true;
        if (isVisible())
            start(false);
    }
    if (hadFindings)
        emit findingsChanged();
}

void AuthPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    if (m_pending && m_document && !isRunning())
        start(false);
}

void AuthPage::recheck()
{
    if (!m_document) {
        emit statusMessage(tr("Select a message to check its authentication."));
        return;
    }
    start(true);
}

void AuthPage::cancel()
{
    if (!isRunning())
        return;
    stop();
    m_stateLabel->setText(tr("Cancelled."));
    for (AuthBadge* b : {m_spfBadge, m_dkimBadge, m_dmarcBadge, m_arcBadge}) {
        if (b->result().isEmpty())
            b->clear(tr("Check cancelled."));
    }
    emit statusMessage(tr("Authentication check cancelled."));
    emit cancelled();
}

void AuthPage::stop()
{
    ++m_generation;
    if (m_worker) {
        m_worker->stop(); // the worker leaves its event loop now, even while the application exits
        m_worker.reset();
    }
    if (m_watcher) {
        m_watcher->cancel(); // its callback is suppressed; the generation check drops anything else
        m_watcher = nullptr;
    }
    setRunning(false);
}

void AuthPage::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancelButton->setEnabled(running);
    m_cancelAction->setEnabled(running);
    m_recheckAction->setEnabled(true);
}

void AuthPage::prefillConnection()
{
    m_prefill = {};
    if (m_document && m_document->message.root)
        m_prefill = Auth::determineConnection(m_document->message, {});
    m_ipEdit->setText(m_prefill.hasIp() ? m_prefill.ip.toString() : QString());
    m_heloEdit->setText(fromUtf8(m_prefill.helo));
    m_mailFromEdit->setText(fromUtf8(m_prefill.mailFrom));
    m_hopLabel->setText(m_prefill.explanation);
    updateSourceLabels();
}

void AuthPage::updateSourceLabels()
{
    const Auth::ConnectionInfo& c = m_output ? m_output->result.connection : m_prefill;
    auto label = [&](QLineEdit* edit, QLabel* source, const QString& prefilled, const QByteArray& from) {
        if (edit->text().trimmed() != prefilled)
            source->setText(tr("edited: Re-check (Ctrl+R) to use it"));
        else
            source->setText(sourceText(from, c));
    };
    label(m_ipEdit, m_ipSource, m_prefill.hasIp() ? m_prefill.ip.toString() : QString(), c.ipSource);
    label(m_heloEdit, m_heloSource, fromUtf8(m_prefill.helo), c.heloSource);
    label(m_mailFromEdit, m_mailFromSource, fromUtf8(m_prefill.mailFrom), c.mailFromSource);
}

bool AuthPage::buildOptions(Auth::MessageAuthOptions* options)
{
    Auth::MessageAuthOptions o;
    o.trustedAuthservIds = m_trusted;
    o.dkim.now = m_now;
    const QString ip = m_ipEdit->text().trimmed();
    const QString prefillIp = m_prefill.hasIp() ? m_prefill.ip.toString() : QString();
    if (ip != prefillIp && !ip.isEmpty()) {
        const QHostAddress address(ip);
        if (address.isNull()) {
            emit statusMessage(tr("'%1' is not an IP address.").arg(ip));
            m_stateLabel->setText(tr("'%1' is not an IP address.").arg(ip));
            m_ipEdit->setFocus(Qt::OtherFocusReason);
            return false;
        }
        o.ip = address;
    }
    const QString helo = m_heloEdit->text().trimmed();
    if (helo != fromUtf8(m_prefill.helo))
        o.helo = helo.toUtf8();
    QString mailFrom = m_mailFromEdit->text().trimmed();
    if (mailFrom != fromUtf8(m_prefill.mailFrom)) {
        if (mailFrom.startsWith(QLatin1Char('<')) && mailFrom.endsWith(QLatin1Char('>')))
            mailFrom = mailFrom.mid(1, mailFrom.size() - 2);
        o.mailFrom = mailFrom.toUtf8();
    }
    *options = o;
    return true;
}

void AuthPage::start(bool userRequested)
{
    if (!m_document)
        return;
    Auth::MessageAuthOptions options;
    if (!buildOptions(&options))
        return;
    stop();
    m_pending = false;
    const quint64 generation = m_generation;
    for (AuthBadge* b : {m_spfBadge, m_dkimBadge, m_dmarcBadge, m_arcBadge})
        b->setVerdict({}, tr("Checking…"));
    m_stateLabel->setText(tr("Checking…"));
    emit statusMessage(tr("Checking authentication…"));
    MessageDocumentPtr document = m_document;
    auto worker = std::make_shared<WorkerLoop>();
    m_worker = worker;
    auto* watcher = AsyncTask::runWithPromise<AuthRunOutputPtr>(
        this,
        [worker, document, options](QPromise<AuthRunOutputPtr>& promise) {
            AuthRunOutputPtr out = runChecks(promise, worker, document, options);
            if (out)
                promise.addResult(out);
        },
        [this, generation, userRequested](AuthRunOutputPtr out) {
            if (generation != m_generation)
                return;
            m_watcher = nullptr;
            setRunning(false);
            showOutput(std::move(out));
            if (userRequested)
                emit modified();
        });
    connect(watcher, &QFutureWatcherBase::progressTextChanged, this, [this, generation](const QString& text) {
        if (generation != m_generation || text.isEmpty())
            return;
        m_stateLabel->setText(text);
        emit statusMessage(text);
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, generation] {
        if (generation != m_generation || !m_watcher)
            return;
        // finished without a result (the callback was not called)
        m_watcher = nullptr;
        setRunning(false);
    });
    m_watcher = watcher;
    setRunning(true);
}

AuthRunOutputPtr AuthPage::runChecks(QPromise<AuthRunOutputPtr>& promise, const WorkerLoopPtr& worker,
                                     MessageDocumentPtr document, Auth::MessageAuthOptions options)
{
    promise.setProgressRange(0, 1000000);
    promise.setProgressValueAndText(1, tr("Checking authentication: verifying signatures…"));
    auto out = std::make_shared<AuthRunOutput>();
    // Everything below lives on this worker thread: the resolver's sockets, the run's timers, the
    // local event loop. Nothing here touches a widget.
    std::unique_ptr<Dns::Resolver> resolver = ResolverFactory::createUnique();
    auto context = std::make_unique<QObject>();
    bool done = false;
    int answers = 0;
    QObject::connect(resolver.get(), &Dns::Resolver::answered, context.get(), [&promise, &answers](const Dns::Answer&) {
        ++answers;
        promise.setProgressValueAndText(answers + 1, tr("Checking authentication: %n DNS answer(s)…", nullptr, answers));
    });
    Auth::MessageAuth::run(document->message, *resolver, options, context.get(),
                           [&out, &done, &worker](const Auth::MessageAuthResult& result) {
                               out->result = result;
                               done = true;
                               worker->wake();
                           });
    const WorkerLoop::Outcome outcome = done ? WorkerLoop::Outcome::Woken : worker->wait(kRunDeadlineMs);
    out->timedOut = outcome == WorkerLoop::Outcome::TimedOut;
    context.reset(); // a run still going is cancelled with its context
    resolver->cancelAll();
    out->queries = resolver->queryLog()->entries();
    if (outcome == WorkerLoop::Outcome::Stopped || !done)
        return out->timedOut ? out : nullptr;
    return out;
}

void AuthPage::clearResults(const QString& reason)
{
    for (AuthBadge* b : {m_spfBadge, m_dkimBadge, m_dmarcBadge, m_arcBadge})
        b->clear(reason);
    m_stateLabel->setText(reason);
    m_dkimModel->clear();
    m_diagnosis->clear();
    m_canonical->clear();
    m_canonicalTitle->clear();
    m_spfSummary->clear();
    m_spfModel->clearTrace();
    m_dmarcSummary->clear();
    m_alignmentModel->clear();
    m_dmarcbisNotes->clear();
    m_arcSummary->clear();
    m_arcModel->clear();
    m_fillingTrust = true;
    m_trustList->clear();
    m_fillingTrust = false;
    m_trustNote->clear();
    m_comparisonModel->clear();
    m_scorecardSummary->clear();
    m_scorecardModel->clear();
    ++m_rangesGeneration;
    m_shownRanges = {};
    m_rawView->clearRanges();
    m_rawLegend->clear();
}

void AuthPage::showOutput(AuthRunOutputPtr output)
{
    if (!output) {
        clearResults(tr("The check did not complete."));
        emit statusMessage(tr("The authentication check did not complete."));
        return;
    }
    if (output->timedOut) {
        m_output.reset();
        clearResults(tr("The check took too long and was stopped."));
        emit statusMessage(tr("The authentication check took too long and was stopped."));
        return;
    }
    m_output = std::move(output);
    m_ranAt = QDateTime::currentDateTimeUtc();
    if (m_document)
        m_saved.remove(inputName()); // this run replaces what the case had
    const Auth::MessageAuthResult& r = m_output->result;
    m_trusted = r.trust.defaulted ? QList<QByteArray>() : r.trust.trusted;
    display();
    m_findings = r.findings();
    m_stateLabel->setText(stateLine(m_output->queries, QLocale().toString(m_ranAt.toLocalTime().time(), QLocale::ShortFormat)));
    emit statusMessage(tr("Authentication: SPF %1, DKIM %2, DMARC %3, ARC %4.")
                           .arg(QString::fromLatin1(m_spfBadge->result()), QString::fromLatin1(m_dkimBadge->result()),
                                QString::fromLatin1(m_dmarcBadge->result()), QString::fromLatin1(m_arcBadge->result())));
    emit findingsChanged();
    emit checked();
}

void AuthPage::display()
{
    const Auth::MessageAuthResult& r = m_output->result;
    fillVerdicts(r);
    fillConnection(r);
    fillDkim(r);
    fillSpf(r);
    fillDmarc(r);
    fillArc(r);
    fillTrust(r);
    fillComparisons(r);
    fillScorecard(r);
}

QString AuthPage::inputName() const
{
    if (!m_document)
        return {};
    return m_document->caseLabel();
}

void AuthPage::restoreFromCase(const Report::Case& theCase)
{
    m_saved.clear();
    for (const Report::CaseCheck& check : theCase.checks) {
        if (check.kind == QLatin1String("auth") && isAuthResultJson(check.result))
            m_saved.insert(check.input, check);
    }
    if (m_document && !isRunning() && (!m_output || m_output->restored)) {
        const bool hadFindings = !m_findings.isEmpty();
        m_output.reset();
        m_findings.clear();
        clearResults(QString());
        if (showSaved()) {
            m_pending = false;
        } else if (hadFindings) {
            emit findingsChanged();
        }
    }
}

bool AuthPage::showSaved()
{
    if (!m_document)
        return false;
    const auto it = m_saved.constFind(inputName());
    if (it == m_saved.constEnd())
        return false;
    auto out = std::make_shared<AuthRunOutput>();
    out->result = authResultFromJson(it->result, &m_document->message);
    out->restored = true;
    out->savedJson = it->result;
    m_output = out;
    m_ranAt = it->ranAt;
    const Auth::MessageAuthResult& r = m_output->result;
    m_trusted = r.trust.defaulted ? QList<QByteArray>() : r.trust.trusted;
    // the connection the saved verdicts were computed for
    m_ipEdit->setText(r.connection.hasIp() ? r.connection.ip.toString() : QString());
    m_heloEdit->setText(fromUtf8(r.connection.helo));
    m_mailFromEdit->setText(fromUtf8(r.connection.mailFrom));
    display();
    m_findings = it->findings.isEmpty() ? r.findings() : it->findings;
    const QString when = m_ranAt.isValid() ? QLocale().toString(m_ranAt.toLocalTime(), QLocale::ShortFormat) : tr("earlier");
    m_stateLabel->setText(tr("Restored from the case (checked %1); Re-check (Ctrl+R) asks DNS again.").arg(when));
    emit statusMessage(tr("Authentication: the case's result is shown (SPF %1, DKIM %2, DMARC %3, ARC %4).")
                           .arg(QString::fromLatin1(m_spfBadge->result()), QString::fromLatin1(m_dkimBadge->result()),
                                QString::fromLatin1(m_dmarcBadge->result()), QString::fromLatin1(m_arcBadge->result())));
    emit findingsChanged();
    emit restored();
    return true;
}

void AuthPage::requestRanges(std::function<SignedRanges()> compute)
{
    // h= selection is cheap, but finding the l= cut reads the body: never on the UI thread
    const quint64 generation = ++m_rangesGeneration;
    AsyncTask::runThenCallback(this, std::move(compute), [this, generation](const SignedRanges& ranges) {
        if (generation != m_rangesGeneration)
            return;
        m_shownRanges = ranges;
        m_rawView->setRanges(ranges);
        showRangesLegend();
        emit signedRangesShown();
    });
}

void AuthPage::showDkimRanges(int index)
{
    if (!m_document)
        return;
    MessageDocumentPtr document = m_document;
    requestRanges([document, index] { return dkimSignedRanges(document->message, index); });
}

void AuthPage::showArcRanges(int instance, SignedRanges::Source which)
{
    if (!m_document)
        return;
    MessageDocumentPtr document = m_document;
    requestRanges([document, instance, which] { return arcSignedRanges(document->message, instance, which); });
}

void AuthPage::onArcRowChanged()
{
    const int row = m_arcView->currentIndex().row();
    if (row < 0 || row >= m_arcModel->rowCount())
        return;
    const int instance = m_arcModel->text(row, 0).toInt();
    const auto which = SignedRanges::Source(m_arcHighlightKind->currentData().toInt());
    showArcRanges(instance, which);
}

void AuthPage::showRangesLegend()
{
    const SignedRanges& g = m_shownRanges;
    QString what;
    switch (g.source) {
    case SignedRanges::Source::Dkim:
        what = tr("DKIM-Signature #%1 (d=%2, s=%3)").arg(g.index + 1).arg(fromUtf8(g.domain), fromUtf8(g.selector));
        break;
    case SignedRanges::Source::ArcMessageSignature:
        what = tr("ARC-Message-Signature i=%1 (d=%2, s=%3)").arg(g.index).arg(fromUtf8(g.domain), fromUtf8(g.selector));
        break;
    case SignedRanges::Source::ArcSeal:
        what = tr("ARC-Seal i=%1 (d=%2, s=%3)").arg(g.index).arg(fromUtf8(g.domain), fromUtf8(g.selector));
        break;
    }
    if (!g.valid) {
        m_rawLegend->setText(tr("%1: %2").arg(what, g.error));
        return;
    }
    QStringList lines;
    QStringList names;
    for (const SignedByteRange& h : g.headers)
        names << fromUtf8(h.name);
    lines << tr("%1 signs %n header field(s) (green, in hashing order: %2); the signature field is blue.", nullptr,
                int(g.headers.size()))
                 .arg(what, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    if (!g.overSigned.isEmpty()) {
        QStringList over;
        for (const QByteArray& n : g.overSigned)
            over << fromUtf8(n);
        lines << tr("Listed in h= but absent (over-signed: adding such a field breaks the signature): %1")
                     .arg(over.join(QStringLiteral(", ")));
    }
    if (!g.coversBody) {
        lines << tr("An ARC-Seal covers no body.");
    } else if (g.bodyLimit < 0) {
        lines << tr("Body: all %n byte(s) signed.", nullptr, int(std::min<qint64>(g.bodyLength, INT_MAX)));
    } else {
        const qint64 signedRaw = g.bodyCut - g.bodyOffset;
        const qint64 unsignedRaw = g.bodyOffset + g.bodyLength - g.bodyCut;
        QString body = tr("Body: l=%1 covers the first %2 raw byte(s); %3 byte(s) after the cut (red) are not signed.")
                           .arg(g.bodyLimit)
                           .arg(signedRaw)
                           .arg(unsignedRaw);
        if (g.bodyShorterThanLimit)
            body += QLatin1Char(' ') + tr("l= is larger than the canonical body: the signature cannot verify.");
        if (g.bodyCut >= m_rawView->shownEnd() && unsignedRaw > 0)
            body += QLatin1Char(' ') + tr("The cut lies past the part of the body shown here.");
        lines << body;
    }
    m_rawLegend->setText(lines.join(QLatin1Char('\n')));
}

void AuthPage::fillVerdicts(const Auth::MessageAuthResult& r)
{
    // SPF
    if (!r.spfEvaluated)
        m_spfBadge->setVerdict("none", r.spf.reason.isEmpty() ? tr("No connecting IP is known: SPF was not evaluated.")
                                                             : r.spf.reason);
    else
        m_spfBadge->setVerdict(Auth::spfResultToken(r.spf.result), r.spf.reason);

    // DKIM: pass when any signature passes (RFC 6376 §6.1: each signature stands alone)
    if (r.dkim.isEmpty()) {
        m_dkimBadge->setVerdict("none", tr("The message has no DKIM-Signature."));
    } else {
        const Auth::DkimSignatureResult* shown = &r.dkim.first();
        int passes = 0;
        for (const Auth::DkimSignatureResult& s : r.dkim) {
            if (s.result == Auth::DkimResult::Pass) {
                if (passes == 0)
                    shown = &s;
                ++passes;
            }
        }
        QString reason = tr("d=%1: %2").arg(fromUtf8(shown->domain), shown->explanation);
        if (r.dkim.size() > 1)
            reason = tr("%1 (%2 of %3 signatures pass)").arg(reason).arg(passes).arg(r.dkim.size());
        m_dkimBadge->setVerdict(Auth::dkimResultToken(shown->result), reason);
    }

    // DMARC
    QString dmarcReason = r.dmarc.reason;
    if (!r.dmarc.recordText.isEmpty())
        dmarcReason = tr("%1 Disposition: %2.").arg(dmarcReason, QString::fromLatin1(r.dmarc.disposition));
    m_dmarcBadge->setVerdict(Auth::dmarcResultToken(r.dmarc.result), dmarcReason);

    // ARC
    const QByteArray arc = r.arcJson.value(QStringLiteral("result")).toString(QStringLiteral("none")).toLatin1();
    QString arcReason = r.arcJson.value(QStringLiteral("reason")).toString();
    if (arcReason.isEmpty())
        arcReason = r.arcJson.value(QStringLiteral("chain")).toArray().isEmpty() ? tr("The message has no ARC sets.")
                                                                                 : QString();
    m_arcBadge->setVerdict(arc, arcReason);
}

void AuthPage::fillConnection(const Auth::MessageAuthResult& r)
{
    const Auth::ConnectionInfo& c = r.connection;
    m_hopLabel->setText(c.explanation);
    updateSourceLabels();
}

void AuthPage::fillDkim(const Auth::MessageAuthResult& r)
{
    QList<AuthTableModel::Row> rows;
    for (const Auth::DkimSignatureResult& s : r.dkim) {
        AuthTableModel::Row row;
        row.offset = s.fieldOffset;
        row.length = s.fieldLength;
        const QString key = s.keyBits > 0 ? tr("%1 bits%2").arg(s.keyBits).arg(s.keyTesting ? tr(", testing") : QString())
                                          : QString();
        row.cells = {AuthTableModel::Cell::plain(QString::number(s.index + 1)),
                     AuthTableModel::Cell::plain(fromUtf8(s.domain)),
                     AuthTableModel::Cell::plain(fromUtf8(s.selector)),
                     AuthTableModel::Cell::plain(QString::fromLatin1(s.algorithm)),
                     AuthTableModel::Cell::plain(QString::fromLatin1(s.canonicalization)),
                     AuthTableModel::Cell::plain(key, fromUtf8(s.keyRecord)),
                     AuthTableModel::Cell::result(Auth::dkimResultToken(s.result), QString::fromLatin1(s.reason)),
                     AuthTableModel::Cell::plain(s.explanation, s.explanation + QStringLiteral("\n") + s.reference)};
        rows.append(row);
    }
    m_dkimModel->setRows(rows);
    m_dkimView->resizeColumnsToContents();
    if (!rows.isEmpty()) {
        // the first broken signature is the interesting one
        int pick = 0;
        for (int i = 0; i < r.dkim.size(); ++i) {
            if (r.dkim.at(i).result != Auth::DkimResult::Pass) {
                pick = i;
                break;
            }
        }
        m_dkimView->setCurrentIndex(m_dkimModel->index(pick, 0));
    }
    onDkimRowChanged();
}

void AuthPage::onDkimRowChanged()
{
    m_diagnosis->clear();
    m_canonical->clear();
    m_canonicalTitle->clear();
    if (!m_output || !m_document)
        return;
    const int row = m_dkimView->currentIndex().row();
    const QList<Auth::DkimSignatureResult>& dkim = m_output->result.dkim;
    if (row < 0 || row >= dkim.size())
        return;
    const Auth::DkimSignatureResult& s = dkim.at(row);
    QStringList lines;
    lines << tr("Signature #%1: d=%2 s=%3 a=%4 c=%5")
                 .arg(s.index + 1)
                 .arg(fromUtf8(s.domain), fromUtf8(s.selector), QString::fromLatin1(s.algorithm),
                      QString::fromLatin1(s.canonicalization));
    lines << tr("Result: %1 (%2)").arg(QString::fromLatin1(Auth::dkimResultToken(s.result)), QString::fromLatin1(s.reason));
    if (!s.explanation.isEmpty())
        lines << s.explanation;
    if (!s.reference.isEmpty())
        lines << tr("Reference: %1").arg(s.reference);
    lines << QString();
    if (!s.signedHeaders.isEmpty())
        lines << tr("Signed header fields (h=): %1").arg(fromUtf8(s.signedHeaders.join(':')));
    if (s.bodyLength >= 0)
        lines << tr("Body length limit (l=): %1 bytes").arg(s.bodyLength);
    if (!s.expectedBodyHash.isEmpty())
        lines << tr("Body hash in the signature (bh=): %1").arg(QString::fromLatin1(s.expectedBodyHash));
    if (!s.computedBodyHash.isEmpty())
        lines << tr("Body hash computed here:          %1").arg(QString::fromLatin1(s.computedBodyHash));
    if (s.canonicalBodySize >= 0)
        lines << tr("Canonical body: %1 bytes").arg(s.canonicalBodySize);
    if (!s.keyName.isEmpty())
        lines << tr("Key: %1 %2").arg(fromUtf8(s.keyName), s.keyServer.isEmpty() ? QString() : tr("(from %1)").arg(s.keyServer));
    if (s.diagnosis) {
        const Auth::DkimBodyDiagnosis& d = *s.diagnosis;
        lines << QString() << tr("Why it broke:");
        lines << (d.pattern.isEmpty() ? tr("No known damage pattern reproduces bh=.")
                                      : tr("Damage pattern that reproduces bh=: %1").arg(QString::fromLatin1(d.pattern)));
        if (!d.explanation.isEmpty())
            lines << d.explanation;
        if (d.appendedBytes >= 0)
            lines << tr("Bytes appended after signing: %1 (the signature covers the first %2 raw body bytes)")
                         .arg(d.appendedBytes)
                         .arg(d.signedRawLength);
        if (!d.tried.isEmpty()) {
            lines << tr("Patterns tried:");
            for (const QString& t : d.tried)
                lines << QStringLiteral("  • ") + t;
        }
        if (d.bounded)
            lines << tr("Some patterns were skipped to keep the work bounded.");
        if (!d.appendedPreview.isEmpty())
            lines << QString() << tr("Appended content:") << d.appendedPreview;
        m_canonicalTitle->setText(tr("Canonicalized body the verifier hashed (%1 bytes):").arg(d.canonicalSize));
        setVisibleBytes(m_canonical, d.canonicalPreview);
    } else {
        // Show the canonical form of the start of the body (bounded), as the verifier sees it.
        const QByteArrayView body = Auth::DkimVerifier::body(m_document->message);
        const QByteArray canon = s.canonicalization.mid(s.canonicalization.indexOf('/') + 1);
        const Auth::DkimCanon bodyCanon =
            (s.canonicalization.contains('/') && canon == "relaxed") ? Auth::DkimCanon::Relaxed : Auth::DkimCanon::Simple;
        const bool cut = body.size() > kPreviewBodyBytes;
        const QByteArray canonical = Auth::dkimCanonicalizeBody(body.first(qMin(body.size(), kPreviewBodyBytes)), bodyCanon);
        m_canonicalTitle->setText(cut ? tr("Canonicalized body (%1), first %2 raw bytes:")
                                            .arg(bodyCanon == Auth::DkimCanon::Relaxed ? tr("relaxed") : tr("simple"))
                                            .arg(kPreviewBodyBytes)
                                      : tr("Canonicalized body (%1):")
                                            .arg(bodyCanon == Auth::DkimCanon::Relaxed ? tr("relaxed") : tr("simple")));
        setVisibleBytes(m_canonical, Auth::dkimVisibleBytes(canonical, 4000, 1000));
    }
    if (!s.canonicalHeaders.isEmpty())
        lines << QString() << tr("Canonical header data hashed:") << Auth::dkimVisibleBytes(s.canonicalHeaders, 3000, 500);
    m_diagnosis->setPlainText(withVisibleMarkers(lines.join(QLatin1Char('\n')), m_diagnosis->font()));
    showDkimRanges(s.index);
}

void AuthPage::fillSpf(const Auth::MessageAuthResult& r)
{
    if (!r.spfEvaluated) {
        m_spfSummary->setText(tr("SPF was not evaluated: no connecting IP is known. Enter the IP the message came "
                                 "from and re-check (Ctrl+R)."));
        m_spfModel->clearTrace();
        return;
    }
    const Auth::SpfEvaluation& e = r.spf;
    QStringList lines;
    lines << tr("Result: %1 for %2 %3 (identity %4) from %5")
                 .arg(QString::fromLatin1(Auth::spfResultToken(e.result)), fromUtf8(e.domain), fromUtf8(e.sender),
                      QString::fromLatin1(e.identity), e.ip.toString());
    if (!e.reason.isEmpty())
        lines << e.reason;
    if (!e.matchedTerm.isEmpty())
        lines << tr("Deciding term: %1").arg(fromUtf8(e.matchedTerm));
    if (!e.explanation.isEmpty())
        lines << tr("Explanation: %1").arg(e.explanation);
    lines << tr("DNS-querying terms: %1 of 10; void lookups: %2 of 2").arg(e.dnsMechanisms).arg(e.voidLookups);
    m_spfSummary->setText(lines.join(QLatin1Char('\n')));
    m_spfModel->setEvaluation(e);
    m_spfView->expandAll();
    m_spfView->resizeColumnToContents(AuthSpfTraceModel::StepColumn);
    m_spfView->resizeColumnToContents(AuthSpfTraceModel::ResultColumn);
}

void AuthPage::fillDmarc(const Auth::MessageAuthResult& r)
{
    const Auth::DmarcEvaluation& d = r.dmarc;
    QStringList lines;
    lines << tr("Result: %1 — %2").arg(QString::fromLatin1(Auth::dmarcResultToken(d.result)), d.reason);
    if (!r.from.ok())
        lines << tr("From domain: %1").arg(r.from.error);
    else
        lines << tr("From domain: %1 (organizational domain %2)")
                     .arg(fromUtf8(d.fromDomain.isEmpty() ? r.from.domain : d.fromDomain), fromUtf8(d.organizationalDomain));
    if (!d.recordText.isEmpty()) {
        lines << tr("Record at _dmarc.%1%2: %3")
                     .arg(fromUtf8(d.policyDomain),
                          d.recordFromOrgDomain ? tr(" (organizational-domain fallback)") : QString(),
                          fromUtf8(d.recordText));
        lines << tr("Policy applied: %1; disposition: %2%3; alignment DKIM %4, SPF %5")
                     .arg(QString::fromLatin1(Auth::dmarcPolicyToken(d.appliedPolicy)),
                          QString::fromLatin1(d.disposition),
                          d.sampledOut ? tr(" (sampled out by pct=)") : QString(),
                          d.dkimMode == Auth::DmarcAlignmentMode::Strict ? tr("strict") : tr("relaxed"),
                          d.spfMode == Auth::DmarcAlignmentMode::Strict ? tr("strict") : tr("relaxed"));
    }
    m_dmarcSummary->setText(lines.join(QLatin1Char('\n')));
    QList<AuthTableModel::Row> rows;
    for (const Auth::DmarcAlignmentRow& a : d.alignment) {
        AuthTableModel::Row row;
        row.cells = {AuthTableModel::Cell::plain(QString::fromLatin1(a.method).toUpper()),
                     AuthTableModel::Cell::plain(fromUtf8(a.domain)),
                     AuthTableModel::Cell::result(a.result),
                     AuthTableModel::Cell::plain(fromUtf8(a.scope)),
                     AuthTableModel::Cell::plain(yesNo(a.aligned)),
                     AuthTableModel::Cell::result(a.counts ? QByteArrayLiteral("pass") : QByteArrayLiteral("none"), a.why),
                     AuthTableModel::Cell::plain(a.why)};
        row.cells[5].text = yesNo(a.counts);
        rows.append(row);
    }
    m_alignmentModel->setRows(rows);
    m_alignmentView->resizeColumnsToContents();
    QStringList notes;
    if (!d.dmarcbisDisposition.isEmpty() && d.dmarcbisDisposition != d.disposition)
        notes << tr("Under DMARCbis the disposition would be: %1.").arg(QString::fromLatin1(d.dmarcbisDisposition));
    notes += d.dmarcbisNotes;
    m_dmarcbisNotes->setText(notes.isEmpty() ? tr("DMARCbis: no difference.")
                                             : tr("DMARCbis: %1").arg(notes.join(QLatin1Char(' '))));
}

void AuthPage::fillArc(const Auth::MessageAuthResult& r)
{
    const QJsonObject& arc = r.arcJson;
    const QJsonArray chain = arc.value(QStringLiteral("chain")).toArray();
    const QString result = arc.value(QStringLiteral("result")).toString(QStringLiteral("none"));
    if (chain.isEmpty())
        m_arcSummary->setText(tr("Result: %1. The message has no ARC sets.").arg(result));
    else
        m_arcSummary->setText(tr("Result: %1; oldest pass: %2. %3")
                                  .arg(result)
                                  .arg(arc.value(QStringLiteral("oldestPass")).toInt())
                                  .arg(arc.value(QStringLiteral("reason")).toString()));
    QList<AuthTableModel::Row> rows;
    for (const QJsonValue& v : chain) {
        const QJsonObject hop = v.toObject();
        const QJsonObject ams = hop.value(QStringLiteral("ams")).toObject();
        const QJsonObject as = hop.value(QStringLiteral("as")).toObject();
        AuthTableModel::Row row;
        row.cells = {AuthTableModel::Cell::plain(QString::number(hop.value(QStringLiteral("instance")).toInt())),
                     AuthTableModel::Cell::plain(hop.value(QStringLiteral("authservId")).toString()),
                     AuthTableModel::Cell::plain(tr("%1 / %2").arg(ams.value(QStringLiteral("domain")).toString(),
                                                                  ams.value(QStringLiteral("selector")).toString())),
                     AuthTableModel::Cell::result(ams.value(QStringLiteral("result")).toString().toLatin1()),
                     AuthTableModel::Cell::result(as.value(QStringLiteral("result")).toString().toLatin1()),
                     AuthTableModel::Cell::plain(as.value(QStringLiteral("cv")).toString()),
                     AuthTableModel::Cell::plain(hop.value(QStringLiteral("aar")).toString())};
        rows.append(row);
    }
    m_arcModel->setRows(rows);
    m_arcView->resizeColumnsToContents();
}

void AuthPage::fillTrust(const Auth::MessageAuthResult& r)
{
    m_fillingTrust = true;
    m_trustList->clear();
    for (const QByteArray& id : r.trust.seen) {
        auto* item = new QListWidgetItem(fromUtf8(id), m_trustList);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(r.trust.trusted.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_fillingTrust = false;
    if (r.trust.seen.isEmpty())
        m_trustNote->setText(tr("The message has no Authentication-Results fields."));
    else if (r.trust.defaulted)
        m_trustNote->setText(tr("Nothing picked: the topmost receiver's results are believed (RFC 8601 §5)."));
    else
        m_trustNote->setText(tr("Results stamped by the checked authserv-ids are believed."));
}

void AuthPage::fillComparisons(const Auth::MessageAuthResult& r)
{
    QList<AuthTableModel::Row> rows;
    for (const Auth::AuthResultsComparison& c : r.comparisons) {
        AuthTableModel::Row row;
        row.offset = c.offset;
        QString identifier = fromUtf8(c.identifier);
        if (!c.selector.isEmpty())
            identifier = tr("%1 (s=%2)").arg(identifier, fromUtf8(c.selector));
        row.cells = {AuthTableModel::Cell::plain(QString::number(c.headerIndex + 1)),
                     AuthTableModel::Cell::plain(fromUtf8(c.authservId)),
                     AuthTableModel::Cell::plain(yesNo(c.trusted)),
                     AuthTableModel::Cell::plain(QString::fromLatin1(c.method)),
                     AuthTableModel::Cell::plain(identifier),
                     AuthTableModel::Cell::result(c.stamped),
                     AuthTableModel::Cell::plain(QString::fromLatin1(c.ours)),
                     AuthTableModel::Cell::result(Auth::agreementToken(c.agreement)),
                     AuthTableModel::Cell::plain(c.explanation)};
        if (!c.ours.isEmpty())
            row.cells[6] = AuthTableModel::Cell::result(c.ours);
        rows.append(row);
    }
    m_comparisonModel->setRows(rows);
    m_comparisonView->resizeColumnsToContents();
}

void AuthPage::fillScorecard(const Auth::MessageAuthResult& r)
{
    const Auth::Scorecard& s = r.scorecard;
    m_scorecardSummary->setText(tr("Bulk-sender requirements (Gmail, Yahoo 2024; Microsoft 2025): %1 pass, %2 fail, %3 unknown.")
                                    .arg(s.count(Auth::ScoreStatus::Pass))
                                    .arg(s.count(Auth::ScoreStatus::Fail))
                                    .arg(s.count(Auth::ScoreStatus::Unknown)));
    QList<AuthTableModel::Row> rows;
    for (const Auth::ScorecardRow& row : s.rows) {
        AuthTableModel::Row out;
        out.cells = {AuthTableModel::Cell::plain(row.requirement, QString::fromLatin1(row.id)),
                     AuthTableModel::Cell::plain(row.providers.join(QStringLiteral(", "))),
                     AuthTableModel::Cell::result(Auth::scoreStatusToken(row.status)),
                     AuthTableModel::Cell::plain(row.evidence),
                     AuthTableModel::Cell::plain(row.reference)};
        rows.append(out);
    }
    m_scorecardModel->setRows(rows);
    // the requirement wraps: at most about 40 average characters wide
    const int requirementCap = m_scorecardView->fontMetrics().averageCharWidth() * 40;
    m_scorecardView->resizeColumnToContents(0);
    if (m_scorecardView->columnWidth(0) > requirementCap)
        m_scorecardView->setColumnWidth(0, requirementCap);
}

void AuthPage::onTrustItemChanged(QListWidgetItem* item)
{
    Q_UNUSED(item);
    if (m_fillingTrust)
        return;
    QList<QByteArray> ids;
    for (int i = 0; i < m_trustList->count(); ++i) {
        const QListWidgetItem* it = m_trustList->item(i);
        if (it->checkState() == Qt::Checked)
            ids.append(it->data(Qt::UserRole).toByteArray());
    }
    m_fromPicker = true;
    setTrustedAuthservIds(ids);
    m_fromPicker = false;
}

void AuthPage::setTrustedAuthservIds(const QList<QByteArray>& ids)
{
    QList<QByteArray> lower;
    for (const QByteArray& id : ids)
        lower.append(id.toLower());
    m_trusted = lower;
    if (!m_output)
        return;
    // Trust only changes which stamped results are believed: re-evaluate the comparison here,
    // without asking DNS again.
    auto copy = std::make_shared<AuthRunOutput>(*m_output);
    copy->restored = false; // saved from now on as it is shown
    copy->savedJson = {};
    Auth::MessageAuthResult& r = copy->result;
    r.trust = Auth::pickTrustedAuthservIds(r.stamped, lower);
    r.comparisons = Auth::compareAuthResults(r.stamped, r.spf, r.dkim, r.dmarc, r.spfEvaluated);
    m_output = copy;
    if (m_fromPicker) {
        // called from the list's itemChanged: refill it once that signal has returned
        QTimer::singleShot(0, this, [this] {
            if (m_output)
                fillTrust(m_output->result);
        });
    } else {
        fillTrust(r);
    }
    fillComparisons(r);
    m_findings = r.findings();
    emit findingsChanged();
    emit modified();
}

QList<QByteArray> AuthPage::trustedAuthservIds() const
{
    return m_output ? m_output->result.trust.trusted : m_trusted;
}

void AuthPage::showSubPage(SubPage page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool AuthPage::showEvidence(const Finding& finding)
{
    bool ours = false;
    for (const Finding& f : std::as_const(m_findings)) {
        if (f.code == finding.code && f.offset == finding.offset && f.title == finding.title) {
            ours = true;
            break;
        }
    }
    if (!ours)
        return false;
    const QByteArray& code = finding.code;
    if (code.startsWith("DKIM.")) {
        showSubPage(DkimPage);
        for (int i = 0; i < m_dkimModel->rowCount(); ++i) {
            if (finding.offset >= 0 && m_dkimModel->row(i).offset == finding.offset)
                m_dkimView->setCurrentIndex(m_dkimModel->index(i, 0));
        }
    } else if (code.startsWith("SPF.")) {
        showSubPage(SpfPage);
    } else if (code.startsWith("DMARC.")) {
        showSubPage(DmarcPage);
    } else if (code.startsWith("ARC.")) {
        showSubPage(ArcPage);
    } else if (code.startsWith("AUTH.AR")) {
        showSubPage(AuthResultsPage);
    } else if (code.startsWith("SCORECARD.")) {
        showSubPage(ScorecardPage);
    }
    return true;
}

Findings AuthPage::findings() const
{
    return m_findings;
}

void AuthPage::saveToCase(Report::Case& theCase) const
{
    if (!m_output || !m_document)
        return;
    Report::CaseCheck check;
    check.kind = QStringLiteral("auth");
    // the name the case knows the message by (MainWindow::buildCase added it already; the case
    // deduplicates by SHA-256), so a re-check finds the message this verdict belongs to
    check.input = theCase.addMessage(m_document->caseLabel(), m_document->message.bytes().toByteArray());
    check.ranAt = m_ranAt;
    check.findings = m_findings;
    check.result = m_output->restored ? m_output->savedJson : m_output->result.toJson();
    theCase.addCheck(check);
    QList<Report::CaseDnsEntry> dns;
    dns.reserve(m_output->queries.size());
    for (const Dns::QueryLogEntry& q : m_output->queries)
        dns.append(Report::CaseDnsEntry::fromQueryLog(q));
    theCase.addDnsEntries(dns);
}

} // namespace Deliverbench::Gui
