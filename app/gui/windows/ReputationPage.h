// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"
#include "reputation/DnsblChecker.h"
#include "windows/WorkspacePage.h"

#include <QDateTime>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Deliverbench::Gui {

class DnsblFilterProxy;
class DnsblListModel;
class DnsblResultModel;

/**
 * @short The Reputation tab: IPs and domains checked against the DNS blocklists of the
 * catalogue (built-in plus the user's own lists, each enabled or not), all queries in parallel
 * (core/reputation/DnsblChecker), with a filterable results table and a summary line.
 */
class ReputationPage : public WorkspacePage
{
    Q_OBJECT
public:
    explicit ReputationPage(QWidget* parent = nullptr);
    ~ReputationPage() override;

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    Findings findings() const override;
    void saveToCase(Report::Case& theCase) const override;
    void restoreFromCase(const Report::Case& theCase) override;

    /** @short Checks the targets against the enabled lists (the Check button, Ctrl+Return). */
    void check();
    void cancel();
    bool isRunning() const;
    /** @short Fills the targets with the selected message's sending IP and every URL host and domain in it. */
    void fillFromMessage();
    /** @short The DNS servers used when the form's server field is empty (default: the system's). */
    void setResolverOptions(const Dns::ResolverOptions& options) { m_dns = options; }
    /** @short Where the user's own lists and the disabled set are kept (JSON, the catalogue format + "disabled"). */
    static QString userCataloguePath();
    /** @short Re-reads the built-in and the user catalogue. */
    void reloadCatalogue();

    QPlainTextEdit* targetsEdit() const { return m_targets; }
    QLineEdit* dnsServerEdit() const { return m_dnsServer; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* fromMessageButton() const { return m_fromMessage; }
    QLineEdit* newListZoneEdit() const { return m_newZone; }
    QComboBox* newListTypeCombo() const { return m_newType; }
    QPushButton* addListButton() const { return m_addList; }
    QPushButton* removeListButton() const { return m_removeList; }
    QTableView* listsView() const { return m_listsView; }
    DnsblListModel* listModel() const { return m_listModel; }
    QTableView* resultsView() const { return m_resultsView; }
    DnsblResultModel* resultModel() const { return m_resultModel; }
    DnsblFilterProxy* resultProxy() const { return m_proxy; }
    QComboBox* statusFilter() const { return m_statusFilter; }
    QComboBox* targetFilter() const { return m_targetFilter; }
    QLineEdit* textFilter() const { return m_textFilter; }
    QLabel* summaryLabel() const { return m_summary; }
    QProgressBar* progressBar() const { return m_progress; }

private:
    void onFinished();
    void setBusy(bool busy);
    void saveUserCatalogue() const;
    void addUserList();
    void removeSelectedList();
    void updateTargetFilter(const QStringList& targets);
    void updateSummary(bool cancelled);
    void openDelistLink(const QModelIndex& proxyIndex);

    MessageDocumentPtr m_document;
    Dns::ResolverOptions m_dns;
    Dns::Resolver* m_resolver = nullptr;
    Reputation::DnsblChecker* m_checker = nullptr;
    Findings m_findings;
    QJsonObject m_result;
    QStringList m_checkedTargets;
    QDateTime m_ranAt;

    QPlainTextEdit* m_targets;
    QPushButton* m_fromMessage;
    QLineEdit* m_dnsServer;
    QTableView* m_listsView;
    DnsblListModel* m_listModel;
    QLineEdit* m_newZone;
    QComboBox* m_newType;
    QPushButton* m_addList;
    QPushButton* m_removeList;
    QPushButton* m_check;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_listsLabel;
    QComboBox* m_statusFilter;
    QComboBox* m_targetFilter;
    QLineEdit* m_textFilter;
    QTableView* m_resultsView;
    DnsblResultModel* m_resultModel;
    DnsblFilterProxy* m_proxy;
    QLabel* m_summary;
};

} // namespace Deliverbench::Gui
