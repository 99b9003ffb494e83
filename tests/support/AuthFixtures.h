// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Messages signed with the DKIM key the test DNS publishes (tests/support/zones/auth.test.zone,
// selector s2048), for tests that need a real pass that a change can break.

#include "auth/dkim/DkimSigner.h"

#include <QByteArray>
#include <QString>

#ifndef PROJECT_SOURCE_DIR
#error "AuthFixtures.h needs PROJECT_SOURCE_DIR (the test's CMake target defines it)"
#endif

namespace Deliverbench::TestSupport {

/** @short @p message DKIM-signed as d=auth.test, s=s2048 with the signer's defaults; empty on failure. */
inline QByteArray signAsAuthTest(const QByteArray& message)
{
    const auto key = Auth::DkimPrivateKey::fromFile(QStringLiteral(PROJECT_SOURCE_DIR "/tests/data/auth/keys/s2048.pem"));
    if (!key)
        return {};
    Auth::DkimSignOptions options;
    options.domain = "auth.test";
    options.selector = "s2048";
    const auto signedBytes = Auth::dkimSign(message, *key, options);
    return signedBytes ? *signedBytes : QByteArray();
}

/** @short The delivery fields an inbox copy gets: Return-Path and the receiver's Received from 192.0.2.25 (in auth.test's SPF). */
inline QByteArray authTestDelivery()
{
    return QByteArrayLiteral("Return-Path: <bounce@auth.test>\r\n"
                             "Received: from mail.example.test (mail.example.test [192.0.2.25])\r\n"
                             "\tby mx.receiver.test with ESMTPS id 4Q1x; Fri, 27 Nov 2026 10:00:05 +0000\r\n");
}

/** @short A short text message from news@auth.test, signed (signAsAuthTest) and delivered (authTestDelivery). */
inline QByteArray signedAuthTestInbox(const QByteArray& messageId)
{
    const QByteArray signedBytes = signAsAuthTest(QByteArrayLiteral("From: News <news@auth.test>\r\n"
                                                                    "To: user@receiver.test\r\n"
                                                                    "Subject: Diff pair\r\n"
                                                                    "Date: Fri, 27 Nov 2026 10:00:00 +0000\r\n"
                                                                    "Message-ID: <")
                                                  + messageId
                                                  + QByteArrayLiteral(">\r\n"
                                                                      "Content-Type: text/plain; charset=utf-8\r\n"
                                                                      "\r\n"
                                                                      "Hello,\r\n"
                                                                      "this is the original text.\r\n"));
    return signedBytes.isEmpty() ? QByteArray() : authTestDelivery() + signedBytes;
}

} // namespace Deliverbench::TestSupport
