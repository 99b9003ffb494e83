// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "imap/ImapTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Deliverbench::Placement {

/** @short Folder roles of a seed box; empty entries are discovered (RFC 6154 SPECIAL-USE, common names). */
struct SeedFolders
{
    QString inbox;                 ///< default "INBOX"
    QString spam;                  ///< discovered: \Junk, then Junk/Spam/Bulk/[Gmail]/Spam…
    QMap<QString, QString> tabs;   ///< tab name -> folder (e.g. "Promotions" -> "Promotions")
    QString trash;                 ///< kept for the GUI; not searched
};

/** @short One seed mailbox (DESIGN.md seed list shape). Never holds a password. */
struct Seed
{
    QString provider;              ///< row of the matrix ("Gmail", "Outlook", …)
    QString address;
    QString host;
    quint16 port = 993;
    Imap::TlsMode tls = Imap::TlsMode::Implicit;
    QString user;                  ///< login name; defaults to the address
    SeedFolders folders;
    QString passwordEnv;           ///< name of an environment variable holding the password (scripts, tests)

    QString loginName() const { return user.isEmpty() ? address : user; }
    QJsonObject toJson() const;
};

/** @short The seed list file (JSON or CSV with the same columns). */
class SeedList
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Placement::SeedList)

public:
    QList<Seed> seeds;

    /** @short `{"seeds": [...]}`; fails on a missing provider/host, a bad port or TLS mode, or any password field. */
    [[nodiscard]] static Result<SeedList> fromJson(const QByteArray& json);
    /** @short CSV with a header row naming the columns of csvColumns() (any order, case-insensitive). */
    [[nodiscard]] static Result<SeedList> fromCsv(const QByteArray& csv);
    /** @short Reads .json or .csv (by extension, else by content). */
    [[nodiscard]] static Result<SeedList> load(const QString& path);

    QByteArray toJson() const;
    QByteArray toCsv() const;
    /** @short provider,address,host,port,tls,user,inbox,spam,tabs,trash,passwordEnv */
    static QStringList csvColumns();
};

/**
 * @short Supplies seed passwords (QtKeychain in the GUI, the environment in scripts and tests).
 * Asynchronous, because keychains are.
 */
class PasswordProvider
{
public:
    virtual ~PasswordProvider() = default;
    using Callback = std::function<void(Result<QString>)>;
    /** @short Calls back exactly once, possibly synchronously. */
    virtual void requestPassword(const Seed& seed, Callback callback) = 0;
};

/** @short Reads the variable named by Seed::passwordEnv (an error when unset or empty). */
class EnvironmentPasswordProvider : public PasswordProvider
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Placement::EnvironmentPasswordProvider)

public:
    void requestPassword(const Seed& seed, Callback callback) override;
};

/** @short Fixed passwords by address (tests, or a GUI that already holds them). Falls back to the environment. */
class MapPasswordProvider : public PasswordProvider
{
public:
    QMap<QString, QString> passwords;   ///< address -> password
    void requestPassword(const Seed& seed, Callback callback) override;
};

/** @short Tab roles as text, "Promotions=Promotions;Updates=Updates" (the CSV `tabs` column). */
QString tabsToText(const QMap<QString, QString>& tabs);
/** @short Parses the `tabs` column form back (entries without a name or folder are dropped). */
QMap<QString, QString> tabsFromText(const QString& text);

/** @short Minimal RFC 4180 CSV reader (quoted fields, "" escapes, CRLF or LF), bounded. */
[[nodiscard]] Result<QList<QStringList>> parseCsv(const QByteArray& bytes, int maxRows = 100000, int maxColumns = 200,
                                                QChar delimiter = u',');
/** @short One CSV field, quoted when needed. */
QString csvField(const QString& value);

} // namespace Deliverbench::Placement
