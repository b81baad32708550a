import pytest

from unrest.geo.fold import fold, is_latin


@pytest.mark.parametrize(
    "text, key",
    [
        ("Īlām", "ilam"),  # macrons go
        ("Deir ez-Zor", "deir ez zor"),  # hyphens separate words
        ("Karbalā’", "karbala"),  # transliteration marks vanish
        ("Murang'a", "muranga"),  # so do apostrophes
        ("U.S.", "u s"),  # dots separate
        ("Łódź", "lodz"),  # letters NFKD cannot split
        ("  São   Paulo ", "sao paulo"),  # spaces collapse
    ],
)
def test_fold(text, key):
    assert fold(text) == key


@pytest.mark.parametrize(
    "key, latin",
    [
        ("tehran", True),
        ("تهران", False),  # other scripts are not indexed
        ("123", False),  # no letters
    ],
)
def test_is_latin(key, latin):
    assert is_latin(key) is latin
