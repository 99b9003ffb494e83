// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Recheck.h"

#include "auth/MessageAuth.h"
#include "dns/QueryLog.h"
#include "domain/DomainAudit.h"
#include "reputation/Catalogue.h"
#include "reputation/DnsblChecker.h"
#include "message/Message.h"

#include <QJsonArray>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace Deliverbench::Report {

namespace {

QString key(const QString& name, const QString& type)
{
    return QString::fromLatin1(Dns::normalizeName(name.toUtf8())) + u'\n' + type.toUpper();
}

bool isNegative(const QString& outcome)
{
    return outcome == QStringLiteral("NXDOMAIN") || outcome == QStringLiteral("NODATA");
}

/** @short The records of an answer, sorted (order in a response carries no meaning, RFC 2181 §5). */
QStringList records(const CaseDnsEntry& entry)
{
    if (entry.outcome != QStringLiteral("NOERROR"))
        return {};
    QStringList lines = entry.answer.split(u'\n', Qt::SkipEmptyParts);
    std::sort(lines.begin(), lines.end());
    return lines;
}

QString valueText(const CaseDnsEntry& entry)
{
    const QStringList lines = records(entry);
    return lines.isEmpty() ? entry.outcome : lines.join(u'\n');
}

QString findingKey(const Finding& finding)
{
    return QString::fromLatin1(finding.code) + u'\n' + finding.title;
}

QString findingText(const Finding& finding)
{
    return QString::fromLatin1(finding.code) + QStringLiteral(": ") + finding.title;
}

const CaseCheck* latestCheck(const Case& source, const QString& kind, const QString& input)
{
    const CaseCheck* found = nullptr;
    for (const CaseCheck& check : source.checks) {
        if (check.kind == kind && check.input.compare(input, Qt::CaseInsensitive) == 0
            && (found == nullptr || check.ranAt >= found->ranAt))
            found = &check;
    }
    return found;
}

QList<QByteArray> auditSelectors(const CaseCheck* check)
{
    QList<QByteArray> selectors;
    if (check == nullptr)
        return selectors;
    const QJsonArray keys = check->result.value(QStringLiteral("dkim")).toArray();
    for (const QJsonValue& value : keys) {
        const QJsonObject item = value.toObject();
        const QByteArray selector = item.value(QStringLiteral("selector")).toString().toLatin1();
        if (!selector.isEmpty() && !item.value(QStringLiteral("guessed")).toBool() && !selectors.contains(selector)
            && selectors.size() < 64)
            selectors.append(selector);
    }
    return selectors;
}

QString jsonText(const QJsonObject& object, const char* name)
{
    return object.value(QLatin1String(name)).toString();
}

/** @short "fail (reason)" for a verdict object with "result" and an optional "reason". */
QString verdictText(const QJsonObject& object)
{
    const QString result = jsonText(object, "result");
    const QString reason = object.value(QStringLiteral("reason")).toString();
    QString text = result.isEmpty() ? QStringLiteral("none") : result;
    if (!reason.isEmpty() && reason != result)
        text += QStringLiteral(" (") + reason.left(200) + u')';
    return text;
}

/** @short The DNS changes among `names` (any type): "name TYPE: then X; now Y", one a line. */
QString dnsExplanation(const QSet<QString>& names, const QHash<QString, CaseDnsEntry>& dnsThen,
                       const QHash<QString, CaseDnsEntry>& dnsNow)
{
    QStringList lines;
    for (auto it = dnsThen.cbegin(); it != dnsThen.cend(); ++it) {
        const QString name = it.key().section(u'\n', 0, 0);
        if (!names.contains(name))
            continue;
        const auto now = dnsNow.constFind(it.key());
        if (now == dnsNow.cend())
            continue;
        if (const auto change = Recheck::compareAnswers(it.value(), now.value(), false)) {
            QString then = change->oldValue;
            QString current = change->newValue;
            lines.append(change->subject + QStringLiteral(": then ") + then.replace(u'\n', QStringLiteral(" | "))
                         + QStringLiteral("; now ") + current.replace(u'\n', QStringLiteral(" | ")));
        }
    }
    std::sort(lines.begin(), lines.end());
    return lines.join(u'\n');
}

QString dnsName(const QString& name)
{
    return QString::fromLatin1(Dns::normalizeName(name.toUtf8()));
}

/** @short Every domain an SPF trace names (check_host and query entries). */
void spfNames(const QJsonObject& spf, QSet<QString>* names)
{
    const QString domain = jsonText(spf, "domain");
    if (!domain.isEmpty())
        names->insert(dnsName(domain));
    const QJsonArray trace = spf.value(QStringLiteral("trace")).toArray();
    int n = 0;
    for (const QJsonValue& value : trace) {
        if (++n > 1000)
            break;
        const QString name = jsonText(value.toObject(), "domain");
        if (!name.isEmpty())
            names->insert(dnsName(name));
    }
}

} // namespace

QString RecheckChange::kindToken(Kind kind)
{
    switch (kind) {
    case Kind::RecordChanged: return QStringLiteral("record-changed");
    case Kind::RecordAppeared: return QStringLiteral("record-appeared");
    case Kind::RecordDisappeared: return QStringLiteral("record-disappeared");
    case Kind::LookupFailed: return QStringLiteral("lookup-failed");
    case Kind::ListingAppeared: return QStringLiteral("listing-appeared");
    case Kind::ListingCleared: return QStringLiteral("listing-cleared");
    case Kind::ListingChanged: return QStringLiteral("listing-changed");
    case Kind::FindingAppeared: return QStringLiteral("finding-appeared");
    case Kind::FindingResolved: return QStringLiteral("finding-resolved");
    case Kind::VerdictFlipped: return QStringLiteral("verdict-flipped");
    }
    return {};
}

QJsonObject RecheckChange::toJson() const
{
    QJsonObject object{
        {QStringLiteral("kind"), kindToken(kind)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("old"), oldValue},
        {QStringLiteral("new"), newValue},
        {QStringLiteral("oldTime"), oldTime.isValid() ? oldTime.toUTC().toString(Qt::ISODateWithMs) : QString()},
        {QStringLiteral("severity"), severityToken(severity)},
    };
    if (!explanation.isEmpty())
        object.insert(QStringLiteral("explanation"), explanation);
    return object;
}

QJsonObject RecheckResult::toJson() const
{
    QJsonArray changeArray;
    for (const RecheckChange& change : changes)
        changeArray.append(change.toJson());
    QJsonArray dnsArray;
    for (const CaseDnsEntry& entry : snapshot)
        dnsArray.append(entry.toJson());
    QJsonArray checkArray;
    for (const CaseCheck& check : checks) {
        QJsonArray findingArray;
        for (const Finding& finding : check.findings)
            findingArray.append(finding.toJson());
        checkArray.append(QJsonObject{{QStringLiteral("kind"), check.kind},
                                      {QStringLiteral("input"), check.input},
                                      {QStringLiteral("ranAt"), check.ranAt.toUTC().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("findings"), findingArray},
                                      {QStringLiteral("result"), check.result}});
    }
    QJsonObject object{
        {QStringLiteral("ranAt"), ranAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("changes"), changeArray},
        {QStringLiteral("comparedAnswers"), comparedAnswers},
        {QStringLiteral("dnsSnapshot"), dnsArray},
        {QStringLiteral("checks"), checkArray},
    };
    if (skippedOverlay > 0)
        object.insert(QStringLiteral("skippedOverlay"), skippedOverlay);
    if (truncated)
        object.insert(QStringLiteral("truncated"), true);
    if (cancelled)
        object.insert(QStringLiteral("cancelled"), true);
    return object;
}

Recheck::Recheck(QObject* parent)
    : QObject(parent)
{
}

Recheck::~Recheck()
{
    ++m_generation;
    // The audits and the checker use m_resolver: they go before it (members die before children).
    for (const QPointer<Domain::DomainAudit>& audit : std::as_const(m_audits))
        delete audit.data();
    delete m_dnsbl.data();
    delete m_authContext.data();
}

std::optional<RecheckChange> Recheck::compareAnswers(const CaseDnsEntry& before, const CaseDnsEntry& now,
                                                     bool isListing)
{
    const QStringList oldRecords = records(before);
    const QStringList newRecords = records(now);
    const bool oldAnswered = !oldRecords.isEmpty() || isNegative(before.outcome);
    const bool newAnswered = !newRecords.isEmpty() || isNegative(now.outcome);

    RecheckChange change;
    change.subject = before.name + u' ' + before.type.toUpper();
    change.oldValue = valueText(before);
    change.newValue = valueText(now);
    change.oldTime = before.time;

    if (!newAnswered) {
        // SERVFAIL, REFUSED, timeout now: nothing to compare with, but say so when it answered then.
        if (!oldAnswered)
            return std::nullopt;
        change.kind = RecheckChange::Kind::LookupFailed;
        change.severity = Severity::Info;
        return change;
    }
    if (oldRecords.isEmpty() && newRecords.isEmpty())
        return std::nullopt;
    if (oldRecords.isEmpty()) {
        change.kind = isListing ? RecheckChange::Kind::ListingAppeared : RecheckChange::Kind::RecordAppeared;
        change.severity = isListing ? Severity::Error : Severity::Warning;
        return change;
    }
    if (newRecords.isEmpty()) {
        change.kind = isListing ? RecheckChange::Kind::ListingCleared : RecheckChange::Kind::RecordDisappeared;
        change.severity = isListing ? Severity::Info : Severity::Warning;
        return change;
    }
    if (oldRecords == newRecords)
        return std::nullopt;
    change.kind = isListing ? RecheckChange::Kind::ListingChanged : RecheckChange::Kind::RecordChanged;
    change.severity = Severity::Warning;
    return change;
}

QList<RecheckChange> Recheck::compareFindings(const QString& subject, const Findings& before, const Findings& now,
                                              const QDateTime& beforeTime)
{
    QHash<QString, const Finding*> oldByKey;
    for (const Finding& finding : before) {
        if (finding.severity != Severity::Pass)
            oldByKey.insert(findingKey(finding), &finding);
    }
    QSet<QString> newKeys;
    QList<RecheckChange> changes;
    for (const Finding& finding : now) {
        if (finding.severity == Severity::Pass)
            continue;
        const QString k = findingKey(finding);
        if (newKeys.contains(k))
            continue;
        newKeys.insert(k);
        if (oldByKey.contains(k))
            continue;
        RecheckChange change;
        change.kind = RecheckChange::Kind::FindingAppeared;
        change.subject = subject;
        change.newValue = findingText(finding);
        change.oldTime = beforeTime;
        change.severity = std::max(Severity::Info, finding.severity);
        changes.append(change);
    }
    QSet<QString> reported;
    for (const Finding& finding : before) {
        const QString k = findingKey(finding);
        if (finding.severity == Severity::Pass || newKeys.contains(k) || reported.contains(k))
            continue;
        reported.insert(k);
        RecheckChange change;
        change.kind = RecheckChange::Kind::FindingResolved;
        change.subject = subject;
        change.oldValue = findingText(finding);
        change.oldTime = beforeTime;
        change.severity = Severity::Info;
        changes.append(change);
    }
    return changes;
}

QList<RecheckChange> Recheck::compareAuth(const QString& message, const QJsonObject& before, const QJsonObject& now,
                                          const QDateTime& beforeTime, const QHash<QString, CaseDnsEntry>& dnsThen,
                                          const QHash<QString, CaseDnsEntry>& dnsNow)
{
    QList<RecheckChange> changes;
    const auto flip = [&](const QString& what, const QString& then, const QString& current,
                          const QString& resultThen, const QString& resultNow, const QSet<QString>& names) {
        if (resultThen == resultNow)
            return;
        RecheckChange change;
        change.kind = RecheckChange::Kind::VerdictFlipped;
        change.subject = what + QStringLiteral(" of ") + message;
        change.oldValue = then;
        change.newValue = current;
        change.oldTime = beforeTime;
        // Lost a pass: the message would be judged worse now; gained one: good news, still evidence.
        change.severity = resultThen == QStringLiteral("pass") ? Severity::Error : Severity::Warning;
        change.explanation = dnsExplanation(names, dnsThen, dnsNow);
        changes.append(change);
    };

    // DKIM: one verdict per signature, matched by its position and d=/s= (RFC 6376 §6.1).
    const QJsonArray dkimThen = before.value(QStringLiteral("dkim")).toArray();
    const QJsonArray dkimNow = now.value(QStringLiteral("dkim")).toArray();
    for (qsizetype i = 0; i < dkimThen.size() && i < 64; ++i) {
        const QJsonObject then = dkimThen.at(i).toObject();
        const QString domain = jsonText(then, "domain");
        const QString selector = jsonText(then, "selector");
        QJsonObject current;
        for (const QJsonValue& value : dkimNow) {
            const QJsonObject candidate = value.toObject();
            if (candidate.value(QStringLiteral("index")) == then.value(QStringLiteral("index"))
                && jsonText(candidate, "domain") == domain && jsonText(candidate, "selector") == selector) {
                current = candidate;
                break;
            }
        }
        if (current.isEmpty())
            continue;
        QSet<QString> names;
        if (!domain.isEmpty() && !selector.isEmpty())
            names.insert(dnsName(selector + QStringLiteral("._domainkey.") + domain));
        flip(QStringLiteral("DKIM signature d=%1 s=%2").arg(domain, selector), verdictText(then), verdictText(current),
             jsonText(then, "result"), jsonText(current, "result"), names);
    }

    // SPF (RFC 7208 §2.6): the records of every domain its evaluation visited then or now.
    const QJsonObject spfThen = before.value(QStringLiteral("spf")).toObject();
    const QJsonObject spfNow = now.value(QStringLiteral("spf")).toObject();
    if (!spfThen.isEmpty() && !spfNow.isEmpty()) {
        QSet<QString> names;
        spfNames(spfThen, &names);
        spfNames(spfNow, &names);
        flip(QStringLiteral("SPF"), verdictText(spfThen), verdictText(spfNow), jsonText(spfThen, "result"),
             jsonText(spfNow, "result"), names);
    }

    // DMARC (RFC 7489 §6.6.3): the policy records, and what the aligned identifiers depend on.
    const QJsonObject dmarcThen = before.value(QStringLiteral("dmarc")).toObject();
    const QJsonObject dmarcNow = now.value(QStringLiteral("dmarc")).toObject();
    if (!dmarcThen.isEmpty() && !dmarcNow.isEmpty()) {
        QSet<QString> names;
        for (const QJsonObject& object : {dmarcThen, dmarcNow}) {
            for (const char* key : {"fromDomain", "organizationalDomain", "policyDomain"}) {
                const QString domain = jsonText(object, key);
                if (!domain.isEmpty())
                    names.insert(dnsName(QStringLiteral("_dmarc.") + domain));
            }
        }
        // A DMARC flip usually follows a DKIM or SPF flip: name their records too.
        for (const QJsonValue& value : dkimThen) {
            const QJsonObject then = value.toObject();
            if (!jsonText(then, "domain").isEmpty() && !jsonText(then, "selector").isEmpty())
                names.insert(dnsName(jsonText(then, "selector") + QStringLiteral("._domainkey.") + jsonText(then, "domain")));
        }
        spfNames(spfThen, &names);
        flip(QStringLiteral("DMARC"), verdictText(dmarcThen), verdictText(dmarcNow), jsonText(dmarcThen, "result"),
             jsonText(dmarcNow, "result"), names);
    }

    // ARC (RFC 8617 §5.2): the chain's keys.
    const QJsonObject arcThen = before.value(QStringLiteral("arc")).toObject();
    const QJsonObject arcNow = now.value(QStringLiteral("arc")).toObject();
    if (!arcThen.isEmpty() && !arcNow.isEmpty()) {
        QSet<QString> names;
        const QJsonArray chain = arcThen.value(QStringLiteral("chain")).toArray();
        for (qsizetype i = 0; i < chain.size() && i < 64; ++i) {
            const QJsonObject set = chain.at(i).toObject();
            for (const QJsonObject& object : {set, set.value(QStringLiteral("ams")).toObject(),
                                              set.value(QStringLiteral("as")).toObject()}) {
                const QString domain = jsonText(object, "domain");
                const QString selector = jsonText(object, "selector");
                if (!domain.isEmpty() && !selector.isEmpty())
                    names.insert(dnsName(selector + QStringLiteral("._domainkey.") + domain));
            }
        }
        flip(QStringLiteral("ARC"), verdictText(arcThen), verdictText(arcNow), jsonText(arcThen, "result"),
             jsonText(arcNow, "result"), names);
    }
    return changes;
}

Finding Recheck::changeFinding(const RecheckChange& change)
{
    Finding finding;
    finding.severity = change.severity;
    const QString then = change.oldTime.isValid() ? change.oldTime.toUTC().toString(Qt::ISODate) : tr("the snapshot");
    switch (change.kind) {
    case RecheckChange::Kind::RecordChanged:
        finding.code = QByteArrayLiteral("RECHECK.RECORD_CHANGED");
        finding.title = tr("%1 changed since the case was recorded").arg(change.subject);
        break;
    case RecheckChange::Kind::RecordAppeared:
        finding.code = QByteArrayLiteral("RECHECK.RECORD_APPEARED");
        finding.title = tr("%1 exists now but did not when the case was recorded").arg(change.subject);
        break;
    case RecheckChange::Kind::RecordDisappeared:
        finding.code = QByteArrayLiteral("RECHECK.RECORD_DISAPPEARED");
        finding.title = tr("%1 existed when the case was recorded but is gone now").arg(change.subject);
        break;
    case RecheckChange::Kind::LookupFailed:
        finding.code = QByteArrayLiteral("RECHECK.LOOKUP_FAILED");
        finding.title = tr("%1 could not be looked up again (%2)").arg(change.subject, change.newValue);
        break;
    case RecheckChange::Kind::ListingAppeared:
        finding.code = QByteArrayLiteral("RECHECK.LISTING_APPEARED");
        finding.title = tr("Blocklist listing appeared: %1").arg(change.subject);
        break;
    case RecheckChange::Kind::ListingCleared:
        finding.code = QByteArrayLiteral("RECHECK.LISTING_CLEARED");
        finding.title = tr("Blocklist listing cleared: %1").arg(change.subject);
        break;
    case RecheckChange::Kind::ListingChanged:
        finding.code = QByteArrayLiteral("RECHECK.LISTING_CHANGED");
        finding.title = tr("Blocklist return code changed: %1").arg(change.subject);
        break;
    case RecheckChange::Kind::FindingAppeared:
        finding.code = QByteArrayLiteral("RECHECK.FINDING_APPEARED");
        finding.title = tr("%1 reports something new: %2").arg(change.subject, change.newValue);
        break;
    case RecheckChange::Kind::FindingResolved:
        finding.code = QByteArrayLiteral("RECHECK.FINDING_RESOLVED");
        finding.title = tr("%1 no longer reports: %2").arg(change.subject, change.oldValue);
        break;
    case RecheckChange::Kind::VerdictFlipped:
        finding.code = QByteArrayLiteral("RECHECK.VERDICT_FLIPPED");
        finding.title = tr("%1 flipped: %2 then, %3 now")
                            .arg(change.subject, change.oldValue.section(u' ', 0, 0), change.newValue.section(u' ', 0, 0));
        break;
    }
    finding.detail = tr("Then (%1): %2\nNow: %3")
                         .arg(then, change.oldValue.isEmpty() ? tr("(nothing)") : change.oldValue,
                              change.newValue.isEmpty() ? tr("(nothing)") : change.newValue);
    finding.evidence = QStringLiteral("then: ") + change.oldValue + QStringLiteral("\nnow: ") + change.newValue;
    if (!change.explanation.isEmpty()) {
        finding.detail += u'\n' + tr("DNS changes that explain it:") + u'\n' + change.explanation;
        finding.evidence += u'\n' + change.explanation;
    }
    finding.remedy = change.kind == RecheckChange::Kind::LookupFailed
                         ? tr("Re-check again later or against another DNS server.")
                         : tr("Keep both snapshots as evidence; if the change was not intended, find who made it.");
    finding.reference = QStringLiteral("docs/case-format.md");
    return finding;
}

void Recheck::start(const Case& source, const RecheckOptions& options)
{
    cancel();
    ++m_generation;
    const quint64 generation = m_generation;
    m_case = source;
    m_options = options;
    m_result = RecheckResult{};
    m_result.ranAt = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    m_before.clear();
    m_now.clear();
    m_audits.clear();
    m_pending = 0;
    m_total = 0;
    m_running = true;
    m_resolver = std::make_unique<Dns::Resolver>(options.resolver);
    m_resolver->setOverlay(options.overlay);
    m_authRuns.clear();
    delete m_authContext.data();
    m_snapshotThen.clear();
    for (const CaseDnsEntry& entry : std::as_const(m_case.dnsSnapshot)) {
        if (m_snapshotThen.size() >= options.maxQueries * 4)
            break;
        const QString k = key(entry.name, entry.type);
        auto it = m_snapshotThen.find(k);
        if (it == m_snapshotThen.end())
            m_snapshotThen.insert(k, entry);
        else if (entry.time >= it->time)
            *it = entry;
    }

    const Reputation::Catalogue& catalogue =
        options.catalogue != nullptr ? *options.catalogue : Reputation::Catalogue::builtIn();
    m_listingZones.clear();
    for (const Reputation::BlockList& list : catalogue.lists())
        m_listingZones.append(Dns::normalizeName(list.zone));

    QStringList order;
    if (options.dnsSnapshot) {
        for (const CaseDnsEntry& entry : std::as_const(m_case.dnsSnapshot)) {
            if (entry.fromOverlay) {
                ++m_result.skippedOverlay;
                continue;
            }
            Dns::RecordType type;
            const QByteArray name = entry.name.toUtf8();
            if (!Dns::typeFromName(entry.type.toLatin1(), &type) || !Dns::isValidQueryName(Dns::normalizeName(name)))
                continue;
            const QString k = key(entry.name, entry.type);
            auto it = m_before.find(k);
            if (it == m_before.end()) {
                if (m_before.size() >= options.maxQueries) {
                    m_result.truncated = true;
                    continue;
                }
                m_before.insert(k, entry);
                order.append(k);
            } else if (entry.time >= it->time) {
                *it = entry;
            }
        }
        for (const QString& k : std::as_const(order)) {
            const CaseDnsEntry& entry = m_before[k];
            Dns::RecordType type;
            Dns::typeFromName(entry.type.toLatin1(), &type);
            ++m_pending;
            m_resolver->query(Dns::normalizeName(entry.name.toUtf8()), type, this,
                              [this, k, generation](const Dns::Answer& answer) {
                                  if (generation != m_generation)
                                      return;
                                  m_now.insert(k, CaseDnsEntry::fromQueryLog(Dns::QueryLogEntry::fromAnswer(answer)));
                                  stepDone();
                              });
        }
    }
    if (options.domainAudit) {
        for (const QString& domain : std::as_const(m_case.domains)) {
            const auto normalized = Domain::DomainAudit::normalizeDomain(domain);
            if (!normalized)
                continue;
            auto* audit = new Domain::DomainAudit(m_resolver.get(), this);
            m_audits.append(audit);
            ++m_pending;
            connect(audit, &Domain::DomainAudit::finished, this, [this, generation] {
                if (generation == m_generation)
                    stepDone();
            });
            Domain::AuditOptions auditOptions;
            auditOptions.fetchHttps = options.fetchHttps;
            auditOptions.selectors = auditSelectors(latestCheck(m_case, QStringLiteral("domain"), domain));
            audit->setProperty("deliverbenchDomain", QString::fromLatin1(*normalized));
            audit->start(*normalized, auditOptions);
        }
    }

    if (options.dnsbl) {
        QList<Reputation::Target> targets;
        for (const QString& text : m_case.ips + m_case.domains) {
            auto target = Reputation::parseTarget(text);
            if (target && targets.size() < Reputation::DnsblChecker::kMaxTargets)
                targets.append(*target);
        }
        if (!targets.isEmpty()) {
            m_dnsbl = new Reputation::DnsblChecker(m_resolver.get(), this);
            ++m_pending;
            connect(m_dnsbl, &Reputation::DnsblChecker::finished, this, [this, generation] {
                if (generation == m_generation)
                    stepDone();
            });
            m_dnsbl->start(catalogue, targets);
        }
    }

    if (options.auth)
        startAuth(generation);

    m_total = m_pending;
    if (m_pending == 0) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                finish();
        });
    }
}

void Recheck::startAuth(quint64 generation)
{
    // The latest saved auth check of each case message, in case order.
    QStringList inputs;
    QHash<QString, const CaseCheck*> latest;
    for (const CaseCheck& check : std::as_const(m_case.checks)) {
        if (check.kind != QStringLiteral("auth") || m_case.message(check.input) == nullptr)
            continue;
        auto it = latest.find(check.input);
        if (it == latest.end()) {
            if (inputs.size() >= m_options.maxAuthMessages)
                continue;
            inputs.append(check.input);
            latest.insert(check.input, &check);
        } else if (check.ranAt >= (*it)->ranAt) {
            *it = &check;
        }
    }
    if (inputs.isEmpty())
        return;
    m_authContext = new QObject(this);
    for (const QString& input : std::as_const(inputs)) {
        const CaseCheck* check = latest.value(input);
        const CaseMessage* stored = m_case.message(input);
        const QJsonObject connection = check->result.value(QStringLiteral("connection")).toObject();
        // The same inputs as saved: the connection the verdicts were computed for.
        Auth::MessageAuthOptions authOptions;
        const QHostAddress ip(connection.value(QStringLiteral("ip")).toString());
        if (!ip.isNull())
            authOptions.ip = ip;
        const QString helo = connection.value(QStringLiteral("helo")).toString();
        if (!helo.isEmpty())
            authOptions.helo = helo.toUtf8();
        if (connection.value(QStringLiteral("mailFromKnown")).toBool())
            authOptions.mailFrom = connection.value(QStringLiteral("mailFrom")).toString().toUtf8();
        QList<QByteArray> trusted;
        const QJsonArray trustedJson =
            check->result.value(QStringLiteral("authResults")).toObject().value(QStringLiteral("trusted")).toArray();
        for (const QJsonValue& value : trustedJson) {
            if (trusted.size() < 32)
                trusted.append(value.toString().toUtf8());
        }
        authOptions.trustedAuthservIds = trusted;
        authOptions.reverseDns = false;
        authOptions.dkim.now = m_result.ranAt.toSecsSinceEpoch();

        const int index = int(m_authRuns.size());
        m_authRuns.append(AuthRun{input, check->result, check->ranAt, {}, {}});
        ++m_pending;
        const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(stored->raw, input));
        Auth::MessageAuth::run(message, *m_resolver, authOptions, m_authContext,
                               [this, index, generation](const Auth::MessageAuthResult& result) {
                                   if (generation != m_generation || index >= m_authRuns.size())
                                       return;
                                   m_authRuns[index].now = result.toJson();
                                   m_authRuns[index].findings = result.findings();
                                   stepDone();
                               });
    }
}

void Recheck::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    for (const QPointer<Domain::DomainAudit>& audit : std::as_const(m_audits)) {
        if (audit)
            audit->cancel();
    }
    if (m_dnsbl)
        m_dnsbl->cancel();
    delete m_authContext.data();
    if (m_resolver)
        m_resolver->cancelAll();
    finish();
}

void Recheck::stepDone()
{
    --m_pending;
    emit progress(m_total - m_pending, m_total);
    if (m_pending <= 0 && m_running)
        finish();
}

void Recheck::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation; // late callbacks are dropped

    // 1. The DNS snapshot, in its own order.
    for (const CaseDnsEntry& entry : std::as_const(m_case.dnsSnapshot)) {
        const QString k = key(entry.name, entry.type);
        if (!m_before.contains(k) || !m_now.contains(k))
            continue;
        const CaseDnsEntry before = m_before.take(k);
        ++m_result.comparedAnswers;
        const QByteArray name = Dns::normalizeName(before.name.toUtf8());
        bool listing = false;
        if (before.type.compare(QStringLiteral("A"), Qt::CaseInsensitive) == 0) {
            for (const QByteArray& zone : std::as_const(m_listingZones)) {
                if (!zone.isEmpty() && name.endsWith(QByteArray('.' + zone))) {
                    listing = true;
                    break;
                }
            }
        }
        if (auto change = compareAnswers(before, m_now.value(k), listing))
            m_result.changes.append(*change);
    }

    // 2. The re-run checks against the case's earlier runs of them.
    for (const QPointer<Domain::DomainAudit>& audit : std::as_const(m_audits)) {
        if (!audit)
            continue;
        const QString domain = audit->property("deliverbenchDomain").toString();
        const Domain::AuditResult& audited = audit->result();
        CaseCheck check{QStringLiteral("domain"), domain, m_result.ranAt, audited.findings, audited.toJson()};
        if (const CaseCheck* before = latestCheck(m_case, check.kind, domain); before != nullptr && !m_result.cancelled) {
            m_result.changes += compareFindings(tr("domain audit of %1").arg(domain), before->findings,
                                                check.findings, before->ranAt);
        }
        m_result.checks.append(std::move(check));
    }
    if (m_dnsbl) {
        const QStringList inputs = m_case.ips + m_case.domains;
        CaseCheck check{QStringLiteral("dnsbl"), inputs.join(QStringLiteral(", ")), m_result.ranAt,
                        m_dnsbl->findings(), m_dnsbl->toJson()};
        if (const CaseCheck* before = latestCheck(m_case, check.kind, check.input);
            before != nullptr && !m_result.cancelled) {
            m_result.changes += compareFindings(tr("blocklist check of %1").arg(check.input), before->findings,
                                                check.findings, before->ranAt);
        }
        m_result.checks.append(std::move(check));
    }

    // 3. The new evidence.
    if (m_resolver) {
        for (const Dns::QueryLogEntry& entry : m_resolver->queryLog()->entries())
            m_result.snapshot.append(CaseDnsEntry::fromQueryLog(entry));
    }

    // 4. The authentication verdicts against the saved ones, explained by the DNS answers.
    if (!m_authRuns.isEmpty()) {
        QHash<QString, CaseDnsEntry> dnsNow;
        for (const CaseDnsEntry& entry : std::as_const(m_result.snapshot))
            dnsNow.insert(key(entry.name, entry.type), entry);
        for (const AuthRun& run : std::as_const(m_authRuns)) {
            if (run.now.isEmpty())
                continue;
            m_result.changes += compareAuth(run.input, run.before, run.now, run.beforeTime, m_snapshotThen, dnsNow);
            m_result.checks.append(CaseCheck{QStringLiteral("auth"), run.input, m_result.ranAt, run.findings, run.now});
        }
    }

    // 5. The findings.
    for (const RecheckChange& change : std::as_const(m_result.changes))
        m_result.findings.append(changeFinding(change));
    if (m_result.changes.isEmpty() && !m_result.cancelled) {
        Finding unchanged;
        unchanged.code = QByteArrayLiteral("RECHECK.UNCHANGED");
        unchanged.severity = Severity::Pass;
        unchanged.title = tr("Nothing changed since the case was recorded");
        unchanged.detail = tr("%n DNS answer(s) compared; %1 check(s) re-run.", nullptr, m_result.comparedAnswers)
                               .arg(m_result.checks.size());
        unchanged.reference = QStringLiteral("docs/case-format.md");
        m_result.findings.append(unchanged);
    }

    for (const QPointer<Domain::DomainAudit>& audit : std::as_const(m_audits)) {
        if (audit)
            audit->deleteLater();
    }
    m_audits.clear();
    if (m_authContext)
        m_authContext->deleteLater();
    if (m_dnsbl)
        m_dnsbl->deleteLater();
    m_dnsbl = nullptr;
    // The resolver may be inside one of its own callbacks: delete it from the event loop.
    if (m_resolver)
        m_resolver.release()->deleteLater();
    emit finished();
}

void applyRecheck(Case& theCase, const RecheckResult& result)
{
    CaseCheck check;
    check.kind = QStringLiteral("recheck");
    check.input = result.ranAt.toUTC().toString(Qt::ISODateWithMs);
    check.ranAt = result.ranAt;
    check.findings = result.findings;
    check.result = result.toJson();
    theCase.addCheck(std::move(check));
}

} // namespace Deliverbench::Report
