"""knowledge/token_ids.jsonl: the knowledge texts' token ids, read instead of tokenized at start-up."""

from __future__ import annotations

import numpy as np
import pytest

from bot.domain.embedding import Embedder
from bot.domain.token_ids import TOKEN_IDS, index_texts, read_token_ids, write_token_ids


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder.load()


def test_the_committed_file_holds_every_index_text_with_the_tokenizers_ids(embedder):
    # fails after a knowledge edit until `make token-ids` rebuilds the file (start-up still gives the same
    # answers, tokenizing what the file lacks, but takes about 10 MB more memory)
    digest = embedder.tokenizer_digest()
    assert digest is not None
    stored = read_token_ids(TOKEN_IDS, digest)
    assert stored, "knowledge/token_ids.jsonl is missing or was written for another tokenizer"
    texts = index_texts(embedder)
    assert sorted(stored) == sorted(texts), "stale knowledge/token_ids.jsonl: run `make token-ids`"
    assert all(stored[text] == embedder.tokenize(text) for text in texts)


def test_ids_from_the_file_are_used_while_an_index_is_built_and_only_then(embedder, tmp_path):
    path = tmp_path / "token_ids.jsonl"
    text = "how much magnesium do I need"
    other = embedder.tokenize("what is a t-score")
    write_token_ids(path, embedder.tokenizer_digest() or "", {text: other})
    tokenized = embedder.embed([text])
    with embedder.known_ids(path):
        from_file = embedder.embed([text])
    assert np.array_equal(from_file, embedder.embed(["what is a t-score"]))
    assert np.array_equal(embedder.embed([text]), tokenized)


def test_a_missing_file_or_another_tokenizers_file_is_tokenized_as_before(embedder, tmp_path):
    texts = ["how much magnesium do I need", "what is a t-score"]
    expected = embedder.embed(texts)
    with embedder.known_ids(tmp_path / "missing.jsonl"):
        assert np.array_equal(embedder.embed(texts), expected)
    path = tmp_path / "token_ids.jsonl"
    write_token_ids(path, "another tokenizer", {t: [1, 2, 3] for t in texts})
    assert read_token_ids(path, embedder.tokenizer_digest() or "") == {}
    with embedder.known_ids(path):
        assert np.array_equal(embedder.embed(texts), expected)
