"""``unrest serve``: a thin layer that builds the app from settings and runs it (or one request)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from unrest.cli import cli
from unrest.web import SETTINGS, Settings


def test_get_through_the_app(sample_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(sample_db), "--get", "/api/incidents?country=NP&limit=2"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["ok"] is True and len(body["items"]) == 2


def test_get_error_exits_1(sample_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(sample_db), "--get", "/api/incidents/nope"])
    assert result.exit_code == 1
    assert json.loads(result.output)["error"] == "not_found"


def test_db_from_the_environment(sample_db):
    result = CliRunner().invoke(cli, ["serve", "--get", "/api"], env={"UNREST_DB": str(sample_db)})
    assert result.exit_code == 0 and json.loads(result.output)["counts"]["articles"] >= 7


def test_help_names_every_option():
    out = CliRunner().invoke(cli, ["serve", "--help"]).output
    for opt in ("--db", "--host", "--port", "--allow-private-urls", "--get", "UNREST_API_TOKEN"):
        assert opt in out
    assert "127.0.0.1" in out


def test_settings_from_the_environment():
    s = Settings.from_env({"UNREST_DB": "x.db", "UNREST_API_TOKEN": "t", "UNREST_ALLOW_PRIVATE_URLS": "yes",
                           "UNREST_MAX_LIMIT": "20"}, db="y.db")
    assert (s.db, s.api_token, s.allow_private_urls, s.max_limit) == ("y.db", "t", True, 20)
    assert Settings.from_env({}).api_token is None and Settings.from_env({}).allow_private_urls is False


def test_bad_setting_is_a_config_error():
    import pytest

    from unrest.errors import ConfigError

    with pytest.raises(ConfigError, match="UNREST_MAX_LIMIT"):
        Settings.from_env({"UNREST_MAX_LIMIT": "many"})


def test_every_setting_is_a_field():
    fields = set(Settings.__dataclass_fields__)
    assert {s.name for s in SETTINGS} <= fields
    assert all(s.env.startswith("UNREST_") and s.help for s in SETTINGS)
