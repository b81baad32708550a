"""read_inputs over files, directories and stdin: every bad input gives one clear error."""

from __future__ import annotations

import io
import random
import shutil
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from unrest.errors import InputError, ParseError
from unrest.ingest import read_inputs
from unrest.models import Article

SEED_DIR = Path("/work/shared/seed")
PARA = "Teachers in the invented province of Vestria began an open-ended strike on Monday, their union said."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Vestria Wire</title>'
    f"<item><title>Strike</title><description>{PARA}</description></item></channel></rss>"
).encode()


def _results(path: Path, **kwargs: int) -> list[Article | InputError]:
    return list(read_inputs([str(path)], **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        # UTF-8 plain text
        ("report.txt", PARA.encode(), PARA),
        # Windows-1252 text (curly quotes, accents) is decoded, not refused
        (
            "cp1252.txt",
            "“Grève” in Vestria – teachers’ strike".encode("cp1252"),
            "“Grève” in Vestria – teachers’ strike",
        ),
        # Latin-1 text
        (
            "latin1.txt",
            "Señora Müller said the strike would go on.".encode("latin-1"),
            "Señora Müller said the strike would go on.",
        ),
        # mojibake (UTF-8 once read as cp1252 and saved again) is repaired
        ("mojibake.txt", "The unionâ€™s leader said â€œnoâ€\x9d.".encode(), "The union’s leader said “no”."),
        # UTF-16 with a BOM
        ("utf16.txt", PARA.encode("utf-16"), PARA),
        # CRLF line ends
        ("crlf.txt", f"{PARA}\r\n\r\n{PARA}\r\n".encode(), f"{PARA}\n\n{PARA}"),
        # HTML saved with a .txt extension is read as HTML
        ("page.txt", f"<html><body><article><p>{PARA}</p></article></body></html>".encode(), PARA),
        # plain text saved with an .html extension is read as text
        ("plain.html", PARA.encode(), PARA),
        # a feed saved with a .txt extension is read as a feed
        ("feed.txt", FEED, PARA),
    ],
)
def test_readable_files(tmp_path: Path, name: str, data: bytes, text: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (article,) = _results(path)
    assert isinstance(article, Article), article
    assert article.text == text
    assert article.origin in (str(path), f"{path}#1")


@pytest.mark.parametrize(
    ("name", "data", "error", "reason"),
    [
        # an empty file
        ("empty.txt", b"", ParseError, "empty (0 bytes)"),
        # whitespace only
        ("blank.txt", b"  \n\n\t \r\n", ParseError, "blank (only whitespace)"),
        # a PNG image with a .txt name
        ("image.txt", PNG, ParseError, "binary file (PNG image)"),
        # random bytes (with NULs)
        ("random.bin", random.Random(7).randbytes(4096), ParseError, "binary file"),
        # high bytes only: neither UTF-8 nor any Western text
        ("junk.txt", bytes(range(0x80, 0x100)) * 16, ParseError, "undecodable bytes"),
        # only boilerplate and a date header
        (
            "banner.txt",
            b"date 2025-01-01 NEW You can now listen to X articles!\n\nShare this article\n",
            ParseError,
            "no text after the date header",
        ),
        # an HTML page with no text
        (
            "shell.html",
            b"<!DOCTYPE html><html><head><script>app()</script></head><body></body></html>",
            ParseError,
            "no article text found in the HTML page",
        ),
        # XML that is a broken feed
        ("broken.xml", b'<?xml version="1.0"?><rss><channel><title>x</ti', ParseError, "not a usable feed"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, error: type, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = _results(path)
    assert type(result) is error
    assert str(result).startswith(f"{path}: {reason}")
    assert "\n" not in str(result)


def test_missing_path(tmp_path: Path) -> None:
    (error,) = _results(tmp_path / "nope.txt")
    assert type(error) is InputError
    assert str(error) == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = (PARA + "\n").encode()
    with path.open("wb") as handle:
        for _ in range(50_000_000 // (len(line) * 1000) + 1):
            handle.write(line * 1000)  # ~50 MB of real text, written in ~100 KB slices
    tracemalloc.start()
    try:
        (error,) = _results(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert type(error) is InputError
    assert "over the limit of 10,000,000 (max_bytes)" in str(error)
    assert peak < 1_000_000  # refused from its size; the body never reached memory


def test_max_bytes_is_configurable(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(PARA)
    (error,) = _results(path, max_bytes=50)
    assert str(error) == f"{path}: file is {len(PARA)} bytes, over the limit of 50 (max_bytes)"


def test_directory_with_good_and_bad_files(tmp_path: Path, fixtures_dir: Path) -> None:
    (tmp_path / "b_report.txt").write_text(PARA)
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "c_photo.png").write_bytes(PNG)
    (tmp_path / ".hidden.txt").write_text(PARA)  # hidden: skipped
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "notes.txt").write_text(PARA)  # inside a hidden folder: skipped
    (tmp_path / "sub").mkdir()
    shutil.copy(fixtures_dir / "feed.xml", tmp_path / "sub" / "feed.xml")
    (tmp_path / "sub" / "page.html").write_text(f"<html><body><p>{PARA}</p></body></html>")
    results = _results(tmp_path)
    got = [(type(r).__name__, (r.origin if isinstance(r, Article) else r.source)) for r in results]
    assert got == [
        ("ParseError", str(tmp_path / "a_empty.txt")),
        ("Article", str(tmp_path / "b_report.txt")),
        ("ParseError", str(tmp_path / "c_photo.png")),
        ("Article", f"{tmp_path / 'sub' / 'feed.xml'}#1"),
        ("ParseError", f"{tmp_path / 'sub' / 'feed.xml'}#2"),
        ("Article", f"{tmp_path / 'sub' / 'feed.xml'}#3"),
        ("Article", str(tmp_path / "sub" / "page.html")),
    ]


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / ".only_hidden").write_text(PARA)
    (error,) = _results(tmp_path)
    assert type(error) is InputError
    assert str(error) == f"{tmp_path}: directory has no files to read (hidden files are skipped)"


def test_stored_fixtures_directory(fixtures_dir: Path) -> None:
    results = list(read_inputs([str(fixtures_dir)]))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert len(articles) == 6  # atom 1, broken page 1, feed 2, page 1, report 1
    assert sorted(e.source.rsplit("/", 1)[-1] for e in errors) == ["feed.xml#2", "no_text.html"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # plain text with a date header
        (f"date 2025-05-05\n{PARA}".encode(), ("Article", PARA)),
        # an HTML page
        (f"<html><body><p>{PARA}</p></body></html>".encode(), ("Article", PARA)),
        # a feed
        (FEED, ("Article", PARA)),
        # nothing
        (b"", ("ParseError", "<stdin>: empty (0 bytes)")),
        # over the limit
        (b"x" * 2000, ("InputError", "<stdin>: input is over the limit of 1,000 bytes (max_bytes)")),
    ],
)
def test_stdin(data: bytes, expected: tuple[str, str]) -> None:
    (result,) = read_inputs(["-"], stdin=io.BytesIO(data), max_bytes=1000)
    assert type(result).__name__ == expected[0]
    assert (result.text if isinstance(result, Article) else str(result)) == expected[1]
    if isinstance(result, Article):
        assert result.origin in ("<stdin>", "<stdin>#1")


def test_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PARA)
    inputs = [str(tmp_path / "missing.txt"), "", str(good), "-"]
    results = list(read_inputs(inputs, stdin=io.BytesIO(b"")))
    assert [type(r).__name__ for r in results] == ["InputError", "InputError", "Article", "ParseError"]


@pytest.mark.parametrize(
    "wrap",
    [
        # a lone string is one input, not one input per character
        str,
        # a lone Path
        lambda p: p,
        # a list of Paths
        lambda p: [p],
    ],
)
def test_paths_and_lone_inputs(tmp_path: Path, wrap: Callable[[Path], object]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PARA)
    (article,) = read_inputs(wrap(good))  # type: ignore[arg-type]
    assert isinstance(article, Article) and article.origin == str(good)


@pytest.mark.skipif(not SEED_DIR.is_dir(), reason="shared seed reports not mounted")
def test_seed_report() -> None:
    (path,) = sorted(SEED_DIR.glob("*.txt"))[:1]
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article)
    assert article.published == "2026-01-08"
    assert "You can now listen" not in article.text
    assert "contributed to this report" not in article.text
    assert "date 2026" not in article.text
    # the report itself is intact: as many paragraphs as the file has between its header and credit
    raw = [p for p in path.read_text().split("\n\n") if p.strip()]
    assert article.text.count("\n\n") + 1 == len(raw) - 2
