// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace nianbao {

/// 关于: the program's name and version, its licence, and the libraries it runs with and theirs.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QTreeWidget *libraries() const { return m_libraries; }

private:
    QTreeWidget *m_libraries;
};

} // namespace nianbao
