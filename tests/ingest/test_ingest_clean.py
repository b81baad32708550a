"""Boilerplate goes, report sentences stay, text is repaired and normalised."""

from __future__ import annotations

import pytest

from unrest.ingest.clean import clean_field, clean_text, normalise_whitespace

REPORT = "Police fired tear gas at protesters in the invented city of Dunmore on Friday."


@pytest.mark.parametrize(
    "boilerplate",
    [
        # audio banner, with and without the "NEW" badge
        "NEW You can now listen to Valley Courier articles!",
        "You can now listen to Harbour Herald articles.",
        # audio player label with its duration
        "Listen to this article · 4 min",
        "Listen",
        "5 min read",
        # share prompts in their usual forms
        "Share this article",
        "Share",
        "Share on Facebook",
        "Click to share on X (Opens in new window)",
        "Facebook Twitter Email",
        "Facebook | WhatsApp | Copy link",
        # "Related" teasers and "Read more:" links
        "Read more: Why the port strike matters",
        "READ MORE: Curfew lifted after three nights",
        "Related: Union calls second strike",
        "See also: Timeline of the protests",
        # newsletter, app and social prompts
        "Sign up for our daily newsletter",
        "Subscribe to the morning briefing to get updates in your inbox.",
        "Subscribe",
        "Don't miss a story: get our breaking news alerts",
        "Click here to get the Valley Courier app",
        "Follow us on Twitter for the latest updates",
        "Download the Harbour Herald app",
        # bylines with an outlet, several names, a date
        "By Jane Doe | Reuters",
        "By JANE DOE and JOHN ROE, Associated Press",
        "By Jane Doe, 8 Jan 2026",
        "By Jane van der Berg",
        "Written by Tom Reed",
        # photo credits on their own line
        "Photo: Jane Doe/Reuters",
        "(Photo by Tom Reed/Getty Images)",
        "Photo courtesy of the Vestria Teachers' Union",
        "(AP Photo/John Roe)",
        "Jane Doe/AFP via Getty Images",
        "REUTERS/Jane Doe",
        "Image source, Getty Images",
        "Photo credit: Harbour Herald",
        # wire credits and contributors
        "Reuters and the Associated Press contributed to this report.",
        "Mira Holm in Marlow Bay contributed reporting.",
        "Reporting by Piet Sand in Marlow Bay; Editing by Lena Ortiz",
        "(Reporting by Piet Sand; Writing by Lena Ortiz)",
        "Additional reporting by Ana Korvel",
        # copyright and advertisement lines
        "© 2026 Harbour Herald. All rights reserved.",
        "Copyright 2025 The Associated Press. All rights reserved. This material may not be published.",
        "Advertisement",
        "Story continues below advertisement",
        # timestamps above the body
        "Updated 10:42 GMT, 8 January 2026",
        "Published: Jan 8, 2026",
        "Last updated on Thursday 8 January 2026 at 3 p.m.",
    ],
)
def test_boilerplate_line_is_removed(boilerplate: str) -> None:
    assert clean_text(f"{REPORT}\n\n{boilerplate}\n\n{REPORT}") == f"{REPORT}\n\n{REPORT}"


@pytest.mark.parametrize(
    "sentence",
    [
        # starts with "By" but is a time, not a byline
        "By Tuesday, protesters had blocked the main road.",
        "By nightfall, police had arrested 40 people.",
        "By Monday",
        # "Share" as a noun
        "Share prices of the port operator fell 6% on Monday.",
        # "Reporting by" followed by a clause, not names
        "Reporting by state media said 12 people had died.",
        # "Related" and "More" as ordinary words
        "Related protests erupted in three other cities.",
        "More than 200 people were arrested.",
        "More protests are planned for the weekend",
        # "Listen", "Follow", "Subscribe" inside real sentences
        "Listen to the people, the protesters chanted.",
        "Follow the money, one analyst said.",
        "Subscribers to the opposition's channel received a call to march.",
        # "Photo"/"Video" as subjects of a sentence
        "Photographs showed burned cars in the main square.",
        "Video shared online showed police beating a man.",
        "Pictures by residents showed smoke rising over the city.",
        # an agency name with a slash that is not a photo credit
        "Reuters/Ipsos poll shows 40 percent support",
        # "contributed" not as a credit
        "Three agencies contributed to this report's findings, the UN said.",
        "Rising fuel prices contributed to the unrest.",
        # "Copyright" as a topic; "rights" in a report
        "Copyright lawyers said the ban on the film was unlawful.",
        "Rights groups say at least 38 people have been killed.",
        # "Updated"/"Published"/"Posted" as verbs
        "Published figures show unemployment rose to 14%.",
        "Posted on March 3, the video showed police beating a man.",
        "Updated guidance was issued on Monday",
        # a news agency named inside a sentence
        "Reuters could not independently verify the footage.",
        # dateline with an agency, kept
        "MARLOW BAY (Reuters) - Farmers blocked roads on Monday.",
    ],
)
def test_report_sentence_is_kept(sentence: str) -> None:
    assert clean_text(f"{REPORT}\n\n{sentence}") == f"{REPORT}\n\n{sentence}"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # a credit sentence at the end of the last paragraph goes, the paragraph stays
        (f"{REPORT} Reuters contributed to this report.", REPORT),
        # initials inside the credit sentence do not stop it
        (f"{REPORT} J.R. Smith of the A.P. contributed to this report.", REPORT),
        # Reuters' parenthesised credit at the end of a paragraph
        (f"{REPORT} (Reporting by Piet Sand; Editing by Lena Ortiz)", REPORT),
        # photo credit closing a caption line
        ("Protesters march through the square. (AP Photo/John Roe)", "Protesters march through the square."),
        ("Protesters march through the square. (Jane Doe/AFP)", "Protesters march through the square."),
        # a banner glued to the first sentence by an extractor
        (f"NEW You can now listen to Valley Courier articles! {REPORT}", REPORT),
    ],
)
def test_trailing_and_leading_credits_are_cut(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


def test_related_heading_takes_its_headlines_with_it() -> None:
    raw = f"{REPORT}\n\nRelated stories\nFarmers threaten to block ports\nGovernor calls for calm\n\n{REPORT}"
    assert clean_text(raw) == f"{REPORT}\n\n{REPORT}"


def test_related_heading_stops_at_a_report_sentence() -> None:
    raw = f"Related coverage\n\nUnion leaders vow to widen strike\n\n{REPORT}"
    assert clean_text(raw) == REPORT


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # UTF-8 read as Windows-1252: curly apostrophe and dash
        ("the regimeâ€™s response â€” swift", "the regime’s response — swift"),
        # UTF-8 read as Latin-1: accented letters
        ("Protesters in MontrÃ©al", "Protesters in Montréal"),
        # curly quotes that are not broken stay curly
        ("“We will stay,” she said.", "“We will stay,” she said."),
        # HTML entities left in plain text
        ("Fuel &amp; bread prices", "Fuel & bread prices"),
    ],
)
def test_mojibake_is_repaired(raw: str, cleaned: str) -> None:
    assert clean_text(raw) == cleaned


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        # Windows and old Mac line ends
        ("One.\r\n\r\nTwo.\rThree.", "One.\n\nTwo.\nThree."),
        # runs of blank lines become one blank line
        ("One.\n\n\n\n\nTwo.", "One.\n\nTwo."),
        # tabs, NBSP and repeated spaces become one space; lines are stripped
        ("  One\t\u00a0 two.  \n  Three.", "One two.\nThree."),
        # invisible zero-width spaces and soft hyphens go; ZWNJ (Persian) stays
        (
            "pro\u00adtest\u200bers and \u0645\u06cc\u200c\u0631\u0648\u0645",
            "protesters and \u0645\u06cc\u200c\u0631\u0648\u0645",
        ),
        # Unicode line and paragraph separators
        ("One.\u2028Two.\u2029Three.", "One.\nTwo.\n\nThree."),
        # leading and trailing blank lines
        ("\n\n  One.  \n\n", "One."),
    ],
)
def test_whitespace_is_normalised(raw: str, normalised: str) -> None:
    assert normalise_whitespace(raw) == normalised


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # spaces collapsed, mojibake repaired
        ("  Dock  strike\nspreads ", "Dock strike spreads"),
        ("Iranâ€™s rial", "Iran’s rial"),
        # blank and missing fields become None
        ("   ", None),
        (None, None),
    ],
)
def test_clean_field(raw: str | None, cleaned: str | None) -> None:
    assert clean_field(raw) == cleaned
