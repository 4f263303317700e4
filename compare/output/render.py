"""`Report` → rich renderables. Never prints; the CLI owns the console.

All report text goes through `safe_text` and into `rich.text.Text` objects, never through
markup parsing, so ``[bold]`` in a report stays literal and control characters (ANSI escapes,
OSC 8 links, carriage returns) are shown as inert symbols instead of driving the terminal.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.rule import Rule
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..models import CHECK_STATUS, Evidence, Judgement, Report, Verdict
from .safe import safe_text
from .select import ALL, VERDICTS, Section, accounted
from .worddiff import WORD_DIFF_SHOWN, similarity, word_diff

_STYLE = {Verdict.CONTRADICT: "bold red", Verdict.AGREE: "bold green", Verdict.RELATED: "yellow"}
_HIGHLIGHT = {Verdict.CONTRADICT: "bold white on red", Verdict.AGREE: "bold black on green", Verdict.RELATED: "underline"}


def render_report(report: Report, show: frozenset[Section] = ALL, *, links: bool = False) -> RenderableType:
    """The whole report, top to bottom: header, contradictions, agreements, related, omissions
    (the sections in `show`; who-says-what groups only when every section is shown). Beside
    each statement id, where it starts in its file (`path:line:col`); with `links`, ids and
    positions are OSC 8 hyperlinks to the file (for a terminal with colour, never a file)."""
    parts: list[RenderableType] = [_header(report)]
    for section, heading, style in _SECTIONS:
        if section in show:
            parts += _section(report, VERDICTS[section], heading, style, links)
    if show == ALL and len(report.sources) > 2 and report.groups:
        parts += _groups(report)
    if Section.omissions in show:
        parts += _omissions(report, links)
        parts += _near(report, links)
    return Group(*parts)


def file_uri(path: str) -> str | None:
    """The file:// URL of a report's absolute path (percent-encoded: a control character in a
    file name cannot end the OSC 8 sequence), or None when the path cannot be one."""
    try:
        return Path(path).absolute().as_uri()
    except ValueError:
        return None


def statement_id(report: Report, sid: str, style: str = "bold", links: bool = False) -> Text:
    """A statement id, linked to its file when `links`."""
    loc = report.location(sid) if links else None
    uri = file_uri(loc.path) if loc is not None else None
    return Text(safe_text(sid), style=Style.parse(style) + Style(link=uri) if uri else style)


def where(report: Report, sid: str, links: bool = False) -> Text:
    """`path:line:col` of a statement, dim (linked when `links`); empty when unknown."""
    loc = report.location(sid)
    if loc is None:
        return Text("")
    uri = file_uri(loc.path) if links else None
    return Text(safe_text(str(loc)), style=Style(dim=True, link=uri) if uri else "dim")


def _id_line(report: Report, sid: str, bullet: tuple[str, str], links: bool) -> Text:
    """'• isw:4 path:9:1 text': a one-line statement with its id and position."""
    line = Text.assemble(bullet, statement_id(report, sid, links=links), " ")
    place = where(report, sid, links)
    if place.plain:
        line.append_text(place)
        line.append(" ")
    line.append(safe_text(report.statement(sid).text))
    return line


def _near(report: Report, links: bool = False) -> list[RenderableType]:
    """Statements neither linked nor omitted: a statement of the other source comes close."""
    near = report.accounting.near
    if not near:
        return []
    out: list[RenderableType] = [Rule(Text(f"Close to the other source, not linked ({len(near)})", style="dim"))]
    out += [_id_line(report, sid, ("• ", "dim"), links) for sid in near]
    return out


_SECTIONS = (
    (Section.contradictions, "Contradictions", "bold red"),
    (Section.agreements, "Agreements", "bold green"),
    (Section.related, "Related, no verdict", "yellow"),
)


def _section(report: Report, verdict: Verdict, heading: str, style: str, links: bool = False) -> list[RenderableType]:
    """A rule and the pairs of one verdict, the most confident first (contradictions); related
    pairs are listed only when there are some."""
    js = [j for j in report.judgements if j.verdict is verdict]
    if verdict is Verdict.CONTRADICT:
        js.sort(key=_contradiction_order)
    if verdict is Verdict.RELATED:
        return [Rule(Text(f"{heading} ({len(js)})", style=style)), _related(report, js, links)] if js else []
    rule = Rule(Text(f"{heading} ({len(js)})", style=style))
    return [rule, *[_pair(report, j, links) for j in js]] if js else [rule, Text(f"No {heading.lower()} found.", style="dim")]


def render_summary(report: Report, show: frozenset[Section] = ALL, *, links: bool = False) -> RenderableType:
    """Like `git diff --stat`: the count line, then one line per contradiction (when shown);
    the ids are links to the files when `links` (positions are in the full report)."""
    return Group(*summary_lines(report, show, links))


def summary_text(report: Report, show: frozenset[Section] = ALL) -> str:
    """The summary as plain text, lines never cut (for --output files)."""
    return "".join(line.plain + "\n" for line in summary_lines(report, show))


def summary_lines(report: Report, show: frozenset[Section] = ALL, links: bool = False) -> list[Text]:
    lines = [_counts(report)]
    if Section.contradictions in show:
        contradictions = sorted((j for j in report.judgements if j.verdict is Verdict.CONTRADICT), key=_contradiction_order)
        lines += [_summary_line(report, j, links) for j in contradictions]
    return lines


def _contradiction_order(j: Judgement) -> tuple[bool, float]:
    """Those no baseline holds first, then the most confident first."""
    return (j.baselined, -j.confidence)


def _summary_line(report: Report, j: Judgement, links: bool = False) -> Text:
    reason = safe_text(j.reasons[0]) if j.reasons else ""
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append_text(statement_id(report, j.a, links=links))
    line.append(" ↔ ", style="bold")
    line.append_text(statement_id(report, j.b, links=links))
    line.append(f"  {j.kind or 'contradiction'}  ", style="red")
    if j.baselined:
        line.append(_baselined_label(j) + "  ", style="dim")
    line.append(reason)
    return line


def _baselined_label(j: Judgement) -> str:
    return f"[baselined: {safe_text(j.dismissed)}]" if j.dismissed else "[baselined]"


def _header(report: Report) -> RenderableType:
    table = Table(box=None, show_header=True, header_style="bold", expand=False, pad_edge=False)
    table.add_column("source")
    table.add_column("title", overflow="fold")
    table.add_column("date", no_wrap=True)
    table.add_column("statements", justify="right")
    counts: dict[str, int] = {}
    for st in report.statements:
        counts[st.source] = counts.get(st.source, 0) + 1
    for src in report.sources:
        table.add_row(
            Text(safe_text(src.id), style="bold"),
            Text(safe_text(src.title or src.path)),
            src.date.isoformat() if src.date else "—",
            str(counts.get(src.id, 0)),
        )
    return Group(
        Text("compare — where the sources agree, contradict and differ", style="bold"),
        table,
        _counts(report),
        _accounted(report),
        Text(""),
    )


def _counts(report: Report) -> Text:
    totals = report.summary()
    held = f" ({totals['baselined']} baselined)" if "baselined" in totals else ""
    return Text.assemble(
        (f"{totals['contradict']} contradictions{held}", "bold red"),
        " · ",
        (f"{totals['agree']} agreements", "bold green"),
        " · ",
        (f"{totals['related']} related", "yellow"),
        " · ",
        (f"{totals['omissions']} statements only in one source", "cyan"),
        " · ",
        (f"{report.mode} mode", "dim"),
    )


def _accounted(report: Report) -> Text:
    """Where every statement went, so none is left unexplained."""
    return Text(accounted(report), style="dim")


def _pair(report: Report, j: Judgement, links: bool = False) -> RenderableType:
    grid = Table.grid(expand=True, padding=(0, 2))
    grid.add_column(ratio=1)
    grid.add_column(ratio=1)
    grid.add_row(_side(report, j, j.a, links), _side(report, j, j.b, links))
    reasons = Text()
    for r in j.reasons:
        reasons.append("→ ", style=_STYLE[j.verdict])
        reasons.append(safe_text(r) + "\n")
    reasons.rstrip()
    if j.baselined:
        reasons.append("\n→ in the baseline: " + (safe_text(j.dismissed) or "no reason given"), style="dim")
    diff = _word_diff_line(report, j)
    kind = f" · {j.kind}" if j.kind else ""
    held = " · baselined" if j.baselined else ""
    titles = [f"{j.verdict.value.upper()}{kind}{held} · {j.a} ↔ {j.b}", f"confidence {j.confidence:.2f}", f"score {j.score:.2f}"]
    body = Group(grid, reasons, diff) if diff is not None else Group(grid, reasons)
    return _TitledPanel(body, titles, _STYLE[j.verdict])


class _TitledPanel:
    """A panel whose title drops its last parts (the score, then the confidence) rather than
    be cut in the middle of a figure when the terminal is narrow."""

    def __init__(self, body: RenderableType, titles: list[str], style: str) -> None:
        self.body, self.titles, self.style = body, titles, style

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        parts = list(self.titles)
        while len(parts) > 1 and len(" · ".join(parts)) + 6 > options.max_width:
            parts.pop()
        title = Text(" · ".join(parts), style=self.style)
        yield Panel(self.body, title=title, title_align="left", border_style=self.style.split()[-1])


def _word_diff_line(report: Report, j: Judgement) -> Text | None:
    """For two statements that mostly share their words, the words that differ: struck out
    and red (only in the first), underlined and green (only in the second)."""
    a, b = report.statement(j.a).text, report.statement(j.b).text
    diff = word_diff(a, b)
    if similarity(diff, a, b) < WORD_DIFF_SHOWN:
        return None
    line = Text("words: ", style="dim")
    for d in diff:
        if d.op == "same" and d.a:
            line.append(safe_text(a[d.a[0] : d.a[1]]) + " ", style="dim")
            continue
        if d.a:
            line.append("[-" + safe_text(a[d.a[0] : d.a[1]]) + "-] ", style="strike red")
        if d.b:
            line.append("{+" + safe_text(b[d.b[0] : d.b[1]]) + "+} ", style="underline green")
    line.rstrip()
    return line


def _side(report: Report, j: Judgement, sid: str, links: bool = False) -> Text:
    """'isw:2 (author)', the statement's position on a line of its own, then its text."""
    st = report.statement(sid)
    f = report.facts_of(sid)
    who = f.attribution if f.attribution != "author" else "author"
    if f.certainty_cue:
        who += f", '{f.certainty_cue}'"
    head = Text.assemble(statement_id(report, sid, links=links), (f" ({safe_text(who)})\n", "dim"))
    place = where(report, sid, links)
    if place.plain:
        head += place + Text("\n")
    body = Text(safe_text(st.text))
    for e in _evidence_in(j, sid):
        body.stylize(_HIGHLIGHT[j.verdict], e.start, e.end)
    return head + body


def _evidence_in(j: Judgement, sid: str) -> list[Evidence]:
    return [e for e in j.evidence if e.statement == sid]


def _related(report: Report, related: list[Judgement], links: bool = False) -> RenderableType:
    """One row per pair: the ids, then the reasons with both positions on a line under them."""
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for j in related:
        ids = Text.assemble(
            statement_id(report, j.a, "yellow", links), (" ↔ ", "yellow"), statement_id(report, j.b, "yellow", links)
        )
        cell = Text(safe_text("; ".join(j.reasons)), style="dim")
        places = [p for p in (where(report, j.a, links), where(report, j.b, links)) if p.plain]
        if places:
            cell.append("\n")
            cell.append_text(Text(" ↔ ", style="dim").join(places))
        table.add_row(ids, cell)
    return table


def _groups(report: Report) -> list[RenderableType]:
    """Who says what (reports of three or more sources): per group of statements about one
    claim, the claim, then each position with the sources that hold it."""
    out: list[RenderableType] = [Rule(Text(f"Who says what ({len(report.groups)} groups)", style="magenta"))]
    for g in report.groups:
        head = Text.assemble(("• ", "magenta"), (safe_text(g.topic), "bold red" if g.contradiction else "bold"))
        if g.contradiction:
            head.append("  (contradiction)", style="red")
        out.append(head)
        for p in g.positions:
            claim = p.claim if len(p.claim) <= 100 else p.claim[:99] + "…"
            out.append(Text.assemble("    ", (", ".join(p.sources) + ": ", "dim"), safe_text(claim)))
    return out


def _omissions(report: Report, links: bool = False) -> list[RenderableType]:
    out: list[RenderableType] = []
    for src in report.sources:
        mine = [o for o in report.omissions if report.statement(o.statement).source == src.id]
        if not mine:
            continue
        out.append(Rule(Text(f"Only in {safe_text(src.id)} ({len(mine)})", style="cyan")))
        for o in mine:
            line = _id_line(report, o.statement, ("• ", "cyan"), links)
            if len(report.sources) > 2:
                line.append(f"  (not in {', '.join(o.missing_from)})", style="dim")
            out.append(line)
    return out


def render_to_text(renderable: RenderableType, width: int = 100) -> str:
    """Plain text of a renderable at a fixed width (for --output files)."""
    buf = io.StringIO()
    Console(file=buf, width=width, color_system=None, markup=False, highlight=False, emoji=False).print(renderable)
    return buf.getvalue()


def render_sources(rows: list, where: str) -> RenderableType:
    """The `sources` listing: one row per stored source, every path it was ingested from."""
    table = Table(title=f"{len(rows)} sources in {safe_text(where)}", header_style="bold")
    for col in ("id", "date", "statements", "title", "path"):
        table.add_column(col, overflow="fold")
    for r in rows:
        paths = "\n".join(r.paths) or r.path
        table.add_row(
            safe_text(r.id), r.date.isoformat() if r.date else "—", str(r.statements), safe_text(r.title), safe_text(paths)
        )
    return table


def render_eval(results: list, total=None, mode: str = "lexical", left_out=None) -> RenderableType:
    """The eval table: one row per gold file (and topic half), the total, and the pooled
    leave-one-pair-out row when asked for; misses after."""
    table = Table(title=f"Quality against gold alignments ({mode} mode)", header_style="bold", show_lines=False)
    for col in ("gold", "link R", "link P", "contra P/R/F1", "agree P/R/F1", "omit R", "false omit", "trap links", "trap contra"):
        table.add_column(col, justify="left" if col == "gold" else "right")
    rows = results + [r for r in (total, left_out) if r is not None]
    for r in rows:
        cp, cr, cf = r.prf("contradict")
        ap, ar, af = r.prf("agree")
        whole = "[" not in r.name
        table.add_row(
            Text(safe_text(r.name), style="bold" if r.name == "total" else ""),
            f"{r.link_recall:.2f}",
            f"{r.link_precision:.2f}",
            f"{cp:.2f}/{cr:.2f}/{cf:.2f}",
            f"{ap:.2f}/{ar:.2f}/{af:.2f}",
            f"{r.omission_recall:.2f}" if whole else "—",
            f"{r.false_omission_rate:.2f}",
            str(r.trap_links) if whole else "—",
            str(r.trap_contradictions) if whole else "—",
        )
    parts: list[RenderableType] = [table]
    for r in results:
        if r.misses and "[" not in r.name:
            parts.append(Rule(Text(f"Misses and false alarms: {safe_text(r.name)}", style="yellow")))
            parts += [Text(safe_text(m), style="red" if m.startswith(("TRAP", "false contradict")) else "") for m in r.misses]
    return Group(*parts)


def render_check(report: Report, *, links: bool = False) -> RenderableType:
    """The check report: contradicted statements side by side, then corroborated, then new
    (positions for the new report's statements; stored ones have none)."""
    subject = report.subject_statements()
    status = {s.id: CHECK_STATUS[report.status_of(s.id)] for s in subject}
    counts = Counter(status.values())
    src = report.sources[0]
    parts: list[RenderableType] = [
        Text(f"compare check — {safe_text(src.id)}: {safe_text(src.title or src.path)}", style="bold"),
        Text.assemble(
            (f"{counts['contradicted']} contradicted", "bold red"),
            " · ",
            (f"{counts['corroborated']} corroborated", "bold green"),
            " · ",
            (f"{counts['related']} related", "yellow"),
            " · ",
            (f"{counts['new']} new", "cyan"),
            f" · {report.searched} stored sources searched · {report.mode} mode",
        ),
        Text(""),
    ]
    contradicted = [s for s in subject if status[s.id] == "contradicted"]
    parts.append(Rule(Text(f"Contradicted ({len(contradicted)})", style="bold red")))
    for s in contradicted:
        parts += [_pair(report, j, links) for j in report.judgements_of(s.id) if j.verdict is Verdict.CONTRADICT]
    if not contradicted:
        parts.append(Text("No contradictions found.", style="dim"))
    for name, verdict, style in (
        ("corroborated", Verdict.AGREE, "green"),
        ("related", Verdict.RELATED, "yellow"),
        ("new", None, "cyan"),
    ):
        rows = [s for s in subject if status[s.id] == name]
        if rows:
            parts.append(Rule(Text(f"{name.capitalize()} ({len(rows)})", style=style)))
            parts += [_check_line(report, s.id, verdict, style, links) for s in rows]
    return Group(*parts)


def _check_line(report: Report, sid: str, verdict: Verdict | None, style: str, links: bool = False) -> Text:
    line = _id_line(report, sid, ("• ", style), links)
    others = [j.b if j.a == sid else j.a for j in report.judgements_of(sid) if j.verdict is verdict]
    if others:
        word = "by" if verdict is Verdict.AGREE else "see"
        line.append(f"  ({word} {safe_text(', '.join(dict.fromkeys(others)))})", style="dim")
    return line
