"""Rebuild knowledge/token_ids.jsonl: the token ids of every text the answerer embeds while it builds its
index (see bot/domain/token_ids.py). Run after changing the knowledge base: `make token-ids`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.domain.embedding import Embedder  # noqa: E402
from bot.domain.token_ids import TOKEN_IDS, index_texts, write_token_ids  # noqa: E402


def main() -> int:
    embedder = Embedder.load()
    texts = index_texts(embedder)
    ids = {text: embedder.tokenize(text) for text in texts}
    write_token_ids(TOKEN_IDS, embedder.tokenizer_digest() or "", ids)
    print(f"{TOKEN_IDS.name}: {len(ids)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
