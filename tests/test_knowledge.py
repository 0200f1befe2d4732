"""The markdown knowledge base: every article parses, is complete, and every section can be found."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from bot.domain.answering import default_answerer
from bot.domain.knowledge import (
    DEFAULT_KNOWLEDGE_DIR,
    KnowledgeBaseError,
    load_knowledge_base,
    parse_article,
)

ANSWERER = default_answerer()  # shared with every other test in the process
KB = ANSWERER.kb
SECTIONS = [s for a in KB.articles for s in a.sections]
DOMAIN_DIR = Path(__file__).resolve().parents[1] / "bot" / "domain"


def test_default_directory_is_the_repository_knowledge_folder():
    assert Path(__file__).resolve().parents[1] / "knowledge" == DEFAULT_KNOWLEDGE_DIR
    assert DEFAULT_KNOWLEDGE_DIR.is_dir()


def test_enough_articles_and_documentation_is_skipped():
    assert len(KB.articles) >= 16
    assert all(a.file != "FOODS.md" for a in KB.articles)
    assert len({a.slug for a in KB.articles}) == len(KB.articles)


@pytest.mark.parametrize("article", KB.articles, ids=lambda a: a.file)
def test_article_is_complete(article):
    assert article.title
    assert len(article.keywords) >= 3
    assert len(article.sections) >= 3, "needs at least three answer sections"
    assert article.sources, "needs a Sources section"
    for source in article.sources:
        assert source.text
        assert re.match(r"https?://", source.url), f"source without a link: {source.text}"


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: f"{s.file}#{s.anchor}")
def test_section_is_short_enough(section):
    assert section.body
    assert len(section.body) <= 1000, f"{len(section.body)} chars"


def _equally_correct(found, wanted) -> bool:
    """The same article, or a section elsewhere that covers the same ground (a near-duplicate heading and
    body, e.g. "Where is magnesium stored in the body?" in two articles)."""
    if found.file == wanted.file:
        return True
    similar_heading = fuzz.token_set_ratio(found.heading.lower(), wanted.heading.lower()) >= 65
    # A summary section that refers the reader to the found article ("See the food-sources list ...").
    return similar_heading and (
        fuzz.token_set_ratio(found.body, wanted.body) >= 60 or found.slug in wanted.body.lower()
    )


@pytest.mark.parametrize("section", SECTIONS, ids=lambda s: f"{s.file}#{s.anchor}")
def test_every_section_is_reachable_by_its_heading(section):
    answer = ANSWERER.answer(section.heading)
    assert answer.confident, "heading as a question is declined"
    assert _equally_correct(answer.section, section), (
        f"went to {answer.section.file}#{answer.section.heading}"
    )
    # And the section itself is among the best few hits.
    top = [hit.section for hit in ANSWERER.retriever.rank(section.heading)[:3]]
    assert section in top


def test_section_keys_are_unique_and_short():
    keys = [s.key for s in SECTIONS]
    assert len(set(keys)) == len(keys)
    assert all(len(k) <= 16 for k in keys)
    assert ANSWERER.section_by_key(SECTIONS[0].key) == SECTIONS[0]
    assert ANSWERER.section_by_key("nope") is None


ARTICLE = """---
title: Test article
keywords: one, two, three
---
# Test article

## First question?
Body one.

## Second question?
Body two
on two lines.

## Sources
- [A source](https://example.org/a)
- Plain text source https://example.org/b
"""


def test_parse_article():
    article = parse_article(ARTICLE, "test-article.md")
    assert article is not None
    assert article.slug == "test-article"
    assert article.title == "Test article"
    assert article.keywords == ("one", "two", "three")
    assert [s.heading for s in article.sections] == ["First question?", "Second question?"]
    assert article.sections[1].body == "Body two\non two lines."
    assert article.sections[0].anchor == "first-question"
    assert [(s.text, s.url) for s in article.sources] == [
        ("A source", "https://example.org/a"),
        ("Plain text source", "https://example.org/b"),
    ]


MARKED = """---
title: Marked
kind: safety
keywords: one, two, three
---
# Marked

## First question?
<!-- also: another way | a third way -->
<!-- source: 2 -->
<!-- personal: magnesium, upper-limit -->
Body one.

## Second question?
Body two.

## Sources
- [A source](https://example.org/a)
- [B source](https://example.org/b)
"""


def test_hidden_lines_give_paraphrases_sources_personal_figures_and_safety():
    article = parse_article(MARKED, "marked.md")
    first, second = article.sections
    assert first.body == "Body one."
    assert first.also == ("another way", "a third way")
    assert [s.url for s in first.sources] == ["https://example.org/b"]
    assert first.personal == ("magnesium", "upper-limit")
    assert first.safety and second.safety
    # Without a source line a section rests on the article's first source.
    assert [s.url for s in second.sources] == ["https://example.org/a"]
    assert second.personal == ()


@pytest.mark.parametrize(
    "line, message",
    [
        ("<!-- source: 3 -->", "cites a source not in the list"),
        ("<!-- personal: iron -->", "unknown personal"),
    ],
)
def test_bad_hidden_lines_raise(line, message):
    with pytest.raises(KnowledgeBaseError, match=message):
        parse_article(MARKED.replace("<!-- source: 2 -->", line), "marked.md")


def test_every_section_cites_a_linked_source():
    for section in SECTIONS:
        assert section.sources and section.sources[0].url.startswith("http"), section.heading


def test_file_without_front_matter_is_skipped(tmp_path):
    (tmp_path / "FOODS.md").write_text("# Foods\n\ndocumentation\n")
    (tmp_path / "notes.md").write_text("# Just notes\n\n## A heading\ntext\n")
    (tmp_path / "good.md").write_text(ARTICLE)
    kb = load_knowledge_base(tmp_path)
    assert [a.file for a in kb.articles] == ["good.md"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("---\ntitle: x\nkeywords: a, b\n# never closed\n## Q\nbody\n", "not closed"),
        ("---\nkeywords: a, b\n---\n## Q\nbody\n", "no 'title'"),
        ("---\ntitle: x\n---\n## Q\nbody\n", "no 'keywords'"),
        ("---\ntitle: x\nkeywords: a\n---\njust text\n", "no '## ' sections"),
        ("---\ntitle: x\nkeywords: a\n---\n## Q\n\n## R\nbody\n", "empty"),
        ("---\ntitle: x\nkeywords: a\nnonsense line\n---\n## Q\nbody\n", "key: value"),
    ],
)
def test_malformed_article_raises_a_clear_error(tmp_path, text, message):
    (tmp_path / "bad.md").write_text(text)
    with pytest.raises(KnowledgeBaseError, match=re.escape(message)) as info:
        load_knowledge_base(tmp_path)
    assert "bad.md" in str(info.value)


def test_missing_directory_raises(tmp_path):
    with pytest.raises(KnowledgeBaseError):
        load_knowledge_base(tmp_path / "missing")


FORBIDDEN = ("telegram", "sqlalchemy", "pydantic", "pydantic_settings", "bot.adapters")


@pytest.mark.parametrize(
    "module",
    [
        "knowledge.py",
        "answering.py",
        "retrieval.py",
        "personal.py",
        "embedding.py",
        "bone_rda.py",
        "routing.py",
        "rda.py",
    ],
)
def test_domain_modules_stay_framework_free(module):
    tree = ast.parse((DOMAIN_DIR / module).read_text())
    imported: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.append(node.module)
    for name in imported:
        assert not any(name == f or name.startswith(f + ".") for f in FORBIDDEN), name
