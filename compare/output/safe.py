"""Report text made inert for any writer: control characters as visible symbols, bidi
overrides dropped. No rich here, so writers that need no terminal (HTML) need not import it."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Control characters as visible, inert symbols (ESC → ␛, CR → ␍); bidi overrides dropped."""

    def show(m: re.Match[str]) -> str:
        c = ord(m.group(0))
        if c < 0x20:
            return chr(0x2400 + c)
        if c == 0x7F:
            return "␡"
        return "" if c >= 0x202A else "�"

    return _CONTROL.sub(show, text)
