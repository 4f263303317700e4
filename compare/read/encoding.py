"""Turn a report's bytes into text, or say in one line why that cannot be done."""

from __future__ import annotations

import codecs

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
        return _legacy(data, name)


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
