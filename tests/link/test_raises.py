"""A municipality that raises or lowers what it pays or charges (pipeline.link.raises)."""

from __future__ import annotations


def test_the_old_and_the_new_sum_a_municipality_sets(links_of):
    assert links_of("Zwolle verhoogt de vergoeding voor stembureauleden van € 160 naar € 225.\n") == [
        ("€ 160", "GM0193"), ("€ 225", "GM0193")]


def test_the_new_sum_alone_and_the_amount_that_opens_with_its_path(links_of):
    assert links_of("De gemeente Zwolle verlaagt het tarief met 10 procent, tot € 95 per uur.\n") == [
        ("tot € 95 per uur", "GM0193")]


def test_a_sum_in_the_sentence_off_the_path_is_not_the_raise(links_of):
    # The € 40.000 is what the raise costs in all, not a rate on the path.
    assert links_of("Zwolle verhoogt de vergoeding, wat in totaal € 40.000 kost.\n")[0][1] is None


def test_the_sums_of_a_raise_told_in_a_subordinate_clause(links_of):
    text = "De voorzitter meldt dat de gemeente Zwolle de bijdrage voor 2027 verlaagt met € 8.000 tot € 96.500.\n"
    assert links_of(text) == [("€ 8.000", "GM0193"), ("€ 96.500", "GM0193")]
    # Near miss: another subject raises it; the municipality is only where.
    text = "De voorzitter meldt dat de stichting in Zwolle de huur verhoogt met € 800 tot € 9.600.\n"
    assert [code for _, code in links_of(text)] == [None, None]
