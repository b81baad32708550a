"""Format sniffing, binary detection and decoding."""

from __future__ import annotations

import random
import re

import pytest

from unrest.errors import ParseError
from unrest.ingest.sniff import Format, check_binary, declared_charset, decode, sniff


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        # RSS 2.0 with an XML declaration
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', None, Format.FEED),
        # Atom, after a comment, served as text/html by a careless server
        ('<!-- feed -->\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "text/html", Format.FEED),
        # RSS 1.0 (RDF)
        ('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x"></rdf:RDF>', None, Format.FEED),
        # an HTML page with a doctype
        ("<!DOCTYPE html><html><body><p>Hi</p></body></html>", None, Format.HTML),
        # XHTML: XML declaration, then an html root
        ('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"></html>', None, Format.HTML),
        # a saved fragment that starts with markup
        ("<div><p>Protest in the square.</p></div>", None, Format.HTML),
        # a page saved after some leading text, with several tags
        ("Saved page\n<p>One</p><p>Two</p><br><p>Three</p>", None, Format.HTML),
        # plain text that mentions a tag once stays text
        ("The site's <p> tags were empty, the engineer said.", None, Format.TEXT),
        # ...unless a server says it is HTML
        ("Hello <b>there</b>", "text/html; charset=utf-8", Format.HTML),
        # plain text with a comparison sign
        ("Turnout was < 40% in the capital.", None, Format.TEXT),
        # the plain-text date header
        ("date 2025-11-03\n\nFarmers marched.", None, Format.TEXT),
        # a BOM before the feed
        ("\ufeff<rss><channel/></rss>", None, Format.FEED),
    ],
)
def test_sniff(content: str, content_type: str | None, expected: Format) -> None:
    assert sniff(content, content_type=content_type) is expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        # nothing at all
        (b"", "empty (0 bytes)"),
        # only whitespace
        (b" \n\t\r\n", "blank (only whitespace)"),
        # a PNG image, named by its magic number
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "binary file (PNG image)"),
        # a PDF document
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document)"),
        # unknown binary with NUL bytes
        (b"abc\x00\x01\x02def", "binary file (contains NUL bytes)"),
        # control characters without NULs
        (b"\x01\x02\x03\x04\x05 text \x06\x07\x08", "binary file (control characters)"),
    ],
)
def test_check_binary_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=rf"^in\.bin: {re.escape(reason)}"):
        check_binary(data, "in.bin")


@pytest.mark.parametrize(
    "data",
    [
        # ordinary UTF-8 text
        "Protesters in Montréal.\n".encode(),
        # UTF-16 with a BOM is full of NULs but is text
        "Protesters in Montréal.".encode("utf-16"),
        # one stray control character (a DOS end-of-file mark) in a long text
        b"Farmers marched on the capital. " * 10 + b"\x1a",
    ],
)
def test_check_binary_accepts_text(data: bytes) -> None:
    check_binary(data, "in.txt")


@pytest.mark.parametrize(
    ("data", "declared", "text"),
    [
        # UTF-8
        ("Iran’s rial — Montréal".encode(), None, "Iran’s rial — Montréal"),
        # UTF-8 with a BOM: the BOM is dropped
        ("\ufeffHello".encode(), None, "Hello"),
        # UTF-16 with a BOM
        ("Grève générale".encode("utf-16"), None, "Grève générale"),
        # Windows-1252 without any declaration: curly quotes and accents survive
        ("“Grève” à Montréal – 40 €".encode("cp1252"), None, "“Grève” à Montréal – 40 €"),
        # Latin-1 without a declaration
        ("Señora Müller".encode("latin-1"), None, "Señora Müller"),
        # a declared charset wins over the guess
        ("Привет".encode("koi8-r"), "koi8-r", "Привет"),
        # "iso-8859-1" declared, read as Windows-1252 like browsers do
        ("it’s".encode("cp1252"), "iso-8859-1", "it’s"),
        # a wrong declaration (UTF-8 declared, cp1252 bytes) falls back
        ("café".encode("cp1252"), "utf-8", "café"),
        # a wrong declaration the other way (cp1252 declared, UTF-8 bytes): valid UTF-8 wins
        ("Iran’s café".encode(), "windows-1252", "Iran’s café"),
        # an unknown declared charset is ignored
        (b"plain", "no-such-charset", "plain"),
        # bytes undefined in Windows-1252 fall back to Latin-1
        (b"Le caf\xe9 du port \x81", None, "Le café du port \x81"),
    ],
)
def test_decode(data: bytes, declared: str | None, text: str) -> None:
    assert decode(data, "in.txt", declared=declared) == text


@pytest.mark.parametrize(
    "junk",
    [
        # every high byte, including the five that Windows-1252 leaves undefined
        bytes(range(0x80, 0x100)) * 8,
        # random high bytes that Windows-1252 would happily map to letters
        random.Random(3).randbytes(4096).translate(bytes(0xA0 + b % 0x60 for b in range(256))),
    ],
)
def test_decode_refuses_junk(junk: bytes) -> None:
    with pytest.raises(ParseError, match=r"^junk\.txt: undecodable bytes"):
        decode(junk, "junk.txt")


def test_declared_charset_is_trusted_for_non_latin_text() -> None:
    # Cyrillic in KOI8-R is nearly all high bytes: the declaration, not the junk check, decides
    text = "Протестующие вышли на площадь в воскресенье"
    assert decode(text.encode("koi8-r"), "ru.txt", declared="koi8-r") == text


@pytest.mark.parametrize(
    ("data", "content_type", "charset"),
    [
        # from the HTTP header
        (b"<p>x</p>", "text/html; charset=ISO-8859-1", "ISO-8859-1"),
        # from an HTML meta tag
        (b'<html><head><meta charset="windows-1252"></head>', None, "windows-1252"),
        # from an http-equiv meta tag
        (b'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', None, "koi8-r"),
        # from the XML declaration of a feed
        (b'<?xml version="1.0" encoding="iso-8859-15"?><rss/>', None, "iso-8859-15"),
        # none declared
        (b"plain text", "text/plain", None),
    ],
)
def test_declared_charset(data: bytes, content_type: str | None, charset: str | None) -> None:
    assert declared_charset(data, content_type) == charset
