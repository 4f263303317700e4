"""Check a new report against the store: each statement corroborated, contradicted or new.

A check is a comparison of the new report with the stored sources, through the same match
stage as `compare`: the new report is loaded, segmented and extracted as in `compare`;
candidates come from the store's full-text index (never a full scan) and, in semantic mode,
its vector index; names are folded across the new report and the candidates; each stored
source's candidates are aligned and judged as a second report would be. The result is a
`Report` whose `subject` is the new report.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

import numpy as np

from ..facts.extract import extract_all, fold_entities
from ..facts.terms import index_terms, term_of
from ..match.align import idf_values
from ..match.embed import Encoder, embed_statements, embedding_matrix
from ..match.judge import Context, Judge
from ..match.settings import Settings
from ..match.stage import match
from ..models import Facts, Report, Source
from ..read.segment import segment
from .store import Store, StoredStatement

TERMS_PER_STATEMENT = 8
COMMON_SHARE = 0.05  # a term in more than 5% of stored statements is not used for retrieval…
COMMON_FLOOR = 50  # …unless the store is small
CANDIDATES_PER_STATEMENT = 30
VECTOR_CANDIDATES = 10  # semantic mode: nearest stored statements by embedding, per statement…
VECTOR_FLOOR = 0.45  # …when at least this similar (cosine)


def check_source(
    store: Store,
    source: Source,
    settings: Settings | None = None,
    *,
    since: date | None = None,
    only_source: str | None = None,
    judge: Judge | None = None,
) -> Report:
    if only_source is not None:
        store.require_source(only_source)
    settings = settings or Settings.lexical()
    encoder = settings.encoder
    statements = segment(source)
    facts = extract_all(statements, (source,))
    new_vectors = embedding_matrix(encoder, statements) if encoder and statements else None
    same_model = encoder is not None and _same_model(store, encoder)
    stored = _retrieve(store, facts, new_vectors if same_model else None, since=since, only_source=only_source)
    folded = fold_entities(list(facts) + [s.facts for s in stored])
    new_facts, stored_facts = folded[: len(facts)], folded[len(facts) :]
    idf = idf_from_store(store, {t for f in folded for t in f.tokens}, extra=new_facts)
    vectors = _vectors(encoder, new_vectors, stored, same_model) if encoder else None
    by_source: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(stored):
        by_source[s.statement.source].append(k)
    stored_sources = store.source_records(by_source)
    context = Context(
        statements={s.id: s for s in statements} | {s.statement.id: s.statement for s in stored},
        facts={f.statement_id: f for f in folded},
        published={source.id: source.date} | {s.id: s.date for s in stored_sources},
    )
    matched = match(
        new_facts,
        stored_facts,
        list(by_source.values()),
        context=context,
        settings=settings,
        idf=idf,
        vectors=vectors,
        judge=judge,
    )
    return Report(
        sources=(source, *stored_sources),
        statements=tuple(statements) + tuple(s.statement for s in stored),
        facts=tuple(new_facts) + tuple(stored_facts),
        judgements=matched.judgements,
        omissions=(),
        mode=settings.mode,
        subject=source.id,
        searched=_searched(store, since, only_source),
    )


def idf_from_store(
    store: Store,
    terms: Iterable[str],
    *,
    extra: Sequence[Facts] = (),
) -> dict[str, float]:
    """IDF over the stored statements and the `extra` ones (a new report being checked), for
    the terms asked (tokens as the aligner spells them): with a store that holds one report,
    checking another gives the IDF that comparing the two gives."""
    wanted = {t: term_of(t) for t in terms}
    df = Counter(store.document_frequencies(wanted.values()))
    for f in extra:
        df.update({term_of(t) for t in f.tokens})
    n = store.statement_count() + len(extra)
    return idf_values({t: df.get(key, 0) for t, key in wanted.items()}, n)


def _searched(store: Store, since: date | None, only_source: str | None) -> int:
    """How many stored sources the filters let the search see."""
    return store.source_count(since=since, source=only_source)


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


def _vectors(
    encoder: Encoder, new: np.ndarray | None, stored: Sequence[StoredStatement], same_model: bool
) -> tuple[np.ndarray, np.ndarray]:
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
