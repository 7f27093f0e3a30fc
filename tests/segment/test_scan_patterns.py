"""The role rules compiled for scanning, and names found by their literal first: the same matches
as the patterns written in the language data, on the bundled texts."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS_DIR

from corpus.segment import conventions as cv
from corpus.segment.roles import ROLE_RULES
from corpus.segment.scan_patterns import (
    boundary_after_first_letter,
    standalone_mentions,
    top_level_alternatives,
)
from corpus.text import fold

DOCS = ("gautier2019", "perelli2022", "fournier2021", "sfsp2023", "aef2021")


@pytest.fixture(scope="module")
def folded_texts() -> dict[str, str]:
    return {d: fold((CORPUS_DIR / "text" / f"{d}.txt").read_text(encoding="utf-8")) for d in DOCS}


def test_a_leading_boundary_moves_behind_its_letter():
    assert boundary_after_first_letter(r"\bcpam\b|assurance maladie|\bdd\s?\d") == \
        r"c(?<!\wc)pam\b|assurance maladie|d(?<!\wd)d\s?\d"


def test_a_leading_lookbehind_takes_the_letter_with_it():
    assert boundary_after_first_letter(r"(?<!cadre )(?<!cadres )\binfirmi|(?<!medecin[- ])capitaine") == \
        r"i(?<!cadre i)(?<!cadres i)(?<!\wi)nfirmi|c(?<!medecin[- ]c)apitaine"


def test_alternatives_it_cannot_move_are_left_as_written():
    # a letter that may be absent, a group, an anchor, a lookbehind holding a group, a letter alone
    for pattern in (r"\bs?oins", r"\b(?:chef|cheffe)", r"^as\s", r"(?<!(?:la|le) )\bmaire", "maire"):
        assert boundary_after_first_letter(pattern) == pattern


def test_bars_inside_groups_and_classes_are_not_alternatives():
    assert top_level_alternatives(r"a(?:b|c)|[|]d|\|e") == ["a(?:b|c)", "[|]d", r"\|e"]
    assert boundary_after_first_letter(r"\bmaires?\b(?!.*(?:adjoint|conseil))|[]|]x") == \
        r"m(?<!\wm)aires?\b(?!.*(?:adjoint|conseil))|[]|]x"


def test_the_rewritten_rules_find_what_the_written_ones_find(folded_texts):
    rules = cv.language_data()["roles"]
    assert len(rules) == len(ROLE_RULES)
    moved = 0
    for rule, (role, compiled, _tier) in zip(rules, ROLE_RULES):
        written = re.compile("|".join(rule["patterns"]))
        assert role == rule["role"]
        moved += compiled.pattern != written.pattern
        for doc, text in folded_texts.items():
            assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in written.finditer(text)], (role, doc)
    assert moved >= 20  # the rules do open on word boundaries: the rewrite is not idle


def test_a_word_boundary_at_the_text_start_and_after_punctuation():
    compiled = re.compile(boundary_after_first_letter(r"\bars\b|\bch\b"))
    text = "ars de bretagne; les gars; (ch) et chu-ch"
    assert [m.group() for m in compiled.finditer(text)] == ["ars", "ch", "ch"]
    assert [m.start() for m in compiled.finditer(text)] == [0, 28, 39]


@pytest.mark.parametrize("name", ["Marie", "Dr Martin", "MG3", "Pierre", "Saint-Jean"])
def test_standalone_mentions_are_the_lookbehind_matches(name):
    text = (CORPUS_DIR / "text" / "gautier2019.txt").read_text(encoding="utf-8")
    text += "\nJean-Marie et Marie-Anne, Marie. Marie-Marie Marie, MG3-B, MG31, MG3 ; Pierre_ Pierre."
    expected = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    assert [m.span() for m in standalone_mentions(name, text)] == expected
    if name in ("Marie", "MG3"):
        assert expected  # the appended line names them on their own


def test_a_mention_after_a_rejected_one_in_the_same_word_is_found():
    # "aa" inside "baaa" is rejected at 1, then the search resumes at 2 (as finditer would)
    text = "baaa aa"
    assert [m.span() for m in standalone_mentions("aa", text, tail="")] == \
        [m.span() for m in re.finditer(r"(?<![\w-])aa", text)] == [(5, 7)]
