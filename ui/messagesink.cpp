// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesink.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace nianbao {

namespace {

class MessageBoxes : public MessageSink
{
public:
    bool tell(QWidget *parent, const Message &message) override
    {
        const bool question = message.kind == Message::Kind::Question;
        QMessageBox box(question                                     ? QMessageBox::Question
                        : message.kind == Message::Kind::Information ? QMessageBox::Information
                                                                     : QMessageBox::Warning,
                        message.title, message.text,
                        question ? QMessageBox::Yes | QMessageBox::No : QMessageBox::Ok, parent);
        box.setDetailedText(message.details);
        if (question) {
            if (!message.yes.isEmpty())
                box.button(QMessageBox::Yes)->setText(message.yes);
            if (!message.no.isEmpty())
                box.button(QMessageBox::No)->setText(message.no);
            box.setDefaultButton(QMessageBox::No);
        }
        return box.exec() == QMessageBox::Yes;
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
