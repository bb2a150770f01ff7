// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace nianbao {

/**
 * The user guide, read from its Markdown with the screenshots beside it: the same document the
 * project keeps in docs/, so the guide inside the program is never another text to keep in step.
 * Links to the other guides open here too; web links open in the browser.
 */
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    /// Shows the guide at path; when it is missing, says so and where it was looked for.
    bool open(const QString &path);
    QTextBrowser *browser() const { return m_browser; }

private:
    /// Shows the screenshots of the document at base at most as wide as the dialog.
    void fitImages(const QUrl &base);

    QTextBrowser *m_browser;
    QLabel *m_problem;
};

} // namespace nianbao
