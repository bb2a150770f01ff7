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
        <source>write a report as a PDF in official-document layout</source>
        <translation>按公文格式将年报输出为 PDF</translation>
    </message>
    <message>
        <source>list the stored reports</source>
        <translation>列出数据库中的年报</translation>
    </message>
    <message>
        <source>add or list the users of a database</source>
        <translation>添加或列出数据库的用户</translation>
    </message>
    <message>
        <source>submit, return or approve a stored report; list a year&apos;s reviews</source>
        <translation>提交、退回或审核已存报告；列出某年度的审核情况</translation>
    </message>
    <message>
        <source>write the county summary of a year as a spreadsheet, CSV, JSON or PDF</source>
        <translation>将某年度的县域汇总输出为电子表格、CSV、JSON 或 PDF</translation>
    </message>
    <message>
        <source>check that an exported file shows a report as its supervisor signed it</source>
        <translation>核对导出文件所显示的年报与审核人签署的一致</translation>
    </message>
    <message>
        <source>write a report (or a year&apos;s approved reports) as text, JSON, HTML, PDF, Word or ODT</source>
        <translation>把年报（或全年已审核的年报）写成文本、JSON、HTML、PDF、Word 或 ODT</translation>
    </message>
    <message>
        <source>set up a database on the office&apos;s PostgreSQL server</source>
        <translation>在单位的 PostgreSQL 服务器上建立数据库</translation>
    </message>
    <message>
        <source>create or export a supervisor&apos;s signing key</source>
        <translation>创建或导出审核人的签名密钥</translation>
    </message>
    <message>
        <source>the desktop application</source>
        <translation>桌面程序</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>One of the commands below, with its own options.</source>
        <translation>下列命令之一，及其选项。</translation>
    </message>
    <message>
        <source>Done, and every input was read completely; for validate: no report has errors.</source>
        <translation>完成，所有输入均已完整读取；对 validate 而言：没有年报有错误。</translation>
    </message>
    <message>
        <source>Done, but read the messages: validate found errors; lines of an input could not be mapped (the rest was imported or written); or an action was refused and nothing changed (review, user, import of a report already stored).</source>
        <translation>已完成，但请阅读提示：validate 发现了错误；输入中有些行无法识别（其余内容已导入或写出）；或某项操作被拒绝，没有任何改动（review、user、导入已存在的年报）。</translation>
    </message>
    <message>
        <source>Nothing done: the arguments are wrong, an input cannot be read as a report, or the database cannot be used.</source>
        <translation>未做任何操作：参数有误，输入无法作为年报读取，或数据库无法使用。</translation>
    </message>
    <message>
        <source>An output was refused (writing it would destroy a database) or could not be written completely (a full disk, a closed pipe); standard error says which.</source>
        <translation>输出被拒绝（写入会毁坏数据库）或未能完整写出（磁盘已满、管道已关闭）；标准错误输出说明原因。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The database: a file, or postgresql://USER@HOST[:PORT]/DATABASE on the office&apos;s server (default: the application&apos;s own file, nianbao.sqlite in its data folder).</source>
        <translation>数据库：数据库文件，或单位服务器上的 postgresql://用户@主机[:端口]/数据库（默认：程序自己的数据库文件，即数据目录中的 nianbao.sqlite）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The user who acts (see nianbao user list).</source>
        <translation>执行操作的用户（见 nianbao user list）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>要写入的文件（“-”表示标准输出）。</translation>
    </message>
    <message>
        <source>FORM</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>text (the canonical text layout, the default) or json (the whole model).</source>
        <translation>text（规范文本格式，默认）或 json（完整模型）。</translation>
    </message>
    <message>
        <source>Writes a report as a PDF in the layout of an official document (GB/T 9704-2012).</source>
        <translation>将年报按公文格式（GB/T 9704-2012）输出为 PDF。</translation>
    </message>
    <message>
        <source>Converts a report to the canonical text layout or to JSON.</source>
        <translation>将年报转换为规范文本格式或 JSON。</translation>
    </message>
    <message>
        <source>The database that holds the report named by --agency and --year (default: the application&apos;s own).</source>
        <translation>存有 --agency 和 --year 所指年报的数据库（默认：程序自己的数据库）。</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>The agency of a stored report (instead of a file).</source>
        <translation>数据库中年报的机关（代替文件）。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>The year of a stored report.</source>
        <translation>数据库中年报的年度。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>clerk (填报人) or supervisor (审核人).</source>
        <translation>clerk（填报人）或 supervisor（审核人）。</translation>
    </message>
    <message>
        <source>An agency whose reports the clerk writes.</source>
        <translation>填报人负责填报的单位。</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>add, list or bootstrap.</source>
        <translation>add、list 或 bootstrap。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>The new user&apos;s name (add, bootstrap).</source>
        <translation>新用户的姓名（add、bootstrap）。</translation>
    </message>
    <message>
        <source>The report&apos;s agency.</source>
        <translation>报告的单位。</translation>
    </message>
    <message>
        <source>The report&apos;s year (list: the year listed).</source>
        <translation>报告的年度（list：列出的年度）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>A note for the audit log and the clerk.</source>
        <translation>写入审计日志并告知填报人的说明。</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>submit: acknowledge every remaining warning with this reason.</source>
        <translation>submit：以此理由确认其余全部警告。</translation>
    </message>
    <message>
        <source>list: write the table as CSV (UTF-8 with a byte order mark, for spreadsheets).</source>
        <translation>list：以 CSV 输出表格（带字节顺序标记的 UTF-8，供电子表格使用）。</translation>
    </message>
    <message>
        <source>list, deadline, submit, return, approve, diff or verify.</source>
        <translation>list、deadline、submit、return、approve、diff 或 verify。</translation>
    </message>
    <message>
        <source>Replace a stored report of the same agency and year (its content is kept as a revision).</source>
        <translation>替换数据库中同一机关、同一年度的年报（原内容保留为一个修订版本）。</translation>
    </message>
    <message>
        <source>The agency, instead of the one the report names.</source>
        <translation>机关名称，代替年报中写的机关。</translation>
    </message>
    <message>
        <source>The report year, instead of the one the report states.</source>
        <translation>报告年度，代替年报中写的年度。</translation>
    </message>
    <message>
        <source>The user who imports (required once the database has users; see nianbao user list).</source>
        <translation>执行导入的用户（数据库有用户后必须指定；见 nianbao user list）。</translation>
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
        <source>FILE…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>Lists the reports in the database.</source>
        <translation>列出数据库中的年报。</translation>
    </message>
    <message>
        <source>The report year.</source>
        <translation>年报所属年度。</translation>
    </message>
    <message>
        <source>xlsx, csv, json or pdf (default: the output file&apos;s suffix).</source>
        <translation>xlsx、csv、json 或 pdf（默认：按输出文件的扩展名）。</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output, CSV and JSON only).</source>
        <translation>要写入的文件（“-”表示标准输出，仅限 CSV 和 JSON）。</translation>
    </message>
    <message>
        <source>Writes the county summary of a year: the key figures of every agency&apos;s report, the county totals and their change from last year, outliers and reports with errors marked; the PDF adds the charts.</source>
        <translation>输出某年度的县域汇总：各单位年报的主要数据、全县合计及与上年相比的增减，标出异常变化和有错误的报告；PDF 另附图表。</translation>
    </message>
    <message>
        <source>The same agency&apos;s report of the year before, for the cross-year rules.</source>
        <translation>同一机关上一年度的年报，用于跨年度规则。</translation>
    </message>
    <message>
        <source>Checks annual reports against the official format and its rules.</source>
        <translation>按官方格式及其规则检查年报。</translation>
    </message>
    <message>
        <source>PUBKEY</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>The supervisor&apos;s public key: a file, or the line itself.</source>
        <translation>审核人的公钥：公钥文件，或公钥那一行本身。</translation>
    </message>
    <message>
        <source>list: write every agency with its status and deadline as JSON.</source>
        <translation>list：以 JSON 输出每个单位及其状态和截止情况。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The database on the server, postgresql://ADMIN@HOST[:PORT]/DATABASE, as its owner.</source>
        <translation>服务器上的数据库：postgresql://管理员@主机[:端口]/数据库，以数据库所有者身份连接。</translation>
    </message>
    <message>
        <source>Sets up a database on the office&apos;s PostgreSQL server: init creates Nianbao&apos;s schema in an existing, empty database, or upgrades it to this version. Connect as the database&apos;s owner.</source>
        <translation>在单位的 PostgreSQL 服务器上设置数据库：init 在一个已有的空数据库中建立年报编审的数据结构，或将其升级到本版本。请以该数据库的所有者身份连接。</translation>
    </message>
    <message>
        <source>init: create or upgrade the schema.</source>
        <translation>init：建立或升级数据结构。</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output), or the folder for the approved reports of a year.</source>
        <translation>要写入的文件（“-”表示标准输出），或存放全年已审核年报的文件夹。</translation>
    </message>
    <message>
        <source>text (the canonical text layout, the default), json, html (a page for publishing), pdf, docx (Word) or odt (OpenDocument text).</source>
        <translation>text（规范文本格式，默认）、json、html（用于发布的网页）、pdf、docx（Word）或 odt（OpenDocument 文本）。</translation>
    </message>
    <message>
        <source>With the reports of a year: replace files of the same name in the folder.</source>
        <translation>导出全年年报时：替换文件夹中的同名文件。</translation>
    </message>
    <message>
        <source>Writes a report as canonical text, JSON, an HTML page for publishing, a PDF, a Word document or an OpenDocument text; with --year but no --agency, every approved report of the year into a folder.</source>
        <translation>将年报输出为规范文本、JSON、用于发布的 HTML 网页、PDF、Word 文档或 OpenDocument 文本；给出 --year 而不给 --agency 时，把该年度全部已审核的年报写入一个文件夹。</translation>
    </message>
    <message>
        <source>approve: the passphrase of the supervisor&apos;s signing key, in the first line of FILE (- for standard input).</source>
        <translation>approve：审核人签名密钥的口令，写在文件的第一行（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>The supervisor whose key it is.</source>
        <translation>密钥所属的审核人。</translation>
    </message>
    <message>
        <source>create: the passphrase that seals the private key, in the first line of FILE (- for standard input).</source>
        <translation>create：加封私钥的口令，写在文件的第一行（- 表示标准输入）。</translation>
    </message>
    <message>
        <source>create: makes the supervisor&apos;s signing key pair, seals the private key with a passphrase on this computer and registers the public key in the database; approvals are then signed with it. export: writes the supervisor&apos;s public key, for those who check exported files (nianbao verify).</source>
        <translation>create：生成审核人的签名密钥对，在本机用口令加封私钥，并把公钥登记到数据库；此后审核通过时用它签名。export：输出审核人的公钥，供核对导出文件的人使用（nianbao verify）。</translation>
    </message>
    <message>
        <source>create a key, or export its public key.</source>
        <translation>生成密钥，或输出其公钥。</translation>
    </message>
    <message>
        <source>Published reports to import as drafts and open.</source>
        <translation>要作为草稿导入并打开的已发布年报。</translation>
    </message>
    <message>
        <source>Without a command, nianbao starts the desktop application on the database opened last (or the default one); report files given to it are imported into that database and opened, as 文件 → 导入 does. With a command it runs without a display; &apos;nianbao COMMAND --help&apos; describes a command&apos;s options.</source>
        <translation>不带命令时，nianbao 启动桌面程序，打开上次使用的数据库（或默认数据库）；给出的年报文件会像“文件 → 导入”一样导入该数据库并打开。带命令时不需要显示器即可运行；“nianbao 命令 --help”说明该命令的选项。</translation>
    </message>
    <message>
        <source>copy: the database to copy.</source>
        <translation>copy：要复制的数据库。</translation>
    </message>
    <message>
        <source>copy: the empty database to copy into (a server&apos;s after nianbao server init).</source>
        <translation>copy：复制到的空数据库（服务器上经 nianbao server init 设置的数据库）。</translation>
    </message>
    <message>
        <source>check a database for damage, or copy it into another (e.g. onto the office&apos;s server)</source>
        <translation>检查数据库是否损坏，或把它复制到另一个数据库（例如单位的服务器）</translation>
    </message>
    <message>
        <source>check: checks the whole database — the database&apos;s own check of its pages and indexes, the checksum of every report and snapshot, and every approval — and lists what is damaged. copy: copies every report of one database with its revisions, snapshots, comments, audit log and approvals into another, empty one — e.g. an office&apos;s file onto its PostgreSQL server. The source is only read.</source>
        <translation>check：检查整个数据库——数据库自身对数据页和索引的检查、每份年报和快照的校验和、每个审核结果——并列出损坏之处。copy：把一个数据库中的每份年报连同其版本、快照、批注、审计日志和审核结果复制到另一个空数据库——例如把单位的数据库文件搬到 PostgreSQL 服务器上。源数据库只读不改。</translation>
    </message>
    <message>
        <source>check or copy.</source>
        <translation>check 或 copy。</translation>
    </message>
    <message>
        <source>Adds and lists the users of a database. The first user of an empty database becomes its supervisor; after that only a supervisor (--as) adds users. bootstrap makes the first supervisor of a database that holds reports but no users yet. On a server (--db postgresql://…) the administrator adds each user as a login, without --as; its password is typed in twice, or read from the first line of standard input.</source>
        <translation>添加和列出数据库的用户。空数据库的第一个用户成为审核人；此后只有审核人（--as）可以添加用户。bootstrap 为已有年报但还没有用户的数据库指定第一个审核人。在服务器上（--db postgresql://…），由管理员把每个用户添加为一个登录名，不用 --as；密码输入两次，或从标准输入的第一行读取。</translation>
    </message>
    <message>
        <source>The review workflow: list a year&apos;s reports, submit (clerk), return or approve (supervisor; a supervisor with a signing key signs the approval), show what changed since the previous submission, verify an approval. On a server (--db postgresql://…) the login acts, without --as.</source>
        <translation>审核流程：列出某年度的年报，提交（填报人），退回或审核通过（审核人；有签名密钥的审核人对审核通过签名），显示自上次提交以来的变化，核验审核结果。在服务器上（--db postgresql://…）由登录用户操作，不用 --as。</translation>
    </message>
    <message>
        <source>Checks exported HTML pages, PDFs, Word documents or OpenDocument texts of approved reports against the supervisor&apos;s public key (the line “nianbao-ed25519 …” the supervisor gives out): that the approval is signed with that key and the file shows exactly the approved report.</source>
        <translation>用审核人的公钥（审核人提供的“nianbao-ed25519 …”一行）核对已审核年报导出的 HTML 页面、PDF、Word 文档或 ODT 文档：审核记录确由该密钥签名，且文件显示的正是审核通过的年报。</translation>
    </message>
    <message>
        <source>Exported HTML, PDF, Word or ODT files.</source>
        <translation>导出的 HTML、PDF、Word 或 ODT 文件。</translation>
    </message>
    <message>
        <source>A report file: Word (.docx), PDF, a web page (.html), text or Nianbao JSON.</source>
        <translation>一个年报文件：Word（.docx）、PDF、网页（.html）、文本或本程序的 JSON。</translation>
    </message>
    <message>
        <source>Report files: Word (.docx), PDF, web pages (.html), text or Nianbao JSON.</source>
        <translation>年报文件：Word（.docx）、PDF、网页（.html）、文本或本程序的 JSON。</translation>
    </message>
    <message>
        <source>Store a report even when some of its tables or numbers could not be read (they are listed; fill them in the application).</source>
        <translation>即使有表格或数字未能读出也存入（会逐一列出，请在程序中补填）。</translation>
    </message>
    <message>
        <source>store published reports as drafts</source>
        <translation>把已发布的年报存为草稿</translation>
    </message>
    <message>
        <source>Imports published annual reports (Word, PDF, web page, text or JSON) into the database as drafts. A report whose tables were not all read is not stored unless --partial is given.</source>
        <translation>把已发布的年报（Word、PDF、网页、文本或 JSON）作为草稿导入数据库。表格未能全部读出的年报不存入，除非给出 --partial。</translation>
    </message>
    <message>
        <source>Write the results as JSON, with what was read of each table of a file (import).</source>
        <translation>以 JSON 输出结果，并附上文件中每张表读出的情况（import）。</translation>
    </message>
    <message>
        <source>Report files (Word .docx, PDF, web pages .html, text or Nianbao JSON), or folders of them: checked on every core, with progress on a terminal.</source>
        <translation>年报文件（Word .docx、PDF、网页 .html、文本或本程序的 JSON）或存放它们的文件夹：用全部处理器核心检查，在终端上显示进度。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>add: the kind of agency, by its name (乡镇, 街道, 县级部门, …) or id (township, subdistrict, county_department, …).</source>
        <translation>add：机关类别，写类别名称（乡镇、街道、县级部门……）或标识（township、subdistrict、county_department……）。</translation>
    </message>
    <message>
        <source>ALIAS</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>add: another name of the agency, e.g. its short name.</source>
        <translation>add：机关的其他名称，如简称。</translation>
    </message>
    <message>
        <source>add: the agency above it, already in the list.</source>
        <translation>add：上级机关，须已在名录中。</translation>
    </message>
    <message>
        <source>set-parent: take the agency from under its parent; it then has none.</source>
        <translation>set-parent：取消机关的上级机关。</translation>
    </message>
    <message>
        <source>list: write the agencies as JSON.</source>
        <translation>list：以 JSON 格式输出机关。</translation>
    </message>
    <message>
        <source>The agency: its full name (add), any of its names (rename, delete, set-parent, alias), a name to look up (match).</source>
        <translation>机关：全称（add），它的任一名称（rename、delete、set-parent、alias），要查找的名称（match）。</translation>
    </message>
    <message>
        <source>NEW_NAME</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>rename: the agency&apos;s new full name.</source>
        <translation>rename：机关的新全称。</translation>
    </message>
    <message>
        <source>PARENT</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <source>set-parent: the agency to put it under, already in the list (its full name or another of its names).</source>
        <translation>set-parent：要把机关放到其下的上级机关，须已在名录中（写全称或其他名称）。</translation>
    </message>
    <message>
        <source>The draft&apos;s agency (its full name, a short name or an alias).</source>
        <translation>草稿所属机关（全称、简称或别名均可）。</translation>
    </message>
    <message>
        <source>The draft&apos;s year.</source>
        <translation>草稿的年度。</translation>
    </message>
    <message>
        <source>Delete it; without --yes the command only says what it would delete.</source>
        <translation>确认删除；不加 --yes 时只说明将删除什么。</translation>
    </message>
    <message>
        <source>delete a draft report</source>
        <translation>删除草稿年报</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>deadline: the office&apos;s own deadline for the year&apos;s reports (YYYY-MM-DD, in January after the year; supervisor only).</source>
        <translation>deadline：本单位对该年度年报自定的截止日期（YYYY-MM-DD，在该年度之后的 1 月内；仅审核人）。</translation>
    </message>
    <message>
        <source>deadline: go back to the statutory deadline, 31 January after the year (supervisor only).</source>
        <translation>deadline：恢复法定截止日期，即该年度之后的 1 月 31 日（仅审核人）。</translation>
    </message>
    <message>
        <source>add, list, rename, delete or match the agencies of a database, their other names and parents; who changed them</source>
        <translation>添加、列出、改名、删除或匹配数据库中的机关，维护机关的其他名称和上级机关；查看谁改动了名录</translation>
    </message>
    <message>
        <source>Keeps the database&apos;s list of agencies: each has its full name (坎市镇人民政府), other names it is known by (坎市镇), a kind and the agency above it. A report belongs to an agency: a report imported or created under any of its names, or under its name without the formal ending (人民政府), is that agency&apos;s, and a new report takes over last year&apos;s figures from it. rename gives an agency a new full name and keeps the old one as another name; clerks assigned to it stay assigned. delete takes an agency entered by mistake out of the list with its other names; it is refused (exit 1, nothing changed) while reports are stored for it, users work for it or agencies are under it. set-parent puts an agency under another one of the list, or under none (--none); an agency under itself, directly or through others, is refused. alias add and alias remove give an agency another name or take one away. log says who renamed, moved or deleted which agency, and when (the office&apos;s log). match says which agency a name means, or which it may mean (exit 1 when that is not clear). On a database with users only a supervisor changes the list (--as); on a server the server refuses everyone else.</source>
        <translation>维护数据库的机关名录：每个机关有全称（坎市镇人民政府）、其他名称（坎市镇）、类别和上级机关。年报属于机关：以机关的任一名称、或去掉“人民政府”等正式后缀的名称导入或新建的年报，都归这个机关，新年报从它去年的年报结转数据。rename 给机关改用新的全称，原全称保留为其他名称，分配给它的填报人不变。delete 删除误建的机关及其其他名称；机关存有年报、有用户负责或之下还有机关时拒绝（退出码为 1，什么也不改）。set-parent 把机关放到名录中另一个机关之下，或取消其上级机关（--none）；机关直接或间接成为自己的上级时拒绝。alias add 和 alias remove 给机关添加或去掉一个其他名称。log 说明谁在何时给哪个机关改名、调整上级机关或删除了它（本单位的日志）。match 说明一个名称指哪个机关，或者可能指哪些机关（不能确定时退出码为 1）。有用户的数据库中只有审核人可以修改名录（--as）；在服务器上由服务器拒绝其他人。</translation>
    </message>
    <message>
        <source>add, list, log, rename, delete, set-parent, alias or match.</source>
        <translation>add、list、log、rename、delete、set-parent、alias 或 match。</translation>
    </message>
    <message>
        <source>alias: the other name to add to the agency or to take from it.</source>
        <translation>alias：要给机关添加或从机关去掉的其他名称。</translation>
    </message>
    <message>
        <source>Deletes a draft report with its history. Only a draft: a report that was ever submitted is kept. Once the database has users, only a clerk of the agency or a supervisor may. Without --yes nothing is deleted: the command says what it would delete.</source>
        <translation>删除一份草稿年报及其修改记录。只能删除草稿：提交过的年报一律保留。数据库有用户后，只有该机关的填报人或审核人可以删除。不加 --yes 时不删除任何内容，只说明将删除什么。</translation>
    </message>
</context>
<context>
    <name>ImportResultText</name>
    <message>
        <source>the source has no part %1</source>
        <translation>源文件中没有“%1”部分</translation>
    </message>
    <message>
        <source>none of its rows was recognised in part %1</source>
        <translation>在第%1部分中没有识别出该表的任何一行</translation>
    </message>
    <message numerus="yes">
        <source>none of its rows was recognised; %n number(s) in its region could not be placed</source>
        <translation>
            <numerusform>没有识别出该表的任何一行，该表位置上有 %n 个数字无法放入单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>找不到的行：%1</translation>
    </message>
    <message>
        <source>Table %1 was not read: none of its %2 cells was found in the source (%3).</source>
        <translation>表格“%1”未能读取：源文件中找不到它的 %2 个单元格中的任何一个（%3）。</translation>
    </message>
    <message>
        <source>Table %1: %2 of its %3 cells were not found in the source (%4).</source>
        <translation>表格“%1”：它的 %3 个单元格中有 %2 个在源文件中找不到（%4）。</translation>
    </message>
    <message>
        <source>At %1, %2: check that each number is in its column.</source>
        <translation>%1：%2，请核对每个数字是否在正确的列中。</translation>
    </message>
    <message>
        <source>%1 (table %2)</source>
        <translation>%1（表格“%2”）</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) at %1 could not be placed into a cell: %2 — %3.</source>
        <translation>
            <numerusform>%1 处的 %n 个数字无法放入任何单元格：%2——%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell of a table is found in an imported file (Word, PDF, web page or text); a cell that is not is named as not read, never taken as blank.</source>
        <translation>导入的文件（Word、PDF、网页或文本）中能找到表格的每个单元格；找不到的单元格指明为“未读出”，绝不当作空白。</translation>
    </message>
    <message>
        <source>Every number in the region of a table of an imported file is placed into a cell; one that is not is named with its place in the source.</source>
        <translation>导入文件中表格区域内的每个数字都放入了某个单元格；未能放入的数字连同它在原文件中的位置一并指明。</translation>
    </message>
    <message>
        <source>In a text whose columns are aligned by spaces, the numbers of a row are placed into their columns without doubt; where the spacing leaves it in doubt the row is named, to be checked.</source>
        <translation>在用空格对齐各列的文本中，一行的数字能确定地放入各自的列；空格无法确定时指明该行，请核对。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等（另有 %n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardHelp</name>
    <message>
        <source>Tables</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>直接输入</translation>
    </message>
    <message>
        <source>Replace the current cell&apos;s content</source>
        <translation>替换当前单元格的内容</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Confirm and move to the next cell below</source>
        <translation>确认，并移到下方可填写的单元格</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Confirm and move to the next cell right / left (totals skipped)</source>
        <translation>确认，并移到右侧 / 左侧下一个可填写的单元格（跳过合计）</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>F2 or double-click</source>
        <translation>F2 或双击</translation>
    </message>
    <message>
        <source>Change the current content instead of replacing it</source>
        <translation>修改当前内容而不是替换</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Clear the selected cells</source>
        <translation>清空所选单元格</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Copy the selected cells (for Excel or WPS)</source>
        <translation>复制所选单元格，可粘贴到 Excel、WPS</translation>
    </message>
    <message>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <source>Paste, also a block copied from Excel or WPS</source>
        <translation>粘贴，也可粘贴从 Excel、WPS 复制的一块数字</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Discard what is being typed</source>
        <translation>放弃正在输入的内容</translation>
    </message>
    <message>
        <source>Ctrl+Arrow keys</source>
        <translation>Ctrl+方向键</translation>
    </message>
    <message>
        <source>Move to the first or last row or column of the table</source>
        <translation>移到表格的第一行、最后一行、第一列或最后一列</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <source>Select cells; the status bar shows their sum</source>
        <translation>选择单元格，状态栏显示其合计</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Enter / Shift+Enter</translation>
    </message>
    <message>
        <source>Next / previous occurrence</source>
        <translation>下一处 / 上一处</translation>
    </message>
    <message>
        <source>Close the find bar and go back to the form</source>
        <translation>关闭查找栏，回到表单</translation>
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
        <source>%1 is neither a command nor a report file.</source>
        <translation>%1 既不是命令，也不是已有的年报文件。</translation>
    </message>
    <message>
        <source>Cannot start the desktop program %1: %2.</source>
        <translation>无法启动桌面程序 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::AboutDialog</name>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Government Disclosure Annual Report Editor&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;政务公开年报编审&lt;/h2&gt;&lt;p&gt;版本 %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Writes and reviews the yearly government information disclosure report in the national formats of 2019 and 2021.&lt;/p&gt;&lt;p&gt;Nianbao is free software: you can redistribute it and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按国务院办公厅规定的 2019 年版、2021 年版格式编写和审核政府信息公开工作年度报告。&lt;/p&gt;&lt;p&gt;年报编审（Nianbao）是自由软件：您可以按照 GNU 通用公共许可证第 3 版或（由您选择）任何更新的版本（GPL-3.0-or-later）的条款再发布和修改它。本程序不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Libraries used:</source>
        <translation>使用的库：</translation>
    </message>
</context>
<context>
    <name>nianbao::AgencyCommands</name>
    <message>
        <source>Only a supervisor changes the list of agencies; %1 is a clerk.</source>
        <translation>只有审核人可以修改机关名录；%1 是填报人。</translation>
    </message>
    <message>
        <source>No agency has been renamed, moved or deleted.</source>
        <translation>还没有机关被改名、调整上级机关或删除。</translation>
    </message>
    <message>
        <source>No agencies yet; add one with nianbao agency add NAME.</source>
        <translation>名录中还没有机关；用 nianbao agency add 名称 添加。</translation>
    </message>
    <message>
        <source>Agency	Kind	Other names	Parent	Reports</source>
        <translation>机关	类别	其他名称	上级机关	年报数</translation>
    </message>
    <message>
        <source>%1 is not a kind of agency; the kinds are %2.</source>
        <translation>“%1”不是机关类别；类别有：%2。</translation>
    </message>
    <message>
        <source>Added the agency %1.</source>
        <translation>已添加机关 %1。</translation>
    </message>
    <message>
        <source>Added the agency %1, also called %2.</source>
        <translation>已添加机关 %1，又称 %2。</translation>
    </message>
    <message>
        <source>%1 is now called %2; %1 stays one of its names.</source>
        <translation>%1 已改名为 %2；%1 仍作为它的其他名称保留。</translation>
    </message>
    <message>
        <source>%1 is now also called %2.</source>
        <translation>%1 现在又称 %2。</translation>
    </message>
    <message>
        <source>%1 is no longer called %2.</source>
        <translation>%1 不再称作 %2。</translation>
    </message>
    <message>
        <source>Deleted the agency %1.</source>
        <translation>已删除机关 %1。</translation>
    </message>
    <message>
        <source>Deleted the agency %1 and its other names %2.</source>
        <translation>已删除机关 %1 及其其他名称 %2。</translation>
    </message>
    <message>
        <source>%1 is now under no other agency.</source>
        <translation>%1 现在没有上级机关。</translation>
    </message>
    <message>
        <source>%1 is now under %2.</source>
        <translation>%1 的上级机关现在是 %2。</translation>
    </message>
</context>
<context>
    <name>nianbao::AgencyDirectory</name>
    <message>
        <source>The agency is no longer in the database.</source>
        <translation>该机关已不在数据库中。</translation>
    </message>
    <message>
        <source>%1 is not a kind of agency.</source>
        <translation>“%1”不是机关类别。</translation>
    </message>
    <message>
        <source>%1 already names the agency %2.</source>
        <translation>“%1”已是机关“%2”的名称。</translation>
    </message>
    <message>
        <source>%1 is the agency %2 under another form of its name. To give it the full name, rename it (nianbao agency rename %2 %3); to add another name, add it as an alias.</source>
        <translation>“%1”是机关“%2”的另一种写法。要改用全称，请改名（nianbao agency rename %2 %3）；要增加一个名称，请把它作为别名加入。</translation>
    </message>
    <message>
        <source>There is no agency %1 to be the parent; add it first.</source>
        <translation>名录中没有可作为上级机关的“%1”，请先添加它。</translation>
    </message>
    <message>
        <source>No agency is called %1 (nianbao agency list shows them).</source>
        <translation>没有名为“%1”的机关（nianbao agency list 列出全部机关）。</translation>
    </message>
    <message>
        <source>The agency is already called %1.</source>
        <translation>该机关已经叫“%1”。</translation>
    </message>
    <message>
        <source>%1 already names another agency.</source>
        <translation>“%1”已是另一个机关的名称。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is approved under that name, and its approval is signed for it; the agency keeps its name. Add %3 as an alias instead.</source>
        <translation>%1 %2 年度的年报已按这个名称审核通过，审核签名针对这个名称，因此机关不能改名。可以把“%3”加为别名。</translation>
    </message>
    <message>
        <source>%1 is already a name of %2.</source>
        <translation>%1 已经是 %2 的名称。</translation>
    </message>
    <message>
        <source>%1 is the full name of the agency; rename the agency instead.</source>
        <translation>%1 是该机关的全称；要换全称，请给机关改名（nianbao agency rename）。</translation>
    </message>
    <message>
        <source>%1 is not another name of %2.</source>
        <translation>%1 不是 %2 的其他名称。</translation>
    </message>
    <message>
        <source>%1 has %2 report(s) stored (%3) and keeps them, so it stays in the list. Delete the drafts entered by mistake first (nianbao delete --agency %1 --year YEAR); a report that was ever submitted keeps its agency: if the agency&apos;s name is wrong, rename it.</source>
        <translation>机关“%1”存有 %2 份年报（%3 年度），不能删除。误建的草稿可先删除（nianbao delete --agency %1 --year 年度）；提交过的年报始终属于这个机关，机关名称有误时请改名。</translation>
    </message>
    <message>
        <source>%1 is the agency of %2, so it stays in the list. Give them their other agencies first (Review → Users…), then delete it.</source>
        <translation>%2 负责机关“%1”，不能删除。请先给他们改分配其他机关（审核 → 用户…），再删除。</translation>
    </message>
    <message>
        <source>%1 is the parent of %2, so it stays in the list. Put them under another agency or none first (nianbao agency set-parent AGENCY PARENT|--none), then delete it.</source>
        <translation>机关“%1”之下还有 %2，不能删除。请先把它们放到别的机关之下或取消其上级机关（nianbao agency set-parent 机关 上级机关|--none）。</translation>
    </message>
    <message>
        <source>%1 cannot be its own parent.</source>
        <translation>“%1”不能是自己的上级机关。</translation>
    </message>
    <message>
        <source>%1 is under %2 (%3), so %2 cannot be put under %1.</source>
        <translation>“%1”在“%2”之下（%3），“%2”不能再放到它之下。</translation>
    </message>
</context>
<context>
    <name>nianbao::AgencyMatcher</name>
    <message>
        <source>No agency of the database is called %1.</source>
        <translation>数据库中没有名为“%1”的机关。</translation>
    </message>
    <message>
        <source>%1 is an agency of the database.</source>
        <translation>“%1”是数据库中的机关。</translation>
    </message>
    <message>
        <source>%1 is taken to be %2.</source>
        <translation>“%1”即“%2”。</translation>
    </message>
    <message>
        <source>%1 may be any of: %2. Choose one, or add %1 as a new agency.</source>
        <translation>“%1”可能是以下机关之一：%2。请选择其一，或把“%1”作为新机关加入名录。</translation>
    </message>
</context>
<context>
    <name>nianbao::ApprovalSeal</name>
    <message>
        <source>WARNING: %1 signs approvals with a key, but this approval carries no signature: it was not made by %1 through Nianbao. Do not publish this report before checking it.</source>
        <translation>警告：%1 用签名密钥审核年报，但这条审核记录没有签名：它不是 %1 通过年报编审做出的。核查之前请勿发布本报告。</translation>
    </message>
    <message>
        <source>WARNING: the signature of this approval is not %1&apos;s (key %2), or it was made over another text: the approval was forged or changed. Do not publish this report before checking it.</source>
        <translation>警告：这条审核记录的签名不是 %1 的（密钥 %2），或者签署的是另一份文本：审核记录是伪造的或被改动过。核查之前请勿发布本报告。</translation>
    </message>
    <message>
        <source>WARNING: this report is marked approved, but no supervisor&apos;s approval is on record. The database was changed outside Nianbao; do not publish this report before checking it.</source>
        <translation>警告：这份报告标记为已审核，但没有审核人的审核记录。数据库曾在年报编审之外被改动；核查之前请勿发布本报告。</translation>
    </message>
    <message>
        <source>WARNING: neither the stored content nor the snapshot of this approved report matches what %1 approved on %2. The database was changed outside Nianbao; do not publish this report before checking it.</source>
        <translation>警告：这份已审核报告的存储内容和快照都与%1于%2审核通过的内容不一致。数据库曾在年报编审之外被改动；核查之前请勿发布本报告。</translation>
    </message>
    <message>
        <source>WARNING: the stored content of this approved report no longer matches what %1 approved on %2. The database was changed outside Nianbao; do not publish this report before checking it.</source>
        <translation>警告：这份已审核报告的存储内容与%1于%2审核通过的内容不再一致。数据库曾在年报编审之外被改动；核查之前请勿发布本报告。</translation>
    </message>
    <message>
        <source>WARNING: the snapshot of revision %1, which %2 approved on %3, no longer matches its approval. The database was changed outside Nianbao.</source>
        <translation>警告：%2于%3审核通过的第%1版快照与审核记录不再一致。数据库曾在年报编审之外被改动。</translation>
    </message>
</context>
<context>
    <name>nianbao::CarryOver</name>
    <message>
        <source>a report in the %1 format has no such figure</source>
        <translation>%1 版格式的年报没有这个数</translation>
    </message>
    <message>
        <source>, and its “%1” is another figure</source>
        <translation>，其“%1”并非同一个数</translation>
    </message>
    <message>
        <source>, and its “%1” (%2) is another figure</source>
        <translation>，其“%1”为 %2，并非同一个数</translation>
    </message>
    <message>
        <source>last year&apos;s “%1” gives no figure to carry</source>
        <translation>去年年报的“%1”没有可结转的数字</translation>
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
    <name>nianbao::CellInput</name>
    <message>
        <source>Enter a whole number of 0 or more, such as 0, 12, 1,234 or 12件; “%1” is not one.</source>
        <translation>请输入 0 或正整数，如 0、12、1,234 或 12件；“%1”不是。</translation>
    </message>
    <message>
        <source>Enter a whole number, with + or - for a change, such as +8, -3 or 0; “%1” is not one.</source>
        <translation>请输入整数，增减可带 + 或 -，如 +8、-3 或 0；“%1”不是。</translation>
    </message>
    <message>
        <source>Enter an amount with at most four decimals and its unit, such as 20.001万元 or 251,000元; “%1” is not one.</source>
        <translation>请输入最多四位小数的金额并写明单位，如 20.001万元 或 251,000元；“%1”不是。</translation>
    </message>
    <message>
        <source>Enter an amount in %1 with at most four decimals, such as 20.001 or 1,234.5%1; “%2” is not one.</source>
        <translation>请输入以%1为单位、最多四位小数的金额，如 20.001 或 1,234.5%1；“%2”不是。</translation>
    </message>
    <message>
        <source>Thousands separators stand between groups of three digits, as in 1,234 or 12,345, and the decimal point is “.”; “%1” is not written so.</source>
        <translation>千位分隔符应每三位一个，如 1,234 或 12,345，小数点用“.”；“%1”不是这样写的。</translation>
    </message>
    <message>
        <source>This column is in %1 and “%2” is in %3: enter %4 (the same amount in %1).</source>
        <translation>该列以%1为单位，“%2”是以%3计的：请输入 %4（即同一金额以%1计）。</translation>
    </message>
    <message>
        <source>This column is in %1 and “%2” is in %3: enter the amount in %1.</source>
        <translation>该列以%1为单位，“%2”是以%3计的：请以%1为单位输入。</translation>
    </message>
</context>
<context>
    <name>nianbao::CommandLine</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>--%1 does not take %2: use %3.</source>
        <translation>--%1 不接受 %2：请用 %3。</translation>
    </message>
    <message>
        <source>Unknown action %1: use %2.</source>
        <translation>未知操作 %1：请用 %2。</translation>
    </message>
    <message>
        <source>&apos;%1 --help&apos; describes the options.</source>
        <translation>“%1 --help”说明各选项。</translation>
    </message>
</context>
<context>
    <name>nianbao::CommandReference</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>what it checks</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>formats</source>
        <translation>适用格式</translation>
    </message>
    <message>
        <source>%1 format</source>
        <translation>%1 年版</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>用户命令</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>write and review government information disclosure annual reports (政务公开年报编审)</source>
        <translation>编写和审核政府信息公开工作年度报告（政务公开年报编审）</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The default database (below $XDG_DATA_HOME when it is set).</source>
        <translation>默认数据库（设置了 $XDG_DATA_HOME 时在其下）。</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>参见</translation>
    </message>
    <message>
        <source>The user guide: Help → User Guide (F1) in the application, or /usr/share/nianbao/help/user-guide.md as installed by the package.</source>
        <translation>用户指南：程序中的“帮助 → 用户指南”（F1），或软件包安装的 /usr/share/nianbao/help/user-guide.md。</translation>
    </message>
    <message>
        <source>May be given more than once.</source>
        <translation>可以给出多次。</translation>
    </message>
</context>
<context>
    <name>nianbao::CommentActions</name>
    <message>
        <source>Comment on This Cell…</source>
        <translation>对此单元格提出意见…</translation>
    </message>
    <message>
        <source>Comment on This Table…</source>
        <translation>对此表格提出意见…</translation>
    </message>
    <message>
        <source>Comment on This Part…</source>
        <translation>对此部分提出意见…</translation>
    </message>
    <message>
        <source>Show the Comments on This Cell</source>
        <translation>查看此单元格的意见</translation>
    </message>
    <message>
        <source>Comment on the Selected Text…</source>
        <translation>对所选文字提出意见…</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>请先填写意见内容。</translation>
    </message>
    <message>
        <source>Comment on %1:</source>
        <translation>对“%1”的意见：</translation>
    </message>
    <message>
        <source>Comment on a Cell</source>
        <translation>对单元格提出意见</translation>
    </message>
    <message>
        <source>Comment on a Table</source>
        <translation>对表格提出意见</translation>
    </message>
    <message>
        <source>Comment on a Part</source>
        <translation>对部分提出意见</translation>
    </message>
    <message>
        <source>Select the passage to comment on first.</source>
        <translation>请先选中要提出意见的文字。</translation>
    </message>
    <message>
        <source>Comment on a Passage</source>
        <translation>对文字提出意见</translation>
    </message>
</context>
<context>
    <name>nianbao::CommentAnchorName</name>
    <message>
        <source>Preamble</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>The whole report</source>
        <translation>整份年报</translation>
    </message>
    <message>
        <source>Table of %1</source>
        <translation>%1的表格</translation>
    </message>
    <message>
        <source>Table %1 of %2</source>
        <translation>%2 表格（%1）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
</context>
<context>
    <name>nianbao::CommentMarks</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>  ↳ %1: %2</source>
        <translation>  ↳ %1：%2</translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation>（%1 已标记为已解决）</translation>
    </message>
</context>
<context>
    <name>nianbao::CommentStore</name>
    <message>
        <source>A comment needs a text.</source>
        <translation>意见不能为空。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of %2 and may not comment on its report.</source>
        <translation>%1 不是%2的填报人，不能对其报告提出意见。</translation>
    </message>
    <message>
        <source>The comment&apos;s place (%1 %2) is not part of the report.</source>
        <translation>意见的位置（%1 %2）不在本报告中。</translation>
    </message>
    <message>
        <source>The comment was not stored.</source>
        <translation>意见未能保存。</translation>
    </message>
    <message>
        <source>A reply needs a text.</source>
        <translation>回复不能为空。</translation>
    </message>
    <message>
        <source>There is no comment %1.</source>
        <translation>没有编号为 %1 的意见。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of %2 and may not resolve comments on its report.</source>
        <translation>%1 不是%2的填报人，不能处理其报告的意见。</translation>
    </message>
</context>
<context>
    <name>nianbao::CommentsPanel</name>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Show in Report</source>
        <translation>定位</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提出人</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>回复所选意见</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2</source>
        <translation>%1 于 %2 标记为已解决</translation>
    </message>
    <message>
        <source>No review comments.</source>
        <translation>没有审核意见。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s), %1 not resolved.</source>
        <translation>
            <numerusform>共 %n 条意见，%1 条未解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>请先填写回复内容。</translation>
    </message>
</context>
<context>
    <name>nianbao::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or db.county.gov.cn</source>
        <translation>例如 192.168.1.10 或 db.county.gov.cn</translation>
    </message>
    <message>
        <source>from PGPASSWORD or ~/.pgpass when left empty</source>
        <translation>留空时取自 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Your account on the office&apos;s server, as the administrator set it up. The password is used for this connection only and never saved.</source>
        <translation>请填写管理员为您在单位服务器上开设的账户。密码只用于本次连接，不会保存。</translation>
    </message>
</context>
<context>
    <name>nianbao::CountySummary</name>
    <message>
        <source>the stored report does not match its checksum (the database was damaged or changed outside Nianbao): its figures are left out</source>
        <translation>数据库中的这份年报与其校验值不符（数据库已损坏，或有人绕过程序改动过）：其数字未计入合计</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in the report</source>
        <translation>
            <numerusform>报告有 %n 处错误</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 last year, %3 this year (a change of %4 times or more)</source>
        <translation>%1：上年 %2，本年 %3（变化达 %4 倍以上）</translation>
    </message>
</context>
<context>
    <name>nianbao::DatabaseCheck</name>
    <message>
        <source>%1: its key figures do not match their own checksum (the database was changed outside Nianbao); the county summary and the year table leave them out.</source>
        <translation>%1：主要数据与其校验值不符（有人绕过程序改动过数据库）；县域汇总和审核总览不采用这些数字。</translation>
    </message>
    <message>
        <source>The database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 年度</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::DateInput</name>
    <message>
        <source>Write the date as 2022年1月20日, 2022-01-20, 2022.1.20 or 2022/1/20; “%1” is not a date.</source>
        <translation>日期请写成 2022年1月20日、2022-01-20、2022.1.20 或 2022/1/20；“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>nianbao::DbCommands</name>
    <message>
        <source>%1 report(s), %2 snapshot(s) checked</source>
        <translation>已检查 %1 份年报、%2 个快照</translation>
    </message>
    <message>
        <source>%1 report(s) were stored before checksums and get one when next changed.</source>
        <translation>%1 份年报保存于启用校验值之前，下次修改时补上校验值。</translation>
    </message>
    <message>
        <source>%1: %2 problem(s) found.</source>
        <translation>%1：发现 %2 处问题。</translation>
    </message>
    <message>
        <source>%1: no damage found.</source>
        <translation>%1：未发现损坏。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n report(s) with their history (%1 rows) from %2 to %3.</source>
        <translation>
            <numerusform>已将 %n 份年报连同其历史记录（共 %1 行）从 %2 复制到 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::DocxReader</name>
    <message>
        <source>the document text is damaged (%1, line %2)</source>
        <translation>文档正文已损坏（%1，第 %2 行）</translation>
    </message>
    <message>
        <source>it is an OpenDocument file (.odt), which Nianbao does not read: save it as .docx</source>
        <translation>它是 OpenDocument 文档（.odt），本程序不读取这种格式：请另存为 .docx</translation>
    </message>
    <message>
        <source>it is a zip file without a Word document in it</source>
        <translation>它是一个 zip 文件，其中没有 Word 文档</translation>
    </message>
</context>
<context>
    <name>nianbao::ExportVerifier</name>
    <message>
        <source>%1: approved by %2 on %3 (%4 %5, revision %6). The signature is valid for this key (%7) and the file shows exactly the approved report.</source>
        <translation>%1：由 %2 于 %3 审核通过（%4 %5 年，第 %6 版）。签名与此公钥（%7）相符，文件所显示的正是审核通过的年报。</translation>
    </message>
    <message>
        <source>%1 carries no approval: it was not exported from an approved report, or its approval was removed.</source>
        <translation>%1 不带审核签名：它不是从已审核的年报导出的，或者签名已被删除。</translation>
    </message>
    <message>
        <source>%1 carries an approval that Nianbao did not write; it was changed.</source>
        <translation>%1 所带的审核签名不是年报编审写入的，已被改动。</translation>
    </message>
    <message>
        <source>%1: the approval&apos;s signature does not match this key. Either the report was not approved with this key, or the approval was changed after signing. Do not rely on this file.</source>
        <translation>%1：审核签名与此公钥不符。要么年报不是用此密钥审核的，要么签名后审核信息被改动。请勿采信此文件。</translation>
    </message>
    <message>
        <source>%1: the approved text in the file was changed after signing. Do not rely on this file.</source>
        <translation>%1：文件中经审核的文本在签名后被改动。请勿采信此文件。</translation>
    </message>
    <message>
        <source>%1: the approval by %2 on %3 is genuine, but the file no longer shows the approved report — its content was changed after export (or it was written by another version of Nianbao). Do not rely on this file; export it again from the database.</source>
        <translation>%1：%2 于 %3 的审核签名是真实的，但文件显示的已不是审核通过的年报——导出后内容被改动（或由其他版本的年报编审写出）。请勿采信此文件，请从数据库重新导出。</translation>
    </message>
    <message>
        <source>%1 is not an HTML page, a PDF, a Word document or an OpenDocument text exported by Nianbao.</source>
        <translation>%1 不是年报编审导出的 HTML 页面、PDF、Word 文档或 ODT 文档。</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2.</source>
        <translation>无法核对 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::FindBar</name>
    <message>
        <source>Find in the whole report</source>
        <translation>在整份年报中查找</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一处</translation>
    </message>
    <message>
        <source>The previous occurrence (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一处</translation>
    </message>
    <message>
        <source>The next occurrence (F3, or Enter in the find field)</source>
        <translation>下一处（F3，或在查找框中按 Enter）</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>全部替换</translation>
    </message>
    <message>
        <source>Replace every occurrence in the report, as one step that Ctrl+Z undoes</source>
        <translation>替换全文所有各处，作为一步，可用 Ctrl+Z 撤销</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Replace with:</source>
        <translation>替换为：</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>已替换 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not in the report.</source>
        <translation>年报中没有“%1”。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 处，共 %2 处</translation>
    </message>
</context>
<context>
    <name>nianbao::FindingsModel</name>
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
    <message>
        <source>Clerk&apos;s reason</source>
        <translation>填报人说明</translation>
    </message>
</context>
<context>
    <name>nianbao::HeldChangesBar</name>
    <message>
        <source>Store now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <source>The changes that waited are stored now.</source>
        <translation>等待保存的修改现已保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not stored yet: %1 What you typed stays in the editor and is stored as soon as the database can be written again; tried again every %2 seconds.</source>
        <translation>
            <numerusform>有 %n 处修改尚未保存：%1 您输入的内容仍留在编辑器里，数据库恢复可写后立即存入；每 %2 秒自动重试一次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be stored: %1 What you typed stays in the editor; note it, then open the report again.</source>
        <translation>
            <numerusform>有 %n 处修改无法保存：%1 您输入的内容仍留在编辑器里；请先记下或复制，再重新打开这份年报。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
</context>
<context>
    <name>nianbao::Identity</name>
    <message>
        <source>Say who makes this change: name one of the database&apos;s users with --as USER (nianbao user list shows them).</source>
        <translation>请说明是谁做这项修改：用 --as 用户 指定数据库中的一个用户（nianbao user list 列出全部用户）。</translation>
    </message>
    <message>
        <source>This database has no users yet, so there is no user %1. Leave out --as, or add the users first (nianbao user add).</source>
        <translation>这个数据库还没有用户，因此没有用户 %1。请去掉 --as，或先添加用户（nianbao user add）。</translation>
    </message>
    <message>
        <source>On a server you act as the user you logged in as (%1); --as is not used there. Log in as the other user to act as them.</source>
        <translation>在服务器上，您以登录的账户（%1）的身份操作，不能用 --as 指定别人。要以别人的身份操作，请用其账户登录。</translation>
    </message>
</context>
<context>
    <name>nianbao::ImportPreviewDialog</name>
    <message>
        <source>Word document</source>
        <translation>Word 文档</translation>
    </message>
    <message>
        <source>PDF (%1)</source>
        <translation>PDF（%1）</translation>
    </message>
    <message>
        <source>web page (%1)</source>
        <translation>网页（%1）</translation>
    </message>
    <message>
        <source>Nianbao JSON</source>
        <translation>本程序的 JSON</translation>
    </message>
    <message>
        <source>text (%1, %2 layout)</source>
        <translation>文本（%1，%2 排版）</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Read from %1: %2, %3.</source>
        <translation>读自%1：%2，%3 年度。</translation>
    </message>
    <message>
        <source>agency unknown</source>
        <translation>机关不明</translation>
    </message>
    <message numerus="yes">
        <source>All %n table(s) were read completely.</source>
        <translation>
            <numerusform>全部 %n 个表格均已完整读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) not read completely, %1 number(s) not placed: they are marked in the source and in the form; correct and complete the form before importing.</source>
        <translation>
            <numerusform>%n 个表格未完整读取，%1 个数字未能放入单元格：已在原文和表格中标出，请在导入前改正、补填表格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import problem(s) remain.</source>
        <translation>
            <numerusform>尚有 %n 个导入问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::InputRules</name>
    <message>
        <source>the preamble</source>
        <translation>导语</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <source>An agency name</source>
        <translation>机关名称</translation>
    </message>
    <message>
        <source>A user name</source>
        <translation>用户姓名</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 may not contain control characters, line breaks or invisible characters (%2 in “%3”).</source>
        <translation>%1不能含有控制字符、换行或看不见的字符（“%3”中有 %2）。</translation>
    </message>
    <message>
        <source>%1 has at most %2 characters; “%3…” has %4.</source>
        <translation>%1最多 %2 个字；“%3……”有 %4 个字。</translation>
    </message>
    <message>
        <source>The year %1 is not a report year: annual reports exist from %2 to %3.</source>
        <translation>%1 不是年报年度：年报年度只能在 %2 年到 %3 年之间。</translation>
    </message>
    <message>
        <source>“%1” is not a year; give one such as 2021.</source>
        <translation>“%1”不是年度，请写成 2021 这样的年份。</translation>
    </message>
    <message>
        <source>%1 has %2 MB; a report file has at most %3 MB. Is it really an annual report?</source>
        <translation>%1 有 %2 MB；年报文件最大 %3 MB。这真的是一份年报吗？</translation>
    </message>
    <message>
        <source>%1 contains a NUL character (U+0000), which no report text has.</source>
        <translation>%1中有空字符（U+0000），年报文字中不应有这种字符。</translation>
    </message>
    <message>
        <source>Paragraph %1 of %2 has %3 KB; a paragraph has at most %4 KB. Break it into paragraphs.</source>
        <translation>%2的第 %1 段有 %3 KB；一段最多 %4 KB。请分成几段。</translation>
    </message>
    <message>
        <source>The issue date %1 lies outside the report years %2 to %3.</source>
        <translation>成文日期的年份 %1 不在 %2 年到 %3 年之间。</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>the document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>the issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>the copy-to line</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>The cell %1 holds %2 characters; a cell holds at most %3.</source>
        <translation>单元格 %1 有 %2 个字；一个单元格最多 %3 个字。</translation>
    </message>
    <message>
        <source>The cell %1 holds an invisible or control character (%2).</source>
        <translation>单元格 %1 中有看不见的字符或控制字符（%2）。</translation>
    </message>
</context>
<context>
    <name>nianbao::KeyCommands</name>
    <message>
        <source>Cannot read the passphrase from %1: %2</source>
        <translation>无法从 %1 读取口令：%2</translation>
    </message>
    <message>
        <source>The passphrase in %1 is empty.</source>
        <translation>%1 中的口令为空。</translation>
    </message>
    <message>
        <source>%1 has no signing key yet (nianbao key create).</source>
        <translation>%1 还没有签名密钥（nianbao key create）。</translation>
    </message>
    <message>
        <source>Created the signing key %1 of %2; its private key is sealed in %3. Keep a copy of that file and the passphrase: without them %2 cannot sign. The public key, for those who check exported files:</source>
        <translation>已为 %2 创建签名密钥 %1；私钥已加封保存在 %3。请备份该文件并记住口令：缺了它们，%2 将无法签名。供核对导出文件的人使用的公钥：</translation>
    </message>
    <message>
        <source>Name the action: create or export.</source>
        <translation>请指定操作：create 或 export。</translation>
    </message>
    <message>
        <source>Name the supervisor with --as.</source>
        <translation>请用 --as 指定审核人。</translation>
    </message>
    <message>
        <source>Give the passphrase with --passphrase-file.</source>
        <translation>请用 --passphrase-file 给出口令。</translation>
    </message>
</context>
<context>
    <name>nianbao::KeyDirectory</name>
    <message>
        <source>Only a supervisor signs approvals; %1 is a clerk.</source>
        <translation>只有审核人才签署审核；%1 是填报人。</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
</context>
<context>
    <name>nianbao::KeyRing</name>
    <message>
        <source>Not enough memory to seal the signing key.</source>
        <translation>内存不足，无法加封签名密钥。</translation>
    </message>
    <message>
        <source>This computer does not hold the private key %1 (%2). Sign on the computer where the key was created, or copy its key file there.</source>
        <translation>本机没有私钥 %1（%2）。请在创建该密钥的电脑上签名，或把密钥文件复制到本机。</translation>
    </message>
</context>
<context>
    <name>nianbao::MainWindow</name>
    <message numerus="yes">
        <source>%n change(s) of this report are not stored yet: %1

If you close the report now, they are lost. Close it anyway?</source>
        <translation>
            <numerusform>这份年报有 %n 处修改尚未保存：%1

现在关闭，这些修改将会丢失。仍然关闭吗？</numerusform>
        </translation>
    </message>
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
        <source>Create a report, or import last year&apos;s published report.</source>
        <translation>新建一份年报，或导入去年已发布的年报。</translation>
    </message>
    <message>
        <source>Start the annual report</source>
        <translation>开始填写年报</translation>
    </message>
    <message>
        <source>Start this year&apos;s report. When the agency&apos;s report of the year before is in the database, its carried-over figures, preamble and signature are taken over.</source>
        <translation>开始填写今年的年报。数据库中有该机关上一年度的年报时，自动从中结转相关数字、导语和落款。</translation>
    </message>
    <message>
        <source>Choose a report in the list on the left, create a report, or import last year&apos;s published report.</source>
        <translation>在左侧列表中选择一份年报，或新建年报，或导入去年已发布的年报。</translation>
    </message>
    <message>
        <source>Database: %1 — every report is kept in this file, and every edit is stored at once.</source>
        <translation>数据库：%1。全部年报都保存在这个文件中，每一处修改都立即存入。</translation>
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
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>%1 — %2 — Government Disclosure Annual Report Editor</source>
        <translation>%1 — %2 — 政务公开年报编审</translation>
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
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Report text (*.txt)</source>
        <translation>年报文本 (*.txt)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>&amp;Reload Report</source>
        <translation>重新载入年报(&amp;R)</translation>
    </message>
    <message>
        <source>Reloaded the report as it is stored now.</source>
        <translation>已按数据库中的最新内容重新载入年报。</translation>
    </message>
    <message>
        <source>Export the &amp;Year&apos;s Approved Reports…</source>
        <translation>导出全年已审核年报(&amp;Y)…</translation>
    </message>
    <message>
        <source>Counting findings %v/%m</source>
        <translation>正在统计检查结果 %v/%m</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>连接服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Report List</source>
        <translation>年报列表</translation>
    </message>
    <message>
        <source>Section Navigator</source>
        <translation>章节导航</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Last Year&apos;s Figures</source>
        <translation>上年数对照</translation>
    </message>
    <message>
        <source>A column beside each table with last year&apos;s figures of the column you are in (every cell&apos;s tooltip shows last year&apos;s figure too)</source>
        <translation>在每张表右侧增加一列，显示当前所在列的上年数（鼠标停在单元格上也可看到上年数）</translation>
    </message>
    <message>
        <source>Focus mode: only the form. F11 brings the panels back.</source>
        <translation>专注模式：只显示表格。按 F11 恢复各面板。</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>向下填充(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the first selected value of each column into the selected cells below it, or the value above into one selected cell (Ctrl+D).</source>
        <translation>把每列所选的第一个值填入其下所选的单元格；只选一格时填入上一格的值（Ctrl+D）。</translation>
    </message>
    <message>
        <source>Fill &amp;Right</source>
        <translation>向右填充(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the first selected value of each row into the selected cells right of it, or the value on the left into one selected cell (Ctrl+R).</source>
        <translation>把每行所选的第一个值填入其右所选的单元格；只选一格时填入左边一格的值（Ctrl+R）。</translation>
    </message>
    <message>
        <source>Find text in every part of the report (Ctrl+F)</source>
        <translation>在年报各部分的文字中查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>替换(&amp;E)…</translation>
    </message>
    <message>
        <source>Replace text in every part of the report (Ctrl+H)</source>
        <translation>替换年报各部分中的文字（Ctrl+H）</translation>
    </message>
    <message>
        <source>The program did not end normally last time: the report you were working on is open again where you were. Every edit was stored as you made it.</source>
        <translation>上次未正常退出：已重新打开您正在填写的年报，回到原来的位置。每一处修改都已在输入时存入数据库。</translation>
    </message>
    <message>
        <source>The report you were working on is open again where you were.</source>
        <translation>已打开您上次填写的年报，回到原来的位置。</translation>
    </message>
    <message>
        <source>Select the cells of a table to fill first.</source>
        <translation>请先在表格中选中要填充的单元格。</translation>
    </message>
    <message>
        <source>Read a report that was already published — a Word document, a PDF, a saved web page or its text — such as last year&apos;s, so that this year&apos;s report can carry over from it.</source>
        <translation>读入已经发布的年报（Word 文档、PDF、保存的网页或其文本），例如去年的年报，今年的年报即可从它结转。</translation>
    </message>
    <message>
        <source>Reading the reports…</source>
        <translation>正在读取年报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>正在读取 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 份年报。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>%1 was not read: the reading was cancelled.</source>
        <translation>%1 未读取：读取已取消。</translation>
    </message>
    <message>
        <source>The report names its agency %1, which may be %2 of the list of agencies. Store it as the report of %2? (No: as the report of a new agency %1.)</source>
        <translation>年报中的机关名称是“%1”，可能就是机关名录中的“%2”。是否作为“%2”的年报保存？（否：作为新机关“%1”的年报保存。）</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>删除草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete Draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the %1 report of %2?

The draft is deleted with its history (its revisions and changes); this cannot be undone. No other report is touched.</source>
        <translation>删除 %2 的 %1 年度年报？

这份草稿连同其修改记录（各个版本和每次修改）一并删除，无法恢复。其他年报不受影响。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted the %1 report of %2.</source>
        <translation>已删除 %2 的 %1 年度年报。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an annual report.</source>
        <translation>无法将 %1 读取为年度报告。</translation>
    </message>
    <message>
        <source>Recent &amp;Messages…</source>
        <translation>最近的消息(&amp;M)…</translation>
    </message>
    <message>
        <source>What the status bar said lately, each message whole</source>
        <translation>状态栏最近显示过的消息，每条都是全文</translation>
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
        <source>Date:</source>
        <translation>落款日期：</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>抄送：</translation>
    </message>
    <message>
        <source>The agency, the year and the format are fixed once a report is created. For another agency or year, create a new report (File → New Report…).</source>
        <translation>机关、年度和格式在年报创建时即已确定，不能再改。要为其他机关或年度填报，请新建年报（文件 → 新建年报…）。</translation>
    </message>
    <message>
        <source>e.g. %1年1月20日, %1-01-20, %1.1.20 or %1/1/20</source>
        <translation>如 %1年1月20日、%1-01-20、%1.1.20 或 %1/1/20</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>在日历中选择日期</translation>
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
    <message>
        <source>The outline is in the text already.</source>
        <translation>提纲已在文中。</translation>
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
    <message>
        <source>This agency&apos;s report for %1 already exists: choose it in the report list.</source>
        <translation>该机关 %1 年度的年报已存在，请在年报列表中选择它。</translation>
    </message>
    <message>
        <source>The list of agencies could not be read: %1</source>
        <translation>无法读取机关名录：%1</translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation>又称 %1</translation>
    </message>
    <message>
        <source>Created as it is, the report starts a new agency %1.</source>
        <translation>如按原样新建，年报将属于新机关“%1”。</translation>
    </message>
    <message>
        <source>%1 is not in the list of agencies yet; it is added with the report.</source>
        <translation>“%1”还不在机关名录中，新建年报时一并加入。</translation>
    </message>
    <message>
        <source>Not carried:</source>
        <translation>未能结转：</translation>
    </message>
    <message>
        <source>Nothing: the %1 report gives no figure to carry.</source>
        <translation>无：%1 年度年报中没有可结转的数字。</translation>
    </message>
    <message>
        <source>%1. Fill them in as they are.</source>
        <translation>%1。请按实际填写。</translation>
    </message>
</context>
<context>
    <name>nianbao::OfficeDeadline</name>
    <message>
        <source>statutory (%1)</source>
        <translation>法定（%1）</translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4</source>
        <translation>%1 %2：%3 → %4</translation>
    </message>
    <message>
        <source>Only a supervisor sets the office&apos;s deadline; %1 is a clerk.</source>
        <translation>只有审核人能设定本单位的截止日期；%1 是填报人。</translation>
    </message>
    <message>
        <source>That is no date.</source>
        <translation>这不是有效的日期。</translation>
    </message>
    <message>
        <source>The deadline for the %1 reports lies between %2 and %3 (the statutory deadline), not on %4.</source>
        <translation>%1 年度年报的截止日期应在 %2 到 %3（法定截止日期）之间，不能是 %4。</translation>
    </message>
</context>
<context>
    <name>nianbao::OfficeLog</name>
    <message>
        <source>%1 %2 deleted the %4 draft report of %3 (revision %5)</source>
        <translation>%1 %2 删除了 %3 %4 年度报告草稿（第 %5 版）</translation>
    </message>
    <message>
        <source>%1 %2 renamed the agency %3 to %4</source>
        <translation>%1 %2 将机关 %3 改名为 %4</translation>
    </message>
    <message>
        <source>%1 %2 took the agency %3 from under %4</source>
        <translation>%1 %2 取消了机关 %3 的上级机关 %4</translation>
    </message>
    <message>
        <source>%1 %2 put the agency %3 under %4</source>
        <translation>%1 %2 将机关 %3 的上级机关设为 %4</translation>
    </message>
    <message>
        <source>%1 %2 moved the agency %3 from under %4 to under %5</source>
        <translation>%1 %2 将机关 %3 的上级机关由 %4 改为 %5</translation>
    </message>
    <message>
        <source>%1 %2 deleted the agency %3 (%4)</source>
        <translation>%1 %2 删除了机关 %3（%4）</translation>
    </message>
    <message>
        <source>%1 %2 deleted the agency %3</source>
        <translation>%1 %2 删除了机关 %3</translation>
    </message>
</context>
<context>
    <name>nianbao::OutputActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML(&amp;H)…</translation>
    </message>
    <message>
        <source>One self-contained web page for publishing on the government website</source>
        <translation>导出为单个自包含网页，可直接发布到政府网站</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Cannot print: the printer cannot be drawn on.</source>
        <translation>无法打印：打印机无法绘制。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export HTML</source>
        <translation>导出 HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Export &amp;Word…</source>
        <translation>导出 Word(&amp;W)…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>导出 ODT(&amp;O)…</translation>
    </message>
    <message>
        <source>A Word document (.docx) in the official layout, for Word and WPS</source>
        <translation>公文格式的 Word 文档（.docx），可用 Word、WPS 打开</translation>
    </message>
    <message>
        <source>An OpenDocument text (.odt) in the official layout, for LibreOffice</source>
        <translation>公文格式的 OpenDocument 文本（.odt），可用 LibreOffice 打开</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>导出 Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>导出 ODT</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
</context>
<context>
    <name>nianbao::OutputCommands</name>
    <message>
        <source>Name the output file with -o (or -o - for standard output).</source>
        <translation>请用 -o 指定输出文件（-o - 表示标准输出）。</translation>
    </message>
    <message>
        <source>The reports of a year are written into a folder: name it with -o.</source>
        <translation>全年的年报写入一个文件夹：请用 -o 指定文件夹。</translation>
    </message>
    <message>
        <source>No report of %1 is approved: nothing was exported.</source>
        <translation>%1 年度没有已审核的年报，未导出任何文件。</translation>
    </message>
    <message>
        <source>Files that exist are kept; --overwrite replaces them.</source>
        <translation>已存在的文件未被替换；加 --overwrite 可替换。</translation>
    </message>
</context>
<context>
    <name>nianbao::OutputFile</name>
    <message>
        <source>No output file was named.</source>
        <translation>没有指定输出文件。</translation>
    </message>
    <message>
        <source> (through a link to %1)</source>
        <translation>（这是指向 %1 的链接）</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>%1%2 belongs to the database %3; Nianbao never writes over a database. Choose another file name.</source>
        <translation>%1%2 是数据库 %3 的组成部分；年报编审从不覆盖数据库。请另选一个文件名。</translation>
    </message>
    <message>
        <source>%1%2 is a database; Nianbao never writes a report or an export over a database. Choose another file name.</source>
        <translation>%1%2 是一个数据库；年报编审从不把年报或导出内容写到数据库上。请另选一个文件名。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the file would be larger than the file system allows</source>
        <translation>文件超出文件系统允许的大小</translation>
    </message>
    <message>
        <source>the disk or network reported an input/output error</source>
        <translation>磁盘或网络读写出错</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>the program reading the output has stopped</source>
        <translation>读取输出的程序已停止</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>系统未说明原因</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::PageLayout</name>
    <message>
        <source>the numbers of this row (%1) stand in column-aligned text with empty cells between them, and were put into columns by where they stand</source>
        <translation>这一行的数字（%1）来自按列对齐的文本，中间有空单元格，是按其位置推断放入各列的</translation>
    </message>
</context>
<context>
    <name>nianbao::PastePlan</name>
    <message>
        <source>Each pasted row has %1 values, but from %2 to the right edge the table has only %3 columns. Nothing was pasted.</source>
        <translation>粘贴的每行有 %1 个值，但从%2到表格右边只有 %3 列。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Each pasted row has %1 values, but from %2 to the right edge the table has %3 columns: %4 to fill and %5 computed totals. Nothing was pasted: copy %4 values without the totals or %3 with them, or start the paste elsewhere.</source>
        <translation>粘贴的每行有 %1 个值，但从%2到表格右边有 %3 列：%4 列可填写，%5 列是自动计算的合计。未粘贴任何内容：请复制不含合计的 %4 个值，或连同合计共 %3 个值，或从别处开始粘贴。</translation>
    </message>
    <message>
        <source>The pasted block has %1 rows, but from %2 to the bottom the table has only %3 rows. Nothing was pasted.</source>
        <translation>粘贴的内容有 %1 行，但从%2到表格底部只有 %3 行。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>The pasted block has %1 rows, but from %2 to the bottom the table has %3 rows: %4 to fill and %5 computed totals. Nothing was pasted: copy %4 rows without the totals or %3 with them, or start the paste elsewhere.</source>
        <translation>粘贴的内容有 %1 行，但从%2到表格底部有 %3 行：%4 行可填写，%5 行是自动计算的合计。未粘贴任何内容：请复制不含合计的 %4 行，或连同合计共 %3 行，或从别处开始粘贴。</translation>
    </message>
    <message>
        <source>The clipboard holds no values to paste.</source>
        <translation>剪贴板中没有可粘贴的值。</translation>
    </message>
    <message>
        <source>%1 is a total: it is computed from its terms. Nothing was pasted.</source>
        <translation>%1 是合计，由各项自动计算。未粘贴任何内容。</translation>
    </message>
    <message>
        <source>Nothing was pasted. %1 (row %2, value %3 of the block): %4</source>
        <translation>未粘贴任何内容。%1（所粘贴内容第 %2 行第 %3 个值）：%4</translation>
    </message>
    <message>
        <source>Nothing was pasted. The block gives %1 for %2 (row %3, value %4 of the block), a total whose terms sum to %5. Totals are computed: copy the block without them, or check the figures.</source>
        <translation>未粘贴任何内容。所粘贴内容中%2为 %1（第 %3 行第 %4 个值），而该合计的各项之和为 %5。合计由程序计算：请复制不含合计的内容，或核对数字。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>nianbao::PdfReader</name>
    <message>
        <source>it is not a readable PDF</source>
        <translation>它不是可读取的 PDF 文件</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>它设有密码保护</translation>
    </message>
    <message numerus="yes">
        <source>its %n page(s) hold no text, only images (a scan): Nianbao cannot read it without text recognition (OCR). Import the Word document or web page it was published from instead</source>
        <translation>
            <numerusform>它的 %n 页中只有图片、没有文字（是扫描件）：没有文字识别（OCR）无法读取。请改为导入发布时所用的 Word 文档或网页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::PrivateModule</name>
    <message>
        <source>the module %1 of this installation could not be loaded (%2); reinstall Nianbao</source>
        <translation>本安装的模块 %1 无法加载（%2）；请重新安装年报编审</translation>
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
    <name>nianbao::ReportExport</name>
    <message>
        <source>the PDF could not be made</source>
        <translation>无法生成 PDF</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportImporter</name>
    <message>
        <source>%1 holds the control character U+%2, which no report text has.</source>
        <translation>%1 含有控制字符 U+%2，年报文字中不会有这种字符。</translation>
    </message>
    <message>
        <source>%1 is not a Nianbao JSON report: %2</source>
        <translation>%1 不是本程序的 JSON 年报：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a Word 97–2003 document (.doc), which Nianbao does not read: save it as .docx (Word or WPS: File → Save As) and import that.</source>
        <translation>%1 是 Word 97–2003 文档（.doc），本程序不读取这种格式：请在 Word 或 WPS 中“另存为” .docx 后再导入。</translation>
    </message>
    <message>
        <source>%1 is an RTF document, which Nianbao does not read: save it as .docx and import that.</source>
        <translation>%1 是 RTF 文档，本程序不读取这种格式：请另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a Word document: %2.</source>
        <translation>无法将 %1 作为 Word 文档读取：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF: %2.</source>
        <translation>无法将 %1 作为 PDF 读取：%2。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports (*.docx *.pdf *.html *.htm *.txt *.md *.json);;All files (*)</source>
        <translation>年报（*.docx *.pdf *.html *.htm *.txt *.md *.json）;;所有文件 (*)</translation>
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
    <name>nianbao::ReportListModel</name>
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
        <source>Not counted with the current rules yet; counting in the background.</source>
        <translation>尚未按现行规则统计，正在后台统计。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportOutput</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>The %1 could not be made: %2.</source>
        <translation>无法生成 %1：%2。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportReader</name>
    <message>
        <source>the tables of part %1 stand apart as “%2”</source>
        <translation>第%1部分的表格单独列为“%2”</translation>
    </message>
    <message>
        <source>“%1” holds parts %2 under one heading</source>
        <translation>“%1”把第%2部分合在一个标题下</translation>
    </message>
    <message>
        <source>“%1” was read as part %2</source>
        <translation>“%1”按第%2部分读入</translation>
    </message>
    <message>
        <source>the parts stand in the order %1</source>
        <translation>各部分的顺序为%1</translation>
    </message>
    <message>
        <source>The parts are not as the format sets them out: %1. The official order is %2.</source>
        <translation>各部分与格式的规定不符：%1。格式规定的顺序为：%2。</translation>
    </message>
    <message>
        <source>The parts of an imported text are all there but not as the format sets them out: out of the official order, under another part&apos;s number or a heading worded otherwise than the format&apos;s, two parts under one heading, or the tables set apart as appendices (附表1…). They are read into their parts where the headings tell which they are; the finding names the official order.</source>
        <translation>导入的文本各部分齐全，但与格式的规定不符：顺序与规定不同，标着另一部分的序号或标题与格式的写法不同，两部分合在一个标题下，或表格单独列为附表（附表1…）。能从标题看出所属部分的，按所属部分读入；检查结果列出格式规定的顺序。</translation>
    </message>
    <message>
        <source>“%1” is a part the format does not have: its heading and text are kept at the end of part %2.</source>
        <translation>“%1”是格式中没有的部分：其标题和文字保留在第%2部分的末尾。</translation>
    </message>
    <message>
        <source>An imported text has a part the format does not have, numbered on after the sixth (七、…): its heading and text are kept at the end of the part above it.</source>
        <translation>导入的文本有格式中没有的部分，序号接在第六部分之后（七、…）：其标题和文字保留在它上面那一部分的末尾。</translation>
    </message>
    <message>
        <source>No title or part headings of an annual report were found.</source>
        <translation>未找到年度报告的标题或各部分标题，这不像一份政府信息公开工作年度报告。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>An imported label differs from the official text and was read as the official label it stands for (属于国家机密 as 属于国家秘密, a row whose label is missing as the row its values belong to).</source>
        <translation>导入的标签与官方文字不同，已按它所代表的官方标签读入（如“属于国家机密”读作“属于国家秘密”；缺少行名的一行按其数值所属的行读入）。</translation>
    </message>
    <message>
        <source>A second report begins at line %1 (“%2”): the file holds two reports one after the other. Split it into one file per report.</source>
        <translation>第 %1 行开始是另一份年报（“%2”）：这个文件里前后放了两份年报。请把它拆分成每份年报一个文件。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReportSource</name>
    <message>
        <source>Give one report file, or --db with --agency and --year.</source>
        <translation>请给出一个报告文件，或使用 --db 并给出 --agency 和 --year。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an annual report.</source>
        <translation>无法将 %1 读取为年度报告。</translation>
    </message>
    <message>
        <source>Give the year with --year.</source>
        <translation>请用 --year 指定年度。</translation>
    </message>
    <message>
        <source>A stored report is named by --agency and --year, without a file.</source>
        <translation>数据库中的年报用 --agency 和 --year 指定，不再给出文件。</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>%1: [%2] %3</source>
        <translation>%1：[%2] %3</translation>
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
        <translation>落款机关</translation>
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
        <translation>导语</translation>
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
        <source>The database is damaged (%1). It was left as it is; restore it from a backup.</source>
        <translation>数据库已损坏（%1），未作任何改动。请从备份恢复。</translation>
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
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Returned for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>%1 submitted the report (%2)</source>
        <translation>%1 提交了报告（%2）</translation>
    </message>
    <message>
        <source>%1 returned the report for changes (%2)</source>
        <translation>%1 退回报告要求修改（%2）</translation>
    </message>
    <message>
        <source>%1 approved the report (%2)</source>
        <translation>%1 审核通过了报告（%2）</translation>
    </message>
    <message>
        <source>The report is submitted or approved; the database refused to change it.</source>
        <translation>报告已提交或已审核，数据库拒绝修改。</translation>
    </message>
    <message>
        <source>The database refused a status change the review workflow does not allow.</source>
        <translation>数据库拒绝了审核流程不允许的状态变更。</translation>
    </message>
    <message>
        <source>the database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <source>The server %1 did not accept the user name %2 with this password. Check both and try again.</source>
        <translation>服务器 %1 不接受用户名 %2 和这个密码。请检查二者后重试。</translation>
    </message>
    <message>
        <source>The server %1 has no database %2. Check the name, or ask the administrator to create it (docs: setting up the office server).</source>
        <translation>服务器 %1 上没有数据库 %2。请检查名称，或请管理员建立该数据库（见文档：建立单位服务器）。</translation>
    </message>
    <message>
        <source>The server %1 does not let %2 use the database %3. Ask the administrator to add you as a user.</source>
        <translation>服务器 %1 不允许 %2 使用数据库 %3。请管理员把您添加为用户。</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the network and the server&apos;s address and port, or ask the administrator whether it is running.</source>
        <translation>无法连接服务器 %1（%2）。请检查网络以及服务器的地址和端口，或询问管理员服务器是否在运行。</translation>
    </message>
    <message>
        <source>The same entry was stored elsewhere at the same time; look again and retry.</source>
        <translation>同一条目刚在别处同时保存；请重新查看后重试。</translation>
    </message>
    <message>
        <source>The report is being changed elsewhere on the server. Try again in a moment.</source>
        <translation>这份年报正在服务器上被他人修改。请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused this: your account has no right to do it (%1).</source>
        <translation>服务器拒绝了此操作：您的账户没有这项权限（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full; the last change was not saved. Tell the administrator.</source>
        <translation>服务器磁盘已满，最近的修改没有保存。请告知管理员。</translation>
    </message>
    <message>
        <source>The connection to the server was lost; nothing of the last change was stored. Check the network and try again.</source>
        <translation>与服务器的连接已断开，最近的修改一点也没有保存。请检查网络后重试。</translation>
    </message>
    <message>
        <source>It is held by %1.</source>
        <translation>占用它的是 %1。</translation>
    </message>
    <message>
        <source>The database did not say which row it added.</source>
        <translation>数据库没有告知新增的是哪一行。</translation>
    </message>
    <message>
        <source>The database refused to change which report, agency or user a record belongs to, or to take a report back to an earlier revision.</source>
        <translation>数据库拒绝更改记录所属的年报、机关或用户，也不允许把年报退回到更早的版本。</translation>
    </message>
    <message>
        <source>The database keeps the audit log, the snapshots and the acknowledged warnings as they were written; they cannot be changed or removed.</source>
        <translation>数据库按原样保存审计日志、快照和已确认的警告，不能修改或删除。</translation>
    </message>
    <message>
        <source>The database records an approval only for the approved revision of a report.</source>
        <translation>数据库只为年报审核通过的那一版记录审核。</translation>
    </message>
    <message>
        <source>WARNING: the stored content of this report (%1, %2) no longer matches its checksum: the database was damaged or changed outside Nianbao. Do not rely on it; restore the database from a backup, or compare the report with its last snapshot.</source>
        <translation>警告：这份年报（%1，%2 年度）的存储内容与其校验值不再一致：数据库已损坏，或在年报编审之外被改动。请勿依据此内容；请从备份恢复数据库，或与最近的快照核对。</translation>
    </message>
    <message>
        <source>The report is approved and can no longer be changed.</source>
        <translation>报告已审核，不能再修改。</translation>
    </message>
    <message>
        <source>The report is submitted for review and cannot be changed until the supervisor returns it.</source>
        <translation>报告已提交审核，审核人退回之前不能修改。</translation>
    </message>
    <message>
        <source>There is no report %1 in the database.</source>
        <translation>数据库中没有编号为 %1 的报告。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Nianbao (schema version %1; this version knows up to %2). It was not changed; please update Nianbao.</source>
        <translation>该数据库由较新版本的年报编审写入（数据结构版本 %1，本版本最高支持 %2），未作任何改动。请更新年报编审。</translation>
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
        <source>The database has schema version %1 and this version of Nianbao needs %2. Ask the administrator to upgrade it with “nianbao server init”.</source>
        <translation>数据库的结构版本为 %1，本版年报编审需要 %2。请管理员用“nianbao server init”升级。</translation>
    </message>
    <message>
        <source>Report %1 names an unknown format or status; it was left as it is.</source>
        <translation>报告 %1 的格式或状态无法识别，未作任何改动。</translation>
    </message>
    <message>
        <source>The server does not let you change the report of %1.</source>
        <translation>服务器不允许您修改 %1 的年报。</translation>
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
        <source>No one is named for this change, so it was not made.</source>
        <translation>这项修改没有注明是谁做的，因此没有执行。</translation>
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
        <source>The report&apos;s format has no cell %1.</source>
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
        <source>The report was changed elsewhere since revision %1 (it is now at revision %2); look at it again before you act on it.</source>
        <translation>报告自第%1版以来已在别处被修改（现为第%2版）；请重新查看后再操作。</translation>
    </message>
    <message>
        <source>Report %1 has no snapshot of revision %2.</source>
        <translation>报告 %1 没有第 %2 版的快照。</translation>
    </message>
    <message>
        <source>The snapshot of revision %1 no longer matches its checksum: the database was damaged or changed outside Nianbao. Do not rely on it; restore the database from a backup.</source>
        <translation>第 %1 版快照与其校验值不再一致：数据库已损坏，或在年报编审之外被改动。请勿依据此快照；请从备份恢复数据库。</translation>
    </message>
    <message>
        <source>The snapshot of revision %1 cannot be read (%2).</source>
        <translation>无法读取第 %1 版的快照（%2）。</translation>
    </message>
    <message>
        <source>The server has this name already (%1); choose another.</source>
        <translation>服务器上已有这个名称（%1），请换一个。</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; the %1 report of %2 is “%3”.</source>
        <translation>只有草稿可以删除；%2 的 %1 年度年报为“%3”。</translation>
    </message>
    <message>
        <source>The %1 report of %2 was not deleted: it is no longer a draft, or the server does not let you delete it.</source>
        <translation>%2 的 %1 年度年报未删除：它已不是草稿，或服务器不允许您删除它。</translation>
    </message>
    <message>
        <source>Only a draft report can be deleted; the database refused to delete this one.</source>
        <translation>只有草稿年报可以删除；数据库拒绝删除这份年报。</translation>
    </message>
    <message>
        <source>The database keeps an agency in the list while users work for it; it refused to delete it.</source>
        <translation>有用户负责的机关，数据库不允许删除。</translation>
    </message>
    <message>
        <source>The database refused to put an agency under itself, directly or through the agencies under it.</source>
        <translation>数据库拒绝让机关直接或间接地成为自己的上级机关。</translation>
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
        <source>%1 is a total: it is computed from its terms.</source>
        <translation>%1是合计数，由各项自动计算。</translation>
    </message>
    <message>
        <source>Last year: blank</source>
        <translation>上年：空白</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>上年：%1</translation>
    </message>
    <message>
        <source>Nothing was pasted. %1: %2</source>
        <translation>未粘贴任何内容。%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Pasted into %n cell(s).</source>
        <translation>
            <numerusform>已粘贴到 %n 个单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s) into the cells to fill; the totals between them are computed.</source>
        <translation>
            <numerusform>已粘贴 %n 个值到可填写的单元格，其间的合计由程序计算。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n value(s).</source>
        <translation>
            <numerusform>已粘贴 %n 个值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was filled. %1: %2</source>
        <translation>未填充任何内容。%1：%2</translation>
    </message>
    <message>
        <source>Nothing to fill down: select the cells below the value to copy (or one cell to copy the value above it).</source>
        <translation>没有可向下填充的单元格：请选中要复制的值及其下方的单元格（或只选一格，填入上一格的值）。</translation>
    </message>
    <message>
        <source>Nothing to fill right: select the cells to the right of the value to copy (or one cell to copy the value on its left).</source>
        <translation>没有可向右填充的单元格：请选中要复制的值及其右侧的单元格（或只选一格，填入左边一格的值）。</translation>
    </message>
    <message numerus="yes">
        <source>Filled %n cell(s).</source>
        <translation>
            <numerusform>已填充 %n 个单元格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewBanner</name>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Status: %1 (not submitted yet)</source>
        <translation>状态：%1（尚未提交）</translation>
    </message>
    <message>
        <source>Status: %1 (submission %2)</source>
        <translation>状态：%1（第 %2 次提交）</translation>
    </message>
    <message>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewCommands</name>
    <message>
        <source>No users yet; the first one added becomes the supervisor.</source>
        <translation>尚无用户；第一个添加的用户成为审核人。</translation>
    </message>
    <message>
        <source>User	Role	Agencies</source>
        <translation>用户	角色	单位</translation>
    </message>
    <message>
        <source>%1 is the database&apos;s first user and so becomes its supervisor.</source>
        <translation>%1 是数据库的第一个用户，因此成为审核人。</translation>
    </message>
    <message>
        <source>Added the supervisor %1.</source>
        <translation>已添加审核人 %1。</translation>
    </message>
    <message>
        <source>Added the clerk %1 of %2.</source>
        <translation>已添加%2的填报人 %1。</translation>
    </message>
    <message>
        <source>No reports stored for %1.</source>
        <translation>%1年度尚无报告。</translation>
    </message>
    <message>
        <source>There is no earlier submission to compare with.</source>
        <translation>没有可供比较的上一次提交。</translation>
    </message>
    <message>
        <source>Changes from revision %1 to revision %2:</source>
        <translation>从第%1版到第%2版的变化：</translation>
    </message>
    <message>
        <source>The report is not approved; there is no approval to verify.</source>
        <translation>报告尚未审核，没有可核验的审核记录。</translation>
    </message>
    <message>
        <source>The report is as %1 approved it (revision %2, SHA-256 %3).</source>
        <translation>报告与%1审核通过时一致（第%2版，SHA-256 %3）。</translation>
    </message>
    <message>
        <source>%1 %2: %3 by %4, now “%5” at revision %6.</source>
        <translation>%1 %2年度：%4 已“%3”，现为“%5”，第%6版。</translation>
    </message>
    <message>
        <source>No users yet. The database holds reports: make its first supervisor with nianbao user bootstrap NAME.</source>
        <translation>还没有用户。数据库中已有年报：请用 nianbao user bootstrap 姓名 指定它的第一个审核人。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now the supervisor of this database and of the %n report(s) in it: they review, return and approve every report and add the clerks (nianbao user add NAME --role clerk --agency A --as %1).</source>
        <translation>
            <numerusform>%1 现在是这个数据库及其中 %n 份年报的审核人：负责审核、退回、通过每一份年报，并添加填报人（nianbao user add 姓名 --role clerk --agency 单位 --as %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agency	Status	Deadline	Submitted	Errors	Warnings</source>
        <translation>单位	状态	截止	提交时间	错误	警告</translation>
    </message>
    <message>
        <source>The approval carries %1&apos;s valid signature (key %2).</source>
        <translation>审核记录带有 %1 的有效签名（密钥 %2）。</translation>
    </message>
    <message>
        <source>The approval is not signed: %1 had no signing key.</source>
        <translation>审核记录没有签名：%1 当时没有签名密钥。</translation>
    </message>
    <message>
        <source>%1 has no signing key in this database (nianbao key create).</source>
        <translation>%1 在这个数据库中没有签名密钥（nianbao key create）。</translation>
    </message>
    <message>
        <source>On a server the administrator adds each user as a login of their own: nianbao user add LOGIN --role clerk|supervisor [--agency A]… --db postgresql://ADMIN@HOST/DB (no --as; bootstrap is for files).</source>
        <translation>在服务器上由管理员为每个人添加自己的登录账户：nianbao user add 登录名 --role clerk|supervisor [--agency 单位]… --db postgresql://管理员@服务器/数据库（不用 --as；bootstrap 只用于数据库文件）。</translation>
    </message>
    <message>
        <source>Added the login %1 as a supervisor.</source>
        <translation>已添加审核人账户 %1。</translation>
    </message>
    <message>
        <source>Added the login %1 as a clerk of %2.</source>
        <translation>已添加%2的填报人账户 %1。</translation>
    </message>
    <message>
        <source>This database has no users yet; the review needs them (nianbao user add).</source>
        <translation>这个数据库还没有用户，审核需要用户（nianbao user add）。</translation>
    </message>
    <message>
        <source>The %1 reports are due by %2 (the office&apos;s own deadline).</source>
        <translation>%1 年度年报的截止日期：%2（本单位自定）。</translation>
    </message>
    <message>
        <source>The %1 reports are due by %2 (the statutory deadline).</source>
        <translation>%1 年度年报的截止日期：%2（法定）。</translation>
    </message>
    <message>
        <source>%1 is no date; write it as YYYY-MM-DD, e.g. %2.</source>
        <translation>“%1”不是日期；请写成 YYYY-MM-DD 的形式，例如 %2。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewController</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Submit for Review…</source>
        <translation>提交审核(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Return for Changes…</source>
        <translation>退回修改(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>审核通过(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Changes Since Last Submission</source>
        <translation>修改对比(&amp;C)</translation>
    </message>
    <message>
        <source>Review &amp;Overview…</source>
        <translation>审核总览(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>当前用户：%1（%2）</translation>
    </message>
    <message>
        <source>Comment added.</source>
        <translation>意见已添加。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewDeadline</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天截止</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewDock</name>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>Changes Since Last Submission</source>
        <translation>修改对比</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewHistoryModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>附言</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewNotes</name>
    <message>
        <source>Returned by %1 on %2; see the open comments.</source>
        <translation>%1 于 %2 退回修改，请查看未解决的意见。</translation>
    </message>
    <message>
        <source>Returned by %1 on %2: %3</source>
        <translation>%1 于 %2 退回修改：%3</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2.</source>
        <translation>%1 于 %2 提交审核。</translation>
    </message>
    <message>
        <source>Submitted by %1 on %2 with the note: %3</source>
        <translation>%1 于 %2 提交审核，附言：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) kept with a reason, shown beside each in Findings.</source>
        <translation>
            <numerusform>保留了 %n 条警告并逐条说明了理由，见“检查结果”中各条旁。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewOverviewDialog</name>
    <message>
        <source>Changes of the deadline:
%1</source>
        <translation>截止日期的修改记录：
%1</translation>
    </message>
    <message>
        <source>Review Overview</source>
        <translation>审核总览</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>review-%1.csv</source>
        <translation>审核总览-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>County Summary…</source>
        <translation>县域汇总…</translation>
    </message>
    <message>
        <source>The key figures of every agency with the county totals, the change from last year and charts; export as a spreadsheet or PDF.</source>
        <translation>各单位主要数据及全县合计、与上年相比的增减和图表；可导出为 Excel 或 PDF。</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>待我审核</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>not started %1</source>
        <translation>未开始 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies): %1</source>
        <translation>
            <numerusform>共 %n 个单位：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Approved Reports…</source>
        <translation>导出已审核年报…</translation>
    </message>
    <message>
        <source>Set as Deadline</source>
        <translation>设为截止日期</translation>
    </message>
    <message>
        <source>Statutory Deadline</source>
        <translation>恢复法定日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>the format of the deadline&apos;s date field</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Make this date the office&apos;s own deadline for the year&apos;s reports: the days left and the late reports count from it.</source>
        <translation>把这个日期设为本单位对该年度年报的截止日期：剩余天数和逾期都按它计算。</translation>
    </message>
    <message>
        <source>Go back to the statutory deadline, 31 January after the year.</source>
        <translation>恢复法定截止日期（该年度之后的 1 月 31 日）。</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>The office&apos;s own deadline (statutory: %1).</source>
        <translation>本单位自定的截止日期（法定截止日期：%1）。</translation>
    </message>
    <message>
        <source>The statutory deadline (政府信息公开条例 第五十条).</source>
        <translation>法定截止日期（《政府信息公开条例》第五十条）。</translation>
    </message>
    <message>
        <source>Deleted drafts:</source>
        <translation>已删除的草稿：</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewOverviewModel</name>
    <message>
        <source>The stored report does not match its checksum (the database was damaged or changed outside Nianbao): its figures are not shown.</source>
        <translation>数据库中的这份年报与其校验值不符（数据库已损坏，或有人绕过程序改动过），不显示其数字。</translation>
    </message>
    <message>
        <source>Submitted by %1 at %2</source>
        <translation>%1 于 %2 提交</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
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
        <source>The office&apos;s deadline: %1</source>
        <translation>本单位截止日期：%1</translation>
    </message>
    <message>
        <source>The statutory deadline: %1</source>
        <translation>法定截止日期：%1</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewPolicy</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Return for changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Only a supervisor may “%1”; %2 is a clerk.</source>
        <translation>只有审核人可以“%1”；%2 是填报人。</translation>
    </message>
    <message>
        <source>Only a clerk may “%1”; %2 is a supervisor.</source>
        <translation>只有填报人可以“%1”；%2 是审核人。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of %2 and may not act on its report.</source>
        <translation>%1 不是%2的填报人，不能操作其报告。</translation>
    </message>
    <message>
        <source>The report is approved; nothing can change it any more.</source>
        <translation>报告已审核，任何操作都不能再改变它。</translation>
    </message>
    <message>
        <source>A report that is “%1” cannot be given “%2”.</source>
        <translation>状态为“%1”的报告不能“%2”。</translation>
    </message>
    <message>
        <source>A supervisor reviews reports and does not edit them; comment instead.</source>
        <translation>审核人审核报告而不修改报告；请提出审核意见。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of %2 and may not edit its report.</source>
        <translation>%1 不是%2的填报人，不能修改其报告。</translation>
    </message>
    <message>
        <source>The report is submitted for review and cannot be changed until the supervisor returns it.</source>
        <translation>报告已提交审核，审核人退回之前不能修改。</translation>
    </message>
    <message>
        <source>The report is approved and can no longer be changed.</source>
        <translation>报告已审核，不能再修改。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of %2 and may not add its report.</source>
        <translation>%1 不是%2的填报人，不能添加其年报。</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; this report is “%1” and keeps its review history.</source>
        <translation>只有草稿可以删除；这份年报为“%1”，其审核记录须保留。</translation>
    </message>
    <message>
        <source>%1 is not a clerk of %2 and may not delete its report.</source>
        <translation>%1 不是 %2 的填报人，不能删除其年报。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewSession</name>
    <message>
        <source>No database is open.</source>
        <translation>没有打开数据库。</translation>
    </message>
    <message>
        <source>Sign in first (Review → Switch User…): this database has users, and every change names who made it.</source>
        <translation>请先选择用户（审核 → 切换用户…）：这个数据库有用户，每一项修改都要记下是谁做的。</translation>
    </message>
    <message>
        <source>On a server you work as the user you connected as (%1). To work as someone else, connect again with their user name (File → Connect to Server…).</source>
        <translation>在服务器上，您以连接时的账户（%1）工作。要以别人的身份工作，请用其用户名重新连接（文件 → 连接服务器…）。</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewTransitions</name>
    <message numerus="yes">
        <source>The report has %n error(s) and cannot be submitted until they are corrected:</source>
        <translation>
            <numerusform>报告有 %n 处错误，改正之前不能提交：</numerusform>
        </translation>
    </message>
    <message>
        <source>Return for Changes</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>What should the clerk change? (The comments on cells and passages go with the report.)</source>
        <translation>需要填报人修改什么？（对单元格和文字的意见会随年报一并退回。）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Approve this report? It is locked for good afterwards. Note (optional):</source>
        <translation>确定审核通过这份年报吗？通过后年报将永久锁定。审核说明（可选）：</translation>
    </message>
    <message>
        <source>The report is submitted for review.</source>
        <translation>年报已提交审核。</translation>
    </message>
    <message>
        <source>The report is returned to the clerk for changes.</source>
        <translation>年报已退回填报人修改。</translation>
    </message>
    <message>
        <source>The report is approved.</source>
        <translation>年报已审核通过。</translation>
    </message>
    <message>
        <source>Sign the Approval</source>
        <translation>签署审核</translation>
    </message>
    <message>
        <source>The passphrase of your signing key %1:</source>
        <translation>您的签名密钥 %1 的口令：</translation>
    </message>
</context>
<context>
    <name>nianbao::ReviewWorkflow</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The report has %n error(s) and cannot be submitted until they are corrected:</source>
        <translation>
            <numerusform>报告有 %n 处错误，改正之前不能提交：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) remain; give for each the reason why it stands (nianbao review submit --acknowledge REASON):</source>
        <translation>
            <numerusform>还有 %n 条警告；请逐条说明保留的理由（nianbao review submit --acknowledge 理由）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the report is returned: give a note or comment on what to change.</source>
        <translation>请说明退回的理由：填写说明或对需修改之处提出意见。</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>提交人</translation>
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
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>The report&apos;s content differs from what %1 submitted (revision %2): the database was changed outside Nianbao. It was not approved; return it so that the clerk checks and submits it again.</source>
        <translation>年报内容与 %1 提交的内容（第 %2 版）不一致：数据库曾在年报编审之外被改动。本次未审核通过；请退回，由填报人核对后重新提交。</translation>
    </message>
    <message>
        <source>%1 signs approvals with the key %2; open it with its passphrase to approve.</source>
        <translation>%1 用密钥 %2 签署审核；请输入口令打开密钥后再审核。</translation>
    </message>
    <message>
        <source>The key %1 is not %2&apos;s signing key in this database (nianbao key create registers one).</source>
        <translation>密钥 %1 不是 %2 在这个数据库中的签名密钥（用 nianbao key create 登记）。</translation>
    </message>
</context>
<context>
    <name>nianbao::RevisionDiff</name>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: “%2” → “%3”</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>%1:
%2</source>
        <translation>%1：
%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
</context>
<context>
    <name>nianbao::RevisionDiffView</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>There is no earlier submission to compare with.</source>
        <translation>没有可供对比的上一次提交。</translation>
    </message>
    <message>
        <source>Nothing changed between revision %1 and revision %2.</source>
        <translation>第 %1 版与第 %2 版之间没有修改。</translation>
    </message>
    <message numerus="yes">
        <source>Changes from revision %1 (the previous submission) to revision %2: %n cell(s), %3 part(s) of text, %4 field(s).</source>
        <translation>
            <numerusform>自第 %1 版（上一次提交）至第 %2 版的修改：%n 个单元格，%3 个部分的文字，%4 个基本信息项。</numerusform>
        </translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>nianbao::SecretInput</name>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>No password given for %1: type it when asked, or give it on the first line of standard input. Nothing was changed.</source>
        <translation>没有给出 %1 的密码：请在提示时输入，或在标准输入的第一行给出。未作任何改动。</translation>
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
    <name>nianbao::SelectionSummary</name>
    <message>
        <source>Count: 0</source>
        <translation>计数：0</translation>
    </message>
    <message>
        <source>Count: %1&#x3000;(amounts in 元 and in 万元 are not added up)</source>
        <translation>计数：%1&#x3000;（元与万元的金额不相加）</translation>
    </message>
    <message>
        <source>Sum: %1&#x3000;Count: %2&#x3000;Average: %3</source>
        <translation>求和：%1&#x3000;计数：%2&#x3000;平均值：%3</translation>
    </message>
</context>
<context>
    <name>nianbao::ServerAccounts</name>
    <message>
        <source>%1 cannot be a login name on the server: use lower-case ASCII letters, digits and _, starting with a letter (at most 63), e.g. zhangsan or kanshi_clerk.</source>
        <translation>%1 不能作为服务器上的登录名：请使用小写英文字母、数字和下划线，以字母开头（最多 63 个），例如 zhangsan 或 kanshi_clerk。</translation>
    </message>
    <message>
        <source>There is no role %1 (clerk or supervisor).</source>
        <translation>没有角色 %1（应为 clerk 或 supervisor）。</translation>
    </message>
    <message>
        <source>A login needs a password.</source>
        <translation>登录账户需要密码。</translation>
    </message>
</context>
<context>
    <name>nianbao::ServerCommands</name>
    <message>
        <source>%1 is a file on this PC; server init sets up a database on a PostgreSQL server (postgresql://…). A file gets its schema when it is first opened.</source>
        <translation>%1 是本机上的文件；server init 用于在 PostgreSQL 服务器上建立数据库（postgresql://…）。文件在第一次打开时自动建立表结构。</translation>
    </message>
    <message>
        <source>%1 is ready: schema version %2.</source>
        <translation>%1 已就绪：结构版本 %2。</translation>
    </message>
    <message>
        <source>Name the action: init.</source>
        <translation>请指定操作：init。</translation>
    </message>
    <message>
        <source>Name the server&apos;s database with --db.</source>
        <translation>请用 --db 指定服务器上的数据库。</translation>
    </message>
</context>
<context>
    <name>nianbao::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>nianbao::SignInDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>您是哪位？</translation>
    </message>
    <message>
        <source>Nobody works with this database yet. Enter your name: you become its supervisor, who reviews the reports and adds the clerks who write them.</source>
        <translation>这个数据库还没有用户。请输入您的姓名：您将成为审核人，负责审核年报，并添加填写年报的填报人。</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>您的姓名：</translation>
    </message>
    <message>
        <source>Choose who you are. Clerks write and submit the reports of their agencies; supervisors review them.</source>
        <translation>请选择您的身份。填报人填写并提交本机关的年报；审核人审核年报。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n report(s) but has no users yet. If you enter your name, you become its supervisor: you review, return and approve every report in it and add the clerks who write them. Your name is recorded as the one who took it over.</source>
        <translation>
            <numerusform>这个数据库已有 %n 份年报，但还没有用户。输入姓名后，您将成为它的审核人：审核、退回、通过其中的每一份年报，并添加填写年报的填报人。系统会记下是您接管了这个数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::SigningKey</name>
    <message>
        <source>The cryptography library could not be started.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>This is not a Nianbao signing key, or the key file is damaged.</source>
        <translation>这不是年报编审的签名密钥，或者密钥文件已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to open the signing key.</source>
        <translation>内存不足，无法打开签名密钥。</translation>
    </message>
    <message>
        <source>The passphrase is wrong (or the key file was changed).</source>
        <translation>口令不对（或者密钥文件被改动过）。</translation>
    </message>
</context>
<context>
    <name>nianbao::SigningKeyAction</name>
    <message>
        <source>Si&amp;gning Key…</source>
        <translation>签名密钥(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>nianbao::SigningKeyDialog</name>
    <message>
        <source>Copy Public Key</source>
        <translation>复制公钥</translation>
    </message>
    <message>
        <source>Save Public Key…</source>
        <translation>保存公钥…</translation>
    </message>
    <message>
        <source>Create a New Key</source>
        <translation>创建新密钥</translation>
    </message>
    <message>
        <source>Signing Key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Create Key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <source>The private key is sealed with the passphrase and stays on this computer; the database holds only the public key. Keep a copy of the key file and remember the passphrase: without them you cannot sign, and nobody can recover them.</source>
        <translation>私钥用口令加封，只保存在这台电脑上；数据库中只有公钥。请备份密钥文件并记住口令：丢失后就不能再签名，任何人都无法找回。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>再输一遍口令：</translation>
    </message>
    <message>
        <source>You have no signing key yet. With one, each of your approvals carries your signature, which anyone can check with your public key alone; without one, an approval carries only a checksum that whoever can write the database can recompute.</source>
        <translation>您还没有签名密钥。有了密钥，您的每次审核通过都带有您的签名，任何人只凭您的公钥就能核对；没有密钥时，审核记录只带有校验值，能改动数据库的人可以重新计算它。</translation>
    </message>
    <message>
        <source>Your signing key is %1. Give the public key below to those who check exported files (nianbao verify FILE --key KEY).</source>
        <translation>您的签名密钥是 %1。请把下面的公钥交给需要核对导出文件的人（nianbao verify 文件 --key 公钥）。</translation>
    </message>
    <message>
        <source>This computer does not hold its private key (%1): you cannot sign with it here. Copy the key file from the computer where you created it, or create a new key.</source>
        <translation>这台电脑上没有它的私钥（%1）：在这里不能用它签名。请从创建密钥的电脑上复制密钥文件，或创建新密钥。</translation>
    </message>
    <message>
        <source>Type a passphrase, twice.</source>
        <translation>请输入口令，输两遍。</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>两次输入的口令不一致，请重新输入。</translation>
    </message>
    <message>
        <source>You have a signing key already. A new key signs your approvals from now on; the old one still checks the approvals it signed. Create a new key?</source>
        <translation>您已经有签名密钥。新密钥从现在起为您的审核签名；旧密钥仍可核对它签过的审核。确定创建新密钥吗？</translation>
    </message>
    <message>
        <source>Created your signing key %1; its private key is sealed in %2. Keep a copy of that file and the passphrase.</source>
        <translation>已创建您的签名密钥 %1，私钥加封保存在 %2。请备份该文件并记住口令。</translation>
    </message>
    <message>
        <source>Saved the public key to %1.</source>
        <translation>公钥已保存到 %1。</translation>
    </message>
    <message>
        <source>Save Public Key</source>
        <translation>保存公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The public key is on the clipboard.</source>
        <translation>公钥已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>nianbao::SourcePosition</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>page %1, line %2</source>
        <translation>第 %1 页第 %2 行</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>table %1, row %2, cell %3</source>
        <translation>第 %1 个表格第 %2 行第 %3 格</translation>
    </message>
    <message>
        <source> (source line %1)</source>
        <translation>（源文件第 %1 行）</translation>
    </message>
</context>
<context>
    <name>nianbao::StandardStreams</name>
    <message>
        <source>Cannot write the standard output: %1. The output is incomplete.</source>
        <translation>无法写入标准输出：%1。输出不完整。</translation>
    </message>
</context>
<context>
    <name>nianbao::StatusMessages</name>
    <message>
        <source>Click to see the recent messages.</source>
        <translation>单击查看最近的消息。</translation>
    </message>
    <message>
        <source>Recent Messages</source>
        <translation>最近的消息</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>还没有消息。</translation>
    </message>
</context>
<context>
    <name>nianbao::StoreCommands</name>
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
            <numerusform>有 %n 行无法对应到格式，请用 nianbao validate 查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>No reports stored yet; add one with nianbao import FILE.</source>
        <translation>数据库中还没有年报；可用 nianbao import 文件 导入。</translation>
    </message>
    <message>
        <source>Year	Format	Status	Revision	Errors	Warnings	Agency</source>
        <translation>年度	格式	状态	版本	错误	警告	机关</translation>
    </message>
    <message>
        <source>No report file given.</source>
        <translation>未指定年报文件。</translation>
    </message>
    <message>
        <source>%1: not stored, because not all of its tables were read (see above); --partial stores it anyway.</source>
        <translation>%1：未存入数据库，因为并非所有表格都已读取（见上文）；如仍要存入，请加 --partial。</translation>
    </message>
    <message>
        <source>%1: not stored: %2 Name the agency with --agency.</source>
        <translation>%1：未存入：%2请用 --agency 指明机关。</translation>
    </message>
    <message>
        <source>Would delete the %1 report of %2 (draft, revision %3) with its history; add --yes to delete it.</source>
        <translation>将删除 %2 的 %1 年度年报（草稿，第 %3 版）及其修改记录；确认删除请加 --yes。</translation>
    </message>
    <message>
        <source>Deleted the %1 report of %2 (draft, revision %3).</source>
        <translation>已删除 %2 的 %1 年度年报（草稿，第 %3 版）。</translation>
    </message>
</context>
<context>
    <name>nianbao::StoreCopy</name>
    <message>
        <source>%1 is not empty; copy only into a new database, so that nothing in it is overwritten or mixed.</source>
        <translation>%1 不是空数据库；只能复制到新的数据库，以免覆盖或混入已有内容。</translation>
    </message>
    <message>
        <source>The table %1 of %2 has unexpected columns.</source>
        <translation>%2 中的表 %1 含有无法识别的列。</translation>
    </message>
</context>
<context>
    <name>nianbao::StoreLocation</name>
    <message>
        <source>“%1” is not a database address: %2 Write postgresql://USER@HOST[:PORT]/DATABASE or the path of a file.</source>
        <translation>“%1”不是数据库地址：%2 请写 postgresql://用户@主机[:端口]/数据库，或文件路径。</translation>
    </message>
    <message>
        <source>the name of the database is missing.</source>
        <translation>缺少数据库名称。</translation>
    </message>
    <message>
        <source>a password does not belong in the address, where others could read it; Nianbao asks for it.</source>
        <translation>密码不应写在地址里，别人会看到；年报编审会另行询问密码。</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>the option %1 is not known.</source>
        <translation>不认识选项 %1。</translation>
    </message>
    <message>
        <source>the name of the database contains “/”.</source>
        <translation>数据库名称中含有“/”。</translation>
    </message>
</context>
<context>
    <name>nianbao::SubmitDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>The report has no errors and no warnings.</source>
        <translation>年报没有错误，也没有警告。</translation>
    </message>
    <message numerus="yes">
        <source>The report has no errors, but %n warning(s). Say for each why it stands; the supervisor sees your reasons.</source>
        <translation>
            <numerusform>年报没有错误，但有 %n 个警告。请逐条说明保留的理由，审核人会看到这些理由。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>One reason for all warnings</source>
        <translation>所有警告共用一个理由</translation>
    </message>
    <message>
        <source>Use for All</source>
        <translation>用于全部</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) of the supervisor are not marked resolved. You may submit anyway; answer them first if they need an answer.</source>
        <translation>
            <numerusform>审核人的 %n 条意见尚未标记为已解决。仍可提交；需要答复的，请先答复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note to the supervisor (optional):</source>
        <translation>给审核人的说明（可选）：</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message numerus="yes">
        <source>Give a reason for each warning (%n without reason).</source>
        <translation>
            <numerusform>请为每个警告填写理由（还有 %n 个未填）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::SummaryChartBuilder</name>
    <message>
        <source>%1 per agency, %2 (orange: changed %3 times or more from last year)</source>
        <translation>%2年各单位%1（橙色：与上年相比变化达 %3 倍以上）</translation>
    </message>
    <message>
        <source>%1 per agency, %2</source>
        <translation>%2年各单位%1</translation>
    </message>
    <message>
        <source>County totals over the years</source>
        <translation>历年合计趋势</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Outcomes of the applications, %1</source>
        <translation>%1年申请办理结果构成</translation>
    </message>
    <message>
        <source>Outcomes of the applications, %1: none concluded</source>
        <translation>%1年申请办理结果构成：无办结申请</translation>
    </message>
</context>
<context>
    <name>nianbao::SummaryCommand</name>
    <message>
        <source>Say the output form with --to xlsx, csv, json or pdf.</source>
        <translation>请用 --to xlsx、csv、json 或 pdf 指定输出格式。</translation>
    </message>
    <message>
        <source>No reports stored for %1.</source>
        <translation>数据库中没有 %1 年度的年报。</translation>
    </message>
    <message>
        <source>Wrote the %1 summary to %2: %3 reports, %4 with errors, %5 with outliers.</source>
        <translation>已将 %1 年度汇总写入 %2：共 %3 份报告，%4 份有错误，%5 份有异常变化。</translation>
    </message>
    <message>
        <source>A spreadsheet or PDF is written to a file: name it with -o.</source>
        <translation>电子表格和 PDF 只能写入文件：请用 -o 指定文件名。</translation>
    </message>
</context>
<context>
    <name>nianbao::SummaryDocument</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>共 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s)</source>
        <translation>
            <numerusform>%1年 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 份有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a figure changed by an order of magnitude</source>
        <translation>
            <numerusform>%n 份有数据变化达一个数量级</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary of the %1 annual reports on government information disclosure</source>
        <translation>%1年度政府信息公开工作年度报告汇总</translation>
    </message>
    <message>
        <source>Shaded figures changed by a factor of %1 or more from last year; agencies in red have errors in their report.</source>
        <translation>底色标出的数字与上年相比变化达 %1 倍以上；红色单位的报告有错误。</translation>
    </message>
    <message>
        <source>The charts could not be drawn here (no chart renderer is installed).</source>
        <translation>此处无法绘制图表（未安装图表绘制组件）。</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be painted.</source>
        <translation>无法写入 %1：PDF 无法绘制。</translation>
    </message>
</context>
<context>
    <name>nianbao::SummaryOutput</name>
    <message>
        <source>A spreadsheet or PDF is written to a file: name it with -o.</source>
        <translation>电子表格和 PDF 只能写入文件：请用 -o 指定文件名。</translation>
    </message>
    <message>
        <source>This program cannot write spreadsheets.</source>
        <translation>本程序不能写电子表格。</translation>
    </message>
</context>
<context>
    <name>nianbao::SummarySheet</name>
    <message numerus="yes">
        <source>%n report(s) without %1</source>
        <translation>
            <numerusform>%n 份报告未填：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总表</translation>
    </message>
    <message>
        <source>Key figures of the %1 annual reports on government information disclosure</source>
        <translation>%1年度政府信息公开工作年度报告主要数据汇总表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>County total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Total of %1</source>
        <translation>%1年合计</translation>
    </message>
    <message>
        <source>Change from %1</source>
        <translation>比%1年增减</translation>
    </message>
    <message>
        <source>Against last year</source>
        <translation>与上年比较</translation>
    </message>
    <message>
        <source>Key figures of %1 against %2</source>
        <translation>%1年与%2年主要数据比较</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>历年趋势</translation>
    </message>
    <message>
        <source>County totals of the key figures over the years</source>
        <translation>历年主要数据合计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告数</translation>
    </message>
</context>
<context>
    <name>nianbao::SummaryWindow</name>
    <message>
        <source>County Summary</source>
        <translation>县域汇总</translation>
    </message>
    <message>
        <source>Key Figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Against Last Year</source>
        <translation>与上年比较</translation>
    </message>
    <message>
        <source>Over the Years</source>
        <translation>历年趋势</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Export Spreadsheet…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>No reports stored yet.</source>
        <translation>数据库中还没有年报。</translation>
    </message>
    <message>
        <source>%1 reports; %2 with errors; %3 with a figure changed tenfold or more from last year.</source>
        <translation>共 %1 份报告；%2 份有错误；%3 份有数据与上年相比变化达十倍以上。</translation>
    </message>
    <message>
        <source>Export Spreadsheet</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>summary-%1.xlsx</source>
        <translation>年报汇总-%1.xlsx</translation>
    </message>
    <message>
        <source>summary-%1.pdf</source>
        <translation>年报汇总-%1.pdf</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The summary could not be printed.</source>
        <translation>汇总无法打印。</translation>
    </message>
</context>
<context>
    <name>nianbao::SummaryXlsx</name>
    <message>
        <source>the sheet name “%1” is not allowed</source>
        <translation>工作表名“%1”不可用</translation>
    </message>
    <message>
        <source>%1 has more digits than a spreadsheet keeps exactly</source>
        <translation>%1 的位数超过电子表格能精确保存的范围</translation>
    </message>
    <message>
        <source>The spreadsheet could not be started (out of memory).</source>
        <translation>无法创建电子表格（内存不足）。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be written: %1</source>
        <translation>电子表格无法写入：%1</translation>
    </message>
</context>
<context>
    <name>nianbao::TableFormModel</name>
    <message>
        <source>Last year
%1</source>
        <translation>上年
%1</translation>
    </message>
    <message>
        <source>Last year&apos;s figures of the column you are in (视图 → Last Year&apos;s Figures hides them)</source>
        <translation>当前所在列的上年数（视图 → 上年数对照 可关闭）</translation>
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
    <message>
        <source>its row “%1” is not part of the format</source>
        <translation>格式中没有“%1”这一行</translation>
    </message>
    <message>
        <source>no row label, and the table has no open row</source>
        <translation>没有行名称，表格中也没有尚未填写的行</translation>
    </message>
    <message>
        <source>“%1” appears a second time</source>
        <translation>“%1”重复出现</translation>
    </message>
    <message>
        <source>“%1” has %2 of its %3 numbers, and the text does not show which columns they belong to; none of them was read.</source>
        <translation>“%1”只有 %2 个数字（应有 %3 个），文本中看不出它们各属于哪一列；这些数字都未读入。</translation>
    </message>
    <message>
        <source>“%1” has %2 numbers for %3 columns</source>
        <translation>“%1”有 %3 列却只有 %2 个数字</translation>
    </message>
    <message>
        <source>beyond the %1 columns of “%2”</source>
        <translation>超出“%2”的 %1 列</translation>
    </message>
</context>
<context>
    <name>nianbao::TextDecoder</name>
    <message>
        <source>Line %1 holds the replacement character U+FFFD: the text was damaged by an earlier conversion, and what stood there is lost. Take the file from its original source.</source>
        <translation>第 %1 行含有替换字符 U+FFFD：文本在此前的某次转换中已被损坏，原来的文字已经丢失。请从原始来源重新获取这个文件。</translation>
    </message>
    <message>
        <source>Line %1 holds the control character U+%2: this is not a text file.</source>
        <translation>第 %1 行含有控制字符 U+%2：这不是文本文件。</translation>
    </message>
    <message>
        <source>Line %1 is not valid %2 text.</source>
        <translation>第 %1 行不是有效的 %2 文本。</translation>
    </message>
    <message>
        <source>This system cannot decode %1 text.</source>
        <translation>本系统无法解码 %1 文本。</translation>
    </message>
    <message>
        <source>Line %1 is neither UTF-8 nor %2 text; the encoding of the file cannot be determined.</source>
        <translation>第 %1 行既不是 UTF-8 也不是 %2 文本，无法确定文件的编码。</translation>
    </message>
    <message>
        <source>UTF-8 (BOM)</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-32LE (BOM)</source>
        <translation>UTF-32LE（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-32BE (BOM)</source>
        <translation>UTF-32BE（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16LE (BOM)</source>
        <translation>UTF-16LE（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16BE (BOM)</source>
        <translation>UTF-16BE（带 BOM）</translation>
    </message>
    <message>
        <source>UTF-16LE</source>
        <translation>UTF-16LE</translation>
    </message>
    <message>
        <source>UTF-16BE</source>
        <translation>UTF-16BE</translation>
    </message>
    <message>
        <source>Line %1 holds NUL bytes: this is not a text file in an encoding that can be recognised.</source>
        <translation>第 %1 行含有 NUL 字节：这不是可识别编码的文本文件。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 is not UTF-8 like the rest of the file (%n line(s) are in another encoding, such as GBK text pasted into it); it cannot be read reliably. Save the whole file as UTF-8.</source>
        <translation>
            <numerusform>第 %1 行不是 UTF-8 编码，而文件其余部分是（共有 %n 行是另一种编码，例如粘贴进来的 GBK 文字），无法可靠读取。请把整个文件另存为 UTF-8。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line %1 is UTF-8, but the rest of the file is in another encoding (%n line(s) are UTF-8); it cannot be read reliably. Save the whole file in one encoding.</source>
        <translation>
            <numerusform>第 %1 行是 UTF-8 编码，而文件其余部分是另一种编码（共有 %n 行是 UTF-8），无法可靠读取。请把整个文件另存为同一种编码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nianbao::TextSearch</name>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>将“%1”替换为“%2”</translation>
    </message>
</context>
<context>
    <name>nianbao::UserDirectory</name>
    <message>
        <source>Supervisor</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>There is no user %1 in this database.</source>
        <translation>数据库中没有用户 %1。</translation>
    </message>
    <message>
        <source>Only a supervisor may add users; say who you are.</source>
        <translation>只有审核人可以添加用户；请说明您是谁（--as）。</translation>
    </message>
    <message>
        <source>Only a supervisor may add users; %1 is a clerk.</source>
        <translation>只有审核人可以添加用户；%1 是填报人。</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>已有用户 %1。</translation>
    </message>
    <message>
        <source>A clerk needs at least one agency whose reports they write.</source>
        <translation>填报人至少需要一个负责填报的单位。</translation>
    </message>
    <message>
        <source>Only a supervisor may assign agencies.</source>
        <translation>只有审核人可以分配单位。</translation>
    </message>
    <message numerus="yes">
        <source>This database already holds %n report(s) but no users. Adding a user would silently make them the supervisor of all of them; to do that on purpose, run nianbao user bootstrap NAME.</source>
        <translation>
            <numerusform>这个数据库已有 %n 份年报，但还没有用户。此时添加用户会让此人悄悄成为全部年报的审核人；如确要如此，请运行 nianbao user bootstrap 姓名。</numerusform>
        </translation>
    </message>
    <message>
        <source>This database has users already; only a supervisor adds more (nianbao user add --as SUPERVISOR).</source>
        <translation>这个数据库已经有用户；只有审核人可以再添加用户（nianbao user add --as 审核人）。</translation>
    </message>
</context>
<context>
    <name>nianbao::UserGuideDialog</name>
    <message>
        <source>User Guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <source>The user guide is not installed: %1 cannot be read. Reinstall the program, or read docs/user-guide.md in its source.</source>
        <translation>用户指南没有安装：无法读取 %1。请重新安装本程序，或阅读源代码中的 docs/user-guide.md。</translation>
    </message>
    <message>
        <source>the guide beside the program</source>
        <translation>程序旁边的用户指南</translation>
    </message>
</context>
<context>
    <name>nianbao::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>负责机关</translation>
    </message>
    <message>
        <source>Other agencies, separated by 、 or commas</source>
        <translation>其他机关，用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Save Agencies of the Selected Clerk</source>
        <translation>保存所选填报人的机关</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Agencies:</source>
        <translation>负责机关：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 and the agencies below</source>
        <translation>%1 及其下级机关</translation>
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
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>No report file given.</source>
        <translation>未指定年报文件。</translation>
    </message>
    <message>
        <source>The previous report %1 cannot be read.</source>
        <translation>无法读取上一年度的年报 %1。</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>Checked %1 of %2 files…</source>
        <translation>已检查 %1/%2 个文件…</translation>
    </message>
    <message>
        <source>Checked %1 of %2 files.</source>
        <translation>已检查 %1/%2 个文件。</translation>
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
        <source>A share stated right after such a figure (予以公开 3 件，占 75%) is not its share of new applications, of those with the ones carried over, or of all results.</source>
        <translation>紧跟在这类数字后面的比例（予以公开 3 件，占 75%）既不是它占本年新收的比例，也不是占新收与上年结转之和或办理结果总计的比例。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2（%3）的 %1</translation>
    </message>
    <message>
        <source>The narrative says “%1”, but %2 is %3</source>
        <translation>正文写“%1”，而 %2 是 %3</translation>
    </message>
    <message>
        <source>%1: the narrative says “%2”, but the tables give %3</source>
        <translation>%1：正文写“%2”，表中为 %3</translation>
    </message>
    <message>
        <source>%1: the total is not filled in; the sum of %2 is %3, so it must be %3</source>
        <translation>%1：总计未填，%2之和为 %3，应为 %3</translation>
    </message>
    <message>
        <source>Part %1 states no improvement measures (it says “%2”): write what will be done about the problems it names</source>
        <translation>第%1部分没有写改进措施（只写了“%2”）：应写明针对所列问题将采取的改进措施</translation>
    </message>
    <message>
        <source>Part %1 plans for %2, the year of the report itself (“%3”): plans are for %4; this is probably last year&apos;s text</source>
        <translation>第%1部分把计划写在报告年度 %2 年（“%3”）：改进计划应针对 %4 年，此处很可能沿用了上年的文字</translation>
    </message>
    <message>
        <source>The narrative says “%1” (%2), but in the tables %3</source>
        <translation>正文称“%1”（%2），但表中%3</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1为 %2</translation>
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
        <translation>第六部分之后缺少落款机关</translation>
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
    <message>
        <source>An amount is implausible in the unit it has or is taken to have (for the agency&apos;s kind and the number of items it is for), or an amount whose unit belongs in the cell states none.</source>
        <translation>金额按其所写或推定的单位不合常理（相对于机关类别和对应的项目数），或应在单元格中注明单位的金额没有注明。</translation>
    </message>
    <message>
        <source>The 规章 counts are not 0 in the report of an agency that cannot make 规章 (only %1 can; %2 cannot).</source>
        <translation>无权制定规章的机关，其报告中规章的数字不为 0（只有%1可以制定规章；%2不能）。</translation>
    </message>
    <message>
        <source>%1, in every column: %2 = %3 (the 勾稽关系 printed in the table)</source>
        <translation>%1，每一列：%2 = %3（表中所列的勾稽关系）</translation>
    </message>
    <message>
        <source>A cell that needs a number is empty: what did not happen is written as 0.</source>
        <translation>应填数字的单元格为空：没有发生的应填 0。</translation>
    </message>
    <message>
        <source>when last year&apos;s report is known</source>
        <translation>已知上年报告时</translation>
    </message>
    <message>
        <source>when last year&apos;s report is known and in the %1 format</source>
        <translation>已知上年报告且为 %1 年版格式时</translation>
    </message>
    <message>
        <source>%1, in every row: %2 = %3 (%4)</source>
        <translation>%1，每一行：%2 = %3（%4）</translation>
    </message>
    <message>
        <source>%1, in every column: %2 = %3 (%4)</source>
        <translation>%1，每一列：%2 = %3（%4）</translation>
    </message>
    <message>
        <source>%1 %2 for %3</source>
        <translation>%1月%2日：%3</translation>
    </message>
    <message>
        <source>The signature after part 六 lacks the issuing agency or the date.</source>
        <translation>第六部分之后缺少落款机关或日期。</translation>
    </message>
    <message>
        <source>The report is dated after its deadline in the following year (month day: %1).</source>
        <translation>年报的成文日期晚于次年的截止日期（%1）。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Part %1 does not state the 信息处理费 collected (or that none was).</source>
        <translation>第%1部分未说明信息处理费的收取情况（或说明未收取）。</translation>
    </message>
    <message>
        <source>The text names another agency of the same kind as if it were this one (a sign of a text copied from another agency&apos;s report).</source>
        <translation>正文把另一个同类机关当作本机关来写（多半是从其他机关的报告复制而来）。</translation>
    </message>
    <message>
        <source>the %1 format for %2–%3</source>
        <translation>%1 年版格式适用于 %2–%3 年度</translation>
    </message>
    <message>
        <source>the %1 format from %2</source>
        <translation>%1 年版格式适用于 %2 年度起</translation>
    </message>
    <message>
        <source>The report uses the tables of a format that does not cover its year (%1).</source>
        <translation>年报使用的表格格式不适用于其年度（%1）。</translation>
    </message>
    <message>
        <source>%1, in every row: %2 is not negative</source>
        <translation>%1，每一行：%2 不为负数</translation>
    </message>
    <message>
        <source>A figure the text states (收到申请 N 件, 办结 N 件, 行政复议 N 件, …) contradicts the tables.</source>
        <translation>正文中写明的数字（收到申请 N 件、办结 N 件、行政复议 N 件等）与表格不符。</translation>
    </message>
    <message>
        <source>The title, the preamble or the statistical period names a year other than the report&apos;s.</source>
        <translation>标题、导语或统计期限写的年度与报告年度不同。</translation>
    </message>
    <message>
        <source>More than half of the text repeats the same agency&apos;s report of the year before (when that report is known); the parts most copied are named.</source>
        <translation>正文有一半以上与同一机关上一年度的报告相同（已知上年报告时）；列出重复最多的部分。</translation>
    </message>
    <message>
        <source>A part that is only text (一, 五, 六) is empty or holds only its sub-headings; for an imported text, also when its heading is missing. A part of text that stands under another part&apos;s heading is there: the import does not call it missing (section.order says where it stands).</source>
        <translation>只有文字的部分（一、五、六）为空或只有小标题；导入的文本缺少该部分的标题时也是如此。合在另一部分标题下的文字部分是存在的：导入时不报缺失（section.order 会说明它在哪里）。</translation>
    </message>
    <message>
        <source>The text calls the agency with a word of another kind (我局 in a township&apos;s report, which says 我镇 or 本镇).</source>
        <translation>正文用其他类别机关的称谓称呼本机关（乡镇的报告中写“我局”，应写“我镇”或“本镇”）。</translation>
    </message>
    <message>
        <source>%1, in every row: %2 = the sum of %3</source>
        <translation>%1，每一行：%2 = %3之和</translation>
    </message>
    <message>
        <source>%1, in every column: %2 = the sum of %3</source>
        <translation>%1，每一列：%2 = %3之和</translation>
    </message>
    <message>
        <source>A cell holds something that is not a number of its kind: a count is a non-negative integer, 本年增/减 a signed integer, an amount a non-negative decimal with at most four decimals (and, where the unit is written in the cell, 元 or 万元).</source>
        <translation>单元格中的内容不是该类单元格所要求的数字：件数为非负整数，本年增/减为带符号的整数，金额为最多四位小数的非负数（单位写在单元格中的，为元或万元）。</translation>
    </message>
    <message>
        <source>The narrative claims an outcome for the disclosure cases (%1) that the review and litigation cells of part 四 contradict.</source>
        <translation>正文声称信息公开案件的结果（%1），与第四部分行政复议、行政诉讼的数字矛盾。</translation>
    </message>
    <message>
        <source>Part %1 is written but states no improvement measure (a bare 无, or problems with nothing done about them).</source>
        <translation>第%1部分已填写，但没有写明改进措施（只写“无”，或只列问题而没有整改措施）。</translation>
    </message>
    <message>
        <source>Part %1 plans for the report&apos;s own year (“2023年将…” in the 2023 report): usually last year&apos;s text carried over.</source>
        <translation>第%1部分计划的是报告年度本身（2023 年度报告中写“2023年将…”）：通常是照搬了上一年的文字。</translation>
    </message>
    <message>
        <source>Part %1 “%2” has only its sub-headings: nothing is written under them yet</source>
        <translation>第%1部分“%2”只有小标题，其下尚未填写内容</translation>
    </message>
</context>
<context>
    <name>nianbao::VerifyCommand</name>
    <message>
        <source>%1 is not a Nianbao public key (a line “nianbao-ed25519 …”).</source>
        <translation>%1 不是年报编审的公钥（应为一行“nianbao-ed25519 …”）。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>nianbao::WindowLayout</name>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation>专注模式(&amp;F)</translation>
    </message>
    <message>
        <source>Hide every panel so that the form gets the whole window (F11; F11 again brings the panels back).</source>
        <translation>隐藏所有面板，让表格占满整个窗口（F11；再按 F11 恢复各面板）。</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
</context>
<context>
    <name>nianbao::YearExport</name>
    <message>
        <source>Kept %1: the file exists.</source>
        <translation>已保留 %1：文件已存在。</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder cannot be made.</source>
        <translation>无法写入 %1：无法建立文件夹。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写出 %1。</translation>
    </message>
    <message>
        <source>%1 written, %2 kept, %3 failed.</source>
        <translation>写出 %1 份，保留 %2 份，失败 %3 份。</translation>
    </message>
</context>
<context>
    <name>nianbao::YearExportDialog</name>
    <message>
        <source>Export the Year&apos;s Approved Reports</source>
        <translation>导出全年已审核年报</translation>
    </message>
    <message>
        <source>PDF (official layout)</source>
        <translation>PDF（公文格式）</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
    <message>
        <source>OpenDocument text (.odt)</source>
        <translation>OpenDocument 文本（.odt）</translation>
    </message>
    <message>
        <source>Annual reports %1</source>
        <translation>%1年度年报</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Replace Files?</source>
        <translation>替换文件？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the export are already in the folder. Replace them?</source>
        <translation>
            <numerusform>文件夹中已有 %n 个同名文件。要替换吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Keep Them</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>No report of %1 is approved: nothing was exported.</source>
        <translation>%1 年度没有已审核的年报，未导出任何文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Exporting %1 (%2 of %3)…</source>
        <translation>正在导出 %1（第 %2 份，共 %3 份）…</translation>
    </message>
    <message>
        <source>Stopped before %1 of the reports.</source>
        <translation>已停止，另有 %1 份未导出。</translation>
    </message>
</context>
<context>
    <name>nianbao::ZipPackage</name>
    <message>
        <source>the zip package could not be written (%1)</source>
        <translation>无法写出 zip 压缩包（%1）</translation>
    </message>
    <message>
        <source>it is not a readable zip package (%1)</source>
        <translation>它不是可读取的 zip 压缩包（%1）</translation>
    </message>
</context>
</TS>
