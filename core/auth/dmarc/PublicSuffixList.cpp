// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dmarc/PublicSuffixList.h"

#include <QCoreApplication>

#include <libpsl.h>

#include <cstdio>

namespace Deliverbench::Auth {

QByteArray cleanDomain(QByteArrayView domain)
{
    QByteArray out;
    const QByteArray d = domain.first(qMin<qsizetype>(domain.size(), 1024)).toByteArray();
    for (const QByteArray& label : d.split('.')) {
        if (label.isEmpty())
            continue;
        if (!out.isEmpty())
            out.append('.');
        out.append(label.toLower());
    }
    return out.left(255);
}

PublicSuffixList PublicSuffixList::system()
{
    static const PublicSuffixList list = [] {
        PublicSuffixList l;
        psl_ctx_t* ctx = psl_latest(nullptr);
        if (ctx) {
            l.m_ctx = std::shared_ptr<void>(ctx, [](void* p) { psl_free(static_cast<psl_ctx_t*>(p)); });
            l.m_source = QCoreApplication::translate("Deliverbench::Auth", "system list");
        } else {
            l.m_ctx = std::shared_ptr<void>(const_cast<psl_ctx_t*>(psl_builtin()), [](void*) { });
            l.m_source = QCoreApplication::translate("Deliverbench::Auth", "built-in list");
        }
        return l;
    }();
    return list;
}

PublicSuffixList PublicSuffixList::fromRules(QByteArrayView rules)
{
    PublicSuffixList l;
    l.m_source = QCoreApplication::translate("Deliverbench::Auth", "custom list");
    QByteArray data = rules.toByteArray();
    if (data.isEmpty())
        data = "\n";
    FILE* f = fmemopen(data.data(), size_t(data.size()), "r");
    if (!f)
        return l;
    psl_ctx_t* ctx = psl_load_fp(f);
    std::fclose(f);
    if (ctx)
        l.m_ctx = std::shared_ptr<void>(ctx, [](void* p) { psl_free(static_cast<psl_ctx_t*>(p)); });
    return l;
}

PublicSuffixList PublicSuffixList::lastTwoLabels()
{
    PublicSuffixList l;
    l.m_lastTwo = true;
    l.m_source = QCoreApplication::translate("Deliverbench::Auth", "no list (last two labels)");
    return l;
}

QByteArray PublicSuffixList::organizationalDomain(QByteArrayView domain) const
{
    const QByteArray clean = cleanDomain(domain);
    if (clean.isEmpty())
        return clean;
    if (m_lastTwo || !m_ctx) {
        const qsizetype last = clean.lastIndexOf('.');
        if (last < 0)
            return clean;
        const qsizetype prev = clean.lastIndexOf('.', last - 1);
        return prev < 0 ? clean : clean.mid(prev + 1);
    }
    const char* reg = psl_registrable_domain(static_cast<const psl_ctx_t*>(m_ctx.get()), clean.constData());
    if (!reg)
        return clean; // a public suffix itself (or a name libpsl refuses)
    return QByteArray(reg);
}

} // namespace Deliverbench::Auth
