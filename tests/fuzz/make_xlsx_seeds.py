#!/usr/bin/env python3
# tests/fuzz/make_xlsx_seeds.py - writes the small seed workbooks of tests/fuzz/seeds/fuzz_xlsx (run once, output committed):
# each as an .xlsx and, for the XML layer, as the .parts text fuzz_xlsx.cpp zips itself.
# Each seed is a tiny RVTools-shaped workbook written the way one real producer writes it, so the fuzzer starts
# from every branch of the reader: shared / inline strings, x: prefixes, a BOM, absolute targets, stored entries,
# date styles, the 1904 system, booleans, errors and formulas, and the vCPU / vMemory / vPartition / vHost tabs.
import os
import sys
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

TABS = {
    "vInfo": [["VM", "Powerstate", "Template", "CPUs", "Memory", "Provisioned MiB", "In Use MiB",
               "OS according to the configuration file", "Host", "Cluster", "VM UUID", "Creation date"],
              ["web-01", "poweredOn", "False", 4, 16384, 102400, 51200, "Microsoft Windows Server 2019 (64-bit)",
               "esx1", "C1", "4201-aa", 45965.0421064815],
              ["db-01", "poweredOff", "False", 8, 65536, 512000, 256000, "Red Hat Enterprise Linux 8 (64-bit)",
               "esx2", "C1", "4201-bb", 45000],
              ["tmpl", "poweredOff", "True", 2, 4096, 40960, 1024, "Ubuntu Linux (64-bit)", "esx1", "C1", "4201-cc"],
              ["partial", "poweredOn"]],
    "vCPU": [["VM", "CPUs", "Overall", "Max", "VM UUID"], ["web-01", 4, 1200, 9600, "4201-aa"],
             ["db-01", 6, 0, 19200, "4201-bb"], ["ghost", 1, 5, 10, "x"]],
    "vMemory": [["VM", "Size MiB", "Active", "VM UUID"], ["web-01", 16384, 4096, "4201-aa"],
                ["db-01", 65536, 0, "4201-bb"]],
    "vPartition": [["VM", "Disk", "Capacity MiB", "Consumed MiB", "VM UUID"], ["web-01", "C:\\", 102400, 40000, "4201-aa"],
                   ["web-01", "D:\\", 51200, 1000, "4201-aa"]],
    "vHost": [["Host", "Cluster", "# CPU", "Cores per CPU", "# Cores", "# Memory", "Speed", "Vendor", "Model"],
              ["esx1", "C1", 2, 12, 24, 524288, 2600, "Dell", "R740"], ["esx2", "C1", 2, 16, "", 786432, 2900, "HPE", "DL380"]],
}


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def sheet_xml(rows, p, strings, inline, date_col):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>']
    out.append(f'<{p}worksheet xmlns{":x" if p else ""}="{NS}"><{p}sheetData>')
    for r, row in enumerate(rows, 1):
        out.append(f'<{p}row r="{r}">')
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v == "":
                out.append(f'<{p}c r="{ref}" s="0"/>')
            elif isinstance(v, str):
                if inline:
                    out.append(f'<{p}c r="{ref}" t="inlineStr"><{p}is><{p}t>{esc(v)}</{p}t></{p}is></{p}c>')
                else:
                    if v not in strings:
                        strings.append(v)
                    out.append(f'<{p}c r="{ref}" t="s"><{p}v>{strings.index(v)}</{p}v></{p}c>')
            else:
                style = ' s="1"' if c == date_col and r > 1 else ""
                out.append(f'<{p}c r="{ref}"{style}><{p}v>{v}</{p}v></{p}c>')
        out.append(f"</{p}row>")
    # A few empty styled rows after the data, as RVTools leaves them.
    for r in range(len(rows) + 1, len(rows) + 4):
        out.append(f'<{p}row r="{r}" s="3" customFormat="1"><{p}c r="A{r}" s="3"/></{p}row>')
    out.append(f"</{p}sheetData></{p}worksheet>")
    return "".join(out)


STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{NS}"><numFmts count="1"><numFmt numFmtId="164" '
          'formatCode="yyyy-mm-dd hh:mm"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" '
          'applyNumberFormat="1"/></cellXfs></styleSheet>')


def book(path, tabs, p="", bom=False, absolute=False, stored=False, inline=False, date1904=False, extra_sheet=None):
    comp = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    strings = []
    sheets = []
    for name in tabs:
        rows = TABS[name]
        date_col = rows[0].index("Creation date") if "Creation date" in rows[0] else -1
        sheets.append((name, sheet_xml(rows, p, strings, inline, date_col)))
    if extra_sheet:
        sheets.append(extra_sheet)
    base = "/xl/" if absolute else ""
    written = {}
    with zipfile.ZipFile(path, "w", comp) as z:
        put = z.writestr

        def writestr(name, data):
            written[name] = data.encode("utf-8") if isinstance(data, str) else data
            put(name, data)
        z.writestr = writestr
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="{"/" if absolute else ""}xl/workbook.xml"/></Relationships>')
        wb = f'<?xml version="1.0"?><{p}workbook xmlns{":x" if p else ""}="{NS}" xmlns:r="{REL}">'
        if date1904:
            wb += f'<{p}workbookPr date1904="1"/>'
        wb += f"<{p}sheets>"
        n = len(sheets)
        for i, (name, _) in enumerate(sheets):
            wb += f'<{p}sheet name="{name}" sheetId="{i + 1}" r:id="rId{n - i}"/>'  # ids not in tab order
        wb += f"</{p}sheets></{p}workbook>"
        z.writestr("xl/workbook.xml", wb)
        rels = ("\ufeff" if bom else "") + f'<?xml version="1.0"?><Relationships xmlns="{PKG}">'
        for i in range(n):
            rels += f'<Relationship Id="rId{n - i}" Type="{REL}/worksheet" Target="{base}worksheets/sheet{i + 1}.xml"/>'
        rels += f'<Relationship Id="rId90" Type="{REL}/styles" Target="{base}styles.xml"/>'
        if strings:
            rels += f'<Relationship Id="rId91" Type="{REL}/sharedStrings" Target="{base}sharedStrings.xml"/>'
        rels += "</Relationships>"
        z.writestr("xl/_rels/workbook.xml.rels", rels.encode("utf-8"))
        z.writestr("xl/styles.xml", STYLES)
        if strings:
            sst = f'<?xml version="1.0"?><{p}sst xmlns{":x" if p else ""}="{NS}" count="{len(strings)}">'
            sst += "".join(f"<{p}si><{p}t>{esc(s)}</{p}t></{p}si>" for s in strings) + f"</{p}sst>"
            z.writestr("xl/sharedStrings.xml", sst)
        for i, (_, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
    # The same workbook as fuzz_xlsx's parts text (not starting with "PK"): the target zips it with correct CRCs.
    if not absolute:
        order = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml"]
        order += [f"xl/worksheets/sheet{i + 1}.xml" for i in range(len(sheets))]
        with open(path.replace(".xlsx", ".parts"), "wb") as f:
            f.write(b"\n@@\n".join(written.get(name, b"") for name in order))


ODD = ("Sheet1", f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
       '<r><t>Rich </t></r><r><t>text_x000D_</t></r><rPh><t>ph</t></rPh></is></c><c r="B1" t="b"><v>1</v></c>'
       '<c r="C1" t="e"><v>#N/A</v></c><c r="D1"><f>1+1</f><v>2</v></c><c r="XFD1"><v>1E-3</v></c></row>'
       '<row r="2"><c r="A2" t="str"><v>&amp;&lt;&#x41;</v></c><c t="n"><v>-1</v></c></row></sheetData></worksheet>')

out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "seeds", "fuzz_xlsx")
os.makedirs(out, exist_ok=True)
book(f"{out}/rvtools_all_tabs.xlsx", ["vInfo", "vCPU", "vMemory", "vPartition", "vHost"])
book(f"{out}/rvtools_prefixed_bom_absolute.xlsx", ["vInfo", "vHost"], p="x:", bom=True, absolute=True)
book(f"{out}/rvtools_stored_inline_1904.xlsx", ["vInfo", "vCPU", "vMemory"], stored=True, inline=True, date1904=True)
book(f"{out}/odd_cells.xlsx", [], extra_sheet=ODD)
