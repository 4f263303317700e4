"""More real-style sentences per extractor (wire, think-tank and official styles)."""

from __future__ import annotations

from datetime import date

import pytest

from compare.facts.dates import find_dates
from compare.facts.entities import mentions
from compare.facts.extract import attribution_of, certainty_of, frames_of, negation_focus
from compare.models import Certainty


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ukraine's General Staff said Russian troops withdrew from Kherson.", "General Staff"),
        ("Russia's Defense Ministry claimed its forces destroyed three HIMARS launchers.", "Defense Ministry"),
        ("“We are ready to talk,” Foreign Minister Sergei Lavrov told reporters.", "Sergei Lavrov"),
        ("According to Reuters, the convoy stretched for 60 kilometers.", "Reuters"),
        ("According to two diplomats, no deal was reached.", "two diplomats"),
        ("Western officials said the offensive had stalled.", "western officials"),
        ("Witnesses reported explosions near the airport.", "witnesses"),
        ("The Kremlin denied any involvement in the attack.", "Kremlin"),
        ("Mayor Vitali Klitschko said the city had no power.", "Vitali Klitschko"),
        ("Senior U.S. officials warned of further strikes.", "senior u.s. officials"),
        ("The governor of Belgorod, Vyacheslav Gladkov, said two people were injured.", "Vyacheslav Gladkov"),
        ("Ms. Tsikhanouskaya announced a national strike.", "Tsikhanouskaya"),
        ("Local residents said the bridge had collapsed overnight.", "local residents"),
        ("Kyiv's military administration reported no casualties.", "author"),
        ("The strike destroyed a depot.", "author"),
        # a speaker after the claim, with an auxiliary and an acronym in brackets
        (
            "The depot was set on fire by saboteurs, the Ostrian Border Guard Service (OBGS) has said.",
            "Ostrian Border Guard Service",
        ),
        ("Officials have said the dam is safe.", "officials"),
        # a day before a reporting verb is no speaker
        ("Ostria on Monday declared the border closed.", "author"),
    ],
)
def test_attribution_cases(text: str, who: str) -> None:
    assert attribution_of(text) == who


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Russia will very likely resume its offensive in spring.", Certainty.LIKELY),
        ("Moscow is highly unlikely to accept the proposal.", Certainty.UNLIKELY),
        ("The Kremlin almost certainly ordered the strike.", Certainty.ALMOST_CERTAIN),
        ("Minsk probably agreed to host more troops.", Certainty.LIKELY),
        ("Beijing could supply drones, though this is unconfirmed.", Certainty.POSSIBLE),
        ("The attack might have been a provocation.", Certainty.POSSIBLE),
        ("Wagner forces are expected to withdraw by Friday.", Certainty.LIKELY),
        ("The regime will undoubtedly retaliate.", Certainty.ALMOST_CERTAIN),
        ("There is a roughly even chance that talks resume.", Certainty.POSSIBLE),
        ("The missile was possibly a decoy.", Certainty.POSSIBLE),
        ("Putin signed the decree on Monday.", Certainty.ASSERTED),
        ("It appears to be a routine rotation.", Certainty.POSSIBLE),
        ("We assess that the brigade has been reconstituted.", Certainty.LIKELY),
    ],
)
def test_certainty_cases(text: str, level: Certainty) -> None:
    assert certainty_of(text)[0] is level


@pytest.mark.parametrize(
    ("text", "focus"),
    [
        ("The ministry ruled out a second wave of mobilization.", {"second", "wave"}),
        ("No civilians were hurt in the strike, officials said.", {"civilian", "hurt"}),
        ("Kyiv has never confirmed the losses.", {"confirm", "loss"}),
        ("The talks did not produce a ceasefire.", {"produc", "ceasefir"}),
        ("Neither side reported casualties.", {"side", "report"}),
        ("Nothing was agreed on grain exports.", {"agre", "grain"}),
        ("The nuclear plant was not damaged, the IAEA said.", {"nuclear", "plant", "damag"}),
        ("Moscow refused to extend the deal.", {"extend", "deal"}),
        ("The president denied that the army had lost control of the city.", {"armi", "lose"}),
        ("Witnesses saw no armored vehicles on the bridge.", {"armor", "vehicl"}),
        ("The Kremlin rejected reports of a troop buildup.", {"report", "troop"}),
        ("Investigators found nothing linking the blast to sabotage.", {"link", "blast"}),
        ("Turkey has not closed the straits to commercial ships.", {"close", "strait"}),
        ("Officials dismissed claims of a ceasefire violation.", {"claim", "ceasefir"}),
        ("The envoy left without signing the memorandum.", {"sign", "memorandum"}),
    ],
)
def test_negation_cases(text: str, focus: set[str]) -> None:
    assert set(negation_focus(text, mentions(text))[0]) == focus


@pytest.mark.parametrize(
    ("text", "frames"),
    [
        ("Moscow massively expanded its troop presence near the border.", {"escalation"}),
        ("The drills are held annually and are purely routine.", {"routine"}),
        ("NATO called the deployment a dangerous escalation.", {"escalation"}),
        ("Officials described the flights as standard and scheduled.", {"routine"}),
        ("The president threatened to cut gas supplies.", {"threat"}),
        ("Berlin welcomed the agreement and praised both sides.", {"reassurance"}),
        ("The opposition called the vote rigged and illegitimate.", {"illegitimacy"}),
        ("The court recognized the election as lawful.", {"legitimacy"}),
        ("Ukraine's forces liberated the town on Friday.", {"legitimacy"}),
        ("The army suffered a major setback and lost ground.", {"weakness"}),
        ("Kyiv gained the upper hand in the south.", {"strength"}),
        ("Russia annexed the four regions after sham referendums.", {"illegitimacy"}),
        ("The ministry warned of coercion and blackmail.", {"threat"}),
        ("Air raids intensified sharply overnight.", {"escalation"}),
        ("The exercise was announced in advance, as planned.", {"routine"}),
        ("The summit ended with no statement.", set()),
        ("Prices rose by 3 percent in May.", set()),
    ],
)
def test_framing_cases(text: str, frames: set[str]) -> None:
    assert {label for label, _ in frames_of(text)} == frames


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Fighting resumed on Feb. 24.", date(2022, 2, 24), date(2022, 2, 24)),
        ("The siege lasted from March 1 to May 20.", date(2022, 3, 1), date(2022, 5, 20)),
        ("Shelling intensified in mid-March.", date(2022, 3, 11), date(2022, 3, 20)),
        ("The referendum was held on 27 September 2022.", date(2022, 9, 27), date(2022, 9, 27)),
        ("Talks were planned for May 2-4.", date(2022, 5, 2), date(2022, 5, 4)),
        ("The decree takes effect next month.", date(2022, 6, 1), date(2022, 6, 30)),
        ("Explosions were heard last week.", date(2022, 5, 23), date(2022, 5, 29)),
        ("Troops crossed on Thursday.", date(2022, 5, 26), date(2022, 5, 26)),
    ],
)
def test_more_dates(text: str, first: date, last: date) -> None:
    (d,) = find_dates(text, date(2022, 5, 31))
    assert (d.first, d.last) == (first, last)
