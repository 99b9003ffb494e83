// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/RelayPage.h"

#include "message/Message.h"
#include "net/AddressScope.h"
#include "models/RelayBatteryModel.h"
#include "models/TranscriptModel.h"
#include "widgets/SeverityIcons.h"
#include "util/Widgets.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

namespace {

QTreeWidgetItem* addItem(QTreeWidgetItem* parent, const QString& key, const QString& value)
{
    auto* item = new QTreeWidgetItem(parent, {key, value});
    item->setToolTip(1, value);
    return item;
}

QTreeWidgetItem* addTopItem(QTreeWidget* tree, const QString& key, const QString& value)
{
    auto* item = new QTreeWidgetItem(tree, {key, value});
    item->setToolTip(1, value);
    return item;
}

} // namespace

RelayPage::RelayPage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("relayPage"));
    auto* layout = new QVBoxLayout(this);

    // --- the form
    auto* form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("relayHostEdit"));
    m_host->setPlaceholderText(tr("mx.example.com, mx.example.com:587, [2001:db8::1]:25"));
    m_host->setClearButtonEnabled(true);
    connect(m_host, &QLineEdit::textEdited, this, [this] { m_hostFromMessage = false; });
    form->addRow(tr("&Host[:port]:"), m_host);

    auto* row = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("relayModeCombo"));
    m_mode->addItem(tr("STARTTLS when offered"));
    m_mode->addItem(tr("STARTTLS required"));
    m_mode->addItem(tr("Implicit TLS (SMTPS, 465)"));
    m_mode->addItem(tr("Plain (no TLS)"));
    m_mode->setToolTip(tr("How the probe uses TLS (RFC 3207 STARTTLS, RFC 8314 implicit TLS)"));
    row->addWidget(m_mode);
    row->addWidget(new QLabel(tr("Probe &domain:"), this));
    m_probeDomain = new QLineEdit(QStringLiteral("example.com"), this);
    m_probeDomain->setObjectName(QStringLiteral("relayProbeDomainEdit"));
    m_probeDomain->setToolTip(tr("An external domain the relay tests try to send to (never your own)"));
    qobject_cast<QLabel*>(row->itemAt(1)->widget())->setBuddy(m_probeDomain);
    row->addWidget(m_probeDomain, 1);
    row->addWidget(new QLabel(tr("&Timeout:"), this));
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(QStringLiteral("relayTimeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("How long to wait for each reply"));
    qobject_cast<QLabel*>(row->itemAt(3)->widget())->setBuddy(m_timeout);
    row->addWidget(m_timeout);
    m_battery = new QCheckBox(tr("Run open-relay &battery"), this);
    m_battery->setObjectName(QStringLiteral("relayBatteryCheck"));
    m_battery->setChecked(true);
    m_battery->setToolTip(tr("The 16 MAIL FROM / RCPT TO tricks of nmap's smtp-open-relay; DATA is never sent"));
    row->addWidget(m_battery);
    // addRow(text, layout) gives the label no buddy: name the combo, or "&Mode:" shows its ampersand
    auto* modeLabel = new QLabel(tr("&Mode:"), this);
    modeLabel->setObjectName(QStringLiteral("relayModeLabel"));
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, row);
    layout->addLayout(form);

    auto* actions = new QHBoxLayout;
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("relayRunButton"));
    m_run->setToolTip(tr("Probe the server (Ctrl+Return)"));
    m_run->setDefault(true);
    connect(m_run, &QPushButton::clicked, this, &RelayPage::run);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("relayCancelButton"));
    m_cancel->setToolTip(tr("Stop the probe (Esc)"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RelayPage::cancel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("relayProgress"));
    m_progress->setRange(0, 24);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("relayPhaseLabel"));
    actions->addWidget(m_run);
    actions->addWidget(m_cancel);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_phase);
    layout->addLayout(actions);

    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (!isRunning())
            run();
    });
    auto* enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, runShortcut, &QShortcut::activated);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &RelayPage::cancel);

    // --- the verdict banner
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("relayVerdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setContentsMargins(6, 4, 6, 4);
    m_verdict->setAutoFillBackground(true);
    m_verdict->setText(tr("Enter a host and press Run."));
    layout->addWidget(m_verdict);

    // --- results
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("relayResultTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    m_serverTree = new QTreeWidget(m_tabs);
    m_serverTree->setObjectName(QStringLiteral("relayServerTree"));
    m_serverTree->setHeaderLabels({tr("Item"), tr("Value")});
    m_serverTree->setAlternatingRowColors(true);
    m_serverTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tabs->addTab(m_serverTree, tr("&Server"));

    auto* tlsPage = new QWidget(m_tabs);
    auto* tlsLayout = new QVBoxLayout(tlsPage);
    tlsLayout->setContentsMargins(0, 0, 0, 0);
    m_tlsSummary = new QLabel(tlsPage);
    m_tlsSummary->setObjectName(QStringLiteral("relayTlsLabel"));
    m_tlsSummary->setWordWrap(true);
    m_tlsSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsSummary->setContentsMargins(6, 4, 6, 4);
    tlsLayout->addWidget(m_tlsSummary);
    m_certTree = new QTreeWidget(tlsPage);
    m_certTree->setObjectName(QStringLiteral("relayCertificateTree"));
    m_certTree->setHeaderLabels({tr("Certificate"), tr("Value")});
    m_certTree->setAlternatingRowColors(true);
    m_certTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tlsLayout->addWidget(m_certTree, 1);
    m_tabs->addTab(tlsPage, tr("&TLS"));

    auto* batteryPage = new QWidget(m_tabs);
    auto* batteryLayout = new QVBoxLayout(batteryPage);
    batteryLayout->setContentsMargins(0, 0, 0, 0);
    m_batterySummary = new QLabel(batteryPage);
    m_batterySummary->setObjectName(QStringLiteral("relayBatterySummaryLabel"));
    m_batterySummary->setWordWrap(true);
    m_batterySummary->setContentsMargins(6, 4, 6, 4);
    batteryLayout->addWidget(m_batterySummary);
    m_batteryView = makeTable(batteryPage, QStringLiteral("relayBatteryView"));
    m_batteryModel = new RelayBatteryModel(this);
    m_batteryView->setModel(m_batteryModel);
    m_batteryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_batteryView->horizontalHeader()->setSectionResizeMode(RelayBatteryModel::ReplyColumn, QHeaderView::Stretch);
    batteryLayout->addWidget(m_batteryView, 1);
    m_tabs->addTab(batteryPage, tr("Relay &Battery"));

    auto* transcriptPage = new QWidget(m_tabs);
    auto* transcriptLayout = new QVBoxLayout(transcriptPage);
    transcriptLayout->setContentsMargins(0, 0, 0, 0);
    m_transcriptView = makeTable(transcriptPage, QStringLiteral("relayTranscriptView"));
    m_transcriptModel = new TranscriptModel(this);
    m_transcriptView->setModel(m_transcriptModel);
    m_transcriptView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_transcriptView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_transcriptView->horizontalHeader()->setStretchLastSection(true);
    auto* copyAction = new QAction(tr("&Copy"), m_transcriptView);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RelayPage::copyTranscript);
    m_transcriptView->addAction(copyAction);
    m_transcriptView->setContextMenuPolicy(Qt::ActionsContextMenu);
    transcriptLayout->addWidget(m_transcriptView, 1);
    auto* copyButton = new QPushButton(tr("Copy &Transcript"), transcriptPage);
    copyButton->setObjectName(QStringLiteral("relayCopyTranscriptButton"));
    connect(copyButton, &QPushButton::clicked, this, &RelayPage::copyTranscript);
    auto* copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(copyButton);
    transcriptLayout->addLayout(copyRow);
    m_tabs->addTab(transcriptPage, tr("Trans&cript"));
}

RelayPage::~RelayPage()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}

QString RelayPage::title() const
{
    return tr("Relay");
}

void RelayPage::setDocument(MessageDocumentPtr document)
{
    // prefill: the hop that received the message from the sending address (its "by" host)
    if (!document || (!m_host->text().isEmpty() && !m_hostFromMessage) || isRunning())
        return;
    QString by;
    for (const Mail::ReceivedHop& hop : document->timeline) {
        QHostAddress ip;
        if (ip.setAddress(QString::fromLatin1(hop.field.fromIp)) && Net::isPublicAddress(ip) && !hop.field.by.isEmpty()) {
            by = QString::fromLatin1(hop.field.by);
            break;
        }
    }
    if (by.isEmpty() && !document->timeline.isEmpty())
        by = QString::fromLatin1(document->timeline.last().field.by);
    if (by.contains(QLatin1Char('.')) && by.size() < 256) {
        m_host->setText(by);
        m_hostFromMessage = true;
    }
}

Findings RelayPage::findings() const
{
    return m_hasReport ? m_report.findings : m_restoredFindings;
}

bool RelayPage::parseHostPort(const QString& text, QString* host, int* port)
{
    const QString t = text.trimmed();
    *port = 0;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        *host = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (rest.isEmpty())
            return !host->isEmpty();
        if (!rest.startsWith(QLatin1Char(':')))
            return false;
        bool ok = false;
        *port = rest.mid(1).toInt(&ok);
        return ok && *port > 0 && *port < 65536 && !host->isEmpty();
    }
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon < 0 || t.count(QLatin1Char(':')) > 1) { // no port, or a bare IPv6 address
        *host = t;
        return !t.isEmpty() && !t.contains(QLatin1Char(' '));
    }
    *host = t.left(colon);
    bool ok = false;
    *port = t.mid(colon + 1).toInt(&ok);
    return ok && *port > 0 && *port < 65536 && !host->isEmpty() && !host->contains(QLatin1Char(' '));
}

bool RelayPage::isRunning() const
{
    return m_probe && m_probe->isRunning();
}

void RelayPage::run()
{
    if (isRunning())
        return;
    QString host;
    int port = 0;
    if (!parseHostPort(m_host->text(), &host, &port)) {
        m_verdict->setText(tr("Enter a host name or address, optionally with :port."));
        m_host->setFocus();
        return;
    }
    Smtp::ProbeOptions o;
    o.host = host;
    switch (m_mode->currentIndex()) {
    case StartTlsMode:
        o.tlsMode = Smtp::TlsMode::StartTls;
        break;
    case ImplicitMode:
        o.tlsMode = Smtp::TlsMode::Implicit;
        break;
    case PlainMode:
        o.tlsMode = Smtp::TlsMode::None;
        break;
    default:
        o.tlsMode = Smtp::TlsMode::Auto;
        break;
    }
    o.port = quint16(port > 0 ? port : (o.tlsMode == Smtp::TlsMode::Implicit ? 465 : 25));
    const QString domain = m_probeDomain->text().trimmed();
    if (!domain.isEmpty())
        o.probeDomain = domain;
    const int timeoutMs = m_timeout->value() * 1000;
    o.replyTimeoutMs = timeoutMs;
    o.connectTimeoutMs = std::min(timeoutMs, 30000);
    o.tarpitMs = std::min(o.tarpitMs, timeoutMs);
    o.totalTimeoutMs = std::max(o.totalTimeoutMs, timeoutMs * 4);
    o.relayBattery = m_battery->isChecked();
    o.dns = m_dns;
    o.extraCaCertificates = m_extraCa;

    if (!m_probe) {
        m_probe = new Smtp::SmtpProbe(this);
        connect(m_probe->transcript(), &Net::Transcript::entryAdded, m_transcriptModel, &TranscriptModel::append);
        connect(m_probe, &Smtp::SmtpProbe::progress, this, &RelayPage::onProgress);
        connect(m_probe, &Smtp::SmtpProbe::finished, this, &RelayPage::onFinished);
    }
    m_input = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(o.port)
                                              : QStringLiteral("%1:%2").arg(host).arg(o.port);
    m_transcriptModel->clear();
    m_batteryModel->clear();
    m_serverTree->clear();
    m_certTree->clear();
    m_tlsSummary->clear();
    m_batterySummary->clear();
    m_verdict->setText(tr("Probing %1…").arg(m_input));
    m_verdict->setProperty("verdict", QString());
    m_verdict->setPalette(QPalette());
    m_progress->setValue(0);
    setBusy(true);
    m_ranAt = QDateTime::currentDateTimeUtc();
    Q_EMIT statusMessage(tr("Probing %1").arg(m_input));
    m_probe->start(o);
}

void RelayPage::cancel()
{
    if (isRunning())
        m_probe->cancel();
}

void RelayPage::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_host->setReadOnly(busy);
    if (!busy)
        m_phase->clear();
}

void RelayPage::onProgress(const QString& phase)
{
    static const QStringList order = {QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("banner"),
                                      QStringLiteral("ehlo"), QStringLiteral("starttls"), QStringLiteral("vrfy")};
    int step = int(order.indexOf(phase)) + 1;
    if (phase.startsWith(QLatin1String("relay "))) {
        step = 6 + phase.mid(6).section(QLatin1Char('/'), 0, 0).toInt();
        m_phase->setText(tr("relay test %1").arg(phase.mid(6)));
    } else if (phase == QLatin1String("catch-all")) {
        step = 23;
        m_phase->setText(tr("catch-all test"));
    } else if (phase == QLatin1String("quit")) {
        step = 24;
        m_phase->setText(phase);
    } else {
        m_phase->setText(phase);
    }
    m_progress->setValue(std::max(m_progress->value(), std::clamp(step, 0, 24)));
}

void RelayPage::onFinished(const Smtp::RelayReport& report)
{
    m_report = report;
    m_hasReport = true;
    m_restoredFindings.clear();
    setBusy(false);
    m_progress->setValue(m_progress->maximum());
    showReport();
    Q_EMIT statusMessage(tr("Probe of %1 finished in %2 ms").arg(m_input).arg(report.durationMs));
    Q_EMIT findingsChanged();
    Q_EMIT modified();
}

void RelayPage::showVerdict(Smtp::RelayVerdict verdict, const QString& reason, int accepted, int total)
{
    QString text;
    Severity severity = Severity::Info;
    switch (verdict) {
    case Smtp::RelayVerdict::Open:
        text = tr("Open relay: %1 of %2 relay tests were accepted").arg(accepted).arg(total);
        severity = Severity::Error;
        break;
    case Smtp::RelayVerdict::Closed:
        text = tr("Closed: all %1 relay tests were rejected").arg(total);
        severity = Severity::Pass;
        break;
    case Smtp::RelayVerdict::Inconclusive:
        text = tr("Inconclusive, retry later: %1").arg(reason);
        severity = Severity::Warning;
        break;
    case Smtp::RelayVerdict::NotTested:
        text = tr("Relay battery not run");
        break;
    }
    m_verdict->setText(text);
    m_verdict->setProperty("verdict", Smtp::relayVerdictToken(verdict));
    QPalette palette;
    QColor background = severityColor(severity);
    background.setAlpha(60);
    palette.setColor(QPalette::Window, background);
    m_verdict->setPalette(palette);
    m_batterySummary->setText(text);
}

void RelayPage::showReport()
{
    const Smtp::RelayReport& r = m_report;
    showVerdict(r.openRelay, r.inconclusiveReason, int(r.acceptedVariants().size()), int(r.variants.size()));
    m_batteryModel->setReport(r);
    fillServerTree();
    fillTls();
}

void RelayPage::fillServerTree()
{
    const Smtp::RelayReport& r = m_report;
    m_serverTree->clear();
    addTopItem(m_serverTree, tr("Address"), r.address.isEmpty() ? tr("(not resolved)") : QStringLiteral("%1 port %2").arg(r.address).arg(r.port));
    auto* banner = addTopItem(m_serverTree, tr("Banner"), r.banner.section(QLatin1Char('\n'), 0, 0));
    banner->setToolTip(1, r.banner);
    if (r.bannerMs >= 0)
        addTopItem(m_serverTree, tr("Banner time"), tr("%1 ms").arg(r.bannerMs));
    const auto capsItem = [this](const QString& title, const Smtp::Capabilities& caps) {
        auto* item = addTopItem(m_serverTree, title, QString::fromUtf8(caps.greeting));
        for (const QByteArray& line : caps.lines)
            addItem(item, QString::fromUtf8(line.split(' ').value(0)), QString::fromUtf8(line.mid(line.indexOf(' ') + 1)));
        item->setExpanded(true);
    };
    if (r.ehloSupported)
        capsItem(tr("EHLO capabilities"), r.capsBeforeTls);
    else if (r.connected && r.bannerCode == 220)
        addTopItem(m_serverTree, tr("EHLO capabilities"), tr("EHLO not supported (HELO only)"));
    if (r.hasCapsAfterTls)
        capsItem(tr("EHLO capabilities after TLS"), r.capsAfterTls);
    const QString none = tr("none");
    addTopItem(m_serverTree, tr("AUTH before TLS"),
               r.capsBeforeTls.auth.isEmpty() ? none : r.capsBeforeTls.auth.join(QLatin1Char(' ')));
    if (r.hasCapsAfterTls)
        addTopItem(m_serverTree, tr("AUTH after TLS"),
                   r.capsAfterTls.auth.isEmpty() ? none : r.capsAfterTls.auth.join(QLatin1Char(' ')));
    if (r.vrfyCode != 0)
        addTopItem(m_serverTree, tr("VRFY"), r.vrfyReply);
    if (r.expnCode != 0)
        addTopItem(m_serverTree, tr("EXPN"), r.expnReply);
    if (r.reverse.checked) {
        auto* rev = addTopItem(m_serverTree, tr("Reverse DNS"),
                               r.reverse.ptrNames.isEmpty() ? r.reverse.outcome : r.reverse.ptrNames.join(QLatin1Char(' ')));
        addItem(rev, tr("Forward-confirmed"), r.reverse.fcrdns ? tr("yes") : tr("no"));
        addItem(rev, tr("Banner name"), r.reverse.bannerName);
        addItem(rev, tr("Banner name matches PTR"), r.reverse.bannerMatchesPtr ? tr("yes") : tr("no"));
        rev->setExpanded(true);
    }
    addTopItem(m_serverTree, tr("Duration"), tr("%1 ms").arg(r.durationMs));
}

void RelayPage::fillTls()
{
    const Smtp::TlsInfo& tls = m_report.tls;
    m_certTree->clear();
    if (tls.mode.isEmpty()) {
        m_tlsSummary->setText(tr("TLS was not used."));
        return;
    }
    if (!tls.established) {
        m_tlsSummary->setText(tr("TLS (%1) failed: %2").arg(tls.mode, tls.failure));
        return;
    }
    QStringList lines;
    lines << tr("%1: %2, %3 (%4 bits), handshake %5 ms")
                 .arg(tls.mode == QLatin1String("implicit") ? tr("Implicit TLS") : tr("STARTTLS"), tls.version, tls.cipher)
                 .arg(tls.cipherBits)
                 .arg(tls.handshakeMs);
    lines << tr("Verification: chain %1, name %2 %3")
                 .arg(tls.chainTrusted ? tr("trusted") : tr("not trusted"), tls.verifyName,
                      tls.nameMatches ? tr("matches") : tr("does not match"));
    if (!tls.errors.isEmpty())
        lines << tr("Errors: %1").arg(tls.errors.join(QStringLiteral("; ")));
    m_tlsSummary->setText(lines.join(QLatin1Char('\n')));

    // the chain as a tree: the top certificate first, each one's subject below its issuer
    QTreeWidgetItem* parent = nullptr;
    const QLocale locale;
    for (qsizetype i = tls.chain.size() - 1; i >= 0; --i) {
        const Smtp::CertificateInfo& c = tls.chain.at(i);
        const QString name = c.commonName.isEmpty() ? c.subject : c.commonName;
        const QString role = i == 0 ? tr("leaf") : (c.selfSigned ? tr("root") : tr("intermediate"));
        auto* item = parent ? new QTreeWidgetItem(parent, {name, role}) : new QTreeWidgetItem(m_certTree, {name, role});
        item->setIcon(0, severityIcon(i == 0 ? (tls.verified ? Severity::Pass : Severity::Warning) : Severity::Info));
        addItem(item, tr("Subject"), c.subject);
        if (!c.subjectAltNames.isEmpty()) {
            auto* sans = addItem(item, tr("Subject alternative names"), QString::number(c.subjectAltNames.size()));
            for (const QString& san : c.subjectAltNames)
                addItem(sans, QString(), san);
            sans->setExpanded(true);
        }
        addItem(item, tr("Issuer"), c.issuer);
        addItem(item, tr("Valid from"), locale.toString(c.notBefore, QLocale::ShortFormat) + QStringLiteral(" UTC"));
        addItem(item, tr("Valid until"), locale.toString(c.notAfter, QLocale::ShortFormat) + QStringLiteral(" UTC"));
        addItem(item, tr("Key"), tr("%1 %2 bits").arg(c.keyType).arg(c.keyBits));
        addItem(item, tr("SHA-256"), c.sha256);
        addItem(item, tr("Serial"), c.serial);
        if (c.selfSigned)
            addItem(item, tr("Self-signed"), tr("yes"));
        item->setExpanded(true);
        parent = item;
    }
}

void RelayPage::copyTranscript()
{
    QList<int> rows;
    if (m_transcriptView->selectionModel()) {
        for (const QModelIndex& index : m_transcriptView->selectionModel()->selectedRows())
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QApplication::clipboard()->setText(m_transcriptModel->text(rows));
}

void RelayPage::saveToCase(Report::Case& theCase) const
{
    QString host;
    int port = 0;
    if (parseHostPort(m_host->text(), &host, &port))
        theCase.addHost(host);
    if (!m_hasReport)
        return;
    Report::CaseCheck check;
    check.kind = QStringLiteral("relay");
    check.input = m_input;
    check.ranAt = m_ranAt;
    check.findings = m_report.findings;
    check.result = m_report.toJson();
    theCase.addCheck(check);
}

void RelayPage::restoreFromCase(const Report::Case& theCase)
{
    const Report::CaseCheck* last = nullptr;
    for (const Report::CaseCheck& check : theCase.checks) {
        if (check.kind == QLatin1String("relay"))
            last = &check;
    }
    if (!last) {
        if (!theCase.hosts.isEmpty() && m_host->text().isEmpty())
            m_host->setText(theCase.hosts.first());
        return;
    }
    m_host->setText(last->input);
    m_hostFromMessage = false;
    m_hasReport = false;
    m_restoredFindings = last->findings;
    // the battery table and the verdict from the stored JSON
    Smtp::RelayReport r;
    const QJsonArray variants = last->result.value(QStringLiteral("variants")).toArray();
    for (const QJsonValue& value : variants) {
        const QJsonObject o = value.toObject();
        Smtp::RelayVariant v;
        v.index = o.value(QStringLiteral("index")).toInt();
        v.mailFrom = o.value(QStringLiteral("mailFrom")).toString();
        v.rcptTo = o.value(QStringLiteral("rcptTo")).toString();
        v.tested = o.value(QStringLiteral("tested")).toBool();
        v.accepted = o.value(QStringLiteral("accepted")).toBool();
        v.mailCode = o.value(QStringLiteral("mailCode")).toInt();
        v.rcptCode = o.value(QStringLiteral("rcptCode")).toInt();
        v.reply = o.value(QStringLiteral("reply")).toString();
        v.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
        r.variants.append(v);
    }
    m_batteryModel->setReport(r);
    const QString token = last->result.value(QStringLiteral("openRelay")).toString();
    Smtp::RelayVerdict verdict = Smtp::RelayVerdict::NotTested;
    for (const auto candidate : {Smtp::RelayVerdict::Open, Smtp::RelayVerdict::Closed, Smtp::RelayVerdict::Inconclusive}) {
        if (Smtp::relayVerdictToken(candidate) == token)
            verdict = candidate;
    }
    showVerdict(verdict, last->result.value(QStringLiteral("inconclusiveReason")).toString(),
                int(r.acceptedVariants().size()), int(r.variants.size()));
    Q_EMIT findingsChanged();
}

} // namespace Deliverbench::Gui
