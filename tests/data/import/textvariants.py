#!/usr/bin/env python3
# Text variants of a seed (see README.md): the same report in the encodings and text layouts
# published reports arrive in. Usage: textvariants.py SEED/input.txt OUTDIR
import pathlib
import sys

source = pathlib.Path(sys.argv[1]).read_text(encoding="utf-8")
out = pathlib.Path(sys.argv[2])


def write(name, data):
    (out / name).write_bytes(data)


# Encodings: GB18030 (GBK) as Chinese Windows saves text, UTF-16 with a byte-order mark (Notepad's
# "Unicode"), UTF-16 big-endian without one, UTF-8 with a byte-order mark.
write("gb18030.txt", source.encode("gb18030"))
write("utf16le-bom.txt", b"\xff\xfe" + source.encode("utf-16-le"))
write("utf16be.txt", source.encode("utf-16-be"))
write("utf8-bom.txt", b"\xef\xbb\xbf" + source.encode("utf-8"))

# The text layout's rows: groups of tab-led lines between blank lines.
lines = source.split("\n")


def blocks():
    """Yields ("text", line) and ("row", [cells]) in order."""
    row = []
    for line in lines:
        if line.lstrip(" \u00a0\u3000").startswith("\t"):
            row.extend(line[line.index("\t") + 1:].split("\t"))
            continue
        if row and line.strip() and not line.startswith("\t"):
            # a label continued on the next line stays with its cell
            if row[-1].strip() and not row[-1].strip()[0].isdigit() and len(line.strip()) <= 40 \
                    and "。" not in line:
                row[-1] += line.strip()
                continue
        if row:
            yield ("row", row)
            row = []
        yield ("text", line)
    if row:
        yield ("row", row)


items = list(blocks())

# One cell per line, as text copied from a web page or a PDF viewer gives it: no tabs, no blank
# line between rows, empty cells dropped.
cell_lines = []
for kind, value in items:
    if kind == "row":
        cell_lines.extend(cell.strip() for cell in value if cell.strip(" \u00a0\u3000"))
    elif value.strip():
        cell_lines.append(value)
write("cell-per-line.txt", ("\n".join(cell_lines) + "\n").encode("utf-8"))

# Each row on one line, its cells separated by tabs, as a browser copies a table.
tab_lines = []
for kind, value in items:
    tab_lines.append("\t".join(cell.strip() for cell in value) if kind == "row" else value)
write("tab-rows.txt", ("\n".join(tab_lines) + "\n").encode("utf-8"))

# Markdown as document converters write it: headings marked, tables as pipe tables cut into
# pieces of a few rows, each piece under a header row the converter made up.
md = []
piece = []
columns = 0


def flush():
    global piece, columns
    if not piece:
        return
    width = max(len(r) for r in piece)
    md.append("| " + " | ".join(f"列{i + 1}" for i in range(width)) + " |")
    md.append("|" + "---|" * width)
    for r in piece:
        cells = [c.strip().replace("|", "\\|") for c in r] + [""] * (width - len(r))
        md.append("| " + " | ".join(cells) + " |")
    md.append("")
    piece = []


for kind, value in items:
    if kind == "row":
        piece.append(value)
        if len(piece) == 6:
            flush()
        continue
    flush()
    text = value.strip()
    if text[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") and len(text) <= 40:
        md.append("## " + text)
    elif text:
        md.append(text.replace("*", "\\*"))
    else:
        md.append("")
flush()
md[0] = "# " + md[0]
write("markdown.md", ("\n".join(md) + "\n").encode("utf-8"))

# A label broken over two lines of the text layout, as a converter wraps a long cell.
broken = source.replace("\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n",
                        "\t（二）部分公开（区分处理的，\n只计这一情形，不计其他情形）\n", 1)
broken = broken.replace("\t（二）部分公开（区分处理的，只记这一情形，不计其他情形）\n",
                        "\t（二）部分公开（区分处理的，\n只记这一情形，不计其他情形）\n", 1)
write("label-broken.txt", broken.encode("utf-8"))
