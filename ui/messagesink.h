// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace nianbao {

/**
 * Where the application's messages and yes/no questions go: message boxes, unless another sink
 * was put in their place. The tests install one that records what the user would have been told
 * and answers questions as the test says, so that no modal box can block a test, on any platform.
 */
class MessageSink
{
public:
    struct Message
    {
        enum class Kind { Information, Warning, Question };
        Kind kind = Kind::Warning;
        QString title;
        QString text;
        QString details; ///< shown on request: the files or results the text counts
        QString yes;     ///< a question's answers when Yes and No do not say what happens
        QString no;
    };

    virtual ~MessageSink();

    /// Shows the message; for a question true when the answer is yes (no is the default answer).
    virtual bool tell(QWidget *parent, const Message &message) = 0;

    void warn(QWidget *parent, const QString &title, const QString &text)
    {
        tell(parent, {Message::Kind::Warning, title, text, {}, {}, {}});
    }
    /// A question answered with Yes or No; true for Yes.
    bool ask(QWidget *parent, const QString &title, const QString &question)
    {
        return tell(parent, {Message::Kind::Question, title, question, {}, {}, {}});
    }

    /// The sink in use: message boxes unless replaced.
    static MessageSink &instance();
    /// Replaces the sink; nullptr brings the message boxes back. The caller keeps ownership.
    static void setInstance(MessageSink *sink);
};

} // namespace nianbao
