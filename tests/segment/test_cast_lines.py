"""A generic label's cast line (segment/cast_lines.py): a guest presented once in a line shaped
like a turn ("Invitée : Dr …, médecin généraliste à Ajaccio, …"), the guest's turns then
labelled with the generic word alone; look-alikes: a first turn that says something, a label
that is a code or a name, a label with one turn, a presentation with no profession."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.cast_lines import cast_line, is_generic_label
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


PHONE_IN = [
    "Annexe 3 – Émission « La santé en questions », radio locale, 4 février 2023 (transcription)",
    "Invité : Dr Jean-Baptiste Orsini, médecin généraliste à Bastia, président de la CPTS du Cap.",
    "Animatrice : Bonjour docteur. La CPTS, c'est pour les soignants ou pour les patients ?",
    "Invité : D'abord pour les patients. Quand quelqu'un sort de l'hôpital le vendredi, il faut que le lundi on passe le voir.",
    "Animatrice : Un auditeur nous appelle. Vous êtes pharmacien, Paul ?",
    "Invité : Je vous réponds tout de suite : le numéro est sur le site de la CPTS.",
    "Animatrice : Merci docteur.",
]


def test_the_cast_line_names_every_turn_of_its_label(gaz):
    text, segs = _segment(PHONE_IN, gaz)
    for snippet in ("D'abord pour les patients", "Je vous réponds tout de suite"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == (
            "turn", "Dr Jean-Baptiste Orsini", "medecin_generaliste", "Corse"), snippet


def test_a_first_turn_that_says_something_is_no_cast_line(gaz):
    lines = [PHONE_IN[0]] + PHONE_IN[2:]  # the guest never presented
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "D'abord pour les patients")
    assert s.speaker == "Invité" and s.role == "inconnu"


@pytest.mark.parametrize("words", [
    "Bonjour, merci de me recevoir.",  # a greeting
    "Marie, vous êtes pharmacienne ?",  # a question to someone
    "Jean Dupont, 54 ans, Bastia.",  # no profession
    "Oui, Dr Orsini, médecin généraliste, l'a dit : il faut un numéro unique pour toute la vallée.",  # words
])
def test_turns_that_are_not_presentations(words):
    assert cast_line(f"Invité : {words}", "Invité") is None


def test_only_generic_word_labels_are_named():
    assert is_generic_label("Invitée") and is_generic_label("Intervenant") and is_generic_label("Auditrice")
    assert not is_generic_label("P3") and not is_generic_label("Dr Célestine") and not is_generic_label("Marie Dupont")
    assert cast_line("Invitée : Dr Marie-Laure Paoli, médecin généraliste à Ajaccio.", "Invitée") == (
        "Dr Marie-Laure Paoli", "médecin généraliste à Ajaccio")


MORNING = [
    "L'invité de 8 h 10 – transcription",
    "JOURNALISTE — Bonjour, notre invité ce matin est le docteur Marc Lefebvre, pédiatre à Arras, dans le Pas-de-Calais. Les gardes du week-end vont être réorganisées. Pourquoi vous inquiétez-vous ?",
    "INVITÉ — Parce que les parents viennent déjà de trente kilomètres le dimanche. Si la garde ferme, ils iront aux urgences.",
    "JOURNALISTE — Et les médecins généralistes du secteur ?",
    "INVITÉ — Ils font ce qu'ils peuvent, mais ils sont quatre pour tout le canton.",
]


def test_a_guest_label_takes_the_name_and_profession_the_host_presents(gaz):
    text, segs = _segment(MORNING, gaz)
    for snippet in ("les parents viennent déjà de trente kilomètres", "Ils font ce qu'ils peuvent"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Marc Lefebvre", "medecin_specialiste", "Hauts-de-France")


def test_a_guest_label_stays_when_the_host_presents_no_one():
    from corpus.segment.cast_lines import presented_guest

    assert presented_guest(["Bonjour, notre invité ce matin est très attendu, vous êtes pédiatre ?"]) is None
    # two people presented: whose label is whose is not said
    assert presented_guest(["Notre invitée est la docteure Anne Roux, pédiatre à Arras.",
                            "Notre invité est le docteur Paul Simon, médecin généraliste à Lens."]) is None
    assert presented_guest(["Notre invitée est la docteure Anne Roux, pédiatre à Arras."]) == ("Anne Roux", "pédiatre à Arras")
