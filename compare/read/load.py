"""Read a report file into a `Source`: the only stage that touches the file system.

Repairs what PDF and web extraction leave behind while keeping, for every character of
cleaned text, its offset into the original text: footnote markers glued to words become
citation references, a footnote block at the end becomes numbered citations, a sentence
broken across a page break is rejoined, Markdown escapes (``\\$``) are read as the character.
"""

from __future__ import annotations

import errno
import re
import stat
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..facts.dates import parse_header_date
from ..models import Citation, Paragraph, Source
from .blocks import Block, Extracted, verbatim
from .pdf import join_hyphen, vocabulary

MAX_BYTES = 20_000_000  # a report larger than this is refused, not read into memory

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(SUPERSCRIPTS, "0123456789")

# One pass over a block: each alternative is a piece of noise with its own repair.
_NOISE = re.compile(
    r"(?P<ansi>\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?)"
    r"|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]+)"
    # Every branch opens with the character it consumes first and looks behind it only then
    # ('[' preceded by no space nor '['): the regex engine fails fast at every ordinary
    # character instead of evaluating lookbehinds there (the same matches, 2.5x faster)
    r"|\[(?<=[^\s\[]\[)(?P<bracket>\d{1,3})\](?!\()"
    r"|\\(?P<escaped>[$*_\[\]()#&%<>~`])"
    r"|(?P<emph>\*(?<![\w*]\*)\*?(?=\S)|\*(?<=\S\*)\*?(?![\w*]))"
    # a word hyphenated across a line end (a PDF paste): rejoined or kept, see pdf.join_hyphen
    r"|(?P<hyphen>-(?<=[^\W\d_]-)[ \t]*(?:\r\n|\r|\n)[ \t]*(?=[^\W\d_]))"
    # whitespace to fold: a run of two or more, or one that is not a plain space (a lone
    # space needs no repair, and not matching it keeps this pass fast)
    r"|(?P<space>[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000])"
    # dropped: soft hyphen, zero-width and bidi controls (they reorder what a terminal or a log
    # shows), C0 and C1 controls (U+009B is a one-character CSI)
    r"|(?P<drop>[\u00ad\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f])"
)

_FOOTNOTE_START = re.compile(r"^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\]|\d{1,3}[.)])\s+\S")
_URLISH = re.compile(r"https?://|www\.|<[a-z]+://|\(\(\.\)\)", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(?:by|written by|author:)\s+\S", re.IGNORECASE)
_BOILERPLATE = re.compile(
    r"\b(?:reprinted|republished|all rights reserved|copyright|©|subscribe|with permission|"
    r"originally (?:published|appeared))\b",
    re.IGNORECASE,
)
_TERMINAL = '.!?:;"”’)»'


def load(path: str | Path, source_id: str | None = None) -> Source:
    """Read, decode and parse one report file."""
    p = Path(path)
    text = read_text(p)
    return parse(text, path=str(path), source_id=source_id or source_id_for(p))


def read_text(p: Path) -> str:
    """Decode a report file, refusing what is not a readable text report."""
    return decode(read_bytes(p), str(p))


def read_bytes(p: Path) -> bytes:
    """At most MAX_BYTES of a file; the size the file system reports is not trusted, because
    /dev/zero, a FIFO or a growing file report 0 (or a wrong size) and would be read whole."""
    name = str(p)
    try:
        st = p.stat()
    except OSError as exc:
        raise InputError(name, _os_problem(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(name, "is a directory, not a report file")
    if stat.S_ISREG(st.st_mode) and st.st_size > MAX_BYTES:  # a plain file's size is known: refuse before reading
        raise InputError(name, f"file is {st.st_size:,} bytes; the limit is {MAX_BYTES:,} bytes")
    try:
        with p.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(name, _os_problem(exc)) from None
    if len(data) > MAX_BYTES:
        raise InputError(name, f"file is more than {MAX_BYTES:,} bytes; the limit is {MAX_BYTES:,} bytes")
    return data


def _os_problem(exc: OSError) -> str:
    """One line for an OS error: the cases an analyst can act on by name, else the OS's words."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno == errno.ELOOP:
        return "symlink loop (the link points, directly or not, to itself)"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if exc.errno == errno.EISDIR:
        return "is a directory, not a report file"
    return f"cannot be read ({exc.strerror or exc})"


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; else a detected legacy encoding."""
    from .encoding import decode_bytes

    text = decode_bytes(data, name)
    if not text.strip():
        raise InputError(name, "file is empty" if not data else "file contains only whitespace")
    return text


def source_id_for(p: Path) -> str:
    """A short id from the file name: 'isw-2020-09-14.txt' → 'isw'."""
    stem = p.stem.lower()
    stem = re.sub(r"[-_ ]?(?:(?:19|20)\d\d[-_]?\d\d[-_]?\d\d|\d{8})$", "", stem)
    stem = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    return stem or "source"


def parse(text: str, *, path: str, source_id: str) -> Source:
    """Split a decoded report into metadata, body paragraphs and footnotes."""
    extracted = _extract(text, path)
    blocks = extracted.blocks
    n_header = _header_length(blocks)
    header, rest = blocks[:n_header], blocks[n_header:]
    notes_at = _footnote_start(rest)
    body, notes = rest[:notes_at], rest[notes_at:]
    while body and _is_boilerplate(body[-1]):
        body = body[:-1]
    title, published, byline = _metadata(header)
    vocab = vocabulary(text)
    paragraphs = _rejoin(tuple(p for p in (_clean(b.text, b.offsets, vocab) for b in body) if p.text), vocab)
    if not paragraphs:
        raise InputError(path, "no body text found (only a title, footnotes or boilerplate)")
    if not any(ch.isalnum() for p in paragraphs for ch in p.text):
        raise InputError(path, "no sentences found (the text has no letters or digits)")
    check_language(" ".join(p.text for p in paragraphs), path)
    return Source(
        id=source_id,
        path=path,
        text=text,
        title=_one_line(extracted.title) or title,
        date=published or (parse_header_date(extracted.published) if extracted.published else None),
        byline=_one_line(extracted.byline) or byline,
        paragraphs=paragraphs,
        citations=_citations(notes, text),
    )


def _extract(text: str, path: str) -> Extracted:
    """Body blocks by format: an HTML page, a Markdown document, or plain (perhaps PDF-pasted) text."""
    from . import html, markdown, pdf

    if html.is_html(text, path):
        return html.extract(text, path)
    if markdown.is_markdown(text, path):
        return markdown.extract(text)
    return Extracted(_blocks(pdf.mask_running_lines(text)))


_UNSAFE = re.compile(r"[\u00ad\u200b-\u200f\u061c\u202a-\u202e\u2060-\u2069\ufeff\x80-\x9f]")
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?![\w*])")


def _one_line(text: str) -> str:
    """Metadata as one line: bidi, zero-width and C1 controls removed (they would reorder or
    drive what a terminal shows), emphasis marks dropped, whitespace folded. C0 controls such
    as ESC stay, for the renderer to show as inert symbols."""
    return " ".join(_EMPHASIS.sub("", _UNSAFE.sub("", text)).split())


_SCRIPTS = {
    "CYRILLIC": "Russian or another language in Cyrillic script",
    "ARABIC": "Arabic script",
    "CJK": "Chinese or Japanese",
    "HANGUL": "Korean",
    "GREEK": "Greek",
    "HEBREW": "Hebrew",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "DEVANAGARI": "Hindi or another Devanagari-script language",
    "GEORGIAN": "Georgian",
    "ARMENIAN": "Armenian",
}
_ENGLISH_MARKERS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "said",
        "has",
        "have",
        "are",
        "were",
        "be",
    ]
)


def check_language(text: str, path: str) -> None:
    """Refuse, with a clear note, a report that is not in English: the extractors and lexicons
    are English-only, and running them on other languages gives confident nonsense."""
    sample = text[:20_000]
    foreign = [c for c in re.findall(r"[^\x00-\x7f]", sample) if c.isalpha()]
    n_letters = len(re.findall(r"[A-Za-z]", sample)) + len(foreign)
    if n_letters < 40:
        return
    scripts: dict[str, int] = {}
    for c in foreign:
        name = unicodedata.name(c, "")
        for key in _SCRIPTS:
            if name.startswith(key):
                scripts[key] = scripts.get(key, 0) + 1
                break
    script, count = max(scripts.items(), key=lambda kv: kv[1], default=("", 0))
    if count > n_letters / 2:
        raise InputError(path, f"the text looks like {_SCRIPTS[script]}, which is not supported yet (only English reports are)")
    _check_english(sample, path)


def _check_english(sample: str, path: str) -> None:
    words = re.findall(r"[a-z]+", sample.lower())
    if len(words) >= 40 and sum(w in _ENGLISH_MARKERS for w in words) < 0.08 * len(words):
        raise InputError(path, "the text does not look like English, and other languages are not supported yet")


def _blocks(text: str) -> list[Block]:
    return [
        verbatim(text, m.start(), m.end()) for m in re.finditer(r"[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*", text)
    ]


def _header_length(blocks: list[Block]) -> int:
    """Leading one-line blocks that do not read as prose: title, date line, byline.

    A line that reads as a sentence ends the header, whatever its length or closing quote:
    a header line is dropped from the body, and nothing written as a sentence may vanish."""
    n = 0
    for b in blocks[:6]:
        line = _one_line(b.text)
        if len(b.lines) != 1 or not line or len(line) > 250 or _FOOTNOTE_START.match(line):
            break
        if reads_as_sentence(line) and not _BYLINE.match(line) and not _is_date_line(line):
            break
        n += 1
    if n == len(blocks):  # nothing but short lines: the first is a title, the rest is the body
        return min(1, len(blocks) - 1) if n and not reads_as_sentence(_one_line(blocks[0].text)) else 0
    return n


_CLOSERS = re.compile(r"(?:[\"”’'»)\]\s]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])+$")


def reads_as_sentence(line: str) -> bool:
    """Ends like a sentence, once closing quotes, brackets and footnote markers are set aside:
    'Crews fought the fire for “three hours.”¹' is a sentence, not a headline."""
    bare = _CLOSERS.sub("", line)
    return bool(bare) and bare[-1] in ".!?" and not re.search(r"(?:^|\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|Gen|St)\.$", bare)


def _is_date_line(line: str) -> bool:
    """A short line that is mostly a date ('Published March 3, 2022.'), not a sentence with a date."""
    if len(line) >= 60 or parse_header_date(line) is None:
        return False
    return not reads_as_sentence(line) or len(line.split()) <= 5


def _metadata(header: list[Block]) -> tuple[str, date | None, str]:
    title, published, byline = "", None, ""
    for b in header:
        line = _one_line(b.text)
        if _BYLINE.match(line):
            byline = re.sub(r"^(?:by|written by|author:)\s+", "", line, flags=re.IGNORECASE)
        elif published is None and _is_date_line(line):
            published = parse_header_date(line)
        elif not title:
            title = line
    return title, published, byline


def _footnote_start(blocks: list[Block]) -> int:
    """Index of the first block of a trailing footnote section, or len(blocks)."""
    start = len(blocks)
    for i in range(len(blocks) - 1, -1, -1):
        text = blocks[i].text
        if _FOOTNOTE_START.match(text):
            start = i
        elif not (_URLISH.search(text) and start < len(blocks) and i > 0):
            break
    while start < len(blocks) and not _FOOTNOTE_START.match(blocks[start].text):
        start += 1
    return start


def _is_boilerplate(b: Block) -> bool:
    return len(b.text) < 400 and bool(_BOILERPLATE.search(b.text))


def _clean(raw: str, offs: Sequence[int], vocab: frozenset[str] = frozenset()) -> Paragraph:
    """Cleaned text of one block, the original offset of each character, and footnote markers."""
    pieces: list[str] = []
    offsets: list[int] = []
    markers: list[tuple[int, int]] = []
    last = ""  # the last character emitted

    def keep(start: int, end: int) -> None:
        """Copy raw[start:end] unchanged, with its own offsets."""
        nonlocal last
        if end > start:
            pieces.append(raw[start:end])
            offsets.extend(offs[start:end])
            last = raw[end - 1]

    def emit(ch: str, at: int) -> None:
        nonlocal last
        pieces.append(ch)
        offsets.append(at)
        last = ch

    pos = 0
    for m in _NOISE.finditer(raw):
        keep(pos, m.start())
        pos = m.end()
        kind = m.lastgroup
        if kind in ("sup", "bracket"):
            digits = m.group(kind).translate(_SUPER_TO_DIGIT)
            markers.append((len(offsets), int(digits)))
        elif kind == "escaped":
            emit(m.group("escaped"), offs[m.start() + 1])
        elif kind == "hyphen" and not _joins(raw, m.start(), m.end(), vocab):
            emit("-", offs[m.start()])
        elif kind == "space" and offsets and last != " ":
            emit(" ", offs[m.start()])
    keep(pos, len(raw))
    chars = "".join(pieces)
    text = unicodedata.normalize("NFC", chars)
    if len(text) != len(chars):  # composition changed lengths: keep the uncomposed form
        text = chars
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Paragraph(
        text=text,
        offsets=tuple(offsets[lead : lead + len(text)]),
        markers=tuple((p - lead, n) for p, n in markers),
    )


def _joins(raw: str, hyphen: int, after: int, vocab: frozenset[str]) -> bool:
    """Whether the hyphen at raw[hyphen], before a line end, splits one word (drop it) or not."""
    left = re.search(r"[^\W\d_]+$", raw[max(0, hyphen - 40) : hyphen])
    right = re.match(r"[^\W\d_]+", raw[after : after + 40])
    return left is not None and right is not None and join_hyphen(left.group(0), right.group(0), vocab)


def _rejoin(paragraphs: tuple[Paragraph, ...], vocab: frozenset[str] = frozenset()) -> tuple[Paragraph, ...]:
    """Join a paragraph cut by a page break: no closing punctuation, next starts in lower case.
    A word hyphenated across the break ('meet-' | 'ing') is joined without the hyphen."""
    out: list[Paragraph] = []
    for p in paragraphs:
        prev = out[-1] if out else None
        if prev and prev.text[-1] not in _TERMINAL and p.text[0].islower():
            out[-1] = _joined(prev, p, vocab)
        else:
            out.append(p)
    return tuple(out)


def _joined(prev: Paragraph, p: Paragraph, vocab: frozenset[str]) -> Paragraph:
    left = re.search(r"([^\W\d_]+)-$", prev.text)
    right = re.match(r"[^\W\d_]+", p.text)
    sep: tuple[int, ...]
    if left is not None and right is not None and join_hyphen(left.group(1), right.group(0), vocab):
        head, head_offsets, sep = prev.text[:-1], prev.offsets[:-1], ()
    else:
        head, head_offsets, sep = prev.text + " ", prev.offsets, (prev.offsets[-1] + 1,)
    shift = len(head)
    return Paragraph(
        text=head + p.text,
        offsets=head_offsets + sep + p.offsets,
        markers=prev.markers + tuple((i + shift, n) for i, n in p.markers),
    )


def _citations(blocks: list[Block], original: str) -> tuple[Citation, ...]:
    """Numbered footnotes; a block that does not open with a number continues the previous one.
    URLs are read from the original text of each note (a Markdown or HTML link's target)."""
    notes: list[list] = []
    for b in blocks:
        text = " ".join(b.text.split())
        raw = original[b.offsets[0] : b.offsets[-1] + 1] if len(b.offsets) else text
        m = re.match(r"^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\[(\d{1,3})\]|(\d{1,3})[.)])\s+", text)
        if m:
            number = int((m.group(1) or "").translate(_SUPER_TO_DIGIT) or m.group(2) or m.group(3))
            notes.append([number, text[m.end() :], raw])
        elif notes:
            notes[-1][1] += " " + text
            notes[-1][2] += " " + raw
    return tuple(Citation(n, t, _urls(raw)) for n, t, raw in notes)


def _urls(text: str) -> tuple[str, ...]:
    """URLs in a footnote, de-obfuscated ('tass((.))ru' → 'tass.ru'), each once, in order."""
    plain = text.replace("\\(", "(").replace("\\)", ")").replace("((.))", ".")
    seen: dict[str, None] = {}
    for u in re.findall(r"""https?://[^\s<>()\]\[;"']+""", plain):
        seen.setdefault(u.rstrip(".,"), None)
    return tuple(seen)
