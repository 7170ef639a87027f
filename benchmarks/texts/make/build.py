"""Build the heldout texts: for each module in texts/ (NAME, SET, BRIEF, VERSION, LAYOUTS, MD, TRUTH,
optional CHART, SIDEBAR, PDF_OPTS), write the requested layouts and the truth into ../tune or ../holdout.

    /tmp/venv-texts/bin/python build.py [NAME-prefix ...]

Layouts: md (the source Markdown), html (congress.gov-like page with nav, table of contents and a
sidebar box), pdf (two columns, fpdf2, Liberation Sans), layout (`pdftotext -layout` of that PDF),
interleaved (the PDF's column lines alternating left/right, as copy-paste from a two-column PDF gives).
PDF_OPTS: lig (ﬁ/ﬂ ligature characters), quotes (curly quotes and apostrophes), nbsp (non-breaking
space between a number and billion/million/trillion/percent), hyph (hyphenated line ends).
"""
from __future__ import annotations

import html
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib import updated_of  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
PAGE_W, PAGE_H = 215.9, 279.4
MARGIN, GAP, TOP = 17.0, 7.0, 18.0
COL_W = (PAGE_W - 2 * MARGIN - GAP) / 2
BOTTOM = PAGE_H - 24.0
BODY_SIZE, BODY_LH = 9.5, 4.3
HEAD_SIZE, HEAD_LH = 11.0, 5.4
NAVY = (22, 54, 92)
TITLES = {"IF10199": "U.S.-Japan Relations", "IF11120": "U.S.-Japan Trade Agreements and Tariff Negotiations"}


def chunks_of(md):
    return [c.strip() for c in re.split(r"\n\s*\n", md.strip()) if c.strip()]


def blocks_of(md):
    ch = chunks_of(md)
    title, updated = ch[0], ch[1]
    out, i = [], 2
    while i < len(ch):
        c = ch[i]
        one = " ".join(c.split())
        if one.startswith("## "):
            out.append(("heading", one[3:]))
        elif re.match(r"^\*\*Figure \d+\.", one):
            out.append(("figure", one.strip("*"), " ".join(ch[i + 1].split())))
            i += 1
        elif c.startswith("|"):
            rows = [[x.strip() for x in r.strip().strip("|").split("|")] for r in c.splitlines()]
            rows = [r for r in rows if not all(re.fullmatch(r":?-+:?", x) for x in r)]
            caption = out.pop()[1] if out and out[-1][0] == "para" and out[-1][1].startswith("Table") else ""
            out.append(("table", caption, rows))
        elif re.match(r"^\*\*[^*]+\*\*, ", one):
            out.append(("author", one))
        elif all(l.startswith("- ") for l in c.splitlines()):
            out.append(("list", [l[2:].strip() for l in c.splitlines()]))
        else:
            out.append(("para", one))
        i += 1
    return title, updated, out


def strip_md(s):
    return s.replace("**", "").replace("*", "")


def inline_html(s):
    s = html.escape(s, quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = s.replace("—", "&mdash;").replace("–", "&ndash;")
    return s


# ---------------------------------------------------------------- HTML
def render_html(mod, title, updated, blocks):
    sidebar = getattr(mod, "SIDEBAR", None)
    heads = [b[1] for b in blocks if b[0] == "heading"]
    main, aside, authors = [], [], []
    target = main
    for b in blocks:
        if b[0] == "heading":
            target = aside if b[1] == sidebar else main
            tag = "h3" if target is aside else "h2"
            target.append(f"<{tag}>{inline_html(b[1])}</{tag}>")
        elif b[0] == "para":
            target.append(f"<p>{inline_html(b[1])}</p>")
        elif b[0] == "figure":
            aside_fig = sidebar is not None
            dest = aside if aside_fig else target
            alt = strip_md(b[1]).split(". ", 1)[-1]
            dest.append(f'<figure>\n  <img src="/crs-products/{mod.BRIEF}/figures/fig1.png" alt="Bar chart: {html.escape(alt)}">\n'
                        f'  <figcaption><strong>{inline_html(b[1])}</strong><br><span class="source">{inline_html(b[2])}</span></figcaption>\n</figure>')
        elif b[0] == "table":
            rows = b[2]
            t = ['<table class="crs-table">']
            if b[1]:
                t.append(f"  <caption>{inline_html(b[1])}</caption>")
            t.append("  <thead><tr>" + "".join(f'<th scope="col">{inline_html(x)}</th>' for x in rows[0]) + "</tr></thead>")
            t.append("  <tbody>")
            for r in rows[1:]:
                t.append("    <tr>" + f'<th scope="row">{inline_html(r[0])}</th>' + "".join(f"<td>{inline_html(x)}</td>" for x in r[1:]) + "</tr>")
            t.append("  </tbody>\n</table>")
            target.append("\n".join(t))
        elif b[0] == "list":
            target.append("<ul class=\"key-points\">\n" + "\n".join(f"  <li>{inline_html(x)}</li>" for x in b[1]) + "\n</ul>")
        elif b[0] == "author":
            m = re.match(r"^\*\*([^*]+)\*\*, (.*)$", b[1])
            authors.append(f"  <p><strong>{html.escape(m.group(1))}</strong>, {html.escape(m.group(2))}</p>")
    toc = "\n".join(f'    <li><a href="#s{i}">{inline_html(h)}</a></li>' for i, h in enumerate(heads) if h != sidebar)
    n = 0
    body = []
    for line in main:
        if line.startswith("<h2>"):
            line = line.replace("<h2>", f'<h2 id="s{heads.index(re.sub("<.*?>", "", line[4:-5]).replace("&amp;", "&")) if False else n}">', 1)
            n += 1
        body.append(line)
    aside_html = ""
    if aside:
        aside_html = '<aside class="crs-sidebar" role="complementary">\n' + "\n".join(aside) + "\n</aside>\n"
    up = updated
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | Congress.gov | Library of Congress</title>
<link rel="stylesheet" href="/css/crs-product.css">
<style>
  .crs-sidebar {{ float: right; width: 36%; margin: 0 0 1em 1.5em; padding: 0.8em; border: 1px solid #8a8a8a; background: #f3f1ea; }}
  nav.toc {{ float: left; width: 18%; font-size: 0.9em; }}
  table.crs-table {{ border-collapse: collapse; margin: 1em 0; }}
  table.crs-table th, table.crs-table td {{ border: 1px solid #999; padding: 0.25em 0.6em; }}
</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="https://www.congress.gov/">Congress.gov</a>
  <nav class="main-nav" aria-label="Site"><ul><li><a href="/legislation">Legislation</a></li><li><a href="/congressional-record">Congressional Record</a></li><li><a href="/committees">Committees</a></li><li><a href="/members">Members</a></li><li><a href="/crs-products">CRS Products</a></li></ul></nav>
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/crs-products">CRS Products</a> &rsaquo; <a href="/crs-products/in-focus">In Focus</a> &rsaquo; {mod.BRIEF}</nav>
</header>
<nav class="toc" aria-label="Contents">
  <p class="toc-title">Contents</p>
  <ul>
{toc}
  </ul>
  <p class="toc-title">Download</p>
  <ul><li><a href="/crs_external_products/{mod.BRIEF}/PDF/{mod.BRIEF}.{mod.VERSION}.pdf">PDF</a></li><li><a href="/crs-products/product/details?prodcode={mod.BRIEF}">Product details</a></li></ul>
</nav>
<main id="content">
<div class="crs-product-header">
  <p class="product-type">In Focus</p>
  <p class="product-number">{mod.BRIEF} &middot; Version {mod.VERSION}</p>
  <p class="product-date">{html.escape(up)}</p>
</div>
<h1 class="product-title">{html.escape(title)}</h1>
{aside_html}
{chr(10).join(body)}

<div class="authors">
{chr(10).join(authors)}
</div>
</main>
<aside class="related" aria-label="Related CRS products">
  <h2>Related CRS Products</h2>
  <ul>
    <li><a href="/crs-products/product/pdf/IF/IF10199">U.S.-Japan Relations</a></li>
    <li><a href="/crs-products/product/pdf/IF/IF11120">U.S.-Japan Trade Agreements and Tariff Negotiations</a></li>
    <li><a href="/crs-products/product/pdf/IF/IF10138">Japan&#8217;s Defense Posture</a></li>
  </ul>
</aside>
<footer class="site-footer">
  <p><a href="https://crsreports.congress.gov">crsreports.congress.gov</a> | {mod.BRIEF}</p>
  <p>This document was prepared by the Congressional Research Service (CRS). CRS serves as nonpartisan shared staff to congressional committees and Members of Congress.</p>
</footer>
</body>
</html>
"""


# ---------------------------------------------------------------- PDF
def pdf_text(s, opts):
    s = strip_md(s)
    if "quotes" in opts:
        s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
        s = re.sub(r"(\w)'", "\\1\u2019", s)
        s = re.sub(r"'(\w)", "\u2018\\1", s)
    if "nbsp" in opts:
        s = re.sub(r"(\d) (billion|million|trillion|percent)", "\\1\u00a0\\2", s)
        s = s.replace("U.S. Forces", "U.S.\u00a0Forces")
    if "lig" in opts:
        s = re.sub(r"(?<!https)(?<!crsreports)fi", "\ufb01", s).replace("fl", "\ufb02")
    return s


class Brief(FPDF):
    foot = ""

    def footer(self):
        self.set_y(PAGE_H - 15)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_x(MARGIN)
        self.cell(COL_W, 4, self.foot, align="L")
        self.set_x(PAGE_W - MARGIN - COL_W)
        self.cell(COL_W, 4, "https://crsreports.congress.gov", align="R")
        self.set_text_color(0, 0, 0)
        self.log.append((self.page_no(), 2, self.foot + "    https://crsreports.congress.gov"))


class Flow:
    def __init__(self, pdf, first_top, hyph):
        self.pdf, self.col, self.top, self.y, self.hyph = pdf, 0, first_top, first_top, hyph

    def x(self):
        return MARGIN + self.col * (COL_W + GAP)

    def next_column(self):
        if self.col == 0:
            self.col = 1
        else:
            self.pdf.add_page()
            self.col, self.top = 0, TOP
        self.y = self.top

    def ensure(self, h):
        if BOTTOM - self.y < h:
            self.next_column()

    def wrap(self, text, style, size):
        pdf = self.pdf
        pdf.set_font("Sans", style, size)
        w = lambda s: pdf.get_string_width(s)  # noqa: E731
        lines, cur = [], ""
        for word in text.split(" "):
            cand = word if not cur else cur + " " + word
            if w(cand) <= COL_W - 0.5:
                cur = cand
                continue
            if self.hyph and re.fullmatch(r"[A-Za-z\ufb01\ufb02]{8,}[,.;:]?", word):
                core = word.rstrip(",.;:")
                best = None
                for k in range(len(core) - 3, 3, -1):
                    head = core[:k] + "-"
                    if w((cur + " " if cur else "") + head) <= COL_W - 0.5:
                        best = k
                        break
                if best:
                    lines.append((cur + " " if cur else "") + core[:best] + "-")
                    cur = word[best:]
                    continue
            if cur:
                lines.append(cur)
            cur = word
        if cur:
            lines.append(cur)
        return lines

    def put(self, text, style, size, lh, color=(0, 0, 0)):
        self.ensure(lh)
        pdf = self.pdf
        pdf.set_font("Sans", style, size)
        pdf.set_text_color(*color)
        pdf.set_xy(self.x(), self.y)
        pdf.cell(COL_W, lh, text, align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.log.append((pdf.page_no(), self.col, text))
        self.y += lh

    def heading(self, text):
        lines = self.wrap(text, "B", HEAD_SIZE)
        self.ensure(len(lines) * HEAD_LH + 1.5 + 2 * BODY_LH)
        self.y += 1.5
        for ln in lines:
            self.put(ln, "B", HEAD_SIZE, HEAD_LH, NAVY)
        self.y += 0.8

    def para(self, text, style=""):
        for ln in self.wrap(text, style, BODY_SIZE):
            self.put(ln, style, BODY_SIZE, BODY_LH)
        self.y += 2.2

    def author(self, text):
        name, rest = re.match(r"^\*\*([^*]+)\*\*, (.*)$", text).groups()
        self.ensure(2 * BODY_LH + 1)
        self.put(name, "B", BODY_SIZE, BODY_LH)
        self.put(rest, "", BODY_SIZE, BODY_LH)
        self.y += 1.5

    def table(self, caption, rows):
        if caption:
            for ln in self.wrap(caption, "B", BODY_SIZE):
                self.put(ln, "B", BODY_SIZE, BODY_LH)
        pdf = self.pdf
        ncol = len(rows[0])
        first = COL_W * 0.46
        other = (COL_W - first) / (ncol - 1)
        for ri, r in enumerate(rows):
            self.ensure(BODY_LH)
            pdf.set_font("Sans", "B" if ri == 0 else "", 8.5)
            x0 = self.x()
            pdf.set_xy(x0, self.y)
            pdf.cell(first, BODY_LH, r[0])
            for j, cell in enumerate(r[1:]):
                pdf.set_xy(x0 + first + j * other, self.y)
                pdf.cell(other, BODY_LH, cell, align="R")
            pdf.log.append((pdf.page_no(), self.col, "  ".join(r).strip()))
            pdf.set_draw_color(180, 180, 180)
            pdf.line(x0, self.y + BODY_LH, x0 + COL_W, self.y + BODY_LH)
            self.y += BODY_LH
        self.y += 3

    def figure(self, caption, source, chart):
        pdf = self.pdf
        pdf.set_font("Sans", "B", BODY_SIZE)
        cap = pdf.multi_cell(COL_W - 4, BODY_LH, caption, dry_run=True, output="LINES")
        chart_h = 46.0
        height = 3 + len(cap) * BODY_LH + 2 + chart_h + 10 + 8
        self.ensure(height + 2)
        x0, y0 = self.x(), self.y
        log = lambda t: pdf.log.append((pdf.page_no(), self.col, t))  # noqa: E731
        pdf.set_draw_color(120, 120, 120)
        pdf.set_line_width(0.3)
        pdf.rect(x0, y0, COL_W, height)
        y = y0 + 3
        for ln in cap:
            pdf.set_font("Sans", "B", BODY_SIZE)
            pdf.set_xy(x0 + 2, y)
            pdf.cell(COL_W - 4, BODY_LH, ln)
            log(ln)
            y += BODY_LH
        y += 2
        left, right = x0 + 12, x0 + COL_W - 4
        base, top = y + chart_h, y + 4
        ymax = chart["ymax"]
        pdf.set_font("Sans", "", 6.5)
        pdf.set_xy(x0 + 2, y - 1)
        pdf.cell(20, 3, chart["unit"])
        log(chart["unit"])
        for tick in reversed(chart["ticks"]):
            ty = base - (base - top) * tick / ymax
            pdf.set_draw_color(200, 200, 200)
            pdf.line(left, ty, right, ty)
            pdf.set_xy(x0 + 1, ty - 1.5)
            pdf.cell(10, 3, str(tick), align="R")
            log(str(tick))
        bars = chart["bars"]
        slot = (right - left) / len(bars)
        colors = [(60, 110, 170), (200, 120, 50), (110, 160, 90)]
        for i, (year, vals) in enumerate(bars.items()):
            bw = slot * 0.7 / len(vals)
            bx = left + i * slot + slot * 0.15
            for j, v in enumerate(vals):
                h = (base - top) * v / ymax
                pdf.set_fill_color(*colors[j])
                pdf.rect(bx + j * bw, base - h, bw, h, style="F")
            pdf.set_xy(left + i * slot, base + 0.8)
            pdf.cell(slot, 3, year, align="C")
        log("   ".join(bars))
        ly = base + 5
        lx = left
        for j, label in enumerate(chart["series"]):
            pdf.set_fill_color(*colors[j])
            pdf.rect(lx, ly + 0.6, 2.5, 2.5, style="F")
            pdf.set_xy(lx + 3.5, ly)
            pdf.cell(30, 3.6, label)
            lx += 4.5 + pdf.get_string_width(label) + 3
        log("   ".join(chart["series"]))
        pdf.set_font("Sans", "", 7.5)
        pdf.set_xy(x0 + 2, y0 + height - 6.5)
        pdf.cell(COL_W - 4, 4, source)
        log(source)
        pdf.set_draw_color(0, 0, 0)
        self.y = y0 + height + 3.5


def render_pdf(mod, title, updated, blocks, path):
    opts = set(getattr(mod, "PDF_OPTS", ()))
    pdf = Brief(unit="mm", format="Letter")
    pdf.log = []
    pdf.foot = f"{mod.BRIEF} \u00b7 VERSION {mod.VERSION}"
    pdf.set_auto_page_break(False)
    for st, fn in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
        pdf.add_font("Sans", st, str(FONT_DIR / f"LiberationSans-{fn}.ttf"))
    pdf.set_title(title)
    pdf.set_author("Congressional Research Service")
    pdf.add_page()
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*NAVY)
    pdf.set_xy(MARGIN, 14)
    pdf.cell(60, 5, "CRS In Focus")
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(PAGE_W - MARGIN - 80, 14)
    pdf.cell(80, 5, updated, align="R")
    pdf.log.append((1, -1, "CRS In Focus" + " " * 40 + updated))
    size = 22 if len(title) < 40 else 17
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*NAVY)
    pdf.set_xy(MARGIN, 22)
    pdf.cell(PAGE_W - 2 * MARGIN, 11, title)
    pdf.log.append((1, -1, title))
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(*NAVY)
    pdf.set_line_width(0.8)
    pdf.line(MARGIN, 36, PAGE_W - MARGIN, 36)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    flow = Flow(pdf, 41, "hyph" in opts)
    for b in blocks:
        if b[0] == "heading":
            flow.heading(pdf_text(b[1], opts))
        elif b[0] == "para":
            flow.para(pdf_text(b[1], opts))
        elif b[0] == "figure":
            flow.figure(pdf_text(b[1], opts), pdf_text(b[2], opts), mod.CHART)
        elif b[0] == "list":
            for x in b[1]:
                flow.para("\u2022 " + pdf_text(x, opts))
        elif b[0] == "table":
            flow.table(pdf_text(b[1], opts), [[pdf_text(x, opts) for x in r] for r in b[2]])
        elif b[0] == "author":
            flow.author(b[1])
    pdf.output(str(path))
    return pdf.log


def interleave(log):
    out = [t for p, c, t in log if c == -1]
    pages = sorted({p for p, c, t in log if c >= 0})
    for p in pages:
        left = [t for q, c, t in log if q == p and c == 0]
        right = [t for q, c, t in log if q == p and c == 1]
        for i in range(max(len(left), len(right))):
            if i < len(left):
                out.append(left[i])
            if i < len(right):
                out.append(right[i])
        out += [t for q, c, t in log if q == p and c == 2]
    return "\n".join(out) + "\n"


def build(mod):
    title, updated, blocks = blocks_of(mod.MD)
    assert title == (getattr(mod, "TITLE", None) or TITLES[mod.BRIEF]) or mod.BRIEF == "IF11120", title
    dest = OUT / mod.SET
    base = dest / mod.NAME
    iso = updated_of(mod.MD)
    assert mod.NAME.endswith(iso[:7]), (mod.NAME, iso)
    made = []
    if "md" in mod.LAYOUTS:
        md = mod.MD.strip().split("\n", 1)
        (base.with_suffix(".md")).write_text("# " + md[0] + "\n" + md[1] + "\n", encoding="utf-8")
        made.append(".md")
    if "html" in mod.LAYOUTS:
        base.with_suffix(".html").write_text(render_html(mod, title, updated, blocks), encoding="utf-8")
        made.append(".html")
    if {"pdf", "layout", "interleaved"} & set(mod.LAYOUTS):
        with tempfile.TemporaryDirectory() as td:
            pdf_path = base.with_suffix(".pdf") if "pdf" in mod.LAYOUTS else Path(td) / "x.pdf"
            log = render_pdf(mod, title, updated, blocks, pdf_path)
            if "pdf" in mod.LAYOUTS:
                made.append(".pdf")
            if "layout" in mod.LAYOUTS:
                subprocess.run(["pdftotext", "-layout", str(pdf_path), str(dest / (mod.NAME + ".layout.txt"))], check=True)
                made.append(".layout.txt")
            if "interleaved" in mod.LAYOUTS:
                (dest / (mod.NAME + ".interleaved.txt")).write_text(interleave(log), encoding="utf-8")
                made.append(".interleaved.txt")
    truth = {"report": {"id": mod.BRIEF, "title": TITLES[mod.BRIEF]},
             "versions": [dict({"updated": iso, "coverage": "full"},
                               **({"title": title} if mod.BRIEF == "IF11120" else {}),
                               facts=mod.TRUTH["facts"], elections=mod.TRUTH.get("elections", {}),
                               events=mod.TRUTH.get("events", {}), notes=mod.TRUTH["notes"])]}
    (dest / (mod.NAME + ".truth.json")).write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(mod.NAME, " ".join(made), f"{len(mod.TRUTH['facts'])} facts", file=sys.stderr)


def load(path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    m = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m)
    return m


if __name__ == "__main__":
    want = sys.argv[1:]
    for p in sorted((HERE / "texts").glob("*.py")):
        if want and not any(p.stem.startswith(w) for w in want):
            continue
        build(load(p))
