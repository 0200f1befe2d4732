"""Personal figures: who a question is about (age, sex, pregnancy, breastfeeding), and the exact
recommended amounts for that person — magnesium (IOM 1997), calcium and vitamin D (IOM 2011) — and the
upper limit for supplemental magnesium by age.

Pure Python: no framework imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.domain import bone_rda
from bot.domain.question_parts import CLAUSE_RE
from bot.domain.rda import AGE_BANDS, BANDS_BY_KEY, AgeBand, Profile, band_for_age, upper_limit_mg

_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-", "−": "-", "’": "'", "‘": "'"})

_FEMALE_RE = re.compile(
    r"\b(woman|women|female|females|girl|girls|lady|ladies|wife|mother|mom|mum|daughter|sister|grandmother|"
    r"grandma|she|her|pregnant|pregnancy|breastfeeding|breast-feeding|lactating|postmenopausal|menopause|"
    r"menopausal|perimenopausal|perimenopause|periods|menstrual|menstruation|hot flushes|hot flashes)\b"
)
_MALE_RE = re.compile(
    r"\b(man|men|male|males|boy|boys|guy|guys|bloke|blokes|lad|lads|chap|fella|fellow|husband|father|dad|son|brother|grandfather|grandpa|he|him|his)\b"
)
# "35 f", "50m", "f19": an age and a sex (never a quantity: AGE_SEX_TOKEN_RE)
_AGE_SEX_RE = re.compile(r"\b\d{1,3}\s*(f|m)\b(?=[ ,.?!:;]|$)|\b(f|m)\d{1,2}\b")
AGE_SEX_TOKEN_RE = re.compile(r"\b\d{1,3}\s?[fm]\b(?=[ ,.?!:;)]|$)|\b[fm]\d{1,2}\b", re.IGNORECASE)
_PREGNANT_RE = re.compile(
    r"\b(pregnant|pregnancy|expecting|expectant|(?:mother|mum|mom)-to-be|trimester)\b"
    r"|\b\d{1,2}\s*(?:weeks?|wks?)\s+(?:gone|along)\b"  # "20 weeks gone": British for 20 weeks pregnant
)
_LACTATING_RE = re.compile(r"\b(breastfeeding|breast[- ]feeding|lactating|lactation|nursing)\b")
_AGE_RES = (
    re.compile(r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?|yo|y/o|y\.o\.)(?:\s*-?\s*old)?(?!\w)"),
    re.compile(r"\b(?:aged?|age of)\s*(\d{1,3})\b"),
    re.compile(r"\bi\s*(?:'m|am)\s*(?:a\s+)?(\d{1,3})\b(?!\s*(?:kg|lbs?|pounds|cm|%|mg))"),
    re.compile(r"\b(\d{1,3})\s*(?:f|m)\b(?=[ ,.?!]|$)"),
    re.compile(r"\b(?:f|m)(\d{1,2})\b"),
    re.compile(
        r"\b(?:i'm|i am|im)\b[^.?!]{0,30}?\b(\d{2})\b(?!/\d)(?!\s*(?:mg|%|kg|lbs?|g|mcg|iu|weeks?|months?)\b)"
    ),
    # "my mum is 72", "he's 80", "she just turned 15", "breastfeeding mom 35", "a woman of 60"
    re.compile(
        r"\b(?:is|he's|she's|(?:son|daughter|kid|child|boy|girl|grandson|granddaughter)'s|turned|turning|mom|mum|mother|dad|father|woman|man|lady|guy|girl|boy|wife|"
        r"husband|female|male)\s*,?\s*(?:of\s+|aged?\s+)?(\d{1,3})\b(?![.,/]\d)"
        r"(?!\s*(?:mg|%|kg|lbs?|pounds|g|mcg|iu|cm|weeks?|months?|days?|times|hours?|minutes?|tablets?|pills?)\b)"
    ),
    # "my son (3)", "nephew (6)", "mum (79, osteoporosis)": an age in brackets after the person
    re.compile(
        r"\b(?:son|daughter|kid|child|boy|girl|grandson|granddaughter|nephew|niece|brother|sister|toddler|lad|"
        r"mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|husband|wife|partner)\s*\(\s*(\d{1,3})\b"
        r"(?!\s*(?:mg|%|kg|lbs?|pounds|g|mcg|iu|cm|weeks?|months?|days?|times|hours?|minutes?|tablets?|pills?)\b)"
    ),
)
# "on risedronate for 5 yrs", "7 years on fosamax", "taking calcium 3 years", "2 years ago": a number of
# years attached to on/for/since/taking (up to two words between) or followed by on/of/ago is how long, not
# how old ("years old" stays an age); taken out before the ages are read
_DURATION_RE = re.compile(
    r"\b(?:on|for|since|taking|taken|been|over|past|last|after|within)\s+(?:[a-z]+\s+){0,2}?"
    r"\d{1,3}\s*-?\s*(?:years?|yrs?)\b(?!\s*-?\s*old)"
    r"|\b\d{1,3}\s*-?\s*(?:years?|yrs?)\s+(?:now\s+)?(?:on|of|taking|since|ago)\b"
)
_ASKER_AGES = (2, 5)  # the patterns of _AGE_RES that read the asker's own age ("i'm 40")
_ASKS_SELF_RE = re.compile(r"\b(?:do|should|can|could|must|am|shall) i\b|\bi (?:need|should)\b")
# "explain it like I'm 12", "as if I was five": a figure of speech about the reader, not a stated age
_SIMILE_AGE_RE = re.compile(
    r"\b(?:like|as if|as though)\s+(?:i'm|i am|im|i was|i were|you're|you are|to)\s+(?:a\s+)?"
    r"(?:\d{1,2}|[a-z]+)(?:\s*-?\s*(?:years?|yrs?)(?:\s*-?\s*old)?)?\b"
)
_NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
# "my two year old", "a three-month-old": the number word as digits before the ages are read
_NUMBER_AGE_RE = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")(?=[\s-]*(?:years?|yrs?|months?)\b)")
_MONTHS_RE = re.compile(r"\b(\d{1,2})\s*-?\s*months?(?:\s*-?\s*old)?\b")
# "2 months ago", "for 6 months", "every 6 months", "5 months pregnant": a time, not a baby's age (unless "old")
_MONTHS_TIME_RE = re.compile(
    r"\b(?:for|last|past|every|in|within|over|after|since)\s+(?:the\s+)?\d{1,2}\s*-?\s*months?\b(?!\s*-?\s*old)"
    r"|\b\d{1,2}\s*-?\s*months?\s+(?:ago|pregnant|later|now|since|before|supply|course|running|straight)\b"
)
_DECADE_RE = re.compile(r"\bin (?:my|her|his|their) (\d0)'?s\b")
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70}
_DECADE_WORD_RE = re.compile(r"\bin (?:my|her|his|their) (" + "|".join(_DECADE_WORDS) + r")\b")
_OVER_RE = re.compile(r"\b(?:over|above|older than|past)\s*(\d{2})\b")
_OLDER_WORDS_RE = re.compile(
    r"\b(postmenopausal|post-menopausal|after menopause|elderly|senior|seniors|retired)\b"
)
_TEEN_RE = re.compile(r"\b(teen|teens|teenager|teenagers|teenage|adolescent|adolescents)\b")
_OTHER_PERSON_RE = re.compile(
    r"\b(my|our|her|his) (daughter|son|husband|wife|child|children|kid|kids|mother|mom|mum|father|dad|"
    r"teen|teenager|baby|toddler|partner|grand\w+|sister|brother|parents?)\b|\b(an?|for) (\d{1,3}|woman|man|"
    r"child|kid|boy|girl|teen|teenager|baby|toddler|person|adult)\b|\bfor (women|men|children|kids|teens|adults)\b"
)
# the asker's own age, and an ask that includes the asker ("and is it any different for me?", "both of us")
_ASKER_AGE_RE = re.compile(
    r"\b(?:i'm|i am|im)\s+(?:a\s+)?(\d{1,3})\b(?!\s*(?:kg|lbs?|pounds|cm|%|mg|g|mcg|iu)\b)"
)
# the asker described in brackets or after a comma beside "me": "for me (f, 58) and my husband (61)", "me, 58",
# "myself (62m)"; the letter beside the age is the asker's sex
_ASKER_SELF_RE = re.compile(
    r"\b(?:me|myself)\s*(?:\(\s*|,\s*)(?:(?P<sex1>[fm])\s*[,/]?\s*)?(?P<age>\d{1,3})\s*(?P<sex2>[fm])?\b\s*\)?"
    r"(?!\s*(?:kg|lbs?|pounds|cm|%|mg|g|mcg|iu)\b)"
)
_ASKER_TOO_RE = re.compile(
    r"\b(?:for|about|and|to) (?:me|myself)\b|\bme too\b|\bboth of us\b|\bfor us\b|\b(?:do|should) we\b|\bhow much (?:for )?each\b|\beach of us\b"
)
_ADULTS_RE = re.compile(r"\b(adults?|grown-?ups?)\b")


@dataclass(frozen=True)
class Demographics:
    sex: str | None = None
    age_band: str | None = None
    life_stage: str | None = None
    about_other: bool = False
    age: int | None = None  # whole years when the question states them

    @property
    def empty(self) -> bool:
        return self.sex is None and self.age_band is None and self.life_stage is None


def without_age_sex(text: str) -> str:
    """The message with an age and sex written as one token ("19f", "34 m", "f19") taken out: it describes
    the sender, and is never a quantity of a food."""
    return AGE_SEX_TOKEN_RE.sub(" ", text)


def _age_band_from_years(age: int) -> str | None:
    band = band_for_age(age)
    return band.key if band else None


@lru_cache(maxsize=256)  # pure, its answer frozen: a message is read for its person several times
def extract_demographics(question: str) -> Demographics:
    """Age band, sex and pregnancy/breastfeeding stated in a question (None where not stated)."""
    q = _SIMILE_AGE_RE.sub(" ", question.translate(_DASHES).lower())
    q = _NUMBER_AGE_RE.sub(lambda m: str(_NUMBER_WORDS.index(m.group(1))), q)
    q = _DURATION_RE.sub(" ", q)
    age_sex = _AGE_SEX_RE.search(q)
    said = (age_sex.group(1) or age_sex.group(2)) if age_sex else None
    female = bool(_FEMALE_RE.search(q) or said == "f")
    male = bool(_MALE_RE.search(q) or said == "m")
    sex = "female" if female and not male else "male" if male and not female else None
    stage = None
    if _PREGNANT_RE.search(q):
        stage, sex = "pregnant", "female"
    elif _LACTATING_RE.search(q):
        stage, sex = "lactating", "female"

    band: str | None = None
    age: int | None = None
    months = _MONTHS_RE.search(_MONTHS_TIME_RE.sub(" ", q))
    if months and not re.search(r"\b\d{1,3}\s*-?\s*(?:years?|yrs?)\b", q):
        band = "0-6m" if int(months.group(1)) <= 6 else "7-12m" if int(months.group(1)) <= 12 else "1-3"
    if band is None:
        # "I'm 40 … my son, he's 10": a question about another person takes that person's age, not the asker's
        found = [(n, m) for n, pattern in enumerate(_AGE_RES) if (m := pattern.search(q))]
        if _OTHER_PERSON_RE.search(q) and not _ASKER_TOO_RE.search(q) and not _ASKS_SELF_RE.search(q):
            found.sort(key=lambda p: p[0] in _ASKER_AGES)
        for _, m in found:
            band = _age_band_from_years(int(m.group(1)))
            if band:
                age = int(m.group(1))
                break
    if band is None:
        m = _DECADE_RE.search(q)
        decade = int(m.group(1)) if m else None
        if decade is None:
            mw = _DECADE_WORD_RE.search(q)
            decade = _DECADE_WORDS[mw.group(1)] if mw else None
        if decade is not None:
            band, age = _age_band_from_years(decade + 5), decade + 5
    if band is None:
        m = _OVER_RE.search(q)
        if (
            m
            and int(m.group(1)) >= 18
            and re.search(r"\b(age|aged|years?|old|women|men|woman|man|adults?)\b", q)
        ):
            band, age = _age_band_from_years(int(m.group(1)) + 1), int(m.group(1)) + 1
        elif _OLDER_WORDS_RE.search(q):
            band = "51+"
        elif _TEEN_RE.search(q):
            band = "14-18"
    return Demographics(sex, band, stage, bool(_OTHER_PERSON_RE.search(q)), age)


@dataclass(frozen=True)
class Person:
    """Who a personal figure is for: the question's words first, then (for the asker) the profile."""

    sex: str | None
    band: AgeBand | None
    stage: str | None
    age: int | None
    goal_override_mg: int | None = None

    @property
    def known(self) -> bool:
        return self.band is not None or self.sex is not None or self.stage is not None


def person_for(question: str, profile: Profile | None = None) -> Person:
    stated = extract_demographics(question)
    if stated.about_other or profile is None:
        sex, band_key, stage = stated.sex, stated.age_band, stated.life_stage
        override = None
    else:
        sex = stated.sex or profile.sex
        band_key = stated.age_band or profile.age_band
        stage = stated.life_stage or (profile.life_stage if sex == "female" else None)
        override = profile.goal_override_mg if stated.empty else None
    stage = None if stage in (None, "", "none") else stage
    band = BANDS_BY_KEY.get(band_key or "")
    age = stated.age if stated.age_band == band_key else None
    return Person(sex, band, stage, age, override)


def descriptor(question: str) -> str:
    """Words for who a question is about ("child", "teen", "pregnancy"), to add to the words
    retrieval sees: "is 200 mg ok for my 7 year old" is a question about a child."""
    stated = extract_demographics(question)
    band = BANDS_BY_KEY.get(stated.age_band or "")
    words = []
    if stated.life_stage == "pregnant":
        words.append("pregnancy")
    elif stated.life_stage == "lactating":
        words.append("breastfeeding")
    if band is not None and band.high is not None and band.high <= 13:
        words.append("child")
    elif band is not None and band.key == "14-18":
        words.append("teen")
    return " ".join(words)


def group_words(question: str) -> str:
    """Words for the group a question's person belongs to, to rank the sections that carry a personal figure:
    the descriptor, and for an adult the sex and "over 50" ("my mum is 67": women over 50, not pregnancy)."""
    stated = extract_demographics(question)
    words = descriptor(question).split()
    band = BANDS_BY_KEY.get(stated.age_band or "")
    adult = band is not None and band.low >= 19
    if stated.sex in ("female", "male") and stated.life_stage is None and (adult or band is None):
        words.append("women" if stated.sex == "female" else "men")
    if adult and band.high is None:
        words.append("over 50")
    return " ".join(words)


def _range_text(values: list[tuple[str, int]]) -> str:
    return ", ".join(f"{mg} mg at {label}" for label, mg in values)


def magnesium_line(person: Person) -> str | None:
    """One sentence with the magnesium RDA for this person; None if nothing is known about them."""
    own_goal = (
        f" Your own daily goal is set to {person.goal_override_mg} mg." if person.goal_override_mg else ""
    )
    band, sex, stage = person.band, person.sex, person.stage
    if band is not None:
        return _band_line(band, sex, stage) + own_goal
    if stage == "pregnant":
        values = [(b.label.replace(" years", ""), b.pregnant) for b in AGE_BANDS if b.pregnant]
        return f"During pregnancy the magnesium RDA is {_range_text(values)} (ages in years)." + own_goal
    if stage == "lactating":
        values = [(b.label.replace(" years", ""), b.lactating) for b in AGE_BANDS if b.lactating]
        return f"While breastfeeding the magnesium RDA is {_range_text(values)} (ages in years)." + own_goal
    if sex in ("female", "male"):
        adult = [b for b in AGE_BANDS if b.key in ("14-18", "19-30", "31-50", "51+")]
        values = [
            (
                b.label.replace(" years", "").replace(" and older", "+"),
                b.female if sex == "female" else b.male,
            )
            for b in adult
        ]
        who = "women" if sex == "female" else "men"
        return f"For {who} the magnesium RDA is {_range_text(values)} (ages in years)." + own_goal
    return own_goal.strip() or None


def _band_line(band: AgeBand, sex: str | None, stage: str | None) -> str:
    label = band.label.replace(" years", "")
    if band.key in ("0-6m", "7-12m"):
        return f"For a baby aged {label} the Adequate Intake is {band.male} mg a day (from breast milk or formula)."
    if band.male == band.female:
        return f"For a child aged {label} the RDA is {band.male} mg a day."
    aged = f"aged {label}" if band.high is not None else "aged 51 and older"
    if sex == "female":
        if stage == "pregnant" and band.pregnant:
            return f"For a pregnant woman {aged} the RDA is {band.pregnant} mg a day."
        if stage == "lactating" and band.lactating:
            return f"For a breastfeeding woman {aged} the RDA is {band.lactating} mg a day."
        who = "a teenage girl" if band.key == "14-18" else "a woman"
        extras = []
        if band.pregnant:
            extras.append(f"{band.pregnant} mg if pregnant")
        if band.lactating and band.lactating != band.female:
            extras.append(f"{band.lactating} mg if breastfeeding")
        extra = f" ({', '.join(extras)})" if extras else ""
        return f"For {who} {aged} the RDA is {band.female} mg a day{extra}."
    if sex == "male":
        who = "a teenage boy" if band.key == "14-18" else "a man"
        return f"For {who} {aged} the RDA is {band.male} mg a day."
    preg = f" ({band.pregnant} mg during pregnancy)" if band.pregnant else ""
    return f"For people {aged} the RDA is {band.male} mg a day for men and {band.female} mg for women{preg}."


def _who(person: Person) -> str:
    if person.age is not None:
        aged = f"aged {person.age}"
    elif person.band is not None:
        aged = "aged " + person.band.label.replace(" years", "").replace(" and older", "+")
    else:
        aged = ""
    noun = {"female": "a woman", "male": "a man"}.get(person.sex or "", "someone")
    if person.band is not None and person.band.key == "14-18":
        noun = {"female": "a teenage girl", "male": "a teenage boy"}.get(person.sex or "", "a teenager")
    if person.stage == "pregnant":
        noun = "a pregnant woman"
    elif person.stage == "lactating":
        noun = "a breastfeeding woman"
    if person.band is not None and person.band.high is not None and person.band.high <= 13:
        noun = "a child"
    return f"{noun} {aged}".strip()


def _ages(person: Person) -> tuple[int, ...]:
    """The whole-year ages the person may be (one when stated, the band's span otherwise)."""
    if person.age is not None:
        return (person.age,)
    if person.band is None and person.stage in ("pregnant", "lactating"):
        return (14, 50)  # the ages of the pregnancy and breastfeeding rows
    if person.band is None or person.band.high == 0:
        return ()
    return (person.band.low, person.band.high if person.band.high is not None else 71)


def _table_line(table, person: Person, nutrient: str, unit: str, what: str = "RDA") -> str | None:
    ages = _ages(person)
    rows = [row for row in (bone_rda.lookup(table, a) for a in ages) if row is not None]
    if not rows:
        return None

    def value(row: bone_rda.Row) -> int:
        if person.stage in ("pregnant", "lactating") and row.pregnant:
            return row.pregnant
        return row.female if person.sex == "female" else row.male if person.sex == "male" else 0

    if any(value(r) == 0 and r.male != r.female for r in rows):
        # depends on sex, and we don't know it: both figures for one age ("I'm 52, how much calcium")
        return _by_sex_line(rows, person, nutrient, unit, what) if len(set(rows)) == 1 else None
    values = [value(r) or r.male for r in rows]
    if values[0] == values[-1]:
        amount = f"{values[0]:,} {unit} a day"
    elif person.band is None:  # pregnant or breastfeeding, age not stated: the adult figure first
        amount = f"{values[-1]:,} {unit} a day ({values[0]:,} {unit} at ages 14–18)"
    else:
        amount = f"{values[0]:,} {unit} a day ({values[-1]:,} {unit} from age {rows[-1].low})"
    if what != "RDA":
        return f"For {_who(person)} the {what} for {nutrient} from food and supplements is {amount}."
    return f"For {_who(person)} the {nutrient} RDA is {amount}."


def _by_sex_line(rows: list[bone_rda.Row], person: Person, nutrient: str, unit: str, what: str) -> str:
    """The figure for a woman and for a man of one age, when the question does not say which."""
    row = rows[0]
    both = f"{row.female:,} {unit} a day for a woman and {row.male:,} {unit} for a man"
    if what != "RDA":
        return f"For {_who(person)} the {what} for {nutrient} from food and supplements is {both}."
    return f"For {_who(person)} the {nutrient} RDA is {both}."


def calcium_line(person: Person) -> str | None:
    return _table_line(bone_rda.CALCIUM_MG, person, "calcium", "mg")


def vitamin_d_line(person: Person) -> str | None:
    return _table_line(bone_rda.VITAMIN_D_IU, person, "vitamin D", "IU")


def calcium_limit_line(person: Person) -> str | None:
    return _table_line(bone_rda.CALCIUM_UL_MG, person, "calcium", "mg", "upper limit")


def vitamin_d_limit_line(person: Person) -> str | None:
    return _table_line(bone_rda.VITAMIN_D_UL_IU, person, "vitamin D", "IU", "upper limit")


def upper_limit_line(person: Person) -> str | None:
    ages = _ages(person)
    if not ages:
        return None
    limits = {upper_limit_mg(a) for a in ages}
    if len(limits) != 1 or None in limits:
        return None
    return (
        f"For {_who(person)} the upper limit for magnesium from supplements and medicines is "
        f"{limits.pop()} mg a day (food does not count)."
    )


# What a question asks an amount of, by the words it uses (typos already corrected by the retriever).
_NUTRIENT_RES = (
    ("magnesium", re.compile(r"\b(magnesium|mag)\b")),
    ("calcium", re.compile(r"\bcalcium\b")),
    # "1000 iu d", "25 mcg of d3": a unit before a bare d names vitamin D
    ("vitamin-d", re.compile(r"\b(vitamin|vit|vits)\s*-?\s*d3?\b|\bd3\b|\b(?:iu|ius|mcg)\s+(?:of\s+)?d\b")),
)
# An ask for an amount: "how much", "the rda", "what does she need a day" ("should she take magnesium" is a
# yes-or-no question, not an amount).
_AMOUNT_RE = re.compile(
    r"\b(how much|how many (?:mg|milligrams|iu|mcg|micrograms|units)|rda|rdas|(?<!are )(?<!is )recommended(?! (?:foods?|brands?))|"
    r"(?:daily )?(?:targets?|goals?)\b|aim(?:ing)? for|requirements?|allowance|ul|upper (?:intake )?limits?|"
    r"max(?:imum)?|needs? (?:\w+ ){0,3}?(?:a day|per day|daily|each day|every day)|"
    r"(?:what'?s|what is|whats) (?:the )?daily|(?:is|are) (?:that|this|it|these|they) enough|"
    r"(?:am i|are they|is (?:she|he)) getting enough|(?:magnesium|mag|calcium|vitamin d|vit d) needs|"
    r"daily (?:magnesium|mag|calcium|vitamin d|vit d)(?=\s*\?)|(?:daily |day )?(?:targets?|goals?) (?:for|of)\b|"
    r"^\W*(?:magnesium|mag|calcium|vitamin d|vit d)(?:\s*(?:,|and|&|\+|plus)\s*(?:magnesium|mag|calcium|vitamin d|"
    r"vit d))* for (?:a|an|my|me)\b)"
)
# A dose named in the question ("bought 400mg tabs"): the answer adds the supplemental upper limit.
_DOSE_RE = re.compile(r"\b\d{2,4}\s?(?:mg|milligrams?)\b")
# "how much magnesium is in a banana" asks what a food holds, not what a person needs.
_FOOD_CONTENT_RE = re.compile(
    r"\bhow (?:much|many)\b[^?.]{0,40}?\b(?:is|are)\s+(?:there\s+)?in\s+(?!(?:a|one|per|each)\s+day\b)"
    r"(?!(?:my|her|his|their|your)\s+(?:\d0'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b)"
)
# "how much does she actually absorb", "how much of it is absorbed": an ask about absorption, not an intake.
_ABSORB_RE = re.compile(r"\bhow (?:much|many)\b[^?.]{0,40}?\b(?:absorb|absorbs|absorbed|soak(?:s|ed)? up)\b")
# "is there a limit on how much magnesium you can get from food": the upper limit concerns supplements only,
# so a ceiling ask about food has no personal figure (the section on food says why).
_FROM_FOOD_RE = re.compile(r"\bfrom (?:food|foods|eating|(?:a |the |his |her |my |your |their )?diet)\b")
# An ask for the most one may take: the figure is the supplement upper limit, not the RDA.
_CEILING_RE = re.compile(
    r"\b(max|maximum|upper|limits?|ul|too much|safe|safely|at most|overdose|exceed|over the)\b"
    r"|\bthe most\b(?=[^.?!]{0,40}\b(?:can|could|may|should)\b)"  # "the most they can have"
)


# Where a question joins a second ask to its first: "… rda for a 9 year old and whats the most …", "magnesium
# rda and the upper limit", "rda + max".
_ASK_SPLIT_RE = CLAUSE_RE


def dose_mentioned(question: str) -> bool:
    """Whether a question names a dose in milligrams ("bought 400mg magnesium tabs, is one a day ok?")."""
    return bool(_DOSE_RE.search(question.lower()))


def amount_asked(question: str, context: str = "") -> tuple[str, ...]:
    """The personal figures a question asks for a person it (or the message it was taken from, `context`)
    describes ("my nan is 82 how much vitamin d": vitamin-d), in the order it names the nutrients; a
    nutrient's upper limit (LIMITS) instead of its RDA when its ask is the most one may take, and both when
    a later ask that names no nutrient is ("… rda and the upper limit"); () when it states no one or asks
    no amount."""
    q = question.translate(_DASHES).lower()
    person = extract_demographics(q)
    if person.empty and context:
        person = extract_demographics(context.translate(_DASHES).lower())
    if person.empty or not _AMOUNT_RE.search(q) or _FOOD_CONTENT_RE.search(q) or _ABSORB_RE.search(q):
        return ()
    named = sorted((m.start(), name) for name, pattern in _NUTRIENT_RES if (m := pattern.search(q)))
    found = [name for _, name in named]
    asks = [c for c in _ASK_SPLIT_RE.split(q) if c.strip()]
    ceiling = [bool(_CEILING_RE.search(c)) for c in asks]
    # a later ask that names no nutrient asks about the one before ("magnesium rda and the upper limit")
    bare = [not any(p.search(c) for _, p in _NUTRIENT_RES) for c in asks]
    names: list[str] = []
    for name in found:
        pattern = dict(_NUTRIENT_RES)[name]
        own = next((i for i, c in enumerate(asks) if pattern.search(c)), 0)
        if ceiling[own] and _FROM_FOOD_RE.search(asks[own]):
            continue  # no upper limit applies to food
        if ceiling[own]:
            names.append(LIMITS[name])  # "what's the most magnesium a 9 year old can have"
        elif any(ceiling[j] and bare[j] for j in range(own + 1, len(asks))):
            names += [name, LIMITS[name]]  # "calcium - how much do I need and what's the upper limit": both
        else:
            names.append(name)
    return tuple(dict.fromkeys(names))


FIGURES = {
    "magnesium": magnesium_line,
    "calcium": calcium_line,
    "vitamin-d": vitamin_d_line,
    "upper-limit": upper_limit_line,
    "calcium-limit": calcium_limit_line,
    "vitamin-d-limit": vitamin_d_limit_line,
}
# The limit figure of each nutrient's recommended amount.
LIMITS = {"magnesium": "upper-limit", "calcium": "calcium-limit", "vitamin-d": "vitamin-d-limit"}


def _asker_too(question: str, profile: Profile | None) -> tuple[str, Person] | None:
    """A message about someone else that asks for the asker too and gives the asker's age ("how much should my
    husband get, and is it any different for me? I'm 63"): (the message without the asker's age, the asker)."""
    q = question.translate(_DASHES).lower()
    said = _ASKER_AGE_RE.search(q) or _ASKER_SELF_RE.search(q)
    if not said or not _ASKER_TOO_RE.search(q) or not _OTHER_PERSON_RE.search(q):
        return None
    age = int(said.group("age") if "age" in said.re.groupindex else said.group(1))
    band = BANDS_BY_KEY.get(_age_band_from_years(age) or "")
    if band is None:
        return None
    letter = said.groupdict().get("sex1") or said.groupdict().get("sex2")
    sex = {"f": "female", "m": "male"}.get(letter or "")
    if sex is None and profile is not None and profile.sex in ("female", "male"):
        sex = profile.sex
    return q[: said.start()] + " me " + q[said.end() :], Person(sex, band, None, age)


def personal_lines(figures: tuple[str, ...], question: str, profile: Profile | None = None) -> list[str]:
    """The personal figures a section asks for, for whoever the question (else the profile) describes, and
    for the asker too when a message about someone else asks for both."""
    both = _asker_too(question, profile)
    people = [person_for(both[0]), both[1]] if both else [person_for(question, profile)]
    lines = [
        FIGURES[f](person)
        for person in people
        if person.known or person.goal_override_mg
        for f in figures
        if f in FIGURES
    ]
    return list(dict.fromkeys(line for line in lines if line))
