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


def test_a_key_of_speakers_after_a_numbered_extract(gazetteer):
    # conversation analysis: numbered lines, three-letter pseudonyms, the key under the extract
    lines = ["Extrait 2. Relève de 14 h, unité de soins de longue durée",
             "11 MAR : elle a mangé la moitié du plateau (.) pas plus et elle a refusé",
             "12 la douche ce matin",
             "13 JUL : [encore] la douche (1.0) bon je note",
             "14 ((un bip retentit))",
             "15 MAR : et sa fille appelle à seize heures",
             "16 ??? : c'est qui qui a les clés du chariot",
             "17 JUL : moi je les ai",
             "Locuteurs : MAR, aide-soignante du matin ; JUL, infirmière d'après-midi ; ???, voix non "
             "identifiée (une collègue dans le couloir).",
             "La relève se clôt sans que personne ne reprenne la question du refus de soins."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "elle a mangé la moitié du plateau")
    assert (s.kind, s.speaker, s.role) == ("turn", "MAR", "autre_paramedical")
    assert "la douche ce matin" in s.text  # the numbered line below carries the turn on
    s = _at(text, segs, "bon je note")
    assert (s.kind, s.speaker, s.role) == ("turn", "JUL", "infirmier")
    assert "un bip retentit" not in s.text  # the transcriber's comment on a numbered line is no one's words
    assert _at(text, segs, "un bip retentit").kind == "narrative"
    s = _at(text, segs, "moi je les ai")
    assert s.speaker == "JUL" and "Locuteurs" not in s.text  # the key ends the last turn
    assert _at(text, segs, "voix non identifiée").kind == "narrative"


def test_a_code_the_key_says_nobody_identified_speaks_unnamed(gazetteer):
    lines = ["Clé : IDE, infirmière de coordination ; MED, médecin traitant ; XX, voix non identifiée.",
             "IDE : On reprend le plan de soins de Mme V. ?",
             "MED : Oui, on arrête l'anticoagulant la semaine prochaine.",
             "XX : La pharmacie a appelé pour ça ce matin.",
             "IDE : Très bien, je les rappelle.",
             "MED : Et je vois la patiente jeudi."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "La pharmacie a appelé pour ça")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "on arrête l'anticoagulant").speaker == "MED"


def test_a_members_list_with_initials_names_the_quotations_credited_by_them(gazetteer):
    lines = ["Composition du groupe de travail",
             "Dr Paul Mercier (P. M.), gériatre hospitalier, Rodez ; Mme Isabelle Cros (I. C.), infirmière libérale, "
             "Millau ; M. Jean-Luc Arnal (J.-L. A.), pharmacien d'officine, Espalion.",
             "Point de divergence : faut-il un dossier de liaison papier ?",
             "« Le papier se perd entre le domicile et les urgences, il faut un dossier partagé. » (P. M.)",
             "« Chez mes patients, le classeur sur la table reste ce qui marche le mieux. » (I. C.)",
             "« On ne peut pas demander aux familles de tenir deux dossiers à jour. » (J.-L. A.)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "le classeur sur la table reste")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Isabelle Cros", "infirmier", "Occitanie")
    s = _at(text, segs, "tenir deux dossiers à jour")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Jean-Luc Arnal", "pharmacien")
