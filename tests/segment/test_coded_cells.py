"""Results tables giving each quotation's speaker as a code in a column of its own
(segment/coded_cells.py); look-alikes: a participants table with a "Code" column, a table whose
code column holds a description, a cell with a comment around the quotation."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.coded_cells import cell_code, code_column_rows, range_roles

TABLE = [
    "Six entretiens ont été conduits dans le Finistère auprès de quatre kinésithérapeutes (K1 à K4) et de deux ergothérapeutes (E1 à E2).",
    "Tableau 3 – Extraits d'entretiens",
    "Thème | Extrait | Code",
    "Accès au domicile | « On passe plus de temps sur la route que chez les patients, c'est le vrai problème. » | K2",
    "Lien avec l'hôpital | « Je n'ai jamais reçu un compte rendu de sortie sans le réclamer. » / « Moi non plus, jamais. » | K4 / E1",
]


def test_each_quotation_its_rows_code(gazetteer):
    text, segs = _segment(TABLE, gazetteer)
    s = _at(text, segs, "On passe plus de temps sur la route")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "K2", "kinesitherapeute")
    s = _at(text, segs, "Je n'ai jamais reçu un compte rendu")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "K4", "kinesitherapeute")
    s = _at(text, segs, "Moi non plus, jamais")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "E1", "autre_paramedical")


def test_range_roles_from_the_methods():
    roles = range_roles([TABLE[0]])
    assert roles["K3"] == "quatre kinésithérapeutes" and roles["E2"] == "deux ergothérapeutes"


def test_participants_table_and_commented_cells_are_not_coded_quotes():
    participants = ["Code | Profession | Commune", "K1 | kinésithérapeute | Brest", "K2 | kinésithérapeute | Quimper"]
    assert code_column_rows(participants) == {}  # no quotation: the participants' own table
    described = ["Thème | Extrait | Participant", "Accès | « On passe du temps sur la route. » | kiné libéral, Brest"]
    assert code_column_rows(described) == {}  # a description, not a code (fallbacks' speaker columns)
    line = "Accès | selon lui « on passe du temps sur la route » | K2"
    rows = code_column_rows(["Thème | Extrait | Code", line])
    a = line.index("«")
    assert cell_code(line, a, line.index("»") + 1, rows[1]) is None  # a comment around the quotation


# s28-segperturb11: the code column holds the participant in whatever shape the document codes people
# (the benchmark renamed "CD3" to initials or "Enquêté 3" and every quotation of these tables was lost)
def test_initials_in_the_participant_column_speak_the_row(gazetteer):
    table = ["Tableau V – Verbatims relatifs à la coordination",
             "Sous-thème | Verbatim | Participant",
             "Urgences du week-end | « Le samedi, on renvoie vers le CHU, mais il n'a pas de garde la moitié du temps. » | R.N.",
             "Île et bateau | « Si le prothésiste ne vient pas avec le bateau, on attend. » / « On garde les empreintes. » | R.L. / G.P."]
    text, segs = _segment(table, gazetteer)
    assert (_at(text, segs, "Le samedi, on renvoie").kind, _at(text, segs, "Le samedi, on renvoie").speaker) == ("verbatim", "R.N.")
    assert _at(text, segs, "On garde les empreintes").speaker == "G.P."


def test_unseen_numbered_participant_words_in_a_code_column(gazetteer):
    table = ["Tableau 2 – Ce que disent les aides à domicile",
             "Thème | Citation | Enquêtée",
             "Horaires | « On commence à sept heures et on finit quand on peut, le planning change tous les jours. » | Enquêtée 4",
             "Isolement | « Personne ne me dit si la patiente est sortie de l'hôpital. » | Enquêtée 7"]
    text, segs = _segment(table, gazetteer)
    s = _at(text, segs, "On commence à sept heures")
    assert (s.kind, s.speaker) == ("verbatim", "Enquêtée 4")


def test_near_miss_a_source_column_naming_a_body_is_no_participant():
    rows = ["Thème | Extrait | Source", "Coordination | « Les CPTS fédèrent les professionnels d'un territoire. » | HAS",
            "Accès | « Le délai moyen atteint quarante jours. » | Rapport IGAS"]
    assert code_column_rows(rows) == {}


def test_a_reading_committee_s_comments_beside_the_passages_they_comment(gazetteer):
    # the passage column quotes the leaflet reviewed (nobody's words), the comment column the reviewer (s48)
    lines = ["Clé des relecteurs : R1, patiente diabétique ; R2, infirmière libérale ; R3, pharmacien d'officine.",
             "| Page | Passage concerné | Commentaire du relecteur | Relecteur |",
             "| 3 | « Contrôlez votre glycémie avant chaque repas » | « Avant chaque repas, je ne le fais jamais, "
             "c'est trop souvent pour moi. Écrivez plutôt ce qui est vraiment demandé. » | R1 |",
             "| 6 | « Que faire en cas d'hypoglycémie ? » | « Ajoutez le numéro de la pharmacie de garde, on nous le "
             "demande tout le temps. » | R3 |"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "je ne le fais jamais")
    assert (s.kind, s.speaker) == ("verbatim", "R1")
    assert _at(text, segs, "la pharmacie de garde").speaker == "R3"
    assert _at(text, segs, "Contrôlez votre glycémie avant chaque repas").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Que faire en cas d'hypoglycémie").kind not in ("verbatim", "turn")
