"""Interview annexes whose header names the interview by its person's code ("Entretien E6 –
Infirmière libérale, cabinet de groupe, Lannion (22) – 14 mars 2024 – durée : 41 min") over
generic answer labels ("Q :" / "R :"): the code speaks, described by the header; a running header
that names the interview again ("Annexe 5 (suite) – Entretien E5") does not end it. Look-alikes:
a header naming a code that describes no person, a running header of another interview."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import interview_header

ANNEX = [
    "Annexe 6 – Retranscription de l'entretien E6",
    "Entretien E6 – Infirmière libérale, cabinet de groupe, Lannion (22) – 14 mars 2024 – durée : 41 min",
    "Q : Pour commencer, est-ce que vous pouvez me présenter votre exercice ?",
    "R : Je suis installée depuis 2011 dans un cabinet de quatre infirmières, on couvre les communes autour.",
    "Q : Et la CPTS, est-ce qu'elle a un rôle dans ces sorties ?",
    "R : Elle a monté une messagerie avec l'hôpital l'an dernier, quand ça marche c'est génial.",
]


def _structure(text: str, headings: list[str]) -> list[dict]:
    out, pos = [], 0
    for h in headings:
        pos = text.index(h, pos)
        out.append(pos)
    bounds = out + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": h} for a, b, h in zip(out, bounds[1:], headings)]


@pytest.mark.parametrize("header, code, desc_start", [
    ("Entretien E6 – Infirmière libérale, cabinet de groupe, Lannion (22) – 14 mars 2024", "E6", "Infirmière libérale"),
    ("Entretien MG3 : médecin généraliste, 45 ans, Vire", "MG3", "médecin généraliste"),
    ("Annexe 2 – Entretien P4 – pharmacienne titulaire, Vire", "P4", "pharmacienne titulaire"),
])
def test_a_header_naming_its_person_by_a_code(header, code, desc_start):
    m = interview_header(header)
    assert m is not None and m.group("who") == code and m.group("desc").startswith(desc_start)


@pytest.mark.parametrize("header", [
    "Entretien E6 – 14 mars 2024 – durée : 41 min",  # no person described
    "Entretien COVID19 – questions posées",  # no code of a person, nothing described
])
def test_coded_headers_that_describe_nobody(header):
    assert interview_header(header) is None


def test_answer_labels_under_a_coded_header_are_the_codes(gazetteer):
    text, segs = _segment(ANNEX, gazetteer)
    for snippet in ("dans un cabinet de quatre infirmières", "Elle a monté une messagerie"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "E6", "infirmier", "Bretagne")
    assert _at(text, segs, "présenter votre exercice").kind == "moderator"


def test_a_running_header_of_the_same_interview_does_not_end_it(gazetteer):
    lines = ANNEX[:4] + ["Annexe 6 (suite) – Entretien E6"] + ANNEX[4:]
    text = "\n".join(lines) + "\n"
    structure = _structure(text, [lines[0], lines[4]])
    _, segs = _segment(lines, gazetteer, structure=structure)
    s = _at(text, segs, "Elle a monté une messagerie")
    assert (s.kind, s.speaker, s.role) == ("turn", "E6", "infirmier")


def test_a_numbered_interview_goes_on_under_its_running_header(gazetteer):
    lines = ["Annexe 5 – Retranscription de l'entretien n°4",
             "Entretien n°4 – Infirmière Asalée, MSP de Sisteron (04) – 18 avril 2024",
             "Q. Pour commencer, pouvez-vous me décrire votre poste ?",
             "R. Je suis infirmière Asalée depuis 2019, à mi-temps sur deux cabinets.",
             "Annexe 5 (suite) – Entretien n°4",
             "Q. Comment se fait le lien avec les autres professionnels ?",
             "R. Honnêtement, la CPTS, je la vois de loin, on a eu une réunion."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, [lines[0], lines[4]]))
    assert _at(text, segs, "la CPTS, je la vois de loin").speaker == _at(text, segs, "Asalée depuis 2019").speaker \
        == "Entretien n°4"


def test_another_interviews_header_ends_the_interview(gazetteer):
    lines = ANNEX[:4] + ["Entretien E7 – Pharmacien titulaire, Perros-Guirec (22)",
                         "Q : Votre officine travaille-t-elle avec la CPTS ?",
                         "R : Oui, pour les renouvellements d'ordonnance surtout, depuis un an."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, [lines[0], lines[4]]))
    s = _at(text, segs, "pour les renouvellements d'ordonnance")
    assert (s.speaker, s.role) == ("E7", "pharmacien")


# s37: a quotation led by "K1, installé depuis vingt ans, … évoquait la coopération avec les médecins de
# la CPTS :": the verb's object holds a person noun but is headed by a thing, the code opening the
# sentence speaks, as the methods describe it; near miss: the object headed by a person ("évoquait
# une infirmière de Provins :") stays the description of who speaks
METHODS = ("Quatre masseurs-kinésithérapeutes libéraux exerçant en Seine-et-Marne ont été interrogés entre "
           "janvier et mars 2025 : K1 à Melun, K2 à Fontainebleau, K3 à Provins et K4 à Nemours.")


def test_a_code_opening_the_lead_speaks_not_the_verbs_object(gazetteer):
    lines = [METHODS,
             "K1, installé depuis vingt ans, évoquait la coopération avec les médecins de la CPTS :",
             "« À Melun, on a monté un protocole avec deux généralistes, et ça roule depuis un an. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on a monté un protocole")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "K1", "kinesitherapeute", "Île-de-France")


@pytest.mark.parametrize("who, thing", [
    ("la coopération avec les médecins de la CPTS", True),
    ("les premières semaines de la crise", True),
    ("une infirmière de Provins", False),  # a person heads it: who speaks
    ("le médecin du village", False),
])
def test_a_verbs_object_headed_by_a_thing(who, thing):
    from corpus.segment.quotes import _thing_headed

    assert _thing_headed(who) is thing


def test_a_numbered_header_that_names_the_person(gazetteer):
    # s44: "ITW 1 – Dr Anne Faucher, médecin généraliste, Guéret – carte A013" over timed paragraphs: the
    # person the header names speaks, not "Entretien n°1"
    from segment_text import line_styles, segment_at, segment_lines

    lines = ["Transcription des entretiens retenus",
             "ITW 1 – Dr Anne Faucher, médecin généraliste, Guéret – carte A013",
             "[10:18:40] Je suis installée ici depuis 1998. Quand je suis arrivée, on était neuf généralistes dans le "
             "secteur, aujourd'hui on est quatre.",
             "[10:24:12] Le soir, je fais les visites que je n'ai pas pu faire dans la journée."]
    text, segs = segment_lines(lines, gazetteer, styles=line_styles(lines, {0, 1}, "bold"))
    seg = segment_at(text, segs, "on était neuf généralistes")
    assert (seg.speaker, seg.role) == ("Dr Anne Faucher", "medecin_generaliste")


def test_a_header_naming_a_code_takes_the_card_under_it(gazetteer):
    # s54: "… l'entretien avec EV3" over "Sage-femme libérale, 38 ans, installée à Morlaix …": the card
    # describes EV3 for every turn below
    lines = ["Annexe V – Retranscription de l'entretien avec EV3",
             "Sage-femme libérale, 38 ans, installée à Morlaix depuis 2016, cabinet partagé avec une ostéopathe. "
             "Entretien réalisé le 3 mars 2024.",
             "Enquêtrice : Comment organisez-vous les sorties de maternité ?",
             "EV3 : On reçoit un appel de la maternité la veille, parfois le jour même, et on passe le lendemain.",
             "Enquêtrice : Et avec les médecins du secteur ?",
             "EV3 : Très peu de lien, on s'écrit quand il y a un souci, c'est tout."]
    text, segs = _segment(lines, gazetteer)
    e = _at(text, segs, "On reçoit un appel de la maternité la veille")
    assert (e.kind, e.speaker, e.role, e.region) == ("turn", "EV3", "sage_femme", "Bretagne")
