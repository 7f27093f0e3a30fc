"""Page furniture: what a page number looks like, running lines compared with their digits folded."""

from __future__ import annotations

import pytest

from corpus.extract import furniture


@pytest.mark.parametrize("text", ["12", "264", "1/5", "3 / 22", "- 4 -", "xii", "Page 7", "7 sur 22"])
def test_page_numbers(text):
    assert furniture.is_page_number(text)


@pytest.mark.parametrize("text", ["17 t", "En 2019-2023", "Annexe 7", "P12", "N°"])
def test_not_page_numbers(text):
    assert not furniture.is_page_number(text)


def test_repetition_key_folds_digits():
    assert furniture.repetition_key("AEF info — Dépêche n°649867 ") == furniture.repetition_key("aef info — dépêche n°1")
