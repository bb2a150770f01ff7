// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What a real word processor makes of the Word and ODF documents: LibreOffice (where it is
// installed) converts each seed's .docx and .odt to PDF, and the text of that PDF has every heading
// and table title in order and every figure of the tables, on A4 pages.
#include "output/docxexporter.h"
#include "output/odtexporter.h"
#include "outputtestsupport.h"
#include "report.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace nianbao;
using namespace nianbao::test;

namespace {

struct Conversion
{
    QString seed;
    QString suffix; ///< docx or odt
};

/// Every seed as .docx and .odt, converted to PDF by one LibreOffice run (it starts slowly).
class LibreOffice
{
public:
    static LibreOffice &instance()
    {
        static LibreOffice s_instance;
        return s_instance;
    }

    bool isInstalled() const { return !m_soffice.isEmpty(); }
    const QString &problem() const { return m_problem; }

    QString pdf(const Conversion &conversion) const
    {
        return m_dir.filePath(conversion.seed + u'.' + conversion.suffix + QStringLiteral(".pdf"));
    }

private:
    LibreOffice()
        : m_soffice(QStandardPaths::findExecutable(QStringLiteral("soffice")))
    {
        if (m_soffice.isEmpty())
            return;
        QStringList documents;
        for (const QString &seed : seedNames()) {
            const Report report = seedReport(seed);
            for (const QString &suffix : {QStringLiteral("docx"), QStringLiteral("odt")}) {
                // Distinct names for the two, since LibreOffice names its output after the input.
                const QString path = m_dir.filePath(seed + u'.' + suffix + u'.' + suffix);
                QString error;
                const bool written = suffix == u"docx" ? DocxExporter::write(report, path, &error)
                                                       : OdtExporter::write(report, path, &error);
                if (!written) {
                    m_problem = error;
                    return;
                }
                documents.append(path);
            }
        }
        m_problem = convertWithLibreOffice(documents, m_dir.path());
    }

    QTemporaryDir m_dir;
    QString m_soffice;
    QString m_problem;
};

class WordProcessor : public ::testing::TestWithParam<Conversion>
{
protected:
    void SetUp() override
    {
        LibreOffice &office = LibreOffice::instance();
        if (!office.isInstalled())
            GTEST_SKIP() << "LibreOffice (soffice) is not installed";
        if (!hasTool(QStringLiteral("pdftotext")))
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        ASSERT_TRUE(office.problem().isEmpty()) << office.problem().toStdString();
        m_pdf = office.pdf(GetParam());
        ASSERT_TRUE(QFileInfo::exists(m_pdf)) << "LibreOffice wrote no " << m_pdf.toStdString();
        m_report = seedReport(GetParam().seed);
    }

    QString m_pdf;
    Report m_report;
};

} // namespace

TEST_P(WordProcessor, ShowsEveryHeadingInOrder)
{
    const std::optional<QByteArray> text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), m_pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.has_value());
    EXPECT_EQ(firstMissingHeading(QString::fromUtf8(*text), m_report), QString());
}

TEST_P(WordProcessor, ShowsEveryFigureOfTheTables)
{
    const std::optional<QByteArray> text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), m_pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.has_value());
    // LibreOffice sets a little space between Latin and Chinese text (1983.6271 万元), which
    // pdftotext reads as a blank.
    static const QRegularExpression unitApart(QStringLiteral(R"((\d) +(万元|元))"));
    const QString figures = QString::fromUtf8(*text).replace(unitApart, QStringLiteral("\\1\\2"));
    EXPECT_EQ(tableFigures(figures), modelFigures(m_report));
}

TEST_P(WordProcessor, PagesAreA4AndNumbered)
{
    const std::optional<QByteArray> info = runTool(QStringLiteral("pdfinfo"), {m_pdf});
    ASSERT_TRUE(info.has_value());
    static const QRegularExpression size(QStringLiteral(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"));
    static const QRegularExpression pages(QStringLiteral(R"(Pages:\s+(\d+))"));
    const QString details = QString::fromUtf8(*info);
    const QRegularExpressionMatch page = size.match(details);
    ASSERT_TRUE(page.hasMatch()) << details.toStdString();
    EXPECT_NEAR(page.captured(1).toDouble(), 210 / 25.4 * 72, 1);
    EXPECT_NEAR(page.captured(2).toDouble(), 297 / 25.4 * 72, 1);
    const int count = pages.match(details).captured(1).toInt();
    ASSERT_GE(count, 2);
    for (int number = 1; number <= count; ++number) {
        const std::optional<QByteArray> text = runTool(
            QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(number), QStringLiteral("-l"),
                                          QString::number(number), m_pdf, QStringLiteral("-")});
        ASSERT_TRUE(text.has_value());
        // LibreOffice sets the blanks beside the dashes so narrow that pdftotext drops them.
        QString page = QString::fromUtf8(*text);
        page.removeIf([](QChar character) { return character.isSpace(); });
        EXPECT_TRUE(page.contains(QStringLiteral("—%1—").arg(number))) << "page " << number;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, WordProcessor, ::testing::ValuesIn([] {
                             QList<Conversion> conversions;
                             for (const QString &seed : seedNames()) {
                                 conversions.append({seed, QStringLiteral("docx")});
                                 conversions.append({seed, QStringLiteral("odt")});
                             }
                             return conversions;
                         }()),
                         [](const ::testing::TestParamInfo<Conversion> &info) {
                             return QString(info.param.seed + u'_' + info.param.suffix).toStdString();
                         });
