"""Keys to the labels: a "Participants :" key of "CODE, description" entries (labels.yaml's
legend_headings) and a legend entry giving a name before the function ("EM = Émilie M.,
coordinatrice …", segment/named_legends.py). Look-alikes: a function written with a capital
("E = Enquêtrice, sociologue"), a list of participants without codes."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.discovery import label_legend, legend_entries
from corpus.segment.named_legends import widen_named


def test_widen_only_names():
    text = "Conventions : E = enquêteur ; JR = Jacques R., pharmacien titulaire à Aurillac ; (…) = coupure."
    assert widen_named(text, {"E": "enquêteur", "JR": "Jacques R"})["JR"] == "Jacques R, pharmacien titulaire à Aurillac"
    text = "Conventions : E = Enquêtrice, sociologue ; P = Pharmacienne, Lyon"
    assert widen_named(text, {"E": "Enquêtrice", "P": "Pharmacienne"}) == {"E": "Enquêtrice", "P": "Pharmacienne"}


def test_participants_key_is_a_legend():
    key = ("Participants : P1, infirmière libérale à Bastia ; P2, médecin généraliste à Corte ; "
           "P3, aide-soignante à Calvi. L'animatrice est l'auteure.")
    assert legend_entries([key]) == {"P1": "infirmière libérale à Bastia", "P2": "médecin généraliste à Corte",
                                     "P3": "aide-soignante à Calvi"}
    # a list of people without codes is no key
    assert legend_entries(["Participants : une infirmière, deux médecins et la coordinatrice."]) == {}
    assert label_legend(["Codage : E = enquêtrice ; JR = Jacques R., pharmacien titulaire à Aurillac."])["JR"] \
        .endswith("pharmacien titulaire à Aurillac")


def test_a_participants_key_gives_the_codes_roles(gazetteer):
    lines = ["Participants : P1, infirmière libérale à Bastia ; P2, médecin généraliste à Corte ; "
             "P3, aide-soignante à Calvi. L'animatrice est l'auteure.",
             "Animatrice : Qui appelez-vous quand un patient sort de l'hôpital ?",
             "P2 : Personne, on attend le courrier. Parfois il arrive trois semaines après.",
             "P1 : Moi j'appelle le service directement, je connais une cadre.",
             "Animatrice : Et la CPTS ?",
             "P2 : Elle commence à peine, on verra."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "on attend le courrier")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "P2", "medecin_generaliste", "Corse")
    s = _at(text, segs, "je connais une cadre")
    assert (s.kind, s.speaker, s.role) == ("turn", "P1", "infirmier")


def test_a_named_legend_entry_gives_the_function(gazetteer):
    lines = ["Codage : E = enquêtrice ; JR = Jacques R., coordinateur de la CPTS depuis 2021, ancien infirmier "
             "hospitalier au CH d'Aurillac.",
             "E : Comment se passent les sorties d'hospitalisation ?",
             "JR : Mieux qu'avant. On a une fiche commune, et une ligne pour les libéraux.",
             "E : D'accord.",
             "JR : Il reste les week-ends, là on n'a personne."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "On a une fiche commune")
    assert (s.kind, s.speaker, s.role) == ("turn", "JR", "coordinateur")
    assert _at(text, segs, "Comment se passent les sorties").kind == "moderator"
