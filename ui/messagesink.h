// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace nianbao {

/**
 * Where the application's warnings and yes/no questions go: message boxes, unless another sink
 * was put in their place. The tests install one that records what the user would have been told
 * and answers questions as the test says, so that no modal box can block a test, on any platform.
 */
class MessageSink
{
public:
    virtual ~MessageSink();

    virtual void warn(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A question answered with Yes or No; true for Yes.
    virtual bool ask(QWidget *parent, const QString &title, const QString &question) = 0;

    /// The sink in use: message boxes unless replaced.
    static MessageSink &instance();
    /// Replaces the sink; nullptr brings the message boxes back. The caller keeps ownership.
    static void setInstance(MessageSink *sink);
};

} // namespace nianbao
