"""Whether a message is about an animal or a person, from the words it uses: an animal named and no person
("my horse is spooky"), a person named by their age alone ("my 7 year old ate the dog's tablets"), "he"/"she"
standing for the animal, and an animal only mentioned in passing in a person's message ("I bent to pick up the
cat and got back pain"). The word lists are data: knowledge/animal_words.txt, person_words.txt and
animal_in_passing.txt. Used by the answerer; plain Python, no framework imports.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.domain.question_parts import THIRD_PERSON
from bot.domain.retrieval import DEFAULT_KNOWLEDGE_DIR, Vocabulary, _lines, words_of

_CLAUSE_END_RE = re.compile(r"\b(\w+)\s*(?:[,.;!?]|$)")
# the sender speaking of themselves: "I bent to …", or "stopped my prolia … pick up the cat" with "I" left out
FIRST_PERSON = frozenset({"i", "im", "i'm", "ive", "i've", "my", "me", "myself"})


def _kinds(path: Path) -> dict[str, frozenset[str]]:
    """The words of each kind in a "kind: word" file."""
    kinds: dict[str, set[str]] = {}
    for line in _lines(path):
        kind, _, word = line.partition(":")
        kinds.setdefault(kind.strip(), set()).add(word.strip())
    return {kind: frozenset(words) for kind, words in kinds.items()}


class AnimalReader:
    def __init__(self, vocabulary: Vocabulary, knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR) -> None:
        self.animals = vocabulary.animal_words
        self.persons = vocabulary.person_words
        passing = _kinds(knowledge_dir / "animal_in_passing.txt")
        self.clause_links = passing.get("after", frozenset())
        self.to_animal = passing.get("given", frozenset())
        # sayings that hold an animal's word but name no animal ("charley horse" is a cramp)
        sayings = sorted(passing.get("saying", frozenset()), key=len, reverse=True)
        self._sayings = (
            re.compile(
                r"\b(?:" + "|".join(r"\s+".join(map(re.escape, s.split())) for s in sayings) + r")s?\b", re.I
            )
            if sayings
            else None
        )

    def plain(self, question: str) -> str:
        """The message less its sayings that name no animal ("32 wks + charley horses every night")."""
        return self._sayings.sub(" ", question) if self._sayings else question

    def only_in_sayings(self, question: str) -> bool:
        """Whether every animal word of a message is in a saying that names no animal ("charley horses")."""
        return self.plain(question) != question and not set(words_of(self.plain(question))) & self.animals

    def names_animal(self, question: str) -> bool:
        """Whether a message names an animal and no person ("my horse is spooky"): an age it states is the
        animal's ("my dog is 12", "my 9 year old labrador") unless it is of someone named by their age
        alone ("my 7 year old ate the dog's tablets")."""
        question = self.plain(question)
        return bool(set(words_of(question)) & self.animals) and not (
            self.person_words(question) or self.aged_person(question)
        )

    def person_words(self, question: str) -> set[str]:
        """The person words of a message, less an age's unit that belongs to the animal after it ("my 12yo
        labrador", "a 9 yo lab": the age is the dog's, not a person's)."""
        question = self.plain(question)
        words = words_of(question)
        return {
            w
            for i, w in enumerate(words)
            if w in self.persons
            and not (0 < i < len(words) - 1 and words[i - 1].isdigit() and words[i + 1] in self.animals)
        }

    def aged_person(self, question: str) -> bool:
        """Whether a message names someone by their age alone ("my 7 year old ate …"): an age phrase after a
        possessive, followed by a word that is not an animal."""
        question = self.plain(question)
        words = words_of(question)
        for i, word in enumerate(words):
            if word in ("old", "yo") and i + 1 < len(words) and words[i + 1] not in self.animals:
                number = i - 2 if word == "old" else i - 1  # "7 year old" / "7 yo"
                if (
                    number >= 1
                    and words[number].isdigit()
                    and words[number - 1] in ("my", "our", "his", "her")
                ):
                    return True
        return False

    def pronoun_for_animal(self, question: str) -> bool:
        """Whether "he"/"she" … stands for an animal: every such pronoun comes after the first animal word
        ("my dog is 12, can i give him …"; not "she walks the dog, is it good for her bones")."""
        question = self.plain(question)
        words = words_of(question)
        animals = [i for i, w in enumerate(words) if w in self.animals]
        pronouns = [i for i, w in enumerate(words) if w in THIRD_PERSON]
        return bool(animals and pronouns) and min(pronouns) > min(animals)

    def in_passing(self, question: str) -> bool:
        """Whether every animal a message names is only mentioned in passing, in a message that speaks of "I" or
        "my":
        "the cat" after a verb, ending a clause (before a comma, a full stop, "and", "then", "yesterday" …: "I
        bent to pick up the cat and got sudden pain", "walking the dog yesterday i slipped") — not the animal a
        thing happened to ("the dog ate my tablets", "my cat is 12") nor the one given something ("I gave it to
        the dog")."""
        question = self.plain(question)
        words = words_of(question)
        at = [i for i, w in enumerate(words) if w in self.animals]
        if not at or not FIRST_PERSON & set(words) or self.pronoun_for_animal(question):
            return False  # "i found the dog and he had chewed my tablets": he is the dog
        ends = set(_CLAUSE_END_RE.findall(question.lower()))
        return all(
            i > 1
            and words[i - 1] == "the"
            and words[i - 2] not in self.to_animal
            and (words[i] in ends or i + 1 < len(words) and words[i + 1] in self.clause_links)
            for i in at
        )
