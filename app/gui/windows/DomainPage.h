// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"
#include "domain/DomainAudit.h"
#include "windows/WorkspacePage.h"

#include <QDateTime>
#include <QMap>
#include <QPointer>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace Deliverbench::Gui {

class DnsTraceModel;
class SpfTreeModel;
class ZoneOverlayEditor;

/**
 * @short The Domain tab (issue 3): audits a sending domain (core/domain/DomainAudit) on the event
 * loop and shows the summary, MX hosts with PTR/FCrDNS, the SPF include/redirect tree with the
 * lookup cost of every node and the record that breaks the 10-lookup / 2-void budget, the DMARC
 * tags explained, the DKIM keys, MTA-STS/TLS-RPT/BIMI/DNSSEC, and the DNS trace. A what-if zone
 * overlay re-runs the audit as if records were published; overlay answers are marked.
 *
 * Results stream in: every group (MX … DNSSEC) shows "pending…" from Run on and fills with its
 * badge and findings when its section finishes (DomainAudit::sectionFinished), the SPF tree grows
 * as includes resolve and the trace gains a row per answer. Cancel keeps the finished groups and
 * marks the others "cancelled".
 */
class DomainPage : public WorkspacePage
{
    Q_OBJECT
public:
    /** @short Where a result group stands: not run, waiting for answers, shown, or stopped by Cancel. */
    enum class SectionState { Idle, Pending, Done, Cancelled };
    /** @short Columns of the Summary tab's group tree. */
    enum SummaryColumn { ItemColumn, StatusColumn, FindingColumn };
    /** @short Item role of a group item in the Summary tab: int(SectionState). */
    static constexpr int SectionStateRole = Qt::UserRole + 400;

    explicit DomainPage(QWidget* parent = nullptr);
    ~DomainPage() override;

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    Findings findings() const override;
    void saveToCase(Report::Case& theCase) const override;
    void restoreFromCase(const Report::Case& theCase) override;

    /** @short Audits the domain of the form (Run, Ctrl+Return), with the overlay when one was applied. */
    void run();
    /** @short Re-runs with the overlay editor's records (the "Apply what-if" button). */
    void applyOverlay();
    /** @short Stops the running audit; its partial results stay. */
    void cancel();
    bool isRunning() const;
    /** @short DNS servers and timeouts of the next runs (default: ResolverFactory, i.e. the system's). */
    void setResolverOptions(const Dns::ResolverOptions& options);
    /** @short HTTPS fetch options of the next runs (tests: a private CA, a connect override). */
    void setAuditOptions(const Domain::AuditOptions& options) { m_baseOptions = options; }

    const Domain::AuditResult& result() const { return m_result; }
    bool hasResult() const { return m_hasResult; }
    /** @short The selectors field split into selectors. */
    QList<QByteArray> selectors() const;

    QLineEdit* domainEdit() const { return m_domain; }
    QLineEdit* selectorsEdit() const { return m_selectors; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* summaryLabel() const { return m_summary; }
    QTabWidget* resultTabs() const { return m_tabs; }
    QTableWidget* mxTable() const { return m_mxTable; }
    /** @short Above the MX table: why it is empty (no such domain, no MX, null MX, a failed lookup); hidden otherwise. */
    QLabel* mxLabel() const { return m_mxLabel; }
    QTreeView* spfTreeView() const { return m_spfView; }
    SpfTreeModel* spfTreeModel() const { return m_spfModel; }
    QLabel* spfLabel() const { return m_spfLabel; }
    QTreeWidget* dmarcTree() const { return m_dmarcTree; }
    QTableWidget* dkimTable() const { return m_dkimTable; }
    QTreeWidget* otherTree() const { return m_otherTree; }
    QTreeWidget* sectionTree() const { return m_sectionTree; }
    SectionState sectionState(Domain::Section section) const { return m_sectionStates.value(section, SectionState::Idle); }
    /** @short The Summary tab's group of a section: badge in StatusColumn, its findings as children. */
    QTreeWidgetItem* sectionItem(Domain::Section section) const { return m_sectionItems.value(section); }
    /** @short MTA-STS, TLS-RPT, BIMI or DNSSEC (Section::Domain) in the otherTree(); nullptr for the other sections. */
    QTreeWidgetItem* otherItem(Domain::Section section) const { return m_otherItems.value(section); }
    /** @short The translated "pending…" / "cancelled" texts the groups show. */
    static QString pendingText();
    static QString cancelledText();
    QTableView* traceView() const { return m_traceView; }
    DnsTraceModel* traceModel() const { return m_traceModel; }
    QSortFilterProxyModel* traceFilterModel() const { return m_traceProxy; }
    QLineEdit* traceFilterEdit() const { return m_traceFilter; }
    ZoneOverlayEditor* overlayEditor() const { return m_overlayEditor; }
    /** @short The trace's visible rows (all when none are selected) as tab-separated text, also put on the clipboard. */
    QString copyTrace();
    /** @short Explanation of a DMARC tag (RFC 7489 §6.3, DMARCbis), translated; empty for an unknown tag. */
    static QString dmarcTagExplanation(const QByteArray& tag);
    /** @short The DKIM table's Status column: a sentence for a DkimSelectorResult::status token ("ok", "NXDOMAIN", …). */
    static QString dkimStatusText(const QByteArray& status, const QString& failure = {});
    /** @short The translated "not checked" a group shows when its lookups could not run. */
    static QString notCheckedText();

private:
    void startAudit(bool withOverlay);
    void onSectionFinished(Domain::Section section, const Findings& findings);
    void onSpfTreeChanged();
    void onFinished();
    void setBusy(bool busy);
    void resetSections(SectionState state);
    void rebuildFindings();
    void showAllSections();
    void showSection(Domain::Section section);
    void showSummary();
    void updateTabBadges();
    void fillMx(const Domain::AuditResult& result);
    void fillSpf(const Domain::AuditResult& result);
    void fillDmarc(const Domain::AuditResult& result);
    void fillDkim(const Domain::AuditResult& result);
    void fillOther(Domain::Section section);
    void discardRun();
    void showLookupCount(int done, int total);
    /** @short The trace entry of a lookup (name, type), nullptr when it is not (yet) in the trace. */
    const Dns::QueryLogEntry* traceEntry(const QByteArray& name, Dns::RecordType type) const;
    /** @short True when the run's lookups all failed: no server answered and no overlay record stood in. */
    bool noDnsAnswer() const;
    /** @short Why a finished group without findings was not checked; empty when it was. */
    QString notCheckedReason(Domain::Section section) const;

    QPointer<Domain::DomainAudit> m_audit;
    QPointer<Dns::Resolver> m_resolver;
    Domain::AuditResult m_result;
    Findings m_findings;
    bool m_hasResult = false;
    bool m_overlayApplied = false;
    bool m_domainFromMessage = false;
    bool m_selectorsFromMessage = false;
    bool m_hasDnsOptions = false;
    Dns::ResolverOptions m_dnsOptions;
    Domain::AuditOptions m_baseOptions;
    QDateTime m_ranAt;
    QMap<Domain::Section, SectionState> m_sectionStates;
    QMap<Domain::Section, Findings> m_sectionFindings;   ///< of the finished sections
    QMap<Domain::Section, QTreeWidgetItem*> m_sectionItems;
    QMap<Domain::Section, QTreeWidgetItem*> m_otherItems;
    bool m_spfRefreshQueued = false;

    QLineEdit* m_domain;
    QLineEdit* m_selectors;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QWidget* m_spfPage;
    QTreeWidget* m_sectionTree;
    QWidget* m_mxPage;
    QLabel* m_mxLabel;
    QTableWidget* m_mxTable;
    QTreeView* m_spfView;
    SpfTreeModel* m_spfModel;
    QLabel* m_spfLabel;
    QTreeWidget* m_dmarcTree;
    QTableWidget* m_dkimTable;
    QTreeWidget* m_otherTree;
    QTableView* m_traceView;
    DnsTraceModel* m_traceModel;
    QSortFilterProxyModel* m_traceProxy;
    QLineEdit* m_traceFilter;
    ZoneOverlayEditor* m_overlayEditor;
};

} // namespace Deliverbench::Gui
