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
