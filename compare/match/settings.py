"""How a comparison runs, decided once at the edge (the command line) and passed down.

Mode is lexical or semantic; semantic mode has an encoder, and each mode has its own
calibrated alignment and judging thresholds. Nothing below the edge derives the mode again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from ..errors import ModelUnavailable
from .align import DEFAULT, SEMANTIC, AlignConfig
from .embed import Encoder, load_encoder
from .judge import LEXICAL_JUDGE, SEMANTIC_JUDGE, JudgeConfig


class Mode(str, Enum):
    auto = "auto"
    lexical = "lexical"
    semantic = "semantic"


@dataclass(frozen=True)
class Settings:
    """The encoder (None: lexical mode) and the configuration of each matching stage."""

    encoder: Encoder | None = None
    align: AlignConfig = DEFAULT
    judge: JudgeConfig = LEXICAL_JUDGE

    @property
    def mode(self) -> str:
        return "semantic" if self.encoder is not None else "lexical"

    @classmethod
    def lexical(cls) -> Settings:
        return cls()

    @classmethod
    def semantic(cls, encoder: Encoder) -> Settings:
        return cls(encoder=encoder, align=SEMANTIC, judge=SEMANTIC_JUDGE)

    @classmethod
    def of(cls, encoder: Encoder | None) -> Settings:
        """Semantic settings for an encoder, lexical ones for None."""
        return cls.semantic(encoder) if encoder is not None else cls.lexical()


def resolve_settings(mode: Mode = Mode.auto, model: Path | None = None) -> Settings:
    """Settings for the mode asked for. `auto` is semantic when the model loads and lexical
    otherwise; asking for semantic mode or a model folder that cannot load raises
    ModelUnavailable."""
    if mode is Mode.lexical:
        return Settings.lexical()
    try:
        return Settings.semantic(load_encoder(model))
    except ModelUnavailable:
        if mode is Mode.semantic or model is not None:
            raise
        return Settings.lexical()
