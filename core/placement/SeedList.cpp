// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/SeedList.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

namespace Deliverbench::Placement {

namespace {

constexpr qint64 kMaxSeedFile = 16 * 1024 * 1024;
constexpr int kMaxSeeds = 10000;

bool isPasswordKey(const QString& key)
{
    const QString k = key.toLower();
    return k == QLatin1String("password") || k == QLatin1String("pass") || k == QLatin1String("passwd")
        || k == QLatin1String("secret") || k == QLatin1String("apppassword") || k == QLatin1String("app_password");
}

quint16 defaultPort(Imap::TlsMode mode)
{
    return mode == Imap::TlsMode::Implicit ? 993 : 143;
}

} // namespace

QString tabsToText(const QMap<QString, QString>& tabs)
{
    QStringList parts;
    for (auto it = tabs.cbegin(); it != tabs.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u';');
}

QMap<QString, QString> tabsFromText(const QString& text)
{
    QMap<QString, QString> tabs;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString name = (eq < 0 ? part : part.left(eq)).trimmed();
        const QString folder = (eq < 0 ? part : part.mid(eq + 1)).trimmed();
        if (!name.isEmpty() && !folder.isEmpty())
            tabs.insert(name, folder);
    }
    return tabs;
}

QJsonObject Seed::toJson() const
{
    QJsonObject imap{
        {QStringLiteral("host"), host},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("tls"), Imap::tlsModeToken(tls)},
    };
    if (!user.isEmpty())
        imap.insert(QStringLiteral("user"), user);
    QJsonObject object{
        {QStringLiteral("provider"), provider},
        {QStringLiteral("address"), address},
        {QStringLiteral("imap"), imap},
    };
    QJsonObject f;
    if (!folders.inbox.isEmpty())
        f.insert(QStringLiteral("inbox"), folders.inbox);
    if (!folders.spam.isEmpty())
        f.insert(QStringLiteral("spam"), folders.spam);
    if (!folders.trash.isEmpty())
        f.insert(QStringLiteral("trash"), folders.trash);
    if (!folders.tabs.isEmpty()) {
        QJsonObject tabs;
        for (auto it = folders.tabs.cbegin(); it != folders.tabs.cend(); ++it)
            tabs.insert(it.key(), it.value());
        f.insert(QStringLiteral("tabs"), tabs);
    }
    if (!f.isEmpty())
        object.insert(QStringLiteral("folders"), f);
    if (!passwordEnv.isEmpty())
        object.insert(QStringLiteral("passwordEnv"), passwordEnv);
    return object;
}

Result<SeedList> SeedList::fromJson(const QByteArray& json)
{
    if (json.size() > kMaxSeedFile)
        return makeError(Error::Kind::InvalidInput, tr("seed list larger than 16 MiB"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return makeError(Error::Kind::InvalidInput, tr("seed list is not valid JSON: %1").arg(parseError.errorString()));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("seeds")).isArray())
        return makeError(Error::Kind::InvalidInput, tr("seed list must be an object with a \"seeds\" array"));
    const QJsonArray array = doc.object().value(QStringLiteral("seeds")).toArray();
    if (array.size() > kMaxSeeds)
        return makeError(Error::Kind::InvalidInput, tr("seed list has more than %1 seeds").arg(kMaxSeeds));
    SeedList list;
    int index = 0;
    for (const QJsonValue& value : array) {
        ++index;
        if (!value.isObject())
            return makeError(Error::Kind::InvalidInput, tr("seed %1 is not an object").arg(index));
        const QJsonObject o = value.toObject();
        const QJsonObject imap = o.value(QStringLiteral("imap")).toObject();
        const QJsonObject folders = o.value(QStringLiteral("folders")).toObject();
        for (const QJsonObject& part : {o, imap}) {
            for (auto it = part.constBegin(); it != part.constEnd(); ++it) {
                if (isPasswordKey(it.key()))
                    return makeError(Error::Kind::InvalidInput,
                                     tr("seed %1 holds a password (\"%2\"); a seed list never does: use the keychain or "
                                        "passwordEnv")
                                         .arg(index)
                                         .arg(it.key()));
            }
        }
        Seed seed;
        seed.provider = o.value(QStringLiteral("provider")).toString().trimmed();
        seed.address = o.value(QStringLiteral("address")).toString().trimmed();
        seed.host = imap.value(QStringLiteral("host")).toString().trimmed();
        seed.user = imap.value(QStringLiteral("user")).toString();
        seed.passwordEnv = o.value(QStringLiteral("passwordEnv")).toString();
        const QString tls = imap.value(QStringLiteral("tls")).toString(QStringLiteral("implicit"));
        if (!Imap::tlsModeFromToken(tls, &seed.tls))
            return makeError(Error::Kind::InvalidInput,
                             tr("seed %1: unknown tls mode '%2' (implicit, starttls or none)").arg(index).arg(tls));
        const QJsonValue port = imap.value(QStringLiteral("port"));
        if (port.isUndefined() || port.isNull()) {
            seed.port = defaultPort(seed.tls);
        } else {
            const int p = port.isString() ? port.toString().toInt() : port.toInt(-1);
            if (p < 1 || p > 65535)
                return makeError(Error::Kind::InvalidInput, tr("seed %1: invalid port").arg(index));
            seed.port = quint16(p);
        }
        seed.folders.inbox = folders.value(QStringLiteral("inbox")).toString();
        seed.folders.spam = folders.value(QStringLiteral("spam")).toString();
        seed.folders.trash = folders.value(QStringLiteral("trash")).toString();
        const QJsonObject tabs = folders.value(QStringLiteral("tabs")).toObject();
        for (auto it = tabs.constBegin(); it != tabs.constEnd(); ++it) {
            if (!it.key().isEmpty() && !it.value().toString().isEmpty())
                seed.folders.tabs.insert(it.key(), it.value().toString());
        }
        if (seed.provider.isEmpty())
            return makeError(Error::Kind::InvalidInput, tr("seed %1 has no provider").arg(index));
        if (seed.host.isEmpty())
            return makeError(Error::Kind::InvalidInput, tr("seed %1 has no IMAP host").arg(index));
        if (seed.address.isEmpty() && seed.user.isEmpty())
            return makeError(Error::Kind::InvalidInput, tr("seed %1 has neither address nor user").arg(index));
        list.seeds.append(std::move(seed));
    }
    return list;
}

QStringList SeedList::csvColumns()
{
    return {QStringLiteral("provider"), QStringLiteral("address"), QStringLiteral("host"), QStringLiteral("port"),
            QStringLiteral("tls"), QStringLiteral("user"), QStringLiteral("inbox"), QStringLiteral("spam"),
            QStringLiteral("tabs"), QStringLiteral("trash"), QStringLiteral("passwordEnv")};
}

Result<SeedList> SeedList::fromCsv(const QByteArray& csv)
{
    auto rows = parseCsv(csv, kMaxSeeds + 1);
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("seed list CSV is empty"));
    const QStringList header = rows->first();
    QMap<QString, int> column;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (isPasswordKey(name))
            return makeError(Error::Kind::InvalidInput,
                             tr("seed list CSV has a password column; a seed list never does: use the keychain or passwordEnv"));
        for (const QString& known : csvColumns()) {
            if (name.compare(known, Qt::CaseInsensitive) == 0)
                column.insert(known, i);
        }
    }
    for (const char* required : {"provider", "host"}) {
        if (!column.contains(QLatin1String(required)))
            return makeError(Error::Kind::InvalidInput, tr("seed list CSV lacks the column '%1'").arg(QLatin1String(required)));
    }
    // reuse the JSON validation: one code path for both formats
    QJsonArray seeds;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList& row = rows->at(r);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        const auto field = [&](const char* name) {
            const int i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < row.size() ? row.at(i).trimmed() : QString();
        };
        QJsonObject imap{{QStringLiteral("host"), field("host")}};
        if (!field("port").isEmpty())
            imap.insert(QStringLiteral("port"), field("port"));
        if (!field("tls").isEmpty())
            imap.insert(QStringLiteral("tls"), field("tls"));
        if (!field("user").isEmpty())
            imap.insert(QStringLiteral("user"), field("user"));
        QJsonObject folders;
        for (const char* role : {"inbox", "spam", "trash"}) {
            if (!field(role).isEmpty())
                folders.insert(QLatin1String(role), field(role));
        }
        const QMap<QString, QString> tabs = tabsFromText(field("tabs"));
        if (!tabs.isEmpty()) {
            QJsonObject t;
            for (auto it = tabs.cbegin(); it != tabs.cend(); ++it)
                t.insert(it.key(), it.value());
            folders.insert(QStringLiteral("tabs"), t);
        }
        QJsonObject seed{{QStringLiteral("provider"), field("provider")},
                         {QStringLiteral("address"), field("address")},
                         {QStringLiteral("imap"), imap}};
        if (!folders.isEmpty())
            seed.insert(QStringLiteral("folders"), folders);
        if (!field("passwordEnv").isEmpty())
            seed.insert(QStringLiteral("passwordEnv"), field("passwordEnv"));
        seeds.append(seed);
    }
    return fromJson(QJsonDocument(QJsonObject{{QStringLiteral("seeds"), seeds}}).toJson(QJsonDocument::Compact));
}

Result<SeedList> SeedList::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("cannot read '%1': %2").arg(path, file.errorString()));
    if (file.size() > kMaxSeedFile)
        return makeError(Error::Kind::InvalidInput, tr("seed list larger than 16 MiB"));
    const QByteArray bytes = file.read(kMaxSeedFile + 1);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return fromCsv(bytes);
    if (suffix == QLatin1String("json") || bytes.trimmed().startsWith('{'))
        return fromJson(bytes);
    return fromCsv(bytes);
}

QByteArray SeedList::toJson() const
{
    QJsonArray array;
    for (const Seed& seed : seeds)
        array.append(seed.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("seeds"), array}}).toJson(QJsonDocument::Indented);
}

QByteArray SeedList::toCsv() const
{
    QString out = csvColumns().join(u',') + QStringLiteral("\r\n");
    for (const Seed& s : seeds) {
        const QStringList fields{s.provider,           s.address,          s.host,
                                 QString::number(s.port), Imap::tlsModeToken(s.tls), s.user,
                                 s.folders.inbox,      s.folders.spam,     tabsToText(s.folders.tabs),
                                 s.folders.trash,      s.passwordEnv};
        QStringList quoted;
        for (const QString& f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

void EnvironmentPasswordProvider::requestPassword(const Seed& seed, Callback callback)
{
    if (seed.passwordEnv.isEmpty()) {
        callback(makeError(Error::Kind::InvalidInput,
                           tr("no password for %1: the seed has no passwordEnv and no keychain is available")
                               .arg(seed.address.isEmpty() ? seed.loginName() : seed.address)));
        return;
    }
    const QByteArray value = qgetenv(seed.passwordEnv.toLocal8Bit().constData());
    if (value.isEmpty()) {
        callback(makeError(Error::Kind::InvalidInput,
                           tr("no password for %1: environment variable %2 is not set").arg(seed.address, seed.passwordEnv)));
        return;
    }
    callback(QString::fromUtf8(value));
}

void MapPasswordProvider::requestPassword(const Seed& seed, Callback callback)
{
    const auto it = passwords.constFind(seed.address);
    if (it != passwords.constEnd()) {
        callback(it.value());
        return;
    }
    EnvironmentPasswordProvider().requestPassword(seed, std::move(callback));
}

Result<QList<QStringList>> parseCsv(const QByteArray& bytes, int maxRows, int maxColumns, QChar delimiter)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype n = text.size();
    const auto endField = [&]() -> bool {
        row.append(field);
        field.clear();
        fieldStarted = false;
        return row.size() <= maxColumns;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            if (!endField())
                return makeError(Error::Kind::InvalidInput, SeedList::tr("CSV row with more than %1 columns").arg(maxColumns));
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (!endField())
                return makeError(Error::Kind::InvalidInput, SeedList::tr("CSV row with more than %1 columns").arg(maxColumns));
            rows.append(row);
            row.clear();
            if (rows.size() > maxRows)
                return makeError(Error::Kind::InvalidInput, SeedList::tr("CSV with more than %1 rows").arg(maxRows));
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(Error::Kind::InvalidInput, SeedList::tr("CSV ends inside a quoted field"));
    if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
        endField();
        rows.append(row);
    }
    return rows;
}

QString csvField(const QString& value)
{
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        QString escaped = value;
        escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + escaped + u'"';
    }
    return value;
}

} // namespace Deliverbench::Placement
