"""`Report` → one self-contained HTML page: no external CSS, JavaScript, fonts or requests.

The page reads top to bottom like the terminal report (header, contradictions, agreements,
related, who says what, omissions), each aligned pair side by side with the spans the verdict
rests on highlighted and the words only one statement has marked. A small inline script adds
filters (a checkbox per section and per contradiction kind, a search box); without JavaScript
the filters stay hidden and everything is shown.

Report text is data: every piece of it goes through `esc` (control characters and bidi
overrides neutralised by `safe_text`, then `html.escape` with quotes), and a Content Security
Policy admits only this page's own style and script (by hash), so even a slip in escaping
could not run an injected script or load anything from the network.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from html import escape

from ..models import Judgement, Report, Verdict
from .safe import safe_text
from .select import ALL, VERDICTS, Section, accounted
from .worddiff import WORD_DIFF_SHOWN, DiffSpan, similarity, word_diff

Span = tuple[int, int]


def esc(text: str) -> str:
    """Report text as inert HTML, fit for element content and quoted attribute values alike."""
    return escape(safe_text(text), quote=True)


STYLE = """
:root { color-scheme: light; --red: #b3261e; --green: #1b7a3d; --amber: #8a5a00; --cyan: #0b6e83; --dim: #5f6368; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0 auto; max-width: 84rem; padding: 0 1.25rem 3rem; font: 15px/1.45 system-ui, -apple-system, "Segoe UI",
  Roboto, "DejaVu Sans", sans-serif; color: #1f2328; background: #fff; }
h1 { font-size: 1.35rem; margin: 1.2rem 0 .6rem; }
section { scroll-margin-top: 6.5rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid currentColor; }
h3 { font-size: .95rem; margin: 1rem 0 .4rem; }
table.sources { border-collapse: collapse; margin: .4rem 0 .8rem; }
table.sources th, table.sources td { text-align: left; padding: .15rem 1.2rem .15rem 0; vertical-align: top; }
table.sources td.n { text-align: right; }
table.sources td.date { white-space: nowrap; }
.counts { font-weight: 600; margin: .3rem 0; }
.dim, .accounted { color: var(--dim); }
.c-contradict { color: var(--red); } .c-agree { color: var(--green); } .c-related { color: var(--amber); }
.c-omission { color: var(--cyan); } .c-groups { color: #6b3fa0; }
nav.filters { position: sticky; top: 0; z-index: 1; background: #f6f8fa; border: 1px solid #d0d7de; border-radius: 6px;
  padding: .5rem .75rem; margin: .8rem 0; display: flex; flex-wrap: wrap; gap: .35rem 1rem; align-items: center; }
nav.filters label { white-space: nowrap; cursor: pointer; }
nav.filters .kinds { display: inline-flex; flex-wrap: wrap; gap: .35rem 1rem; }
nav.filters .find { flex: 1 1 100%; display: flex; gap: 1rem; align-items: center; }
nav.filters input[type=search] { flex: 1 1 auto; padding: .3rem .5rem; font: inherit; border: 1px solid #afb8c1;
  border-radius: 4px; }
.pair { border: 1px solid #d0d7de; border-left: 5px solid var(--amber); border-radius: 6px; padding: .6rem .8rem;
  margin: .7rem 0; }
.pair.contradict { border-left-color: var(--red); } .pair.agree { border-left-color: var(--green); }
.pair h3 { margin: 0 0 .45rem; font-weight: 600; }
.pair h3 .verdict { letter-spacing: .03em; }
.pair h3 .num { color: var(--dim); font-weight: 400; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .9rem; }
.side { background: #fafbfc; border-radius: 4px; padding: .45rem .6rem; }
.side .who { margin: 0 0 .2rem; font-size: .85rem; color: var(--dim); }
.side .who b { color: #1f2328; }
.at { font-family: ui-monospace, monospace; font-size: .8rem; color: var(--dim); }
.side .text { margin: 0; }
.reasons { margin: .5rem 0 0; padding-left: 1.2rem; }
.reasons li::marker { content: "→ "; }
.words { margin: .4rem 0 0; font-size: .9rem; }
.words .label { color: var(--dim); }
mark { padding: 0 .08em; border-radius: 2px; }
.contradict mark { background: #ffd0cc; color: #6e0b05; font-weight: 600; }
.agree mark { background: #c9f0d3; color: #0c4a22; font-weight: 600; }
.related mark { background: none; color: inherit; text-decoration: underline; }
.dw { text-decoration: underline dotted #57606a; text-underline-offset: .18em; }
del { color: var(--red); } ins { color: var(--green); text-decoration: underline; }
ul.items { padding-left: 1.2rem; margin: .3rem 0; } ul.items li { margin: .25rem 0; }
.empty { color: var(--dim); font-style: italic; }
.legend { font-size: .85rem; color: var(--dim); }
@media (max-width: 44rem) { .sides { grid-template-columns: 1fr; } }
@media print { nav.filters { display: none; } .pair { break-inside: avoid; } }
"""

SCRIPT = """
(function () {
  var nav = document.getElementById("filters");
  if (!nav) return;
  nav.hidden = false;
  var boxes = Array.prototype.slice.call(nav.querySelectorAll("input[type=checkbox]"));
  var search = document.getElementById("search");
  var status = document.getElementById("shown");
  function apply() {
    var term = search.value.trim().toLowerCase();
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) off[b.getAttribute("data-filter")] = true; });
    var shown = 0, total = 0;
    document.querySelectorAll("section[data-section]").forEach(function (sec) {
      sec.hidden = !!off["section:" + sec.getAttribute("data-section")];
      var visible = 0;
      sec.querySelectorAll(".item").forEach(function (it) {
        var kind = it.getAttribute("data-kind");
        var ok = !(kind && off["kind:" + kind]) && (!term || it.textContent.toLowerCase().indexOf(term) >= 0);
        it.hidden = !ok;
        if (ok) visible++;
        total++;
      });
      sec.querySelectorAll(".group").forEach(function (g) {
        g.hidden = !g.querySelector(".item:not([hidden])");
      });
      var none = sec.querySelector(".nomatch");
      if (none) none.hidden = visible > 0 || !sec.querySelector(".item");
      if (!sec.hidden) shown += visible;
    });
    status.textContent = shown + " of " + total + " shown";
  }
  boxes.forEach(function (b) { b.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  apply();
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = (
    f"default-src 'none'; style-src {_sha256(STYLE)}; script-src {_sha256(SCRIPT)}; "
    "img-src 'none'; base-uri 'none'; form-action 'none'"
)

_VERDICT_CLASS = {Verdict.CONTRADICT: "contradict", Verdict.AGREE: "agree", Verdict.RELATED: "related"}
_SECTIONS = (
    (Section.contradictions, "Contradictions"),
    (Section.agreements, "Agreements"),
    (Section.related, "Related, no verdict"),
)
_NONE = {
    Section.contradictions: "No contradictions found.",
    Section.agreements: "No agreements found.",
    Section.related: "No related pairs.",
}


def to_html(report: Report, show: frozenset[Section] = ALL) -> str:
    """The whole page (the sections in `show`; who-says-what groups only when every section is)."""
    sections = [_verdict_section(report, section, heading) for section, heading in _SECTIONS if section in show]
    if show == ALL and len(report.sources) > 2 and report.groups:
        sections.append(_groups(report))
    if Section.omissions in show:
        sections.append(_omissions(report))
    names = ", ".join(s.id for s in report.sources)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>compare: {esc(names)}</title>",
            f"<style>{STYLE}</style>",
            "</head>",
            "<body>",
            _header(report),
            _filters(report, show),
            '<main id="report">',
            *sections,
            "</main>",
            f"<script>{SCRIPT}</script>",
            "</body>",
            "</html>",
            "",
        ]
    )


# Header and filters ----------------------------------------------------------------------


def counts_line(report: Report) -> str:
    """The count line, worded as in the terminal report."""
    t = report.summary()
    return (
        f"{t['contradict']} contradictions · {t['agree']} agreements · {t['related']} related · "
        f"{t['omissions']} statements only in one source · {report.mode} mode"
    )


def _header(report: Report) -> str:
    per_source: dict[str, int] = {}
    for st in report.statements:
        per_source[st.source] = per_source.get(st.source, 0) + 1
    rows = [
        f"<tr><td><b>{esc(s.id)}</b></td><td>{esc(s.title or s.path)}</td>"
        f'<td class="date">{s.date.isoformat() if s.date else "—"}</td><td class="n">{per_source.get(s.id, 0)}</td></tr>'
        for s in report.sources
    ]
    return "\n".join(
        [
            "<header>",
            "<h1>compare — where the sources agree, contradict and differ</h1>",
            '<table class="sources"><thead><tr><th>source</th><th>title</th><th>date</th><th>statements</th></tr></thead>',
            "<tbody>",
            *rows,
            "</tbody></table>",
            f'<p class="counts" id="counts">{esc(counts_line(report))}</p>',
            f'<p class="accounted">{esc(accounted(report))}</p>',
            '<p class="legend">Highlighted: the spans a verdict rests on. Dotted underline: words only one statement '
            "of a pair has. Word lines: <del>only in the first</del> <ins>only in the second</ins>.</p>",
            "</header>",
        ]
    )


def _filters(report: Report, show: frozenset[Section]) -> str:
    """Hidden until the script runs: without JavaScript there is nothing to filter with."""
    boxes = [
        _checkbox(f"section:{section.value}", f"{heading} ({report.count(VERDICTS[section])})")
        for section, heading in _SECTIONS
        if section in show
    ]
    if show == ALL and len(report.sources) > 2 and report.groups:
        boxes.append(_checkbox("section:groups", f"Who says what ({len(report.groups)})"))
    if Section.omissions in show:
        boxes.append(_checkbox("section:omissions", f"Only in one source ({len(report.omissions)})"))
    kinds = sorted({j.kind for j in report.judgements if j.verdict is Verdict.CONTRADICT and j.kind})
    if kinds and Section.contradictions in show:
        kind_boxes = "".join(_checkbox(f"kind:{k}", k) for k in kinds)
        boxes.append(f'<span class="kinds"><span class="dim">contradiction kinds:</span>{kind_boxes}</span>')
    return "\n".join(
        [
            '<nav id="filters" class="filters" aria-label="Filters" hidden>',
            *boxes,
            '<div class="find"><input type="search" id="search" placeholder="Search statements, ids and reasons" '
            'aria-label="Search"> <span id="shown" class="dim" aria-live="polite"></span></div>',
            "</nav>",
            '<noscript><p class="dim">Filters need JavaScript; every section is shown.</p></noscript>',
        ]
    )


def _checkbox(key: str, label: str) -> str:
    return f'<label><input type="checkbox" checked data-filter="{esc(key)}"> {esc(label)}</label>'


# Pairs -------------------------------------------------------------------------------------


def _verdict_section(report: Report, section: Section, heading: str) -> str:
    verdict = VERDICTS[section]
    js = [j for j in report.judgements if j.verdict is verdict]
    if verdict is Verdict.CONTRADICT:
        js.sort(key=lambda j: -j.confidence)
    body = [_pair(report, j) for j in js] or [f'<p class="empty">{_NONE[section]}</p>']
    return _section(section.value, f"{heading} ({len(js)})", _VERDICT_CLASS[verdict], body)


def _section(key: str, heading: str, colour: str, body: Iterable[str]) -> str:
    return "\n".join(
        [
            f'<section id="{key}" data-section="{key}">',
            f'<h2 class="c-{colour}">{esc(heading)}</h2>',
            *body,
            '<p class="empty nomatch" hidden>Nothing here matches the search.</p>',
            "</section>",
        ]
    )


def _pair(report: Report, j: Judgement) -> str:
    a, b = report.statement(j.a).text, report.statement(j.b).text
    diff = word_diff(a, b)
    shown = similarity(diff, a, b) >= WORD_DIFF_SHOWN
    cls = _VERDICT_CLASS[j.verdict]
    kind = f" · {esc(j.kind)}" if j.kind else ""
    kind_attr = f' data-kind="{esc(j.kind)}"' if j.kind and j.verdict is Verdict.CONTRADICT else ""
    title = (
        f'<h3 class="c-{cls}"><span class="verdict">{j.verdict.value.upper()}</span>{kind} · '
        f'<span class="ids">{esc(j.a)} ↔ {esc(j.b)}</span> <span class="num">· confidence {j.confidence:.2f} · '
        f"score {j.score:.2f}</span></h3>"
    )
    sides = (
        '<div class="sides">'
        + _side(report, j, j.a, [d.a for d in diff if d.op != "same" and d.a] if shown else [])
        + _side(report, j, j.b, [d.b for d in diff if d.op != "same" and d.b] if shown else [])
        + "</div>"
    )
    reasons = '<ul class="reasons">' + "".join(f"<li>{esc(r)}</li>" for r in j.reasons) + "</ul>" if j.reasons else ""
    words = _word_line(diff, a, b) if shown else ""
    return f'<article class="item pair {cls}"{kind_attr}>{title}{sides}{reasons}{words}</article>'


def _side(report: Report, j: Judgement, sid: str, differs: list[Span]) -> str:
    st = report.statement(sid)
    f = report.facts_of(sid)
    who = f.attribution if f.attribution != "author" else "author"
    if f.certainty_cue:
        who += f", ‘{f.certainty_cue}’"
    evidence = [(e.start, e.end) for e in j.evidence if e.statement == sid]
    return (
        f'<div class="side"><p class="who"><b>{esc(sid)}</b> ({esc(who)}){_at(report, sid)}</p>'
        f'<p class="text">{marked(st.text, evidence, differs)}</p></div>'
    )


def marked(text: str, evidence: list[Span], differs: list[Span]) -> str:
    """`text` escaped piece by piece, each run of evidence in one <mark>, differing words
    dotted (<span class="dw">, nested inside a mark where the two overlap)."""
    n = len(text)
    cuts = sorted({0, n, *(min(max(x, 0), n) for span in (*evidence, *differs) for x in span)})
    out: list[str] = []
    in_mark = in_dw = False
    for lo, hi in zip(cuts, cuts[1:]):
        m = any(s <= lo and hi <= e for s, e in evidence)
        d = any(s <= lo and hi <= e for s, e in differs)
        if in_dw and (not d or m != in_mark):
            out.append("</span>")
            in_dw = False
        if in_mark and not m:
            out.append("</mark>")
            in_mark = False
        if m and not in_mark:
            out.append("<mark>")
            in_mark = True
        if d and not in_dw:
            out.append('<span class="dw">')
            in_dw = True
        out.append(esc(text[lo:hi]))
    return "".join(out) + ("</span>" if in_dw else "") + ("</mark>" if in_mark else "")


def _word_line(diff: tuple[DiffSpan, ...], a: str, b: str) -> str:
    """Like the terminal's `words:` line: shared words plain, <del> only in the first, <ins> only in the second."""
    parts: list[tuple[str, str]] = []  # (the raw text, its HTML)
    for d in diff:
        if d.op == "same" and d.a:
            parts.append((a[d.a[0] : d.a[1]], esc(a[d.a[0] : d.a[1]])))
            continue
        if d.a:
            parts.append((a[d.a[0] : d.a[1]], f"<del>{esc(a[d.a[0] : d.a[1]])}</del>"))
        if d.b:
            parts.append((b[d.b[0] : d.b[1]], f"<ins>{esc(b[d.b[0] : d.b[1]])}</ins>"))
    line = "".join(("" if k == 0 or raw.startswith(_CLOSING) else " ") + html for k, (raw, html) in enumerate(parts))
    return f'<p class="words"><span class="label">words:</span> {line}</p>'


_CLOSING = tuple(".,;:!?)]}’”%")


# Groups and omissions ------------------------------------------------------------------------


def _groups(report: Report) -> str:
    items = []
    for g in report.groups:
        positions = " · ".join(f'{esc(p.claim)} <span class="dim">({esc(", ".join(p.sources))})</span>' for p in g.positions)
        topic = f'<b class="c-contradict">{esc(g.topic)}</b>' if g.contradiction else f"<b>{esc(g.topic)}</b>"
        items.append(f'<li class="item">{topic}: {positions}</li>')
    body = ['<ul class="items">', *items, "</ul>"]
    return _section("groups", f"Who says what ({len(report.groups)} groups)", "groups", body)


def _omissions(report: Report) -> str:
    body: list[str] = []
    for src in report.sources:
        mine = [o for o in report.omissions if report.statement(o.statement).source == src.id]
        if not mine:
            continue
        items = []
        for o in mine:
            missing = f' <span class="dim">(not in {esc(", ".join(o.missing_from))})</span>' if len(report.sources) > 2 else ""
            items.append(_statement_item(report, o.statement, missing))
        body += [
            '<div class="group">',
            f'<h3 class="c-omission">Only in {esc(src.id)} ({len(mine)})</h3>',
            '<ul class="items">',
            *items,
            "</ul></div>",
        ]
    near = report.accounting.near
    if near:
        items = [_statement_item(report, sid) for sid in near]
        heading = f"Close to the other source, not linked ({len(near)})"
        body += ['<div class="group">', f'<h3 class="dim">{esc(heading)}</h3>', '<ul class="items">', *items, "</ul></div>"]
    if not report.omissions:
        body.insert(0, '<p class="empty">No statement is only in one source.</p>')
    return _section("omissions", f"Only in one source ({len(report.omissions)})", "omission", body)


def _statement_item(report: Report, sid: str, after: str = "") -> str:
    return f'<li class="item"><b>{esc(sid)}</b>{_at(report, sid)} {esc(report.statement(sid).text)}{after}</li>'


def _at(report: Report, sid: str) -> str:
    """Where the statement starts in its file, path:line:column, as in the terminal report."""
    loc = report.location(sid)
    return f' <span class="at">{esc(str(loc))}</span>' if loc is not None else ""


# How the HTML report is opened in a headless Chromium, by its browser test and by
# scripts/screenshot_html.py: no sandbox (root in a container), nothing fetched in the background.
HEADLESS_CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
