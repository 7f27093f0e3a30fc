"""A quotation's parenthesis that cites the annex holding its interview, "« … » (annexe 3, p. XII,
l. 31-34)", the list of annexes naming whose interview each is (segment/annex_references.py)."""

from __future__ import annotations

from segment_text import heading_structure
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.annex_references import annex_interviewees

MEMOIR = [
    "Liste des annexes",
    "Annexe 1 – Guide d'entretien (p. II)",
    "Annexe 2 – Entretien avec Mme Rosalie Tinel, directrice de l'EHPAD des Tilleuls (pp. III à VIII)",
    "Annexe 3 – Entretien avec le Dr Gaël Quéré, médecin généraliste intervenant à l'EHPAD (pp. IX à XV)",
    "Annexe 4 – Compte rendu du conseil de la vie sociale (pp. XVI à XVIII)",
    "Introduction",
    "Le projet est d'abord une affaire de personnel : « Je n'ai pas eu de candidature d'infirmière depuis deux ans, on fonctionne avec l'intérim. » (annexe 2, p. IV, l. 10-12)",
    "La continuité des soins revient dans chaque entretien : « Le week-end, je suis joignable, vous savez, mais je ne peux pas être partout, il faut des protocoles écrits. » (annexe 3, p. XI, l. 4-6)",
    "Une résidente a résumé l'ambiance lors du conseil : « On est bien ici, mais on voit passer des têtes nouvelles toutes les semaines. » (annexe 4, p. XVII)",
]


def test_the_annex_names_whose_words_they_are(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer)
    s = _at(text, segs, "on fonctionne avec l'intérim")
    assert (s.kind, s.speaker.split()[-2:], s.role) == ("verbatim", ["Rosalie", "Tinel"], "autre")
    s = _at(text, segs, "il faut des protocoles écrits")
    assert (s.kind, s.speaker.split()[-2:], s.role) == ("verbatim", ["Gaël", "Quéré"], "medecin_generaliste")
    # (an annex that is no interview names no one: the quotation keeps its other readings)
    assert "Tinel" not in _at(text, segs, "des têtes nouvelles").speaker


def test_the_guide_in_a_list_of_annexes_is_not_the_guide_itself(gazetteer):
    # "Annexe 1 – Guide d'entretien (p. II)" listed above the body, set as a title by the extraction:
    # the body's quotations stay someone's words
    text, segs = _segment(MEMOIR, gazetteer, structure=heading_structure(MEMOIR, [0, 1, 5]))
    assert _at(text, segs, "je suis joignable").kind == "verbatim"


def test_annex_interviewees():
    found = annex_interviewees(MEMOIR)
    assert found["2"] == ("Mme Rosalie Tinel", "directrice de l'EHPAD des Tilleuls")
    assert found["3"][0] == "Dr Gaël Quéré"
    assert "1" not in found and "4" not in found
