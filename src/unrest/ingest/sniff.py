"""What is this input, and how do we turn its bytes into text?

Format is decided from the content, with the file extension or HTTP content type only as a hint:
servers label feeds ``text/html`` and people save pages as ``.txt``. Decoding never fails silently
and never guesses wildly: a BOM or a declared charset wins, then strict UTF-8, then Windows-1252
(the usual encoding of Western text that is not UTF-8); bytes that look like neither are refused.
"""

from __future__ import annotations

import codecs
import enum
import logging
import re

from unrest.errors import ParseError

logger = logging.getLogger(__name__)

# How much of the input the sniffers look at: enough to get past a long <head> or XML prologue.
SNIFF_BYTES = 64 * 1024


class Format(enum.Enum):
    """The three kinds of content ingest understands."""

    TEXT = "text"
    HTML = "html"
    FEED = "feed"


# Magic numbers of binary formats people drop into input folders by mistake, so the error can say
# what the file is instead of only "binary".
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control characters other than tab, line feed, form feed and carriage return never occur in
# text; a handful can (stray ESC, ^Z at the end of old DOS files), a lot means binary.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_MAX_CONTROL_RATIO = 0.02
# Text in a single-byte encoding is mostly ASCII; when more than this share of bytes is >= 0x80
# and it is not UTF-8, it is binary junk rather than, say, French in Windows-1252.
_MAX_HIGH_RATIO = 0.30

_XML_PROLOGUE = re.compile(
    r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>)*", re.DOTALL | re.IGNORECASE
)
_ROOT = re.compile(r"<([A-Za-z][\w.:-]*)[\s/>]")
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_HTML_DOCTYPE = re.compile(r"<!DOCTYPE\s+html", re.IGNORECASE)
# Tags that mark a fragment of HTML without <html>/<body>, e.g. a saved article body.
_HTML_TAG = re.compile(
    r"<(?:p|b|i|em|strong|div|span|a|article|section|main|h[1-6]|br|table|ul|ol|li|meta|title|script|style|img)\b[^>]*>",
    re.IGNORECASE,
)
_MIN_HTML_TAGS = 3
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']""", re.IGNORECASE)


def check_binary(data: bytes, source: str) -> None:
    """Raise :class:`ParseError` when ``data`` is empty, blank or binary rather than text."""
    if not data:
        raise ParseError(source, "empty (0 bytes)")
    if not data.strip():
        raise ParseError(source, "blank (only whitespace)")
    if _bom_encoding(data):
        return  # UTF-16/32 text is full of NULs; the BOM says it is text
    head = data[:SNIFF_BYTES]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise ParseError(source, f"binary file ({kind}), not a text, HTML or feed document")
    if b"\x00" in head:
        raise ParseError(source, "binary file (contains NUL bytes), not a text, HTML or feed document")
    controls = sum(head.count(c) for c in _CONTROL)
    if controls / len(head) > _MAX_CONTROL_RATIO:
        raise ParseError(source, "binary file (control characters), not a text, HTML or feed document")


def sniff(text: str, *, content_type: str | None = None) -> Format:
    """Tell a feed, an HTML page and plain text apart by looking at the content.

    A document whose first element (after any XML declaration, comments and doctype) is
    ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` is a feed; any other document that starts with markup,
    or has an HTML doctype, or a few HTML tags early on, is HTML. ``content_type`` (an HTTP header)
    only breaks a tie for a text with one or two tags. Everything else is plain text, so a report
    that mentions a ``<p>`` tag once stays text.
    """
    head = text[:SNIFF_BYTES].lstrip("\ufeff")
    body = head[_XML_PROLOGUE.match(head).end() :]  # type: ignore[union-attr]  # always matches
    root = _ROOT.match(body)
    if root and root.group(1).lower() in _FEED_ROOTS:
        return Format.FEED
    if root or _HTML_DOCTYPE.search(head):
        return Format.HTML
    tags = len(_HTML_TAG.findall(head))
    if tags >= _MIN_HTML_TAGS or (tags and content_type and "html" in content_type.lower()):
        return Format.HTML
    return Format.TEXT


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the document or its HTTP header declares, if any (not trusted blindly)."""
    if content_type:
        header = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
        if header:
            return header.group(1)
    head = data[:SNIFF_BYTES]
    inline = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    return inline.group(1).decode("ascii", "replace") if inline else None


def decode(data: bytes, source: str, *, declared: str | None = None) -> str:
    """Decode ``data`` to text, or raise :class:`ParseError` when it is not text in any encoding.

    Order: a BOM; strict UTF-8 (non-ASCII bytes that happen to be valid UTF-8 almost never are
    anything else, so this beats a wrong declaration); the declared charset; then, unless the
    bytes are mostly non-ASCII (junk, not Western text), Windows-1252 (what "ISO-8859-1" pages
    really are) and finally Latin-1. Mojibake, i.e. UTF-8 that was decoded wrongly somewhere
    upstream, is repaired later by :func:`unrest.ingest.clean.clean_text`.
    """
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            raise ParseError(source, f"undecodable {bom} text ({exc.reason})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    charset = _codec(declared)
    if charset:
        try:
            text = data.decode(charset)
        except UnicodeDecodeError:
            logger.info("%s: not valid %s as declared", source, charset)
        else:
            logger.info("%s: decoded as declared, %s", source, charset)
            return text
    sample = data[:SNIFF_BYTES]
    if sum(1 for b in sample if b >= 0x80) / len(sample) > _MAX_HIGH_RATIO:
        raise ParseError(source, "undecodable bytes: neither UTF-8 nor text in a single-byte encoding")
    try:
        text = data.decode("cp1252")
        logger.info("%s: not UTF-8, decoded as Windows-1252", source)
    except UnicodeDecodeError:
        # Windows-1252 leaves five bytes undefined; Latin-1 maps every byte, so this cannot fail.
        text = data.decode("latin-1")
        logger.info("%s: not UTF-8 or Windows-1252, decoded as Latin-1", source)
    return text


def _codec(declared: str | None) -> str | None:
    """The Python codec for a declared charset, or ``None`` when it is unknown or adds nothing."""
    if not declared:
        return None
    try:
        name = codecs.lookup(declared).name
    except LookupError:
        logger.debug("ignoring unknown declared charset %r", declared)
        return None
    # Browsers read "latin-1" and "ascii" pages as Windows-1252, and so do we: the curly quotes in
    # 0x80-0x9F are far more common than C1 controls. UTF-8 has been tried already.
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return None if name == "utf-8" else name


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None
