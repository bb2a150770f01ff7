// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace nianbao {

class ReportStore;

/// The report years a store holds, newest first, to choose the year a review window shows.
class YearChooser : public QComboBox
{
    Q_OBJECT
public:
    explicit YearChooser(QWidget *parent = nullptr);

    /// Reads the years again, keeping the chosen one when it is still there (else the newest).
    void fill(ReportStore *store);
    /// Chooses the year, or the newest when the store has no report of it.
    void choose(int year);
    /// The chosen year; 0 when the store holds no report.
    int year() const;
};

} // namespace nianbao
