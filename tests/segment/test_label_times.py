"""Times written after a speaker's label (segment/label_times.py): "Dr Célestine (0'19'') :",
"Journaliste (1’47”) :", "Marc (2 min 10) :" are timed labels, not a name and a role in
parentheses; look-alikes: "Julie (IDE) :" keeps its role, a race report's "Résultats (1'30'') :"
heard once stays prose."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment import conventions as cv
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


RADIO = [
    "Annexe 3 – Transcription de l'émission « Midi santé » du 4 mars 2022",
    "Journaliste (0'04'') : Bonjour. Nous recevons le docteur Hoarau, médecin généraliste à Saint-Pierre. "
    "Docteur, à quoi sert la CPTS ?",
    "Dr Hoarau (0'21'') : À trouver un médecin quand le vôtre est absent. On a monté un planning entre nos cabinets.",
    "Journaliste (1’47”) : Et pour les patients sans médecin traitant, qu'est-ce qui change ?",
    "Dr Hoarau (1’58”) : On les reçoit le jour même, je vous assure que ça a tout changé chez nous.",
    "Journaliste (2 min 40) : Merci docteur, à la semaine prochaine.",
]


def test_a_time_in_apostrophes_after_the_label_is_not_part_of_it(gazetteer):
    text, segs = _segment(RADIO, gazetteer)
    first = _at(text, segs, "À trouver un médecin")
    assert (first.kind, first.speaker) == ("turn", "Dr Hoarau")
    assert _at(text, segs, "On les reçoit le jour même").speaker == "Dr Hoarau"
    assert _at(text, segs, "Et pour les patients sans médecin").kind == "moderator"
    assert _at(text, segs, "Merci docteur").kind == "moderator"


@pytest.mark.parametrize("label, name, role", [("Julie (IDE)", "Julie", "IDE"), ("E3 (IDEL)", "E3", "IDEL")])
def test_a_role_in_parentheses_is_still_a_role(label, name, role):
    m = cv.NAMED_ROLE.match(label)
    assert m and (m.group("name"), m.group("role")) == (name, role)


@pytest.mark.parametrize("label", ["Journaliste (0'04'')", "Rosine (1’55”)", "Marc (2 min 10)", "Julie (00:12)"])
def test_a_time_in_parentheses_is_no_role(label):
    assert cv.NAMED_ROLE.match(label) is None


def test_a_timed_line_heard_once_in_prose_stays_prose(gazetteer):
    lines = ["Le semi-marathon de Saint-Pierre s'est couru sous la pluie.",
             "Résultats (1'30'') : la gagnante a battu le record de l'épreuve de deux minutes.",
             "La prochaine édition aura lieu en mars."]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)
