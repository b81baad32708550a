"""The store: idempotent writes, merged incidents, wire copies, reconciled figures, exports."""

from __future__ import annotations

import csv
import io
import json
import random

import pytest
from sqlalchemy import func, select

from unrest.export import write_export
from unrest.export.writers import CSV_COLUMNS
from unrest.models import Article
from unrest.nlp.pipeline import extract
from unrest.store.queries import IncidentFilter, claims_for, list_campaigns, list_incidents
from unrest.store.schema import article_urls, articles, events, figures


def records(*reports: tuple[str, str, str]):
    """(published, outlet, text) -> records, extracted once per test module call."""
    arts = [Article(text=text, published=pub, outlet=outlet) for pub, outlet, text in reports]
    return list(extract(arts))


POLICE = ("2024-06-27", "Coast Herald",
          "Police fired tear gas at hundreds of protesters in Nakuru on Tuesday. Police said three people "
          "were killed in Nakuru on Tuesday when officers opened fire on the crowd.")
RIGHTS = ("2024-06-27", "Rift Valley Times",
          "A rights group said five people were killed in Nakuru on Tuesday after police opened fire on "
          "demonstrators outside the county offices.")
TOTAL = ("2024-06-28", "Rift Valley Times",
         "Rights groups say at least 23 people have been killed across Kenya since the protests began.")


def count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_the_same_text_is_one_article_with_two_urls(fresh_store):
    (rec,) = records(POLICE)
    assert fresh_store.save_record(rec, url="https://a.example/1") is True
    assert fresh_store.save_record(rec, url="https://b.example/2") is False
    assert count(fresh_store, articles) == 1
    assert count(fresh_store, article_urls) == 2
    assert count(fresh_store, events) == len(rec.events)


def test_reports_of_one_shooting_merge_and_their_tolls_are_reconciled(fresh_store):
    for rec in records(POLICE, RIGHTS):
        fresh_store.save_record(rec)
    fresh_store.merge()
    with fresh_store.engine.connect() as conn:
        shootings = [i for i in list_incidents(conn, IncidentFilter(country="KE"))
                     if i["type"] == "ASSAULT" and "killed" in i["figures"]]
    assert len(shootings) == 1
    incident = shootings[0]
    assert incident["n_articles"] == 2 and incident["location"] == "Nakuru"
    killed = incident["figures"]["killed"]
    assert (killed["low"], killed["high"], killed["n_origins"], killed["disputed"]) == (3, 5, 2, True)


def test_a_running_total_belongs_to_the_campaign_not_an_incident(fresh_store):
    for rec in records(POLICE, TOTAL):
        fresh_store.save_record(rec)
    fresh_store.merge()
    with fresh_store.engine.connect() as conn:
        (campaign,) = list_campaigns(conn, "KE")
        assert campaign["figures"]["killed"]["best"] == 23
        assert all(c["incident_id"] is None for c in claims_for(conn, campaign["id"], "killed"))


PARTS = ("2024-06-27", "Coast Herald",
         "At least six people, including two police officers, were killed in Nakuru on Tuesday when "
         "protesters and police clashed outside the county offices.")
LATER_TOLL = ("2024-06-27", "Rift Valley Times",
              "Police fired on protesters in Nakuru on Tuesday.\n\n"
              "The Kenya Red Cross said its volunteers had treated 41 people.")
HOSPITAL = ("2024-06-27", "Coast Herald",
            "At least 30 people were injured when police fired on protesters in Nakuru on Tuesday, a hospital said.")


def test_a_part_named_beside_its_total_is_no_rival_count(fresh_store):
    # "two police officers" are among the six, not a second count of the dead
    for rec in records(PARTS):
        fresh_store.save_record(rec)
    fresh_store.merge()
    with fresh_store.engine.connect() as conn:
        (clash,) = [i for i in list_incidents(conn, IncidentFilter(country="KE")) if "killed" in i["figures"]]
    killed = clash["figures"]["killed"]
    assert (killed["low"], killed["high"], killed["n_claims"], killed["disputed"]) == (6, 6, 1, False)


def test_a_toll_further_down_counts_for_the_incident_in_the_lead(fresh_store):
    # the Red Cross's 41 names no place, but the report placed its shooting in Nakuru that day:
    # it is that incident's count, and disputes the hospital's 30
    for rec in records(LATER_TOLL, HOSPITAL):
        fresh_store.save_record(rec)
    fresh_store.merge()
    with fresh_store.engine.connect() as conn:
        hurt = [i for i in list_incidents(conn, IncidentFilter(country="KE")) if "injured" in i["figures"]]
    assert len(hurt) == 1 and hurt[0]["location"] == "Nakuru"
    injured = hurt[0]["figures"]["injured"]
    assert (injured["low"], injured["high"], injured["disputed"]) == (30, 41, True)


def test_wire_copies_are_one_origin(fresh_store):
    body = ("NAIROBI, June 26 (Meridian Wire) - Police said two people were killed in Kisumu on Wednesday "
            "when officers fired live rounds to disperse a crowd that had blocked the main highway. Traders "
            "shut their shops and the county commissioner ordered schools to close for the rest of the week. "
            "Opposition leaders called for fresh marches on Thursday and accused the government of ignoring "
            "the anger of young people over new taxes.")
    copies = [("2024-06-26", "Meridian Wire", body),
              ("2024-06-26", "Lake Basin Daily", body + "\n\nShare this article"),
              ("2024-06-27", "Coast Herald", body.rsplit(" Opposition", 1)[0] + " (Meridian Wire)")]
    for rec in records(*copies):
        fresh_store.save_record(rec)
    report = fresh_store.merge()
    assert report.copies == 2
    with fresh_store.engine.connect() as conn:
        origins = {r.origin for r in conn.execute(select(figures.c.origin).where(figures.c.category == "killed"))}
        originals = {r.copy_of for r in conn.execute(select(articles.c.copy_of)) if r.copy_of}
    assert origins == {"police"} and len(originals) == 1


def test_merge_does_not_depend_on_arrival_order(db_url, tmp_path):
    from unrest.store import Store

    recs = records(POLICE, RIGHTS, TOTAL)
    results = []
    for seed in (1, 2):
        url = db_url if seed == 1 else f"sqlite:///{tmp_path / 'other.db'}"
        store = Store.open(url)
        shuffled = recs[:]
        random.Random(seed).shuffle(shuffled)
        for rec in shuffled:
            store.save_record(rec)
        store.merge()
        with store.engine.connect() as conn:
            results.append(sorted((i["id"], i["n_articles"], json.dumps(i["figures"], sort_keys=True))
                                  for i in list_incidents(conn, limit=1000)))
        store.close()
    assert results[0] == results[1]


@pytest.fixture
def merged(fresh_store):
    for rec in records(POLICE, RIGHTS, TOTAL):
        fresh_store.save_record(rec)
    fresh_store.merge()
    return fresh_store


def export(store, fmt: str) -> str:
    out = io.StringIO()
    with store.engine.connect() as conn:
        write_export(conn, fmt, out)
    return out.getvalue()


def test_csv_has_the_acled_columns(merged):
    rows = list(csv.DictReader(io.StringIO(export(merged, "csv"))))
    assert rows and list(rows[0]) == CSV_COLUMNS
    shooting = next(r for r in rows if r["fatalities_best"])
    assert shooting["location"] == "Nakuru" and shooting["country"] == "KE"
    assert shooting["event_type"] in ("Violence against civilians", "Protests")


def test_geojson_is_a_feature_collection_of_points(merged):
    data = json.loads(export(merged, "geojson"))
    assert data["type"] == "FeatureCollection" and data["features"]
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        if feature["geometry"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_jsonl_uses_plover_field_names(merged):
    lines = [json.loads(line) for line in export(merged, "jsonl").splitlines()]
    assert lines and {"id", "date", "event", "mode", "context", "actor", "recipient", "location", "figures"} <= set(lines[0])


def test_jsonl_gives_the_state_an_actor_belongs_to(fresh_store):
    from unrest.services import extract_text

    fresh_store.save_record(extract_text("Russian troops shelled the town of Kupiansk on Monday.", published="2025-03-02"))
    fresh_store.merge()
    lines = [json.loads(line) for line in export(fresh_store, "jsonl").splitlines()]
    shelling = next(item for item in lines if item["event"] == "ASSAULT")
    assert shelling["actor_country"] == "RU"
