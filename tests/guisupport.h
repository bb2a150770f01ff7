// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagesink.h"

#include <QApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>
#include <source_location>

class QWidget;

namespace nianbao {
class ReportEditor;
class TableFormView;
} // namespace nianbao

namespace nianbao::test {

/**
 * The message sink of the test process (installed by tests/main.cpp, emptied before each test):
 * records every warning and question the application would have shown in a message box, and
 * answers questions as the test said (No unless told). No message box can block a test.
 */
class RecordingMessageSink : public MessageSink
{
public:
    bool tell(QWidget *parent, const Message &message) override;

    const QList<Message> &messages() const { return m_messages; }
    /// The texts of the messages, in the order they came.
    QStringList texts() const;
    void setAnswer(bool yes) { m_answer = yes; }
    void clear();

    static RecordingMessageSink &instance();

private:
    QList<Message> m_messages;
    bool m_answer = false;
};

/**
 * The expectation that something the test does opens a modal dialog (which blocks in exec()):
 * the handler runs on the dialog as soon as it shows and closes it. The test fails when no such
 * dialog has opened by the time the expectation goes out of scope, when a modal dialog of another
 * kind comes instead (it is rejected, so the test goes on), or when the handler leaves the dialog
 * open (it is rejected too). Learned from KeePassXC's GUI tests, which queue the answer to a
 * dialog before the action that opens it.
 */
class ModalDialogExpectation
{
public:
    using Match = std::function<bool(QWidget *)>;
    using Handler = std::function<void(QWidget *)>;

    ModalDialogExpectation(const char *typeName, Match match, Handler handler, std::source_location where);
    ~ModalDialogExpectation();
    ModalDialogExpectation(const ModalDialogExpectation &) = delete;
    ModalDialogExpectation &operator=(const ModalDialogExpectation &) = delete;

    bool seen() const { return m_seen; }

private:
    void poll();

    const char *m_typeName;
    Match m_match;
    Handler m_handler;
    std::source_location m_where;
    QTimer m_timer;
    bool m_seen = false;
    bool m_failed = false;
};

/// ModalDialogExpectation for a dialog of type T (QInputDialog, SubmitDialog, …).
template<typename T> class ExpectDialog : public ModalDialogExpectation
{
public:
    template<typename F>
    explicit ExpectDialog(F handler, std::source_location where = std::source_location::current())
        : ModalDialogExpectation(
              T::staticMetaObject.className(),
              [](QWidget *widget) { return qobject_cast<T *>(widget) != nullptr; },
              [handler](QWidget *widget) { handler(static_cast<T *>(widget)); }, where)
    {}
};

/**
 * Guards the whole test process: a modal window that stays open for longer than a test can mean
 * to (nothing in the test answers it) fails the running test and is closed, so that no test hangs
 * until the harness kills it.
 */
class ModalWatchdog : public QObject
{
public:
    explicit ModalWatchdog(int patienceMs, QObject *parent = nullptr);

private:
    void check();

    int m_patienceMs;
    QTimer m_timer;
    QPointer<QWidget> m_modal;
    qint64 m_since = 0;
};

/// Closes a modal window: rejects a dialog, closes anything else.
void closeModal(QWidget *modal);

/**
 * Clicks a value cell of a table form in the editor, types text into the cell editor that opens,
 * presses Enter, and waits until the edit has gone through: the document holds the value, or the
 * editor shows why not. (An item editor commits on Enter by a queued call.) False when neither
 * happens.
 */
bool typeIntoCell(ReportEditor *editor, TableFormView *view, int cell, const QString &text);

} // namespace nianbao::test
