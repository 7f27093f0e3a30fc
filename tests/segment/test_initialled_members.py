"""Minutes that name their members by a civility and an initial, their quality in parentheses
("Mme R. (résidente, présidente du CVS) indique que … : « … »", segment/attributions.py
paragraph_subject / colon_member), a speech locution ("fait part de … :"). Near-miss: a member
named in a sentence that reads a text ("M. P. (directeur) a affiché : « … »")."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

MINUTES = [
    "Résidence Les Hortensias – Dunkerque – Conseil de la vie sociale du 3 octobre 2024",
    "Présents : M. K. (résident), Mme F. (représentante des familles), Mme S. (infirmière coordinatrice).",
    "M. K. (résident, vice-président du CVS) indique que les repas arrivent froids dans les étages : "
    "« Quand le plateau arrive, la soupe est tiède, on ne la mange plus. »",
    "Mme S. (infirmière coordinatrice) fait part des absences non remplacées le week-end : « On tourne "
    "à deux pour trente résidents, on ne peut pas faire mieux. »",
    "Mme F. (représentante des familles) regrette le manque d'animations. « Ma mère reste dans sa chambre "
    "tout l'après-midi », précise-t-elle.",
    "M. P. (directeur) a affiché le règlement : « Les visites sont libres de 11 h à 19 h. »",
]


def test_members_named_by_an_initial_are_carried(gazetteer):
    text, segs = _segment(MINUTES, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "la soupe est tiède")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. K.", "autre")
    s = _at(text, segs, "On tourne à deux pour trente résidents")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme S.", "coordinateur")
    s = _at(text, segs, "Ma mère reste dans sa chambre")
    assert (s.kind, s.speaker) == ("verbatim", "Mme F.")
    assert _at(text, segs, "Les visites sont libres").speaker != "M. P."
