#!/usr/bin/env python3
# The hand-made fixtures (see README.md). Usage: handmade.py REPOSITORY_ROOT OUTDIR
import pathlib
import re
import sys
import zipfile

root = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
seeds = root / "tests" / "data" / "seeds"


def seed(name):
    return (seeds / name / "input.txt").read_text(encoding="utf-8")


def value_rows(text):
    """The cells after the labels of each table row of the text layout that has numbers."""
    rows, row = [], []
    for line in text.split("\n") + [""]:
        if line.startswith("\t"):
            row.extend(line[1:].split("\t"))
            continue
        if row:
            values = [c.strip() for c in row]
            numeric = [i for i, c in enumerate(values) if re.fullmatch(r"[+-]?\d+(\.\d+)?(元|万元|（万元）)?", c)]
            if numeric:
                rows.append(values[numeric[0]:])
            row = []
    return rows


# The blank 2021 template as offices circulate it, filled in with 2021_nanding's title, narrative
# and numbers the way a clerk types them into Word: each empty value cell gets a run.
nanding = seed("2021_nanding")
values = value_rows(nanding)
with zipfile.ZipFile(root / "tests" / "data" / "templates" / "2021-template.docx") as template:
    parts = {name: template.read(name) for name in template.namelist()}
document = parts["word/document.xml"].decode("utf-8")
document = document.replace("政府信息公开工作年度报告格式模板", "南定镇人民政府2021年政府信息公开工作年度报告", 1)
narrative = iter(["南定镇2021年严格按照《中华人民共和国政府信息公开条例》开展政府信息公开工作。",
                  "我镇政府信息公开工作仍存在公开内容不够全面等问题，2022年将进一步改进。",
                  "本年度未收取信息处理费。"])
document = re.sub("（文字描述[^<]*）", lambda m: next(narrative), document)


def cell_text(cell):
    return "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", cell)).strip()


def fill_row(match):
    global values
    row = match.group(0)
    cells = re.findall(r"<w:tc>.*?</w:tc>", row, flags=re.S)
    empty = [c for c in cells if not cell_text(c) and 'w:vMerge/>' not in c and 'w:val="continue"' not in c]
    labelled = any(cell_text(c) for c in cells)
    if not empty or (not labelled and len(empty) != 15) or not values:
        return row
    # a header row has no empty cells; a row with a label or part 四's row takes the next values
    if len(empty) != len(values[0]):
        return row
    row_values = values.pop(0)
    for cell, value in zip(empty, row_values):
        filled = re.sub(r"</w:p>", f"<w:r><w:t>{value}</w:t></w:r></w:p>", cell, count=1)
        row = row.replace(cell, filled, 1)
    return row


document = re.sub(r"<w:tr[ >].*?</w:tr>", fill_row, document, flags=re.S)
assert not values, f"{len(values)} rows of numbers left over"
parts["word/document.xml"] = document.encode("utf-8")
with zipfile.ZipFile(out / "template-filled.docx", "w", zipfile.ZIP_DEFLATED) as filled:
    for name, data in parts.items():
        filled.writestr(name, data)

# A government website's page around 2019_qingtang: menus and a footer with numbers, the report as
# Word pasted into the CMS (nested spans, &nbsp; in empty cells), GBK with a charset declaration.
exported = (out / "2019_qingtang" / "report.html").read_text(encoding="utf-8")
body = re.search(r"<body[^>]*>(.*)</body>", exported, flags=re.S).group(1)
body = re.sub(r"(<t[dh][^>]*>)\s*</t([dh])>", r"\1&nbsp;</t\2>", body)
body = re.sub(r"(<t[dh][^>]*>)([^<]+)(</t[dh]>)",
              r'\1<p style="margin:0"><span style="font-family:宋体"><span lang="EN-US">\2</span></span></p>\3',
              body)
page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>青塘镇2019年政府信息公开工作年度报告_宁都县人民政府</title>
<style>.nav li{{display:inline}}</style><script>var visits = 1024;</script></head>
<body><div class="top"><ul class="nav"><li>首页</li><li>政务公开</li><li>政府信息公开年报</li></ul>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 2020年1月13日</div></div>
<div class="article"><div class="info">发布时间：2020-01-13 浏览次数：1024</div>
<div class="content">{body}</div></div>
<div class="footer">主办单位：宁都县人民政府 赣ICP备05004380号 电话：0797-6831234</div></body></html>
"""
(out / "website.html").write_bytes(page.encode("gb18030"))

# Two reports one after the other in one file, as a careless copy makes them.
(out / "two-reports.txt").write_bytes((nanding + "\n" + seed("2020_kanshi")).encode("utf-8"))

# A UTF-8 file whose agency name was pasted in GBK.
first, rest = nanding.split("\n", 1)
(out / "mixed-encoding.txt").write_bytes(first.encode("gb18030") + b"\n" + rest.encode("utf-8"))

# A file an earlier faulty conversion left U+FFFD in: what stood there is lost.
(out / "replacement-character.txt").write_bytes(nanding.replace("南定镇", "南\ufffd镇", 1).encode("utf-8"))

# Parts out of the format's order, renamed, merged, or with their tables set apart as appendices:
# 2021_nanding rearranged as reports are. Each part of the text is its heading line and what follows.
HEADINGS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def split_parts(text):
    lines = text.split("\n")
    starts = [next(i for i, line in enumerate(lines) if line.strip() == heading) for heading in HEADINGS]
    head = "\n".join(lines[:starts[0]])
    parts = ["\n".join(lines[a:b]) for a, b in zip(starts, starts[1:] + [len(lines)])]
    return head, parts


head, nanding_parts = split_parts(nanding)
one, two, three, four, five, six = nanding_parts
# Part 六 ends the text: keep the end of the file after the last part wherever 六 goes.
six = six.rstrip("\n")


def write_text(name, pieces):
    (out / name).write_bytes(("\n".join([head] + pieces) + "\n").encode("utf-8"))


write_text("part-order-swapped.txt", [one, three, two, four, six, five])
write_text("part-order-renamed.txt",
           [one, two, three, four, five.replace(HEADINGS[4], "五、工作中存在的不足和下一步改进措施", 1),
            six.replace(HEADINGS[5], "六、其他事项", 1)])
write_text("part-order-merged.txt",
           [one, two, three.replace(HEADINGS[2], "三、收到和处理政府信息公开申请情况及行政复议、行政诉讼情况", 1),
            four.split("\n", 1)[1], five.replace("五、", "四、", 1), six.replace("六、", "五、", 1)])
# 五 and 六 under one heading, 六 as its third sub-heading.
write_text("part-order-merged-text.txt",
           [one, two, three, four, five.replace(HEADINGS[4], "五、存在的主要问题、改进情况及其他需要报告的事项", 1),
            six.replace(HEADINGS[5], "（三）其他需要报告的事项", 1)])
tables = [two, three, four]
write_text("part-order-appendix.txt",
           [one] + [part.split("\n", 1)[0] + f"\n详见附表{n}。\n" for n, part in enumerate(tables, 1)]
           + [five, six, ""]
           + [f"附表{n}：" + part.split("\n", 1)[0].split("、", 1)[1] + "\n" + part.split("\n", 1)[1]
              for n, part in enumerate(tables, 1)])

# The same report published as a web page and as a Word document with parts 二 and 三 swapped.
html = (out / "2021_nanding" / "report.html").read_text(encoding="utf-8")
marks = [html.index(f"<h2>{heading}</h2>") for heading in HEADINGS]
html = html[:marks[1]] + html[marks[2]:marks[3]] + html[marks[1]:marks[2]] + html[marks[3]:]
(out / "part-order-swapped.html").write_text(html, encoding="utf-8")

# The web page with 五 and 六 worded otherwise, and with the tables of 二, 三 and 四 set apart after part
# 六 as 附表1…附表3 (the parts saying 详见附表N。): make-fixtures prints both as PDF, where a table ends
# at the heading that follows it.
html = (out / "2021_nanding" / "report.html").read_text(encoding="utf-8")
renamed = html.replace(f"<h2>{HEADINGS[4]}</h2>", "<h2>五、工作中存在的不足和下一步改进措施</h2>", 1)
renamed = renamed.replace(f"<h2>{HEADINGS[5]}</h2>", "<h2>六、其他事项</h2>", 1)
(out / "part-order-renamed.html").write_text(renamed, encoding="utf-8")
marks = [html.index(f"<h2>{heading}</h2>") for heading in HEADINGS]
body, appendices = html[:marks[1]], ""
for n, (begin, end) in enumerate(zip(marks[1:4], marks[2:5]), 1):
    part = html[begin:end]
    first, last = part.index("<table"), part.rindex("</table>") + len("</table>")
    body += part[:first] + f"<p>详见附表{n}。</p>\n" + part[last:]
    appendices += f"<p>附表{n}：{HEADINGS[n].split('、', 1)[1]}</p>\n" + part[first:last] + "\n"
article_end = html.rindex("</article>")
body += html[marks[4]:article_end] + appendices + html[article_end:]
(out / "part-order-appendix.html").write_text(body, encoding="utf-8")
with zipfile.ZipFile(out / "2021_nanding" / "libreoffice.docx") as docx:
    parts = {name: docx.read(name) for name in docx.namelist()}
document = parts["word/document.xml"].decode("utf-8")


def paragraph_start(heading):
    at = document.index(f">{heading}<")
    return max(document.rfind("<w:p>", 0, at), document.rfind("<w:p ", 0, at))


marks = [paragraph_start(heading) for heading in HEADINGS[1:4]]
document = (document[:marks[0]] + document[marks[1]:marks[2]] + document[marks[0]:marks[1]]
            + document[marks[2]:])
parts["word/document.xml"] = document.encode("utf-8")
with zipfile.ZipFile(out / "part-order-swapped.docx", "w", zipfile.ZIP_DEFLATED) as swapped:
    for name, data in parts.items():
        swapped.writestr(name, data)
