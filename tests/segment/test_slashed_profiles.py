"""Free survey answers in italics without quotation marks, each closed by a slash and the
respondent's profile (segment/slashed_profiles.py), two answers run into one line by extraction
too. Look-alikes: a path or a list split by slashes, a reference, a single stray line, prose."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import StyleMap, split_lines
from corpus.segment.regions import load_gazetteer
from corpus.segment.slashed_profiles import slashed_answers, slashed_lines


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


SURVEY = [
    "Le questionnaire a été diffusé aux soignants des SSIAD du Jura ; voici une sélection de réponses libres.",
    "Q4. Qu'avez-vous appris pendant la crise ?",
    "À travailler avec les pharmacies, on s'appelait tous les jours pour les masques / infirmière, SSIAD, 8 ans d'ancienneté",
    "Que les familles pouvaient nous aider si on leur expliquait les gestes / aide-soignant, SSIAD de Dole",
    "Ces réponses soulignent le rôle des familles.",
]


def test_each_answer_is_a_verbatim_of_the_profile(gazetteer):
    text, segs = _segment(SURVEY, gazetteer, doc={"kind": "rapport"}, styles=line_styles(SURVEY, {2, 3}))
    s = _at(text, segs, "on s'appelait tous les jours")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "infirmier", "Bourgogne-Franche-Comté")
    assert "SSIAD, 8 ans" not in text[s.char_start:s.char_end]
    assert _at(text, segs, "si on leur expliquait les gestes").role == "autre_paramedical"
    for no_one in ("Qu'avez-vous appris", "Ces réponses soulignent", "voici une sélection"):
        assert _at(text, segs, no_one).kind not in ("verbatim", "turn")


def test_two_answers_run_into_one_line():
    # unseen: extraction joined two answers; a place tied to the profile by "de" stays in it
    line = ("Des masques à temps, on en manquait toujours / infirmière, CHU de Besançon Du repos, "
            "on a enchaîné les gardes tout le printemps / médecin, EHPAD")
    found = slashed_answers(line)
    assert [(line[a:b], p) for a, b, p in found] == [
        ("Des masques à temps, on en manquait toujours", "infirmière, CHU de Besançon"),
        ("Du repos, on a enchaîné les gardes tout le printemps", "médecin, EHPAD")]


@pytest.mark.parametrize("line", [
    "Accueil / Nos missions / Contact / Mentions légales du site de la CPTS",  # a path
    "La coordination des soins entre ville et hôpital en France / Durand, 2021",  # a reference
    "Les soignants déclarent un manque de temps / de personnel / de reconnaissance",  # a list
])
def test_look_alikes(line):
    assert slashed_answers(line) == []


def test_a_single_line_is_no_convention():
    lines = ["Résumé de l'enquête.", SURVEY[2], "Fin."]
    text = "\n".join(lines) + "\n"
    assert slashed_lines(split_lines(text), StyleMap(line_styles(lines, {1}))) == {}
    # the same two answers, not in italics: prose the author writes
    text = "\n".join(SURVEY) + "\n"
    assert slashed_lines(split_lines(text), StyleMap([])) == {}
    assert len(slashed_lines(split_lines(text), StyleMap(line_styles(SURVEY, {2, 3})))) == 2
