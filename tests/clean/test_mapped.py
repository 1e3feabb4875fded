"""The text-with-offsets helper: builders keep one raw offset per character."""

from __future__ import annotations

import pytest

from pipeline.clean.mapped import MappedText, TextBuilder, translate


def test_identity_maps_each_character_to_itself_and_the_end():
    text = MappedText.identity("abc")
    assert text.offsets == (0, 1, 2, 3)


def test_offsets_must_cover_text_and_end():
    with pytest.raises(ValueError):
        MappedText("abc", (0, 1, 2))


def test_builder_copies_substitutes_and_inserts():
    source = MappedText.identity("ab\ncd")
    builder = TextBuilder(source)
    builder.copy(0, 2)
    builder.substitute(2, " ")
    builder.copy(3, 5)
    builder.insert("!", 5)
    out = builder.build()
    assert out.text == "ab cd!"
    assert out.offsets == (0, 1, 2, 3, 4, 5, 5)


def test_builder_over_a_mapped_text_keeps_the_first_raw_offsets():
    first = translate(MappedText.identity("x\ufb01y"), {"\ufb01": "fi"})
    builder = TextBuilder(first)
    builder.copy(1, 4)
    out = builder.build()
    assert out.text == "fiy"
    assert out.offsets[:3] == (1, 1, 2)


def test_moved_text_keeps_its_offsets():
    source = MappedText.identity("body LABEL")
    builder = TextBuilder(source)
    builder.copy(0, 4)
    builder.insert("\n", source.offsets[5])
    builder.copy(5, 10)
    out = builder.build()
    assert out.text == "body\nLABEL"
    assert [source.text[o] for o in out.offsets[5:10]] == list("LABEL")


@pytest.mark.parametrize(("text", "table", "expected"), [
    ("a\u00a0b", {"\u00a0": " "}, "a b"),
    ("o\ufb03ce", {"\ufb03": "ffi"}, "offi" + "ce"),
    ("a\u200bb", {"\u200b": ""}, "ab"),
    ("zonder", {"\u00a0": " "}, "zonder"),
])
def test_translate(text, table, expected):
    out = translate(MappedText.identity(text), table)
    assert out.text == expected
    assert len(out.offsets) == len(out.text) + 1


def test_translate_returns_the_same_object_when_nothing_changes():
    text = MappedText.identity("niets te doen")
    assert translate(text, {"\u00a0": " "}) is text


def test_lines_gives_every_line_without_its_break():
    text = MappedText.identity("een\n\ntwee\n")
    assert [text.text[a:b] for a, b in text.lines()] == ["een", "", "twee", ""]
