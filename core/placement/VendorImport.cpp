// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/VendorImport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Deliverbench::Placement {

namespace {

constexpr qint64 kMaxImport = 64 * 1024 * 1024;
constexpr int kMaxRows = 200000;

QString normalizeKey(const QString& key)
{
    QString out;
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

int findColumn(const QStringList& header, const QStringList& names)
{
    for (const QString& name : names) {
        const QString wanted = normalizeKey(name);
        for (int i = 0; i < header.size(); ++i) {
            if (normalizeKey(header.at(i)) == wanted)
                return i;
        }
    }
    return -1;
}

ColumnMapping genericMapping()
{
    ColumnMapping m;
    m.provider = {QStringLiteral("provider"), QStringLiteral("isp"), QStringLiteral("mailbox provider"),
                  QStringLiteral("inbox provider"), QStringLiteral("esp"), QStringLiteral("domain")};
    m.address = {QStringLiteral("address"), QStringLiteral("email"), QStringLiteral("seed"), QStringLiteral("seed address"),
                 QStringLiteral("email address"), QStringLiteral("mailbox"), QStringLiteral("recipient")};
    m.placement = {QStringLiteral("placement"), QStringLiteral("result"), QStringLiteral("location"),
                   QStringLiteral("inbox placement"), QStringLiteral("delivered to")};
    m.folder = {QStringLiteral("folder"), QStringLiteral("tab"), QStringLiteral("category")};
    m.status = {QStringLiteral("status"), QStringLiteral("delivery status"), QStringLiteral("delivered")};
    m.arrival = {QStringLiteral("arrival"), QStringLiteral("received"), QStringLiteral("received at"),
                 QStringLiteral("delivered at"), QStringLiteral("date")};
    return m;
}

} // namespace

QList<VendorPreset> vendorPresets()
{
    QList<VendorPreset> presets;
    presets.append({QStringLiteral("generic"),
                    VendorImport::tr("provider, address and a placement/result/folder column (common synonyms)"),
                    genericMapping()});
    ColumnMapping folderStatus = genericMapping();
    folderStatus.placement.clear();
    presets.append({QStringLiteral("folder-status"),
                    VendorImport::tr("separate folder (Inbox/Spam/Promotions) and status (Delivered/Not delivered) columns"),
                    folderStatus});
    ColumnMapping own;
    own.provider = {QStringLiteral("provider")};
    own.address = {QStringLiteral("address")};
    own.placement = {QStringLiteral("placement")};
    own.folder = {QStringLiteral("folder")};
    own.arrival = {QStringLiteral("arrival")};
    presets.append({QStringLiteral("deliverbench"), VendorImport::tr("Deliverbench's own placement JSON"), own});
    return presets;
}

const VendorPreset* findVendorPreset(QStringView name)
{
    static const QList<VendorPreset> presets = vendorPresets();
    for (const VendorPreset& p : presets) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

bool classifyVendorValue(const QString& folderIn, const QString& statusIn, PlacementKind* placement, QString* tab)
{
    const QString folder = folderIn.trimmed();
    const QString status = statusIn.trimmed().toLower();
    const QString f = folder.toLower();

    if (!status.isEmpty()) {
        static const char* const missingWords[] = {"missing", "not delivered", "not found", "undelivered", "blocked",
                                                   "bounced", "rejected", "not received", "no"};
        for (const char* w : missingWords) {
            if (status == QLatin1String(w)) {
                *placement = PlacementKind::Missing;
                return true;
            }
        }
        if (status == QLatin1String("error") || status == QLatin1String("failed")) {
            *placement = PlacementKind::Error;
            return true;
        }
    }
    if (f.isEmpty())
        return false;
    QString t;
    if (placementFromToken(folder, placement, &t)) {
        if (tab)
            *tab = t;
        return true;
    }
    if (f == QLatin1String("primary") || f == QLatin1String("inbox") || f == QLatin1String("focused")
        || f == QLatin1String("primary inbox")) {
        *placement = PlacementKind::Inbox;
        return true;
    }
    if (f == QLatin1String("junk") || f == QLatin1String("spam") || f == QLatin1String("bulk")
        || f == QLatin1String("bulk mail") || f == QLatin1String("junk email") || f == QLatin1String("junk e-mail")
        || f == QLatin1String("spam folder")) {
        *placement = PlacementKind::Spam;
        return true;
    }
    static const char* const tabs[] = {"promotions", "updates", "social", "forums", "other", "newsletters"};
    for (const char* name : tabs) {
        if (f == QLatin1String(name) || f == QLatin1String(name) + QStringLiteral(" tab")) {
            *placement = PlacementKind::Tab;
            if (tab)
                *tab = folder.left(qsizetype(qstrlen(name)));
            if (tab && !tab->isEmpty())
                (*tab)[0] = tab->at(0).toUpper();
            return true;
        }
    }
    if (f.startsWith(QLatin1String("tab:")) || f.startsWith(QLatin1String("tab "))) {
        *placement = PlacementKind::Tab;
        if (tab)
            *tab = folder.mid(4).trimmed();
        return true;
    }
    if (f == QLatin1String("missing") || f == QLatin1String("not delivered") || f == QLatin1String("not found")) {
        *placement = PlacementKind::Missing;
        return true;
    }
    return false;
}

Result<QList<SeedResult>> VendorImport::import(const QByteArray& bytes, const ColumnMapping& mapping)
{
    if (bytes.size() > kMaxImport)
        return makeError(Error::Kind::InvalidInput, tr("import file larger than 64 MiB"));
    QList<QStringList> rows;
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (doc.isNull())
            return makeError(Error::Kind::InvalidInput, tr("not valid JSON: %1").arg(error.errorString()));
        QJsonArray array = doc.isArray() ? doc.array() : QJsonArray();
        if (doc.isObject()) {
            for (const char* key : {"seeds", "results", "rows", "data"}) {
                if (doc.object().value(QLatin1String(key)).isArray()) {
                    array = doc.object().value(QLatin1String(key)).toArray();
                    break;
                }
            }
        }
        if (array.size() > kMaxRows)
            return makeError(Error::Kind::InvalidInput, tr("more than %1 rows").arg(kMaxRows));
        // flatten the objects into a table keyed by the union of their keys
        QStringList header;
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
                if (!header.contains(it.key()) && header.size() < 200)
                    header.append(it.key());
            }
        }
        rows.append(header);
        for (const QJsonValue& v : array) {
            const QJsonObject o = v.toObject();
            QStringList row;
            for (const QString& key : std::as_const(header)) {
                const QJsonValue value = o.value(key);
                row.append(value.isString() ? value.toString() : value.isDouble() ? QString::number(value.toDouble()) : QString());
            }
            rows.append(row);
        }
    } else {
        const qsizetype firstLine = bytes.indexOf('\n');
        const QByteArray head = bytes.left(firstLine < 0 ? bytes.size() : firstLine);
        const QChar delimiter = head.count(';') > head.count(',') ? u';' : u',';
        auto csv = parseCsv(bytes, kMaxRows, 200, delimiter);
        if (!csv)
            return tl::unexpected(csv.error());
        rows = std::move(*csv);
    }
    if (rows.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("the file holds no rows"));

    const QStringList header = rows.first();
    const int provider = findColumn(header, mapping.provider);
    const int address = findColumn(header, mapping.address);
    const int placementColumn = findColumn(header, mapping.placement);
    const int folder = findColumn(header, mapping.folder);
    const int status = findColumn(header, mapping.status);
    const int arrival = findColumn(header, mapping.arrival);
    if (provider < 0)
        return makeError(Error::Kind::InvalidInput,
                         tr("no provider column (looked for: %1)").arg(mapping.provider.join(QStringLiteral(", "))));
    if (placementColumn < 0 && folder < 0 && status < 0)
        return makeError(Error::Kind::InvalidInput, tr("no placement, folder or status column"));

    QList<SeedResult> results;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        const auto cell = [&row](int column) { return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString(); };
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        SeedResult result;
        result.seed.provider = cell(provider);
        result.seed.address = cell(address);
        if (result.seed.provider.isEmpty() && result.seed.address.contains(u'@'))
            result.seed.provider = result.seed.address.section(u'@', 1);
        PlacementKind placement = PlacementKind::Missing;
        QString tab;
        const QString value = placementColumn >= 0 ? cell(placementColumn) : cell(folder);
        const bool known = classifyVendorValue(value, cell(status), &placement, &tab)
                        || (placementColumn >= 0 && classifyVendorValue(cell(folder), {}, &placement, &tab));
        if (!known) {
            result.placement = PlacementKind::Error;
            result.errorKind = QStringLiteral("import");
            result.error = tr("row %1: unknown placement '%2'").arg(r + 1).arg(value);
        } else {
            result.placement = placement;
            result.tab = tab;
        }
        result.folder = cell(folder).isEmpty() ? value : cell(folder);
        if (result.placement == PlacementKind::Missing || result.placement == PlacementKind::Error)
            result.folder.clear();
        const QString when = cell(arrival);
        if (!when.isEmpty())
            result.arrival = QDateTime::fromString(when, Qt::ISODate).toUTC();
        results.append(std::move(result));
    }
    return results;
}

Result<QList<SeedResult>> VendorImport::importFile(const QString& path, const ColumnMapping& mapping)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > kMaxImport)
        return makeError(Error::Kind::InvalidInput, tr("import file larger than 64 MiB"));
    return import(file.read(kMaxImport + 1), mapping);
}

} // namespace Deliverbench::Placement
