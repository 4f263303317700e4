"""Check a new report against the store: each statement corroborated, contradicted or new.

Reuses the comparison's stages: the new report is loaded, segmented and extracted as in
`compare`; candidates come from the store's full-text index (never a full scan); names are
folded across the new report and the candidates; each stored source's candidates are
aligned and judged exactly as a second report would be.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..facts.extract import extract_all, fold_entities
from ..match.align import DEFAULT, SEMANTIC, AlignConfig, align_groups
from ..match.embed import Encoder
from ..match.judge import SEMANTIC_JUDGE, Judge, RuleJudge
from ..models import Facts, Judgement, Source, Statement, Verdict
from ..pipeline import embed_statements, embedding_matrix
from ..read.segment import segment
from .store import Store, StoredStatement, idf_from_store, index_terms

TERMS_PER_STATEMENT = 8
COMMON_SHARE = 0.05  # a term in more than 5% of stored statements is not used for retrieval…
COMMON_FLOOR = 50  # …unless the store is small
CANDIDATES_PER_STATEMENT = 30
VECTOR_CANDIDATES = 10  # semantic mode: nearest stored statements by embedding, per statement…
VECTOR_FLOOR = 0.45  # …when at least this similar (cosine)


@dataclass(frozen=True)
class Finding:
    """What the store says about one statement of the new report."""

    statement: str
    corroborated: tuple[Judgement, ...]
    contradicted: tuple[Judgement, ...]
    related: tuple[Judgement, ...]

    @property
    def status(self) -> str:
        if self.contradicted:
            return "contradicted"
        if self.corroborated:
            return "corroborated"
        return "related" if self.related else "new"


@dataclass(frozen=True)
class CheckReport:
    source: Source
    statements: tuple[Statement, ...]
    facts: tuple[Facts, ...]
    stored: tuple[StoredStatement, ...]
    findings: tuple[Finding, ...]
    stored_sources: int
    mode: str = "lexical"

    def statement(self, sid: str) -> Statement:
        for s in self.statements:
            if s.id == sid:
                return s
        for st in self.stored:
            if st.statement.id == sid:
                return st.statement
        raise KeyError(sid)

    def count(self, status: str) -> int:
        return sum(1 for f in self.findings if f.status == status)


def check_source(
    store: Store,
    source: Source,
    *,
    encoder: Encoder | None = None,
    since: date | None = None,
    only_source: str | None = None,
    judge: Judge | None = None,
    align_config: AlignConfig | None = None,
) -> CheckReport:
    judge = judge or RuleJudge(SEMANTIC_JUDGE if encoder else None)
    config = align_config or (SEMANTIC if encoder else DEFAULT)
    statements = segment(source)
    facts = extract_all(statements, (source,))
    new_vectors = embedding_matrix(encoder, statements) if encoder and statements else None
    same_model = encoder is not None and _same_model(store, encoder)
    stored = _retrieve(store, facts, new_vectors if same_model else None, since=since, only_source=only_source)
    folded = fold_entities(list(facts) + [s.facts for s in stored])
    new_facts, stored_facts = folded[: len(facts)], folded[len(facts) :]
    idf = idf_from_store(store, {t for f in folded for t in f.tokens})
    vectors = _vectors(encoder, new_vectors, stored, same_model) if encoder else None
    by_source: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(stored):
        by_source[s.statement.source].append(k)
    judgements: list[Judgement] = []
    st_by_id = {s.id: s for s in statements} | {s.statement.id: s.statement for s in stored}
    f_by_id = {f.statement_id: f for f in folded}
    groups = [ks for ks in by_source.values()]
    for cand in align_groups(new_facts, stored_facts, groups, idf=idf, config=config, vectors=vectors)[0]:
        judgements.append(judge(st_by_id[cand.a], f_by_id[cand.a], st_by_id[cand.b], f_by_id[cand.b], cand))
    return CheckReport(
        source=source,
        statements=statements,
        facts=new_facts,
        stored=tuple(stored),
        findings=tuple(_findings(statements, judgements)),
        stored_sources=store.source_count() if only_source is None else 1,
        mode="semantic" if encoder else "lexical",
    )


def _same_model(store: Store, encoder: Encoder) -> bool:
    """Whether the stored embeddings came from this encoder's model (else they are not used)."""
    model, dim = store.vector_model()
    return dim in (None, encoder.dim) and model in (None, encoder.fingerprint)


def _retrieve(
    store: Store, facts: Sequence[Facts], vectors: np.ndarray | None, *, since: date | None, only_source: str | None
) -> list[StoredStatement]:
    """Candidates for every statement: stored statements sharing most of its rarest terms, and
    in semantic mode the stored statements nearest to it by embedding."""
    terms_of = [index_terms(f) for f in facts]
    df = store.document_frequencies({t for ts in terms_of for t in ts})
    common = max(COMMON_FLOOR, COMMON_SHARE * store.statement_count())  # words too frequent to find anything
    rowids: dict[int, None] = {}
    for terms in terms_of:
        known = sorted((t for t in dict.fromkeys(terms) if 0 < df.get(t, 0) <= common), key=lambda t: df[t])[:TERMS_PER_STATEMENT]
        for r in store.candidates(known, limit=CANDIDATES_PER_STATEMENT, since=since, source=only_source):
            rowids.setdefault(r, None)
    if vectors is not None:
        for r in store.nearest(vectors, k=VECTOR_CANDIDATES, floor=VECTOR_FLOOR, since=since, source=only_source):
            rowids.setdefault(r, None)
    return store.statements(list(rowids))


def _vectors(encoder: Encoder, new: np.ndarray | None, stored: Sequence[StoredStatement], same_model: bool):
    """Embeddings of the new statements and of the candidates; stored ones are reused when the
    store's model is this one, the others are embedded now."""
    usable = [s.embedding if same_model else None for s in stored]
    missing = [s.statement for s, e in zip(stored, usable) if e is None]
    extra = embed_statements(encoder, missing) if missing else {}
    left = new if new is not None else np.zeros((0, encoder.dim), np.float32)
    right = (
        np.stack([e if e is not None else extra[s.statement.id] for s, e in zip(stored, usable)])
        if stored
        else np.zeros((0, encoder.dim), np.float32)
    )
    return left, right


def _findings(statements: Sequence[Statement], judgements: Sequence[Judgement]) -> list[Finding]:
    by_new: dict[str, list[Judgement]] = defaultdict(list)
    for j in judgements:
        by_new[j.a].append(j)
    out = []
    for s in statements:
        js = sorted(by_new.get(s.id, []), key=lambda j: -j.score)
        out.append(
            Finding(
                s.id,
                tuple(j for j in js if j.verdict is Verdict.AGREE),
                tuple(j for j in js if j.verdict is Verdict.CONTRADICT),
                tuple(j for j in js if j.verdict is Verdict.RELATED),
            )
        )
    return out
