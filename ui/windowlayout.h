// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QRect>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QScreen;
class QScrollArea;
class QTimer;

namespace nianbao {

/**
 * How the main window uses the screen it is on. The first window is maximised, as WPS and Office
 * start (on the 1366×768 of most township office PCs the form needs every pixel, on 1920×1080 the
 * preview fits beside it), except on a screen so wide that the lines would run across all of it;
 * a saved geometry is restored only when it still fits. The 视图 menu shows and hides each
 * panel, and focus mode (F11) hides them all so that the form gets the whole window. The layout is
 * stored a moment after every change, so that after a crash the window comes back as it was.
 */
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    /// Screens narrower or lower than this get the preview hidden at first.
    static constexpr int RoomyWidth = 1600;
    static constexpr int RoomyHeight = 1000;
    /// The largest window a first start gives: a wider screen (ultra-wide, 4K at 100 %) gets a
    /// window of at most this size in its middle instead of a maximised one.
    static constexpr QSize LargestFirstWindow{2560, 1440};

    /// Where a first start (no stored geometry) puts the window on a screen with that free area.
    struct Placement
    {
        QRect geometry; ///< also the geometry of a maximised window, for where nothing maximises it
        bool maximised = false;
    };
    static Placement firstPlacement(const QRect &available);

    explicit WindowLayout(QMainWindow *window);

    /// A panel the window keeps: shown or hidden through show(bool), visible() says which.
    struct Panel
    {
        QString key; ///< the settings key, e.g. "reportList"
        QString title;
        std::function<void(bool)> show;
        std::function<bool()> visible;
        bool shownByDefault = true;
        /// Focus mode hides it (a panel beside the form) or leaves it (a part of the form).
        bool hiddenInFocusMode = true;
    };
    /// Adds a panel with a checkable action in the 视图 menu; its stored visibility is applied.
    QAction *addPanel(const Panel &panel);
    /// Adds a dock widget as a panel (its own toggle action); docks are restored with the window state.
    QAction *addDock(QDockWidget *dock);
    /// Lets a dock shrink to its title bar: its contents scroll when the dock is lower than they need.
    /// Returns the scroll area that now holds them.
    static QScrollArea *makeShrinkable(QDockWidget *dock);
    /// Applies each panel's stored visibility again (after the editor that holds some was rebuilt).
    void applyPanels();

    QMenu *menu() const { return m_menu; }
    QAction *focusModeAction() const { return m_focusMode; }
    bool inFocusMode() const;
    /// Called with true on entering focus mode and false on leaving it, after the panels are hidden or back.
    void setFocusModeHandler(std::function<void(bool)> handler) { m_focusHandler = std::move(handler); }

    /// Places the window on its screen before it is first shown (see the class comment).
    void placeWindow();
    /// Stores geometry, dock state and panels now.
    void save();
    /// Stores them a moment from now (after a splitter moved, say).
    void scheduleSave();
    /// Called by save() to store what the window keeps itself (its splitters).
    void setSaveHandler(std::function<void()> handler) { m_saveHandler = std::move(handler); }
    /// Whether a panel's stored setting says it is shown.
    bool panelShown(const QString &key) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFocusMode(bool on);
    /// Sizes the panels below the form for a first start on a screen of that height.
    void giveTheFormItsHeight(int screenHeight);
    /// A small screen: maximise, and leave out what does not fit beside the form.
    bool isSmall(const QScreen *screen) const;

    QMainWindow *m_window;
    QMenu *m_menu;
    QAction *m_focusMode;
    QAction *m_panelsEnd;
    QTimer *m_saveTimer;
    QList<Panel> m_panels;
    QList<QAction *> m_panelActions;
    /// Which panels were shown before focus mode hid them.
    QList<bool> m_beforeFocus;
    std::function<void(bool)> m_focusHandler;
    std::function<void()> m_saveHandler;
};

} // namespace nianbao
