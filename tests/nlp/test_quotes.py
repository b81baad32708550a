"""Quotations: their speaker, and how the report describes the speaker."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quotes():
    from unrest.nlp.pipeline import get_nlp

    nlp = get_nlp()

    def run(text: str) -> list[tuple[str | None, str | None]]:
        return [(q.speaker, q.affiliation) for q in nlp(text)._.unrest_quotes]

    return run


@pytest.mark.parametrize("text, expected", [
    # the speaker after the quote, described by an appositive at first mention
    ('Maria Lopez, a researcher at the Andean Institute, visited the camp. "The water ran out on '
     'the third day," Lopez said.', [("Maria Lopez", "a researcher at the Andean Institute")]),
    # the speaker before the quote, with a title
    ('Interior Minister Tomas Varga said: "Order will be restored in every district by Friday."',
     [("Tomas Varga", "Interior Minister")]),
    # a title and an appositive: both, title first
    ('President Irena Kovac, a former judge, spoke on Monday. "I will not sign a law written in '
     'the dark," she said.', [("Irena Kovac", "President, a former judge")]),
    # the parser may read the quote's first words as the subject: the speaker is outside the quote
    ('Prime Minister Dawit Alemu addressed the nation. "Those who tried to divide us have failed '
     'tonight," Dawit said in a televised address.', [("Dawit Alemu", "Prime Minister")]),
    # a surname with a participle clause hung on it is still the person named before
    ('Crowds marched against President Anton Sirko.\n\n"The opposition crossed a red line last '
     'night," Sirko, elected in 2019, said in a statement.', [("Anton Sirko", "President")]),
    # a hyphenated given name keeps its hyphen
    ('"This is an attack on the state by trained gangs," President Nurlan-Bek Sadykov said.',
     [("Nurlan-Bek Sadykov", "President")]),
    # lowercase copy: a title with a bracketed remit, then initials and a surname
    ('"no one will be allowed to enter the town," additional superintendent of police (rural) r s '
     'tomar said on monday.', [("r s tomar", "additional superintendent of police")]),
    # the whole name after the title, where the tagger marks only a part of it
    ('"the situation is under control," district collector ramesh chandra verma said.',
     [("ramesh chandra verma", "district collector")]),
    # lowercase copy: a name after "said" with an appositive that ends the sentence
    ('"the water came up to our knees in an hour," said meena kumari, a 38-year-old vendor in the old market.',
     [("meena kumari", "a 38-year-old vendor in the old market")]),
    # lowercase copy: the titled subject before, without the place where the words were said
    ('"we will not let the dam be built," said kisan union adviser ravi prakash at a rally near the river.',
     [("ravi prakash", "kisan union adviser")]),
    # lowercase copy: "he said" after a titled official named in the sentence before
    ('chief minister k. suresh reddy appealed for calm. "nobody will be allowed to break the peace," he said.',
     [("k. suresh reddy", "chief minister")]),
    # lowercase copy: a surname the tagger reads as another word, between the quote and "said"
    ('"no camp will be closed until the situation returns to normal," modi said on sunday.',
     [("modi", None)]),
    # lowercase copy: a surname the tagger reads as an auxiliary ("anil modi said") is part of the
    # name, so the surname alone in the quote's attribution finds the titled person
    ('patna: state home minister anil modi said nine people were held. "the guilty will be punished," '
     'modi said.', [("anil modi", "state home minister")]),
    # "the statement said": the group that issued the statement speaks
    ('The Eastern Salvation Army issued a statement on Friday. "Our units will hold every village they have '
     'taken," the statement said.', [("The Eastern Salvation Army", None)]),
    # a statement named with its author
    ('"There will be no talks while the shelling goes on," a statement from the presidency said.',
     [("the presidency", None)]),
    # a speaker introduced with a colon is the one before the quote, not a group in the next sentence
    ('the police chief, ramon parada, said: "the car left and then the charge went off." the liberation '
     'front has claimed responsibility for the attack.', [("ramon parada", "police chief")]),
    # a given name alone does not pick one of two people who share it
    ('Ana Ruiz and Ana Soto led the march. "We will be back every Sunday until they listen," Ana said.',
     [("Ana", None)]),
])
def test_quote_speakers(quotes, text, expected):
    assert quotes(text) == expected
