"""Regression guard: quality on the seed gold must not drop below the levels measured when the
guard was last raised. Each floor is the figure `python main.py eval` printed, rounded down;
raise a floor when a change improves the figure, never lower one to let a change through."""

from __future__ import annotations

import pytest

from compare.evaluate import evaluate_file, total
from compare.match.settings import Settings

from .conftest import ROOT, encoder_or_skip

GOLD = ROOT / "alignments" / "isw-jamestown-2020-09.toml"

# mode: (link recall, link precision, contradiction F1, agreement F1, omission recall, max false-omission rate)
FLOORS = {
    "lexical": (0.30, 0.60, 0.88, 0.35, 0.83, 0.43),  # eval 2026-12-02 (session 8): 0.305 0.600 0.889 0.359 0.839 0.429
    "semantic": (0.40, 0.66, 0.88, 0.46, 0.64, 0.13),  # eval 2026-12-02 (session 8): 0.407 0.667 0.889 0.468 0.645 0.129
}


def _encoder(mode: str):
    return None if mode == "lexical" else encoder_or_skip()


@pytest.mark.parametrize("mode", sorted(FLOORS))
def test_quality_does_not_regress(mode: str) -> None:
    whole = evaluate_file(GOLD, Settings.of(_encoder(mode)))[2][0]
    link_r, link_p, contra_f1, agree_f1, omit_r, false_omit = FLOORS[mode]
    assert whole.link_recall >= link_r
    assert whole.link_precision >= link_p
    assert whole.prf("contradict")[2] >= contra_f1
    assert whole.prf("agree")[2] >= agree_f1
    assert whole.omission_recall >= omit_r
    assert whole.false_omission_rate <= false_omit + 1e-9
    assert whole.trap_contradictions == 0


DEVSET = ROOT.parent / "shared" / "devset"
# The six dev pairs and the seed pair together, semantic mode: (contradiction F1, agreement F1,
# agreement precision). Measured 2026-12-02 (session 8): 0.667, 0.540, 0.571 (session 7: 0.667,
# 0.521, 0.544; session 6: 0.645, 0.450, 0.458; session 5: 0.519, 0.367, 0.403; session 3: 0.429,
# 0.329, 0.379).
DEV_FLOORS = (0.66, 0.53, 0.57)


@pytest.mark.skipif(not DEVSET.is_dir(), reason="the dev set (../shared/devset) is not beside this checkout")
def test_dev_set_quality_does_not_regress() -> None:
    files = sorted(DEVSET.glob("*/*.toml")) + [GOLD]
    settings = Settings.of(_encoder("semantic"))
    whole = total([evaluate_file(f, settings)[2][0] for f in files])
    contra_f1, agree_f1, agree_p = DEV_FLOORS
    assert whole.prf("contradict")[2] >= contra_f1
    assert whole.prf("agree")[2] >= agree_f1
    assert whole.prf("agree")[0] >= agree_p
    assert whole.trap_contradictions == 0


INVENTED = ROOT / "tests" / "data" / "invented"
# The invented pairs with gold (tests/data/invented/*.toml, written by writers who never saw the
# code; their misses have been looked at), total, lexical mode: (contradiction recall,
# contradiction precision, agreement F1, omission recall). Measured 2026-12-03 (session 15, when
# the eight pairs held out in session 14 were added to them): 0.402, 0.836, 0.478, 0.701; after
# the session's rules 0.461, 0.854, 0.485, 0.701. One gold pair is labelled both an agreement
# (on a meeting) and a contradiction (on who asked for it): one verdict meets one label.
# Session 18 added the eight pairs held out in session 15 (38 pairs): 0.431, 0.840, 0.501, 0.692
# at the start of the session, 0.456, 0.848, 0.505, 0.692 after its rules. Session 22 added the
# eight held out in session 18 (46 pairs): 0.431, 0.844, 0.498, 0.675 and one trap called a
# contradiction at its start; 0.436, 0.850, 0.497, 0.675 and none after its rules (the trap:
# "crowns" read as a currency, not as a counted noun).
INVENTED_FLOORS = (0.43, 0.84, 0.49, 0.67)


def test_invented_pairs_quality_does_not_regress() -> None:
    settings = Settings.of(None)
    whole = total([evaluate_file(f, settings)[2][0] for f in sorted(INVENTED.glob("*.toml"))])
    contra_r, contra_p, agree_f1, omit_r = INVENTED_FLOORS
    assert whole.prf("contradict")[1] >= contra_r
    assert whole.prf("contradict")[0] >= contra_p
    assert whole.prf("agree")[2] >= agree_f1
    assert whole.omission_recall >= omit_r
    assert whole.trap_contradictions == 0


HELD_OUT = ROOT / "tests" / "data" / "heldout22"
# The eight held-out invented pairs written in session 22 (tests/data/heldout22/README.md:
# measured as totals, never looked at), lexical mode: (contradiction recall, contradiction
# precision, trap contradictions at most). Measured 2026-12-05 at the start of session 22: 0.134,
# 0.600, none; after the session's rules 0.119, 0.571 (one contradiction fewer: sums in "crowns"
# read as money are compared as money is). The figure may fall, never rise, without a reason.
HELD_OUT_FLOORS = (0.11, 0.57, 0)


def test_held_out_pairs_do_not_regress() -> None:
    settings = Settings.of(None)
    whole = total([evaluate_file(f, settings)[2][0] for f in sorted(HELD_OUT.glob("*.toml"))])
    contra_r, contra_p, traps = HELD_OUT_FLOORS
    assert whole.prf("contradict")[1] >= contra_r
    assert whole.prf("contradict")[0] >= contra_p
    assert whole.trap_contradictions <= traps
