// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontlisting.h"

#include <QFontDatabase>
#include <QLibrary>
#include <QThread>

#include <future>
#include <memory>
#include <system_error>

namespace nianbao {

namespace {

// The thread's future first: members go in reverse order, so that at the process's exit an application
// never made abandons the promise before the future waits for the thread.
struct Listing
{
    std::future<void> done;
    std::shared_future<void> fontconfigRead;
    std::promise<void> applicationReady;
    bool told = false;
};

Listing &listing()
{
    static Listing s_listing;
    return s_listing;
}

} // namespace

void FontListing::start()
{
    Listing &state = listing();
    if (state.done.valid())
        return;
    // The first thread that asks for Qt's thread data becomes Qt's main thread: this one must, before the
    // second thread makes a QObject (QLibrary is one), or the application would be made in a thread Qt
    // does not take for the main one ("QApplication was not created in the main() thread").
    QThread::currentThread();
    auto read = std::make_shared<std::promise<void>>();
    state.fontconfigRead = read->get_future().share();
    try {
        state.done =
            std::async(std::launch::async, [read, ready = state.applicationReady.get_future()]() mutable {
                // Qt Gui has loaded libfontconfig already; FcInit is resolved there, which needs no header.
                if (const auto init = reinterpret_cast<int (*)()>(
                        QLibrary::resolve(QStringLiteral("fontconfig"), 1, "FcInit")))
                    init();
                read->set_value();
                try {
                    ready.get();
                } catch (const std::future_error &) {
                    return; // no application was made
                }
                QFontDatabase::families();
            });
    } catch (const std::system_error &) {
        // No thread: the fonts are listed when first asked for, as without this.
        state.fontconfigRead = {};
    }
}

void FontListing::applicationReady()
{
    Listing &state = listing();
    if (!state.done.valid() || state.told)
        return;
    state.applicationReady.set_value();
    state.told = true;
}

void FontListing::waitForFontconfig()
{
    if (listing().fontconfigRead.valid())
        listing().fontconfigRead.wait();
}

void FontListing::finish()
{
    Listing &state = listing();
    if (!state.told) {
        state.applicationReady = std::promise<void>(); // abandoned: the thread ends after fontconfig
        state.told = true;
    }
    if (state.done.valid())
        state.done.wait();
    state = Listing();
}

} // namespace nianbao
