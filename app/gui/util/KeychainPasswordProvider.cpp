// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/KeychainPasswordProvider.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Deliverbench::Gui {

namespace {

/** @short The once-only end of one request: the job's answer or the guard timer, whichever is first. */
struct Pending
{
    bool done = false;
};

QString seedName(const Placement::Seed& seed)
{
    return seed.address.isEmpty() ? seed.loginName() : seed.address;
}

/** @short Translated text for a failed job (what the user needs to do differs per case). */
QString jobErrorText(const QKeychain::Job* job, const QString& seed)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return KeychainPasswordProvider::tr("no password for %1 in the keychain (use \"Set password…\")").arg(seed);
    case QKeychain::NoBackendAvailable:
        return KeychainPasswordProvider::tr("no keychain service is available for %1 (%2)").arg(seed, job->errorString());
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return KeychainPasswordProvider::tr("access to the keychain was denied for %1 (%2)").arg(seed, job->errorString());
    case QKeychain::NotImplemented:
        return KeychainPasswordProvider::tr("this platform has no keychain support (%1)").arg(job->errorString());
    default:
        return KeychainPasswordProvider::tr("the keychain failed for %1: %2").arg(seed, job->errorString());
    }
}

/** @short Starts a job with a guard timer; `finish` runs exactly once, with the job or with nullptr on timeout. */
void runJob(QObject* owner, QKeychain::Job* job, int timeoutMs, std::function<void(QKeychain::Job*)> finish)
{
    auto pending = std::make_shared<Pending>();
    auto shared = std::make_shared<std::function<void(QKeychain::Job*)>>(std::move(finish));
    auto* guard = new QTimer(owner);
    guard->setSingleShot(true);
    QPointer<QTimer> guardPtr(guard);
    QObject::connect(guard, &QTimer::timeout, owner, [pending, shared, guard]() {
        guard->deleteLater();
        if (pending->done)
            return;
        pending->done = true;
        (*shared)(nullptr);
    });
    QObject::connect(job, &QKeychain::Job::finished, owner, [pending, shared, guardPtr](QKeychain::Job* finished) {
        if (guardPtr) {
            guardPtr->stop();
            guardPtr->deleteLater();
        }
        if (pending->done)
            return;
        pending->done = true;
        (*shared)(finished);
    });
    job->setAutoDelete(true);
    guard->start(qMax(1, timeoutMs));
    job->start();
}

} // namespace

KeychainPasswordProvider::KeychainPasswordProvider(QObject* parent)
    : QObject(parent)
    , m_service(service())
{
}

KeychainPasswordProvider::~KeychainPasswordProvider() = default;

QString KeychainPasswordProvider::service()
{
    return QStringLiteral("Deliverbench");
}

QString KeychainPasswordProvider::keyFor(const Placement::Seed& seed)
{
    return seedName(seed) + u' ' + seed.host.trimmed().toLower();
}

void KeychainPasswordProvider::requestPassword(const Placement::Seed& seed, Callback callback)
{
    if (seedName(seed).isEmpty() || seed.host.trimmed().isEmpty()) {
        callback(makeError(Error::Kind::InvalidInput, tr("the seed needs an address and an IMAP host before it can have a password")));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(seed));
    const QString name = seedName(seed);
    runJob(this, job, m_timeoutMs, [seed, name, callback = std::move(callback), timeoutMs = m_timeoutMs](QKeychain::Job* finished) {
        QString reason;
        bool fallback = false;
        if (!finished) {
            reason = tr("the keychain did not answer within %1 s for %2").arg(timeoutMs / 1000.0, 0, 'g', 3).arg(name);
            fallback = true;
        } else if (finished->error() == QKeychain::NoError) {
            const QString password = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
            if (!password.isEmpty()) {
                callback(password);
                return;
            }
            reason = tr("the keychain entry for %1 is empty").arg(name);
            fallback = true;
        } else {
            reason = jobErrorText(finished, name);
            fallback = finished->error() != QKeychain::AccessDeniedByUser;
        }
        if (fallback && !seed.passwordEnv.isEmpty() && !qEnvironmentVariableIsEmpty(seed.passwordEnv.toLocal8Bit().constData())) {
            Placement::EnvironmentPasswordProvider().requestPassword(seed, callback);
            return;
        }
        callback(makeError(Error::Kind::InvalidInput, reason));
    });
}

void KeychainPasswordProvider::storePassword(const Placement::Seed& seed, const QString& password, Done done)
{
    if (seedName(seed).isEmpty() || seed.host.trimmed().isEmpty()) {
        done(makeError(Error::Kind::InvalidInput, tr("the seed needs an address and an IMAP host before it can have a password")));
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(seed));
    job->setTextData(password);
    const QString name = seedName(seed);
    runJob(this, job, m_timeoutMs, [name, done = std::move(done), timeoutMs = m_timeoutMs](QKeychain::Job* finished) {
        if (!finished) {
            done(makeError(Error::Kind::Timeout,
                           tr("the keychain did not answer within %1 s for %2").arg(timeoutMs / 1000.0, 0, 'g', 3).arg(name)));
        } else if (finished->error() != QKeychain::NoError) {
            done(makeError(Error::Kind::Io, jobErrorText(finished, name)));
        } else {
            done({});
        }
    });
}

void KeychainPasswordProvider::removePassword(const Placement::Seed& seed, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(seed));
    const QString name = seedName(seed);
    runJob(this, job, m_timeoutMs, [name, done = std::move(done), timeoutMs = m_timeoutMs](QKeychain::Job* finished) {
        if (!finished) {
            done(makeError(Error::Kind::Timeout,
                           tr("the keychain did not answer within %1 s for %2").arg(timeoutMs / 1000.0, 0, 'g', 3).arg(name)));
        } else if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            done(makeError(Error::Kind::Io, jobErrorText(finished, name)));
        } else {
            done({});
        }
    });
}

} // namespace Deliverbench::Gui
