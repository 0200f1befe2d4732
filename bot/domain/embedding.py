"""Static sentence embeddings from WordLlama (the 256-d `l2_supercat` model its wheel ships).

The weights and the tokenizer are files inside the installed `wordllama` package; they are loaded from
that folder with downloads disabled, so nothing ever touches the network. Only the tokenizer and the token
table (stored as float16, 16 MB) are kept; a text's vector is the mean of its tokens' rows, normalised, as
WordLlama's own `embed` computes it.

Pure Python plus numpy: no framework imports.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import numpy as np

DIM = 256


class Embedder:
    def __init__(self, tokenizer, table: np.ndarray) -> None:
        self._tokenizer = tokenizer
        self._table = table  # (vocabulary, DIM) float16

    @classmethod
    def load(cls) -> Embedder:
        # wordllama calls logging.basicConfig(level=INFO) when imported; keep the application's logging as is.
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level
        try:
            import wordllama
            from wordllama import WordLlama
        finally:
            root.handlers[:] = handlers
            root.setLevel(level)

        folder = Path(wordllama.__file__).resolve().parent  # holds weights/ and tokenizers/
        model = WordLlama.load(config="l2_supercat", dim=DIM, cache_dir=folder, disable_download=True)
        table = model.embedding.astype(np.float16)
        tokenizer = model.tokenizer
        del model
        gc.collect()
        return cls(tokenizer, table)

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit-length float32 row per text (a zero row for a text with no tokens)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        for i, encoding in enumerate(self._tokenizer.encode_batch(texts, add_special_tokens=False)):
            ids = [t for t, m in zip(encoding.ids, encoding.attention_mask, strict=False) if m]
            if not ids:
                continue
            vector = self._table[np.clip(ids, 0, len(self._table) - 1)].astype(np.float32).mean(axis=0)
            norm = float(np.linalg.norm(vector))
            if norm > 0:
                out[i] = vector / norm
        return out


_default: Embedder | None = None


def default_embedder() -> Embedder:
    """A process-wide Embedder (loaded on first use, about 0.2 s)."""
    global _default
    if _default is None:
        _default = Embedder.load()
    return _default
