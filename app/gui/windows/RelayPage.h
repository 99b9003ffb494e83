// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/Resolver.h"
#include "smtp/SmtpProbe.h"
#include "windows/WorkspacePage.h"

#include <QDateTime>
#include <QSslCertificate>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace Deliverbench::Gui {

class RelayBatteryModel;
class TranscriptModel;

/**
 * @short The Relay tab: probes an SMTP server (banner, EHLO, STARTTLS/implicit TLS with the
 * certificate chain, AUTH before/after TLS, the open-relay battery) on the event loop and shows
 * the live transcript, the TLS panel and the battery's verdict (core/smtp/SmtpProbe).
 */
class RelayPage : public WorkspacePage
{
    Q_OBJECT
public:
    enum ModeIndex { AutoMode, StartTlsMode, ImplicitMode, PlainMode };

    explicit RelayPage(QWidget* parent = nullptr);
    ~RelayPage() override;

    QString title() const override;
    void setDocument(MessageDocumentPtr document) override;
    Findings findings() const override;
    void saveToCase(Report::Case& theCase) const override;
    void restoreFromCase(const Report::Case& theCase) override;

    /** @short Starts a probe with the form's settings (the Run button, Ctrl+Return). */
    void run();
    /** @short Stops the running probe; its partial results stay. */
    void cancel();
    bool isRunning() const;
    /** @short DNS servers for the host, PTR and FCrDNS lookups (default: the system's). */
    void setResolverOptions(const Dns::ResolverOptions& options) { m_dns = options; }
    /** @short Certificates trusted in addition to the system store (a private CA). */
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates) { m_extraCa = certificates; }
    /** @short Splits "host", "host:port", "[v6]:port"; false when the port is not a number 1..65535. */
    static bool parseHostPort(const QString& text, QString* host, int* port);

    const Smtp::RelayReport& report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    QLineEdit* hostEdit() const { return m_host; }
    QComboBox* modeCombo() const { return m_mode; }
    QLineEdit* probeDomainEdit() const { return m_probeDomain; }
    QSpinBox* timeoutSpin() const { return m_timeout; }
    QCheckBox* batteryCheck() const { return m_battery; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* verdictLabel() const { return m_verdict; }
    RelayBatteryModel* batteryModel() const { return m_batteryModel; }
    TranscriptModel* transcriptModel() const { return m_transcriptModel; }
    QTableView* transcriptView() const { return m_transcriptView; }
    QTreeWidget* certificateTree() const { return m_certTree; }
    QTreeWidget* serverTree() const { return m_serverTree; }
    QTabWidget* resultTabs() const { return m_tabs; }
    /** @short Copies the selected transcript rows (all when none are selected) to the clipboard. */
    void copyTranscript();

private:
    void onProgress(const QString& phase);
    void onFinished(const Smtp::RelayReport& report);
    void setBusy(bool busy);
    void showReport();
    void showVerdict(Smtp::RelayVerdict verdict, const QString& reason, int accepted, int total);
    void fillServerTree();
    void fillTls();

    Smtp::SmtpProbe* m_probe = nullptr;
    Smtp::RelayReport m_report;
    bool m_hasReport = false;
    Findings m_restoredFindings;
    QDateTime m_ranAt;
    QString m_input;               ///< host:port of the last run
    bool m_hostFromMessage = false;
    Dns::ResolverOptions m_dns;
    QList<QSslCertificate> m_extraCa;

    QLineEdit* m_host;
    QComboBox* m_mode;
    QLineEdit* m_probeDomain;
    QSpinBox* m_timeout;
    QCheckBox* m_battery;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_phase;
    QLabel* m_verdict;
    QTabWidget* m_tabs;
    QTreeWidget* m_serverTree;
    QLabel* m_tlsSummary;
    QTreeWidget* m_certTree;
    QLabel* m_batterySummary;
    QTableView* m_batteryView;
    RelayBatteryModel* m_batteryModel;
    QTableView* m_transcriptView;
    TranscriptModel* m_transcriptModel;
};

} // namespace Deliverbench::Gui
