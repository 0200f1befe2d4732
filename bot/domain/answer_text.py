"""How an answer is written: chosen sections as one message (personal figures first, each body trimmed to
its share, each with its own source line) and the polite decline. Plain Python, no framework imports."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.domain.knowledge import Section, Source
from bot.domain.personal import LIMITS, amount_asked, dose_mentioned, personal_lines
from bot.domain.rda import Profile
from bot.domain.stated import stated_lines

MAX_ANSWER_CHARS = 1100
MAX_BODY_CHARS = 1000
PART_CHARS = 260  # what a further part gets at least, when the best part is long

_YES_NO_RE = re.compile(r"^(yes|no)[.,!]\s+(but\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class SourceRef:
    file: str
    heading: str


@dataclass(frozen=True)
class Answer:
    text: str
    sources: tuple[SourceRef, ...]
    confident: bool
    section: Section | None = None
    related: tuple[Section, ...] = ()


def trim_text(text: str, limit: int) -> str:
    """Trim to at most `limit` characters, at a line or sentence boundary where possible."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    floor = limit // 3
    cut = head.rfind("\n")
    if cut < floor:
        sentence = max(head.rfind(". "), head.rfind("? "), head.rfind("! "), head.rfind(".\n"))
        cut = sentence + 1 if sentence >= floor else -1
    if cut < floor:
        space = head.rfind(" ")
        return (head[:space] if space > floor else head[: limit - 1]).rstrip(" ,;:") + "…"
    return head[:cut].rstrip()


def source_line(sources: tuple[Source, ...]) -> str:
    if not sources:
        return ""
    first = sources[0]
    line = f"Source: {first.text} ({first.url})" if first.url else f"Source: {first.text}"
    return line if len(line) <= 300 else line[:297] + "…"


def compose(
    sections: list[Section],
    question: str = "",
    profile: Profile | None = None,
    direct: bool = True,
    related: tuple[Section, ...] = (),
) -> Answer:
    """Sections as one answer: personal figures first, then each section's body trimmed to its share of
    the message, each with its own source line."""
    figures = tuple(dict.fromkeys(f for s in sections for f in s.personal))
    if "magnesium" in figures and dose_mentioned(question):
        figures += ("upper-limit",)  # "bought 400mg tabs, is one a day ok?": the RDA and the limit
    asked = amount_asked(question) if figures and question else ()
    # "calcium rda and the most per day": a nutrient's limit follows its figure when the question asks it
    figures = tuple(
        dict.fromkeys(f for n in figures for f in ((n, LIMITS[n]) if LIMITS.get(n) in asked else (n,)))
    )
    personal = personal_lines(figures, question, profile) if question else []
    personal += stated_lines(figures, question, profile)  # "i take 5000iu": against the upper limit
    lead = "\n".join(personal)
    bodies, frames = [], []
    for i, section in enumerate(sections):
        body = section.body
        if (i > 0 or not direct or personal) and _YES_NO_RE.match(body):
            body = _YES_NO_RE.sub("", body, count=1)
            body = body[:1].upper() + body[1:]
        bodies.append(body)
        title = f"{section.heading}\n" if len(sections) > 1 else ""
        frames.append((title, source_line(section.sources)))
    room = MAX_ANSWER_CHARS - (len(lead) + 2 if lead else 0)
    room -= sum(len(title) + len(cite) + 4 for title, cite in frames)
    # Share the room: the best part first (leaving each other part PART_CHARS), then short bodies whole and
    # the longer ones evenly what is left.
    limits = [0] * len(bodies)
    limits[0] = min(
        len(bodies[0]), MAX_BODY_CHARS, max(room // len(bodies), room - PART_CHARS * (len(bodies) - 1))
    )
    trimmed = [""] * len(bodies)
    trimmed[0] = trim_text(bodies[0], limits[0])
    room -= len(trimmed[0])  # what trimming at a line or sentence left over goes to the other parts
    rest = sorted(range(1, len(bodies)), key=lambda i: len(bodies[i]))
    for n, i in enumerate(rest):
        limits[i] = min(len(bodies[i]), MAX_BODY_CHARS, max(room // (len(rest) - n), 80))
        trimmed[i] = trim_text(bodies[i], limits[i])
        room -= len(trimmed[i])
    pieces = [
        "\n\n".join(p for p in (title + body, cite) if p)
        for body, (title, cite) in zip(trimmed, frames, strict=True)
    ]
    # a safety section leads; personal figures a further part brings follow it ("had 3 of my prenatal vitamins
    # with iron": Poison Control first, never a child's magnesium limit)
    ordered = (*pieces[:1], lead, *pieces[1:]) if sections[0].safety else (lead, *pieces)
    text = "\n\n".join(p for p in ordered if p)
    return Answer(
        text=trim_text(text, MAX_ANSWER_CHARS),
        sources=tuple(SourceRef(s.file, s.heading) for s in sections),
        confident=True,
        section=sections[0],
        related=related,
    )


def decline(animal: bool = False) -> Answer:
    """The polite decline; about an animal, it points to a vet or an animal poison line first."""
    text = (
        "Sorry, that's outside what I can answer well: I only answer questions on magnesium, bone health "
        "and osteoporosis. I can tell you about: how much magnesium you need, food sources, supplements "
        "and their side effects, medicines that interact with magnesium, deficiency, what the evidence "
        "says on bone density and fractures, osteoporosis and osteopenia, calcium and vitamin D, and "
        'exercise for bones. Try "How much magnesium do I need?" or "Can I take magnesium with Fosamax?".'
    )
    if animal:
        text = PET_POISON + "\n\n" + text
    return Answer(text=text, sources=(), confident=False)


PET_POISON = (
    "I can't advise on animals. If a pet swallowed tablets or medicine, call your vet or an animal poison line "
    "now (in the US, ASPCA Animal Poison Control: 888-426-4435) and keep the packet to hand."
)


def pet_swallowed() -> Answer:
    """A pet that swallowed tablets or a supplement: the vet or an animal poison line, now — an answer, not the
    decline (the pet's owner needs the pointer, not the list of topics)."""
    return Answer(text=PET_POISON, sources=(), confident=True)
