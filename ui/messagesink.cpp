// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesink.h"

#include <QMessageBox>

namespace nianbao {

namespace {

class MessageBoxes : public MessageSink
{
public:
    void warn(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::warning(parent, title, text);
    }
    bool ask(QWidget *parent, const QString &title, const QString &question) override
    {
        return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
    }
};

MessageSink *s_sink = nullptr;

} // namespace

MessageSink::~MessageSink() = default;

MessageSink &MessageSink::instance()
{
    static MessageBoxes boxes;
    return s_sink ? *s_sink : boxes;
}

void MessageSink::setInstance(MessageSink *sink)
{
    s_sink = sink;
}

} // namespace nianbao
