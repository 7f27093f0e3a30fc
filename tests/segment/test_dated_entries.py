"""A liaison notebook's dated entries (segment/dated_entries.py): "Lun. 4/03 – IDE (C.B.) : …",
each note its writer's words; a chronology of dated lines that name nobody's trade: no entries."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.dated_entries import entry


def test_a_home_liaison_notebook_entry_by_entry(gazetteer):
    # s25-segwritten6: the case (a home notebook copied into a nursing memoir, Dole)
    lines = ["Annexe 4 – Extraits du cahier de liaison de Mme G. (84 ans, domicile, Dole, Jura)",
             "Lun. 4/03 – IDE (C.B.) : Pansement talon G refait, plaie propre, pas de fièvre.",
             "Lun. 4/03 – Kiné (J.-P. R.) : Marche avec le déambulateur jusqu'à la cuisine. Je repasse jeudi.",
             "Mar. 5/03 – Sylvie (fille) : Maman a mal dormi, elle m'a appelée deux fois dans la nuit.",
             "Mer. 6/03 – Dr Faivre (médecin traitant) : Vue ce jour, je préfère qu'on essaie sans pendant une semaine.",
             "Ce cahier est le seul support partagé par les six intervenants."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    got = [(s.kind, s.speaker, s.role) for s in (_at(text, segs, w) for w in (
        "Pansement talon", "Marche avec le", "Maman a mal dormi", "je préfère qu'on essaie"))]
    assert got == [("verbatim", "C.B.", "infirmier"), ("verbatim", "J.-P. R.", "kinesitherapeute"),
                   ("verbatim", "Sylvie", "autre"), ("verbatim", "Dr Faivre", "medecin_generaliste")]
    assert _at(text, segs, "le seul support partagé").kind == "narrative"


def test_a_ward_handover_book_unseen(gazetteer):
    # unseen: other writers (a care assistant, a son, a geriatrician), full weekdays, dates with a year
    lines = ["Annexe 2 – Cahier de transmissions de l'EHPAD de Guéret, septembre 2023",
             "Jeudi 12/09/2023 – Aide-soignante (M.L.) : Toilette au lit, refuse de se lever, a bu un verre d'eau.",
             "Vendredi 13/09/2023 – Paul (fils) : Je passerai samedi avec ses lunettes neuves, merci de la prévenir.",
             "Samedi 14/09/2023 – Dr Nguyen (gériatre) : Revue ce matin, on arrête le tramadol dès demain."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert (_at(text, segs, "Toilette au lit").speaker, _at(text, segs, "Toilette au lit").role) \
        == ("M.L.", "autre_paramedical")
    assert (_at(text, segs, "ses lunettes neuves").kind, _at(text, segs, "ses lunettes neuves").role) == ("verbatim", "autre")
    assert _at(text, segs, "on arrête le tramadol").speaker == "Dr Nguyen"


def test_a_chronology_of_dated_lines_is_no_notebook(gazetteer):
    # near-miss: dated lines whose parenthesis names a room or a document, no writer
    lines = ["Chronologie du projet de santé",
             "12/03 – Réunion (salle B) : présentation du diagnostic territorial aux élus.",
             "19/03 – Comité de pilotage (mairie) : validation des trois axes prioritaires.",
             "26/03 – Atelier (MSP) : rédaction des fiches actions avec les professionnels."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert all(s.kind not in ("verbatim", "turn") for s in segs)
    assert entry("12/03 – Réunion (salle B) : présentation du diagnostic.") is None
    # and two entries alone are no notebook: a memoir's dated anecdote
    lines = ["Lun. 4/03 – IDE (C.B.) : Pansement refait.", "Mar. 5/03 – Sylvie (fille) : Maman a mal dormi."]
    text, segs = _segment(["Deux notes recopiées.", *lines], gazetteer, doc={"kind": "memoire"})
    assert not any(s.kind == "verbatim" and s.speaker == "C.B." for s in segs)


# s26-segr45a: an observation log of handovers, "06 h 52 – IDE nuit → IDE jour : « … »": the sender's words
def test_logged_handover_utterances_are_the_senders(gazetteer):
    lines = ["Relevé d'observation de la relève de 14 heures, unité de médecine gériatrique du CH de Vichy.",
             "13 h 58 – IDE matin → IDE après-midi : « Le 8 a refusé son repas, j'ai prévenu la diététicienne. »",
             "14 h 04 – Kiné → IDE après-midi : « Je l'ai levé au fauteuil, pas plus d'une heure. »",
             "L'infirmière d'après-midi acquiesce sans rien noter.",
             "14 h 09 – Médecin du service -> IDE matin : « On arrête les anticoagulants ce soir. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    got = [(s.kind, s.speaker, s.role) for s in (_at(text, segs, w) for w in (
        "a refusé son repas", "levé au fauteuil", "On arrête les anticoagulants"))]
    assert got == [("verbatim", "", "infirmier"), ("verbatim", "", "kinesitherapeute"), ("verbatim", "", "hospitalier")]
    assert _at(text, segs, "acquiesce sans rien noter").kind == "narrative"


def test_a_single_timed_arrow_is_no_log(gazetteer):
    # the near-miss: one timed line with an arrow, a slogan in guillemets, in an article's prose
    lines = ["Programme de la journée : 9 h 30 – accueil → salle B : « Mieux vivre chez soi », thème retenu par le comité."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    assert all(s.role != "autre" or s.kind == "narrative" for s in segs)
    assert _at(text, segs, "Mieux vivre chez soi").kind != "verbatim" or _at(text, segs, "Mieux vivre chez soi").role_raw != "accueil"
