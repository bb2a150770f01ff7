// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace nianbao {

namespace {

// Screenshots are taken at full screen size; shown at most this wide they fit the dialog.
constexpr int MaximumImageWidth = 760;

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User Guide"));
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_problem->setObjectName(QStringLiteral("userGuideProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    // The signal carries the new source; source() still names the old one while it is emitted.
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::fitImages);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 700);
}

bool UserGuideDialog::open(const QString &path)
{
    if (path.isEmpty() || !QFileInfo(path).isReadable()) {
        m_problem->setText(
            tr("The user guide is not installed: %1 cannot be read. Reinstall the program, or read "
               "docs/user-guide.md in its source.")
                .arg(path.isEmpty() ? tr("the guide beside the program") : path));
        m_problem->show();
        m_browser->hide();
        return false;
    }
    m_problem->hide();
    m_browser->show();
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    return true;
}

void UserGuideDialog::fitImages(const QUrl &base)
{
    struct Resized
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    // Collected first: changing a fragment's format while walking the fragments would re-split them.
    QList<Resized> resized;
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QSize size = QImageReader(base.resolved(QUrl(image.name())).toLocalFile()).size();
            if (!size.isValid())
                continue;
            const int width = std::min(size.width(), MaximumImageWidth);
            image.setWidth(width);
            image.setHeight(qreal(size.height()) * width / size.width());
            resized.append({fragment.position(), fragment.length(), image});
        }
    }
    QTextCursor cursor(m_browser->document());
    for (const Resized &image : std::as_const(resized)) {
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + image.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(image.format);
    }
}

} // namespace nianbao
