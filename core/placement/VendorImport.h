// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "placement/PlacementResult.h"

#include <QCoreApplication>
#include <QStringList>

namespace Deliverbench::Placement {

/**
 * @short Which columns (CSV header names, or JSON keys of the row objects) hold what.
 * Each entry lists accepted names, matched case-insensitively ignoring spaces, '_' and '-'.
 */
struct ColumnMapping
{
    QStringList provider;
    QStringList address;
    QStringList placement;   ///< one column with inbox/spam/promotions/missing …
    QStringList folder;      ///< the folder or tab the copy was found in
    QStringList status;      ///< delivered / missing / error (used with folder)
    QStringList arrival;     ///< optional arrival time (ISO 8601)
};

/** @short A named mapping for a common export shape. */
struct VendorPreset
{
    QString name;
    QString description;
    ColumnMapping mapping;
};

/**
 * @short The presets: "generic" (provider, address, placement/result/folder — the usual
 * synonyms), "folder-status" (separate folder and delivery status columns) and "deliverbench"
 * (our own `placement` JSON, DESIGN.md). Vendor exports differ between products and versions;
 * these are shapes, not promises about a particular vendor's file.
 */
QList<VendorPreset> vendorPresets();
const VendorPreset* findVendorPreset(QStringView name);

/**
 * @short Maps a vendor's folder/status words to a placement: Inbox/Primary → inbox,
 * Spam/Junk/Bulk → spam, Promotions/Updates/Social/Forums/"tab: X" → tab, Missing/Not
 * delivered/Not found/Blocked/Bounced → missing, Error/Failed → error. Unknown: false.
 */
bool classifyVendorValue(const QString& folder, const QString& status, PlacementKind* placement, QString* tab);

class VendorImport
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Placement::VendorImport)

public:
    /** @short CSV (`,` or `;`) or JSON (an array of row objects, or {"seeds": [...]}) to seed results. */
    [[nodiscard]] static Result<QList<SeedResult>> import(const QByteArray& bytes, const ColumnMapping& mapping);
    [[nodiscard]] static Result<QList<SeedResult>> importFile(const QString& path, const ColumnMapping& mapping);
};

} // namespace Deliverbench::Placement
