// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "standinwarmup.h"

#include "fonttable.h"
#include "reportcomposer.h"
#include "standinfile.h"

#include <QRawFont>
#include <QSet>
#include <QThread>

namespace nianbao {

StandInWarmUp::StandInWarmUp() = default;

StandInWarmUp::~StandInWarmUp()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    m_thread->wait();
}

void StandInWarmUp::start()
{
    if (m_thread)
        return;
    const QList<QFont> fonts = ReportComposer::layoutFonts();
    m_thread.reset(QThread::create([fonts] {
        const QThread *thread = QThread::currentThread();
        const auto stop = [thread] { return thread->isInterruptionRequested(); };
        // The fonts come in several sizes of the same few faces; each face's file is asked for once.
        QSet<QString> faces;
        for (const QFont &font : fonts) {
            if (stop())
                return;
            const QRawFont face = QRawFont::fromFont(font);
            const QString key = faceKey(face);
            if (!face.isValid() || faces.contains(key))
                continue;
            faces.insert(key);
            StandInFile::of(FontFace(face), stop);
        }
    }));
    m_thread->setObjectName(QStringLiteral("StandInWarmUp"));
    // Idle: the building's threads (StandInFile) start from this one and share its priority.
    m_thread->start(QThread::IdlePriority);
}

void StandInWarmUp::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace nianbao
