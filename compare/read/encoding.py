"""Turn a report's bytes into text, or say in one line why that cannot be done."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import InputError

# Signatures of binary formats an analyst might save by mistake.
_MAGIC = {
    b"%PDF": "a PDF file (extract its text first, e.g. with pdftotext)",
    b"PK\x03\x04": "a ZIP archive (or a .docx/.xlsx document)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
    b"SQLite format 3\x00": "an SQLite database",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
}

# Legacy encodings we accept when the detector is confident; anything else is refused.
_LEGACY = ("cp1251", "koi8_r", "koi8_u", "cp1252", "latin_1", "iso8859_5", "mac_cyrillic", "cp866", "iso8859_2", "cp1250")


def decode_bytes(data: bytes, name: str) -> str:
    """UTF-8 (BOM optional), UTF-16/32 with BOM, or a detected legacy 8-bit encoding."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(name, f"is {what}, not a text report")
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(name, f"starts with a {codec} byte-order mark but is not valid {codec} ({exc.reason})") from None
    if b"\x00" in data[:8192]:
        return _utf16_without_bom(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    repaired, n_utf8 = _utf8_with_cp1252_repairs(data)
    if n_utf8 and _plausible(repaired):  # UTF-8 with a few stray cp1252 bytes (a pasted line)
        return repaired
    return _single_byte(data, name)


def _cp1252_repair(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as cp1252 (undefined ones as U+FFFD)."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("cp1252", "replace"), exc.end


codecs.register_error("compare-cp1252", _cp1252_repair)

_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_with_cp1252_repairs(data: bytes) -> tuple[str, int]:
    """The text with invalid bytes read as cp1252, and how many valid multi-byte UTF-8
    sequences the file has (none: it is a single-byte file, not UTF-8 with stray bytes)."""
    return data.decode("utf-8", "compare-cp1252"), len(_UTF8_SEQ.findall(data))


_BOX = re.compile(r"[\u2500-\u259f]")


def _plausible(text: str) -> bool:
    """No box-drawing characters, and Latin text is mostly plain letters: what a wrong code
    page gives ('ą' for a cp1252 '¹', '╨' for a UTF-8 byte read as cp866) fails this."""
    if _BOX.search(text) or "\ufffd" in text:
        return False
    letters = [c for c in text[:200_000] if c.isalpha()]
    ascii_letters = sum(c.isascii() for c in letters)
    rare = sum(not c.isascii() and not ("\u00c0" <= c <= "\u00ff") for c in letters)
    latin = ascii_letters > 0.7 * len(letters)
    return not (latin and rare > max(2, 0.01 * len(letters)))


def _single_byte(data: bytes, name: str) -> str:
    """cp1252 first when it reads as Latin text (English reports are), else a detected code
    page; a decoding that still looks wrong is refused rather than compared as garbage."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible(text) and _mostly_ascii_letters(text):
        return text
    text = _legacy(data, name)
    if not _plausible(text):
        raise InputError(name, "is not UTF-8 and its encoding could not be determined; save it as UTF-8")
    return text


def _mostly_ascii_letters(text: str) -> bool:
    letters = [c for c in text[:200_000] if c.isalpha()]
    return sum(c.isascii() for c in letters) >= 0.9 * len(letters)


def _utf16_without_bom(data: bytes, name: str) -> str:
    """NUL bytes in text mean UTF-16 without a BOM, or a binary file."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    codec = "utf-16-le" if odd > even else "utf-16-be"
    if max(even, odd) > len(data) // 4 and min(even, odd) < len(data) // 50:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass
    raise InputError(name, "is a binary file (it contains NUL bytes), not a text report")


def _legacy(data: bytes, name: str) -> str:
    best = from_bytes(data[:200_000], cp_isolation=list(_LEGACY)).best()
    if best is None:
        raise InputError(name, "is not UTF-8 and its encoding could not be recognised; save it as UTF-8")
    try:
        return data.decode(best.encoding)
    except UnicodeDecodeError:
        raise InputError(name, f"is not UTF-8 and not valid {best.encoding}; save it as UTF-8") from None
