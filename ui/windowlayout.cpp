// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowlayout.h"

#include "settings.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>

#include <algorithm>

namespace nianbao {

WindowLayout::WindowLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(window->menuBar()->addMenu(tr("&View")))
    , m_saveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("windowLayout"));
    m_menu->setObjectName(QStringLiteral("viewMenu"));
    m_panelsEnd = m_menu->addSeparator();
    m_focusMode = m_menu->addAction(tr("&Focus Mode"));
    m_focusMode->setObjectName(QStringLiteral("focusModeAction"));
    m_focusMode->setCheckable(true);
    m_focusMode->setShortcut(QKeySequence(Qt::Key_F11));
    m_focusMode->setToolTip(
        tr("Hide every panel so that the form gets the whole window (F11; F11 again brings "
           "the panels back)."));
    connect(m_focusMode, &QAction::toggled, this, &WindowLayout::setFocusMode);
    // Stored a moment after the last change rather than at every pixel of a drag.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, &WindowLayout::save);
    window->installEventFilter(this);
}

QAction *WindowLayout::addPanel(const Panel &panel)
{
    auto *action = new QAction(panel.title, this);
    action->setObjectName(panel.key + QStringLiteral("Action"));
    action->setCheckable(true);
    action->setToolTip(tr("Show or hide the %1 panel").arg(panel.title));
    m_menu->insertAction(m_panelsEnd, action);
    m_panels.append(panel);
    m_panelActions.append(action);
    connect(action, &QAction::triggered, this, [this, panel](bool checked) {
        if (inFocusMode() && panel.hiddenInFocusMode)
            m_focusMode->setChecked(false);
        Settings::instance().setPanelShown(panel.key, checked);
        panel.show(checked);
        m_saveTimer->start();
    });
    action->setChecked(panelShown(panel.key));
    panel.show(action->isChecked());
    return action;
}

QAction *WindowLayout::addDock(QDockWidget *dock)
{
    QAction *action = dock->toggleViewAction();
    action->setObjectName(dock->objectName() + QStringLiteral("Action"));
    m_menu->insertAction(m_panelsEnd, action);
    m_panels.append(Panel{{},
                          dock->windowTitle(),
                          [dock](bool shown) { dock->setVisible(shown); },
                          [dock] { return !dock->isHidden(); },
                          true});
    m_panelActions.append(action);
    connect(action, &QAction::triggered, this, [this, dock](bool checked) {
        // Asking for a panel ends focus mode; the panel then is as asked, the others as before it.
        if (inFocusMode()) {
            m_focusMode->setChecked(false);
            dock->setVisible(checked);
        }
        m_saveTimer->start();
    });
    connect(dock, &QDockWidget::dockLocationChanged, m_saveTimer, qOverload<>(&QTimer::start));
    return action;
}

QScrollArea *WindowLayout::makeShrinkable(QDockWidget *dock)
{
    auto *area = new QScrollArea(dock);
    area->setObjectName(dock->objectName() + QStringLiteral("Contents"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    if (QWidget *contents = dock->widget())
        area->setWidget(contents);
    dock->setWidget(area);
    return area;
}

void WindowLayout::applyPanels()
{
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        const Panel &panel = m_panels[i];
        if (!panel.key.isEmpty())
            panel.show(!(inFocusMode() && panel.hiddenInFocusMode) && panelShown(panel.key));
    }
}

bool WindowLayout::panelShown(const QString &key) const
{
    for (const Panel &panel : m_panels) {
        if (panel.key == key) {
            // The preview does not fit beside the form on a small screen: off until asked for.
            const bool byDefault =
                panel.shownByDefault && !(key == u"preview" && isSmall(m_window->screen()));
            return Settings::instance().panelShown(key, byDefault);
        }
    }
    return false;
}

bool WindowLayout::inFocusMode() const
{
    return m_focusMode->isChecked();
}

void WindowLayout::setFocusMode(bool on)
{
    if (on) {
        m_beforeFocus.clear();
        for (const Panel &panel : std::as_const(m_panels)) {
            m_beforeFocus.append(panel.visible());
            if (panel.hiddenInFocusMode)
                panel.show(false);
        }
    } else {
        for (qsizetype i = 0; i < m_panels.size(); ++i) {
            if (m_panels[i].hiddenInFocusMode)
                m_panels[i].show(i < m_beforeFocus.size() ? m_beforeFocus[i] : panelShown(m_panels[i].key));
        }
    }
    for (qsizetype i = 0; i < m_panels.size(); ++i) {
        if (!m_panels[i].key.isEmpty() && m_panels[i].hiddenInFocusMode)
            m_panelActions[i]->setChecked(on ? false : m_panels[i].visible());
    }
    if (m_focusHandler)
        m_focusHandler(on);
}

bool WindowLayout::isSmall(const QScreen *screen) const
{
    if (!screen)
        return true;
    const QRect available = screen->availableGeometry();
    return available.width() < RoomyWidth || available.height() < RoomyHeight;
}

WindowLayout::Placement WindowLayout::firstPlacement(const QRect &available)
{
    // The whole free area is the geometry too, so that the window fills the screen where nothing
    // maximises it (Xvfb without a window manager).
    if (available.width() <= LargestFirstWindow.width())
        return {available, true};
    const QSize size(std::min(available.width() * 4 / 5, LargestFirstWindow.width()),
                     std::min(available.height() * 5 / 6, LargestFirstWindow.height()));
    return {QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size), false};
}

void WindowLayout::placeWindow()
{
    Settings &settings = Settings::instance();
    const QScreen *screen = m_window->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
    const QRect saved = settings.windowRect();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMaximized);
    // A window that no longer fits (a laptop's screen after the office monitor) starts afresh.
    if (saved.isValid() && available.contains(saved)) {
        m_window->setGeometry(saved);
        if (settings.windowMaximized())
            m_window->setWindowState(m_window->windowState() | Qt::WindowMaximized);
    } else {
        const Placement first = firstPlacement(available);
        m_window->setGeometry(first.geometry);
        if (first.maximised)
            m_window->setWindowState(m_window->windowState() | Qt::WindowMaximized);
    }
    if (!m_window->restoreState(settings.windowState()))
        giveTheFormItsHeight(available.height());
}

void WindowLayout::giveTheFormItsHeight(int screenHeight)
{
    // At a first start the panels below the form take a quarter of the screen, not the half that
    // their contents ask for: on 768 pixels the form would keep a strip of three rows.
    QList<QDockWidget *> below;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>()) {
        if (m_window->dockWidgetArea(dock) == Qt::BottomDockWidgetArea)
            below.append(dock);
    }
    if (!below.isEmpty())
        m_window->resizeDocks(below, QList<int>(below.size(), screenHeight / 4), Qt::Vertical);
}

void WindowLayout::save()
{
    m_saveTimer->stop();
    Settings &settings = Settings::instance();
    settings.setWindowRect(m_window->normalGeometry());
    settings.setWindowMaximized(m_window->isMaximized());
    // In focus mode the docks are hidden for the moment only: keep the state from before it.
    if (!inFocusMode())
        settings.setWindowState(m_window->saveState());
    if (m_saveHandler)
        m_saveHandler();
    settings.sync();
}

void WindowLayout::scheduleSave()
{
    m_saveTimer->start();
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::WindowStateChange:
            if (m_window->isVisible())
                m_saveTimer->start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace nianbao
