<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Commands</name>
    <message>
        <source>check report files or a stored report</source>
        <translation>检查年报文件或数据库中的年报</translation>
    </message>
    <message>
        <source>write a report file as canonical text or JSON</source>
        <translation>将年报文件转换为规范文本或 JSON</translation>
    </message>
    <message>
        <source>write a report as text, JSON, HTML or PDF</source>
        <translation>将年报导出为文本、JSON、HTML 或 PDF</translation>
    </message>
    <message>
        <source>write a report as a PDF in official-document layout</source>
        <translation>按公文格式将年报输出为 PDF</translation>
    </message>
    <message>
        <source>store published text reports as drafts</source>
        <translation>将已发布的年报文本导入数据库作为草稿</translation>
    </message>
    <message>
        <source>list the stored reports</source>
        <translation>列出数据库中的年报</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>agency name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>agency kind</source>
        <translation>机关类别</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>落款机关</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>落款日期</translation>
    </message>
    <message>
        <source>copy-to line</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message numerus="yes">
        <source>Change %n cells</source>
        <translation>
            <numerusform>修改 %n 个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the preamble</source>
        <translation>编辑导语</translation>
    </message>
    <message>
        <source>Edit part %1</source>
        <translation>编辑第%1部分</translation>
    </message>
    <message>
        <source>Change the %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Government disclosure annual report editor</source>
        <translation>政务公开年报编审</translation>
    </message>
    <message>
        <source>Usage: nianbao [--db PATH]            start the desktop application
       nianbao COMMAND [OPTIONS] ARGS   run a command without a display

Commands:
</source>
        <translation>用法：nianbao [--db 路径]               启动桌面程序
      nianbao 命令 [选项] 参数          不需显示器，运行一个命令

命令：
</translation>
    </message>
    <message>
        <source>
'nianbao COMMAND --help' describes a command's options.
</source>
        <translation>
“nianbao 命令 --help”说明该命令的选项。
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
</context>
<context>
    <name>nianbao::CellDelegate</name>
    <message>
        <source>blank</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsPanel</name>
    <message>
        <source>Errors (%1)</source>
        <translation>错误（%1）</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告（%1）</translation>
    </message>
    <message>
        <source>Notices (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Preamble</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>改为 %1</translation>
    </message>
</context>
<context>
    <name>nianbao::HtmlExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message>
        <source>Government Disclosure Annual Report Editor</source>
        <translation>政务公开年报编审</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Create a report, or import last year's published report.</source>
        <translation>新建一份年报，或导入去年已发布的年报。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>&amp;New Report…</source>
        <translation>新建年报(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import Published Report…</source>
        <translation>导入已发布年报(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>打印预览(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Print / Export PDF…</source>
        <translation>打印/导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>待实现</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>New Report…</source>
        <translation>新建年报…</translation>
    </message>
    <message>
        <source>Import Published Report…</source>
        <translation>导入已发布年报…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1 — Government Disclosure Annual Report Editor</source>
        <translation>%1 — 政务公开年报编审</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings</source>
        <translation>错误 %1 · 警告 %2</translation>
    </message>
    <message>
        <source>Report created.</source>
        <translation>年报已新建。</translation>
    </message>
    <message numerus="yes">
        <source>Report created; %n value(s) carried over from last year.</source>
        <translation>
            <numerusform>年报已新建，从上一年度结转了 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not an annual report.</source>
        <translation>%1 不是政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>A report of this agency and year is already stored. Replace it?</source>
        <translation>数据库中已有该机关该年度的年报，要替换吗？</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Nianbao databases (*.sqlite)</source>
        <translation>年报数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Import Published Report</source>
        <translation>导入已发布年报</translation>
    </message>
    <message>
        <source>Report text (*.txt);;All files (*)</source>
        <translation>年报文本 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Report text (*.txt)</source>
        <translation>年报文本 (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Find in the report's text:</source>
        <translation>在年报文字中查找：</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>未找到“%1”。</translation>
    </message>
</context>
<context>
    <name>nianbao::MetaForm</name>
    <message>
        <source>Agency:</source>
        <translation>机关名称：</translation>
    </message>
    <message>
        <source>Agency kind:</source>
        <translation>机关类别：</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 年度 — %2（%3）</translation>
    </message>
    <message>
        <source>Year and format:</source>
        <translation>年度与格式：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>落款机关：</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. %1-01-20</source>
        <translation>年-月-日，如 %1-01-20</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>落款日期：</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2022-01-20.</source>
        <translation>“%1”不是日期，请写成 2022-01-20 的形式。</translation>
    </message>
</context>
<context>
    <name>nianbao::NarrativeEditor</name>
    <message>
        <source>Preamble</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>Write this part here.</source>
        <translation>在此撰写本部分。</translation>
    </message>
    <message>
        <source>Write this part here, by the sub-parts:
%1</source>
        <translation>在此撰写本部分，按以下小节：
%1</translation>
    </message>
    <message>
        <source>Insert the outline</source>
        <translation>插入提纲</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::NewReportDialog</name>
    <message>
        <source>New report</source>
        <translation>新建年报</translation>
    </message>
    <message>
        <source>e.g. 南定镇人民政府</source>
        <translation>如：南定镇人民政府</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>机关名称：</translation>
    </message>
    <message>
        <source>Agency kind:</source>
        <translation>机关类别：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Carried over:</source>
        <translation>结转内容：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No format covers this year.</source>
        <translation>没有适用于该年度的格式。</translation>
    </message>
    <message>
        <source>Nothing: no report of this agency for %1 is stored.</source>
        <translation>无：数据库中没有该机关 %1 年度的年报。</translation>
    </message>
    <message>
        <source>From the %1 report: %2</source>
        <translation>从 %1 年度年报结转：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::OutputCommands</name>
    <message>
        <source>Output file ('-' for standard output).</source>
        <translation>输出文件（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>Output form: %1.</source>
        <translation>输出形式：%1。</translation>
    </message>
    <message>
        <source>Unknown output form %1: use %2.</source>
        <translation>未知的输出形式 %1：请使用 %2。</translation>
    </message>
    <message>
        <source>Name the output file with -o.</source>
        <translation>请用 -o 指定输出文件。</translation>
    </message>
    <message>
        <source>Writes a report as a PDF in the layout of an official document.</source>
        <translation>按公文格式将年报输出为 PDF。</translation>
    </message>
    <message>
        <source>Writes a report as canonical text, JSON, an HTML page for publishing, or a PDF.</source>
        <translation>将年报导出为规范文本、JSON、用于网站发布的 HTML 网页或 PDF。</translation>
    </message>
    <message>
        <source>Converts a report to the canonical text layout or to JSON.</source>
        <translation>将年报转换为规范文本格式或 JSON。</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be painted.</source>
        <translation>无法写入 %1：PDF 未能生成。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportDocument</name>
    <message>
        <source>The report is open for review and cannot be changed.</source>
        <translation>年报正处于审阅状态，不能修改。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportInput</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao JSON report: %2</source>
        <translation>%1 不是年报编审的 JSON 年报：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportJson</name>
    <message>
        <source>Not a Nianbao report (version %1 expected).</source>
        <translation>不是年报编审的报告文件（应为第 %1 版）。</translation>
    </message>
    <message>
        <source>Unknown report format “%1”.</source>
        <translation>未知的报告格式“%1”。</translation>
    </message>
    <message>
        <source>A report has %1 parts, not %2.</source>
        <translation>年度报告共有%1个部分，而不是%2个。</translation>
    </message>
    <message>
        <source>The %1 format has no cell “%2”.</source>
        <translation>%1年版格式中没有单元格“%2”。</translation>
    </message>
    <message>
        <source>The value of cell “%1” is neither a text nor an invalid value.</source>
        <translation>单元格“%1”的值既不是文本，也不是标记为无效的值。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportOutput</name>
    <message>
        <source>HTML and PDF are written to a file: name it with -o.</source>
        <translation>HTML 和 PDF 只能写入文件：请用 -o 指定文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportReader</name>
    <message>
        <source>No title or part headings of an annual report were found.</source>
        <translation>未找到年度报告的标题或各部分标题，这不像一份政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportSource</name>
    <message>
        <source>Take the report from this database (with --agency and --year).</source>
        <translation>从该数据库读取报告（需同时给出 --agency 和 --year）。</translation>
    </message>
    <message>
        <source>Agency of the report in the database.</source>
        <translation>数据库中报告的机关名称。</translation>
    </message>
    <message>
        <source>Year of the report in the database.</source>
        <translation>数据库中报告的年度。</translation>
    </message>
    <message>
        <source>A report file (text layout or JSON).</source>
        <translation>报告文件（文本格式或 JSON）。</translation>
    </message>
    <message>
        <source>With --db, give --agency and --year and no file.</source>
        <translation>使用 --db 时，请给出 --agency 和 --year，不要再给文件。</translation>
    </message>
    <message>
        <source>Give one report file, or --db with --agency and --year.</source>
        <translation>请给出一个报告文件，或使用 --db 并给出 --agency 和 --year。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an annual report.</source>
        <translation>无法将 %1 读取为年度报告。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportStore</name>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>the issuing agency</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>the issue date</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>the copy-to line</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>the agency kind</source>
        <translation>机关类型</translation>
    </message>
    <message>
        <source>the preamble</source>
        <translation>前言</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 created the report (%2)</source>
        <translation>%1 新建了报告（%2）</translation>
    </message>
    <message>
        <source>%1 imported the report (%2)</source>
        <translation>%1 导入了报告（%2）</translation>
    </message>
    <message>
        <source>%1 replaced the report by an import (%2)</source>
        <translation>%1 以导入的内容替换了报告（%2）</translation>
    </message>
    <message>
        <source>%1 edited %2 (%3)</source>
        <translation>%1 修改了 %2（%3）</translation>
    </message>
    <message>
        <source>%1 changed %2 from “%3” to “%4” (%5)</source>
        <translation>%1 将 %2 从“%3”改为“%4”（%5）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>There is no report %1 in the database.</source>
        <translation>数据库中没有编号为 %1 的报告。</translation>
    </message>
    <message>
        <source>The database %1 cannot be read.</source>
        <translation>无法读取数据库 %1。</translation>
    </message>
    <message>
        <source>The file %1 is not a Nianbao database. It was left as it is.</source>
        <translation>文件 %1 不是年报编审数据库，未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 is read-only; changes could not be saved. Open it read-only or give yourself write access.</source>
        <translation>数据库 %1 是只读的，无法保存修改。请以只读方式打开，或为自己开通写入权限。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Nianbao (schema version %1; this version knows up to %2). It was not changed; please update Nianbao.</source>
        <translation>该数据库由较新版本的年报编审写入（数据结构版本 %1，本版本最高支持 %2），未作任何改动。请更新年报编审。</translation>
    </message>
    <message>
        <source>The database is damaged (%1). It was left as it is; restore it from a backup.</source>
        <translation>数据库已损坏（%1），未作任何改动。请从备份恢复。</translation>
    </message>
    <message>
        <source>The file is a database of another program, not of Nianbao. It was left as it is.</source>
        <translation>该文件是其他程序的数据库，不是年报编审数据库，未作任何改动。</translation>
    </message>
    <message>
        <source>The database needs an upgrade to this version of Nianbao, which a read-only file does not allow.</source>
        <translation>该数据库需要升级到本版本年报编审的数据结构，但文件是只读的，无法升级。</translation>
    </message>
    <message>
        <source>Report %1 names an unknown format or status; it was left as it is.</source>
        <translation>报告 %1 的格式或状态无法识别，未作任何改动。</translation>
    </message>
    <message>
        <source>… and %1 more changes</source>
        <translation>……另有 %1 处修改</translation>
    </message>
    <message>
        <source>The report was changed elsewhere since revision %1 (it is now at revision %2), so this change was not saved. Changes since then:
%3</source>
        <translation>该报告在第 %1 版之后已在别处被修改（当前为第 %2 版），本次修改未保存。此后的修改：
%3</translation>
    </message>
    <message>
        <source>A report needs the name of its agency.</source>
        <translation>报告须填写机关名称。</translation>
    </message>
    <message>
        <source>No official report format covers the year %1.</source>
        <translation>没有适用于 %1 年的官方年报格式。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 already exists.</source>
        <translation>%1 的 %2 年度报告已存在。</translation>
    </message>
    <message>
        <source>A report needs its agency, its year and a format to be stored.</source>
        <translation>报告须有机关、年度和格式才能保存。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is already stored; import it with replace to replace it (the stored content is kept as a revision).</source>
        <translation>%1 的 %2 年度报告已在数据库中；如需替换，请以替换方式导入（原有内容将保留为一个修订版本）。</translation>
    </message>
    <message>
        <source>There is no report of %1 for %2 in the database.</source>
        <translation>数据库中没有 %1 的 %2 年度报告。</translation>
    </message>
    <message>
        <source>The report's format has no cell %1.</source>
        <translation>该报告的格式中没有单元格 %1。</translation>
    </message>
    <message>
        <source>A report has no part %1.</source>
        <translation>报告没有第 %1 部分。</translation>
    </message>
    <message>
        <source>The agency, year and format of a stored report cannot be changed.</source>
        <translation>已保存报告的机关、年度和格式不能更改。</translation>
    </message>
    <message>
        <source>Report %1 has no snapshot of revision %2.</source>
        <translation>报告 %1 没有第 %2 版的快照。</translation>
    </message>
    <message>
        <source>The snapshot of revision %1 cannot be read (%2).</source>
        <translation>无法读取第 %1 版的快照（%2）。</translation>
    </message>
    <message>
        <source>The database is locked by another program. Try again in a moment.</source>
        <translation>数据库被其他程序锁定，请稍后再试。</translation>
    </message>
    <message>
        <source>The database is read-only; nothing was changed.</source>
        <translation>数据库是只读的，未作任何改动。</translation>
    </message>
    <message>
        <source>The disk is full; the last change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，最后一次修改未保存。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The file is not a Nianbao database.</source>
        <translation>该文件不是年报编审数据库。</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>无法打开数据库文件（%1）。</translation>
    </message>
    <message>
        <source>The database file could not be read or written (%1).</source>
        <translation>无法读写数据库文件（%1）。</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportTableModel</name>
    <message>
        <source>A total: computed from its terms, not typed.</source>
        <translation>合计：由各项自动计算，无需填写。</translation>
    </message>
    <message>
        <source>Blank: write 0 if there were none.</source>
        <translation>空白：没有发生请填 0。</translation>
    </message>
    <message>
        <source>Enter a whole number of 0 or more, such as 0 or 12; “%1” is not one.</source>
        <translation>请填写大于或等于 0 的整数（如 0、12），“%1”不是。</translation>
    </message>
    <message>
        <source>Enter a whole number, with + or - for a change, such as +8, -3 or 0; “%1” is not one.</source>
        <translation>请填写整数，增减可带 + 或 -（如 +8、-3、0），“%1”不是。</translation>
    </message>
    <message>
        <source>Enter an amount with at most four decimals and its unit, such as 20.001万元; “%1” is not one.</source>
        <translation>请填写金额（最多四位小数）并注明单位（如 20.001万元），“%1”不是。</translation>
    </message>
    <message>
        <source>Enter an amount in %1 with at most four decimals, such as 20.001; “%2” is not one.</source>
        <translation>请填写以%1为单位、最多四位小数的金额（如 20.001），“%2”不是。</translation>
    </message>
    <message>
        <source>This column is in %1; enter the amount in %1.</source>
        <translation>本列单位为%1，请按%1填写。</translation>
    </message>
    <message>
        <source>%1 is a total: it is computed from its terms.</source>
        <translation>%1是合计数，由各项自动计算。</translation>
    </message>
</context>
<context>
    <name>nianbao::SectionNavigator</name>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>警告 %1</translation>
    </message>
</context>
<context>
    <name>nianbao::StoreCommands</name>
    <message>
        <source>The database (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Imports published annual reports into the database as drafts.</source>
        <translation>将已发布的年报导入数据库，作为草稿。</translation>
    </message>
    <message>
        <source>Replace a stored report of the same agency and year (its content is kept as a revision).</source>
        <translation>替换数据库中同一机关、同一年度的年报（原内容保留为一个修订版本）。</translation>
    </message>
    <message>
        <source>Agency name, instead of the one in the text.</source>
        <translation>机关名称，代替文本中的名称。</translation>
    </message>
    <message>
        <source>Report year, instead of the one in the text.</source>
        <translation>报告年度，代替文本中的年度。</translation>
    </message>
    <message>
        <source>Report files (text layout or JSON).</source>
        <translation>年报文件（文本格式或 JSON）。</translation>
    </message>
    <message>
        <source>Usage: nianbao import [--db DB] [--replace] [--agency A] [--year Y] FILE…</source>
        <translation>用法：nianbao import [--db 数据库] [--replace] [--agency 机关] [--year 年度] 文件…</translation>
    </message>
    <message>
        <source>%1: cannot be read as an annual report.</source>
        <translation>%1：无法作为年报读取。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: replaced %2 %3 (format %4), now revision %5; the old content is kept as a revision.</source>
        <translation>%1：已替换 %2 %3 年度报告（%4 版格式），现为第 %5 版；原内容已保留为修订版本。</translation>
    </message>
    <message>
        <source>%1: imported %2 %3 (format %4) as a draft, revision %5.</source>
        <translation>%1：已导入 %2 %3 年度报告（%4 版格式），草稿，第 %5 版。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be mapped; see nianbao validate.</source>
        <translation>
            <numerusform>有 %n 行无法对应到格式，请用 nianbao validate 查看。</numerusform></translation>
    </message>
    <message>
        <source>Lists the reports in the database.</source>
        <translation>列出数据库中的年报。</translation>
    </message>
    <message>
        <source>Only the reports of this year.</source>
        <translation>只列出该年度的年报。</translation>
    </message>
    <message>
        <source>Write the list as JSON.</source>
        <translation>以 JSON 输出列表。</translation>
    </message>
    <message>
        <source>--year needs a year, such as 2021.</source>
        <translation>--year 需要一个年度，例如 2021。</translation>
    </message>
    <message>
        <source>No reports stored yet; add one with nianbao import FILE.</source>
        <translation>数据库中还没有年报；可用 nianbao import 文件 导入。</translation>
    </message>
    <message>
        <source>Year	Format	Status	Revision	Errors	Warnings	Agency</source>
        <translation>年度	格式	状态	版本	错误	警告	机关</translation>
    </message>
</context>
<context>
    <name>nianbao::TableReader</name>
    <message>
        <source>“%1” was read as the official label “%2”.</source>
        <translation>“%1”已按标准名称“%2”读入。</translation>
    </message>
    <message>
        <source>Table text not recognised: “%1”.</source>
        <translation>无法识别的表格文字：“%1”。</translation>
    </message>
    <message>
        <source>The row of “%1” has no item label; its values were read as “%2”.</source>
        <translation>“%1”所在行缺少项目名称，其数值已按“%2”读入。</translation>
    </message>
    <message>
        <source>Row “%1” is not part of the format; its values (%2) were not read.</source>
        <translation>格式中没有“%1”这一行，其数值（%2）未读入。</translation>
    </message>
    <message>
        <source>A row without a label was read as “%1”, the next row of the table.</source>
        <translation>一行数值没有行名称，已按表格顺序读作下一行“%1”。</translation>
    </message>
    <message>
        <source>Values (%1) without a row label could not be placed.</source>
        <translation>没有行名称的数值（%1）无法对应到表格中。</translation>
    </message>
    <message>
        <source>“%1” appears a second time; the values (%2) of this occurrence were not read.</source>
        <translation>“%1”重复出现，此处的数值（%2）未读入。</translation>
    </message>
    <message>
        <source>“%1” has %2 of its %3 values; the rest were left blank.</source>
        <translation>“%1”只有%2个数值（应有%3个），其余留空。</translation>
    </message>
    <message>
        <source>Cells (%1) beyond the %2 columns of “%3” were not read.</source>
        <translation>“%3”超出%2列的单元格（%1）未读入。</translation>
    </message>
</context>
<context>
    <name>nianbao::ValidateCommand</name>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <source> — %1, report year %2, format %3</source>
        <translation> — %1，%2 年度，%3 版格式</translation>
    </message>
    <message>
        <source>Not readable as an annual report.</source>
        <translation>无法作为年报读取。</translation>
    </message>
    <message>
        <source>Could not be mapped (%1):</source>
        <translation>无法对应到格式的内容（%1 处）：</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Checks annual reports against the official format and its rules.</source>
        <translation>按官方格式及其规则检查年报。</translation>
    </message>
    <message>
        <source>Write the results as JSON.</source>
        <translation>以 JSON 输出结果。</translation>
    </message>
    <message>
        <source>The same agency's report of the year before, for the cross-year rules.</source>
        <translation>同一机关上一年度的年报，用于跨年度规则。</translation>
    </message>
    <message>
        <source>Report files (text layout or JSON).</source>
        <translation>年报文件（文本格式或 JSON）。</translation>
    </message>
    <message>
        <source>No report file given.</source>
        <translation>未指定年报文件。</translation>
    </message>
    <message>
        <source>The previous report %1 cannot be read.</source>
        <translation>无法读取上一年度的年报 %1。</translation>
    </message>
</context>
<context>
    <name>nianbao::Validator</name>
    <message>
        <source> + </source>
        <translation> ＋ </translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3 (%4)</source>
        <translation>%1 填写 %2，应为 %3（%4）</translation>
    </message>
    <message>
        <source>%1 names the year %2, but the report is on %3</source>
        <translation>%1写的是 %2 年，本报告是 %3 年度报告</translation>
    </message>
    <message>
        <source>%1 to %2: %3 whole rows are empty; write 0 where there was nothing</source>
        <translation>%1 至 %2：共 %3 行整行未填写，没有发生的应填 0</translation>
    </message>
    <message>
        <source>%1 万元 in all</source>
        <translation>共 %1 万元</translation>
    </message>
    <message>
        <source>%1 万元 per item for %2 items</source>
        <translation>每项约 %1 万元（共 %2 项）</translation>
    </message>
    <message>
        <source>%1% of the narrative repeats last year’s report; most copied: %2</source>
        <translation>正文有 %1% 与上年报告相同，重复最多的是：%2</translation>
    </message>
    <message>
        <source>%1, column “%2”: %3 = %4, but %5 = %6; both must be equal</source>
        <translation>%1、“%2”列：%3 = %4，%5 = %6，两者应相等</translation>
    </message>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>%1: %2 = %3, but a number of items cannot be negative</source>
        <translation>%1：%2 = %3，项目数量不能为负</translation>
    </message>
    <message>
        <source>%1: %2 empty (%3); write 0 where there was nothing</source>
        <translation>%1：%2 个单元格未填写（%3），没有发生的应填 0</translation>
    </message>
    <message>
        <source>%1: %2 万元 is %3, implausible for a %4; is the amount in 元?</source>
        <translation>%1：%2 万元即%3，对%4而言不合常理，金额是否以元计？</translation>
    </message>
    <message>
        <source>%1: %2 元 is %3, implausibly little; is the amount in 万元?</source>
        <translation>%1：%2 元即%3，少得不合常理，金额是否以万元计？</translation>
    </message>
    <message>
        <source>%1: a %2 cannot make %3, so the row must be all 0 (%4)</source>
        <translation>%1：%2无权制定%3，该行应全部为 0（%4）</translation>
    </message>
    <message>
        <source>%1: the amount %2 states no unit; read as 万元 it is %3, implausible for a %4, so it is probably 元</source>
        <translation>%1：金额 %2 未注明单位；按万元理解为%3，对%4而言不合常理，应是元</translation>
    </message>
    <message>
        <source>%1: the amount %2 states no unit; write 元 or 万元</source>
        <translation>%1：金额 %2 未注明单位，请写明元或万元</translation>
    </message>
    <message>
        <source>%1: the column is in %2, but the cell states %3</source>
        <translation>%1：该列单位为%2，单元格却注明%3</translation>
    </message>
    <message>
        <source>%1: the narrative says “%2”, but the tables give %3</source>
        <translation>%1：正文写“%2”，表中为 %3</translation>
    </message>
    <message>
        <source>%1: the sum of %2 is %3, the table says %4</source>
        <translation>%1：%2之和为 %3，表中填写 %4</translation>
    </message>
    <message>
        <source>%1: the whole row is empty; write 0 where there was nothing</source>
        <translation>%1：整行未填写，没有发生的应填 0</translation>
    </message>
    <message>
        <source>%1: “%2” is not %3</source>
        <translation>%1：“%2”不是%3</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>＋ %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A report on %1 must use the %2 (%3); this report uses the %4</source>
        <translation>%1 年度报告应使用%2（%3），本报告使用的是%4</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>第%1部分</translation>
    </message>
    <message>
        <source>Part %1 does not state the information processing fees (信息处理费) collected: the number of fee notices and the amount, or that none was collected</source>
        <translation>第%1部分未说明信息处理费的收取情况：应写明发出收费通知的件数和收取金额，或说明未收取</translation>
    </message>
    <message>
        <source>Part %1 “%2” is missing</source>
        <translation>缺少第%1部分“%2”</translation>
    </message>
    <message>
        <source>The narrative calls the agency “%1” (%2 times), as a %3 does; a %4 report says %5. Was the text copied from another agency’s report?</source>
        <translation>正文用“%1”称呼本机关（%2 处），这是%3的说法；%4的报告应称%5。是否从其他机关的报告复制而来？</translation>
    </message>
    <message>
        <source>The narrative speaks of “%1” as if it were this agency (%2 times), but the report is %3’s. Was the text copied from %1’s report?</source>
        <translation>正文把“%1”当作本机关（%2 处），而本报告属于%3。是否从%1的报告复制而来？</translation>
    </message>
    <message>
        <source>The preamble</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>The report is dated %1, after its deadline %2</source>
        <translation>报告落款日期为 %1，晚于公开期限 %2</translation>
    </message>
    <message>
        <source>The signature block after part 6 has no date</source>
        <translation>第六部分之后的落款缺少日期</translation>
    </message>
    <message>
        <source>The signature block after part 6 names no issuing agency</source>
        <translation>第六部分之后的落款缺少发布机关</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>a whole number of at least 0</source>
        <translation>非负整数</translation>
    </message>
    <message>
        <source>a whole number with an optional sign, such as +8, 0 or -3</source>
        <translation>整数（可带正负号，如 +8、0、-3）</translation>
    </message>
    <message>
        <source>an amount of at least 0 with at most four decimals</source>
        <translation>不超过四位小数的非负金额</translation>
    </message>
    <message>
        <source>an amount of at least 0 with at most four decimals and the unit 元 or 万元</source>
        <translation>不超过四位小数的非负金额（注明单位元或万元）</translation>
    </message>
    <message>
        <source>last year’s %1</source>
        <translation>上年报告的%1</translation>
    </message>
    <message>
        <source>the preamble</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>− %1</source>
        <translation>－ %1</translation>
    </message>
</context>
</TS>
