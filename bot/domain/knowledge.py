"""The markdown knowledge base: articles in `knowledge/*.md`, parsed into sections and sources.

Article format::

    ---
    title: Why magnesium matters for bone
    keywords: bone, bones, PTH, parathyroid hormone
    ---
    # Why magnesium matters for bone

    ## Why does magnesium matter for bones?
    body

    ## Sources
    - [NIH Office of Dietary Supplements. Magnesium fact sheet](https://ods.od.nih.gov/...)

Hidden lines inside a section (never shown):

- `<!-- also: other way to ask | another -->` paraphrases of the section's question, for retrieval;
- `<!-- source: 2 -->` (or `2, 3`) the entries of the article's Sources list this section rests on
  (1-based; default: the first);
- `<!-- personal: magnesium, calcium, vitamin-d, upper-limit -->` the personal figures (for the age, sex
  and pregnancy a question or profile states) an answer from this section leads with;
- `<!-- when: ingested, product, child|many -->` and `<!-- needs: injury -->` (safety sections) the
  situations the section answers ahead of the ranking, and those it needs to answer at all (signals from
  `knowledge/situation_words.csv`; see bot/domain/situations.py). A section may have several `when`
  lines: it answers when any one of them holds (a self-harm hint is despair *or* a whole supply swallowed).

An article with `kind: safety` in its front matter holds safety sections, ranked ahead of the rest when
they match.

Files without front matter (e.g. `FOODS.md`, which documents the food table) are skipped. Pure Python: no
framework imports.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parents[2] / "knowledge"
# Files in the knowledge directory that are documentation, not articles.
SKIPPED_FILES = frozenset({"FOODS.md", "README.md", "SUPPLEMENTS.md"})
SOURCES_HEADINGS = frozenset({"sources", "references", "source"})

_LINK_RE = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)")
_BARE_URL_RE = re.compile(r"(?P<url>https?://\S+)")


class KnowledgeBaseError(ValueError):
    """A malformed article (the message names the file and the problem)."""


@dataclass(frozen=True)
class Source:
    text: str
    url: str


@dataclass(frozen=True)
class Section:
    slug: str  # the article's slug (file stem)
    file: str  # the article's file name, e.g. "why-magnesium-for-bone.md"
    heading: str
    body: str
    anchor: str  # GitHub-style anchor of the heading
    # Other ways people ask this section's question, from `<!-- also: … | … -->` lines in the article;
    # indexed with the heading, never shown.
    also: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()  # what this section rests on (cited with its answers)
    personal: tuple[
        str, ...
    ] = ()  # personal figures to lead with: magnesium, calcium, vitamin-d, upper-limit
    safety: bool = False  # a safety section (ranked first when it matches)
    # situation signals (bot/domain/situations.py): every group holds -> this section answers; `needs` must
    # hold for it to answer at all (empty: no condition)
    when: tuple[tuple[str, ...], ...] = ()
    needs: tuple[tuple[str, ...], ...] = ()
    more_when: tuple[tuple[tuple[str, ...], ...], ...] = ()  # further `when` lines: any one answers

    @property
    def whens(self) -> tuple[tuple[tuple[str, ...], ...], ...]:
        """Every `when` condition of the section (the section answers when any one holds)."""
        return (self.when, *self.more_when) if self.when else ()

    @property
    def key(self) -> str:
        """A short stable id (10 hex characters) for button callback data."""
        return hashlib.sha1(f"{self.file}#{self.heading}".encode()).hexdigest()[:10]


@dataclass(frozen=True)
class Article:
    slug: str
    file: str
    title: str
    keywords: tuple[str, ...]
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class KnowledgeBase:
    articles: tuple[Article, ...]

    @property
    def sections(self) -> tuple[Section, ...]:
        return tuple(section for article in self.articles for section in article.sections)

    def article(self, slug_or_file: str) -> Article | None:
        for article in self.articles:
            if slug_or_file in (article.slug, article.file):
                return article
        return None


def anchor_for(heading: str) -> str:
    """GitHub-style anchor: lower case, punctuation dropped, spaces to hyphens."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _split_front_matter(text: str, file: str) -> tuple[dict[str, str], str] | None:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise KnowledgeBaseError(f"{file}: front matter is not closed with '---'") from None
    meta: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise KnowledgeBaseError(f"{file}:{number}: front matter line is not 'key: value': {line!r}")
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, "\n".join(lines[end + 1 :])


def _parse_sources(body: str) -> list[Source]:
    sources: list[Source] = []
    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        line = re.sub(r"^([-*+]|\d+[.)])\s+", "", line)
        link = _LINK_RE.search(line)
        if link:
            sources.append(Source(link.group("text").strip(), link.group("url").strip()))
            continue
        bare = _BARE_URL_RE.search(line)
        url = bare.group("url").rstrip(".,;)") if bare else ""
        text = line.replace(bare.group("url"), "").strip(" -–—:()") if bare else line
        sources.append(Source(text or url, url))
    return sources


ALSO_LINE = re.compile(r"^<!--\s*also:\s*(.*?)\s*-->$", re.IGNORECASE)
SOURCE_LINE = re.compile(r"^<!--\s*source:\s*(.*?)\s*-->$", re.IGNORECASE)
PERSONAL_LINE = re.compile(r"^<!--\s*personal:\s*(.*?)\s*-->$", re.IGNORECASE)
WHEN_LINE = re.compile(r"^<!--\s*when:\s*(.*?)\s*-->$", re.IGNORECASE)
NEEDS_LINE = re.compile(r"^<!--\s*needs:\s*(.*?)\s*-->$", re.IGNORECASE)
PERSONAL_FIGURES = frozenset({"magnesium", "calcium", "vitamin-d", "upper-limit", "label"})


def parse_article(text: str, file: str) -> Article | None:
    """Parse one article; None for a file without front matter; KnowledgeBaseError when malformed."""
    split = _split_front_matter(text, file)
    if split is None:
        return None
    meta, content = split
    title = meta.get("title", "").strip()
    if not title:
        raise KnowledgeBaseError(f"{file}: front matter has no 'title'")
    keywords = tuple(k.strip() for k in meta.get("keywords", "").split(",") if k.strip())
    if not keywords:
        raise KnowledgeBaseError(f"{file}: front matter has no 'keywords'")
    slug = Path(file).stem

    safety = meta.get("kind", "").strip().lower() == "safety"
    sections: list[Section] = []
    cited: list[tuple[int, ...]] = []
    sources: list[Source] = []
    heading: str | None = None
    buffer: list[str] = []
    in_fence = False

    def flush() -> None:
        if heading is None:
            return
        body = "\n".join(buffer).strip()
        if heading.strip().lower().rstrip(":") in SOURCES_HEADINGS:
            sources.extend(_parse_sources(body))
            return
        also: list[str] = []
        numbers: list[int] = []
        personal: list[str] = []
        conditions: dict[str, tuple[tuple[str, ...], ...]] = {}
        more_when: list[tuple[tuple[str, ...], ...]] = []
        kept: list[str] = []
        for line in body.splitlines():
            match = ALSO_LINE.match(line.strip())
            source = SOURCE_LINE.match(line.strip())
            figures = PERSONAL_LINE.match(line.strip())
            when, needs = WHEN_LINE.match(line.strip()), NEEDS_LINE.match(line.strip())
            if when or needs:
                kind, found = ("when", when) if when else ("needs", needs)
                condition = tuple(
                    tuple(a.strip().lower() for a in g.split("|") if a.strip())
                    for g in found.group(1).split(",")
                )
                if kind == "when" and "when" in conditions:
                    more_when.append(condition)
                else:
                    conditions[kind] = condition
            elif match:
                also.extend(q.strip() for q in match.group(1).split("|") if q.strip())
            elif source:
                try:
                    numbers.extend(int(n) for n in source.group(1).replace(",", " ").split())
                except ValueError:
                    raise KnowledgeBaseError(f"{file}: bad source line in {heading!r}") from None
            elif figures:
                personal.extend(f.strip().lower() for f in figures.group(1).split(",") if f.strip())
            else:
                kept.append(line)
        body = "\n".join(kept).strip()
        if not body:
            raise KnowledgeBaseError(f"{file}: section {heading!r} is empty")
        unknown = set(personal) - PERSONAL_FIGURES
        if unknown:
            raise KnowledgeBaseError(f"{file}: unknown personal figures {sorted(unknown)} in {heading!r}")
        cited.append(tuple(numbers) or (1,))
        sections.append(
            Section(
                slug,
                file,
                heading,
                body,
                anchor_for(heading),
                tuple(also),
                (),
                tuple(personal),
                safety,
                conditions.get("when", ()),
                conditions.get("needs", ()),
                tuple(more_when),
            )
        )

    for line in content.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        if not in_fence and line.startswith("## "):
            flush()
            heading = line[3:].strip()
            buffer = []
        elif not in_fence and line.startswith("# ") and heading is None:
            continue  # the H1 title
        elif heading is not None:
            buffer.append(line)
        elif line.strip():
            # Text between the H1 and the first section is an introduction; keep it out of the index.
            continue
    flush()

    if not sections:
        raise KnowledgeBaseError(f"{file}: no '## ' sections")
    resolved: list[Section] = []
    for section, numbers in zip(sections, cited, strict=True):
        if any(n < 1 or n > len(sources) for n in numbers) and sources:
            raise KnowledgeBaseError(f"{file}: section {section.heading!r} cites a source not in the list")
        chosen = tuple(sources[n - 1] for n in numbers if 1 <= n <= len(sources))
        resolved.append(replace(section, sources=chosen))
    sections = resolved
    headings = [s.heading.lower() for s in sections]
    duplicates = {h for h in headings if headings.count(h) > 1}
    if duplicates:
        raise KnowledgeBaseError(f"{file}: duplicate section headings {sorted(duplicates)}")
    return Article(slug, file, title, keywords, tuple(sections), tuple(sources))


def load_knowledge_base(directory: Path | str | None = None) -> KnowledgeBase:
    """Load every article in `directory` (default: the repository's `knowledge/`), sorted by file name."""
    root = Path(directory) if directory is not None else DEFAULT_KNOWLEDGE_DIR
    if not root.is_dir():
        raise KnowledgeBaseError(f"knowledge directory not found: {root}")
    articles: list[Article] = []
    for path in sorted(root.glob("*.md")):
        if path.name in SKIPPED_FILES:
            continue
        article = parse_article(path.read_text(encoding="utf-8"), path.name)
        if article is not None:
            articles.append(article)
    return KnowledgeBase(tuple(articles))
