// SPDX-License-Identifier: GPL-3.0-or-later
#include "reputation/DnsblChecker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

#include <algorithm>
#include <cctype>

namespace Deliverbench::Reputation {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Reputation", text);
}

QString prettyTxt(const QList<QByteArray>& texts)
{
    QStringList out;
    for (const QByteArray& t : texts.mid(0, 3))
        out.append(QString::fromUtf8(t.left(500)));
    return out.join(QStringLiteral(" | "));
}

} // namespace

Result<Target> parseTarget(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2);
    Target target;
    QHostAddress address;
    if (!text.isEmpty() && address.setAddress(text)) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            address = QHostAddress(v4);
        const QByteArray reverse = Dns::reverseName(address);
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            target.type = Ipv4;
            target.prefix = reverse.chopped(int(sizeof(".in-addr.arpa") - 1));
        } else {
            target.type = Ipv6;
            target.prefix = reverse.chopped(int(sizeof(".ip6.arpa") - 1));
        }
        target.text = address.toString();
        return target;
    }
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    const QByteArray ace = QUrl::toAce(text);
    if (ace.isEmpty() || !ace.contains('.') || !Dns::isValidQueryName(ace))
        return makeError(Error::Kind::InvalidInput, tr("'%1' is neither an IP address nor a domain name").arg(input.toString()));
    for (const char c : ace) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '.' || c == '_'))
            return makeError(Error::Kind::InvalidInput, tr("'%1' is not a valid domain name").arg(input.toString()));
    }
    target.type = Domain;
    target.prefix = Dns::normalizeName(ace);
    target.text = QString::fromLatin1(target.prefix);
    return target;
}

QJsonObject DnsblResult::toJson() const
{
    QJsonArray answerArray;
    for (const QString& a : answers)
        answerArray.append(a);
    return QJsonObject{
        {QStringLiteral("target"), target},
        {QStringLiteral("targetType"), targetTypeToken(targetType)},
        {QStringLiteral("list"), listId},
        {QStringLiteral("name"), listName},
        {QStringLiteral("zone"), zone},
        {QStringLiteral("query"), QString::fromLatin1(query)},
        {QStringLiteral("status"), listingStatusToken(status)},
        {QStringLiteral("answers"), answerArray},
        {QStringLiteral("meaning"), meaning.isEmpty() ? QJsonValue() : QJsonValue(meaning)},
        {QStringLiteral("txt"), txt.isEmpty() ? QJsonValue() : QJsonValue(txt)},
        {QStringLiteral("dns"), dnsOutcome},
        {QStringLiteral("delist"), delistUrl},
        {QStringLiteral("severity"), severityToken(severity)},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
}

QString DnsblSummary::line() const
{
    QString text = (target.isEmpty() ? QString() : target + QStringLiteral(": "))
        + tr("listed on %1 of %2 lists").arg(listed).arg(lists);
    if (unknown > 0)
        text += tr(", %1 unknown").arg(unknown);
    return text;
}

QJsonObject DnsblSummary::toJson() const
{
    QJsonObject o{
        {QStringLiteral("lists"), lists},
        {QStringLiteral("listed"), listed},
        {QStringLiteral("clear"), clear},
        {QStringLiteral("unknown"), unknown},
        {QStringLiteral("line"), line()},
    };
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    return o;
}

DnsblChecker::DnsblChecker(Dns::Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{
}

void DnsblChecker::start(const Catalogue& catalogue, const QList<Target>& targets)
{
    cancel();
    m_catalogue = catalogue;
    m_targets = targets.mid(0, kMaxTargets);
    m_results.clear();
    m_jobs.clear();
    m_next = 0;
    m_inFlight = 0;
    m_done = 0;
    m_clock.start();
    m_context = new QObject(this);
    const QList<BlockList>& lists = m_catalogue.lists(); // not modified during the run: pointers stay valid
    for (const Target& t : std::as_const(m_targets)) {
        for (const BlockList& list : lists) {
            if (!list.accepts(t.type))
                continue;
            DnsblResult r;
            r.target = t.text;
            r.targetType = t.type;
            r.listId = list.id;
            r.listName = list.name;
            r.zone = QString::fromLatin1(list.zone);
            r.query = t.prefix + '.' + list.zone;
            r.delistUrl = list.delistUrl;
            Job job;
            job.index = int(m_results.size());
            job.name = r.query;
            job.list = &list;
            m_results.append(r);
            m_jobs.append(job);
        }
    }
    m_running = true;
    if (m_jobs.isEmpty() || !m_resolver) {
        for (DnsblResult& r : m_results) {
            r.status = ListingStatus::Unknown;
            r.meaning = tr("no resolver");
        }
        m_running = false;
        QMetaObject::invokeMethod(this, &DnsblChecker::finished, Qt::QueuedConnection);
        return;
    }
    launchMore();
}

void DnsblChecker::cancel()
{
    if (m_context) {
        delete m_context; // drops every pending callback (Resolver contexts)
        m_context = nullptr;
    }
    m_running = false;
}

void DnsblChecker::launchMore()
{
    while (m_running && m_inFlight < kMaxInFlight && m_next < m_jobs.size()) {
        const int index = int(m_next++);
        ++m_inFlight;
        m_resolver->query(m_jobs.at(index).name, Dns::RecordType::A, m_context,
                          [this, index](const Dns::Answer& a) { onAnswer(index, a); });
    }
}

void DnsblChecker::onAnswer(int index, const Dns::Answer& answer)
{
    DnsblResult& r = m_results[index];
    const BlockList& list = *m_jobs.at(index).list;
    r.dnsOutcome = QString::fromLatin1(Dns::outcomeToken(answer.outcome));
    r.elapsedMs = answer.elapsedMs;
    switch (answer.outcome) {
    case Dns::Outcome::NxDomain:
    case Dns::Outcome::NoData:
        // RFC 5782 §2.1: not listed = no A record
        r.status = ListingStatus::Clear;
        complete(index);
        return;
    case Dns::Outcome::NoError:
        break;
    default:
        r.status = ListingStatus::Unknown;
        r.severity = Severity::Info;
        r.meaning = answer.outcome == Dns::Outcome::Timeout
            ? tr("no answer (timeout)")
            : tr("DNS error %1").arg(r.dnsOutcome) + (answer.errorText.isEmpty() ? QString() : QStringLiteral(": ") + answer.errorText);
        complete(index);
        return;
    }
    bool outside = false;
    bool refused = false;
    bool listed = false;
    QStringList listedMeanings;
    QStringList unknownMeanings;
    Severity worst = Severity::Pass;
    QList<Dns::Record> records = answer.records.mid(0, 16);
    std::sort(records.begin(), records.end(), [](const Dns::Record& a, const Dns::Record& b) {
        return a.address.toIPv4Address() < b.address.toIPv4Address(); // a stable order for the meanings
    });
    for (const Dns::Record& rec : std::as_const(records)) {
        r.answers.append(rec.address.toString());
        const AnswerMeaning m = interpretAnswer(list, rec.address);
        if (m.status == ListingStatus::Listed) {
            listed = true;
            if (!listedMeanings.contains(m.meaning))
                listedMeanings.append(m.meaning);
            worst = std::max(worst, m.severity);
        } else if (m.status == ListingStatus::Unknown) {
            bool isV4 = false;
            const quint32 v = rec.address.toIPv4Address(&isV4);
            if (!isV4 || (v >> 24) != 127)
                outside = true;
            else
                refused = true;
            unknownMeanings.append(m.meaning);
        }
    }
    if (outside || refused) {
        // a refusal or a bogus answer makes the whole answer unusable: never "listed"
        r.status = ListingStatus::Unknown;
        r.severity = outside ? Severity::Warning : Severity::Info;
        r.meaning = unknownMeanings.join(QStringLiteral("; "));
        complete(index);
        return;
    }
    if (!listed) {
        r.status = ListingStatus::Clear;
        complete(index);
        return;
    }
    r.status = ListingStatus::Listed;
    r.meaning = listedMeanings.join(QStringLiteral("; "));
    r.severity = worst;
    // the reason text (RFC 5782 §2.1: TXT at the same name)
    m_resolver->query(r.query, Dns::RecordType::TXT, m_context, [this, index](const Dns::Answer& a) { onTxt(index, a); });
}

void DnsblChecker::onTxt(int index, const Dns::Answer& answer)
{
    if (answer.isSuccess())
        m_results[index].txt = prettyTxt(answer.texts());
    complete(index);
}

void DnsblChecker::complete(int index)
{
    --m_inFlight;
    ++m_done;
    Q_EMIT resultReady(m_results.at(index));
    Q_EMIT progress(m_done, int(m_jobs.size()));
    if (m_done >= m_jobs.size()) {
        m_running = false;
        m_elapsedMs = m_clock.elapsed();
        Q_EMIT finished();
        return;
    }
    launchMore();
}

QList<DnsblResult> DnsblChecker::results() const
{
    return m_results;
}

QList<DnsblSummary> DnsblChecker::summaryPerTarget() const
{
    QList<DnsblSummary> out;
    for (const Target& t : m_targets) {
        DnsblSummary s;
        s.target = t.text;
        for (const DnsblResult& r : m_results) {
            if (r.target != t.text)
                continue;
            ++s.lists;
            s.listed += r.status == ListingStatus::Listed;
            s.clear += r.status == ListingStatus::Clear;
            s.unknown += r.status == ListingStatus::Unknown;
        }
        out.append(s);
    }
    return out;
}

DnsblSummary DnsblChecker::summary() const
{
    DnsblSummary s;
    for (const DnsblResult& r : m_results) {
        ++s.lists;
        s.listed += r.status == ListingStatus::Listed;
        s.clear += r.status == ListingStatus::Clear;
        s.unknown += r.status == ListingStatus::Unknown;
    }
    return s;
}

Findings DnsblChecker::findings() const
{
    Findings out;
    const QString reference = QStringLiteral("RFC 5782 §2");
    for (const DnsblResult& r : m_results) {
        Finding f;
        f.reference = reference;
        if (r.status == ListingStatus::Listed) {
            f.code = "DNSBL.LISTED";
            f.severity = r.severity;
            f.title = tr("%1 is listed on %2").arg(r.target, r.listName);
            f.detail = r.meaning + (r.txt.isEmpty() ? QString() : QStringLiteral(" — ") + r.txt);
            f.evidence = QString::fromLatin1(r.query) + QStringLiteral(" A ") + r.answers.join(u' ');
            f.remedy = r.delistUrl.isEmpty() ? tr("Fix the cause, then ask the list operator for delisting.")
                                             : tr("Fix the cause, then request delisting at %1").arg(r.delistUrl);
        } else if (r.status == ListingStatus::Unknown) {
            const bool bad = r.severity == Severity::Warning;
            f.code = bad ? "DNSBL.BAD_ANSWER" : "DNSBL.UNKNOWN";
            f.severity = bad ? Severity::Warning : Severity::Info;
            f.title = tr("%1: no usable answer from %2").arg(r.target, r.listName);
            f.detail = r.meaning;
            f.evidence = QString::fromLatin1(r.query) + u' ' + (r.answers.isEmpty() ? r.dnsOutcome : r.answers.join(u' '));
            f.remedy = tr("Retry later; query through your own resolver (public resolvers are often refused).");
        } else {
            continue;
        }
        out.append(f);
    }
    for (const DnsblSummary& s : summaryPerTarget()) {
        if (s.listed == 0 && s.lists > 0) {
            Finding f;
            f.code = "DNSBL.CLEAR";
            f.severity = Severity::Pass;
            f.title = tr("%1 is not listed").arg(s.target);
            f.detail = s.line();
            f.reference = reference;
            out.append(f);
        }
    }
    return out;
}

QJsonObject DnsblChecker::toJson() const
{
    QJsonArray resultArray;
    for (const DnsblResult& r : m_results)
        resultArray.append(r.toJson());
    QJsonArray perTarget;
    for (const DnsblSummary& s : summaryPerTarget())
        perTarget.append(s.toJson());
    QJsonArray targetArray;
    for (const Target& t : m_targets)
        targetArray.append(QJsonObject{{QStringLiteral("target"), t.text}, {QStringLiteral("type"), targetTypeToken(t.type)}});
    QJsonArray findingArray;
    for (const Finding& f : findings())
        findingArray.append(f.toJson());
    QJsonObject summaryObject = summary().toJson();
    summaryObject.insert(QStringLiteral("targets"), perTarget);
    summaryObject.insert(QStringLiteral("elapsedMs"), m_elapsedMs);
    return QJsonObject{
        {QStringLiteral("targets"), targetArray},
        {QStringLiteral("results"), resultArray},
        {QStringLiteral("summary"), summaryObject},
        {QStringLiteral("findings"), findingArray},
    };
}

} // namespace Deliverbench::Reputation
