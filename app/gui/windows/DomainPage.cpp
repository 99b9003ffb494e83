// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/DomainPage.h"

#include "auth/dkim/DkimSignature.h"
#include "auth/dkim/DkimTagList.h"
#include "dns/Resolver.h"
#include "message/Address.h"
#include "message/Message.h"
#include "models/DnsTraceModel.h"
#include "models/Roles.h"
#include "models/SpfTreeModel.h"
#include "report/Case.h"
#include "util/ResolverFactory.h"
#include "widgets/SeverityIcons.h"
#include "widgets/ZoneOverlayEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

namespace {

constexpr int kMaxSelectors = 32;

QString latin(const QByteArray& b)
{
    return QString::fromLatin1(b);
}

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    table->setItem(row, column, item);
}

QTreeWidgetItem* addPair(QTreeWidgetItem* parent, const QString& key, const QString& value)
{
    auto* item = new QTreeWidgetItem(parent, {key, value});
    item->setToolTip(1, value);
    return item;
}

/** @short The section of a token (sectionToken(), compared case-insensitively; a finding code's prefix
 *  such as "MTASTS" matches "mtaSts"); Domain when none matches. */
Domain::Section sectionOfToken(const QByteArray& token)
{
    const QByteArray lower = token.toLower();
    for (Domain::Section s : Domain::allSections()) {
        if (Domain::sectionToken(s).toLower() == lower)
            return s;
    }
    return Domain::Section::Domain;
}

} // namespace

DomainPage::DomainPage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("domainPage"));
    auto* layout = new QVBoxLayout(this);

    // --- the form
    auto* form = new QFormLayout;
    m_domain = new QLineEdit(this);
    m_domain->setObjectName(QStringLiteral("domainEdit"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_domain->setClearButtonEnabled(true);
    m_domain->setToolTip(tr("The sending domain to audit (the From: domain of the selected message when left empty)"));
    connect(m_domain, &QLineEdit::textEdited, this, [this] { m_domainFromMessage = false; });
    form->addRow(tr("&Domain:"), m_domain);
    m_selectors = new QLineEdit(this);
    m_selectors->setObjectName(QStringLiteral("domainSelectorsEdit"));
    m_selectors->setPlaceholderText(tr("DKIM selectors, e.g. s1 s2 (empty: try common ones)"));
    m_selectors->setToolTip(tr("The s= values of the message's DKIM-Signature fields; separate several by spaces or commas"));
    connect(m_selectors, &QLineEdit::textEdited, this, [this] { m_selectorsFromMessage = false; });
    form->addRow(tr("DKIM &selectors:"), m_selectors);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("domainRunButton"));
    m_run->setToolTip(tr("Audit the domain (Ctrl+Return)"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &DomainPage::run);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("domainCancelButton"));
    m_cancel->setToolTip(tr("Stop the audit (Esc)"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &DomainPage::cancel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("domainProgress"));
    m_progress->setFormat(tr("%v of %m lookups"));
    showLookupCount(0, 0); // no count before a run
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    layout->addLayout(actions);
    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(runShortcut, &QShortcut::activated, this, &DomainPage::run);
    auto* enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    connect(enterShortcut, &QShortcut::activated, this, &DomainPage::run);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &DomainPage::cancel);

    m_summary = new QLabel(tr("Type a domain and press Run."), this);
    m_summary->setObjectName(QStringLiteral("domainSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    // --- results
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("domainResultTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_sectionTree = new QTreeWidget(m_tabs);
    m_sectionTree->setObjectName(QStringLiteral("domainSectionTree"));
    m_sectionTree->setHeaderLabels({tr("Item"), tr("Status"), tr("Finding")});
    m_sectionTree->setAlternatingRowColors(true);
    m_sectionTree->header()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_sectionTree->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    for (Domain::Section s : Domain::allSections()) {
        auto* item = new QTreeWidgetItem(m_sectionTree, {Domain::sectionTitle(s)});
        item->setData(ItemColumn, SectionStateRole, int(SectionState::Idle));
        m_sectionItems.insert(s, item);
    }
    m_tabs->addTab(m_sectionTree, tr("S&ummary"));

    m_mxPage = new QWidget(m_tabs);
    auto* mxLayout = new QVBoxLayout(m_mxPage);
    mxLayout->setContentsMargins(0, 0, 0, 0);
    m_mxLabel = new QLabel(m_mxPage);
    m_mxLabel->setObjectName(QStringLiteral("domainMxLabel"));
    m_mxLabel->setWordWrap(true);
    m_mxLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_mxLabel->setContentsMargins(6, 4, 6, 4);
    m_mxLabel->hide();
    mxLayout->addWidget(m_mxLabel);
    m_mxTable = makeTable(m_mxPage, QStringLiteral("domainMxTable"), {tr("Host"), tr("Preference"), tr("Addresses"), tr("PTR / FCrDNS")});
    mxLayout->addWidget(m_mxTable, 1);
    m_tabs->addTab(m_mxPage, tr("&MX"));

    auto* spfPage = new QWidget(m_tabs);
    m_spfPage = spfPage;
    auto* spfLayout = new QVBoxLayout(spfPage);
    spfLayout->setContentsMargins(0, 0, 0, 0);
    m_spfLabel = new QLabel(spfPage);
    m_spfLabel->setObjectName(QStringLiteral("domainSpfLabel"));
    m_spfLabel->setWordWrap(true);
    m_spfLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spfLabel->setContentsMargins(6, 4, 6, 4);
    spfLayout->addWidget(m_spfLabel);
    m_spfModel = new SpfTreeModel(this);
    m_spfView = new QTreeView(spfPage);
    m_spfView->setObjectName(QStringLiteral("domainSpfTree"));
    m_spfView->setModel(m_spfModel);
    m_spfView->setAlternatingRowColors(true);
    m_spfView->setUniformRowHeights(true);
    m_spfView->header()->setSectionResizeMode(SpfTreeModel::DomainColumn, QHeaderView::ResizeToContents);
    spfLayout->addWidget(m_spfView, 1);
    m_tabs->addTab(spfPage, tr("&SPF"));

    m_dmarcTree = new QTreeWidget(m_tabs);
    m_dmarcTree->setObjectName(QStringLiteral("domainDmarcTree"));
    m_dmarcTree->setHeaderLabels({tr("Tag"), tr("Value"), tr("Meaning")});
    m_dmarcTree->setAlternatingRowColors(true);
    m_dmarcTree->setWordWrap(true);
    m_dmarcTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_dmarcTree, tr("DM&ARC"));

    m_dkimTable = makeTable(m_tabs, QStringLiteral("domainDkimTable"), {tr("Selector"), tr("Key type"), tr("Bits"), tr("Flags"), tr("Status")});
    m_tabs->addTab(m_dkimTable, tr("D&KIM"));

    m_otherTree = new QTreeWidget(m_tabs);
    m_otherTree->setObjectName(QStringLiteral("domainOtherTree"));
    m_otherTree->setHeaderLabels({tr("Item"), tr("Value")});
    m_otherTree->setAlternatingRowColors(true);
    m_otherTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_otherItems.insert(Domain::Section::MtaSts, new QTreeWidgetItem(m_otherTree, {tr("MTA-STS")}));
    m_otherItems.insert(Domain::Section::TlsRpt, new QTreeWidgetItem(m_otherTree, {tr("TLS-RPT")}));
    m_otherItems.insert(Domain::Section::Bimi, new QTreeWidgetItem(m_otherTree, {tr("BIMI")}));
    m_otherItems.insert(Domain::Section::Domain, new QTreeWidgetItem(m_otherTree, {tr("DNSSEC")}));
    m_tabs->addTab(m_otherTree, tr("MTA-STS, TLS-RPT, &BIMI"));

    auto* tracePage = new QWidget(m_tabs);
    auto* traceLayout = new QVBoxLayout(tracePage);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    auto* traceBar = new QHBoxLayout;
    m_traceFilter = new QLineEdit(tracePage);
    m_traceFilter->setObjectName(QStringLiteral("domainTraceFilter"));
    m_traceFilter->setPlaceholderText(tr("Filter the trace (name, type, outcome, answer…)"));
    m_traceFilter->setClearButtonEnabled(true);
    traceBar->addWidget(m_traceFilter, 1);
    auto* copy = new QPushButton(tr("&Copy as text"), tracePage);
    copy->setObjectName(QStringLiteral("domainTraceCopyButton"));
    copy->setToolTip(tr("Copy the selected rows (all shown rows when none are selected) as tab-separated text"));
    connect(copy, &QPushButton::clicked, this, [this] { copyTrace(); });
    traceBar->addWidget(copy);
    traceLayout->addLayout(traceBar);
    m_traceModel = new DnsTraceModel(this);
    m_traceProxy = new QSortFilterProxyModel(this);
    m_traceProxy->setSourceModel(m_traceModel);
    m_traceProxy->setFilterRole(FilterTextRole);
    m_traceProxy->setFilterKeyColumn(0);
    m_traceProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_traceFilter, &QLineEdit::textChanged, m_traceProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_traceView = new QTableView(tracePage);
    m_traceView->setObjectName(QStringLiteral("domainTraceView"));
    m_traceView->setModel(m_traceProxy);
    m_traceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_traceView->setAlternatingRowColors(true);
    m_traceView->setWordWrap(false);
    m_traceView->verticalHeader()->setVisible(false);
    // the short columns as wide as their text, the answer takes the rest (elided; the tooltip has all of it)
    m_traceView->horizontalHeader()->setStretchLastSection(false);
    m_traceView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_traceView->horizontalHeader()->setSectionResizeMode(DnsTraceModel::AnswerColumn, QHeaderView::Stretch);
    auto* copyShortcut = new QShortcut(QKeySequence::Copy, m_traceView);
    copyShortcut->setContext(Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, [this] { copyTrace(); });
    traceLayout->addWidget(m_traceView, 1);
    m_tabs->addTab(tracePage, tr("DNS &trace"));

    m_overlayEditor = new ZoneOverlayEditor(m_tabs);
    connect(m_overlayEditor, &ZoneOverlayEditor::applyRequested, this, &DomainPage::applyOverlay);
    connect(m_overlayEditor, &ZoneOverlayEditor::cleared, this, [this] { m_overlayApplied = false; });
    connect(m_overlayEditor, &ZoneOverlayEditor::textChanged, this, &WorkspacePage::modified);
    // relative names in the overlay are relative to the domain being typed
    connect(m_domain, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (const auto domain = Domain::DomainAudit::normalizeDomain(text))
            m_overlayEditor->setOrigin(*domain);
    });
    m_tabs->addTab(m_overlayEditor, tr("&What-if"));
    resetSections(SectionState::Idle);
    showAllSections();
}

DomainPage::~DomainPage()
{
    discardRun();
}

QString DomainPage::title() const
{
    return tr("Domain");
}

void DomainPage::setResolverOptions(const Dns::ResolverOptions& options)
{
    m_dnsOptions = options;
    m_hasDnsOptions = true;
}

void DomainPage::setDocument(MessageDocumentPtr document)
{
    if (!document || isRunning() || !document->message.root)
        return;
    const Mail::HeaderBlock& headers = document->message.root->headers;
    // the From: domain (RFC 5322 §3.6.2), the one DMARC aligns to (RFC 7489 §3.1)
    if (m_domain->text().isEmpty() || m_domainFromMessage) {
        const Mail::AddressListResult from = Mail::parseAddressList(headers.value("From"));
        if (!from.mailboxes.isEmpty() && !from.mailboxes.first().domain.isEmpty() && !from.mailboxes.first().domainLiteral) {
            m_domain->setText(from.mailboxes.first().domain.toLower());
            m_domainFromMessage = true;
        }
    }
    // DKIM selectors: s= of every DKIM-Signature (RFC 6376 §3.5) whose d= is that domain (or any, when none is)
    if (m_selectors->text().isEmpty() || m_selectorsFromMessage) {
        QStringList all, matching;
        const QByteArray domain = m_domain->text().trimmed().toLower().toUtf8();
        for (const Mail::HeaderField* field : headers.all("DKIM-Signature")) {
            if (all.size() >= kMaxSelectors)
                break;
            const auto signature = Auth::parseDkimSignature(field->unfolded());
            QByteArray selector, d;
            if (signature) {
                selector = signature->selector;
                d = signature->domain.toLower();
            } else { // a broken signature still names its selector
                Auth::DkimTagList tags;
                Auth::parseDkimTagList(field->unfolded(), &tags, nullptr);
                selector = tags.value("s").trimmed();
                d = tags.value("d").trimmed().toLower();
            }
            if (selector.isEmpty() || all.contains(latin(selector)))
                continue;
            all << latin(selector);
            if (d == domain)
                matching << latin(selector);
        }
        const QStringList chosen = matching.isEmpty() ? all : matching;
        if (!chosen.isEmpty()) {
            m_selectors->setText(chosen.join(u' '));
            m_selectorsFromMessage = true;
        }
    }
}

QList<QByteArray> DomainPage::selectors() const
{
    QList<QByteArray> out;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString& s : m_selectors->text().split(separators, Qt::SkipEmptyParts)) {
        const QByteArray selector = s.toUtf8();
        if (!out.contains(selector) && out.size() < kMaxSelectors)
            out.append(selector);
    }
    return out;
}

bool DomainPage::isRunning() const
{
    return m_audit && m_audit->isRunning();
}

void DomainPage::run()
{
    startAudit(m_overlayApplied);
}

void DomainPage::applyOverlay()
{
    if (m_overlayEditor->validate() > 0) {
        m_tabs->setCurrentWidget(m_overlayEditor);
        return;
    }
    m_overlayApplied = !m_overlayEditor->overlay().isEmpty();
    startAudit(m_overlayApplied);
}

void DomainPage::discardRun()
{
    if (m_audit) {
        m_audit->disconnect(this);
        m_audit->cancel();
        m_audit->deleteLater();
    }
    if (m_resolver) {
        m_resolver->queryLog()->disconnect(this);
        m_resolver->deleteLater();
    }
    m_audit = nullptr;
    m_resolver = nullptr;
}

void DomainPage::startAudit(bool withOverlay)
{
    const auto domain = Domain::DomainAudit::normalizeDomain(m_domain->text());
    if (!domain) {
        m_summary->setText(domain.error().message);
        Q_EMIT statusMessage(domain.error().message);
        return;
    }
    discardRun();
    m_overlayEditor->setOrigin(*domain);
    if (m_hasDnsOptions) {
        m_resolver = new Dns::Resolver(m_dnsOptions, this);
        const Dns::ZoneOverlay global = ResolverFactory::config().overlay;
        if (!global.isEmpty())
            m_resolver->setOverlay(global);
    } else {
        m_resolver = ResolverFactory::create(this);
    }
    if (withOverlay) {
        // the page's overlay on top of the global one (--zone / settings): its records win
        Dns::ZoneOverlay combined;
        const Dns::ZoneOverlay mine = m_overlayEditor->overlay();
        for (const Dns::Record& r : m_resolver->overlay().records()) {
            if (!mine.contains(r.name, r.type))
                combined.addRecord(r);
        }
        for (const Dns::Record& r : mine.records())
            combined.addRecord(r);
        m_resolver->setOverlay(combined);
    }
    m_audit = new Domain::DomainAudit(m_resolver, this);
    connect(m_audit, &Domain::DomainAudit::sectionFinished, this, &DomainPage::onSectionFinished);
    connect(m_audit, &Domain::DomainAudit::spfTreeChanged, this, &DomainPage::onSpfTreeChanged);
    connect(m_audit, &Domain::DomainAudit::progress, this, &DomainPage::showLookupCount);
    connect(m_audit, &Domain::DomainAudit::finished, this, &DomainPage::onFinished);
    // the trace streams: one row per answer, as the resolver logs it
    connect(m_resolver->queryLog(), &Dns::QueryLog::entryAdded, this,
            [this](qsizetype, const Dns::QueryLogEntry& entry) { m_traceModel->append(entry); });

    Domain::AuditOptions options = m_baseOptions;
    options.selectors = selectors();
    m_result = Domain::AuditResult();
    m_result.domain = *domain;
    m_hasResult = false;
    m_spfRefreshQueued = false;
    m_traceModel->clear();
    m_spfModel->clear();
    resetSections(SectionState::Pending);
    rebuildFindings();
    m_ranAt = QDateTime::currentDateTimeUtc();
    setBusy(true);
    showAllSections();
    m_summary->setText(withOverlay ? tr("Auditing %1 with the what-if overlay…").arg(latin(*domain)) : tr("Auditing %1…").arg(latin(*domain)));
    Q_EMIT findingsChanged();
    m_audit->start(*domain, options);
}

void DomainPage::cancel()
{
    if (isRunning())
        m_audit->cancel(); // finished() follows with result().cancelled set
}

void DomainPage::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_domain->setReadOnly(busy);
    m_selectors->setReadOnly(busy);
    m_overlayEditor->applyButton()->setEnabled(!busy && !m_overlayEditor->overlay().isEmpty());
    if (busy) {
        m_progress->setTextVisible(false);
        m_progress->setRange(0, 0);
        m_progress->setValue(0);
    }
}

void DomainPage::showLookupCount(int done, int total)
{
    // no "0 of 1": without lookups the bar stays empty and says nothing
    m_progress->setTextVisible(total > 0);
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(qBound(0, done, qMax(1, total)));
}

QString DomainPage::pendingText()
{
    return tr("pending…");
}

QString DomainPage::cancelledText()
{
    return tr("cancelled");
}

void DomainPage::resetSections(SectionState state)
{
    m_sectionFindings.clear();
    for (Domain::Section s : Domain::allSections())
        m_sectionStates.insert(s, state);
}

void DomainPage::rebuildFindings()
{
    // the order of AuditResult::findings: the Domain section first, then allSections() order
    m_findings = m_sectionFindings.value(Domain::Section::Domain);
    for (Domain::Section s : Domain::allSections()) {
        if (s != Domain::Section::Domain)
            m_findings += m_sectionFindings.value(s);
    }
}

void DomainPage::onSectionFinished(Domain::Section section, const Findings& findings)
{
    if (!m_audit || sectionState(section) != SectionState::Pending)
        return;
    // results stream in: this section is complete, the others keep "pending…"
    m_result = m_audit->result();
    m_sectionFindings.insert(section, findings);
    m_sectionStates.insert(section, SectionState::Done);
    rebuildFindings();
    showSection(section);
    showSummary();
    updateTabBadges();
    Q_EMIT findingsChanged();
}

void DomainPage::onSpfTreeChanged()
{
    // answers come in bursts: redraw the growing tree once per event-loop pass
    if (m_spfRefreshQueued)
        return;
    m_spfRefreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_spfRefreshQueued = false;
        if (!m_audit || sectionState(Domain::Section::Spf) != SectionState::Pending)
            return;
        m_spfModel->setTree(m_audit->spfTreeSnapshot());
        m_spfView->expandAll();
        m_spfLabel->setText(tr("Looking up the SPF tree… %n record(s) reached so far.", nullptr, m_spfModel->nodeCount()));
    });
}

void DomainPage::onFinished()
{
    if (!m_audit)
        return;
    m_result = m_audit->result();
    for (Domain::Section s : Domain::allSections()) {
        if (sectionState(s) == SectionState::Done)
            continue;
        if (m_result.cancelled) {
            m_sectionStates.insert(s, SectionState::Cancelled);
        } else { // finished without its own signal (no resolver): what the audit has is complete
            m_sectionFindings.insert(s, m_audit->findings(s));
            m_sectionStates.insert(s, SectionState::Done);
        }
    }
    rebuildFindings(); // a cancelled section's partial findings are not shown: the group says "cancelled"
    m_hasResult = true;
    if (m_traceModel->rowCount() != m_result.dns.size())
        m_traceModel->setEntries(m_result.dns);
    setBusy(false);
    showAllSections();
    // every lookup of the run is in the trace; a cancelled run keeps its last "n of m" (when it got that far)
    if (!m_result.cancelled || m_progress->maximum() == 0)
        showLookupCount(int(m_result.dns.size()), int(m_result.dns.size()));
    Q_EMIT findingsChanged();
    Q_EMIT modified();
    Q_EMIT statusMessage(m_result.cancelled ? tr("Domain audit of %1 cancelled").arg(latin(m_result.domain))
                                            : tr("Domain audit of %1 done in %2 ms").arg(latin(m_result.domain)).arg(m_result.elapsedMs));
}

Findings DomainPage::findings() const
{
    return m_findings;
}

void DomainPage::showAllSections()
{
    for (Domain::Section s : Domain::allSections())
        showSection(s);
    showSummary();
    updateTabBadges();
}

void DomainPage::showSection(Domain::Section section)
{
    const SectionState state = sectionState(section);
    // the group in the Summary tab: badge and findings
    QTreeWidgetItem* group = m_sectionItems.value(section);
    qDeleteAll(group->takeChildren());
    group->setData(ItemColumn, SectionStateRole, int(state));
    group->setData(ItemColumn, SeverityRole, QVariant());
    group->setIcon(ItemColumn, QIcon());
    group->setText(FindingColumn, QString());
    group->setToolTip(FindingColumn, QString());
    group->setForeground(StatusColumn, QBrush());
    switch (state) {
    case SectionState::Idle:
        group->setText(StatusColumn, QString());
        break;
    case SectionState::Pending:
        group->setText(StatusColumn, pendingText());
        group->setIcon(ItemColumn, style()->standardIcon(QStyle::SP_BrowserReload));
        group->setForeground(StatusColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        break;
    case SectionState::Cancelled:
        group->setText(StatusColumn, cancelledText());
        group->setIcon(ItemColumn, style()->standardIcon(QStyle::SP_DialogCancelButton));
        group->setText(FindingColumn, tr("Stopped before every answer arrived; run again for this item."));
        break;
    case SectionState::Done: {
        const Findings& findings = m_sectionFindings[section];
        Severity worst = Severity::Pass;
        for (const Finding& f : findings) {
            worst = std::max(worst, f.severity);
            auto* item = new QTreeWidgetItem(group, {latin(f.code), severityName(f.severity), f.title});
            item->setIcon(ItemColumn, severityIcon(f.severity));
            item->setToolTip(FindingColumn, f.detail);
            item->setData(ItemColumn, SeverityRole, int(f.severity));
            item->setData(ItemColumn, CodeRole, latin(f.code));
        }
        const QString notChecked = findings.isEmpty() ? notCheckedReason(section) : QString();
        if (!notChecked.isEmpty()) {
            // a group whose lookups could not run is no clean result
            group->setText(StatusColumn, notCheckedText());
            group->setForeground(StatusColumn, palette().brush(QPalette::Disabled, QPalette::Text));
            group->setText(FindingColumn, notChecked);
            group->setToolTip(FindingColumn, notChecked);
            break;
        }
        if (findings.isEmpty()) {
            group->setText(StatusColumn, tr("no findings"));
        } else {
            group->setIcon(ItemColumn, severityIcon(worst));
            group->setData(ItemColumn, SeverityRole, int(worst));
            group->setText(StatusColumn, severityName(worst));
            group->setForeground(StatusColumn, severityColor(worst));
        }
        group->setText(FindingColumn, tr("%n finding(s)", nullptr, int(findings.size())));
        group->setExpanded(true);
        break;
    }
    }

    // the item's own tab
    const bool done = state == SectionState::Done;
    switch (section) {
    case Domain::Section::Mx:
        if (done) {
            fillMx(m_result);
        } else {
            m_mxTable->setRowCount(0);
            m_mxLabel->hide();
        }
        break;
    case Domain::Section::Spf:
        if (done) {
            fillSpf(m_result);
        } else if (state == SectionState::Cancelled) {
            m_spfLabel->setText(m_spfModel->isEmpty() ? tr("SPF: %1.").arg(cancelledText())
                                                      : tr("SPF: %1; the tree below is what was looked up until then.").arg(cancelledText()));
        } else if (state == SectionState::Pending) {
            m_spfLabel->setText(tr("SPF: %1").arg(pendingText()));
        } else {
            m_spfLabel->clear();
        }
        break;
    case Domain::Section::Dmarc:
        m_dmarcTree->clear();
        if (done)
            fillDmarc(m_result);
        else if (state != SectionState::Idle)
            new QTreeWidgetItem(m_dmarcTree, {state == SectionState::Pending ? pendingText() : cancelledText()});
        break;
    case Domain::Section::Dkim:
        if (done)
            fillDkim(m_result);
        else
            m_dkimTable->setRowCount(0);
        break;
    case Domain::Section::MtaSts:
    case Domain::Section::TlsRpt:
    case Domain::Section::Bimi:
    case Domain::Section::Domain:
        fillOther(section);
        break;
    }
}

void DomainPage::updateTabBadges()
{
    using S = Domain::Section;
    const QList<QPair<QWidget*, QList<S>>> tabs = {{m_sectionTree, Domain::allSections()}, {m_mxPage, {S::Mx}},
                                                   {m_spfPage, {S::Spf}}, {m_dmarcTree, {S::Dmarc}}, {m_dkimTable, {S::Dkim}},
                                                   {m_otherTree, {S::MtaSts, S::TlsRpt, S::Bimi, S::Domain}}};
    for (const auto& [widget, sections] : tabs) {
        bool pending = false, cancelled = false, any = false;
        Severity worst = Severity::Pass;
        for (S s : sections) {
            const SectionState state = sectionState(s);
            pending = pending || state == SectionState::Pending;
            cancelled = cancelled || state == SectionState::Cancelled;
            for (const Finding& f : m_sectionFindings.value(s)) {
                any = true;
                worst = std::max(worst, f.severity);
            }
        }
        QIcon icon;
        if (pending)
            icon = style()->standardIcon(QStyle::SP_BrowserReload);
        else if (cancelled)
            icon = style()->standardIcon(QStyle::SP_DialogCancelButton);
        else if (any)
            icon = severityIcon(worst);
        const int index = m_tabs->indexOf(widget);
        if (index >= 0) {
            m_tabs->setTabIcon(index, icon);
            m_tabs->setTabToolTip(index, pending ? pendingText() : cancelled ? cancelledText() : QString());
        }
    }
}

void DomainPage::showSummary()
{
    if (m_result.domain.isEmpty() || !(m_hasResult || isRunning() || !m_findings.isEmpty()))
        return;
    int counts[4] = {0, 0, 0, 0};
    for (const Finding& f : std::as_const(m_findings))
        ++counts[qBound(0, int(f.severity), 3)];
    QString text = tr("%1: %2 error(s), %3 warning(s), %4 info, %5 passed")
                       .arg(latin(m_result.domain))
                       .arg(counts[int(Severity::Error)])
                       .arg(counts[int(Severity::Warning)])
                       .arg(counts[int(Severity::Info)])
                       .arg(counts[int(Severity::Pass)]);
    int pending = 0;
    for (Domain::Section s : Domain::allSections())
        pending += sectionState(s) == SectionState::Pending ? 1 : 0;
    if (isRunning() && pending > 0)
        text += u' ' + tr("so far; %n item(s) still pending…", nullptr, pending);
    else if (m_result.cancelled)
        text += u' ' + tr("(cancelled: partial results)");
    else if (m_overlayApplied)
        text += u' ' + tr("(what-if overlay applied: marked answers are not published)");
    m_summary->setText(text);
}

void DomainPage::fillSpf(const Domain::AuditResult& result)
{
    m_spfModel->setTree(result.spf.tree);
    m_spfView->expandAll();
    if (m_spfModel->isEmpty()) {
        m_spfLabel->setText(result.spf.record.isEmpty() ? tr("No SPF record evaluated.") : latin(result.spf.record));
    } else {
        QString text = tr("%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed (RFC 7208 §4.6.4).")
                           .arg(result.spf.lookups)
                           .arg(result.spf.voidLookups);
        const QModelIndex breaker = m_spfModel->lookupBreaker();
        if (breaker.isValid()) {
            text += u' ' + tr("The 11th lookup is \"%1\" in the record of %2 (highlighted).")
                               .arg(QString::fromUtf8(m_spfModel->breakingTerm().left(200)), breaker.data().toString());
            m_spfView->scrollTo(breaker);
        }
        const QModelIndex voidBreaker = m_spfModel->voidBreaker();
        if (voidBreaker.isValid())
            text += u' ' + tr("The third void lookup happens in the record of %1 (highlighted).").arg(voidBreaker.data().toString());
        m_spfLabel->setText(text);
    }
    for (int c = 0; c < SpfTreeModel::RecordColumn; ++c)
        m_spfView->resizeColumnToContents(c);
}

void DomainPage::fillMx(const Domain::AuditResult& result)
{
    m_mxTable->setRowCount(0);
    for (const Domain::MxHost& h : result.mx) {
        const int row = m_mxTable->rowCount();
        m_mxTable->insertRow(row);
        QString host = latin(h.host);
        if (!h.cnameChain.isEmpty())
            host += tr(" (CNAME %1)").arg(latin(QByteArrayList(h.cnameChain).join(" > ")));
        setCell(m_mxTable, row, 0, host);
        auto* pref = new QTableWidgetItem;
        pref->setData(Qt::DisplayRole, int(h.preference));
        m_mxTable->setItem(row, 1, pref);
        QStringList addresses, ptrs;
        for (const Domain::MxAddress& a : h.addresses) {
            addresses << a.address.toString();
            const QString names = a.ptr.isEmpty() ? latin(a.ptrStatus) : latin(QByteArrayList(a.ptr).join(", "));
            ptrs << tr("%1 → %2 %3").arg(a.address.toString(), names, a.fcrdns ? tr("(FCrDNS ok)") : tr("(no FCrDNS)"));
        }
        setCell(m_mxTable, row, 2, addresses.join(QStringLiteral(", ")));
        setCell(m_mxTable, row, 3, ptrs.join(QStringLiteral("; ")));
    }
    m_mxTable->resizeColumnsToContents();

    // an empty table says why
    QString why;
    const Dns::QueryLogEntry* mx = result.mx.isEmpty() ? traceEntry(result.domain, Dns::RecordType::MX) : nullptr;
    const QString domain = latin(result.domain);
    if (mx) {
        switch (mx->outcome) {
        case Dns::Outcome::NxDomain:
            why = tr("No MX hosts: %1 does not exist (NXDOMAIN), so mail to it cannot be delivered and mail from it is rejected.").arg(domain);
            break;
        case Dns::Outcome::NoData:
            why = tr("No MX record: %1 has none, so senders fall back to its address records (implicit MX, RFC 5321 §5.1).").arg(domain);
            break;
        case Dns::Outcome::NoError: {
            const Findings& found = m_sectionFindings.value(Domain::Section::Mx);
            const bool nullMx = std::any_of(found.cbegin(), found.cend(), [](const Finding& f) { return f.code == "MX.NULL"; });
            why = nullMx ? tr("No MX hosts: %1 publishes a null MX: it accepts no mail (RFC 7505).").arg(domain)
                         : tr("No usable MX host: see the findings of \"%1\".").arg(Domain::sectionTitle(Domain::Section::Mx));
            break;
        }
        default:
            why = tr("No MX hosts shown: the MX lookup of %1 failed (%2).").arg(domain, mx->errorText.isEmpty() ? Dns::outcomeText(mx->outcome) : mx->errorText);
            break;
        }
    }
    m_mxLabel->setText(why);
    m_mxLabel->setVisible(!why.isEmpty());
}

const Dns::QueryLogEntry* DomainPage::traceEntry(const QByteArray& name, Dns::RecordType type) const
{
    const QByteArray wanted = Dns::normalizeName(name);
    for (const Dns::QueryLogEntry& e : m_traceModel->entries()) {
        if (e.type == type && Dns::normalizeName(e.name) == wanted)
            return &e;
    }
    return nullptr;
}

bool DomainPage::noDnsAnswer() const
{
    const QList<Dns::QueryLogEntry>& entries = m_traceModel->entries();
    return !entries.isEmpty() && std::none_of(entries.cbegin(), entries.cend(), [](const Dns::QueryLogEntry& e) {
        return e.fromOverlay || e.rcode >= 0;
    });
}

QString DomainPage::notCheckedText()
{
    return tr("not checked");
}

QString DomainPage::notCheckedReason(Domain::Section section) const
{
    if (noDnsAnswer())
        return tr("DNS lookups failed: no server answered (see the DNS trace)");
    if (section == Domain::Section::Mx && m_result.mx.isEmpty()) {
        const Dns::QueryLogEntry* mx = traceEntry(m_result.domain, Dns::RecordType::MX);
        if (mx && mx->outcome == Dns::Outcome::NxDomain)
            return tr("the domain does not exist (NXDOMAIN): it has no MX hosts to check");
    }
    return {};
}

QString DomainPage::dkimStatusText(const QByteArray& status, const QString& failure)
{
    if (status == "ok")
        return tr("key published");
    if (status == "NXDOMAIN")
        return tr("no key published (NXDOMAIN: the name does not exist)");
    if (status == "NODATA")
        return tr("no key published (no TXT record at the name)");
    if (status == "invalid")
        return tr("key record invalid: verifiers cannot use it");
    if (status == "revoked")
        return tr("key revoked (empty p=)");
    if (status == "pending")
        return pendingText();
    if (status == "TIMEOUT" || status == "SERVFAIL" || status == "REFUSED" || status == "ERROR")
        return failure.isEmpty() ? tr("lookup failed (%1)").arg(latin(status)) : tr("lookup failed: %1").arg(failure);
    return latin(status);
}

QString DomainPage::dmarcTagExplanation(const QByteArray& tag)
{
    static const QHash<QByteArray, const char*> texts = {
        {"v", QT_TR_NOOP("Version: must be DMARC1 and come first (RFC 7489 §6.3)")},
        {"p", QT_TR_NOOP("Policy for mail failing DMARC: none (monitor), quarantine (spam folder), reject (RFC 7489 §6.3)")},
        {"sp", QT_TR_NOOP("Policy for subdomains; p= applies when absent (RFC 7489 §6.3)")},
        {"np", QT_TR_NOOP("Policy for non-existent subdomains (RFC 9091, DMARCbis)")},
        {"adkim", QT_TR_NOOP("DKIM alignment: r (relaxed, same organizational domain) or s (strict, exact domain) (RFC 7489 §3.1.1)")},
        {"aspf", QT_TR_NOOP("SPF alignment: r (relaxed) or s (strict) (RFC 7489 §3.1.2)")},
        {"pct", QT_TR_NOOP("Percentage of failing mail the policy applies to (RFC 7489 §6.3; removed by DMARCbis, use t=y)")},
        {"fo", QT_TR_NOOP("When failure reports are wanted: 0 all fail, 1 any fails, d DKIM fails, s SPF fails (RFC 7489 §6.3)")},
        {"rua", QT_TR_NOOP("Where aggregate reports go: mailto: URIs; other domains must authorize it (RFC 7489 §7.1)")},
        {"ruf", QT_TR_NOOP("Where failure (forensic) reports go; few receivers send them (RFC 7489 §6.3)")},
        {"rf", QT_TR_NOOP("Failure report format: afrf (RFC 7489 §6.3; removed by DMARCbis)")},
        {"ri", QT_TR_NOOP("Aggregate report interval in seconds, default 86400 (RFC 7489 §6.3; removed by DMARCbis)")},
        {"t", QT_TR_NOOP("Testing mode: y asks receivers not to apply the policy fully (DMARCbis)")},
        {"psd", QT_TR_NOOP("Public suffix domain flag: y, n or u (DMARCbis)")},
    };
    const char* text = texts.value(tag.toLower());
    return text ? tr(text) : QString();
}

void DomainPage::fillDmarc(const Domain::AuditResult& result)
{
    m_dmarcTree->clear();
    const Domain::DmarcResult& d = result.dmarc;
    if (d.record.isEmpty()) {
        new QTreeWidgetItem(m_dmarcTree, {tr("(no record)"), QString(), d.orgDomain.isEmpty() ? QString() : tr("Organizational domain: %1").arg(latin(d.orgDomain))});
        return;
    }
    auto* root = new QTreeWidgetItem(m_dmarcTree, {latin(d.foundAt), QString::fromUtf8(d.record.left(2000)),
                                                   d.fromOrgDomain ? tr("Inherited from the organizational domain %1").arg(latin(d.orgDomain))
                                                                   : tr("Policy in force: %1").arg(d.policy.isEmpty() ? tr("none (unusable record)") : latin(d.policy))});
    root->setToolTip(1, QString::fromUtf8(d.record.left(2000)));
    Auth::DkimTagList tags; // the tag-list syntax DMARC shares (RFC 7489 §6.4); a broken tail is shown as one item
    Auth::DkimProblem problem;
    QByteArray text = d.record;
    text.replace("\\;", ";");
    const bool ok = Auth::parseDkimTagList(text, &tags, &problem, 100);
    for (const Auth::DkimTag& tag : std::as_const(tags.tags)) {
        auto* item = new QTreeWidgetItem(root, {latin(tag.name), QString::fromUtf8(tag.value.left(1000)), dmarcTagExplanation(tag.name)});
        item->setToolTip(2, item->text(2));
        if (item->text(2).isEmpty())
            item->setText(2, tr("Unknown tag: receivers ignore it"));
    }
    if (!ok)
        new QTreeWidgetItem(root, {tr("(syntax)"), QString(), problem.text});
    m_dmarcTree->expandAll();
}

void DomainPage::fillDkim(const Domain::AuditResult& result)
{
    m_dkimTable->setRowCount(0);
    for (const Domain::DkimSelectorResult& k : result.dkim) {
        if (k.guessed && k.record.isEmpty())
            continue; // a guess that found nothing is no key
        const int row = m_dkimTable->rowCount();
        m_dkimTable->insertRow(row);
        setCell(m_dkimTable, row, 0, k.guessed ? tr("%1 (guessed: %2)").arg(latin(k.selector), k.provider) : latin(k.selector));
        setCell(m_dkimTable, row, 1, latin(k.keyType));
        auto* bits = new QTableWidgetItem;
        if (k.keyBits > 0)
            bits->setData(Qt::DisplayRole, k.keyBits);
        m_dkimTable->setItem(row, 2, bits);
        QStringList flags;
        if (k.revoked)
            flags << tr("revoked");
        if (k.testing)
            flags << tr("testing (t=y)");
        setCell(m_dkimTable, row, 3, flags.join(QStringLiteral(", ")));
        QString failure; // a failed lookup: the resolver's reason
        if (const Dns::QueryLogEntry* e = traceEntry(k.selector + "._domainkey." + result.domain, Dns::RecordType::TXT))
            failure = e->errorText.isEmpty() ? Dns::outcomeText(e->outcome) : e->errorText;
        setCell(m_dkimTable, row, 4, dkimStatusText(k.status, failure));
    }
    m_dkimTable->resizeColumnsToContents();
}

void DomainPage::fillOther(Domain::Section section)
{
    QTreeWidgetItem* item = m_otherItems.value(section);
    if (!item)
        return;
    qDeleteAll(item->takeChildren());
    item->setForeground(1, QBrush());
    switch (sectionState(section)) {
    case SectionState::Idle:
        item->setText(1, QString());
        return;
    case SectionState::Pending:
        item->setText(1, pendingText());
        item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        return;
    case SectionState::Cancelled:
        item->setText(1, cancelledText());
        return;
    case SectionState::Done:
        break;
    }
    const Domain::AuditResult& result = m_result;
    const QString none = tr("(none)");
    switch (section) {
    case Domain::Section::MtaSts:
        item->setText(1, result.mtaSts.record.isEmpty() ? none : latin(result.mtaSts.record));
        if (!result.mtaSts.record.isEmpty()) {
            addPair(item, tr("Policy URL"), result.mtaSts.policyUrl);
            addPair(item, tr("HTTP status"), result.mtaSts.httpStatus ? QString::number(result.mtaSts.httpStatus) : result.mtaSts.fetchError);
            addPair(item, tr("Mode"), latin(result.mtaSts.mode));
            addPair(item, tr("max_age"), result.mtaSts.maxAge >= 0 ? tr("%1 s").arg(result.mtaSts.maxAge) : QString());
            addPair(item, tr("MX patterns"), latin(QByteArrayList(result.mtaSts.mx).join(", ")));
        }
        break;
    case Domain::Section::TlsRpt:
        item->setText(1, result.tlsRpt.record.isEmpty() ? none : latin(result.tlsRpt.record));
        if (!result.tlsRpt.rua.isEmpty())
            addPair(item, tr("Reports to"), latin(QByteArrayList(result.tlsRpt.rua).join(", ")));
        break;
    case Domain::Section::Bimi:
        item->setText(1, result.bimi.record.isEmpty() ? none : QString::fromUtf8(result.bimi.record.left(1000)));
        if (!result.bimi.record.isEmpty()) {
            addPair(item, tr("Found at"), latin(result.bimi.foundAt));
            addPair(item, tr("Logo (l=)"), latin(result.bimi.location));
            addPair(item, tr("VMC (a=)"), result.bimi.authority.isEmpty() ? none : latin(result.bimi.authority));
            addPair(item, tr("SVG"), result.bimi.fetchError.isEmpty() ? tr("%1 bytes (HTTP %2)").arg(result.bimi.svgBytes).arg(result.bimi.httpStatus)
                                                                      : result.bimi.fetchError);
        }
        break;
    case Domain::Section::Domain:
        if (noDnsAnswer())
            item->setText(1, tr("%1: no DNS server answered").arg(notCheckedText()));
        else
            item->setText(1, result.dnssecAuthenticated ? tr("answers authenticated (AD bit set by the resolver)")
                                                        : tr("answers not authenticated (no AD bit)"));
        break;
    default:
        break;
    }
    item->setToolTip(1, item->text(1));
    item->setExpanded(true);
}

QString DomainPage::copyTrace()
{
    QList<int> rows;
    const QModelIndexList selected = m_traceView->selectionModel() ? m_traceView->selectionModel()->selectedRows() : QModelIndexList();
    for (const QModelIndex& i : selected)
        rows << m_traceProxy->mapToSource(i).row();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_traceProxy->rowCount(); ++r)
            rows << m_traceProxy->mapToSource(m_traceProxy->index(r, 0)).row();
    }
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows))
        lines << m_traceModel->rowText(r);
    const QString text = lines.join(u'\n');
    if (QClipboard* clipboard = QApplication::clipboard())
        clipboard->setText(text);
    return text;
}

void DomainPage::saveToCase(Report::Case& theCase) const
{
    if (!m_domain->text().trimmed().isEmpty())
        theCase.addDomain(m_domain->text().trimmed());
    if (!m_hasResult && m_overlayEditor->text().isEmpty())
        return;
    Report::CaseCheck check;
    check.kind = QStringLiteral("domain");
    check.input = latin(m_result.domain.isEmpty() ? m_domain->text().trimmed().toUtf8() : m_result.domain);
    check.ranAt = m_ranAt.isValid() ? m_ranAt : QDateTime::currentDateTimeUtc();
    check.findings = m_findings;
    check.result = m_hasResult ? m_result.toJson() : QJsonObject();
    QJsonArray selectorList;
    for (const QByteArray& s : selectors())
        selectorList.append(latin(s));
    // which groups finished (a cancelled run) and the group of every finding, for restoreFromCase()
    QJsonArray doneSections, findingSections;
    for (Domain::Section s : Domain::allSections()) {
        if (sectionState(s) == SectionState::Done)
            doneSections.append(latin(Domain::sectionToken(s)));
    }
    QList<Domain::Section> order{Domain::Section::Domain}; // rebuildFindings()' order
    for (Domain::Section s : Domain::allSections()) {
        if (s != Domain::Section::Domain)
            order.append(s);
    }
    for (Domain::Section s : std::as_const(order)) {
        for (qsizetype i = 0; i < m_sectionFindings.value(s).size(); ++i)
            findingSections.append(latin(Domain::sectionToken(s)));
    }
    if (findingSections.size() != m_findings.size()) { // not from a run of this page: by code prefix
        findingSections = QJsonArray();
        for (const Finding& f : m_findings)
            findingSections.append(latin(Domain::sectionToken(sectionOfToken(f.code.left(f.code.indexOf('.'))))));
    }
    check.result.insert(QStringLiteral("gui"), QJsonObject{{QStringLiteral("selectors"), selectorList},
                                                           {QStringLiteral("overlay"), m_overlayEditor->text()},
                                                           {QStringLiteral("overlayApplied"), m_overlayApplied},
                                                           {QStringLiteral("doneSections"), doneSections},
                                                           {QStringLiteral("findingSections"), findingSections}});
    theCase.addCheck(check);
    QList<Report::CaseDnsEntry> entries;
    for (const Dns::QueryLogEntry& e : m_result.dns)
        entries.append(Report::CaseDnsEntry::fromQueryLog(e));
    theCase.addDnsEntries(entries);
}

void DomainPage::restoreFromCase(const Report::Case& theCase)
{
    discardRun();
    setBusy(false);
    const Report::CaseCheck* check = nullptr;
    for (const Report::CaseCheck& c : theCase.checks) {
        if (c.kind == QLatin1String("domain"))
            check = &c;
    }
    m_findings.clear();
    m_hasResult = false;
    m_result = Domain::AuditResult();
    m_traceModel->clear();
    m_spfModel->clear();
    m_domainFromMessage = m_selectorsFromMessage = false;
    if (!check) {
        m_domain->setText(theCase.domains.isEmpty() ? QString() : theCase.domains.first());
        m_selectors->clear();
        m_overlayEditor->setText(QString());
        m_overlayApplied = false;
        resetSections(SectionState::Idle);
        showAllSections();
        showLookupCount(0, 0);
        Q_EMIT findingsChanged();
        return;
    }
    const QJsonObject gui = check->result.value(QStringLiteral("gui")).toObject();
    QStringList selectorList;
    for (const QJsonValue& v : gui.value(QStringLiteral("selectors")).toArray())
        selectorList << v.toString().left(255);
    m_domain->setText(check->input);
    m_selectors->setText(selectorList.mid(0, kMaxSelectors).join(u' '));
    m_overlayEditor->setText(gui.value(QStringLiteral("overlay")).toString().left(int(Dns::ZoneOverlay::kMaxInputBytes)));
    m_overlayApplied = gui.value(QStringLiteral("overlayApplied")).toBool();
    if (check->result.contains(QStringLiteral("domain"))) {
        m_result = Domain::AuditResult::fromJson(check->result);
        m_hasResult = true;
        m_ranAt = check->ranAt;
    }
    m_findings = check->findings;
    resetSections(m_hasResult ? SectionState::Done : SectionState::Idle);
    if (m_hasResult && gui.contains(QStringLiteral("doneSections"))) {
        const QJsonArray done = gui.value(QStringLiteral("doneSections")).toArray();
        for (Domain::Section s : Domain::allSections()) {
            if (!done.contains(latin(Domain::sectionToken(s))))
                m_sectionStates.insert(s, m_result.cancelled ? SectionState::Cancelled : SectionState::Done);
        }
    }
    const QJsonArray findingSections = gui.value(QStringLiteral("findingSections")).toArray();
    const bool sectionsKnown = findingSections.size() == m_findings.size();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        const QByteArray token = sectionsKnown ? findingSections.at(i).toString().left(32).toLatin1() : f.code.left(f.code.indexOf('.'));
        m_sectionFindings[sectionOfToken(token)].append(f);
    }
    m_traceModel->setEntries(m_result.dns);
    showLookupCount(int(m_result.dns.size()), int(m_result.dns.size()));
    m_overlayEditor->setOrigin(m_result.domain);
    showAllSections();
    Q_EMIT findingsChanged();
}

} // namespace Deliverbench::Gui
