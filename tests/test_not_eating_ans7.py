"""Food named but not eaten (knowledge/not_eating.txt): prices and shopping, things bought for someone or as a
gift, gardens and flowers whose names are a food's ("roses" and rosé); a meal said with its price, or a gift
eaten after all, still logs. Pure domain tests, and the bot path on a real database."""

from __future__ import annotations

import pytest

from bot.domain.meal_intent import handled_not_eaten


@pytest.mark.parametrize(
    "text",
    [
        "price of 4 pints of milk at tesco now",
        "how much does a pint of milk cost in london now",
        "almonds are cheaper at aldi",
        "I bought roses for my wife",
        "got my girlfriend some tulips and a box of chocolates for valentines",
        "a bottle of prosecco for her birthday",
        "flowers for my mum's birthday",
        "best fertiliser for roses, leaves going yellow between veins",
        "greenfly all over my tomato plants",
    ],
)
def test_food_named_but_not_eaten(text):
    assert handled_not_eaten(text)


@pytest.mark.parametrize(
    "text",
    [
        "had a £3 meal deal, chicken sandwich and crisps",
        "had an expensive steak dinner",
        "glass of rose with dinner",
        "i had birthday cake and a glass of prosecco",
        "slice of chocolate cake for my bday",
    ],
)
def test_a_meal_said_with_a_price_or_an_occasion_is_still_eaten(text):
    assert not handled_not_eaten(text)


@pytest.mark.parametrize(
    "text",
    [
        "I bought roses for my wife",
        "best fertiliser for roses, leaves going yellow",
        "price of 4 pints of milk at tesco",
    ],
)
async def test_nothing_is_logged_for_a_gift_a_garden_or_a_price(service, text):
    outcome = await service.handle_text(7, 7, 10, text)
    assert outcome.meal is None or not outcome.meal.logged
    assert (await service.today(7)).total_mg == 0


async def test_a_glass_of_rose_is_still_logged(service):
    outcome = await service.handle_text(8, 8, 10, "glass of rose with dinner")
    assert outcome.meal is not None and outcome.meal.logged
