// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared helpers of the DKIM tests (header-only, included by single-file tests).

#include "auth/dkim/DkimVerifier.h"
#include "auth/dkim/KeyFetcher.h"
#include "message/Message.h"

#include <QFile>
#include <QTest>

#include <optional>

namespace DkimTest {

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QString data(const QString& relative)
{
    return QStringLiteral(TEST_DATA_DIR "/") + relative;
}

/** @short Runs the asynchronous verification to its end (the fetcher queues on the event loop). */
inline QList<Deliverbench::Auth::DkimSignatureResult> verify(const QByteArray& raw,
                                                              Deliverbench::Auth::KeyFetcher& fetcher,
                                                              const Deliverbench::Auth::DkimVerifyOptions& options = {})
{
    using namespace Deliverbench;
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(raw));
    std::optional<QList<Auth::DkimSignatureResult>> out;
    QObject context;
    Auth::DkimVerifier::verify(message, fetcher, options, &context,
                               [&out](const QList<Auth::DkimSignatureResult>& r) { out = r; });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
        return {};
    return *out;
}

inline QByteArray tokens(const QList<Deliverbench::Auth::DkimSignatureResult>& results)
{
    QByteArrayList list;
    for (const auto& r : results)
        list << Deliverbench::Auth::dkimResultToken(r.result);
    return list.join(',');
}

inline QByteArray reasons(const QList<Deliverbench::Auth::DkimSignatureResult>& results)
{
    QByteArrayList list;
    for (const auto& r : results)
        list << r.reason;
    return list.join(',');
}

inline bool hasFinding(const Deliverbench::Auth::DkimSignatureResult& r, const QByteArray& code)
{
    for (const auto& f : r.findings) {
        if (f.code == code)
            return true;
    }
    return false;
}

} // namespace DkimTest
