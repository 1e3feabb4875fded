"""Region mentions become rows of regions.parquet with provenance."""

from __future__ import annotations

from pipeline.process import process_text


def test_regions_are_kept_with_their_code_and_offsets():
    text = "De provincie Utrecht en de Veiligheidsregio Twente ontvangen samen € 10.000 van het Rijk."
    result = process_text(text)
    rows = [(r.text, r.code, r.kind, r.rule) for r in result.regions]
    assert rows == [("provincie Utrecht", "PV26", "province", "province_prefix"),
                    ("Veiligheidsregio Twente", "VR05", "veiligheidsregio", "veiligheidsregio_prefix")]
    for region in result.regions:
        assert text[region.char_start:region.char_end] == region.text
        assert region.context.startswith("De provincie Utrecht")
    # The province is not read as the municipality Utrecht.
    assert "GM0344" not in {m.code for m in result.municipalities}
