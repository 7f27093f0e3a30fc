"""Initials standing for a full-name label of the same transcript (segment/initials_labels.py):
"Christelle Thiébaut :" then "C. T. :"; look-alikes: initials that fit two names, initials no
name has, a code of capitals that is no initials of anyone ("CT" for a scanner in a caption)."""

from __future__ import annotations

from corpus.segment.base import Segment
from corpus.segment.initials_labels import apply_initials_labels, initials_of


def _turn(text, speaker, role="inconnu", region=""):
    return Segment("t", "t-1", "turn", 1, 1, 0, len(text), speaker=speaker, role=role, region=region, text=text)


def _interview(second_name="Julien Marchal"):
    return [
        _turn("Christelle Thiébaut : À ce que les gens trouvent quelqu'un.", "Christelle Thiébaut",
              "kinesitherapeute", "Grand Est"),
        _turn(f"{second_name} : Et les médecins, ils suivent ?", second_name),
        _turn("C. T. : Parce qu'aujourd'hui notre coordinatrice travaille dans sa voiture.", "C"),
        _turn("J. M. : Vous demandez donc des locaux ?", "J"),
    ]


def test_initials_are_the_full_name_s_turns():
    segs = _interview()
    apply_initials_labels(segs)
    assert [(s.speaker, s.role, s.region) for s in segs[2:]] == [
        ("Christelle Thiébaut", "kinesitherapeute", "Grand Est"), ("Julien Marchal", "inconnu", "")]


def test_initials_two_names_share_stay_as_printed():
    segs = _interview(second_name="Claire Tessier")
    apply_initials_labels(segs)
    assert segs[2].speaker == "C"


def test_initials_no_name_has_stay_as_printed():
    segs = _interview()
    segs[2].text = "P. L. : On reprend dans deux minutes."
    segs[2].speaker = "P"
    apply_initials_labels(segs)
    assert segs[2].speaker == "P"


def test_initials_of_compound_names():
    assert initials_of("Marc-Antoine Leroy") == "MAL" and initials_of("Christelle Thiébaut") == "CT"


# a memoir's annex: one physiotherapist met twice, "J.-P. :" in the first interview and "JP :"
# after the section line of the second; who she is only in the heading (round 29's kiné, reworded)
MET_TWICE = [
    "Annexe 4 – Entretiens avec Jean-Paul, infirmier libéral à Saumur",
    "Q : Comment êtes-vous entré dans le protocole de coopération ?",
    "J.-P. : Par le pharmacien. Il m'a dit qu'il cherchait quelqu'un pour les plaies chroniques, et j'ai dit oui.",
    "Q : Et les médecins du secteur ?",
    "J.-P. : Deux sur trois ont suivi. Le troisième attend de voir.",
    "Second entretien, un mois plus tard",
    "Q : Vous avez eu les premiers chiffres ?",
    "JP : Oui, trente patients suivis, et on a évité quatre hospitalisations, je crois.",
]


def _segments(lines):
    from conftest import GAZETTEER_PATH
    from segment_text import segment_lines

    from corpus.segment.regions import load_gazetteer

    return segment_lines(lines, load_gazetteer(str(GAZETTEER_PATH)))


def test_initials_take_the_role_the_heading_gives_the_name_and_keep_it_without_their_points():
    from segment_text import segment_at

    text, segs = _segments(MET_TWICE)
    for snippet in ("Par le pharmacien", "Deux sur trois ont suivi", "trente patients suivis"):
        seg = segment_at(text, segs, snippet)
        assert (seg.kind, seg.role) == ("turn", "infirmier"), snippet
    assert segment_at(text, segs, "trente patients suivis").speaker == "JP"


def test_initials_description_needs_one_name_with_a_role():
    from corpus.segment.initials_labels import initials_description

    assert initials_description("M.-A.", ["Entretien avec Marie-Agnès, masseur-kinésithérapeute à Cholet"]) \
        == "masseur-kinésithérapeute à Cholet"
    # two people with those initials, no role after the name, or a code that names a profession
    assert initials_description("MA", ["Marie Amiel, infirmière ; Marc Aubry, pharmacien"]) == ""
    assert initials_description("MA", ["Marie-Agnès, 54 ans, reçoit au cabinet"]) == ""
    assert initials_description("MG", ["Marie Garnier, infirmière libérale"]) == ""


def test_initials_of_a_person_a_sentence_presents_by_a_verb():
    # s42: "[TR]" in a cross interview whose standfirst says "Thomas Roux exerce comme infirmier …"
    from corpus.segment.initials_labels import initials_description

    texts = ["Christelle Moreau est infirmière libérale à Chinon depuis 2006. Thomas Roux exerce comme infirmier "
             "en pratique avancée à la maison de santé de Loches depuis 2021."]
    assert initials_description("TR", texts).startswith("infirmier en pratique avancée")
    assert initials_description("CM", texts).startswith("infirmière libérale")
    assert initials_description("TM", texts) == ""  # nobody's initials


def test_initials_of_a_full_name_the_cover_sheet_presents(gazetteer):
    # an oral-history transcript: the cover sheet presents the witness and her husband in full, the
    # turns are labelled by their initials (s48)
    from segment_text import segment_at, segment_lines

    lines = ["Fiche de couverture",
             "Témoin : Odile Mercier, née en 1934 à Dole, infirmière de secteur de 1956 à 1990. Présent pendant "
             "l'entretien : Gaston Mercier, son mari, ancien charron.",
             "Enquêtrice : Lucie Faivre, chargée de collecte de l'association.",
             "E. : Comment faisiez-vous les tournées l'hiver ?",
             "O. M. : À vélo, puis en mobylette. Quand il y avait de la neige, on marchait, je prenais ma sacoche et j'y allais.",
             "G. M. : Elle partait à cinq heures, je lui préparais le café avant de partir à l'atelier.",
             "O. M. : Les piqûres, les pansements, les accouchements aussi parfois, quand la sage-femme ne pouvait pas monter."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "autre"})
    s = segment_at(text, segs, "puis en mobylette")
    assert (s.kind, s.speaker, s.role) == ("turn", "O. M.", "infirmier")  # the initials as printed, her role
    s = segment_at(text, segs, "je lui préparais le café")
    assert (s.speaker, s.role) == ("G. M.", "autre")
