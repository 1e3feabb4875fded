"""Writes the producer zoo's PDFs: each document of ``documents/*.json`` as a LibreOffice flat
ODT (``.fodt``) with the structure an office suite gives a letter (a first-page header and
footer, a running header on the pages after it with ``Pagina N van M`` fields, the margin
column as a text frame anchored to the page or as a table cell, label rows as a table, justified
paragraphs hyphenated by the Dutch patterns, bullets, footnotes, tables of figures, redaction
boxes as black character backgrounds), converted by ``soffice --headless --convert-to pdf``;
documents marked ``gs`` are then distilled again by ghostscript (``-sDEVICE=pdfwrite``), as a
"print to PDF" does.

Needs LibreOffice and ghostscript, so it is run by hand, not by the suite (which reads the
committed PDFs in ``pdf/``)::

    python tests/layouts/producers/generate.py            # every document
    python tests/layouts/producers/generate.py NAME ...   # only these

The notation of a document (``blocks``): a string is a justified paragraph; ``{"h": text}`` a
heading; ``{"lines": [...]}`` left-aligned lines without spacing (an address, a signature);
``{"ul": [...]}`` a bulleted list; ``{"ol": [...]}`` a numbered list; ``{"table": rows,
"header": n}`` a table with ruled cells, its first ``n`` rows bold; ``{"labels": [labels,
values]}`` a label row over its values in an unruled table; ``{"fields": [[label, value], ...]}``
label, tab, value lines (an e-mail's header); ``{"columns": [left lines, right lines]}`` a
two-cell table without rules (an address beside a margin column); ``{"two_columns": blocks}`` a
section set in two columns (a newsletter); ``{"break": true}`` a page break,
``{"column_break": true}`` a column break. Inside a text:
``**bold**``, ``[[code]]`` a redaction box printing its code, ``{{text}}`` a footnote.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
DOCUMENTS = HERE / "documents"
PDFS = HERE / "pdf"

NAMESPACES = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}.items())

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="nl" fo:country="NL"
    fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="{align}" fo:margin-bottom="0.25cm" fo:line-height="125%"/>
 </style:style>
 <style:style style:name="Line" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold" fo:font-size="{hsize}pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="7.5pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="SmallBold" style:family="paragraph" style:parent-style-name="Small">
  <style:paragraph-properties fo:margin-top="0.15cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="{csize}pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="CellNumber" style:family="paragraph" style:parent-style-name="Cell">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="7.5pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="8pt" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Letterhead" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="{lh_align}"/>
  <style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Redaction" style:family="text">
  <style:text-properties fo:background-color="#000000" fo:color="#ffffff" fo:font-size="8pt"/>
 </style:style>
 <text:list-style style:name="Bullets">
  <text:list-level-style-bullet text:level="1" text:bullet-char="{bullet}">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm"
      fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
   {bullet_font}
  </text:list-level-style-bullet>
 </text:list-style>
 <text:list-style style:name="Numbers">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm"
      fo:text-indent="-0.6cm" fo:margin-left="0.6cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
 <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0"
   text:footnotes-position="page" text:start-numbering-at="document"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm"
    fo:margin-bottom="1.2cm" fo:margin-left="{left}cm" fo:margin-right="{right}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="{header_gap}cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="First" style:family="paragraph" style:parent-style-name="Line" style:master-page-name="Eerste"/>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="Line">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="ColumnBreak" style:family="paragraph" style:parent-style-name="Line">
  <style:paragraph-properties fo:break-before="column"/>
 </style:style>
 <style:style style:name="Ruled" style:family="table">
  <style:table-properties style:width="{width}cm" table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="RuledCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="Plain" style:family="table">
  <style:table-properties style:width="{width}cm" table:align="left" fo:margin-bottom="0.3cm"/>
 </style:style>
 <style:style style:name="PlainCell" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.04cm" fo:border="none"/>
 </style:style>
 <style:style style:name="TwoColumns" style:family="section">
  <style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.7cm">
   <style:column style:rel-width="5000*" fo:start-indent="0cm" fo:end-indent="0.35cm"/>
   <style:column style:rel-width="5000*" fo:start-indent="0.35cm" fo:end-indent="0cm"/>
  </style:columns></style:section-properties>
 </style:style>
 <style:style style:name="Margin" style:family="graphic">
  <style:graphic-properties fo:border="none" draw:stroke="none" fo:padding="0cm" draw:fill="none" fo:background-color="transparent" style:wrap="none" style:vertical-pos="from-top"
    style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/>
 </style:style>
</office:automatic-styles>
"""


def inline(text: str) -> str:
    """Escaped text with its bold, redaction and footnote marks as ODF spans and notes."""
    out, count = [], 0
    for part in re.split(r"(\*\*.+?\*\*|\[\[.*?\]\]|\{\{.+?\}\}|\t)", text):
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            out.append(f'<text:span text:style-name="Strong">{escape(part[2:-2])}</text:span>')
        elif part.startswith("[["):
            code = part[2:-2]
            # A box wider than its code, as redaction tools draw them over the words they hide.
            fill = "<text:s text:c=\"6\"/>"
            out.append(f'<text:span text:style-name="Redaction">{fill}{escape(code)}{fill}</text:span>')
        elif part.startswith("{{"):
            count += 1
            out.append(f'<text:note text:note-class="footnote"><text:note-citation/>'
                       f'<text:note-body><text:p text:style-name="Footnote">{escape(part[2:-2])}'
                       f'</text:p></text:note-body></text:note>')
        elif part == "\t":
            out.append("<text:tab/>")
        else:
            out.append(escape(part).replace("  ", " <text:s/>"))
    return "".join(out)


def paragraph(text: str, style: str = "Body") -> str:
    return f'<text:p text:style-name="{style}">{inline(text)}</text:p>'


def cell(text: str, style: str, cell_style: str) -> str:
    lines = text.split("\n") if text else [""]
    return (f'<table:table-cell table:style-name="{cell_style}" office:value-type="string">'
            + "".join(paragraph(line, style) for line in lines) + "</table:table-cell>")


def looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-−€\s\d.,%]+", text.strip())) and any(c.isdigit() for c in text)


def table(rows: list[list[str]], header: int, ruled: bool, widths: list[float] | None) -> str:
    columns = max(len(r) for r in rows)
    style, cell_style = ("Ruled", "RuledCell") if ruled else ("Plain", "PlainCell")
    head = f'<table:table table:style-name="{style}">'
    if widths:
        head += "".join(f'<table:table-column table:style-name="col{round(w * 10)}"/>' for w in widths)
    else:
        head += f'<table:table-column table:number-columns-repeated="{columns}"/>'
    body = []
    for i, row in enumerate(rows):
        cells = []
        for text in row + [""] * (columns - len(row)):
            text = f"**{text}**" if i < header and text else text
            para = "CellNumber" if ruled and i >= header and looks_numeric(text) else "Cell"
            cells.append(cell(text, para, cell_style))
        body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return head + "".join(body) + "</table:table>"


def column_styles(widths: set[float]) -> str:
    return "".join(f'<style:style style:name="col{round(w * 10)}" style:family="table-column">'
                   f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
                   for w in sorted(widths))


def block(item, width: float) -> str:
    if isinstance(item, str):
        return paragraph(item)
    if "h" in item:
        return paragraph(item["h"], "Heading")
    if "lines" in item:
        return "".join(paragraph(line, "Line") for line in item["lines"]) + '<text:p text:style-name="Line"/>'
    if "ul" in item or "ol" in item:
        style, entries = ("Bullets", item["ul"]) if "ul" in item else ("Numbers", item["ol"])
        return (f'<text:list text:style-name="{style}">'
                + "".join(f"<text:list-item>{paragraph(e)}</text:list-item>" for e in entries) + "</text:list>")
    if "table" in item:
        return table(item["table"], item.get("header", 1), True, item.get("widths"))
    if "labels" in item:
        return table(item["labels"], 1, False, item.get("widths"))
    if "fields" in item:
        return "".join(paragraph(f"**{label}**\t{value}", "Line") for label, value in item["fields"]) \
            + '<text:p text:style-name="Line"/>'
    if "columns" in item:
        left, right = item["columns"]
        widths = item.get("widths", [width - 5, 5])
        return table([["\n".join(left), "\n".join(right)]], 0, False, widths)
    if "two_columns" in item:
        return ('<text:section text:style-name="TwoColumns" text:name="Kolommen">'
                + "".join(block(b, width) for b in item["two_columns"]) + "</text:section>")
    if item.get("break"):
        return '<text:p text:style-name="Break"/>'
    if item.get("column_break"):
        return '<text:p text:style-name="ColumnBreak"/>'
    raise ValueError(f"unknown block {item}")


def margin_frame(lines: list[list[str]], x: float, y: float) -> str:
    """The Rijkshuisstijl margin column: a frame anchored to page 1, label over value."""
    body = []
    for entry in lines:
        if len(entry) == 1:
            body.extend(paragraph(v, "Small") for v in entry[0].split("\n"))
        else:
            label, value = entry
            body.append(paragraph(label, "SmallBold") + "".join(paragraph(v, "Small") for v in value.split("\n")))
    return (f'<draw:frame draw:style-name="Margin" draw:name="Marge" text:anchor-type="page" '
            f'text:anchor-page-number="1" svg:x="{x}cm" svg:y="{y}cm" svg:width="4.2cm" draw:z-index="0">'
            f'<draw:text-box fo:min-height="1cm">{"".join(body)}</draw:text-box></draw:frame>')


def header_footer(doc: dict) -> str:
    def part(tag: str, lines: list[str], style: str) -> str:
        return f"<style:{tag}>" + "".join(paragraph(line, style) for line in lines) + f"</style:{tag}>" if lines else ""

    running = doc.get("running", [])
    running_xml = "".join(paragraph(line, "Header") for line in running)
    page_line = doc.get("page_label", "Pagina {n} van {m}")
    page_xml = inline(page_line).replace("{n}", '<text:page-number text:select-page="current">1</text:page-number>') \
        .replace("{m}", "<text:page-count>1</text:page-count>")
    follow = f'<style:header>{running_xml}<text:p text:style-name="Header">{page_xml}</text:p></style:header>'
    footer = part("footer", doc.get("footer", []), "Header")
    return (f'<style:master-page style:name="Eerste" style:page-layout-name="pm1" style:next-style-name="Volgende">'
            f'{part("header", doc.get("letterhead", []), "Letterhead")}{footer}</style:master-page>'
            f'<style:master-page style:name="Volgende" style:page-layout-name="pm1">{follow}{footer}</style:master-page>')


def fodt(doc: dict) -> str:
    layout = doc.get("layout", {})
    margin = doc.get("margin")
    right = layout.get("right", 5.6 if margin else 2.2)
    left = layout.get("left", 2.4)
    width = round(21 - left - right, 2)
    bullet = doc.get("bullet", "•")
    bullet_font = '<style:text-properties style:font-name="OpenSymbol"/>' if bullet != "•" else ""
    styles = STYLES.format(font=doc.get("font", "Liberation Sans"), size=layout.get("size", 10),
                           hsize=layout.get("size", 10) + 1, csize=layout.get("size", 10) - 1,
                           align=layout.get("align", "justify"), lh_align=layout.get("letterhead", "center"),
                           left=left, right=right, width=width, header_gap=layout.get("header_gap", 1.2),
                           bullet=escape(bullet), bullet_font=bullet_font)
    widths = {w for b in doc["blocks"] if isinstance(b, dict) for w in b.get("widths", [])}
    widths |= {w for b in doc["blocks"] if isinstance(b, dict) and "columns" in b and "widths" not in b
               for w in (width - 5, 5)}
    styles = styles.replace("</office:automatic-styles>", column_styles(widths) + "</office:automatic-styles>")
    first = '<text:p text:style-name="First">'
    if margin:
        first += margin_frame(margin, 21 - right + 0.6, layout.get("margin_top", 5.0))
    first += "</text:p>"
    body = first + "".join(block(b, width) for b in doc["blocks"])
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NAMESPACES} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">{styles}'
            f"<office:master-styles>{header_footer(doc)}</office:master-styles>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document>")


def documents() -> list[dict]:
    return [d for path in sorted(DOCUMENTS.glob("*.json")) for d in json.loads(path.read_text(encoding="utf-8"))]


def soffice(work: Path, target: str, source: Path) -> None:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                    "--convert-to", target, "--outdir", str(work), str(source)],
                   check=True, capture_output=True, timeout=120)


def convert(doc: dict, work: Path) -> Path:
    source = work / f"{doc['name']}.fodt"
    source.write_text(fodt(doc), encoding="utf-8")
    if doc.get("docx"):
        # Saved as Word's .docx and opened again, as a document that went through Word's format.
        soffice(work, "docx:MS Word 2007 XML", source)
        source = work / f"{doc['name']}.docx"
    soffice(work, "pdf", source)
    pdf = work / f"{doc['name']}.pdf"
    if doc.get("gs"):
        distilled = work / f"{doc['name']}.gs.pdf"
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite",
                        "-dCompatibilityLevel=1.5", f"-sOutputFile={distilled}", str(pdf)],
                       check=True, capture_output=True, timeout=120)
        pdf = distilled
    return pdf


def main(names: list[str]) -> None:
    PDFS.mkdir(exist_ok=True)
    chosen = [d for d in documents() if not names or d["name"] in names]
    with tempfile.TemporaryDirectory() as tmp:
        for doc in chosen:
            shutil.copy(convert(doc, Path(tmp)), PDFS / f"{doc['name']}.pdf")
            print(doc["name"])


if __name__ == "__main__":
    main(sys.argv[1:])
