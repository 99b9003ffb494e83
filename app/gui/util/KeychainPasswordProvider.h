// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "placement/SeedList.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Deliverbench::Gui {

/**
 * @short Seed passwords in the OS keychain through QtKeychain (Secret Service / KWallet on
 * Linux, Keychain on macOS, Credential Store on Windows): service "Deliverbench", one entry per
 * seed, keyed by its address and IMAP host (keyFor()).
 *
 * It lives in app/gui/util, not in core: core and the CLI stay free of D-Bus and of the desktop
 * session a keychain needs (the CLI and scripts read Seed::passwordEnv, STYLE.md §4.1; the
 * cli_links_no_qt_gui test keeps the CLI's link line small), and only the GUI has a user who can
 * be asked to unlock a keyring. QtKeychain jobs are asynchronous: nothing here waits, every
 * request ends in its callback, exactly once, on the event loop (or at once for a seed that
 * cannot have an entry), also when the keychain never answers (a guard timer, timeoutMs()).
 *
 * When the keychain has no entry for a seed, or no keychain service is available (a CI machine
 * or a headless session has none), requestPassword() falls back to Seed::passwordEnv when the
 * seed names one, and otherwise fails with a message that says which of the two happened.
 * Passwords are never written anywhere else (not to the seed list, not to QSettings: QtKeychain's
 * insecure plain-text fallback stays off).
 */
class KeychainPasswordProvider : public QObject, public Placement::PasswordProvider
{
    Q_OBJECT

public:
    using Done = std::function<void(Result<void>)>;

    explicit KeychainPasswordProvider(QObject* parent = nullptr);
    ~KeychainPasswordProvider() override;

    /** @short The keychain service name ("Deliverbench"). */
    static QString service();
    /** @short The entry's key: "<address> <host>" (the login name when the seed has no address). */
    static QString keyFor(const Placement::Seed& seed);

    void requestPassword(const Placement::Seed& seed, Callback callback) override;
    /** @short Stores (or replaces) the seed's password in the keychain. */
    void storePassword(const Placement::Seed& seed, const QString& password, Done done);
    /** @short Removes the seed's entry (no entry is not an error). */
    void removePassword(const Placement::Seed& seed, Done done);

    /** @short A different service name (tests use their own, never touching the user's entries). */
    void setServiceName(const QString& name) { m_service = name; }
    QString serviceName() const { return m_service; }
    /** @short How long a keychain request may take before it fails (default 30 s: unlocking may ask the user). */
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

private:
    QString m_service;
    int m_timeoutMs = 30000;
};

} // namespace Deliverbench::Gui
