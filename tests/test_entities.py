from __future__ import annotations

import pytest

from compare.facts.entities import fold_keys, mentions, name_key, same_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lukashenko", "Lukashenka"),
        ("Alexander", "Alyaksandr"),
        ("Odessa", "Odesa"),
        ("Kharkov", "Kharkiv"),
        ("Lugansk", "Luhansk"),
        ("Artemovsk", "Artemivsk"),
        ("Shoigu", "Shoygu"),
        ("Tikhanovskaya", "Tsikhanouskaya"),
        ("Svetlana", "Svyatlana"),
        ("Aleksei", "Alexei"),
        ("Zelensky", "Zelenskyy"),
        ("Kyiv", "Kiev"),
        ("Russian", "Russia"),
        ("Belarusian", "Belarus"),
        ("Минск", "Minsk"),
        ("Navalny", "Navalnyy"),
        ("Dnipropetrovsk", "Dnepropetrovsk"),
    ],
)
def test_spelling_variants_fold(a: str, b: str) -> None:
    assert same_name(name_key(a), name_key(b)), (name_key(a), name_key(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Austria", "Australia"),
        ("Iran", "Iraq"),
        ("Slovenia", "Slovakia"),
        ("Minsk", "Moscow"),
        ("Putin", "Pushkin"),
        ("Serbia", "Siberia"),
        ("Peter", "Potter"),
        ("Sochi", "Sakha"),
        ("Georgia", "Germany"),
    ],
)
def test_different_names_stay_apart(a: str, b: str) -> None:
    assert not same_name(name_key(a), name_key(b))


def test_fold_keys_is_transitive_across_sources() -> None:
    canon = fold_keys([name_key(w) for w in ("Lukashenko", "Lukashenka", "Lukashenkas", "Putin")])
    assert canon[name_key("Lukashenko")] == canon[name_key("Lukashenka")]
    assert canon[name_key("Putin")] != canon[name_key("Lukashenko")]


def test_mentions_drop_titles_and_sentence_openers() -> None:
    text = "Ordering strikes, Defense Minister Sergei Shoigu met President Volodymyr Zelensky's envoy in the Organization for Security and Cooperation in Europe."
    surfaces = [e.surface for e in mentions(text)]
    assert surfaces == ["Sergei Shoigu", "Volodymyr Zelensky's", "Organization for Security and Cooperation", "Europe"]


def test_mentions_split_compound_adjectives_and_keep_acronyms() -> None:
    ents = mentions("The Russian-Belarusian drill and NATO and COVID-19 talks.")
    assert [e.key for e in ents] == ["rusia belarusia", "nato", name_key("COVID-19")]
    assert name_key("COVID-19") == "covid19"


def test_a_word_the_report_writes_in_lower_case_opens_a_sentence_as_that_word() -> None:
    common = frozenset({"police", "yields"})
    assert mentions("Police said the march passed off peacefully.", common) == ()
    assert mentions("Yields rose after the announcement.", common) == ()
    assert [e.surface for e in mentions("Police said so.")] == ["Police"]  # without the report's words: a name
    # a name the report never writes in lower case stays one; so does a longer name
    assert [e.surface for e in mentions("Marston said the march was peaceful.", common)] == ["Marston"]
    assert [e.surface for e in mentions("Police Scotland said the march was peaceful.", common)] == ["Police Scotland"]


def test_a_number_word_opening_a_sentence_is_no_name() -> None:
    assert mentions("Fourteen fans were detained after the game.") == ()
    assert mentions("Twelve people were hurt.") == ()
