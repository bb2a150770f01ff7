// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printplatform.h"

#include "keptfontdatabase.h"

#include <QGuiApplication>
#include <QtGui/private/qgenericunixeventdispatcher_p.h>
#include <QtGui/private/qguiapplication_p.h>
#include <QtGui/qpa/qplatformintegration.h>
#include <QtGui/qpa/qplatformnativeinterface.h>
#include <QtGui/qpa/qplatformscreen.h>
#include <QtGui/qpa/qplatformservices.h>
#include <QtGui/qpa/qplatformwindow.h>
#include <QtGui/qpa/qwindowsysteminterface.h>

namespace nianbao {

namespace {

constexpr char Key[] = "nianbao-print";

/// The screen Qt measures fonts given in points against: that of Qt's `offscreen` platform.
class PrintScreen : public QPlatformScreen
{
public:
    QRect geometry() const override { return QRect(0, 0, 800, 600); }
    int depth() const override { return 32; }
    QImage::Format format() const override { return QImage::Format_RGB32; }
    QDpi logicalDpi() const override { return QDpi(96, 96); }
    QDpi logicalBaseDpi() const override { return QDpi(96, 96); }
};

class PrintIntegration : public QPlatformIntegration
{
public:
    ~PrintIntegration() override
    {
        if (m_screen)
            QWindowSystemInterface::handleScreenRemoved(m_screen);
    }

    void initialize() override
    {
        m_screen = new PrintScreen;
        QWindowSystemInterface::handleScreenAdded(m_screen);
    }

    // As on Qt's offscreen platform: images and pixmaps may be painted on any thread.
    bool hasCapability(Capability capability) const override
    {
        return capability == ThreadedPixmaps || QPlatformIntegration::hasCapability(capability);
    }

    // A sub-command shows no window: one made anyway is never on a screen.
    QPlatformWindow *createPlatformWindow(QWindow *window) const override
    {
        return new QPlatformWindow(window);
    }
    QPlatformBackingStore *createPlatformBackingStore(QWindow *) const override { return nullptr; }

    QAbstractEventDispatcher *createEventDispatcher() const override
    {
        return QtGenericUnixDispatcher::createUnixEventDispatcher();
    }

    QPlatformFontDatabase *fontDatabase() const override { return &m_fonts; }

    // For the rendering options of each face it opens, Qt's fontconfig database asks the services which
    // desktop this is (none) and may ask the native interface about the screen; it takes both as given.
    QPlatformServices *services() const override { return &m_services; }
    QPlatformNativeInterface *nativeInterface() const override { return &m_native; }

private:
    PrintScreen *m_screen = nullptr; ///< Qt's once added
    mutable KeptFontDatabase m_fonts;
    mutable QPlatformServices m_services;
    mutable QPlatformNativeInterface m_native;
};

} // namespace

namespace PrintPlatform {

void use()
{
    qputenv("QT_QPA_PLATFORM", Key);
}

void keepFontList()
{
    if (QGuiApplication::platformName() != QLatin1StringView(Key))
        return;
    static_cast<const KeptFontDatabase *>(QGuiApplicationPrivate::platformIntegration()->fontDatabase())
        ->keepList();
}

} // namespace PrintPlatform

QPlatformIntegration *PrintPlatformPlugin::create(const QString &key, const QStringList &parameters)
{
    Q_UNUSED(parameters)
    return key.compare(QLatin1StringView(Key), Qt::CaseInsensitive) == 0 ? new PrintIntegration : nullptr;
}

} // namespace nianbao
