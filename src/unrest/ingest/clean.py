"""Turn extracted article text into the cleaned body that records quote offsets into.

Three steps, in this order, applied to every article whatever its source:

1. **Repair mojibake** with ftfy ("â€™" → "’"), keeping curly quotes as they are.
2. **Normalise whitespace**: one kind of line end, no invisible characters, single spaces inside
   lines, exactly one blank line between paragraphs.
3. **Remove boilerplate** that is not the report: audio banners, share prompts, "Related stories",
   "Read more:", newsletter prompts, bylines, photo credits, "X contributed to this report",
   "Reporting by ...; editing by ...", copyright and advertisement lines.

Boilerplate is removed line by line, never by position or by outlet: a line goes only when all of
it matches a pattern (or, for a few trailing credits, when a whole final sentence or parenthesis
does). The patterns are anchored and short on purpose, because removing a real sentence of a report
is worse than leaving a share prompt in. ``tests/ingest/test_clean.py`` pins the real sentences
that look like boilerplate ("By Tuesday, ...", "Share prices fell ...", "Reporting by state media
...") and must survive.
"""

from __future__ import annotations

import re

import ftfy

# ftfy's defaults straighten curly quotes and widen full-width characters; both change text that is
# not broken, so they are off. Everything else (encoding repair, HTML entities in plain text, C1
# controls, ligatures, NFC) is what we want.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)

# Invisible characters that only get in the way of matching. ZWJ/ZWNJ are kept: Persian and Arabic
# script need them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\x0b\x0c\x85]")
_PARAGRAPH_SEP = re.compile(r"\u2029")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but a line feed: tabs, NBSP, thin spaces, ...
_BLANK_RUNS = re.compile(r"\n{3,}")

_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_DATE_WORDS = frozenset(
    [*_WEEKDAYS, *_MONTHS]
    + "am pm a.m. p.m. gmt utc et est edt bst cet ist updated published posted last on at".split()
)
# News agencies and picture desks whose names make up photo-credit lines ("Jane Doe/AFP via Getty
# Images", "(AP Photo/John Roe)", "REUTERS/Jane Doe"). A list of agencies, not of outlets we read.
_AGENCIES = (
    r"AP Photo|AP|AFP|Getty Images|Reuters|REUTERS|EPA(?:-EFE)?|EFE|Shutterstock|Anadolu(?: Agency)?"
    r"|NurPhoto|SOPA Images|ZUMA(?: Press| Wire)?|Alamy|imago|IMAGO|Sipa(?: USA)?|Xinhua|dpa|WANA"
    r"|Bloomberg|Pool|Handout|Sputnik|TASS|UPI|Middle East Images"
)

# A photographer's name beside an agency: capitalised words only, so "Reuters/Ipsos poll shows
# 40 percent support" is not mistaken for a credit.
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"

_I = re.IGNORECASE


def _line(pattern: str, flags: int = _I) -> re.Pattern[str]:
    """A pattern that must match a whole (stripped) line."""
    return re.compile(rf"^(?:{pattern})$", flags)


# Lines that are boilerplate in full. Each pattern is anchored at both ends.
_DROP_LINE: tuple[re.Pattern[str], ...] = (
    # Audio banners: "Listen to this article · 5 min", "NEW You can now listen to X articles!"
    _line(r"(?:new\s*[:!-]?\s*)?you can now listen to [^.!?]{1,60}? articles?\s*[!.]?"),
    _line(
        r"listen(?: now)?(?: to (?:this|the|our) (?:article|story|report|episode|podcast))?"
        r"\s*(?:[·•|:(–—-].{0,40})?"
    ),
    _line(r"\d+\s*min(?:ute)?s?\s+(?:read|listen)"),
    _line(r"(?:this )?(?:audio|article audio) is (?:ai-generated|auto-generated|not available)[^.]{0,60}\.?"),
    # Share prompts: "Share this article", "Share on Facebook", "Click to share on X (Opens in new
    # window)", or a row of network names.
    _line(
        r"share(?:\s+(?:this|the))?(?:\s+(?:article|story|page|post|link))?"
        r"(?:\s+(?:on|via|to|with)\s+[\w ,|/&]{1,60})?\s*[:!]?"
    ),
    _line(r"click (?:here )?to (?:share|email|print|tweet|post)\b.{0,80}"),
    _line(
        r"(?:(?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|threads|bluesky"
        r"|e-?mail|mail|print|copy(?: link)?|tweet|share|flipboard|messenger|comments?)\s*[|·•,/]?\s*){1,12}"
    ),
    _line(r"click here\b.{0,120}"),
    # "Related stories" headings and "Read more: <headline>" teasers.
    _line(
        r"[\W_]*(?:related|read more|read also|also read|see also|more|watch|read next|recommended"
        r"|trending|most read|latest)\s*[:|]\s*\S.{0,200}"
    ),
    # Newsletter, app and social prompts; a keyword is required so a real sentence never matches.
    _line(
        r"(?:sign up|subscribe|get (?:our|the latest|the best|breaking|the)|want (?:more|the latest|to stay)"
        r"|don[’']t miss|stay (?:informed|up to date|updated)|enter your e-?mail|never miss)\b"
        r"(?=.*\b(?:newsletters?|inbox|e-?mails?|updates|alerts|subscribe|subscription|sign up|briefing|app)\b)"
        r".{0,200}"
    ),
    _line(r"(?:subscribe|sign up)(?: now| here| today| for free)?\s*[.!:]?"),
    _line(
        r"follow (?:us|@?[\w .]{1,40}?) on (?:twitter|x|facebook|instagram|tiktok|youtube|telegram"
        r"|linkedin|threads|bluesky|google news|whatsapp)\b.{0,80}"
    ),
    _line(r"download (?:the|our) [\w ]{1,40} app\b.{0,80}"),
    # Photo credits: "Photo: Jane Doe/Reuters", "(Photo by Jane Doe/Getty Images)",
    # "Image source, Getty Images", "Jane Doe/AFP via Getty Images", "(AP Photo/John Roe)".
    _line(
        r"\(?(?:file |main |top |header )?(?:photo(?:graph)?|image|picture|video|illustration|graphic)s?"
        r"(?:\s+credits?)?\s*(?::|\||©|source,|caption,)\s*.{0,120}"
    ),
    # "Photo by ..." only without a full stop, so "Pictures by residents showed smoke." stays.
    _line(r"\(?(?:photo(?:graph)?|image|picture|video)s?\s+(?:by|courtesy(?: of)?)\s+[^.!?]{1,60}\)?"),
    _line(r"(?:photo |image |picture )?credits?\s*:\s*.{1,120}"),
    _line(
        rf"\(?\s*(?:{_NAME}\s*/\s*)?(?:{_AGENCIES})(?:\s*/\s*{_NAME}|\s+via\s+(?:{_AGENCIES}))*\s*\)?",
        0,
    ),
    # Syndication notes: "(with inputs from agencies)", "(this story has been published from a
    # wire agency feed ...)", "Published in The X Post, May 10th, 2023", "Originally published by X".
    _line(r"\(?\s*with inputs from [\w ,&/]{1,60}\)?\.?"),
    _line(r"\(?\s*this (?:story|article|report) (?:has been|was) (?:published|auto-generated|edited) from a"
          r" [\w -]{1,40} feed\b[^)]{0,160}\)?\.?"),
    _line(r"(?i:(?:originally |first )?published (?:in|by|on) (?:the )?)[A-Z][\w'’&. -]{1,60}(?:,\s*[^,.]{0,30}\d{1,4}(?:st|nd|rd|th)?,?\s*\d{0,4})?", 0),
    # Copyright: a © or a year is required, so a story about copyright law is safe.
    _line(r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,300}"),
    _line(r".{0,120}\ball rights reserved\b.{0,200}"),
    _line(r"this (?:material|article|story) may not be (?:published|reproduced|redistributed).{0,200}"),
    # Advertisement slots and "continue reading" markers.
    _line(
        r"advertisement|advertising|sponsored(?: content)?|skip advertisement|ad feedback"
        r"|(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?"
        r"|scroll to continue(?: with content)?"
    ),
)

# A heading that introduces a list of links; the headline-like lines right after it go too.
_RELATED_HEADING = _line(
    r"[\W_]*(?:related|related (?:stories|articles|coverage|content|links|news|reading|topics|videos?)"
    r"|more (?:stories|on this story|coverage|from [\w ]{1,30})|recommended(?: stories| reading| for you)?"
    r"|you (?:may|might) also like|most read|trending(?: now| stories)?|top stories|further reading"
    r"|also read|read also|see also|read more|read next|more to read|latest news|what to read next)\s*:?"
)
_MAX_HEADLINE_WORDS = 20
_MAX_RELATED_LINKS = 12

# Parts cut from the end of a line that is otherwise report text.
_TRAILING: tuple[re.Pattern[str], ...] = (
    # "... said police. Reuters and AP contributed to this report." Initials ("J.R.", "U.S.") may
    # hold a full stop; any other full stop ends the credit sentence.
    re.compile(
        r"(?:^|(?<=[.!?\"”’)]\s))(?:[^.!?\n]|(?<=\b[A-Z])\.){0,250}?\bcontributed\s+"
        r"(?:(?:additional\s+)?reporting\b(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article))?"
        r"|(?:to|for)\s+(?:this|the)\s+(?:report|story|article|piece))\s*[.!]?\s*$",
        _I,
    ),
    # "(Reporting by Jane Doe; Editing by John Roe)" at the end of the last paragraph.
    re.compile(
        r"\s*\((?:additional |further )?(?:reporting|writing|editing|compiled|research)\s+by\b[^()]{1,300}\)\s*$", _I
    ),
    # "(AP Photo/John Roe)", "(Photo by Jane Doe/Getty Images)" closing a caption.
    re.compile(rf"\s*\((?:(?:{_AGENCIES})\s+)?(?:photo|image|picture)s?\s*(?:/|by\b|:)[^()]{{1,80}}\)\s*$", _I),
    re.compile(rf"\s*\((?:[^()/]{{1,40}}/)?(?:{_AGENCIES})(?:\s+via\s+(?:{_AGENCIES}))?\)\s*$"),
)

# Boilerplate glued inside a paragraph by a scraper: cut wherever it stands.
_INLINE: tuple[re.Pattern[str], ...] = (
    # "read this story in... hindi": a language switcher between two sentences
    re.compile(r"\s*read (?:this|the) (?:story|article) in\s*(?:\.\.\.|…)?\s*[a-z]+\b", _I),
    # "related stories: headline headline ..." run on at the end of the last paragraph
    re.compile(r"\s*\brelated (?:stories|articles|news|coverage|links)\s*:.*$", _I),
)

# Leading banners glued to the first sentence by an extractor: "NEW You can now listen to X articles!"
_LEADING = re.compile(r"^(?:new\s*[:!-]?\s*)?you can now listen to [^.!?\n]{1,60}? articles?\s*[!.]\s*", _I)

_BY = re.compile(r"^(?i:(?:written |reported |story |words |text )?by)\s+(\S.*)$")
_CREDIT_BY = re.compile(
    r"^\(?\s*(?:additional |further )?(?:reporting|writing|editing|research|compiled|fact[- ]checking"
    r"|graphics|translation)\s+by\s+(\S.*?)\)?$",
    _I,
)
_SEGMENT_SPLIT = re.compile(r"\s*(?:\||·|•|—|–|;|,|\s-\s|\band\b|&)\s*")
_NAME_PARTICLES = {"de", "da", "di", "del", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "du"}
_CONNECTORS = {"and", "in", "at", "from", "of", "with", "the", "for", "by"}
_MAX_BYLINE_WORDS = 20
# "Updated 10:42 GMT, 8 January 2026", "Published: Jan 8, 2026": the rest must be all date words.
_TIMESTAMP = re.compile(r"^(?:last )?(?:updated|published|posted)\s*:?\s*(?:on\s+)?(\S.*)$", _I)


def clean_text(text: str) -> str:
    """Repair, normalise and strip boilerplate from an article body (see the module docstring)."""
    text = ftfy.fix_text(text, _FTFY)
    text = normalise_whitespace(text)
    text = remove_boilerplate(text)
    return normalise_whitespace(text)


def clean_field(value: str | None) -> str | None:
    """Repair and collapse a one-line metadata field (title, outlet); blank becomes ``None``."""
    if value is None:
        return None
    value = " ".join(ftfy.fix_text(value, _FTFY).translate(_INVISIBLE).split())
    return value or None


def normalise_whitespace(text: str) -> str:
    """One line end (``\\n``), single spaces, stripped lines, one blank line between paragraphs."""
    text = _PARAGRAPH_SEP.sub("\n\n", _LINE_ENDS.sub("\n", text)).translate(_INVISIBLE)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def remove_boilerplate(text: str) -> str:
    """Drop boilerplate lines and trailing credits; ``text`` must be whitespace-normalised."""
    kept: list[str] = []
    skipping_links = 0  # > 0 while dropping the headlines listed under a "Related stories" heading
    for line in text.split("\n"):
        if not line:
            kept.append(line)
            continue
        if skipping_links and _is_headline(line):
            skipping_links -= 1
            continue
        skipping_links = 0
        if _RELATED_HEADING.match(line):
            skipping_links = _MAX_RELATED_LINKS
            continue
        line = _LEADING.sub("", line)
        for pattern in _INLINE:
            line = pattern.sub("", line).strip()
        if not line or _is_boilerplate_line(line):
            continue
        line = _strip_trailing(line)
        if line:
            kept.append(line)
    return "\n".join(kept)


def _is_boilerplate_line(line: str) -> bool:
    if any(p.match(line) for p in _DROP_LINE) or _is_byline(line) or _is_credit_line(line):
        return True
    timestamp = _TIMESTAMP.match(line)
    return bool(timestamp and _is_date(timestamp.group(1)))


def _strip_trailing(line: str) -> str:
    # Repeat: a paragraph can end with a photo credit after a "contributed" sentence.
    changed = True
    while changed and line:
        changed = False
        for pattern in _TRAILING:
            stripped = pattern.sub("", line).rstrip()
            if stripped != line:
                line, changed = stripped, True
    return line


def _is_byline(line: str) -> bool:
    """ "By Jane Doe | Reuters", "By JANE DOE and JOHN ROE, Associated Press", "By Jane Doe, 8 Jan 2026".

    Rejects sentences that merely start with "By" ("By Tuesday, protesters had ...") because every
    word after "By" must be a capitalised name word, a particle, or part of a date.
    """
    match = _BY.match(line)
    if not match or len(line.split()) > _MAX_BYLINE_WORDS or line.endswith((".", "!", "?", ":")):
        return False
    segments = [s for s in _SEGMENT_SPLIT.split(match.group(1)) if s]
    if not segments or not _is_name(segments[0], first=True):
        return False
    return all(_is_name(s) or _is_date(s) for s in segments[1:])


def _is_credit_line(line: str) -> bool:
    """ "Reporting by Jane Doe in Dubai; Editing by John Roe" (not "Reporting by state media ...")."""
    match = _CREDIT_BY.match(line)
    if not match or len(line.split()) > 60:
        return False
    if line.startswith("(") or re.search(r";|\b(?:editing|writing)\s+by\b", line, _I):
        return True
    words = re.findall(r"[\w'’.-]+", match.group(1))
    return all(w[0].isupper() or w.lower() in _CONNECTORS for w in words)


def _is_name(segment: str, *, first: bool = False) -> bool:
    words = segment.split()
    if not 1 <= len(words) <= 6:
        return False
    if first and words[0].lower().strip(".,") in _DATE_WORDS:
        return False  # "By Tuesday", "By March"
    return all(
        w[0].isupper() or w.lower() in _NAME_PARTICLES or (not first and w.lower() in _CONNECTORS) for w in words
    )


def _is_date(segment: str) -> bool:
    """Only weekdays, months, numbers, times and zones: "Thu 8 January 2026, 10:42 GMT"."""
    words = [w.strip(",").lower() for w in segment.split()]
    return bool(words) and all(
        w in _DATE_WORDS or w.rstrip(".") in _DATE_WORDS or re.fullmatch(r"[\d:/.+-]+(?:st|nd|rd|th)?", w)
        for w in words
    )


def _is_headline(line: str) -> bool:
    """A link title: short and without the full stop that ends a report sentence."""
    return len(line.split()) <= _MAX_HEADLINE_WORDS and not re.search(r"[.!?:;][\"”’)]?$", line)
