// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement/CopyFetch.h"

#include "imap/ImapSession.h"
#include "imap/ImapTasks.h"

#include <QCoreApplication>

namespace Deliverbench::Placement {

using namespace Deliverbench::Imap;

CopyFetch::CopyFetch(Seed seed, QString password, DeliveredCopy copy, PollOptions options, QObject* parent)
    : QObject(parent)
    , m_seed(std::move(seed))
    , m_password(std::move(password))
    , m_copy(std::move(copy))
    , m_options(std::move(options))
    , m_result(makeError(Error::Kind::Internal, tr("not fetched yet")))
{
}

CopyFetch::~CopyFetch()
{
    m_finished = true;   // no signals from the destructor
    if (m_session)
        m_session->abort();
}

void CopyFetch::start()
{
    const QByteArray folder = m_copy.folderWireName.isEmpty() ? m_copy.folder.toUtf8() : m_copy.folderWireName;
    if (m_copy.uid == 0 || folder.isEmpty()) {
        complete(makeError(Error::Kind::InvalidInput, tr("the copy has no folder or UID to fetch")));
        return;
    }
    ConnectionSettings settings = connectionSettings(m_seed, m_options);
    settings.limits.maxLiteral = kMaxMessage;
    settings.limits.maxResponse = kMaxMessage + 64 * 1024;
    m_session = new ImapSession(settings, this);
    const auto onError = [this](const ImapError& error) { fail(error.message); };
    connect(m_session, &ImapSession::failed, this, onError);
    connect(m_session, &ImapSession::opened, this, [this, folder, onError] {
        if (m_finished)
            return;
        if (!m_session->isPreauthenticated()) {
            auto* login = new LoginTask(m_seed.loginName(), m_password);
            connect(login, &ImapTask::failed, this, onError);
            m_session->enqueue(login);
        }
        auto* examine = new ExamineTask(folder);
        connect(examine, &ImapTask::failed, this, onError);
        m_session->enqueue(examine);
        auto* fetch = new UidFetchTask({m_copy.uid}, false);
        fetch->setFullMessage(true);
        connect(fetch, &ImapTask::failed, this, onError);
        connect(fetch, &ImapTask::completed, this, [this, fetch] {
            if (m_finished)
                return;
            QByteArray body;
            for (const FetchedMessage& m : fetch->messages()) {
                if (m.uid == m_copy.uid)
                    body = m.body;
            }
            if (body.isEmpty()) {
                fail(tr("the server returned no message for UID %1 in %2 (it may have been moved or deleted)")
                         .arg(m_copy.uid)
                         .arg(m_copy.folder));
                return;
            }
            m_session->enqueue(new LogoutTask());
            complete(std::move(body));
        });
        m_session->enqueue(fetch);
    });
    m_session->open();
}

void CopyFetch::cancel()
{
    fail(tr("cancelled"));
}

void CopyFetch::fail(const QString& message)
{
    complete(makeError(Error::Kind::Network, message));
}

void CopyFetch::complete(Result<QByteArray> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    if (m_session && !m_result)
        m_session->abort();
    emit finished();
}

} // namespace Deliverbench::Placement
