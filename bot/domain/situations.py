"""What situation a message describes, from words listed as data (knowledge/situation_words.csv).

A safety section says in hidden lines which situations it answers and which it needs:

- `<!-- when: ingested, product, child|many|intent -->`: the section answers whenever every comma group
  holds (one of its `|` alternatives is among the message's signals; `!habit` means the signal is absent),
  ahead of the ranking: "my kid chewed a few of my calcium chews" is a child who swallowed a product.
- `<!-- needs: ingested|intent -->`: the section may answer only when one of these signals is present: "my
  son's 15 and does loads of sport, how much magnesium" names no swallowing, so it is no poisoning.

Signals are read from the message's words (typos corrected by the caller) and the canonical words the
vocabulary adds ("fosamax" -> bisphosphonate). Two are counted rather than listed: `child` also holds for
an age of 13 or under (the caller passes it), and `many` for a number of MANY_COUNT or more that is not a
dose, an age or a time ("took 10 of my 500mg tabs": 10 counts, 500 mg does not; nor "im 45", an `age-lead`); `dose` also holds for a
number before a dose unit ("2 x 250mg"), `pregnant` for a number of weeks before a `gestation-unit` ("36w"), and `megadose` for MEGADOSE_IU or more units ("50,000 IU"),
and `severe` with `excess-sign` for a blood pressure reading below 90/60 after a `pressure-word` ("bp 80/50").
Two more are counted: `high-dose` for a number of milligrams above
the adult supplemental upper limit for magnesium, with magnesium named within a few words ("1500mg of
magnesium a day", "1,200 mg magnesium") or nothing named at all (only `dose-lead` words before it and a
daily word or nothing after: "been on 2 grams a day since summer" — in a magnesium bot the amount is
magnesium), `magnesium-dose` for any milligrams with magnesium named within a few words ("250 mg magnesium",
"Mg 200 mg"), and `polypharmacy` for
POLYPHARMACY_COUNT or more different medicines named (`drug` phrases: "warfarin, digoxin, furosemide") or
that many before a medicine word within a few words ("12 tablets a day", "7 different prescription meds"); for
an older person adding a supplement OLDER_POLYPHARMACY_COUNT named medicines are enough ("my 75 y/o mum takes omeprazole and
furosemide and wants to add magnesium": the prescriber or pharmacist checks the whole list).
A phrase right after a `negator` word ("no", "without") gives none of its `negatable` signals: "no kidney
stuff" is no kidney disease. A phrase listed under `not:SIGNAL` ("kidneys are fine", "kidney infection") takes
SIGNAL away when every phrase that gave it lies inside such a phrase (`denied`): "kidney infection" is no
reduced kidney function, but "a kidney infection on top of my CKD" still is. A phrase written as a word ending (`prescribed,-olol`) gives its signal to any word with that ending and at
least SUFFIX_STEM letters before it: the generic names of a drug class share one ("propranolol",
"bisoprolol"), so a medicine the list never named is still one.

Pure Python: no framework imports.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from bot.domain.knowledge import DEFAULT_KNOWLEDGE_DIR
from bot.domain.limits import MAGNESIUM_UL_DEFAULT_MG
from bot.domain.retrieval import words_of

MANY_COUNT = 5
OLDER_AGE = 65  # a stated age from this on gives `older` (bot/domain/answering.py), as "nan" or "elderly" do
GESTATION_WEEKS = (
    4,
    42,
)  # "36w": a number of weeks of pregnancy in this range, written with a gestation unit
POLYPHARMACY_COUNT = 3  # medicines taken together that call for a pharmacist's check before adding one more
OLDER_POLYPHARMACY_COUNT = (
    2  # for an older person (`older`), two named medicines plus a supplement already do
)
GRAMS = (["g"], ["gram"], ["grams"])  # "1.5g of magnesium a day": a gram is above the upper limit
SUFFIX_STEM = 2  # "-sartan" ends "losartan"; "-pril" does not end "april"
MEGADOSE_IU = 10_000  # "50,000 iu of vitamin d a day": a number of units from this on is a very large dose
IU_WORDS = frozenset({"iu", "ius", "ui", "units"})
MEDICINE_WINDOW = 3  # "7 different prescription meds": the medicine word within this many words of the number
UNNAMED_MAX_GRAMS = 10  # "been on 2 grams a day": an unnamed amount in grams up to this is a supplement dose
AFTER_UNNAMED = frozenset({"a", "daily", "per", "each", "every", "nightly", "since", "for", "now", "or"})
# A count's noun comes before the next clause: "rda is 320 but the pills i bought" counts no pills.
CLAUSE_BREAKS = frozenset({"but", "so", "because", "cos", "though", "although", "yet", "while", "whereas"})
# "had 3 of her tablets instead of 1": a larger number this many words before "instead of" a smaller one
INSTEAD_WINDOW = 8
SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "bp 80/50": a blood pressure reading below 90/60 is low (NHLBI, hypotension), a sign of too much magnesium
LOW_SYSTOLIC = 90
LOW_DIASTOLIC = 60
READING_MIN = 30  # smaller numbers are no pressure reading ("bp pills 2/day")


@dataclass(frozen=True)
class SituationWords:
    phrases: dict[tuple[str, ...], frozenset[str]]  # words -> the signals they give
    not_a_count: frozenset[str] = frozenset()
    dose_units: frozenset[str] = frozenset()  # a number before one of these is a dose ("2 x 250mg")
    longest: int = 1  # the most words a listed phrase has ("don't want to be here": five)
    medicine_units: frozenset[str] = frozenset()  # "12 tablets a day": a count of medicines
    suffixes: tuple[tuple[str, frozenset[str]], ...] = ()  # word endings -> the signals they give
    dose_lead: frozenset[str] = frozenset()  # words that may come before an amount that names nothing
    age_lead: frozenset[str] = frozenset()  # a number right after one of these is an age ("im 45")
    negators: frozenset[str] = (
        frozenset()
    )  # "no kidney stuff": a `negatable` signal right after one is denied
    negatable: frozenset[str] = frozenset()
    gestation_units: frozenset[str] = frozenset()  # "36w": a week of pregnancy right after its number
    pressure_words: frozenset[str] = frozenset()  # "bp 80/50": a reading right after one is a blood pressure
    denials: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)  # `not:kidney` phrases

    @cached_property
    def _reach(self) -> dict[str, int]:
        """A word -> the most words of a listed phrase that starts with it (signals looks no further)."""
        reach: dict[str, int] = {}
        for phrase in self.phrases:
            reach[phrase[0]] = max(reach.get(phrase[0], 0), len(phrase))
        return reach

    @cached_property
    def _endings(self) -> tuple[str, ...]:
        return tuple(suffix for suffix, _ in self.suffixes)

    def _unnamed(self, words: list[str], i: int) -> bool:
        """Whether the amount at words[i] (a number, then its unit) names no substance: only `dose-lead` words
        before it (up to MEDICINE_WINDOW + 1 of them) and a daily word or nothing after its unit."""
        before = words[max(0, i - MEDICINE_WINDOW - 1) : i]
        after = words[i + 2 : i + 3]
        return all(w in self.dose_lead or w.isdigit() for w in before) and all(
            w in AFTER_UNNAMED for w in after
        )

    def _counted(self, words: list[str], found: set[str], drugs: set[tuple[str, ...]], older: bool) -> None:
        """The counted signals: `high-dose` and `polypharmacy` (see the module docstring)."""
        # an older person adding a supplement to their medicines (a laxative habit has its own answers)
        adding = older and "supplement-use" in found and "laxative" not in found
        if len(drugs) >= (OLDER_POLYPHARMACY_COUNT if adding else POLYPHARMACY_COUNT):
            found.add("polypharmacy")
        for i, word in enumerate(words):
            if not word.isdigit():
                continue
            value = int(word)
            if len(word) == 3 and i and words[i - 1].isdigit() and len(words[i - 1]) <= 3:
                value += 1000 * int(words[i - 1])  # "1,200 mg" reads as "1 200 mg"
            following = words[i + 1 : i + 1 + MEDICINE_WINDOW]
            cut = next((n for n, w in enumerate(following) if w in CLAUSE_BREAKS), len(following))
            near = words[max(0, i - MEDICINE_WINDOW - 1) : i + 2 + MEDICINE_WINDOW]
            grams = following[:1] in GRAMS
            names_magnesium = any("magnesium" in self.phrases.get((w,), ()) for w in near)
            if following[:1] == ["mg"] and (names_magnesium or words[i - 1 : i] == ["mg"]):
                found.add("magnesium-dose")  # "250 mg magnesium", "Mg 200 mg"; not "1200mg" of calcium pills
            if (value > MAGNESIUM_UL_DEFAULT_MG and following[:1] == ["mg"] or grams) and (
                names_magnesium or (not grams or value <= UNNAMED_MAX_GRAMS) and self._unnamed(words, i)
            ):
                found.add("high-dose")  # "1500mg of magnesium", "been on 2 grams a day"; not "1200mg calcium"
            if value >= MEGADOSE_IU and following[:1] and following[0] in IU_WORDS:
                found.add("megadose")  # "50,000 iu", not "10,000 steps"
            counted = bool(following) and not following[0].isdigit() and following[0] not in self.not_a_count
            if value >= POLYPHARMACY_COUNT and counted and set(following[:cut]) & self.medicine_units:
                found.add("polypharmacy")  # "12 tablets a day", not "10,000 iu pills"
        if self._low_reading(words):
            found |= {"severe", "excess-sign"}  # "bp 80/50", "blood pressure was 85 over 55"
        if _more_than_meant(words):
            found.add("more-than-meant")  # "had 3 of her tablets this morning instead of 1"

    def denied(self, words: list[str]) -> frozenset[str]:
        """The signals a message's words take back: every phrase that gives one lies inside a `not:` phrase for
        it ("her kidneys are fine" -> kidney; "kidney infection, and I have CKD" -> none)."""
        if not self.denials:
            return frozenset()
        covered: dict[str, set[int]] = {}  # signal -> the word positions a denial covers
        longest = max(map(len, self.denials))
        for i in range(len(words)):
            for n in range(1, longest + 1):
                for signal in self.denials.get(tuple(words[i : i + n]), ()):
                    covered.setdefault(signal, set()).update(range(i, i + n))
        if not covered:
            return frozenset()
        said: set[str] = set()  # signals given by a phrase outside every denial of them
        for i, word in enumerate(words):
            for n in range(1, self._reach.get(word, 0) + 1):
                for signal in self.phrases.get(tuple(words[i : i + n]), ()):
                    if signal in covered and not set(range(i, i + n)) <= covered[signal]:
                        said.add(signal)
        return frozenset(covered) - said

    def _low_reading(self, words: list[str]) -> bool:
        """Whether a blood pressure reading below LOW_SYSTOLIC/LOW_DIASTOLIC follows a `pressure-word` within
        MEDICINE_WINDOW words ("bp 80/50 this morning", "pressure was 85 over 55")."""
        for i, word in enumerate(words):
            if word not in self.pressure_words:
                continue
            numbers = [w for w in words[i + 1 : i + 2 + MEDICINE_WINDOW] if w.isdigit()][:2]
            if len(numbers) == 2:
                systolic, diastolic = int(numbers[0]), int(numbers[1])
                if READING_MIN <= diastolic < systolic < LOW_SYSTOLIC and diastolic < LOW_DIASTOLIC:
                    return True
        return False

    def signals(self, words: list[str], child: bool = False, older: bool = False) -> frozenset[str]:
        """The signals of a message's words (lower-case, typos corrected, vocabulary expansions included);
        `older`: the message is about an older person (fewer named medicines make `polypharmacy`)."""
        found: set[str] = {"child"} if child else set()
        drugs: set[tuple[str, ...]] = set()  # the different medicines named
        # a possessive is its noun ("my newborn's formula", "my son’s pills")
        words = [w[:-2] if w.endswith(("'s", "’s")) and len(w) > 3 else w for w in words]
        reach, endings = self._reach, self._endings
        for i, word in enumerate(words):
            for n in range(1, reach.get(word, 0) + 1):
                phrase = tuple(words[i : i + n])
                given = self.phrases.get(phrase, frozenset())
                if given and i and words[i - 1] in self.negators:
                    given = given - self.negatable  # "no kidney problems", "not on any meds"
                found |= given
                if "drug" in given:
                    drugs.add(phrase)
            for suffix, given in self.suffixes if word.endswith(endings) else ():
                if len(word) >= len(suffix) + SUFFIX_STEM and word.endswith(suffix):
                    found |= given
                    if "drug" in given:
                        drugs.add((word,))
            if word.isdigit() and int(word) >= MANY_COUNT:
                following = words[i + 1] if i + 1 < len(words) else ""
                if following not in self.not_a_count and (not i or words[i - 1] not in self.age_lead):
                    found.add("many")
            if word.isdigit() and i + 1 < len(words) and words[i + 1] in self.dose_units:
                found.add("dose")
            weeks = word.isdigit() and GESTATION_WEEKS[0] <= int(word) <= GESTATION_WEEKS[1]
            if weeks and i + 1 < len(words) and words[i + 1] in self.gestation_units:
                found.add("pregnant")  # "36w, face swelled up overnight"
        self._counted(words, found, drugs, older)
        return frozenset(found)


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() else SMALL_NUMBERS.get(word)


def _more_than_meant(words: list[str]) -> bool:
    """Whether a number is followed, within INSTEAD_WINDOW words and no clause break, by "instead of" a smaller
    one: "took 6 of my tablets instead of 1" is more than meant; "glycinate instead of oxide" names no number."""
    for i in range(len(words) - 2):
        if words[i] != "instead" or words[i + 1] != "of":
            continue
        meant = _number(words[i + 2])
        if meant is None:
            continue
        for word in reversed(words[max(0, i - INSTEAD_WINDOW) : i]):
            if word in CLAUSE_BREAKS:
                break
            taken = _number(word)
            if taken is not None and taken > meant:
                return True
    return False


def holds(condition: tuple[tuple[str, ...], ...], signals: frozenset[str]) -> bool:
    """Whether every group of a `when`/`needs` condition has an alternative among the signals (`!x`: x absent)."""
    return bool(condition) and all(
        any((a[1:] not in signals) if a.startswith("!") else (a in signals) for a in group)
        for group in condition
    )


def load_situation_words(directory: Path | str | None = None) -> SituationWords:
    root = Path(directory) if directory is not None else DEFAULT_KNOWLEDGE_DIR
    path = root / "situation_words.csv"
    phrases: dict[tuple[str, ...], set[str]] = {}
    not_a_count: set[str] = set()
    dose_units: set[str] = set()
    medicine_units: set[str] = set()
    dose_lead: set[str] = set()
    age_lead: set[str] = set()
    negators: set[str] = set()
    negatable: set[str] = set()
    gestation_units: set[str] = set()
    suffixes: dict[str, set[str]] = {}
    denials: dict[tuple[str, ...], set[str]] = {}
    pressure_words: set[str] = set()
    if path.exists():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
        for row in csv.DictReader(lines):
            signal, words = row["signal"].strip().lower(), tuple(words_of(row["phrase"]))
            if row["phrase"].strip().startswith("-") and len(words) == 1:
                suffixes.setdefault(words[0], set()).add(signal)
            elif signal == "not-a-count":
                not_a_count.update(words)
            elif signal == "dose-unit":
                dose_units.update(words)
            elif signal == "medicine-unit":
                medicine_units.update(words)
            elif signal == "dose-lead":
                dose_lead.update(words)
            elif signal == "age-lead":
                age_lead.update(words)
            elif signal == "negator":
                negators.update(words)
            elif signal == "gestation-unit":
                gestation_units.update(words)
            elif signal.startswith("not:") and words:
                denials.setdefault(words, set()).add(signal[4:])
            elif signal == "pressure-word":
                pressure_words.update(words)
            elif signal == "negatable":
                negatable.add(row["phrase"].strip().lower())
            elif words:
                phrases.setdefault(words, set()).add(signal)
    return SituationWords(
        {k: frozenset(v) for k, v in phrases.items()},
        frozenset(not_a_count),
        frozenset(dose_units),
        max(map(len, phrases), default=1),
        frozenset(medicine_units),
        tuple((k, frozenset(v)) for k, v in sorted(suffixes.items())),
        frozenset(dose_lead),
        frozenset(age_lead),
        frozenset(negators),
        frozenset(negatable),
        frozenset(gestation_units),
        pressure_words=frozenset(pressure_words),
        denials={k: frozenset(v) for k, v in denials.items()},
    )
