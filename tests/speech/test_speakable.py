"""The speakable-text rules, one case per line: what is written, what the voice is given."""

from __future__ import annotations

import pytest

from unrest.speech.numbers import cardinal, ordinal, year
from unrest.speech.speakable import speakable

CASES = [
    # numbers
    ("2,200 people", "two thousand two hundred people"),
    ("12,000", "twelve thousand"),
    ("1,234.5", "one thousand two hundred thirty-four point five"),
    ("3.5", "three point five"),
    ("about 1.3 million people", "about one point three million people"),
    ("1500 protesters", "one thousand five hundred protesters"),  # a count, not a year
    ("a 12-year-old boy", "a twelve-year-old boy"),
    ("COVID-19 rules", "Covid-nineteen rules"),
    # ordinals
    ("the 12th day", "the twelfth day"),
    ("the 1st, 2nd, 3rd and 22nd", "the first, second, third and twenty-second"),
    ("its 101st session", "its one hundred first session"),
    # dates and years
    ("on 2024-06-25", "on June twenty-fifth, twenty twenty-four"),
    ("on 25 June 2024", "on the twenty-fifth of June, twenty twenty-four"),
    ("on June 25, 2024", "on June twenty-fifth, twenty twenty-four"),
    ("by June 25", "by June twenty-fifth"),
    ("since Sept. 12", "since September twelfth"),
    ("on Jan 3rd", "on January third"),
    ("in 1979", "in nineteen seventy-nine"),
    ("In 2022 protests grew", "In twenty twenty-two protests grew"),
    ("in 2005", "in two thousand five"),
    ("in 1905", "in nineteen oh five"),
    ("the 2019–2020 protests", "the twenty nineteen to twenty twenty protests"),
    ("the 2019-20 season", "the twenty nineteen to twenty twenty season"),
    # clock times
    ("at 10:30 p.m. on Friday", "at ten thirty p m on Friday"),
    ("at 9am", "at nine a m"),
    ("at 14:05", "at fourteen oh five"),
    # abbreviations and acronyms
    ("the U.N. said", "the U N said"),
    ("the U.S. embassy", "the U S embassy"),
    ("the IRGC denied it", "the I R G C denied it"),
    ("NGOs said", "N G Os said"),
    ("NATO and UNICEF staff", "Nato and Unicef staff"),  # said as words
    ("Mr. Khan met Dr. Ali and Gen. Sisi", "Mister Khan met Doctor Ali and General Sisi"),
    ("No. 5 Street", "number five Street"),
    ("approx. 40 people", "approximately forty people"),
    # money
    ("a fine of $5 million", "a fine of five million dollars"),
    ("bread costs $1.50", "bread costs one dollar fifty"),
    ("US$1.5bn in aid", "one point five billion U S dollars in aid"),
    ("€300 each", "three hundred euros each"),
    ("£1.20", "one pound twenty"),
    ("Rs 500", "five hundred rupees"),
    ("40,000 IRR", "forty thousand rials"),
    ("KES 1,000", "one thousand Kenyan shillings"),
    ("$1", "one dollar"),
    # ranges and percentages
    ("800–850 people", "eight hundred to eight hundred fifty people"),
    ("between 800-850 people", "between eight hundred and eight hundred fifty people"),
    ("12–19 killed", "twelve to nineteen killed"),
    ("12% of voters", "twelve percent of voters"),
    ("a 10–15% rise", "a ten to fifteen percent rise"),
    # symbols and layout
    ("Smith & Sons", "Smith and Sons"),
    ("~300 people", "about three hundred people"),
    ("open 24/7", "open twenty-four seven"),
    ("killed[3] at least", "killed at least"),
    ("**Killed**: 12–19", "Killed: twelve to nineteen"),
    ("3.5 km away", "three point five kilometres away"),
]


@pytest.mark.parametrize(("written", "spoken"), CASES, ids=[c[0] for c in CASES])
def test_speakable(written: str, spoken: str) -> None:
    assert speakable(written) == spoken


@pytest.mark.parametrize(("n", "words"), [
    (0, "zero"), (21, "twenty-one"), (100, "one hundred"), (2200, "two thousand two hundred"),
    (1_300_000, "one million three hundred thousand"), (10**9 + 5, "one billion five"),
])
def test_cardinal(n: int, words: str) -> None:
    assert cardinal(n) == words


@pytest.mark.parametrize(("n", "words"), [
    (1, "first"), (2, "second"), (3, "third"), (5, "fifth"), (8, "eighth"), (9, "ninth"), (12, "twelfth"),
    (20, "twentieth"), (21, "twenty-first"), (40, "fortieth"), (100, "one hundredth"), (112, "one hundred twelfth"),
])
def test_ordinal(n: int, words: str) -> None:
    assert ordinal(n) == words


@pytest.mark.parametrize(("n", "words"), [
    (1900, "nineteen hundred"), (1979, "nineteen seventy-nine"), (2000, "two thousand"),
    (2010, "twenty ten"), (2024, "twenty twenty-four"), (1066, "ten sixty-six"),
])
def test_year(n: int, words: str) -> None:
    assert year(n) == words


def test_no_digits_left_in_a_report_sentence() -> None:
    text = ("On 2024-06-25, at least 2,200 people were detained and 12–19 killed, the U.N. said; "
            "the 3rd wave cost $4.5 million, up 15%.")
    assert not any(ch.isdigit() for ch in speakable(text))
