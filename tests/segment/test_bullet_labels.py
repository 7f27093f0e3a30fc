"""Speaker names set as list items above their words (segment/bullet_labels.py): a debate typed
in a wiki, "• Name" above turns of several paragraphs, a time-code line between blocks, one name
run onto its first sentence. Look-alikes that must not change: a bulleted list of a team's
members, a programme's speakers above their talk's title, a list of names in a report."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.bullet_labels import (
    bullet_label_speakers,
    bullet_name,
    glued_cut,
    split_glued_bullet_labels,
)

DEBATE = [
    "00:12:40",
    "• Claire MOREAU",
    "Bonsoir à tous. Est-ce que vous pourriez nous dire ce qui a changé pour les cabinets pendant le premier confinement ?",
    "• Paul LEMAIRE",
    "Ce qui a changé d'abord, c'est qu'on a fermé la salle d'attente du jour au lendemain. On recevait sur rendez-vous seulement.",
    "Et puis on a appris à travailler avec les pharmaciens du quartier, ce qu'on ne faisait pas avant, je vous le dis franchement.",
    "(Inaudible) la coordination, elle s'est faite au téléphone, le soir, entre nous.",
    "Les infirmières passaient au domicile des patients isolés, on leur envoyait la liste le matin.",
    "00:16:02",
    "• Claire MOREAU",
    "Et les patients, ils ont suivi ?",
    "• Nadia BENALI Pas tous, non. Beaucoup ont renoncé aux soins, surtout les personnes âgées.",
    "On les a rappelés un par un, avec la liste des patients chroniques.",
    "• Paul LEMAIRE",
    "Oui.",
    "• Nadia BENALI",
    "Et ça, je crois qu'on ne l'avait jamais fait avant.",
    "• Claire MOREAU",
    "Et la suite ?",
]


def test_bullet_name_reads_a_person_alone():
    assert bullet_name("• Eva JOLY") == "Eva JOLY"
    assert bullet_name("- Jean-Yves COGNIÈRE") == "Jean-Yves COGNIÈRE"
    assert bullet_name("• Eva JOLY, députée européenne") == "Eva JOLY"  # the function is read as the role
    assert bullet_name("• Les mesures barrières") is None
    assert bullet_name("Eva JOLY") is None  # no bullet: own_line_labels reads it


def test_glued_name_cut_before_its_words():
    line = "• Nadia BENALI Pas tous, non."
    assert line[glued_cut(line, {"Nadia BENALI"}, {"bullets": ["•"]}):] == "Pas tous, non."
    assert glued_cut("• Nadia BENALIS et les autres", {"Nadia BENALI"}, {"bullets": ["•"]}) is None
    texts = [ln.text.strip() for ln in split_glued_bullet_labels(split_lines("\n".join(DEBATE)))]
    assert "• Nadia BENALI" in texts and "Pas tous, non. Beaucoup ont renoncé aux soins, surtout les personnes âgées." in texts


def test_debate_turns_over_paragraphs_and_time_codes(gazetteer):
    text, segs = _segment(DEBATE, gazetteer)
    s = _at(text, segs, "Ce qui a changé d'abord")
    assert (s.kind, s.speaker) == ("turn", "Paul LEMAIRE")
    # the turn runs over its four paragraphs, a transcriber's "(Inaudible)" included
    assert s.char_end > text.index("Les infirmières passaient au domicile")
    s = _at(text, segs, "Pas tous, non.")
    assert (s.kind, s.speaker) == ("turn", "Nadia BENALI")
    assert (_at(text, segs, "Oui.").kind, _at(text, segs, "Oui.").speaker) == ("turn", "Paul LEMAIRE")
    assert _at(text, segs, "Et les patients, ils ont suivi").kind == "moderator"


TEAM = [
    "L'équipe du projet",
    "• Claire MOREAU",
    "Coordinatrice de la CPTS depuis 2019, elle a piloté le diagnostic territorial.",
    "• Paul LEMAIRE",
    "Médecin généraliste à Lorient, président de l'association.",
    "• Nadia BENALI",
    "Infirmière libérale, référente du parcours des patients âgés.",
    "• Marc DURAND",
    "Pharmacien d'officine, trésorier.",
]

PROGRAMME = [
    "Programme de la journée",
    "• Claire MOREAU",
    "La coordination en soins primaires : bilan de trois années",
    "• Paul LEMAIRE",
    "Les protocoles de coopération entre médecins et pharmaciens",
    "• Nadia BENALI",
    "Le retour à domicile des patients âgés",
    "• Claire MOREAU",
    "Conclusion et perspectives",
]


@pytest.mark.parametrize("lines", [TEAM, PROGRAMME], ids=["team", "programme"])
def test_lists_of_names_are_no_dialogue(lines, gazetteer):
    assert bullet_label_speakers(split_lines("\n".join(lines))) == {}
    text, segs = _segment(lines, gazetteer)
    assert {s.kind for s in segs} & {"turn", "verbatim", "moderator"} == set()


def test_function_on_the_first_bullet_gives_the_role(gazetteer):
    lines = [ln.replace("• Paul LEMAIRE", "• Paul LEMAIRE, médecin généraliste", 1) for ln in DEBATE]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Ce qui a changé d'abord")
    assert (s.kind, s.speaker, s.role) == ("turn", "Paul LEMAIRE", "medecin_generaliste")
    s = _at(text, segs, "Oui.")
    assert (s.kind, s.speaker, s.role) == ("turn", "Paul LEMAIRE", "medecin_generaliste")


TEAM_FUNCTIONS = [
    "Le bureau de l'association",
    "• Claire MOREAU, présidente",
    "Elle a piloté le diagnostic territorial et la rédaction du projet de santé.",
    "• Paul LEMAIRE, trésorier",
    "Médecin généraliste à Lorient, il suit le budget et les subventions.",
    "• Nadia BENALI, secrétaire",
    "Infirmière libérale, elle rédige les comptes rendus des réunions.",
]


def test_a_bureau_listed_with_functions_is_no_dialogue(gazetteer):
    assert bullet_label_speakers(split_lines("\n".join(TEAM_FUNCTIONS))) == {}
    text, segs = _segment(TEAM_FUNCTIONS, gazetteer)
    assert {s.kind for s in segs} & {"turn", "verbatim", "moderator"} == set()
