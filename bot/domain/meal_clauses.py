"""Whose meal a clause reports, and items a message takes back.

Pure domain code (no food knowledge) used by :mod:`bot.domain.meal` and :mod:`bot.domain.estimate`.

* **Subjects**: "my husband had steak and I had salmon", "friend ordered nachos, I only had a glass of red
  wine": a line is cut into clauses where a new subject and an eating verb begin; a clause whose subject is
  someone else (a person word of ``knowledge/person_words.txt``, a pronoun, a name) is not the user's meal.
  Its food still answers "it" in the user's clause: "mum made chili, I had a bowl of it".
* **Take-backs**: "… ok just the pho actually", "… forget the feta, didnt eat it", "a turkey… no a tuna
  sandwich", "a mango lassi… actually no, just water". :func:`read_takebacks` cuts the message at each
  take-back clause; the estimator reads the parts in turn and applies each take-back to the items before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.domain.meal_lexicon import _VERBS as _EATING_VERBS

_KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def _words(name: str) -> set[str]:
    path = _KNOWLEDGE / name
    words: set[str] = set()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.strip().lower()
            if word and not word.startswith("#") and word.isalpha() and len(word) > 2:
                words.add(word)
    return words


@lru_cache(maxsize=1)
def _people() -> str:
    """An alternation of the person words ("wife", "mum", "friend", ...) that name someone else."""
    words = _words("person_words.txt") - {"me", "myself"}
    return "|".join(sorted(words, key=len, reverse=True)) or "friend"


@lru_cache(maxsize=1)
def _animals() -> str:
    """An alternation of the animal words ("the cat had tuna"); only after a determiner, since some are foods."""
    return "|".join(sorted(_words("animal_words.txt"), key=len, reverse=True)) or "dog"


_VERB = (
    r"(?:had|has|have|ate|eats|drank|drinks|ordered|orders|got|gets|made|makes|cooked|cooks|baked|bakes|"
    r"prepared|brought|chose|picked|"
    rf"went\s+for|grabbed|was\s+eating|were\s+eating|is\s+eating|are\s+eating|{_EATING_VERBS})"
)
# the verbs of eating the lead-ins know too ("I finished a bowl of cheerios", "she scoffed the lot")
_EAT_VERB = (
    r"(?:had|has|ate|eats|drank|drinks|ordered|orders|grabbed|chose|picked|went\s+for|was\s+eating|were\s+eating|"
    rf"is\s+eating|are\s+eating|{_EATING_VERBS})"
)
_ADVERB = r"(?:(?:just|only|also|then|all|both|still|actually)\s+)?"


# a name said as a subject ("Tom had pizza"), not a capitalised word that starts a clause
_NAME = (
    r"(?!(?:Also|Then|Just|Only|Later|Today|Yesterday|Tonight|Lunch|Dinner|Breakfast|Brunch|Snack|Supper|"
    r"And|But|So|Finally|Afterwards|Dessert|Pudding)\b)[A-Z][a-z]{2,}"
)


# a lowercase word before a verb of eating that starts a message ("john had a burrito") is a name, unless it
# only says when or which meal ("today had", "finally ate": knowledge/not_a_name.txt) or is a stopword
_LOWER_SUBJECT_RE = re.compile(
    rf"^(?P<word>[a-z]{{3,}})(?i:\s+{_ADVERB}(?:had|has|ate|eats|drank|drinks|ordered|orders|grabbed|"
    r"finished|devoured|scoffed|snacked|munched|was\s+eating|is\s+eating)\b)"
)


def _named_subject(text: str) -> bool:
    """True when ``text`` starts with a lowercase name before a verb of eating ("john had a burrito")."""
    m = _LOWER_SUBJECT_RE.match(text)
    return bool(m) and m.group("word") not in _not_names()


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words that start a message before its verb without naming who ate: times, meals, function words."""
    return frozenset(_words("stopwords.txt") | _words("not_a_name.txt"))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    people = _people()
    other = (
        rf"(?:he|she|they|(?:my|our|his|her|their|the|a)\s+(?:\w+\s+)?(?:{people}|{_animals()})s?|(?:{people})s?|"
        r"(?:the\s+)?(?:kids|children|boys|girls|guests|others|family)|everyone(?:\s+else)?|everybody(?:\s+else)?)"
    )
    action = rf"(?i:\s+{_ADVERB}{_VERB}\b)"
    # a capitalised word is a name only before a verb of eating ("Porridge made with milk" is porridge)
    eats = rf"(?i:\s+{_ADVERB}{_EAT_VERB}\b)"
    boundary = re.compile(
        r"(?:\s*[,;]\s*(?i:and\s+|but\s+|while\s+|whereas\s+|whilst\s+|so\s+)?|(?i:\s+(?:and|but|while|whereas|whilst)\s+))"
        rf"(?=(?i:i|we|{other}){action}|{_NAME}{eats})"
    )
    others = re.compile(rf"^(?:(?i:{other}){action}|{_NAME}{eats})")
    verb = re.compile(rf"\b{_VERB}\b", re.IGNORECASE)
    elided = re.compile(
        rf"(?:\s*,\s*(?:and\s+|while\s+)?|\s+(?:and|while|whereas)\s+)(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:{people})s?"
        r"\s+(?:the|a|an|some|\d)\b[^,;.]*",
        re.IGNORECASE,
    )
    return boundary, others, verb, elided


_OBJECT_RE = re.compile(
    rf"^\S+(?:\s+\S+)?\s+{_ADVERB}{_VERB}\s+(?:(?:some|the|a|an|his|her|their)\s+)?(?P<food>.+)$", re.I
)
# the user's clause names only an amount of the food just named: "Sarah made a cake and I had a slice"
_AMOUNT_ONLY_RE = re.compile(
    rf"(?P<said>\b{_VERB}\s+(?:a|an|one|two|some|half|a\s+bit|a\s+little|a\s+small|a\s+big|\d+)"
    r"(?:\s+(?:small|big|large|little|tiny|huge))?(?:\s+(?:slice|piece|bowl|plate|portion|spoonful|helping|"
    r"cup|glass|bit|serving|square|wedge)s?)?)(?=\s*[.!]*$)",
    re.IGNORECASE,
)
_PRONOUN_OF_RE = re.compile(r"\b(?P<of>of|some)\s+(?:it|that|them|those)\b", re.IGNORECASE)


# why, said first, before "so" and the verb: "Office birthday so had cake", "I was starving so I had a burger"
# (no eating or cooking verb before "so": "had rice so had water", "mum made lasagne so I had a slice")
_REASON_SO_RE = re.compile(
    rf"^\s*(?:(?!{_EATING_VERBS}\b|(?:made|cooked|baked|brought|ordered|bought|served|gave|left)\b)[^\W\d_][\w']*\s+){{1,6}}?so\s+"
    rf"(?=(?:(?:i|we)\s+)?(?:just\s+|also\s+)?(?!got\b|took\b|tried\b|finished\b){_EATING_VERBS}\s)",
    re.IGNORECASE,
)


def own_clauses(line: str) -> str:
    """``line`` without the clauses about someone else's meal; "of it" in the user's clause names the food of
    the clause before it ("mum made chili, I had a bowl of it" -> "I had a bowl of chili")."""
    line = _REASON_SO_RE.sub("", line, count=1)
    boundary, others, verb, elided = _patterns()
    cuts = [0]
    for m in boundary.finditer(line):
        if verb.search(line[cuts[-1] : m.start()]):  # "my wife and I had pizza" is one clause
            cuts.append(m.start())
    if len(cuts) == 1:
        if others.match(line.strip()) or _named_subject(line.strip()):
            return ""  # "Tom had pizza", "john had a burrito"
        # "I had a salad, my wife the pasta": the other's clause without its verb
        return elided.sub("", line) if verb.search(line) else line
    clauses = [line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    kept: list[str] = []
    their_food = ""
    for clause in clauses:
        text = re.sub(r"^\s*[,;]?\s*(?:and|but|while|whereas|whilst|so)?\s*", "", clause, flags=re.I)
        if others.match(text) or (not kept and _named_subject(text)):
            found = _OBJECT_RE.match(text)
            their_food = found.group("food").strip(" .,!") if found else their_food
            continue
        if their_food:
            text = _PRONOUN_OF_RE.sub(rf"\g<of> {their_food}", text, count=1)
            text = _AMOUNT_ONLY_RE.sub(rf"\g<said> of {their_food}", text, count=1)  # "I had a slice"
        kept.append(text)
    return ", ".join(kept)


# ------------------------------------------------------------------------------------------ take-backs

_CLAUSE_SPLIT_RE = re.compile(r"(\.{2,}|…|(?<!\d)[.!?;](?=\s|$)|(?<!\d),|,(?!\d)|\s[-–—]\s)")
_MARKER = r"(?:ok(?:ay)?|oh|oops|sorry|wait|hmm+|um+|no|nope|nah|actually|correction|i\s+mean|i\s+meant|scratch\s+that)"
# a clause made only of correction words ("actually no", "no wait", "oops sorry"): the item before it goes
_MARKER_ONLY_RE = re.compile(
    rf"^\s*(?:{_MARKER}[\s,!]*)*?(?:no|nope|nah|scratch\s+that)(?:[\s,!]*{_MARKER})*[\s,!]*$", re.IGNORECASE
)
_FILLER_ONLY_RE = re.compile(rf"^\s*(?:{_MARKER}[\s,!]*)+$", re.IGNORECASE)
# correction words, then what was eaten instead: "no a tuna salad sandwich", "no wait, 2 eggs", "i mean rice"
_REPLACE_RE = re.compile(
    rf"^\s*(?:{_MARKER}[\s,!]*)*?(?:no|nope|nah|i\s+mean|i\s+meant|scratch\s+that)[\s,!]+(?:{_MARKER}[\s,!]+)*"
    r"(?:(?:it\s+was|it'?s|was|make\s+(?:it|that))\s+)?(?=(?:(?:regular|normal|plain|standard|usual)\s+)?(?:an?|one|two|three|\d|just|only|some)\b)(?P<rest>.+)$",
    re.IGNORECASE,
)
# after a trailing-off "...", a word of self-correction and what was eaten instead, whatever its first word:
# "a coffee... well two coffees", "apple crumble... well apple pie slice and custard"
_TRAIL_OFF_RE = re.compile(r"^(?:\.{2,}|…)$")
_WELL_RE = re.compile(
    r"^\s*(?:well|or\s+rather|rather|more\s+like|make\s+that|i\s+mean|i\s+meant|actually)[\s,!]+(?P<rest>[^\W\d_]*\w.*)$",
    re.IGNORECASE,
)
# after a "...", a food named again more exactly: "had a pastry... a choc croissant" (the vague item before goes)
# (not a food added: "had some soup... a sandwich too")
_NAMED_AGAIN_RE = re.compile(
    r"^\s*(?:an?|one|the|some)\s+[^\W\d_](?!.*\b(?:too|also|as\s+well|and|plus|then|after|later)\b)",
    re.IGNORECASE,
)
# what was not eaten after all: "forget the feta", "skipped the tea", "didn't eat the toast", "not the cake"
_REMOVE_RE = re.compile(
    rf"^\s*(?:(?:{_MARKER}|and|but)[\s,!]+)*(?:i\s+)?(?:skipped|skip|forget|scratch|cancel|remove|delete|minus|"
    r"leave\s+off|take\s+off|(?:didn'?t|did\s+not)\s+(?:even\s+|really\s+)?(?:have|eat|drink|finish|touch)|"
    r"never\s+(?:even\s+)?(?:had|ate|drank|touched))\s+"
    r"(?:the|that|those|my)\s+(?P<food>.+?)(?:\s+(?:actually|after\s+all|in\s+the\s+end))?\s*$",
    re.IGNORECASE,
)
# "didn't eat it": the food just named (already taken back, or the one before)
_REMOVE_IT_RE = re.compile(
    r"^\s*(?:(?:and|but|so)\s+)?(?:i\s+)?(?:didn'?t|didnt|did\s+not|never)\s+(?:have|eat|drink|finish|touch|had|ate)"
    r"\s+(?:it|that|them|any)\b.*$",
    re.IGNORECASE,
)
# "ok just the pho actually": of what was named, only this
_ONLY_RE = re.compile(
    rf"^\s*(?:{_MARKER}[\s,!]+)*(?:just|only)\s+(?:the|that|my)\s+(?P<food>.+?)(?:\s+(?:actually|then|after\s+all))?\s*$",
    re.IGNORECASE,
)


# a count said alone ("2 eggs, no wait 3"): the same food, counted again
_COUNT_ONLY_RE = re.compile(r"^\s*(?:\d{1,2}|one|two|three|four|five|six)\s*$", re.IGNORECASE)
_LEAD_COUNT_RE = re.compile(r"^\s*(?:\d{1,2}|an?|one|two|three|four|five|six)\s+(?=[^\W\d_])", re.IGNORECASE)


def _recounted(rest: str, before: str) -> str:
    """ "2 eggs, no wait 3": a count alone replaces the count of the item before it ("3 eggs")."""
    m = _LEAD_COUNT_RE.match(before)
    if not _COUNT_ONLY_RE.match(rest) or m is None:
        return rest
    return f"{rest.strip()} {before[m.end() :].strip()}"


@dataclass(frozen=True)
class TakeBack:
    """What a take-back clause does to the items before it: ``"last"`` drops the last item, ``"named"`` the
    items whose words include ``words``, ``"only"`` keeps only those (when any is named), ``"vague"`` drops the
    last item only when it names no food for sure (it was said again more exactly)."""

    kind: str
    words: str = ""


def read_takebacks(text: str) -> tuple[list[str], list[TakeBack | None]]:
    """The message cut at its take-back clauses: the parts to read in turn, and after each part the take-back
    that follows it (None after the last part). A message without take-backs is one part."""
    pieces = _CLAUSE_SPLIT_RE.split(text)
    parts: list[str] = [""]
    backs: list[TakeBack | None] = []
    previous_back = False
    for index in range(0, len(pieces), 2):
        clause = pieces[index]
        sep = pieces[index + 1] if index + 1 < len(pieces) else ""
        back: TakeBack | None = None
        rest = ""
        if index > 0 and any(part.strip() for part in parts):
            if _MARKER_ONLY_RE.match(clause) and clause.strip():
                back = TakeBack("last")
            elif _TRAIL_OFF_RE.match(pieces[index - 1].strip()) and (m := _WELL_RE.match(clause)):
                back, rest = TakeBack("last"), re.sub(r"^(?:just|only)\s+", "", m.group("rest"), flags=re.I)
            elif _TRAIL_OFF_RE.match(pieces[index - 1].strip()) and _NAMED_AGAIN_RE.match(clause):
                back, rest = TakeBack("vague"), clause  # "had a pastry... a choc croissant": which one
            elif m := _REPLACE_RE.match(clause):
                back, rest = TakeBack("last"), re.sub(r"^(?:just|only)\s+", "", m.group("rest"), flags=re.I)
                rest = _recounted(rest, pieces[index - 2] if index >= 2 else "")
            elif m := _REMOVE_RE.match(clause):
                back = TakeBack("named", m.group("food"))
            elif _REMOVE_IT_RE.match(clause):
                back = None if previous_back else TakeBack("last")
                previous_back = True
                continue
            elif m := _ONLY_RE.match(clause):
                back = TakeBack("only", m.group("food"))
        if back is None:
            if _FILLER_ONLY_RE.match(clause) and clause.strip():
                parts[-1] += sep  # "pasta. wait, also a salad": "wait" says nothing
            else:
                parts[-1] += clause + sep
            previous_back = False
            continue
        backs.append(back)
        parts.append(rest + (sep if rest else ""))
        previous_back = True
    backs.append(None)
    return parts, backs


# ------------------------------------------------------------------------------ lists with counts only
# "3 eggs 2 toast 1 coffee", "full english: 2 eggs 2 sausages 2 bacon": a list written without commas,
# each item led by its count. A count after a food word starts the next item when the segment itself
# began with a count; never after a joining word ("1 bagel with 2 tbsp cream cheese", "a tin of 400 g")
# nor before a word that makes the number no count ("2 pm", "2 percent").
_COUNT_AFTER_WORD_RE = re.compile(
    r"(?<=[^\W\d_])(?P<space>\s+)(?P<count>\d{1,3}(?:[.,/]\d+)?)\s*(?P<next>[^\W\d_]+)", re.UNICODE
)
_LEADING_COUNT_RE = re.compile(r"^\s*\d")
_JOINING_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "of",
        "with",
        "w",
        "n",
        "in",
        "on",
        "into",
        "plus",
        "than",
        "about",
        "around",
        "approx",
        "approximately",
        "over",
        "under",
        "like",
        "for",
        "at",
        "from",
        "to",
        "by",
        "per",
        "x",
        "times",
        "size",
        "number",
        "no",
        "only",
        "maybe",
        "probably",
        "each",
        "the",
        "my",
        "some",
    ]
)
_NOT_A_COUNT_NEXT = frozenset(
    [
        "pm",
        "am",
        "percent",
        "per",
        "times",
        "hours",
        "hour",
        "hrs",
        "hr",
        "mins",
        "min",
        "minutes",
        "days",
        "day",
        "weeks",
        "week",
        "years",
        "year",
        "yrs",
        "ish",
        "or",
        "and",
        "to",
        "x",
    ]
)


def split_counted_list(line: str) -> str:
    """``line`` with a comma before each count that starts a new item of a comma-less counted list."""

    def segment(text: str) -> str:
        if not _LEADING_COUNT_RE.match(text):
            return text

        def cut(m: re.Match[str]) -> str:
            before = text[: m.start()].split()
            previous = before[-1].lower() if before else ""
            if previous in _JOINING_WORDS or m.group("next").lower() in _NOT_A_COUNT_NEXT:
                return m.group(0)
            return "," + m.group(0)

        return _COUNT_AFTER_WORD_RE.sub(cut, text)

    return ",".join(segment(part) for part in line.split(","))


# ------------------------------------------------------------------------------------------ someone else's item


@lru_cache(maxsize=1)
def _for_other_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    people = rf"(?:the|my|our|his|her|their)\s+(?:(?:little|youngest|eldest|oldest|older|younger)\s+)?(?:{_people()})"
    # "a babycino for the kid", "a juice box for my son": the item ends by naming who it was for
    for_them = re.compile(rf"\s+for\s+{people}\s*[.!]*$", re.IGNORECASE)
    # "got the kids nuggets", "ordered my daughter a happy meal": bought for them, the person before the food
    bought = re.compile(
        rf"^(?:i\s+)?(?:also\s+)?(?:got|bought|ordered|grabbed|made|picked\s+up)\s+{people}\s+(?!and\b|for\b|with\b|had\b)\w",
        re.IGNORECASE,
    )
    return for_them, bought


def for_someone_else(item: str) -> bool:
    """True when one item is said to be someone else's: "a babycino for the kid", "got the kids nuggets"."""
    for_them, bought = _for_other_res()
    text = item.strip()
    if _COOKED_FOR_RE.match(text):
        return False  # "cooked pasta for the kids (and had a bowl myself)": the cook eats it too
    return bool(for_them.search(text) or bought.match(text))


_COOKED_FOR_RE = re.compile(r"^(?:i\s+)?(?:cooked|made|baked|prepared|whipped\s+up|fixed)\s", re.IGNORECASE)


_NEXT_ITEM_RE = re.compile(r",|;|\s(?:and|&|then|plus)\s|\s[-–—]\s", re.IGNORECASE)


def without_bought_for_other(line: str) -> str:
    """``line`` without a first item bought for someone else: "got the kids nuggets and had a salad" -> "had a
    salad" (the item runs to the next separator)."""
    if not _for_other_res()[1].match(line.strip()):
        return line
    nxt = _NEXT_ITEM_RE.search(line)
    return line[nxt.end() :].strip() if nxt else ""
