"""Static sentence embeddings from WordLlama (the 256-d `l2_supercat` model its wheel ships).

The weights and the tokenizer are files inside the installed `wordllama` package; they are read from that
folder with `tokenizers` and `safetensors` (the package itself is never imported, and nothing ever touches
the network). Only the tokenizer and the token table (stored as int8 with a scale per row, 8.3 MB) are kept;
a text's vector is the mean of its tokens' rows, normalised, as WordLlama's own `embed` computes it. While
an index is built (`known_ids`), the knowledge texts' token ids come from knowledge/token_ids.jsonl instead
of the tokenizer (bot/domain/token_ids.py): the same vectors, about 10 MB less memory.

Pure Python plus numpy: no framework imports.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from bot.domain.memory import release_freed_memory
from bot.domain.token_ids import TOKEN_IDS, file_digest, read_token_ids

DIM = 256
CONFIG = "l2_supercat"


class Embedder:
    def __init__(self, tokenizer, table: np.ndarray, tokenizer_file: Path | None = None) -> None:
        self._tokenizer = tokenizer
        self.tokenizer_file = tokenizer_file  # names the tokenizer in knowledge/token_ids.jsonl
        self._known: dict[str, list[int]] = {}  # token ids by text, while an index is built (known_ids)
        # int8 rows with one float32 scale each (8.3 MB instead of 33 MB as float32); the rounding moves a
        # mean-pooled sentence vector by far less than the gaps between sections.
        self._scale = np.maximum(np.abs(table).max(axis=1), 1e-12).astype(np.float32) / 127.0
        self._table = np.round(table / self._scale[:, None]).astype(np.int8)

    @classmethod
    def load(cls) -> Embedder:
        # The files of the installed `wordllama` package, read with `tokenizers` and `safetensors` directly:
        # importing `wordllama` itself pulls in requests, pydantic and toml (about 25 MB of RSS) and calls
        # logging.basicConfig. Its loader does the same: Tokenizer.from_file, padding on, no truncation, and
        # the "embedding.weight" tensor of the safetensors file.
        from safetensors import safe_open
        from tokenizers import Tokenizer

        spec = importlib.util.find_spec("wordllama")  # finds the package without importing it
        if spec is None or not spec.submodule_search_locations:
            raise ModuleNotFoundError("wordllama is not installed")
        folder = Path(next(iter(spec.submodule_search_locations)))
        tokenizer_file = folder / "tokenizers" / f"{CONFIG}_tokenizer_config.json"
        tokenizer = Tokenizer.from_file(str(tokenizer_file))
        tokenizer.enable_padding()
        tokenizer.no_truncation()
        with safe_open(str(folder / "weights" / f"{CONFIG}_{DIM}.safetensors"), framework="np") as weights:
            table = weights.get_tensor("embedding.weight")
        embedder = cls(tokenizer, table, tokenizer_file)
        del table
        release_freed_memory()  # the float32 table
        return embedder

    def tokenizer_digest(self) -> str | None:
        return file_digest(self.tokenizer_file) if self.tokenizer_file is not None else None

    def tokenize(self, text: str) -> list[int]:
        return self._tokenizer.encode(text, add_special_tokens=False).ids

    def token_ids(self, text: str) -> list[int]:
        known = self._known.get(text)
        return known if known is not None else self.tokenize(text)

    @contextlib.contextmanager
    def known_ids(self, path: Path = TOKEN_IDS) -> Iterator[None]:
        """While an index is built: the token ids of the texts in `path` (the knowledge texts) are read
        from it instead of tokenized; afterwards the memory the build freed is handed back to the OS."""
        digest = self.tokenizer_digest()
        self._known = read_token_ids(path, digest) if digest else {}
        try:
            yield
        finally:
            self._known = {}
            release_freed_memory()

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit-length float32 row per text (a zero row for a text with no tokens)."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        for i, text in enumerate(texts):
            # one at a time: encode_batch starts a thread pool, which costs memory and gains nothing here
            ids = self.token_ids(text)
            if not ids:
                continue
            rows = np.clip(ids, 0, len(self._table) - 1)
            vector = (self._table[rows].astype(np.float32) * self._scale[rows, None]).mean(axis=0)
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
