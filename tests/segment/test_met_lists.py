"""A report's closing list of the people met, by interview number, tells who a quote followed by
"(entretien n° 12)" is (segment/segmenter.py _declare_interviews, lang/fr/attributions.yaml
met_list_headings): "Annexe 2 – Liste des personnes rencontrées" then "12 – directrice du DAC du
Tarn, Albi". Look-alike: the same numbered lines under a heading that lists no people."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def _report(list_heading: str) -> list[str]:
    return ["3.1 Une coordination encore fragile",
            "La mission a relevé que les sorties d'hospitalisation restent mal préparées.",
            "Les responsables du dispositif le reconnaissent : « on nous appelle le vendredi à seize heures "
            "pour une sortie le soir même, on ne peut rien organiser » (entretien n° 4).",
            "Un praticien de ville confirme : « je découvre la sortie quand le patient m'appelle pour "
            "renouveler son traitement » (entretien n° 9).",
            list_heading,
            "4 – coordinatrice du dispositif d'appui à la coordination de la Lozère, Mende",
            "9 – médecin généraliste, Marvejols"]


def _run(lines, gazetteer):
    text = "\n".join(lines) + "\n"
    second = text.index(lines[4])
    sections = [{"section_id": "1", "kind": "body", "level": "2", "heading": lines[0],
                 "char_start": "0", "char_end": str(second)},
                {"section_id": "2", "kind": "annex", "level": "1", "heading": lines[4],
                 "char_start": str(second), "char_end": str(len(text))}]
    return _segment(lines, gazetteer, doc={"kind": "rapport"}, structure=sections)


def test_the_list_of_people_met_gives_each_numbered_interview_its_role(gazetteer):
    text, segs = _run(_report("Annexe 3 – Liste des personnes rencontrées"), gazetteer)
    first = _at(text, segs, "on nous appelle le vendredi")
    assert (first.kind, first.role) == ("verbatim", "coordinateur")
    assert _at(text, segs, "je découvre la sortie").role == "medecin_generaliste"


def test_numbered_lines_under_another_heading_say_nothing_of_the_interviews(gazetteer):
    text, segs = _run(_report("Annexe 3 – Calendrier des recommandations"), gazetteer)
    assert _at(text, segs, "je découvre la sortie").role != "medecin_generaliste"
