"""The fast attribute-ruler matching finds what spaCy's Matcher finds (invented sentences)."""

from __future__ import annotations

import importlib
import importlib.util

import pytest

from .conftest import parser_or_skip_module

parser_or_skip_module()

from compare.facts import claims, fast_ruler  # noqa: E402

SENTENCES = [
    "Ruritanian troops shelled the depot near Novigrad on Monday, the ministry said.",
    "There were no casualties, and nobody was hurt when the bridge was closed.",
    "Let's wait and see, y'all; we're gonna need 14 more trucks by 3 p.m.",
    "Nothin' doin' — the mayor got the budget approved and gets a second term.",
    "Did the army do it?  It did not, and I told you so: it was an accident.",
    "That is what they said, which is why the harbour authority denied it.",
    "She has had enough of the talks\n\nand will not return to them before dawn.",
    "Officials estimated the damage at 240 million and asked for help.",
    "It's unclear whether the 12 engineers who repaired the dam were paid.",
    "Mayor Ilse Varga, who opened the shelter, accused the contractors of fraud.",
]


@pytest.fixture(scope="module")
def spacy_and_fast():
    """A pipeline as spaCy ships it (its own matching), and the fast matching of its ruler."""
    for name in claims.MODEL_MODULES:
        if importlib.util.find_spec(name):
            nlp = importlib.import_module(name).load(exclude=list(claims.UNUSED_COMPONENTS))
            ruler = nlp.get_pipe("attribute_ruler")
            return nlp, ruler, fast_ruler.FastMatch(ruler)
    pytest.skip("no English spaCy model")


def test_the_same_matches_in_the_same_order(spacy_and_fast) -> None:
    nlp, ruler, fast = spacy_and_fast
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe(SENTENCES))
    for doc in docs:
        expected = ruler.match(doc)
        assert expected, doc.text
        assert fast(doc) == expected, doc.text


def test_the_installed_parser_reads_the_same_attributes(spacy_and_fast) -> None:
    nlp, _, _ = spacy_and_fast
    installed = claims.load_parser()
    assert isinstance(installed.get_pipe("attribute_ruler").match, fast_ruler.FastMatch)
    for ours, theirs in zip(installed.pipe(SENTENCES), nlp.pipe(SENTENCES)):
        assert [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in ours] == [
            (t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in theirs
        ]


def test_a_ruler_with_an_operator_keeps_spacys_matching() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], {"LEMMA": "good"})
    original = ruler.match
    assert not fast_ruler.install(nlp)
    assert ruler.match == original


def test_a_ruler_of_supported_patterns_is_replaced() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^colou?r$"}}]], {"LEMMA": "colour"})
    ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "to"}, index=1)
    assert fast_ruler.install(nlp)
    doc = nlp("The color is gonna fade, the colour too.")
    assert [t.lemma_ for t in doc if t.lemma_] == ["colour", "to", "colour"]
