// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guisupport.h"

#include "document/reportdocument.h"
#include "document/reporttablemodel.h"
#include "document/tableformmodel.h"
#include "editor/reporteditor.h"
#include "editor/tableformview.h"
#include "format.h"

#include <QDateTime>
#include <QDialog>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

namespace nianbao::test {

namespace {

std::string describe(const QWidget *widget)
{
    return QStringLiteral("%1 “%2” (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->windowTitle())
        .toStdString();
}

} // namespace

bool RecordingMessageSink::tell(QWidget *, const Message &message)
{
    m_messages.append(message);
    return message.kind == Message::Kind::Question && m_answer;
}

QStringList RecordingMessageSink::texts() const
{
    QStringList texts;
    for (const Message &message : m_messages)
        texts.append(message.text);
    return texts;
}

void RecordingMessageSink::clear()
{
    m_messages.clear();
    m_answer = false;
}

RecordingMessageSink &RecordingMessageSink::instance()
{
    static RecordingMessageSink sink;
    return sink;
}

void closeModal(QWidget *modal)
{
    if (auto *dialog = qobject_cast<QDialog *>(modal))
        dialog->reject();
    else
        modal->close();
}

bool typeIntoCell(ReportEditor *editor, TableFormView *view, int cell, const QString &text)
{
    ReportDocument *document = editor->document();
    auto *problem = editor->findChild<QLabel *>(QStringLiteral("problemLabel"));
    problem->hide();
    const QModelIndex index =
        view->formModel()->mapFromSource(view->formModel()->source()->indexOfCell(cell));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    // The first key opens the cell's editor, which then has the focus.
    for (const QChar c : text) {
        QWidget *focused = QApplication::focusWidget();
        QTest::keyClicks(focused ? focused : view, QString(c));
    }
    QWidget *focused = QApplication::focusWidget();
    QTest::keyClick(focused ? focused : view, Qt::Key_Return);
    const CellValue typed = CellValue::parse(text, document->format().column(cell).kind);
    return QTest::qWaitFor([&] {
        return (document->report().cell(cell) == typed && QApplication::focusWidget() == view) ||
               problem->isVisible();
    });
}

ModalDialogExpectation::ModalDialogExpectation(const char *typeName, Match match, Handler handler,
                                               std::source_location where)
    : m_typeName(typeName)
    , m_match(std::move(match))
    , m_handler(std::move(handler))
    , m_where(where)
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
    m_timer.start();
}

ModalDialogExpectation::~ModalDialogExpectation()
{
    m_timer.stop();
    if (!m_seen && !m_failed)
        ADD_FAILURE_AT(m_where.file_name(), int(m_where.line()))
            << "the expected modal " << m_typeName << " never opened";
}

void ModalDialogExpectation::poll()
{
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || m_seen)
        return;
    if (!m_match(modal)) {
        ADD_FAILURE_AT(m_where.file_name(), int(m_where.line()))
            << "expected a modal " << m_typeName << ", but " << describe(modal) << " opened; it is closed";
        m_failed = true;
        closeModal(modal);
        return;
    }
    m_seen = true;
    m_timer.stop();
    const QPointer<QWidget> dialog = modal;
    m_handler(modal);
    if (dialog && dialog->isVisible()) {
        ADD_FAILURE_AT(m_where.file_name(), int(m_where.line()))
            << "the handler left " << describe(dialog) << " open; it is closed";
        closeModal(dialog);
    }
}

ModalWatchdog::ModalWatchdog(int patienceMs, QObject *parent)
    : QObject(parent)
    , m_patienceMs(patienceMs)
{
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &ModalWatchdog::check);
    m_timer.start();
}

void ModalWatchdog::check()
{
    QWidget *modal = QApplication::activeModalWidget();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (modal != m_modal) {
        m_modal = modal;
        m_since = now;
        return;
    }
    if (!modal || now - m_since < m_patienceMs)
        return;
    ADD_FAILURE() << describe(modal) << " stayed open for " << m_patienceMs / 1000
                  << " s and nothing in the test answered it; it is closed";
    closeModal(modal);
    m_modal = nullptr;
}

} // namespace nianbao::test
