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
