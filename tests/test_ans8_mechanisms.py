"""Round ans8: a saying that names no animal, a nutrient named in another sentence, food queries by 'per'."""

from bot.domain.routing import Route, classify
from bot.domain.stated import stated_amounts


def test_a_nutrient_in_another_sentence_does_not_name_the_amount():
    amounts = stated_amounts("had half a tin of baked beans, about 200g, for lunch. magnesium content?")
    assert amounts == [(None, 200000.0, True)]
    assert stated_amounts("magnesium 15 g a day ok?")[0][0] == "magnesium"


def test_a_food_query_by_per_and_up_to_its_question_mark():
    assert classify("how many mg of magnesium per 100 g of almonds?") is Route.FOOD_QUERY
    assert classify("how much magnesium per day do I need?") is Route.QUESTION
    assert (
        classify("how much magnesium in a medium latte? I have one at the cafe most days") is Route.FOOD_QUERY
    )


def test_charley_horses_name_no_animal():
    from bot.domain.answering import Answerer

    animals = Answerer().animals
    assert animals.only_in_sayings("32 wks + charley horses every night. can i take magnesium?")
    assert not animals.only_in_sayings("my horse gets charley horses, can he have magnesium")
    assert not animals.names_animal("charley horses every night")
