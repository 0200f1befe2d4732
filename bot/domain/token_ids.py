"""Token ids of the knowledge texts, tokenized once at build time (knowledge/token_ids.jsonl).

Building the answerer's index embeds about 5,000 texts (every section's heading, paraphrases and lead, the
off-topic anchors, and the same without their domain words). Tokenizing them at start-up leaves about 10 MB
of the tokenizer's freed working memory in the process for good; reading their ids from this file instead
gives the very same vectors (a vector is computed from the ids either way) without it.

The file's first line names the tokenizer (the SHA-256 of its file); every other line is one JSON array,
`[text, [ids]]`, sorted by text. A text missing from the file (the knowledge changed and the file was not
rebuilt), or a file written for another tokenizer, is tokenized as before: the file saves memory, never
changes an answer. Rebuild it with `make token-ids` (tests/test_token_ids.py fails while it is stale).

Pure Python: no framework imports.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR

TOKEN_IDS = DEFAULT_KNOWLEDGE_DIR / "token_ids.jsonl"


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_token_ids(path: Path, tokenizer: str) -> dict[str, list[int]]:
    """The file's ids by text; empty when there is no file or it was written for another tokenizer."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        header = json.loads(handle.readline() or "{}")
        if header.get("tokenizer") != tokenizer:
            return {}
        return {text: ids for text, ids in map(json.loads, handle)}


def write_token_ids(path: Path, tokenizer: str, ids: dict[str, list[int]]) -> None:
    lines = [json.dumps({"tokenizer": tokenizer})]
    lines += [json.dumps([text, ids[text]], ensure_ascii=False) for text in sorted(ids)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def index_texts(embedder) -> list[str]:
    """Every text the repository's answerer embeds while it builds its index (first use first)."""
    from bot.domain.answering import Answerer
    from bot.domain.knowledge import load_knowledge_base

    seen: dict[str, None] = {}
    embed = embedder.embed

    def recording(texts: list[str]):
        seen.update(dict.fromkeys(texts))
        return embed(texts)

    embedder.embed = recording
    try:
        Answerer(load_knowledge_base(), embedder)
    finally:
        del embedder.embed
    return list(seen)
