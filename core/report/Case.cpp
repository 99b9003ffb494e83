// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Case.h"

#include "dns/QueryLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace Deliverbench::Report {

namespace {

const QString kFormatName = QStringLiteral("deliverbench-case");

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Report", text);
}

QByteArray sha256Hex(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& value : list)
        array.append(value);
    return array;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

void addUnique(QStringList& list, const QString& value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, tr("cannot write '%1': %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(Error::Kind::Io, tr("cannot write '%1': %2").arg(path, reason));
    }
    if (!file.commit())
        return makeError(Error::Kind::Io, tr("cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QJsonObject CaseDnsEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("server"), server},
        {QStringLiteral("answer"), answer},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("rcode"), rcode},
        {QStringLiteral("time"), isoTime(time)},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
    if (fromOverlay)
        object.insert(QStringLiteral("fromOverlay"), true);
    if (fromCache)
        object.insert(QStringLiteral("fromCache"), true);
    if (authenticated)
        object.insert(QStringLiteral("authenticated"), true);
    return object;
}

CaseDnsEntry CaseDnsEntry::fromJson(const QJsonObject& object)
{
    CaseDnsEntry entry;
    entry.name = object.value(QStringLiteral("name")).toString();
    entry.type = object.value(QStringLiteral("type")).toString();
    entry.server = object.value(QStringLiteral("server")).toString();
    entry.answer = object.value(QStringLiteral("answer")).toString();
    entry.outcome = object.value(QStringLiteral("outcome")).toString();
    entry.rcode = object.value(QStringLiteral("rcode")).toInt(-1);
    entry.time = parseTime(object.value(QStringLiteral("time")));
    entry.elapsedMs = object.value(QStringLiteral("elapsedMs")).toInteger(0);
    entry.fromOverlay = object.value(QStringLiteral("fromOverlay")).toBool();
    entry.fromCache = object.value(QStringLiteral("fromCache")).toBool();
    entry.authenticated = object.value(QStringLiteral("authenticated")).toBool();
    return entry;
}

CaseDnsEntry CaseDnsEntry::fromQueryLog(const Dns::QueryLogEntry& log)
{
    CaseDnsEntry entry;
    entry.name = QString::fromUtf8(log.name);
    entry.type = QString::fromLatin1(Dns::typeName(log.type));
    entry.server = log.server;
    entry.answer = QString::fromUtf8(log.answerText);
    entry.outcome = QString::fromLatin1(Dns::outcomeToken(log.outcome));
    entry.rcode = log.rcode;
    entry.time = log.time.toUTC();
    entry.elapsedMs = log.elapsedMs;
    entry.fromOverlay = log.fromOverlay;
    entry.fromCache = log.fromCache;
    entry.authenticated = log.authenticated;
    return entry;
}

QString Case::addMessage(const QString& name, const QByteArray& raw)
{
    const QByteArray hash = sha256Hex(raw);
    for (const CaseMessage& existing : std::as_const(messages)) {
        if (existing.sha256 == hash)
            return existing.name;
    }
    QString unique = name.isEmpty() ? QStringLiteral("message") : name;
    if (message(unique) != nullptr) {
        for (int n = 2;; ++n) {
            const QString candidate = unique + QStringLiteral(" (%1)").arg(n);
            if (message(candidate) == nullptr) {
                unique = candidate;
                break;
            }
        }
    }
    messages.append(CaseMessage{unique, hash, raw});
    return unique;
}

const CaseMessage* Case::message(QStringView name) const
{
    for (const CaseMessage& existing : messages) {
        if (existing.name == name)
            return &existing;
    }
    return nullptr;
}

void Case::addDomain(const QString& domain)
{
    addUnique(domains, domain.trimmed().toLower());
}

void Case::addHost(const QString& host)
{
    addUnique(hosts, host.trimmed().toLower());
}

void Case::addIp(const QString& ip)
{
    addUnique(ips, ip.trimmed());
}

void Case::addSeedList(const SeedListReference& reference)
{
    for (const SeedListReference& existing : std::as_const(seedLists)) {
        if (existing.path == reference.path && existing.name == reference.name)
            return;
    }
    seedLists.append(reference);
}

void Case::addCheck(CaseCheck check)
{
    for (CaseCheck& existing : checks) {
        if (existing.kind == check.kind && existing.input == check.input) {
            existing = std::move(check);
            return;
        }
    }
    checks.append(std::move(check));
}

void Case::addDnsEntries(const QList<CaseDnsEntry>& entries)
{
    dnsSnapshot += entries;
}

Findings Case::allFindings() const
{
    Findings all;
    for (const CaseCheck& check : checks)
        all += check.findings;
    return all;
}

QJsonObject Case::toJson() const
{
    QJsonArray messageArray;
    for (const CaseMessage& item : messages) {
        messageArray.append(QJsonObject{
            {QStringLiteral("name"), item.name},
            {QStringLiteral("sha256"), QString::fromLatin1(item.sha256)},
            {QStringLiteral("size"), qint64(item.raw.size())},
            {QStringLiteral("raw"), QString::fromLatin1(item.raw.toBase64())},
        });
    }
    QJsonArray seedArray;
    for (const SeedListReference& seed : seedLists)
        seedArray.append(QJsonObject{{QStringLiteral("name"), seed.name}, {QStringLiteral("path"), seed.path}});
    QJsonArray checkArray;
    for (const CaseCheck& check : checks) {
        QJsonArray findingArray;
        for (const Finding& finding : check.findings)
            findingArray.append(finding.toJson());
        checkArray.append(QJsonObject{
            {QStringLiteral("kind"), check.kind},
            {QStringLiteral("input"), check.input},
            {QStringLiteral("ranAt"), isoTime(check.ranAt)},
            {QStringLiteral("findings"), findingArray},
            {QStringLiteral("result"), check.result},
        });
    }
    QJsonArray dnsArray;
    for (const CaseDnsEntry& entry : dnsSnapshot)
        dnsArray.append(entry.toJson());

    return QJsonObject{
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("title"), title},
        {QStringLiteral("createdAt"), isoTime(createdAt)},
        {QStringLiteral("modifiedAt"), isoTime(modifiedAt)},
        {QStringLiteral("inputs"),
         QJsonObject{
             {QStringLiteral("messages"), messageArray},
             {QStringLiteral("domains"), toArray(domains)},
             {QStringLiteral("hosts"), toArray(hosts)},
             {QStringLiteral("ips"), toArray(ips)},
             {QStringLiteral("seedLists"), seedArray},
         }},
        {QStringLiteral("checks"), checkArray},
        {QStringLiteral("dnsSnapshot"), dnsArray},
    };
}

QByteArray Case::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<Case> Case::fromJson(const QJsonObject& object)
{
    if (object.value(QStringLiteral("format")).toString() != kFormatName)
        return makeError(Error::Kind::InvalidInput, tr("not a Deliverbench case file"));
    const int version = object.value(QStringLiteral("version")).toInt(0);
    if (version < 1)
        return makeError(Error::Kind::InvalidInput, tr("case file without a valid version"));
    if (version > kFormatVersion) {
        return makeError(Error::Kind::InvalidInput,
                         tr("case file version %1 is newer than this Deliverbench supports (%2)")
                             .arg(version)
                             .arg(kFormatVersion));
    }

    Case result;
    result.title = object.value(QStringLiteral("title")).toString();
    result.createdAt = parseTime(object.value(QStringLiteral("createdAt")));
    result.modifiedAt = parseTime(object.value(QStringLiteral("modifiedAt")));

    const QJsonObject inputs = object.value(QStringLiteral("inputs")).toObject();
    const QJsonArray messageArray = inputs.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue& value : messageArray) {
        const QJsonObject item = value.toObject();
        CaseMessage message;
        message.name = item.value(QStringLiteral("name")).toString();
        const QByteArray base64 = item.value(QStringLiteral("raw")).toString().toLatin1();
        auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return makeError(Error::Kind::InvalidInput,
                             tr("message '%1' in the case file is not valid base64").arg(message.name));
        }
        message.raw = std::move(*decoded);
        message.sha256 = sha256Hex(message.raw);
        const QByteArray stored = item.value(QStringLiteral("sha256")).toString().toLatin1().toLower();
        if (!stored.isEmpty() && stored != message.sha256) {
            return makeError(Error::Kind::InvalidInput,
                             tr("message '%1' in the case file does not match its SHA-256 (damaged file)")
                                 .arg(message.name));
        }
        result.messages.append(std::move(message));
    }
    result.domains = stringList(inputs.value(QStringLiteral("domains")));
    result.hosts = stringList(inputs.value(QStringLiteral("hosts")));
    result.ips = stringList(inputs.value(QStringLiteral("ips")));
    const QJsonArray seedArray = inputs.value(QStringLiteral("seedLists")).toArray();
    for (const QJsonValue& value : seedArray) {
        // Only the reference is read: any other key (a password someone added) is dropped.
        const QJsonObject item = value.toObject();
        result.seedLists.append(SeedListReference{item.value(QStringLiteral("name")).toString(),
                                                  item.value(QStringLiteral("path")).toString()});
    }

    const QJsonArray checkArray = object.value(QStringLiteral("checks")).toArray();
    for (const QJsonValue& value : checkArray) {
        const QJsonObject item = value.toObject();
        CaseCheck check;
        check.kind = item.value(QStringLiteral("kind")).toString();
        check.input = item.value(QStringLiteral("input")).toString();
        check.ranAt = parseTime(item.value(QStringLiteral("ranAt")));
        const QJsonArray findingArray = item.value(QStringLiteral("findings")).toArray();
        for (const QJsonValue& finding : findingArray)
            check.findings.append(Finding::fromJson(finding.toObject()));
        check.result = item.value(QStringLiteral("result")).toObject();
        result.checks.append(std::move(check));
    }
    const QJsonArray dnsArray = object.value(QStringLiteral("dnsSnapshot")).toArray();
    for (const QJsonValue& value : dnsArray)
        result.dnsSnapshot.append(CaseDnsEntry::fromJson(value.toObject()));
    return result;
}

Result<Case> Case::fromBytes(const QByteArray& bytes)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(Error::Kind::InvalidInput,
                         tr("case file is not valid JSON (offset %1: %2)").arg(error.offset).arg(error.errorString()));
    }
    if (!document.isObject())
        return makeError(Error::Kind::InvalidInput, tr("not a Deliverbench case file"));
    return fromJson(document.object());
}

Result<void> Case::save(const QString& path)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!createdAt.isValid())
        createdAt = now;
    modifiedAt = now;
    return writeAtomically(path, toBytes());
}

Result<Case> Case::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        return makeError(Error::Kind::InvalidInput, tr("'%1' is too large for a case file").arg(path));
    const QByteArray bytes = file.readAll();
    auto result = fromBytes(bytes);
    if (!result)
        return makeError(result.error().kind, QStringLiteral("%1: %2").arg(path, result.error().message));
    return result;
}

QString Case::recoveryPath(const QString& casePath)
{
    if (casePath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        return QDir(dir).filePath(QStringLiteral("untitled.dbcase.recovery"));
    }
    const QFileInfo info(casePath);
    return info.dir().filePath(u'.' + info.fileName() + QStringLiteral(".recovery"));
}

Result<void> Case::saveRecovery(const QString& casePath) const
{
    const QString path = recoveryPath(casePath);
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(Error::Kind::Io, tr("cannot create the folder '%1'").arg(info.absolutePath()));
    return writeAtomically(path, toBytes());
}

bool Case::hasRecovery(const QString& casePath)
{
    const QFileInfo recovery(recoveryPath(casePath));
    if (!recovery.exists())
        return false;
    if (casePath.isEmpty())
        return true;
    const QFileInfo original(casePath);
    return !original.exists() || recovery.lastModified() >= original.lastModified();
}

Result<Case> Case::openRecovery(const QString& casePath)
{
    return open(recoveryPath(casePath));
}

void Case::discardRecovery(const QString& casePath)
{
    QFile::remove(recoveryPath(casePath));
}

CaseAppender::CaseAppender(QString path)
    : m_path(std::move(path))
{
}

void CaseAppender::addMessageCheck(const QString& kind, const QString& name, const QByteArray& raw,
                                   const Findings& findings, const QJsonObject& result, const QDateTime& ranAt)
{
    const QString stored = m_pending.addMessage(name, raw);
    m_pending.addCheck(CaseCheck{kind, stored, ranAt.toUTC(), findings, result});
}

Result<void> CaseAppender::commit()
{
    Case target;
    if (QFileInfo::exists(m_path)) {
        auto existing = Case::open(m_path);
        if (!existing)
            return tl::unexpected(existing.error());
        target = std::move(*existing);
    }
    for (const CaseMessage& message : std::as_const(m_pending.messages)) {
        const QString stored = target.addMessage(message.name, message.raw);
        for (CaseCheck check : std::as_const(m_pending.checks)) {
            if (check.input == message.name) {
                check.input = stored;
                target.addCheck(std::move(check));
            }
        }
    }
    for (const CaseCheck& check : std::as_const(m_pending.checks)) {
        if (m_pending.message(check.input) == nullptr)
            target.addCheck(check);
    }
    for (const QString& domain : std::as_const(m_pending.domains))
        target.addDomain(domain);
    for (const QString& host : std::as_const(m_pending.hosts))
        target.addHost(host);
    for (const QString& ip : std::as_const(m_pending.ips))
        target.addIp(ip);
    for (const SeedListReference& seed : std::as_const(m_pending.seedLists))
        target.addSeedList(seed);
    target.addDnsEntries(m_pending.dnsSnapshot);
    return target.save(m_path);
}

} // namespace Deliverbench::Report
