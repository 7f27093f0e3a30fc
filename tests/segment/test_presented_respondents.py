"""Answers labelled "R." under a presentation of the one person who answers (made-up reports)."""

from __future__ import annotations

from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.presented_respondents import answer_label, presented_respondent

REPORT = ["Bilan sanitaire de la saison 2024 du festival de Sully-sur-Loire.",
          "Trois bénévoles racontent leur saison",
          "Inès (signaleuse, 3 saisons)",
          "Q. Qu'est-ce qui vous a le plus coûté cette année ?",
          "R. Les nuits sur le parking, debout de vingt heures à deux heures du matin, sans une chaise.",
          "Yanis (cuisinier du camp, 1 saison)",
          "Q. Et la chaleur sous la tente ?",
          "R. Quarante degrés à midi devant les friteuses. J'ai fini une fois à l'infirmerie avec des crampes.",
          "Propositions : une pause assise toutes les deux heures pour les signaleurs."]


def test_the_heading_above_each_exchange_names_who_answers(gazetteer):
    # (the headings set in bold, as reports set them)
    text, segs = _segment(REPORT, gazetteer, doc={"kind": "report"}, styles=line_styles(REPORT, {1, 2, 5}, "bold"))
    s = _at(text, segs, "Les nuits sur le parking")
    assert (s.kind, s.speaker, s.role, s.role_raw) == ("turn", "Inès", "autre", "signaleuse, 3 saisons")
    s = _at(text, segs, "Quarante degrés à midi")
    assert (s.kind, s.speaker, s.role_raw) == ("turn", "Yanis", "cuisinier du camp, 1 saison")


def test_what_presents_a_respondent(gazetteer):
    assert presented_respondent("Inès (signaleuse, 3 saisons)", gazetteer)["speaker"] == "Inès"
    lead = presented_respondent("Nous avons interrogé Florian, 24 ans, raseteur depuis six saisons :", gazetteer)
    assert lead["speaker"] == "Florian"
    # a place in parentheses, a heading naming no one, a sentence that is no lead-in
    assert presented_respondent("Gien (Loiret)", gazetteer) is None
    assert presented_respondent("Trois bénévoles racontent leur saison", gazetteer) is None
    assert presented_respondent("Nous avons interrogé Florian, 24 ans, raseteur depuis six saisons.", gazetteer) is None
    assert answer_label("R.") and answer_label("Réponse") and not answer_label("Romain")
