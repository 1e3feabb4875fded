"""The region data (codes, membership) and recognising regions in text."""

from __future__ import annotations

from collections import Counter

import pytest

from pipeline.regions import find_regions, memberships, parse_membership, parse_regions, region_columns, regions


def test_provinces_and_veiligheidsregios_have_their_cbs_codes():
    codes = {r.code: r.name for r in regions() if r.code}
    assert codes["PV20"] == "Groningen" and codes["PV31"] == "Limburg"
    assert sum(1 for r in regions() if r.kind == "province") == 12
    assert sum(1 for r in regions() if r.kind == "veiligheidsregio") == 25
    assert codes["VR05"] == "Twente" and codes["VR25"] == "Flevoland"


def test_every_current_municipality_has_a_province():
    members = memberships()
    assert len(members) == 342
    assert all(m.province_code for m in members.values())
    assert Counter(m.province_code for m in members.values())["PV31"] == 31


def test_veiligheidsregio_membership_is_only_what_was_checked():
    counts = Counter(m.veiligheidsregio_code for m in memberships().values())
    assert counts["VR05"] == 14 and counts["VR04"] == 11
    assert counts["VR23"] == 15 and counts["VR24"] == 16
    assert counts["VR25"] == 6 and counts[None] == 342 - 140
    assert memberships()["GM0153"].veiligheidsregio_code == "VR05"  # Enschede: Twente


def test_region_columns_of_a_historic_municipality_give_its_province_at_the_time():
    assert region_columns("GM0003") == {"province_code": "PV20", "veiligheidsregio_code": None,
                                        "ggd_region_code": None}
    assert region_columns("GM0518")["province_code"] == "PV28"


@pytest.mark.parametrize("text, expected", [
    ("De provincie Utrecht betaalt mee.", [("provincie Utrecht", "PV26", "province")]),
    ("in Gelderland en Noord-Brabant", [("Gelderland", "PV25", "province"), ("Noord-Brabant", "PV30", "province")]),
    ("Veiligheidsregio Zuid-Limburg", [("Veiligheidsregio Zuid-Limburg", "VR24", "veiligheidsregio")]),
    ("de GGD Hart voor Brabant", [("GGD Hart voor Brabant", None, "ggd_region")]),
    ("Utrecht en Groningen", []),               # municipality names, not provinces
    ("in Zuid-Limburg en Brabantse steden", []),  # a part of a province, an adjective
])
def test_find_regions(text, expected):
    found = [(text[m.start:m.end], m.region.code, m.region.kind) for m in find_regions(text)]
    assert found == expected


def test_loader_rejects_bad_rows():
    with pytest.raises(ValueError):
        parse_regions("code,name,kind,aliases\nPV99x,X,province,\n")
    with pytest.raises(ValueError):
        parse_regions("code,name,kind,aliases\nPV20,X,county,\n")
    good = parse_regions("code,name,kind,aliases\nPV20,Groningen,province,\n")
    with pytest.raises(ValueError):
        parse_membership("code,name,province_code,veiligheidsregio_code,ggd_region_code\nGM0014,G,PV20,PV20,\n", good)
