// SPDX-License-Identifier: GPL-3.0-or-later
#include "windows/ReputationPage.h"

#include "message/Message.h"
#include "net/AddressScope.h"
#include "models/DnsblListModel.h"
#include "models/DnsblResultModel.h"
#include "reputation/MessageTargets.h"
#include "util/AsyncTask.h"
#include "util/Widgets.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Deliverbench::Gui {

using namespace Reputation;

namespace {

constexpr int kMaxTargetLines = DnsblChecker::kMaxTargets;

/** @short What "From message" finds, computed off the UI thread. */
QStringList messageTargets(const MessageDocumentPtr& document)
{
    QStringList out;
    // the sending IP: the oldest hop whose connecting address is public (the hand-over into the receiver's network)
    for (const Mail::ReceivedHop& hop : document->timeline) {
        QHostAddress ip;
        if (ip.setAddress(QString::fromLatin1(hop.field.fromIp)) && Net::isPublicAddress(ip)) {
            out.append(ip.toString());
            break;
        }
    }
    for (const ExtractedTarget& t : extractTargets(document->message)) {
        if (!out.contains(t.target.text))
            out.append(t.target.text);
    }
    return out;
}

ListingStatus statusFromToken(const QString& token)
{
    if (token == QLatin1String("listed"))
        return ListingStatus::Listed;
    if (token == QLatin1String("clear"))
        return ListingStatus::Clear;
    return ListingStatus::Unknown;
}

} // namespace

ReputationPage::ReputationPage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("reputationPage"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("reputationSplitter"));
    layout->addWidget(splitter, 1);

    // --- inputs: targets | lists
    auto* inputs = new QWidget(splitter);
    auto* inputsLayout = new QHBoxLayout(inputs);
    inputsLayout->setContentsMargins(0, 0, 0, 0);

    auto* targetBox = new QVBoxLayout;
    auto* targetsLabel = new QLabel(tr("&Targets (IP addresses and domains, one per line):"), inputs);
    targetBox->addWidget(targetsLabel);
    m_targets = new QPlainTextEdit(inputs);
    m_targets->setObjectName(QStringLiteral("reputationTargetsEdit"));
    m_targets->setPlaceholderText(tr("192.0.2.1\n2001:db8::1\nexample.com"));
    m_targets->setTabChangesFocus(true);
    targetsLabel->setBuddy(m_targets);
    targetBox->addWidget(m_targets, 1);
    auto* targetButtons = new QHBoxLayout;
    m_fromMessage = new QPushButton(tr("From &Message"), inputs);
    m_fromMessage->setObjectName(QStringLiteral("reputationFromMessageButton"));
    m_fromMessage->setToolTip(tr("The selected message's sending IP and every URL host and domain in it"));
    m_fromMessage->setEnabled(false);
    connect(m_fromMessage, &QPushButton::clicked, this, &ReputationPage::fillFromMessage);
    targetButtons->addWidget(m_fromMessage);
    targetButtons->addStretch(1);
    auto* dnsLabel = new QLabel(tr("&DNS server:"), inputs);
    targetButtons->addWidget(dnsLabel);
    m_dnsServer = new QLineEdit(inputs);
    m_dnsServer->setObjectName(QStringLiteral("reputationDnsServerEdit"));
    m_dnsServer->setPlaceholderText(tr("system resolver"));
    m_dnsServer->setToolTip(tr("Your own recursive resolver (IP[:port]); many lists refuse queries from public resolvers"));
    dnsLabel->setBuddy(m_dnsServer);
    targetButtons->addWidget(m_dnsServer);
    targetBox->addLayout(targetButtons);
    inputsLayout->addLayout(targetBox, 1);

    auto* listBox = new QVBoxLayout;
    m_listsLabel = new QLabel(inputs);
    m_listsLabel->setObjectName(QStringLiteral("reputationListsLabel"));
    listBox->addWidget(m_listsLabel);
    m_listsView = makeTable(inputs, QStringLiteral("reputationListsView"));
    m_listModel = new DnsblListModel(this);
    m_listsView->setModel(m_listModel);
    m_listsView->setSelectionMode(QAbstractItemView::SingleSelection);
    // zone, checks and source as wide as their text; the list name takes the rest (elided when narrow)
    m_listsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_listsView->horizontalHeader()->setSectionResizeMode(DnsblListModel::NameColumn, QHeaderView::Stretch);
    m_listsView->horizontalHeader()->setStretchLastSection(false);
    m_listsView->setTextElideMode(Qt::ElideRight);
    listBox->addWidget(m_listsView, 1);
    auto* listButtons = new QHBoxLayout;
    // its own label: the field next to it is the DNS server's, this one adds a list
    auto* newZoneLabel = new QLabel(tr("New list &zone:"), inputs);
    newZoneLabel->setObjectName(QStringLiteral("reputationNewZoneLabel"));
    m_newZone = new QLineEdit(inputs);
    m_newZone->setObjectName(QStringLiteral("reputationNewZoneEdit"));
    m_newZone->setPlaceholderText(tr("your list's zone, e.g. bl.example.net"));
    newZoneLabel->setBuddy(m_newZone);
    m_newType = new QComboBox(inputs);
    m_newType->setObjectName(QStringLiteral("reputationNewTypeCombo"));
    m_newType->addItem(tr("IPv4"), int(Ipv4));
    m_newType->addItem(tr("IPv4 + IPv6"), int(Ipv4 | Ipv6));
    m_newType->addItem(tr("Domains"), int(Domain));
    m_addList = new QPushButton(tr("&Add List"), inputs);
    m_addList->setObjectName(QStringLiteral("reputationAddListButton"));
    connect(m_addList, &QPushButton::clicked, this, &ReputationPage::addUserList);
    connect(m_newZone, &QLineEdit::returnPressed, this, &ReputationPage::addUserList);
    m_removeList = new QPushButton(tr("&Remove"), inputs);
    m_removeList->setObjectName(QStringLiteral("reputationRemoveListButton"));
    m_removeList->setToolTip(tr("Remove the selected list of yours (built-in lists can only be disabled)"));
    connect(m_removeList, &QPushButton::clicked, this, &ReputationPage::removeSelectedList);
    auto* allOn = new QPushButton(tr("All"), inputs);
    allOn->setObjectName(QStringLiteral("reputationEnableAllButton"));
    allOn->setToolTip(tr("Enable every list"));
    connect(allOn, &QPushButton::clicked, this, [this] { m_listModel->setAllEnabled(true); });
    auto* allOff = new QPushButton(tr("None"), inputs);
    allOff->setObjectName(QStringLiteral("reputationDisableAllButton"));
    allOff->setToolTip(tr("Disable every list"));
    connect(allOff, &QPushButton::clicked, this, [this] { m_listModel->setAllEnabled(false); });
    listButtons->addWidget(newZoneLabel);
    listButtons->addWidget(m_newZone, 1);
    listButtons->addWidget(m_newType);
    listButtons->addWidget(m_addList);
    listButtons->addWidget(m_removeList);
    listButtons->addWidget(allOn);
    listButtons->addWidget(allOff);
    listBox->addLayout(listButtons);
    inputsLayout->addLayout(listBox, 1);
    splitter->addWidget(inputs);

    // --- run + results
    auto* results = new QWidget(splitter);
    auto* resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    auto* runRow = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), results);
    m_check->setObjectName(QStringLiteral("reputationCheckButton"));
    m_check->setToolTip(tr("Check the targets against the enabled lists (Ctrl+Return)"));
    connect(m_check, &QPushButton::clicked, this, &ReputationPage::check);
    m_cancel = new QPushButton(tr("Cancel"), results);
    m_cancel->setObjectName(QStringLiteral("reputationCancelButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ReputationPage::cancel);
    m_progress = new QProgressBar(results);
    m_progress->setObjectName(QStringLiteral("reputationProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary = new QLabel(results);
    m_summary->setObjectName(QStringLiteral("reputationSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runRow->addWidget(m_check);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_summary, 1);
    resultsLayout->addLayout(runRow);

    auto* filterRow = new QHBoxLayout;
    m_statusFilter = new QComboBox(results);
    m_statusFilter->setObjectName(QStringLiteral("reputationStatusFilter"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    m_statusFilter->addItem(tr("Listed"), QStringLiteral("listed"));
    m_statusFilter->addItem(tr("Unknown"), QStringLiteral("unknown"));
    m_statusFilter->addItem(tr("Clear"), QStringLiteral("clear"));
    m_targetFilter = new QComboBox(results);
    m_targetFilter->setObjectName(QStringLiteral("reputationTargetFilter"));
    m_targetFilter->addItem(tr("All targets"), QString());
    m_textFilter = new QLineEdit(results);
    m_textFilter->setObjectName(QStringLiteral("reputationTextFilter"));
    m_textFilter->setPlaceholderText(tr("Filter…"));
    m_textFilter->setClearButtonEnabled(true);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_targetFilter);
    filterRow->addWidget(m_textFilter, 1);
    resultsLayout->addLayout(filterRow);

    m_resultsView = makeTable(results, QStringLiteral("reputationResultsView"));
    m_resultModel = new DnsblResultModel(this);
    m_proxy = new DnsblFilterProxy(this);
    m_proxy->setSourceModel(m_resultModel);
    m_resultsView->setModel(m_proxy);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->sortByColumn(-1, Qt::AscendingOrder);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    for (const auto column : {DnsblResultModel::TargetColumn, DnsblResultModel::ListColumn, DnsblResultModel::StatusColumn})
        m_resultsView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->resizeSection(DnsblResultModel::MeaningColumn, 280);
    m_resultsView->horizontalHeader()->resizeSection(DnsblResultModel::TxtColumn, 220);
    m_resultsView->horizontalHeader()->resizeSection(DnsblResultModel::ZoneColumn, 160);
    connect(m_resultsView, &QTableView::clicked, this, &ReputationPage::openDelistLink);
    connect(m_resultsView, &QTableView::activated, this, &ReputationPage::openDelistLink);
    resultsLayout->addWidget(m_resultsView, 1);
    splitter->addWidget(results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_targetFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTarget(m_targetFilter->currentData().toString()); });
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &DnsblFilterProxy::setText);

    auto* runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] {
        if (!isRunning())
            check();
    });
    auto* enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, runShortcut, &QShortcut::activated);
    auto* cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &ReputationPage::cancel);

    connect(m_listModel, &DnsblListModel::userChanged, this, [this] {
        saveUserCatalogue();
        m_listsLabel->setText(tr("&Lists (%1 of %2 enabled):").arg(m_listModel->enabledCount()).arg(m_listModel->rowCount()));
    });
    reloadCatalogue();
}

ReputationPage::~ReputationPage()
{
    if (m_checker)
        m_checker->cancel();
}

QString ReputationPage::title() const
{
    return tr("Reputation");
}

void ReputationPage::setDocument(MessageDocumentPtr document)
{
    m_document = std::move(document);
    m_fromMessage->setEnabled(m_document != nullptr);
}

Findings ReputationPage::findings() const
{
    return m_findings;
}

QString ReputationPage::userCataloguePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/dnsbl-user.json");
}

void ReputationPage::reloadCatalogue()
{
    QList<BlockList> user;
    QSet<QString> disabled;
    QFile file(userCataloguePath());
    if (file.size() < 16 * 1024 * 1024 && file.open(QIODevice::ReadOnly)) {
        const QByteArray json = file.readAll();
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        for (const QJsonValue& v : o.value(QStringLiteral("disabled")).toArray())
            disabled.insert(v.toString());
        if (!o.value(QStringLiteral("lists")).toArray().isEmpty()) {
            auto parsed = Catalogue::fromJson(json, userCataloguePath());
            if (parsed)
                user = parsed->lists();
            else
                Q_EMIT statusMessage(parsed.error().message);
        }
    }
    m_listModel->setLists(Catalogue::builtIn().lists(), user, disabled);
    m_listsLabel->setText(tr("&Lists (%1 of %2 enabled):").arg(m_listModel->enabledCount()).arg(m_listModel->rowCount()));
    m_listsLabel->setBuddy(m_listsView);
}

void ReputationPage::saveUserCatalogue() const
{
    Catalogue user;
    for (const BlockList& l : m_listModel->userLists())
        user.add(l);
    QJsonObject o = user.toJson();
    QStringList disabled(m_listModel->disabledIds().cbegin(), m_listModel->disabledIds().cend());
    disabled.sort();
    o.insert(QStringLiteral("disabled"), QJsonArray::fromStringList(disabled));
    const QString path = userCataloguePath();
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    file.commit();
}

void ReputationPage::addUserList()
{
    const QString zone = m_newZone->text().trimmed().toLower();
    const QByteArray ace = QUrl::toAce(zone);
    if (ace.isEmpty() || !ace.contains('.') || ace.size() > 200) {
        Q_EMIT statusMessage(tr("Enter the DNS zone of the list, e.g. bl.example.net"));
        return;
    }
    const int row = m_listModel->addUserList(Catalogue::userList(ace, m_newType->currentData().toInt()));
    m_listsView->selectRow(row);
    m_listsView->scrollTo(m_listModel->index(row, 0));
    m_newZone->clear();
}

void ReputationPage::removeSelectedList()
{
    const QModelIndex current = m_listsView->currentIndex();
    if (!current.isValid())
        return;
    if (!m_listModel->removeUserList(current.row()))
        Q_EMIT statusMessage(tr("Built-in lists cannot be removed; uncheck them to skip them."));
}

void ReputationPage::fillFromMessage()
{
    if (!m_document)
        return;
    m_fromMessage->setEnabled(false);
    MessageDocumentPtr document = m_document;
    AsyncTask::runThenCallback(this, [document] { return messageTargets(document); }, [this](const QStringList& found) {
        m_fromMessage->setEnabled(m_document != nullptr);
        m_targets->setPlainText(found.join(QLatin1Char('\n')));
        Q_EMIT statusMessage(tr("%n target(s) found in the message", nullptr, int(found.size())));
    });
}

bool ReputationPage::isRunning() const
{
    return m_checker && m_checker->isRunning();
}

void ReputationPage::check()
{
    if (isRunning())
        return;
    QList<Target> targets;
    QStringList bad;
    QStringList texts;
    const QStringList lines = m_targets->toPlainText().split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        auto target = parseTarget(line);
        if (!target) {
            bad.append(line.left(80));
            continue;
        }
        if (texts.contains(target->text))
            continue;
        if (targets.size() >= kMaxTargetLines)
            break;
        texts.append(target->text);
        targets.append(*target);
    }
    if (targets.isEmpty()) {
        m_summary->setText(bad.isEmpty() ? tr("Enter at least one IP address or domain.")
                                         : tr("Not an IP address or domain: %1").arg(bad.join(QStringLiteral(", "))));
        return;
    }
    const Catalogue catalogue = m_listModel->enabledCatalogue();
    if (catalogue.size() == 0) {
        m_summary->setText(tr("Enable at least one list."));
        return;
    }

    Dns::ResolverOptions options = m_dns;
    const QString servers = m_dnsServer->text().trimmed();
    if (!servers.isEmpty())
        options.servers = servers.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (m_checker) {
        m_checker->disconnect(this);
        m_checker->cancel();
        m_checker->deleteLater();
    }
    if (m_resolver)
        m_resolver->deleteLater();
    m_resolver = new Dns::Resolver(options, this);
    m_checker = new DnsblChecker(m_resolver, this);
    connect(m_checker, &DnsblChecker::resultReady, m_resultModel, &DnsblResultModel::append);
    connect(m_checker, &DnsblChecker::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
    });
    connect(m_checker, &DnsblChecker::finished, this, &ReputationPage::onFinished);

    m_resultModel->clear();
    m_findings.clear();
    m_result = QJsonObject();
    m_checkedTargets = texts;
    updateTargetFilter(texts);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_summary->setText(bad.isEmpty() ? tr("Checking %n target(s)…", nullptr, int(targets.size()))
                                     : tr("Checking; skipped (not an IP or domain): %1").arg(bad.join(QStringLiteral(", "))));
    m_ranAt = QDateTime::currentDateTimeUtc();
    setBusy(true);
    Q_EMIT findingsChanged();
    m_checker->start(catalogue, targets);
}

void ReputationPage::cancel()
{
    if (!isRunning())
        return;
    m_checker->cancel();
    setBusy(false);
    updateSummary(true);
    m_findings.clear();
    Q_EMIT statusMessage(tr("Blocklist check cancelled"));
    Q_EMIT findingsChanged();
}

void ReputationPage::setBusy(bool busy)
{
    m_check->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_targets->setReadOnly(busy);
}

void ReputationPage::onFinished()
{
    setBusy(false);
    m_resultModel->setResults(m_checker->results());
    m_findings = m_checker->findings();
    m_result = m_checker->toJson();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    updateSummary(false);
    Q_EMIT statusMessage(tr("Blocklist check finished in %1 ms").arg(m_checker->elapsedMs()));
    Q_EMIT findingsChanged();
    Q_EMIT modified();
}

void ReputationPage::updateSummary(bool cancelled)
{
    DnsblSummary s = m_resultModel->summary();
    QString text = s.line();
    if (cancelled)
        text = tr("%1 (cancelled after %2 answers)").arg(text).arg(s.lists);
    m_summary->setText(text);
}

void ReputationPage::updateTargetFilter(const QStringList& targets)
{
    m_targetFilter->blockSignals(true);
    while (m_targetFilter->count() > 1)
        m_targetFilter->removeItem(1);
    for (const QString& t : targets)
        m_targetFilter->addItem(t, t);
    m_targetFilter->setCurrentIndex(0);
    m_targetFilter->blockSignals(false);
    m_proxy->setTarget(QString());
}

void ReputationPage::openDelistLink(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid() || proxyIndex.column() != DnsblResultModel::DelistColumn)
        return;
    const QUrl url = proxyIndex.data(DnsblResultModel::UrlRole).toUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

void ReputationPage::saveToCase(Report::Case& theCase) const
{
    for (const QString& t : m_checkedTargets) {
        QHostAddress ip;
        if (ip.setAddress(t))
            theCase.addIp(t);
        else
            theCase.addDomain(t);
    }
    if (m_result.isEmpty())
        return;
    Report::CaseCheck check;
    check.kind = QStringLiteral("dnsbl");
    check.input = m_checkedTargets.join(QLatin1Char(' '));
    check.ranAt = m_ranAt;
    check.findings = m_findings;
    check.result = m_result;
    theCase.addCheck(check);
}

void ReputationPage::restoreFromCase(const Report::Case& theCase)
{
    const Report::CaseCheck* last = nullptr;
    for (const Report::CaseCheck& check : theCase.checks) {
        if (check.kind == QLatin1String("dnsbl"))
            last = &check;
    }
    if (!last) {
        if (m_targets->toPlainText().trimmed().isEmpty())
            m_targets->setPlainText((theCase.ips + theCase.domains).join(QLatin1Char('\n')));
        return;
    }
    m_checkedTargets = last->input.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, kMaxTargetLines);
    m_targets->setPlainText(m_checkedTargets.join(QLatin1Char('\n')));
    QList<DnsblResult> results;
    const QJsonArray array = last->result.value(QStringLiteral("results")).toArray();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        DnsblResult r;
        r.target = o.value(QStringLiteral("target")).toString();
        r.listId = o.value(QStringLiteral("list")).toString();
        r.listName = o.value(QStringLiteral("name")).toString();
        r.zone = o.value(QStringLiteral("zone")).toString();
        r.query = o.value(QStringLiteral("query")).toString().toLatin1();
        r.status = statusFromToken(o.value(QStringLiteral("status")).toString());
        for (const QJsonValue& a : o.value(QStringLiteral("answers")).toArray())
            r.answers.append(a.toString());
        r.meaning = o.value(QStringLiteral("meaning")).toString();
        r.txt = o.value(QStringLiteral("txt")).toString();
        r.dnsOutcome = o.value(QStringLiteral("dns")).toString();
        r.delistUrl = o.value(QStringLiteral("delist")).toString();
        Severity severity = Severity::Info;
        if (severityFromToken(o.value(QStringLiteral("severity")).toString(), &severity))
            r.severity = severity;
        r.elapsedMs = o.value(QStringLiteral("elapsedMs")).toInteger();
        results.append(r);
    }
    m_resultModel->setResults(results);
    updateTargetFilter(m_checkedTargets);
    m_findings = last->findings;
    m_result = last->result;
    m_ranAt = last->ranAt;
    updateSummary(false);
    Q_EMIT findingsChanged();
}

} // namespace Deliverbench::Gui
