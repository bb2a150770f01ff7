// SPDX-FileCopyrightText: 2026 Nianbao developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Published reports in, whatever they were published as: every number of every seed comes back
// into the same cell from every kind of source (tests/data/import/README.md), or the import says
// which cells it could not read; no table is ever read as blank.
#include "format.h"
#include "import/reportimporter.h"
#include "reportjson.h"
#include "testsupport.h"
#include "textlayout/reportwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace nianbao;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(NIANBAO_TEST_DATA_DIR "/import/") + name;
}

QStringList rulesOf(const QList<Finding> &findings)
{
    QStringList rules;
    for (const Finding &finding : findings)
        rules.append(finding.rule);
    return rules;
}

QString messages(const ImportResult &result)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : result.read.diagnostics)
        lines.append(result.describeLine(diagnostic.line) + u": " + diagnostic.message);
    for (const Finding &finding : result.findings)
        lines.append(finding.rule + u": " + finding.message);
    return lines.join(u'\n');
}

/// Cells an import error names: not read, or read from a row whose columns are a guess.
QSet<int> namedCells(const ImportResult &result)
{
    QSet<int> cells = result.absentCells();
    for (const Finding &finding : result.findings) {
        if (finding.severity != Severity::Error)
            continue;
        for (const Location &location : finding.where) {
            if (location.kind == Location::Kind::Cell)
                cells.insert(location.cell);
        }
    }
    return cells;
}

struct SourceKindCase
{
    const char *file;
    SourceKind kind;
    /// The source loses what an empty cell was (one cell per line, pdftotext -layout): a number
    /// may miss its cell, but only in a cell an import error names.
    bool lossy = false;
};

struct SeedSource
{
    QString seed;
    SourceKindCase source;
};

void PrintTo(const SeedSource &value, std::ostream *os)
{
    *os << value.seed.toStdString() << '/' << value.source.file;
}

QList<SeedSource> seedSources()
{
    static const SourceKindCase kinds[] = {
        {"report.html", SourceKind::Html},
        {"libreoffice.docx", SourceKind::Docx},
        {"libreoffice.pdf", SourceKind::Pdf},
        {"nianbao.pdf", SourceKind::Pdf},
        {"markdown.md", SourceKind::Text},
        {"tab-rows.txt", SourceKind::Text},
        {"label-broken.txt", SourceKind::Text},
        {"gb18030.txt", SourceKind::Text},
        {"utf16le-bom.txt", SourceKind::Text},
        {"utf16be.txt", SourceKind::Text},
        {"utf8-bom.txt", SourceKind::Text},
        {"cell-per-line.txt", SourceKind::Text, true},
        {"libreoffice-layout.txt", SourceKind::Text, true},
        {"nianbao-layout.txt", SourceKind::Text, true},
    };
    QList<SeedSource> cases;
    for (const QString &seed : test::seedNames()) {
        for (const SourceKindCase &kind : kinds)
            cases.append({seed, kind});
    }
    return cases;
}

} // namespace

class ImportSeed : public ::testing::TestWithParam<SeedSource>
{
protected:
    void SetUp() override
    {
        const SeedSource &param = GetParam();
        m_expected = ReportReader::read(test::readSeed(param.seed));
        m_import = ReportImporter::read(fixture(param.seed + u'/' + QString::fromUtf8(param.source.file)));
    }

    ReadResult m_expected;
    ImportResult m_import;
};

TEST_P(ImportSeed, EveryNumberComesBackIntoItsCell)
{
    ASSERT_TRUE(m_import.isReport()) << messages(m_import).toStdString();
    EXPECT_EQ(m_import.kind, GetParam().source.kind);
    const Report &expected = m_expected.report;
    const Report &read = m_import.read.report;
    ASSERT_EQ(read.format(), expected.format());
    const QSet<int> named = namedCells(m_import);
    for (int cell = 0; cell < expected.format()->cellCount(); ++cell) {
        if (read.cell(cell) == expected.cell(cell))
            continue;
        EXPECT_TRUE(GetParam().source.lossy && named.contains(cell))
            << expected.format()->cellId(cell).toStdString() << ": expected "
            << expected.cell(cell).toText(CellKind::Amount, true).toStdString() << ", read "
            << read.cell(cell).toText(CellKind::Amount, true).toStdString() << "\n"
            << messages(m_import).toStdString();
    }
    if (!GetParam().source.lossy) {
        EXPECT_TRUE(m_import.findings.isEmpty()) << messages(m_import).toStdString();
        EXPECT_TRUE(m_import.absentCells().isEmpty());
    }
}

TEST_P(ImportSeed, NoTableIsSilentlyBlank)
{
    ASSERT_TRUE(m_import.isReport());
    const Format &format = *m_import.read.report.format();
    ASSERT_EQ(m_import.tables.size(), format.tables().size());
    for (const TableAccount &account : std::as_const(m_import.tables)) {
        const TableDef &table = format.table(account.table);
        EXPECT_EQ(account.cells, table.rows.size() * table.columns.size());
        EXPECT_EQ(account.read + account.unreadCells.size(), account.cells);
        bool seedHasNumbers = false;
        for (int cell = table.firstCell; cell < table.firstCell + account.cells; ++cell)
            seedHasNumbers = seedHasNumbers || m_expected.report.cell(cell).isNumber();
        // A table is read with numbers, or an error says which table was not read and why.
        const bool named =
            !account.unreadCells.isEmpty() &&
            std::any_of(m_import.findings.cbegin(), m_import.findings.cend(), [&](const Finding &f) {
                return f.rule == u"import.table-unread" &&
                       f.where.contains(Location::ofCell(account.unreadCells.first()));
            });
        if (seedHasNumbers && account.numbers == 0) {
            EXPECT_TRUE(named) << table.id.toStdString() << "\n" << messages(m_import).toStdString();
        }
        if (account.read == 0) {
            EXPECT_TRUE(named) << table.id.toStdString();
        }
    }
}

TEST_P(ImportSeed, AgencyYearAndSignatureFromEverySource)
{
    ASSERT_TRUE(m_import.isReport());
    const ReportMeta &meta = m_import.read.report.meta;
    EXPECT_EQ(meta.agencyName, m_expected.report.meta.agencyName);
    EXPECT_EQ(meta.year, m_expected.report.meta.year);
    EXPECT_EQ(meta.issuer, m_expected.report.meta.issuer);
    EXPECT_EQ(meta.issueDate, m_expected.report.meta.issueDate);
    EXPECT_EQ(meta.documentNumber, m_expected.report.meta.documentNumber);
}

TEST_P(ImportSeed, PartsInTheirOrderGiveNoOrderWarning)
{
    // The seeds keep the format's order: no source may make the reader see it otherwise.
    for (const Finding &notice : std::as_const(m_import.read.notices))
        EXPECT_NE(notice.rule, QStringLiteral("section.order")) << notice.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Fixtures, ImportSeed, ::testing::ValuesIn(seedSources()),
                         [](const ::testing::TestParamInfo<SeedSource> &info) {
                             QString name =
                                 info.param.seed + u'_' + QString::fromUtf8(info.param.source.file);
                             name.replace(u'.', u'_').replace(u'-', u'_');
                             return name.toStdString();
                         });

TEST(Import, TheBlank2021TemplateFilledInWord)
{
    const ImportResult result = ReportImporter::read(fixture(QStringLiteral("template-filled.docx")));
    ASSERT_TRUE(result.isReport()) << messages(result).toStdString();
    EXPECT_EQ(result.kind, SourceKind::Docx);
    const Report expected = ReportReader::read(test::readSeed(QStringLiteral("2021_nanding"))).report;
    EXPECT_EQ(result.read.report.cells(), expected.cells());
    EXPECT_EQ(result.read.report.meta.agencyName, QStringLiteral("南定镇人民政府"));
    EXPECT_EQ(result.read.report.meta.year, 2021);
    EXPECT_TRUE(result.findings.isEmpty()) << messages(result).toStdString();
    EXPECT_TRUE(result.read.report.parts[5].contains(u"信息处理费"));
    // A table cell of the Word document is named as such.
    const SourcePosition where = result.position(
        result.read.cellLines[expected.format()->cellIndex(QStringLiteral("p2.item5/licensing/decisions"))]);
    EXPECT_EQ(where.kind, SourcePosition::Kind::TableCell);
    EXPECT_EQ(where.table, 1);
}

TEST(Import, AReportOnAGovernmentWebsitePage)
{
    const ImportResult result = ReportImporter::read(fixture(QStringLiteral("website.html")));
    ASSERT_TRUE(result.isReport()) << messages(result).toStdString();
    EXPECT_EQ(result.kind, SourceKind::Html);
    EXPECT_EQ(result.encoding, QStringLiteral("GB18030"));
    const Report expected = ReportReader::read(test::readSeed(QStringLiteral("2019_qingtang"))).report;
    EXPECT_EQ(result.read.report.cells(), expected.cells());
    EXPECT_EQ(result.read.report.meta.agencyName, expected.meta.agencyName);
    EXPECT_EQ(result.read.report.meta.issueDate, expected.meta.issueDate);
    // The site around the report is not part of it.
    const QString text = result.source.text();
    for (const char *site : {"浏览次数", "ICP", "当前位置", "首页"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(site))) << site;
    EXPECT_TRUE(result.findings.isEmpty()) << messages(result).toStdString();
}

TEST(Import, TwoReportsInOneFileAreAnErrorThatSaysSo)
{
    const ImportResult result = ReportImporter::read(fixture(QStringLiteral("two-reports.txt")));
    EXPECT_FALSE(result.isReport());
    ASSERT_EQ(result.read.diagnostics.size(), 1);
    const QString first = test::readSeed(QStringLiteral("2021_nanding"));
    EXPECT_GT(result.read.diagnostics[0].line, first.count(u'\n'));
    EXPECT_TRUE(result.read.diagnostics[0].message.contains(u"坎市镇"));
}

TEST(Import, MixedAndDamagedEncodingsAreErrorsWithTheLine)
{
    for (const char *name : {"mixed-encoding.txt", "replacement-character.txt"}) {
        const ImportResult result = ReportImporter::read(fixture(QString::fromUtf8(name)));
        EXPECT_FALSE(result.isReport()) << name;
        ASSERT_EQ(result.read.diagnostics.size(), 1) << name;
        EXPECT_EQ(result.read.diagnostics[0].line, 1) << name;
        EXPECT_TRUE(result.read.report.meta.agencyName.isEmpty()) << "nothing half-decoded is kept";
    }
}

TEST(Import, TheContentDecidesNotTheName)
{
    const QByteArray pdf = [] {
        QFile file(fixture(QStringLiteral("2021_nanding/nianbao.pdf")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    ASSERT_FALSE(pdf.isEmpty());
    const ImportResult result = ReportImporter::read(pdf, QStringLiteral("年报.txt"));
    EXPECT_EQ(result.kind, SourceKind::Pdf);
    EXPECT_TRUE(result.isReport());

    const QByteArray ole = QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(512, '\0');
    const ImportResult doc = ReportImporter::read(ole, QStringLiteral("old.doc"));
    EXPECT_FALSE(doc.isReport());
    ASSERT_EQ(doc.read.diagnostics.size(), 1);
    EXPECT_TRUE(doc.read.diagnostics[0].message.contains(QStringLiteral(".docx")));

    const QByteArray zipBytes = QByteArray("PK\x03\x04") + QByteArray(64, 'x');
    const ImportResult zip = ReportImporter::read(zipBytes, QStringLiteral("a.docx"));
    EXPECT_FALSE(zip.isReport());
    EXPECT_EQ(zip.kind, SourceKind::Docx);
}

TEST(Import, AControlCharacterIsRefusedInJsonAsInText)
{
    // Whatever is accepted can be written as text and read back; a text file with a control character
    // is refused, so JSON holding one (raw or escaped) is refused too, naming where.
    const ImportResult seed =
        ReportImporter::read(test::readSeed(QStringLiteral("2021_nanding")).toUtf8(), QStringLiteral("seed"));
    ASSERT_TRUE(seed.isReport());
    Report report = seed.read.report;
    report.parts[0].insert(4, QChar(0x17));
    const QByteArray json = QJsonDocument(ReportJson::toJson(report)).toJson();
    for (const QByteArray &bytes : {json, QByteArray(json).replace("\\u0017", "\x17")}) {
        const ImportResult result = ReportImporter::read(bytes, QStringLiteral("control.json"));
        EXPECT_FALSE(result.isReport());
        ASSERT_EQ(result.read.diagnostics.size(), 1);
        EXPECT_TRUE(result.read.diagnostics[0].message.contains(QStringLiteral("U+0017")))
            << result.read.diagnostics[0].message.toStdString();
    }
    const ImportResult text =
        ReportImporter::read(ReportWriter::write(report).toUtf8(), QStringLiteral("control.txt"));
    EXPECT_FALSE(text.isReport());
}

TEST(ImportAccounting, ATableWhoseRowsAreNotRecognisedIsAnError)
{
    // Part 三's rows renamed beyond recognition: its numbers are there, its cells are not read.
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    for (const char *label : {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"})
        text.replace(QString::fromUtf8(label), QStringLiteral("某某某某某某某某"));
    const ImportResult result = ReportImporter::read(text.toUtf8(), QStringLiteral("renamed.txt"));
    ASSERT_TRUE(result.isReport());
    const Format &format = *result.read.report.format();
    const int received = format.cellIndex(QStringLiteral("p3/received/natural"));
    EXPECT_TRUE(result.absentCells().contains(received));
    const QStringList rules = rulesOf(result.findings);
    EXPECT_TRUE(rules.contains(u"import.table-unread")) << messages(result).toStdString();
    EXPECT_TRUE(rules.contains(u"import.number-unplaced")) << messages(result).toStdString();
    // The validator does not call unread cells empty: the import error says it.
    const QList<Finding> all = result.validate();
    for (const Finding &finding : all) {
        if (finding.rule != u"cell.blank")
            continue;
        for (const Location &location : finding.where)
            EXPECT_NE(location.cell, received);
    }
    const QJsonObject accounting = result.accountingJson();
    const QJsonArray tables = accounting.value(u"tables").toArray();
    ASSERT_EQ(tables.size(), format.tables().size());
    const QJsonObject p3 = tables[format.tableIndex(QStringLiteral("p3"))].toObject();
    EXPECT_EQ(p3.value(u"cells").toInt(), 175);
    EXPECT_EQ(p3.value(u"read").toInt(), 175 - 14);
    EXPECT_EQ(p3.value(u"unread").toArray().size(), 14);
    EXPECT_EQ(p3.value(u"unplaced").toArray().size(), 14);
    EXPECT_TRUE(
        p3.value(u"unplaced").toArray()[0].toObject().value(u"where").toString().startsWith(u"line:"));
}

TEST(ImportAccounting, AMissingPartIsNamedAsTheReason)
{
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    const qsizetype begin = text.indexOf(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况"));
    const qsizetype end = text.indexOf(QStringLiteral("五、存在的主要问题及改进情况"));
    ASSERT_TRUE(begin > 0 && end > begin);
    text.remove(begin, end - begin);
    const ImportResult result = ReportImporter::read(text.toUtf8(), QStringLiteral("no-part4.txt"));
    ASSERT_TRUE(result.isReport());
    bool named = false;
    for (const Finding &finding : result.findings) {
        named = named || (finding.rule == u"import.table-unread" &&
                          finding.message.contains(QStringLiteral("四、政府信息公开行政复议、行政诉讼情况")));
    }
    EXPECT_TRUE(named) << messages(result).toStdString();
}

TEST(ImportAccounting, AStrayRowIsNamedWithItsNumbers)
{
    // A stray row with a total that is not part of the format, in the text layout.
    QString text = test::readSeed(QStringLiteral("2021_nanding"));
    text.replace(QStringLiteral("\t行政处罚\n"), QStringLiteral("\t合计\n\t5\n\n\t行政处罚\n"));
    const ImportResult result = ReportImporter::read(text.toUtf8(), QStringLiteral("stray.txt"));
    ASSERT_TRUE(result.isReport());
    ASSERT_EQ(rulesOf(result.findings).count(u"import.number-unplaced"), 1) << messages(result).toStdString();
    const Finding &finding = result.findings.last();
    EXPECT_TRUE(finding.message.contains(u'5'));
    EXPECT_TRUE(finding.message.contains(QStringLiteral("合计")));
    // The row stands in part 二's tables: its finding is listed with them, not under 基本信息.
    ASSERT_EQ(finding.where.size(), 1);
    EXPECT_EQ(finding.where[0].kind, Location::Kind::Line);
    EXPECT_EQ(finding.where[0].part, 2);
}

TEST(ImportAccounting, ANumberOnAPdfPageThatNoRowTakesIsNamedWithItsPage)
{
    // row-renamed.pdf: 2021_nanding as an office suite exported it, 行政许可 renamed 便民服务事项.
    const ImportResult result = ReportImporter::read(fixture(QStringLiteral("row-renamed.pdf")));
    ASSERT_TRUE(result.isReport()) << messages(result).toStdString();
    const Format &format = *result.read.report.format();
    const int licensing = format.cellIndex(QStringLiteral("p2.item5/licensing/decisions"));
    EXPECT_EQ(result.absentCells(), QSet<int>{licensing}) << messages(result).toStdString();

    const TableAccount &account = result.tables[format.address(licensing).table];
    ASSERT_EQ(account.unplaced.size(), 1);
    const UnplacedNumber &number = account.unplaced.first();
    EXPECT_EQ(number.text, QStringLiteral("805"));
    EXPECT_EQ(number.position.kind, SourcePosition::Kind::Page);
    EXPECT_GE(number.position.page, 1);
    EXPECT_FALSE(number.position.box.isEmpty());

    QStringList unplaced;
    for (const Finding &finding : result.findings) {
        if (finding.rule == u"import.number-unplaced")
            unplaced.append(finding.message);
    }
    ASSERT_EQ(unplaced.size(), 1) << messages(result).toStdString();
    EXPECT_TRUE(unplaced.first().contains(QStringLiteral("805")));
    EXPECT_TRUE(unplaced.first().contains(number.position.describe())) << unplaced.first().toStdString();
}
