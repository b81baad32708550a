"""The web app's settings: one frozen object, read from the environment by :meth:`Settings.from_env`
or built directly (tests do), and handed to :func:`unrest.web.create_app`. Nothing is global."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import httpx

from unrest.errors import ConfigError

VOICES = ("auto", "piper", "espeak")


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: Any
    help: str


SETTINGS = (
    Setting("db", "UNREST_DB", "unrest.db", "The store: a SQLite path or a SQLAlchemy URL."),
    Setting("api_token", "UNREST_API_TOKEN", None,
            "Token that write endpoints require (Authorization: Bearer ...). Unset: writes are refused."),
    Setting("allow_private_urls", "UNREST_ALLOW_PRIVATE_URLS", False,
            "Let POST /api/articles fetch private, loopback and link-local addresses (off by default)."),
    Setting("max_bytes", "UNREST_MAX_BYTES", 10_000_000, "Largest article body or fetched page accepted."),
    Setting("fetch_timeout", "UNREST_FETCH_TIMEOUT", 20.0, "Seconds before a fetched URL gives up."),
    Setting("max_limit", "UNREST_MAX_LIMIT", 500, "Largest page size a list endpoint returns."),
    Setting("cache_entries", "UNREST_CACHE_ENTRIES", 512,
            "Answers of GET /api kept in memory while the store is unchanged (0: no cache)."),
    Setting("voice", "UNREST_VOICE", "auto",
            "Voice of the Listen button: auto (piper with the packaged voice, else espeak-ng), piper or espeak."),
    Setting("audio_cache_bytes", "UNREST_AUDIO_CACHE_BYTES", 200_000_000,
            "Narrations (audio and sentence timings) kept in memory, so a second Listen is not read again."),
    Setting("max_narration_chars", "UNREST_MAX_NARRATION_CHARS", 60_000,
            "Longest text (in characters) the server reads aloud; longer reports and briefings are refused."),
)


@dataclass(frozen=True)
class Settings:
    """Everything the app needs to know; see ``SETTINGS`` for each field's variable and meaning."""

    db: str = "unrest.db"
    api_token: str | None = None
    allow_private_urls: bool = False
    max_bytes: int = 10_000_000
    fetch_timeout: float = 20.0
    max_limit: int = 500
    cache_entries: int = 512
    voice: str = "auto"
    audio_cache_bytes: int = 200_000_000
    max_narration_chars: int = 60_000
    # tests only: the transport URL fetches go through (an httpx.MockTransport); never from the env
    fetch_transport: httpx.BaseTransport | None = field(default=None, repr=False, compare=False)
    # tests only: the voice object that narrates (e.g. a fast espeak-ng); never from the env
    narrator: Any = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.voice not in VOICES:
            raise ConfigError(f"voice {self.voice!r}: choose one of {', '.join(VOICES)}")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from ``UNREST_*`` variables; keyword arguments (the CLI's options) win."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for s in SETTINGS:
            raw = env.get(s.env)
            if raw is None or raw == "":
                continue
            values[s.name] = _parse(s, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def _parse(setting: Setting, raw: str) -> Any:
    try:
        if isinstance(setting.default, bool):
            low = raw.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
        if isinstance(setting.default, int):
            return int(raw)
        if isinstance(setting.default, float):
            return float(raw)
        return raw
    except ValueError as exc:
        raise ConfigError(f"{setting.env}={raw!r} is not a valid value ({setting.help})") from exc
