"""A food's short name said with the kind of food it is: "pb&j sandwich" is the "peanut butter and jelly
sandwich" row (alias "pb&j"), "blt sandwich" the "blt" row whose name says sandwich. The kind is the last
word of the food's own name; the alias with that word after it is one more exact name of the food."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from bot.domain.foods import Food


def kind_named_labels(
    name: str, aliases: Iterable[str], toks: Callable[[str], list[str]]
) -> list[tuple[str, str]]:
    """(alias, kind word) for each alias of a food that lacks the kind word its own name ends with."""
    name_toks = toks(name)
    if len(name_toks) < 2:
        return []  # a one-word name ("blt") says no kind
    kind = name_toks[-1]
    out = []
    for alias in aliases:
        alias_toks = toks(alias)
        if alias_toks and kind not in alias_toks:
            out.append((alias, kind))
    return out


def add_kind_named(
    foods: Sequence[Food],
    exact: dict[str, list[int]],
    literal: dict[str, list[int]],
    said: Mapping[tuple[str, bool], list[str]],
) -> None:
    """Each food's aliases said with its kind word, as exact (stopwords dropped) and literal names, where
    no food has that name already. `said`: every label's tokens, with and without stopwords, as the matcher
    read them (so nothing is tokenised twice at start)."""
    for index, food in enumerate(foods):
        for alias, kind in kind_named_labels(food.name, food.aliases, lambda text: said[text, True]):
            full = f"{' '.join(said[alias, True])} {kind}"
            spoken = f"{' '.join(said[alias, False])} {kind}"
            if full not in exact and spoken not in literal:
                exact[full], literal[spoken] = [index], [index]
