"""Moves up and down beyond the shared verb lists: verbs of motion, a comparative before or after the
size of the move, signed per cents in round-ups, and "by" after an active verb of change."""

import pytest


def _approx(expected):
    return [(pytest.approx(v), w if w is None else pytest.approx(w), u, c) for v, w, u, c in expected]


@pytest.mark.parametrize("text, expected", [
    # verbs of rising and falling the shared lists lack
    ("The franc bounced 1.3% against the euro.", [(1.3, None, "percent", "up")]),
    ("Lumber futures faded 2.2% into the weekend.", [(2.2, None, "percent", "down")]),
    ("The flood crest receded 25 centimetres by dawn.", [(25, None, "centimetre", "down")]),
    ("The retailer's shares cratered 38% after the profit warning.", [(38, None, "percent", "down")]),
    ("Steel rebar hardened 1.4% in Shanghai.", [(1.4, None, "percent", "up")]),
    # a phrasal verb whose particle says which way
    ("The peso bounced back 2.5% on Thursday.", [(2.5, None, "percent", "up")]),
    ("Tin picked up 3.1% in London.", [(3.1, None, "percent", "up")]),
    ("European stocks pulled back 0.9% at the open.", [(0.9, None, "percent", "down")]),
    # (what the verb acts on, or how often, is no move)
    ("The ball bounced three times before the line.", [(3, None, "count", "exact")]),
    ("The candidate picked up 41% of the vote.", [(41, None, "percent", "exact")]),
])
def test_further_move_verbs(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # "higher"/"lower" between the verb and the size of the move
    ("Gilts moved lower 6 basis points after the auction.", [(6, None, "basis point", "down")]),
    ("The Hang Seng crept higher 0.3% in the afternoon.", [(0.3, None, "percent", "up")]),
    # a verb of motion, the size, then the comparative
    ("The lender lurched 7% lower on the news.", [(7, None, "percent", "down")]),
    # (a comparison after a verb of scoring is no move)
    ("Boys scored 12 points lower on the reading test.", [(12, None, "point", "exact")]),
])
def test_comparative_moves(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a signed per cent after a market's name heading a list, or after a session verb
    ("Mumbai +0.6%, Jakarta -0.9%.", [(0.6, None, "percent", "up"), (-0.9, None, "percent", "down")]),
    ("The Kospi closed -1.1% on Friday.", [(-1.1, None, "percent", "down")]),
    # (a negative level stays negative)
    ("The deposit rate stays at -0.5%.", [(-0.5, None, "percent", "exact")]),
])
def test_signed_moves(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # "by" after an active verb of change, parsed as an agent
    ("Shipments slipped by 4 million tonnes in the year.", [(4e6, None, "metric ton", "down")]),
    # a span of time after "by" is the size, even with "after" behind it
    ("Her split times dropped by 0.6 seconds after the change of shoes.", [(0.6, None, "second", "down")]),
    # (a span before "after" without "by" dates an event)
    ("Prices fell sharply two days after the vote.", [(2, None, "day", "exact")]),
])
def test_by_after_active_verbs(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a headline's verb in the present, read by the parser as a plural noun
    ("Copper sinks 2% on weak demand", [(2, None, "percent", "down")]),
    ("Nifty climbs 180 pts in late trade", [(180, None, "point", "up")]),
    # a lower-case market name, then "up"/"down" and the size
    ("sensex down 410 points at noon", [(410, None, "point", "down")]),
    # (a plural noun of change that is the subject of a later verb is no headline verb)
    ("Wage gains 3% above inflation were agreed.", [(3, None, "percent", "exact")]),
])
def test_headline_moves(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a verb of change read as a noun after its subject, with its object before "by"
    ("The monetary authority cut rates by 75 basis points.", [(75, None, "basis point", "down")]),
    # verbs of worsening
    ("Credit quality deteriorated 3 points over the year.", [(3, None, "point", "down")]),
])
def test_misread_verbs_of_change(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a signed per cent after a market's or a sector's name, in lower-case copy too
    ("frankfurt -0.4%, paris +0.2%", [(-0.4, None, "percent", "down"), (0.2, None, "percent", "up")]),
    # each signed figure of a pair keeps its own sign, not the first one's direction
    ("Banks -1.5% and miners +0.8% set the tone.", [(-1.5, None, "percent", "down"), (0.8, None, "percent", "up")]),
    # (a forecast after a colon is a level)
    ("Output fell 0.3% in June (forecast: -0.1%).", [(0.3, None, "percent", "down"), (-0.1, None, "percent", "exact")]),
])
def test_signed_after_names(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a longer name before a signed per cent, as a round-up lists its indices
    ("Nasdaq composite index +0.65%", [(0.65, None, "percent", "up")]),
    # a level after "at", then the move, with the comma stripped: the move is the next number's
    ("The index was trading at 24,310 up by 210 points.", [(24310, None, "-", "exact"), (210, None, "point", "up")]),
])
def test_round_up_forms(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # "up"/"down" and "a further" or "another" before the size
    ("Bond yields are up a further 6 basis points.", [(6, None, "basis point", "up")]),
    ("Copper was down another 1.2% by noon.", [(1.2, None, "percent", "down")]),
    # an amount added before "to close at": the day's move
    ("The bank added 35 cents to close at $21.40.", [(35, None, "cent", "up"), (21.4, None, "dollar", "exact")]),
    # a currency's move, then the level after "to", then what it is quoted against
    ("the peso weakened 0.7 per cent to 17.9 to the dollar", [(0.7, None, "percent", "down"), (17.9, None, "-", "exact")]),
    # (an amount added to something is no move)
    ("The council added $2 million to the budget.", [(2e6, None, "dollar", "exact")]),
])
def test_further_moves_and_closes(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # headline verbs in the present the shared lists lack, with a particle or a comparative
    ("Silver firms 0.8% on safe-haven buying", [(0.8, None, "percent", "up")]),
    ("Zinc climbs back 1.6% in Shanghai", [(1.6, None, "percent", "up")]),
    ("Cotton edges lower 0.9% on weak exports", [(0.9, None, "percent", "down")]),
    # a past form the parser lemmatises oddly
    ("Support for the bill waned 5 points in a month.", [(5, None, "point", "down")]),
    # (a comparison after a noun of gains is no headline verb)
    ("Big gains 4% higher than forecast lifted the mood.", [(4, None, "percent", "exact")]),
])
def test_headline_verbs_more(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # phrasal verbs of a cut someone made, with or without "by"
    ("Subsidies were scaled back by 15% this year.", [(15, None, "percent", "down")]),
    ("The airline rolled back fares by 8%.", [(8, None, "percent", "down")]),
    ("Output was curtailed by 20% during the heatwave.", [(20, None, "percent", "down")]),
    ("The index shaved off 0.6% in late trade.", [(0.6, None, "percent", "down")]),
])
def test_phrasal_cuts(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a player's statistics after "added" are a tally, not a move
    ("Diallo added 17 points and 9 rebounds in the win.", [(17, None, "point", "exact"), (9, None, "rebound", "exact")]),
    ("She added 22 points in the win.", [(22, None, "point", "exact")]),
    ("The winger added three tries after the break.", [(3, None, "try", "exact")]),
    # (a market's points and a company's customers stay a move)
    ("The Nikkei added 310 points by the close.", [(310, None, "point", "up")]),
    ("The telecom added 2 million customers last year.", [(2e6, None, "customer", "up")]),
])
def test_stat_lines_added(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # verbs of warming and cooling, thinning and deepening, with or without "by"
    ("The region has warmed 1.8C since the 1970s.", [(1.8, None, "celsius", "up")]),
    ("Winter nights cooled by 3 degrees after the eruption.", [(3, None, "degree", "down")]),
    ("The ice shelf thinned 9 metres in a decade.", [(9, None, "metre", "down")]),
    # (an amount of a thing after a verb of cooling is no move)
    ("The lab cooled 5 litres of plasma.", [(5, None, "litre", "exact")]),
    # a motion verb with the comparative after the size
    ("Volumes were running 15% higher in the quarter.", [(15, None, "percent", "up")]),
])
def test_moves_outside_markets(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # (a game's points after a verb that also moves prices are a score)
    ("The defence surrendered 31 points in the first half.", [(31, None, "point", "exact")]),
    ("City picked up three points at home.", [(3, None, "point", "exact")]),
    # (a distance after a verb of a price's move, or of a withdrawal, is no move)
    ("The ball bounced 3 metres past the keeper.", [(3, None, "metre", "exact")]),
    ("The rebels pulled back 15 km from the town.", [(15, None, "kilometre", "exact")]),
    ("The rebels pulled back by 15 km overnight.", [(15, None, "kilometre", "exact")]),
    # the same verbs with a share or an index's points move it
    ("The Kospi pulled back 22 points on Friday.", [(22, None, "point", "down")]),
])
def test_moves_not_read_in_games_and_distances(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a move said again without its verb, past a price or a plural name the tagger read as a verb
    ("Sasol slumped 4.1% to R210.50 and Exxaro 2.2% to R180.30.",
     [(4.1, None, "percent", "down"), (210.5, None, "south african rand", "exact"), (2.2, None, "percent", "down"),
      (180.3, None, "south african rand", "exact")]),
    ("Miners climbed 1.2% and industrials 0.4%.", [(1.2, None, "percent", "up"), (0.4, None, "percent", "up")]),
    # a share added before the price it reached
    ("The insurer added 0.8% to R95.10.", [(0.8, None, "percent", "up"), (95.1, None, "south african rand", "exact")]),
    ("Platinum miners relinquished 1.7% on the day.", [(1.7, None, "percent", "down")]),
])
def test_round_ups_with_prices(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a lower-case company name the tagger reads as a present-tense verb, in an elided list of moves
    ("shares in rio fell 1.9%, shell 1.1% and bp 0.6%",
     [(1.9, None, "percent", "down"), (1.1, None, "percent", "down"), (0.6, None, "percent", "down")]),
])
def test_lower_case_names_in_elided_lists(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a market's name, a colon and a signed per cent, as a summary lists the day's moves
    ("Copper: -1.4%. Zinc: +0.7%.", [(-1.4, None, "percent", "down"), (0.7, None, "percent", "up")]),
    # (a forecast before the colon gives a level)
    ("Estimate: -0.4% for the month.", [(-0.4, None, "percent", "exact")]),
])
def test_signed_after_a_colon(read, text, expected):
    assert _approx(expected) == read(text)


@pytest.mark.parametrize("text, expected", [
    # a lower-case headline whose first word the parser reads as an adjective
    ("silver plummets 4% as dollar firms", [(4, None, "percent", "down")]),
])
def test_lower_case_headlines(read, text, expected):
    assert _approx(expected) == read(text)
