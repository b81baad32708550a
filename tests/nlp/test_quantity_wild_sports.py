"""Quantities of sports, entertainment and crisis reports, in forms found in real copy: scores
before the result they name, chart positions, the half-time interval."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # a score before the result it names is no range, whatever words stand between
    ("Braga suffered a 4-0 away defeat at Vizela.", []),
    ("Ajax completed a 6-2 rout of Utrecht on Sunday.", []),
    ("It was a 3-2 comeback win for the visitors.", []),
    ("Their 5-1 thrashing of Lorient was the biggest of the season.", []),
    ("Monaco's 3-2 extra-time success sent them through.", []),
    # the same on both sides: a draw
    ("The 2-2 draw in Seville suited neither side.", []),
    # a score beside other numbers leaves them alone
    ("A 2-0 home win lifted them to 48 points.", [(48, None, "point", "exact")]),
    # the same with an en dash the tokenizer keeps in one token
    ("Lazio sealed a 4–2 away win.", []),
    ("The Nuggets won 121–109 on Sunday.", []),
    ("The 0–0 draw suited both sides.", []),
    ("The works take 2–4 weeks.", [(2, 4, "week", "range")]),
    # a range runs upward, so it stays a range before any noun
    ("The repairs take 3-5 days.", [(3, 5, "day", "range")]),
    ("The 10-12 week course starts in May.", [(10, 12, "week", "range")]),
])
def test_score_before_its_result(read, text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number sign glued to the number: a rank on a chart, not a count or a share
    ("The single went to #1 in 17 countries.", [(17, "country")]),
    ("The album was the #4 seller of the year.", []),
    # "half-time" and "halftime" are the interval of a match
    ("The keeper was injured just before half-time.", []),
    ("The hosts led 1-0 at halftime and added two more goals.", [(2, "goal")]),
])
def test_ranks_and_the_interval(units, text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negated cap is a ceiling; "exceeding" alone stays a floor
    ("Damages in such cases cannot exceed $250,000.", [(250000, "dollar", "at_most")]),
    ("The court may impose a penalty not exceeding £20,000.", [(20000, "pound sterling", "at_most")]),
    ("Bonuses exceeding $50,000 need board approval.", [(50000, "dollar", "more_than")]),
    # a rise "past" a level ends above it; passing counted things is no bound
    ("The number of cases climbed past 8,000 on Monday.", [(8000, "-", "more_than")]),
    ("Gold shot past $2,500 an ounce.", [(2500, "dollar per ounce", "more_than")]),
    ("The convoy drove past 12 checkpoints.", [(12, "checkpoint", "exact")]),
    # a sum "plus" its extras is the sum; "plus" closing the number is a floor
    ("The landlord was ordered to pay £8,000 plus costs.", [(8000, "pound sterling", "exact")]),
    ("She was fined $3,500 plus court fees.", [(3500, "dollar", "exact")]),
    ("Tickets resold for $400 plus.", [(400, "dollar", "more_than")]),
    ("It was a $20 million-plus opening weekend.", [(20e6, "dollar", "more_than")]),
    # "beyond" a level is above it
    ("Add-ons could take the fee beyond €90m.", [(90000000, "euro", "more_than")]),
])
def test_caps_floors_and_extras(quantities, text, expected):
    assert [(v, u, q) for v, _, u, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a capital "K" split from its digits is a thousand before a count or standing alone
    ("The mixtape moved 52K album units in its first week.", [(52000, None, "album unit")]),
    ("The EP added 31K in streaming.", [(31000, None, "-")]),
    # (a race's distance stays a distance)
    ("She won the 5K race in 15 minutes.", [(5, None, "k"), (15, None, "minute")]),
    # the scale after a money range in one token is shared by both sides
    ("The studio hopes for a $40-$45 million debut.", [(40e6, 45e6, "dollar")]),
    ("Seats sold for £150-£200 each.", [(150, 200, "pound sterling")]),
    # two shares, the larger first, are two quantities; a range rises
    ("The governor leads 51%-45% in the new poll.", [(51, None, "percent"), (45, None, "percent")]),
    ("The measure won 62 percent to 38 percent.", [(62, None, "percent"), (38, None, "percent")]),
    ("Turnout is forecast at 60%-65%.", [(60, 65, "percent")]),
])
def test_thousands_scales_and_shares(read, text, expected):
    assert [(v, w, u) for v, w, u, _ in read(text)] == [(pytest.approx(v), w and pytest.approx(w), u) for v, w, u in expected]


@pytest.mark.parametrize("text, expected", [
    # "-and-a-half-" glued inside a compound adjective adds the half
    ("The coach agreed a two-and-a-half-year contract.", [(2.5, "year")]),
    ("It was a one-and-a-half-hour delay.", [(1.5, "hour")]),
    # half of a scale word, hyphened
    ("Officials said a half-million residents lost power.", [(500000, "resident")]),
    # a party's share after its initials is no version number
    ("The ANC won 40.2%, the DA 21.8% and the EFF 9.5%.", [(40.2, "percent"), (21.8, "percent"), (9.5, "percent")]),
    ("The update brings iOS 17.4 to older phones.", []),
    # rugby's tries are no Turkish lira; "today" is no unit
    ("Wales scored four tries in the second half.", [(4, "try")]),
    ("The number of cases stood at 2,350 today.", [(2350, "-")]),
])
def test_halves_shares_and_nouns(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a rank "in" so many places is no share, nor is a pace with a unit after it
    ("The drama was No. 1 in 38 countries last week.", [(38, "country")]),
    ("The batter reached 50 in 41 balls.", [(50, "-"), (41, "ball")]),
    ("She ran 10 in 31 minutes.", [(10, "-"), (31, "minute")]),
    # (a share stays a share)
    ("One in four pupils walks to school.", [(0.25, "% pupil")]),
    # the number of a compound adjective lends no unit to the level after "to"
    ("The arrivals took the 14-day total to 2,310.", [(14, "day"), (2310, "-")]),
])
def test_ranks_paces_and_levels(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


def test_broke_through_a_level(quantities):
    # subscribers "broke through" a level: above it
    assert [(v, u, q) for v, _, u, q, _ in quantities("Paid members broke through 30 million in May.")] \
        == [(30e6, "-", "more_than")]


@pytest.mark.parametrize("text, expected", [
    # a whole number with a plural "s" after "under" or "over" is an age group
    ("The scheme covers children (under 16s) and carers.", [(16, "year of age", "less_than")]),
    # a time glued to "s" stays seconds
    ("She won the heat in 11.02s.", [(11.02, "second", "exact")]),
])
def test_age_groups(quantities, text, expected):
    assert [(v, u, q) for v, _, u, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a glued "m" in ratings copy counts viewers in millions
    ("The final drew 6.42m (28.1%) on BBC One.", [(6.42e6, "-"), (28.1, "percent")]),
    ("The soap fell short of last week's ratings of 7.05m.", [(7.05e6, "-")]),
    # (a distance that names a race stays metres)
    ("Viewers watched the 200m final.", [(200, "metre")]),
    # a scale letter and a plus in one token: a floor
    ("The club sold 12k+ memberships.", [(12000, "membership")]),
])
def test_audiences_and_floors(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a person's jump measured in metres is no rise; a level's rise stays one
    ("She jumped 6.81m with her last attempt.", [(6.81, "metre", None)]),
    ("Floodwaters rose 3 metres overnight.", [(3, "metre", "up")]),
])
def test_jumps_are_no_rises(quantities, text, expected):
    assert [(v, u, c) for v, _, u, _, c in quantities(text)] == expected


def test_one_as_a_pronoun(units):
    # "one's" is the pronoun, no count
    assert units("It is a feat few achieve in one's lifetime.") == []


@pytest.mark.parametrize("text, expected", [
    # a duration that dates an event is no change, though a change verb stands near it
    ("The winger popped up again four minutes from time.", [(4, "minute", None)]),
    ("Ticket sales rose 6% three days later.", [(6, "percent", "up"), (3, "day", None)]),
    # a gap to a mark is no fall
    ("The bowler fell short by just nine runs.", [(9, "run", None)]),
])
def test_moments_and_gaps(quantities, text, expected):
    assert [(v, u, c) for v, _, u, _, c in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a share standing alone, with nothing counted after it
    ("Of the 900 arrests, or two-thirds, were made at night.", [(900, "arrest"), (2 / 3, "% -")]),
    ("Roughly a quarter were women.", [(0.25, "% -")]),
    ("Burglary is a fifth lower than a decade ago.", [(0.2, "% -")]),
    # (an ordinal before a noun is no share)
    ("The mayor won a third term.", []),
    ("The deal needs a third-party audit.", []),
])
def test_shares_standing_alone(units, text, expected):
    assert units(text) == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, expected", [
    # a golf round after the side of par glued to the score before it is no bound
    ("Lowry carded a 4-under 68 on Saturday.", [(4, "exact"), (68, "exact")]),
    ("She closed with a 3-over 75.", [(3, "exact"), (75, "exact")]),
    # (a bare "under" still bounds)
    ("Entry is free for those under 16.", [(16, "less_than")]),
])
def test_golf_rounds(quantities, text, expected):
    assert [(v, q) for v, _, _, q, _ in quantities(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # tennis sets in a row and a win-loss record are scores, no ranges
    ("Swiatek beat her rival 6-2 6-1 in the final.", []),
    ("The Hawks finished with a 51-31 record.", []),
])
def test_sets_and_records(read, text, expected):
    assert read(text) == expected


def test_topped_a_sum_ending_a_sentence(quantities):
    # "top" a sum whose scale letter the tokenizer split off with the full stop: above it
    assert [(v, u, q) for v, _, u, q, _ in quantities("Pledges are forecast to top £12m.")] \
        == [(12e6, "pound sterling", "more_than")]


@pytest.mark.parametrize("text, expected", [
    # a capitalised number word inside a sentence, before another capitalised word, opens a title
    ("Fans queued for hours to see Seven Samurai on the big screen.", []),
    ("The Three Lions won their opening game.", []),
    # (a number after the sentence's start, or in a lower-case phrase, stays)
    ("Police said three men were arrested.", [(3, "man")]),
    ("The fine may not exceed Five Thousand dollars.", [(5000, "dollar")]),
])
def test_titles_with_number_words(units, text, expected):
    assert units(text) == expected
