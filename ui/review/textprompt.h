// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QWidget;

namespace nianbao {

/// What a review dialog asks for in a few lines of text (a comment, a note to the clerk).
struct TextPrompt
{
    QString objectName; ///< the dialog's, for tests and screenshots
    QString title;
    QString label;
    QSize size{480, 260};
};

/// Asks for the text in a modal dialog; the text (trimmed, possibly empty) when accepted,
/// nothing when cancelled.
std::optional<QString> askText(QWidget *parent, const TextPrompt &prompt);

} // namespace nianbao
