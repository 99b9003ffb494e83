// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/OrgDomain.h"

#include "domain/DomainText_p.h"

#include <libpsl.h>

namespace Deliverbench::Domain {

namespace {

/** @short The process-wide, read-only PSL (loaded once; libpsl contexts are safe for concurrent lookups). */
struct Psl
{
    const psl_ctx_t* ctx = nullptr;
    psl_ctx_t* owned = nullptr;
    bool system = false;

    Psl()
    {
        owned = psl_latest(nullptr); // the newest of the system file (PSL_DISTFILE) and the built-in data
        if (owned) {
            ctx = owned;
            system = true;
        } else {
            ctx = psl_builtin();
        }
    }
    ~Psl() { psl_free(owned); }
    Psl(const Psl&) = delete;
    Psl& operator=(const Psl&) = delete;

    static const Psl& instance()
    {
        static const Psl psl;
        return psl;
    }
};

} // namespace

QByteArray organizationalDomain(QByteArrayView domain)
{
    QByteArray d = domain.toByteArray().toLower();
    if (d.endsWith('.'))
        d.chop(1);
    const Psl& psl = Psl::instance();
    if (!psl.ctx || d.isEmpty())
        return d;
    const char* registrable = psl_registrable_domain(psl.ctx, d.constData());
    return registrable ? QByteArray(registrable) : d;
}

QString publicSuffixListSource()
{
    const Psl& psl = Psl::instance();
    if (!psl.ctx)
        return Text::tr("none (no Public Suffix List available)");
    return psl.system ? Text::tr("libpsl %1, system list").arg(QString::fromLatin1(psl_get_version()))
                      : Text::tr("libpsl %1, built-in list").arg(QString::fromLatin1(psl_get_version()));
}

} // namespace Deliverbench::Domain
