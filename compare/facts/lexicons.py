"""Word lists for estimative language, negation, reporting verbs and evaluative framing.

These are general English lexicons, not phrases taken from any one report:
- certainty follows the US Intelligence Community's estimative-language scale (ICD 203:
  "almost certainly", "very likely", "likely", "roughly even chance", "unlikely", "remote");
- negation cues are the closed class of English negators plus common verbs of denial;
- framing classes follow appraisal theory's opposed evaluations (routine vs escalation,
  threat vs reassurance, legitimacy vs illegitimacy, strength vs weakness): each class is a
  set of word stems; two statements that describe the same thing with opposed classes are
  candidates for a `framing` contradiction.
"""

from __future__ import annotations

import re

from ..models import Certainty

CERTAINTY_CUES: tuple[tuple[str, Certainty], ...] = (
    ("almost certainly", Certainty.ALMOST_CERTAIN),
    ("nearly certain", Certainty.ALMOST_CERTAIN),
    ("virtually certain", Certainty.ALMOST_CERTAIN),
    ("undoubtedly", Certainty.ALMOST_CERTAIN),
    ("certainly", Certainty.ALMOST_CERTAIN),
    ("definitely", Certainty.ALMOST_CERTAIN),
    ("highly unlikely", Certainty.UNLIKELY),
    ("very unlikely", Certainty.UNLIKELY),
    ("unlikely", Certainty.UNLIKELY),
    ("improbable", Certainty.UNLIKELY),
    ("doubtful", Certainty.UNLIKELY),
    ("remote chance", Certainty.UNLIKELY),
    ("very likely", Certainty.LIKELY),
    ("highly likely", Certainty.LIKELY),
    ("most likely", Certainty.LIKELY),
    ("likely", Certainty.LIKELY),
    ("probably", Certainty.LIKELY),
    ("probable", Certainty.LIKELY),
    ("we assess", Certainty.LIKELY),
    ("previously assessed", Certainty.LIKELY),
    ("is expected to", Certainty.LIKELY),
    ("are expected to", Certainty.LIKELY),
    ("roughly even chance", Certainty.POSSIBLE),
    ("possibly", Certainty.POSSIBLE),
    ("possible", Certainty.POSSIBLE),
    ("perhaps", Certainty.POSSIBLE),
    ("potentially", Certainty.POSSIBLE),
    ("it seems", Certainty.POSSIBLE),
    ("seems", Certainty.POSSIBLE),
    ("appears to", Certainty.POSSIBLE),
    ("may", Certainty.POSSIBLE),
    ("might", Certainty.POSSIBLE),
    ("could", Certainty.POSSIBLE),
)

NEGATION_CUES = (
    "not",
    "n't",
    "no",
    "never",
    "neither",
    "nor",
    "none",
    "nobody",
    "nothing",
    "nowhere",
    "without",
    "denied",
    "denies",
    "deny",
    "denying",
    "ruled out",
    "rules out",
    "rejected",
    "rejects",
    "refused",
    "refuses",
    "failed to",
    "fails to",
    "dismissed",
    "dismisses",
    "lack",
    "lacks",
    "absence of",
)

REPORTING_VERBS = (
    "said",
    "says",
    "stated",
    "states",
    "claimed",
    "claims",
    "announced",
    "announces",
    "declared",
    "declares",
    "told",
    "reported",
    "reports",
    "noted",
    "notes",
    "added",
    "explained",
    "insisted",
    "denied",
    "denies",
    "confirmed",
    "confirms",
    "warned",
    "warns",
    "argued",
    "argues",
    "asserted",
    "stressed",
    "emphasized",
    "emphasised",
    "wrote",
    "tweeted",
    "posted",
    "alleged",
    "alleges",
    "acknowledged",
    "admitted",
    "reacted",
    "responded",
    "replied",
    "suggested",
    "indicated",
)

# Framing classes: stems (after text.stem) that carry an evaluation. Opposed pairs below.
FRAMES: dict[str, frozenset[str]] = {
    "escalation": frozenset(
        [
            "doubl",
            "tripl",
            "increas",
            "escal",
            "expand",
            "extend",
            "extens",
            "intensifi",
            "surg",
            "unpreced",
            "heighten",
            "massiv",
            "aggress",
            "buildup",
            "build-up",
            "provoc",
            "militar",
            "ramp",
            "step-up",
            "bolster",
            "reinforc",
            "enlarg",
            "prolong",
            "larger",
            "largest",
            "sharp",
        ]
    ),
    "routine": frozenset(
        [
            "routin",
            "regular",
            "ordinari",
            "usual",
            "customari",
            "schedul",
            "pre-plan",
            "long-plan",
            "standard",
            "normal",
            "period",
            "tradit",
            "habitu",
            "recur",
        ]
    ),
    "threat": frozenset(
        [
            "threaten",
            "threat",
            "warn",
            "coerc",
            "coercion",
            "pressur",
            "intimid",
            "ultimatum",
            "menac",
            "blackmail",
            "punish",
            "remov",
            "oust",
        ]
    ),
    "reassurance": frozenset(
        [
            "reassur",
            "congratul",
            "prais",
            "support",
            "guarante",
            "thank",
            "friend",
            "fratern",
            "ally",
            "reliabl",
            "partner",
            "welcom",
            "commend",
        ]
    ),
    "illegitimacy": frozenset(
        ["illegitim", "illeg", "dictat", "regim", "rig", "flaw", "fraudul", "usurp", "occupi", "occup", "annex", "sham", "puppet"]
    ),
    "legitimacy": frozenset(["legitim", "lawful", "legal", "recogn", "liber", "reunif", "sovereign"]),
    "strength": frozenset(["succeed", "success", "strong", "strength", "gain", "won", "win", "leverag", "domin", "upper"]),
    "weakness": frozenset(
        ["fail", "weak", "lost", "lose", "collaps", "setback", "defens", "vulner", "fragil", "desper", "concess"]
    ),
}
# Multi-word cues, matched on lower-case text.
FRAME_PHRASES: dict[str, tuple[str, ...]] = {
    "routine": ("in advance", "as planned", "as scheduled", "long planned", "business as usual", "nothing new"),
    "escalation": ("ramped up", "stepped up", "build up", "built up"),
    "strength": ("holds his own", "holds her own", "upper hand", "in control"),
    "weakness": ("too weak", "on the back foot", "lost control"),
}
OPPOSED_FRAMES: dict[str, str] = {
    "escalation": "routine",
    "routine": "escalation",
    "threat": "reassurance",
    "reassurance": "threat",
    "illegitimacy": "legitimacy",
    "legitimacy": "illegitimacy",
    "strength": "weakness",
    "weakness": "strength",
}


# Verbs and nouns too general to carry a denial on their own ("did not say" denies nothing in
# particular): stems, as text.stem writes them.
WEAK_DENIAL_WORDS = frozenset(
    [
        "say",
        "state",
        "make",
        "take",
        "go",
        "come",
        "give",
        "use",
        "includ",
        "also",
        "well",
        "time",
        "year",
        "month",
        "day",
        "week",
    ]
)

# A writer marking a claim as true only up to the time of writing ("has not been released as
# of this writing"): a later report may know more.
AS_OF_WRITING = re.compile(
    r"\b(?:as of (?:this|the time of) writing|at the time of writing|as of (?:now|press time)|so far|has yet to|have yet to|not yet)\b",
    re.IGNORECASE,
)
