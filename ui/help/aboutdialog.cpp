// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "libraryinfo.h"
#include "preview/highlightingrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nianbao {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_libraries(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    auto *title = new QLabel(tr("<h2>Government Disclosure Annual Report Editor</h2>"
                                "<p>Version %1</p>")
                                 .arg(QApplication::applicationVersion().toHtmlEscaped()),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *text = new QLabel(
        tr("<p>Writes and reviews the yearly government information disclosure report in the national "
           "formats of 2019 and 2021.</p>"
           "<p>Nianbao is free software: you can redistribute it and modify it under the terms of the "
           "GNU General Public License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with no warranty.</p>"),
        this);
    text->setObjectName(QStringLiteral("aboutLicence"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_libraries->setObjectName(QStringLiteral("aboutLibraries"));
    m_libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    m_libraries->setRootIsDecorated(false);
    QList<LibraryInfo> libraries = coreLibraries();
    libraries.append(HighlightingRepository::library());
    for (const LibraryInfo &library : std::as_const(libraries))
        new QTreeWidgetItem(m_libraries, {library.name, library.version, library.licence});
    m_libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *heading = new QHBoxLayout;
    heading->addWidget(icon, 0, Qt::AlignTop);
    heading->addWidget(title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(heading);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Libraries used:"), this));
    layout->addWidget(m_libraries, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace nianbao
