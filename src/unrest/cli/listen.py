"""``unrest listen``: a report or a briefing read aloud, offline, with per-sentence WebVTT timings."""

from __future__ import annotations

from pathlib import Path

import click

from unrest.cli._options import db_option, open_store
from unrest.cli.brief import brief_filter_options


@click.command("listen")
@click.argument("source", required=False, metavar="[ARTICLE_ID|PATH]")
@click.option("--brief", "as_brief", is_flag=True, help="Narrate a briefing (with the filters below) instead.")
@db_option
@brief_filter_options
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Audio file: .wav, .ogg or .mp3; the WebVTT timings go beside it (.vtt).")
@click.option("--voice", type=click.Choice(["auto", "piper", "espeak"]), default=None,
              help="auto (default, also $UNREST_VOICE): the packaged neural voice, else espeak-ng.")
@click.option("--text", "show_text", is_flag=True, help="Print the speakable text and stop (no audio).")
def listen_command(source: str | None, as_brief: bool, db: str, country: str | None, province: str | None,
                   since: str | None, until: str | None, output: Path | None, voice: str | None,
                   show_text: bool) -> None:
    """Narrate a stored article (by id or unique id prefix), a file, or a briefing.

    \b
    unrest listen 66cd2c9061f28d28 -o report.mp3
    unrest listen samples/zimbabwe_fuel_stayaway.txt -o zimbabwe.ogg
    unrest listen --brief --country MZ -o mozambique.mp3      (also writes mozambique.vtt)
    """
    from unrest.speech import FORMATS, SpeechError, narrate, speakable, split_sentences

    if as_brief == bool(source):
        raise click.UsageError("give an ARTICLE_ID or a PATH, or --brief")
    text = _briefing_text(db, country, province, since, until) if as_brief else _source_text(source, db)  # type: ignore[arg-type]
    if show_text:
        for sentence in split_sentences(text):
            click.echo(speakable(sentence.text))
        return
    if output is None:
        raise click.UsageError("add -o FILE.wav, FILE.ogg or FILE.mp3")
    fmt = output.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise click.UsageError(f"-o must end in {', '.join('.' + f for f in FORMATS)}")
    try:
        narration = narrate(text, format=fmt, voice=voice)
    except SpeechError as exc:
        raise click.ClickException(str(exc)) from exc
    audio, vtt = narration.save(output)
    minutes, seconds = divmod(round(narration.duration), 60)
    click.echo(f"wrote {audio} ({minutes}:{seconds:02d}, {narration.voice} voice, {len(narration.cues)} sentences, "
               f"real-time factor {narration.real_time_factor:.3f}) and {vtt}", err=True)


def _briefing_text(db: str, country: str | None, province: str | None, since: str | None, until: str | None) -> str:
    from unrest.brief import BriefFilter, briefing_script, make_briefing

    store = open_store(db)
    try:  # hearing a briefing does not count as making one: the next written briefing compares as before
        return briefing_script(make_briefing(store, BriefFilter(country, province, since, until), record=False))
    finally:
        store.close()


def _source_text(source: str, db: str) -> str:
    from unrest.speech import article_text, stored_article_text

    path = Path(source)
    if path.exists():
        from unrest.errors import InputError
        from unrest.ingest import read_inputs

        for item in read_inputs([path]):
            if isinstance(item, InputError):
                raise click.ClickException(str(item))
            return article_text(item.title, item.text)  # the first article of a feed or folder
        raise click.ClickException(f"{source}: no article found")
    store = open_store(db)
    try:
        return stored_article_text(store, source)
    except LookupError as exc:
        raise click.ClickException(f"{exc.args[0]} (and no such file)") from exc
    finally:
        store.close()
