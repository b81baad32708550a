"""Every quantity a news sentence states, not only the record's figures: percentages, measures,
money, ages and counts, each with its unit (:mod:`unrest.nlp.quantity_units`) and its direction
of change (here and in :mod:`unrest.nlp.quantity_change`). This is what the NewsQuant benchmark
scores (``benchmarks/newsquant.py``); the record's figures come from
:mod:`unrest.nlp.components.figures`, which keeps its own, narrower rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from unrest.nlp.components.figures import direction
from unrest.nlp.degraded_copy import commaless
from unrest.nlp.numbers import NumberFinder, NumberSpan
from unrest.nlp.quantity_ages import stated_age
from unrest.nlp.quantity_bounds import floor_or_ceiling, threshold_crossed
from unrest.nlp.quantity_business import (
    change_sized_after_noun, counted_after_change_noun, distance_along_a_way, name_doing_the_counting,
    object_measured_change, up_to_a_total,
)
from unrest.nlp.quantity_change import (
    MORE_CHANGE_VERBS, MORE_HEDGES, RATE_SETTING_VERBS, SESSION_VERBS, UP_PARTICLE_VERBS, average_of_change,
    bounded_change, by_phrase_change, caused_move, conjoined_change, gapped_change, measured_change,
    move_before_preposition, particle_then_level, period_after_change, period_is_no_change, period_of_an_amount,
    phrasal_move, stated_move, taken_off,
)
from unrest.nlp.quantity_adjuncts import averaged, base_in_unit, lengthened_by, over_as_preposition
from unrest.nlp.quantity_context import is_counted_noun
from unrest.nlp.quantity_economy import (
    bracket_after_a_name, bracket_names_another_figure, change_verb_just_before, same_change_after_and, threshold_denied,
)
from unrest.nlp.quantity_limits import moved_past, negated_cap, sum_plus_extras, topped_with_scale_letter
from unrest.nlp.quantity_ellipsis import elided_unit
from unrest.nlp.quantity_nonquant import no_count_number
from unrest.nlp.quantity_noisy import level_before_stripped_comma, per_cent_move, restated_without_comma, shouted_move
from unrest.nlp.quantity_notation import display_name, emergency_number
from unrest.nlp.quantity_written_forms import forms_unit, no_quantity_form, passed_by_a_tally
from unrest.nlp.quantity_fx import cents_not_celsius
from unrest.nlp.quantity_moves import (
    active_by, added_to_close, by_after_phrasal, comparative_first, further_move, gapped_past_mistags, headline_move,
    level_before_move, misread_cut_by, name_then_particle, particle_then_further, signed_after_name, sized_by,
    stat_line_added, verb_then_comparative,
)
from unrest.nlp.quantity_hedges import circa_year, hedge_read_as_unit, hedged_after_unit, hedged_before
from unrest.nlp.quantity_listed_moves import (
    comparative_before, list_middle_change, listed_session_move, session_comparative, signed_move,
)
from unrest.nlp.quantity_parallel import parallel_unit
from unrest.nlp.quantity_politics import (
    a_period_phrase, base_after_a_move, bracketed_count_after_share, bracketed_levels, count_then_direction,
    margin_of_defeat, revised_by, share_taken, verbless_move,
)
from unrest.nlp.quantity_restate import (
    bracketed_pair_direction, drop_restated_twice, grouped_unit, list_takes_the_last_unit, named_after_of_them, no_rate_of_itself, range_after_change_verb,
    shared_rate, unit_said_before_a_list,
)
from unrest.nlp.quantity_restated import (
    added_to_a_level, adverb_move, bare_restated_change, bare_then_percent, level_after_pair, market_phrasal_move,
    market_verb_move, richer_by, share_pair_direction,
)
from unrest.nlp.quantity_science import (
    bound_after_unit, comparative_read_as_unit, fahrenheit_meant, glued_dimensions, knots_meant, landed_at,
    magnitude_named, magnitude_spans, named_zero, particle_size_label, period_label, period_not_moved,
    spaced_thousands_ranges, years_of_age,
)
from unrest.nlp.quantity_society import (
    age_stated, average_as_verb, by_after_misread_verb, definite_count, names_a_period, of_a_population, open_bound_after,
    rate_per_base, suspended_range,
)
from unrest.nlp.quantity_society2 import (
    compared_year, count_not_share, exact_figure_in_brackets, over_as_particle, postposed_move,
)
from unrest.nlp.quantity_sports import (
    age_group, athlete_distance, golf_score_after_par, moment_of_an_event, short_of_a_mark, split_share_tallies,
)
from unrest.nlp.quantity_units import counted_head, quantity_unit, rate_unit
from unrest.nlp.quantity_unit_words import (
    metric_tons_in_capitals, rand_spaced_thousands, reporting_half, wire_code_after,
)
from unrest.nlp.quantity_weather import (
    article_measures, bound_of_another_thing, decade_band, farm_and_weather_unit, join_degree_ranges, over_a_run,
    summed_up_to, up_as_a_name, year_compared,
)
from unrest.nlp.vocab import (
    CHANGE_DOWN, CHANGE_TRANSITIVE, CHANGE_UP, CURRENCY_NAMES, MEASURE_UNITS, NON_PERSON_UNITS,
)


@dataclass
class Quantity:
    """A quantity as a general extractor sees it: percentages, measures, money, ages and counts.

    ``unit`` is a unit of measure or currency by its English name ("kilometre", "mile per hour",
    "australian dollar", "percent"), "year of age" for ages, else the counted noun phrase,
    singular ("different boss", "liverpool fan"), or "-" when nothing is counted."""

    value: float
    value_max: float | None
    qualifier: str
    unit: str
    change: str | None  # up | down ("rose 6.5%", "fell by 10", "up 19 cents")
    text: str
    start: int
    end: int


_QUANTITIES = NumberFinder(quantities=True)


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity the text states (the quantity mode of the numbers layer), with its unit.

    Stages: the candidate numbers (:func:`_candidate_spans`); for each, its unit, its qualifier and
    its change, then what the quantity before it lends it (:func:`_read_after`); then what its
    neighbours in the sentence tell (:func:`_units_from_neighbours`, :func:`_read_as_a_group`)."""
    spans = _candidate_spans(doc)
    out: list[Quantity] = []
    for k, num in enumerate(spans):
        unit = _unit_of(doc, spans, k)
        qualifier = _qualifier_of(doc, spans, k, unit, out[-1].unit if out else None)
        no_change = _no_change_at(doc, num, unit)
        change = None if no_change else _change_of(doc, num, unit)
        change = _change_vetoed(doc, num, change)
        change = change or (None if no_change else range_after_change_verb(doc, num))  # "rose 5 to 6 per cent"
        change = bounded_change(change, qualifier)
        if change is None and qualifier == "exact" and (bound := bound_after_unit(doc, num)):
            qualifier = bound  # "winds of 110 mph or higher" ("gained 2 points or more" stays a rise)
        qualifier = hedged_after_unit(doc, num, qualifier, change)  # "40 minutes or so", "two weeks at most"
        quantity = Quantity(num.value, num.value_max, qualifier, unit or "-", change,
                            doc.text[num.start:num.end], num.start, num.end)
        if out:
            _read_after(doc, num, quantity, out, unit)
        out.append(quantity)
    _units_from_neighbours(doc, spans, out)
    return _read_as_a_group(doc, out)


def _candidate_spans(doc: Doc) -> list[NumberSpan]:
    """The numbers of the quantity mode, less those that name, date or label rather than count."""
    spans = _QUANTITIES(doc)
    spans = [num for num in spans if not display_name(doc, num)]  # "4K video" names a resolution
    spans = [num for num in spans if not no_quantity_form(doc, num)]  # "the 4300 block of Elm St", "round 2", "in '22"
    spans = [num for num in spans if not emergency_number(doc, num)]  # "911 calls" are dialled, not counted
    spans = [num for num in spans if not no_count_number(doc, num)]  # "Row 12", "the Big Four", "in two minds"
    spans = [num for num in spans if not year_compared(doc, num) and not decade_band(doc, num)]
    spans = article_measures(doc, spans)  # "a degree above the average", "a dollar cheaper", "rose a foot"
    # ("2.3 bushels above 2020", "highs in the upper 80s")
    spans = rand_spaced_thousands(doc, spans)  # "R26 000": the rand before thousands grouped by spaces
    spans = [num for num in glued_dimensions(doc, magnitude_spans(doc, spaced_thousands_ranges(doc, spans)))
             if not period_label(doc, num) and not particle_size_label(doc, num) and not named_zero(doc, num)]
    # (labels and names: "in week 32", "PM 10", "net zero")
    spans = [num for num in spans if not compared_year(doc, num, spans)]  # "2.1% less than 2019"
    spans = [num for num in spans if not circa_year(doc, num)]  # "built c. 1600": a date
    spans = [num for num in spans if not reporting_half(doc, num)]  # "half-year profits": a period's name
    return spans


def _unit_of(doc: Doc, spans: list[NumberSpan], k: int) -> str | None:
    """What the ``k``-th number counts or measures (None: a bare number)."""
    num = spans[k]
    unit = quantity_unit(doc, num)
    unit = counted_after_change_noun(doc, num, unit) or unit  # "a 7 million increase in subscribers"
    if unit is not None and name_doing_the_counting(doc, num):
        unit = None  # "the 2.3 million Netflix added"
    if unit == "second" and age_group(doc, num):
        unit = "year of age"  # "juveniles (under 18s)", "all in their 70s"
    if unit is None and _dimension_side(doc, spans, k):
        unit = quantity_unit(doc, spans[k + 1])  # "1920 x 1080 pixels": both sides are pixels
    if num.suffix == "-" and k + 1 < len(spans):
        unit = quantity_unit(doc, spans[k + 1])  # "a 7- or 8-inch screen": the next one's unit
    elif bare_then_percent(doc, spans, k):
        unit = None  # "down 107.34 or 0.22%": the move in points, then in per cent
    elif _listed_before(doc, spans, k) and (unit is None or doc[num.tok_end].text != ",") \
            and num.kind not in ("money", "percent") and not (unit is not None and num.suffix):
        # "300bhp and 500Nm": a glued unit is its own; so is "1.1 per cent or $29m"
        unit = _list_unit(doc, spans, k) or unit  # "45 and 50 mg", "3, 4 or 5 hours": the list shares the unit
    elif unit is None and _age_compared(doc, num):
        unit = "year of age"  # "patients older than 65"
    elif unit is None and stated_age(doc, num):
        unit = "year of age"  # "raise the pension age to 67", "the senator, who is 81,"
    elif unit is None and num.num_end < len(doc) and doc[num.num_end].lower_ == "who":
        unit = "people"  # "95,800 who have been unemployed"
    elif unit is None and k + 1 < len(spans) and num.num_end < len(doc) and doc[num.num_end].lower_ == "of" \
            and spans[k + 1].tok_start - num.num_end <= 3:
        unit = quantity_unit(doc, spans[k + 1])  # "25 of 33 passes": the part counts what the whole does
    if unit == "celsius" and cents_not_celsius(doc, num.tok_start, num.tok_end):
        unit = "cent"  # "down 8.6% to 16c": a share price in cents
    if age_stated(doc, num, unit):
        unit = "year of age"  # "the median age was 81", "the pension age rises from 66 to 67"
    if magnitude_named(doc, num) or unit == "farad" and fahrenheit_meant(doc, num):
        unit = "magnitude" if magnitude_named(doc, num) else "fahrenheit"  # "the M6.4 quake", "highs of 98 F"
    if years_of_age(doc, num, unit):
        unit = "year of age"  # "people 65 years and older"
    elif unit is not None and comparative_read_as_unit(doc, num):
        unit = None  # "a score of 30 or higher means obesity": no unit
    elif unit == "croatian kuna" and knots_meant(doc, num):
        unit = "knot"  # "winds of 127 mph (110 kn)"
    unit = forms_unit(doc, num, unit)  # "2h 30m": not metres
    unit = farm_and_weather_unit(doc, num, unit)  # "65 million mt", "940 mb", "2 million barrels daily"
    unit = metric_tons_in_capitals(doc, num, unit)  # "70 lakh MT of paddy"
    unit = wire_code_after(doc, num, unit)  # "$1.1396 EUR=": the euro
    unit = hedge_read_as_unit(unit)  # "20,000 or thereabouts": no unit
    return unit


def _qualifier_of(doc: Doc, spans: list[NumberSpan], k: int, unit: str | None, unit_before: str | None) -> str:
    """exact, approximately, at_least, more_than, at_most, less_than or range, before the change is
    known (``unit_before``: the unit of the quantity read just before)."""
    num = spans[k]
    qualifier = (_hedged(doc, num) if num.qualifier == "exact" else None) or num.qualifier
    qualifier = hedged_before(doc, num, qualifier, unit)  # "the better part of $40 million", "topping 42C"
    if qualifier in ("less_than", "more_than") and golf_score_after_par(doc, num):
        qualifier = "exact"  # "shot a 6-under 66": par's side, glued to the number before
    if qualifier == "more_than" and over_as_particle(doc, num):
        qualifier = "exact"  # "handed over 2,340 firearms"
    if qualifier == "exact" and averaged(doc, num):
        qualifier = "approximately"  # "rents average $3,100 a month"
    if qualifier == "at_most" and (_particle_up(doc, num) or up_to_a_total(doc, num) or summed_up_to(doc, num)) \
            or qualifier == "more_than" and _plus_a_sum(doc, spans, k):
        qualifier = "exact"  # ("adding up to 34%", "brings the total up to 41", "the hikes add up to Rs 4")
    if qualifier == "more_than" and sum_plus_extras(doc, num):
        qualifier = "exact"  # "fined $25,000 plus costs": a sum and its extras, no floor
    if qualifier == "exact" and (threshold_crossed(doc, num) or moved_past(doc, num, unit)
                                 or topped_with_scale_letter(doc, num)):
        # "topped $3 trillion", "the toll passed 1,000" ("must not exceed 3%": a ceiling)
        qualifier = "at_most" if threshold_denied(doc, num) else "more_than"
        qualifier = "exact" if passed_by_a_tally(doc, num) else qualifier  # "passed 62% to 38%"
    elif qualifier == "exact" and (bound := floor_or_ceiling(doc, num)):
        qualifier = bound  # "aged 21 and over", "65 or older", "12 and under"
    if qualifier in ("exact", "more_than") and negated_cap(doc, num):
        qualifier = "at_most"  # "a fine not exceeding €5,000", "may not exceed $10,000"
    if qualifier in ("more_than", "less_than") and (bound_of_another_thing(doc, num, unit) or over_a_run(doc, num)):
        qualifier = "exact"  # "1% above five-year average yields", "6 cents more than one week ago"
    if qualifier == "more_than" and period_after_change(doc, spans, k, unit):
        qualifier = "exact"  # "up 3% over 24 hours": the period of the change
    if qualifier == "more_than" and (over_as_preposition(doc, num, unit)
                                     or period_of_an_amount(doc, spans, k, unit, unit_before)):
        qualifier = "exact"  # "cut 11,000 jobs over three years", "spend £2bn over three years": a period
    if qualifier == "more_than" and base_after_a_move(doc, num):
        qualifier = "exact"  # "up 7 percent over $704 million": the base of the move
    return qualifier


def _no_change_at(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """The number is no move, whatever verb stands near it: a level, a period, a distance, a tally."""
    no_change = _no_change(doc, num, unit) and not active_by(doc, num) or period_is_no_change(doc, num, unit) or definite_count(doc, num, unit) \
        or particle_then_level(doc, num, _UP_PARTICLE_VERBS | UP_PARTICLE_VERBS) \
        or athlete_distance(doc, num, unit) or moment_of_an_event(doc, num) and not sized_by(doc, num) or short_of_a_mark(doc, num)
    # ("ticked up to 3.8%", "she jumped 6.95m", "two minutes later", "fell short by 14 runs")
    # "rose 1 metre every 20 years", "touched down 6 km from its target"
    no_change = no_change or period_not_moved(doc, num, unit) and not sized_by(doc, num) or landed_at(doc, num) or share_taken(doc, num) \
        or base_after_a_move(doc, num) or margin_of_defeat(doc, num) \
        or distance_along_a_way(doc, num, unit) or up_to_a_total(doc, num) \
        or level_before_move(doc, num) or stat_line_added(doc, num, unit)  # ("200 miles down the road", "at 7,650 up 45 points")
    no_change = no_change or level_before_stripped_comma(doc, num)  # "was $2.4bn up 10%": a level, then the move
    return no_change


def _change_of(doc: Doc, num: NumberSpan, unit: str | None) -> str | None:
    """up or down where the number is the size of a move ("12% up on the same period last year",
    "down by 10%"), by the first rule that reads one."""
    return direction(doc, num) or _moved(doc, num) or _closed_higher(doc, num) or by_phrase_change(doc, num) \
        or caused_move(doc, num) or stated_move(doc, num) or _range_direction(doc, num) \
        or average_of_change(doc, num) or measured_change(doc, num, unit) or taken_off(doc, num, unit) \
        or move_before_preposition(doc, num, unit) or lengthened_by(doc, num) or by_after_misread_verb(doc, num) \
        or phrasal_move(doc, num) or change_verb_just_before(doc, num) \
        or market_phrasal_move(doc, num) or session_comparative(doc, num) \
        or signed_move(doc, num) or comparative_before(doc, num) or adverb_move(doc, num) \
        or market_verb_move(doc, num) or added_to_a_level(doc, num) or richer_by(doc, num) \
        or postposed_move(doc, num) or verbless_move(doc, num) or revised_by(doc, num) \
        or count_then_direction(doc, num) or object_measured_change(doc, num) or change_sized_after_noun(doc, num) \
        or further_move(doc, num) or comparative_first(doc, num) or verb_then_comparative(doc, num) or signed_after_name(doc, num) \
        or headline_move(doc, num) or name_then_particle(doc, num) or misread_cut_by(doc, num) \
        or particle_then_further(doc, num) or added_to_close(doc, num) or by_after_phrasal(doc, num) \
        or shouted_move(doc, num) or per_cent_move(doc, num)  # ("OIL FALLS 3%", "grew just 0.3 per cent over")


def _change_vetoed(doc: Doc, num: NumberSpan, change: str | None) -> str | None:
    """The change, unless what looked like a move is a name, a sum, a run of periods or a level."""
    if change == "up" and (up_as_a_name(doc, num) or summed_up_to(doc, num)) or change and over_a_run(doc, num):
        change = None  # "eastern UP 34 pc": a state's name; "add up to": a sum; "fell over three straight days"
    if change and _hyphened_particle(doc, num):
        change = None  # "runner-up three times", "follow-up 12 months later"
    if change and num.value_max is None and bracket_after_a_name(doc, num.tok_start, num.tok_end) \
            and not signed_move(doc, num):
        change = None  # "rose in Tasmania (5.8%)": the level of a place or a time
    return change


def _read_after(doc: Doc, num: NumberSpan, quantity: Quantity, out: list[Quantity], unit: str | None) -> None:
    """What the quantity read just before lends this one: a move restated, a level after it, a unit."""
    if (first := _restates(doc, out[-1], quantity)) is not None and quantity.qualifier == "exact":
        quantity.change = quantity.change or first.change  # "fell 312 points, or 0.9%": the same fall
    _level_after_restated_change(doc, quantity, out)
    _inherit(doc, num, quantity, out[-1])
    _compound_duration(doc, quantity, out[-1])
    if quantity.change is None and quantity.qualifier == "exact":
        quantity.change = conjoined_change(doc, num, out) or same_change_after_and(doc, num, out[-1])
    if quantity.unit != (unit or "-") and " per " not in quantity.unit:
        quantity.unit = rate_unit(doc, quantity.unit, num.tok_end)  # "22 thefts, against 20 a week"


def _units_from_neighbours(doc: Doc, spans: list[NumberSpan], out: list[Quantity]) -> None:
    """Units and moves left unsaid, read from the other quantities of the sentence."""
    for k, quantity in enumerate(out):
        if quantity.unit == "other" and (unit := _earlier_noun_unit(doc, spans, out, k)) is not None:
            quantity.unit = unit  # "destroyed 3,000 homes and damaged 12,000 others": other homes
        if (unit := named_after_of_them(doc, spans[k])) is not None:
            quantity.unit = unit  # "45 people, 30 of them children", "of which 22 were men"
        if quantity.unit == "-" and (unit := parallel_unit(doc, spans, [q.unit for q in out], k)) is not None \
                and not unit.endswith(" of age") and not count_not_share(unit, quantity.value):
            # ("a 19-year-old was killed and two injured": people, not ages; "up 1.2%, or 41,870": a count)
            quantity.unit = rate_unit(doc, unit, spans[k].tok_end) if " per " not in unit else unit
        if quantity.unit == "-" and (unit := elided_unit(doc, spans, [q.unit for q in out], k)) is not None:
            quantity.unit = unit  # "five were killed and 12 injured", "killing 7 and injuring 11 people"
        if quantity.unit == "-" and (unit := grouped_unit(doc, spans, [q.unit for q in out], k)) is not None:
            quantity.unit = unit  # "Of the 52 deaths, 30 ...", "73 died, 43 in X", "Labour 412 seats, Greens 121"
        if quantity.change is None and quantity.qualifier in ("exact", "approximately") \
                and not bracket_names_another_figure(doc, spans[k].tok_start):  # (not "(consensus: -0.5%)")
            quantity.change = gapped_change(doc, spans, out, k)  # "gold rose 1% and silver 2%"
            quantity.change = quantity.change or gapped_past_mistags(doc, spans, out, k)  # ("... to R392.90 and X 6%")


def _read_as_a_group(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """Passes over all the quantities at once: tallies, restated pairs, lists, brackets, ranges."""
    out = split_share_tallies(out)  # "leads by 54%-44%": two shares, no range
    share_pair_direction(doc, out)  # "closed 41 points, or 1.6%, higher", "up 200 points or 1.2%"
    bare_restated_change(doc, out)  # "down 1.6% or 0.45 to $27.70"
    level_after_pair(doc, out)  # "added 28.56% or 130.50 points to reach 587.50": points
    list_middle_change(doc, out)  # "fell 6.2%, 5.4% and 7.9% respectively"
    shared_rate(doc, out)  # "£10, £15 or £20 a month", "Rs 2 and Rs 3 a litre respectively"
    unit_said_before_a_list(doc, out)  # "magnitude 5.1, 5.4 and 6.0", "aged 12, 14 and 16"
    bracketed_pair_direction(doc, out)  # "closed 76 points (0.13%) down"
    no_rate_of_itself(out)  # "40 sites, or 300 per site": no "site per site"
    list_takes_the_last_unit(doc, out)  # "5, 10 and 15 tonnes": metric tons, as the last one reads it
    listed_session_move(doc, out)  # "closed 1.1% and 4.6% down respectively"
    bracketed_count_after_share(doc, out)  # "down 6% (-2,748)": a count, no share
    bracketed_levels(doc, out)  # "Ruiz 1,204 (38.2%, +6.1%), Bell 950 (30.0%)": levels, then the swing
    out = drop_restated_twice(doc, out)  # "Rs 10,000 (Rupees ten thousand)", "$3.60 a dozen": one number each
    return _join_rates_per_base(doc, join_degree_ranges(doc, _join_suspended_ranges(doc, out)))


def _join_suspended_ranges(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """"25- to 34-year-olds": one range in the unit of the second number."""
    joined: list[Quantity] = []
    for quantity in out:
        first = joined[-1] if joined else None
        if first is not None and first.value_max is None and quantity.value_max is None and first.value < quantity.value \
                and first.qualifier == quantity.qualifier == "exact" and suspended_range(doc.text, first.end, quantity.start):
            joined[-1] = replace(first, value_max=quantity.value, qualifier="range", unit=quantity.unit,
                                 change=first.change or quantity.change, text=doc.text[first.start:quantity.end],
                                 end=quantity.end)
            continue
        joined.append(quantity)
    return joined


def _join_rates_per_base(doc: Doc, out: list[Quantity]) -> list[Quantity]:
    """"412 cases per 100,000 people", "4.5 litres per 100km": one quantity whose unit names the
    base (which the unit may already hold, read with the rate)."""
    joined: list[Quantity] = []
    for quantity in out:
        first = joined[-1] if joined else None
        if first is not None and base_in_unit(doc.text, first.end, quantity.start, quantity.text, first.unit):
            continue
        if first is not None and rate_per_base(doc.text, first.end, quantity.start, first.unit, quantity.value,
                                               quantity.value_max):
            base = f"{quantity.value:,.0f}" + ("" if quantity.unit == "-" else f" {quantity.unit}")
            joined[-1] = replace(first, unit=f"{first.unit} per {base}")
            continue
        joined.append(quantity)
    return joined


# words before a number that make it an estimate for a general extractor: "averaging 15 points",
# "barely 3 times earnings" (the record's figures keep their own qualifier list)
_HEDGES = {"averaging": "approximately", "averaged": "approximately", "averages": "approximately",
           "barely": "approximately", "as much as": "at_most", "as little as": "at_most", "as few as": "at_most",
           "as high as": "at_most", "north of": "more_than", "upward of": "more_than", "well above": "more_than",
           "slightly more than": "more_than", "a little over": "more_than", "slightly over": "more_than",
           "well below": "less_than", "well under": "less_than", "shy of": "less_than", "slightly less than": "less_than",
           "a little under": "less_than", "slightly under": "less_than",
           # comparisons of a length, a time or an age: "longer than 12 weeks", "as low as 2.5"
           "longer than": "more_than", "shorter than": "less_than", "older than": "more_than",
           "younger than": "less_than", "near": "approximately", "as low as": "at_most", "as small as": "at_most", "as short as": "at_most"}
# (the upper reach of a time, a size or a speed: "stranded for as long as eight hours")
_HEDGES.update({"as long as": "at_most", "as large as": "at_most", "as fast as": "at_most"})
# words after the number: "40 or so", "10 or fewer", "30-odd"
_HEDGES_AFTER = {"or so": "approximately", "- odd": "approximately", "or less": "at_most", "or fewer": "at_most",
                 "or thereabouts": "approximately"}


# verbs whose "up" is a particle, so "up to" names the level reached: "edged up to 3.7%"
_UP_PARTICLE_VERBS = {"edge", "tick", "inch", "creep", "go", "move", "drift", "head", "trend", "bump", "shoot", "ramp",
                      "push", "jack", "mark"}


def _particle_up(doc: Doc, num: NumberSpan) -> bool:
    k = num.tok_start
    if k > 0 and doc[k].lower_ == "up" and doc[k - 1].lower_ in ("lead", "run", "build") and doc[k - 1].pos_ == "NOUN":
        return True  # "in the lead up to 5G", "the run up to 2 June": the time before, no bound
    return k > 0 and doc[k].lower_ == "up" and doc[k - 1].pos_ == "VERB" \
        and doc[k - 1].lemma_.lower() in _UP_PARTICLE_VERBS | UP_PARTICLE_VERBS


def _no_change(doc: Doc, num: NumberSpan, unit: str | None) -> bool:
    """A number near a change verb that states no change: a measure that describes a noun ("lost
    his 10-day battle"), the doer of a passive ("downed by two jets"), the counted object of a
    phrasal verb ("shot down five drones", "rounded up 30 suspects"; not "shot up 5%")."""
    end = num.num_end
    if end + 2 < len(doc) and doc[end].text == "-" and doc[end + 2].pos_ == "NOUN" and doc[end + 1].lower_ in MEASURE_UNITS:
        return True
    node = doc[end - 1]
    while node.dep_ in ("nummod", "compound", "quantmod") and node.head.i > node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.dep_ == "agent" and (unit is None or is_counted_noun(unit)):
        return True  # (an amount of money or a measure after "by" is how much: "narrowed by $4 billion")
    head = counted_head(doc, num)
    if unit is None or not is_counted_noun(unit) or head is None or head.dep_ != "dobj":
        return False
    return any(c.dep_ == "prt" and c.lower_ in ("up", "down") for c in head.head.children)


def _hedged(doc: Doc, num: NumberSpan) -> str | None:
    """The qualifier a hedge before the number gives, if any."""
    k = num.tok_start
    if k > 0 and doc[k - 1].lower_ in CURRENCY_NAMES and not doc[k - 1].is_alpha:
        k -= 1  # "averaging $40"
    for width in (4, 3, 2, 1):
        words = " ".join(t.lower_ for t in doc[max(0, k - width):k])
        if k - width >= 0 and (hedge := _HEDGES.get(words) or MORE_HEDGES.get(words)):
            return hedge
    after = " ".join(t.lower_ for t in doc[num.tok_end:num.tok_end + 2])
    if average_as_verb(doc, num):
        return "approximately"  # "costs average $11,600"
    return _HEDGES_AFTER.get(after) or open_bound_after(doc, num)  # "aged 65 and over"


# change verbs a general extractor also reads ("the index added 21 points", "shares skidded 4%");
# the record's figures keep the shared lists in vocab.py
_MORE_MOVES = {"add": "up", "skid": "down", "stumble": "down", "descend": "down", "shed": "down", "narrow": "down",
               "soften": "down", "pare": "down", "strengthen": "up", "firm": "up", "appreciate": "up", "depreciate": "down",
               "nosedive": "down", "spurt": "up", "wane": "down",
               "dwindle": "down", "slacken": "down", "decelerate": "down", "slow": "down"}


_LIGHT_VERBS = {"give", "take", "make", "put", "set", "sign", "hold", "keep", "break", "write", "tear", "shut", "pick",
                "turn", "back", "show", "line", "sum", "add"}


def _range_direction(doc: Doc, num: NumberSpan) -> str | None:
    """A change stated as a range, read at its first number when the parser hangs the range from
    it: "fell by 30-40%" (the second number is the first's dependant)."""
    if num.value_max is None or num.tok_start != num.num_start or not _dashed(doc, num):
        return None  # (not "increase between 5% and 6%": the range of the new level)
    return direction(doc, replace(num, num_end=num.num_start + 1))


def _hyphened_particle(doc: Doc, num: NumberSpan) -> bool:
    """The "up" or "down" before the number ends a hyphenated noun: "runner-up", "count-down"."""
    k = num.tok_start
    return k > 1 and doc[k - 1].lower_ in ("up", "down") and doc[k - 2].text == "-" and not doc[k - 2].whitespace_


def _dashed(doc: Doc, num: NumberSpan) -> bool:
    """The range is written with a dash: "30-40%", "30 - 40"."""
    return any(t.text in ("-", "–") or "-" in t.text.strip("-") for t in doc[num.num_start:num.num_end])


def _plus_a_sum(doc: Doc, spans: list[NumberSpan], k: int) -> bool:
    """The "plus" after the number adds the next one, no bound: "EUR40m plus EUR10m in add-ons"."""
    num = spans[k]
    if doc[num.tok_end - 1].lower_ not in ("plus", "+"):
        return False
    after = num.tok_end + (1 if num.tok_end < len(doc) and doc[num.tok_end].is_currency else 0)
    return k + 1 < len(spans) and spans[k + 1].num_start == after


# people whose bare "under 12" or "over 65" is an age
_AGED_PEOPLE = {"child", "children", "kid", "kids", "adult", "adults", "people", "patient", "patients", "woman", "women",
                "man", "men", "anyone", "those", "player", "players", "pensioner", "pensioners", "girl", "girls", "boy",
                "boys", "baby", "babies", "teenager", "teenagers", "resident", "residents", "worker", "workers",
                "them"}  # "a third of them over 75"


def _age_compared(doc: Doc, num: NumberSpan) -> bool:
    """A bare number compared as an age: "older than 65", "younger than 12", "children under 12",
    "people over 65"."""
    k = num.num_start
    if k > 1 and doc[k - 1].lower_ == "than" and doc[k - 2].lower_ in ("older", "younger"):
        return True
    return k > 1 and doc[k - 1].lower_ in ("under", "over", "above", "below") and doc[k - 2].lower_ in _AGED_PEOPLE \
        and num.value < 120 and num.value_max is None


def _dimension_side(doc: Doc, spans: list[NumberSpan], k: int) -> bool:
    """The number is the first side of a dimension: "2,560 x 1,600 pixels"."""
    end = spans[k].tok_end
    return k + 1 < len(spans) and end < len(doc) and doc[end].lower_ in ("x", "×") and spans[k + 1].tok_start == end + 1


def _moved(doc: Doc, num: NumberSpan) -> str | None:
    """The number (or what it counts) as the object of one of :data:`_MORE_MOVES`, or after 'by'."""
    node = doc[num.num_end - 1]
    if node.dep_ in ("nummod", "compound", "quantmod") and node.head.i >= num.num_end and node.head.i - num.num_end < 3:
        node = node.head  # "21 points": the noun carries the relation
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "by":
        node, head = head, head.head
    if node.dep_ not in ("dobj", "npadvmod", "prep", "advmod", "agent") or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    # "the economy expanded 0.2 percent": a transitive change verb used without an object
    if lemma in CHANGE_TRANSITIVE and node.dep_ == "npadvmod":
        return "up" if lemma in CHANGE_UP else "down" if lemma in CHANGE_DOWN else None
    particle = next((c.lower_ for c in head.children if c.dep_ == "prt" and c.lower_ in ("up", "down") and c.i < num.num_start), None)
    if particle and node.dep_ in ("npadvmod", "prep", "advmod", "dobj", "agent") and lemma not in _LIGHT_VERBS:
        return particle  # "prices shot up 5%", "was revised down by 0.3 points" (not "gave up 517 yards")
    if any(c.dep_ == "dative" or c.lower_ == "to" and c.i > head.i and not any(g.like_num for g in c.subtree)
           for c in head.children):
        return None  # "adding $10,000 to the price": what is added, not how a level moved (not "plans to add")
    return _MORE_MOVES.get(lemma) or MORE_CHANGE_VERBS.get(lemma)


_COMPARED = re.compile(r"\b(compared (with|to)|against|versus|vs\.?|than|from|up from|down from)\s*$", re.I)


def _listed_before(doc: Doc, spans: list[NumberSpan], k: int) -> bool:
    """The number is followed by a list separator and straight away by the next number."""
    end = spans[k].tok_end
    return k + 1 < len(spans) and end < len(doc) and doc[end].lower_ in ("and", "or", ",") \
        and spans[k + 1].tok_start == end + 1


def _list_unit(doc: Doc, spans: list[NumberSpan], k: int) -> str | None:
    """The unit after the last number of a list of bare numbers ("3, 4 or 5 hours"; a comma alone
    does not make a list: "at 16,644, 16 per cent above")."""
    conjoined, found = False, None
    while _listed_before(doc, spans, k):
        conjoined = conjoined or doc[spans[k].tok_end].text != ","
        k += 1
        unit = quantity_unit(doc, spans[k])
        if unit is not None:
            closes = spans[k].value_max is not None and any(t.lower_ in ("and", "or") for t in doc[spans[k].tok_start:spans[k].tok_end])
            if conjoined or closes:
                return found or unit
            found = found or unit  # "144.31, 130.2 and 116.25 points": the "and" may come after it
    return None


def _level_after_restated_change(doc: Doc, quantity: Quantity, out: list[Quantity]) -> None:
    """The level after a change said twice is in the unit of the first: "fell 45 points, or 0.6%,
    to 7,612" (points)."""
    before = out[-1]
    first = _restates(doc, out[-2] if len(out) > 1 else None, before)
    if first is not None and quantity.unit == "-" and first.unit not in ("-", "percent") \
            and doc.text[before.end:quantity.start].split()[-1:] == ["to"] and len(doc.text[before.end:quantity.start]) < 12:
        quantity.unit = first.unit


def _restates(doc: Doc, first: Quantity | None, second: Quantity) -> Quantity | None:
    """``first`` when ``second`` restates its change in other terms: "45 points, or 0.6%"."""
    if first is None or not first.change:
        return None
    gap = doc.text[first.end:second.start]
    restated = len(gap) < 30 and gap.rstrip().endswith(", or") and not any(c.isdigit() or c in "();" for c in gap)
    if not restated and _restated_without_comma(doc, gap, second):
        restated = True  # "fell 312 points or 0.9%": copy that dropped its commas
    restated = restated or restated_without_comma(doc, gap, first.unit, first.value, second.unit, second.start)
    words = gap.split()
    if not restated and words and words[-1] == "or" and len(words) <= 3 and all(w.isalpha() for w in words[:-1]) \
            and (first.unit == "percent") != (second.unit == "percent"):
        restated = True  # "shrank by 1.1 per cent or $29 million", "fell 312 points or 0.9%": one change twice
    return first if restated else None


# a duration written in two units, the larger first: "18 hours and 40 minutes", "two years three months"
_DURATION_PARTS = {("year", "month"), ("month", "week"), ("week", "day"), ("day", "hour"), ("hour", "minute"),
                   ("minute", "second")}


def _compound_duration(doc: Doc, quantity: Quantity, before: Quantity) -> None:
    """'about 18 hours and 40 minutes': the hedge before the first part covers the whole duration."""
    gap = doc.text[before.end:quantity.start]  # the first part's unit word, then "and" or nothing
    if (before.unit, quantity.unit) in _DURATION_PARTS and re.fullmatch(r"\s*[a-z]+,?\s*(and\s*)?", gap.lower()) \
            and quantity.qualifier == "exact" and before.qualifier == "approximately":
        quantity.qualifier = "approximately"


def _restated_without_comma(doc: Doc, gap: str, second: Quantity) -> bool:
    """'312 points or 0.9%' in a sentence with no commas: a unit word, then "or", then the number."""
    words = gap.split()
    if len(words) != 2 or words[1] != "or" or not words[0].isalpha():
        return False
    span = doc.char_span(second.start, second.end, alignment_mode="expand")
    return span is not None and commaless(span[0])


def _inherit(doc: Doc, num: NumberSpan, quantity: Quantity, before: Quantity) -> None:
    """What a quantity takes from the one before it.

    A conversion in brackets shares the bound ("more than 100 km (60 miles)"); a part named after
    "including" or "of which" shares the unit ("6 million homes, including 1.5 million in X")."""
    gap = doc.text[before.end:quantity.start]
    if "(" in gap and len(gap) < 40 and ")" not in gap and doc[num.tok_start - 1].lower_ != "to":
        if quantity.qualifier == "exact" and before.qualifier not in ("range", "exact", "approximately") \
                and not exact_figure_in_brackets(before.value, before.unit, quantity.value, quantity.unit):
            quantity.qualifier = before.qualifier
        if not bracket_names_another_figure(doc, num.tok_start) and not bracket_after_a_name(doc, num.tok_start, num.tok_end):
            # (not "(from 2.3% in May)", "from June 2016 ($247,600)")
            quantity.change = quantity.change or before.change
    if quantity.unit == "-" and before.unit != "-" and not before.unit.startswith("%") and len(gap) < 60 \
            and not count_not_share(before.unit, quantity.value):  # (not "up 4% from 2,310", "0.4%, or 1,256,003")
        part_of = _names_a_part(doc, num) and not before.unit.endswith(" of age") and not of_a_population(doc, num) \
            and (is_counted_noun(before.unit) or not _level_of(doc, num))
        if part_of or gap.strip(" ,") in ("and", "or"):  # (not "the 35-year-old mother of two")
            quantity.unit = before.unit
        # "from 14-18 mpg to 24", "rose 64 points to 4,577": the level shares the unit (not a share)
        elif _to_level(gap) and before.unit not in ("percent", *_SUBUNITS) and not gap.startswith("-") \
                and not names_a_period(doc.text, before.start, before.text, before.unit):  # (not "in five years to 612,000", "the seven-day total to 714")
            quantity.unit = before.unit
        # "DAX rose by 2 percent, the Nasdaq fell by 1": a parallel change shares the unit
        elif before.change and quantity.change and len(gap) < 50:
            quantity.unit = before.unit
        # "10 million units, compared with 7 million", "67 per cent, against 61": a comparison
        elif len(gap) < 40 and _COMPARED.search(gap) and (num.tok_end >= len(doc) or doc[num.tok_end].pos_ != "NOUN") \
                and not a_period_phrase(doc, before):  # (not "over the 12 months, compared with 247,000")
            quantity.unit = before.unit


def _names_a_part(doc: Doc, num: NumberSpan) -> bool:
    """Words just before the number name a part of a whole: "including 1.5 million", "of which
    20", "among them 3" (a bare "which" does not: "the war, in which tens of thousands died")."""
    words = [t.lower_ for t in doc[max(0, num.tok_start - 3):num.tok_start]]
    if {"including", "of", "among", "incl"} & set(words):
        return True
    return any(w in ("which", "whom") and k > 0 and words[k - 1] in ("of", "among", "including")
               for k, w in enumerate(words))


# nouns whose "of" names a level, not a whole: "an average of 18,500", "a total of 40"
_LEVEL_OF = {"average", "total", "maximum", "minimum", "peak", "high", "low", "record", "sum"}
# (and a level a report names: "fell 8.2% to an annual pace of 675,000", "to an index level of 71.8")
_LEVEL_OF |= {"level", "pace", "rate", "reading"}


def _level_of(doc: Doc, num: NumberSpan) -> bool:
    """The number is the level a noun before "of" names: "to an average of 18,500 a game" (after
    "fell by 12%" it is no part of the 12%; a count may still share its noun: "an average of 20")."""
    k = num.tok_start
    return k > 1 and doc[k - 1].lower_ == "of" and doc[k - 2].lower_ in _LEVEL_OF


def _listed_part(doc: Doc, num: NumberSpan) -> bool:
    """The number stands in a list of parts after "including" or "among them": "seven people,
    including three women and two children" (both are parts)."""
    for k in range(num.tok_start - 1, max(-1, num.tok_start - 10), -1):
        if doc[k].lower_ in ("including", "incl", "among"):
            return True
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text in ".;:()":
            return False
    return False


# a change in cents or paise leaves the level in dollars or rupees: "fell 18 paise to 83.25"
_SUBUNITS = ("cent", "penny", "paise", "paisa", "pence")


def _closed_higher(doc: Doc, num: NumberSpan) -> str | None:
    """'closed 1% higher', 'ended 40 points lower at 5,120', 'was trading 3% up', 'ended the week 2% lower': up or
    down, from the comparative after the number and its unit, when it tells how a market moved over a session."""
    k = num.tok_end
    while k < len(doc) and k - num.tok_end < 2 and doc[k].lower_ in ("%", "percent", "per", "cent", "points", "point", "cents"):
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ("higher", "lower", "up", "down"):
        return None  # ("trading 6.5% up at 1,020": the particle after the number, as after it in "up 6.5%")
    verb = doc[k].head
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("dobj", "npadvmod") and verb.i < num.tok_start:
        verb = verb.head  # "ended the day 3% higher": the parser hangs the comparative on the session
    if verb.lemma_.lower() not in SESSION_VERBS | RATE_SETTING_VERBS or verb.i > num.tok_start \
            or any(t.is_punct or t.like_num for t in doc[verb.i + 1:num.tok_start]):
        return None  # (not "closed at 7,400, 2% higher": the level, then how far above)
    return "up" if doc[k].lower_ in ("higher", "up") else "down"


# "rose 64 points to close at 4,577": the verbs of a market's close before the level it reached
_CLOSING_VERBS = ("close", "end", "settle", "finish", "stand")


def _to_level(gap: str) -> bool:
    """The words between a change and the next number lead to the level reached: "to",
    "to close at", "to end the day at"."""
    words = gap.split()
    if words[-1:] == ["to"] and len(words) <= 3:
        return True
    if len(words) > 6 or words[-1:] != ["at"] or "to" not in words[:3]:
        return False
    k = words.index("to")
    return words[k + 1] in _CLOSING_VERBS


def _earlier_noun_unit(doc: Doc, spans: list[NumberSpan], out: list[Quantity], k: int) -> str | None:
    """The counted noun of the nearest earlier quantity of the sentence that counts one, one in
    the same role first: "600,000 people marched in two rallies, while 400,000 others rallied"
    (subjects both: people)."""
    sentence = doc[spans[k].num_start].sent
    candidates = []
    for j in range(k - 1, -1, -1):
        if spans[j].num_start < sentence.start:
            break
        head = counted_head(doc, spans[j])
        if head is not None and is_counted_noun(out[j].unit) and not _listed_part(doc, spans[j]):
            candidates.append((head, out[j].unit))  # (not a part: "killing 190 people, including 12 nationals, ... 4,000 others")
    others = counted_head(doc, spans[k])
    if others is not None and others.head.lemma_.lower() in _PEOPLE_VERBS:  # "wounding five others": people, not bombs
        candidates = [(head, unit) for head, unit in candidates if head.lemma_.lower() not in NON_PERSON_UNITS]
    role = _ROLES.get(others.dep_) if others is not None else None
    same = next((unit for head, unit in candidates if role is not None and _ROLES.get(head.dep_) == role), None)
    return same or (candidates[0][1] if candidates else None)


# a subject is a subject, active or passive; an object is an object
_ROLES = {"nsubj": "subject", "nsubjpass": "subject", "dobj": "object"}
# verbs whose object (or passive subject) is people
_PEOPLE_VERBS = {"kill", "wound", "injure", "hurt", "die", "abduct", "kidnap", "arrest", "detain", "rescue", "evacuate"}
