"""Speakers marked by a symbol a key explains (segment/symbol_labels.py): "Légende : ● = enquêtrice ;
○ = médecin interrogé" then "● …" / "○ …", the person the interview's heading codes; an unseen variant
(squares, a pharmacist, a colon in the key, no coded heading); look-alikes: bullets no key explains, a
map's legend naming no interviewer."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.symbol_labels import heading_code, symbol_label_speakers


def test_glyphs_a_key_explains_open_the_turns_of_the_heading_s_code(gazetteer):
    lines = [
        "Annexe 4 – Entretien IDE2 (femme, 41 ans, infirmière libérale à Lannion, Côtes-d'Armor)",
        "Légende : ● = enquêteur ; ○ = infirmière interrogée. Durée : 35 minutes.",
        "● Comment se passent les sorties d'hospitalisation pour vous ?",
        "○ Mal, honnêtement. On apprend la sortie par la famille, souvent le vendredi soir.",
        "● Et avec le médecin traitant ?",
        "○ Lui, je l'appelle directement, on se connaît depuis quinze ans.",
        "Fin de l'entretien.",
    ]
    text = "\n".join(lines) + "\n"
    structure = [{"char_start": 0, "char_end": len(text), "kind": "body", "heading": lines[0]}]
    _, segs = _segment(lines, gazetteer, structure=structure)
    assert _at(text, segs, "Comment se passent les sorties").kind == "moderator"
    answer = _at(text, segs, "On apprend la sortie par la famille")
    assert (answer.kind, answer.speaker, answer.role) == ("turn", "IDE2", "infirmier")
    assert _at(text, segs, "je l'appelle directement").speaker == "IDE2"


def test_other_glyphs_a_colon_key_and_no_coded_heading():
    lines = split_lines("Transcription de l'entretien avec la pharmacienne\n"
                        "■ : étudiante enquêtrice ; □ : pharmacienne titulaire\n"
                        "■ Vous délivrez beaucoup de traitements de substitution ?\n"
                        "□ Une vingtaine de patients, on les connaît tous par leur prénom.\n"
                        "■ Et la nuit ?\n"
                        "□ Je ne suis pas de garde, je les oriente vers Dinan.\n")
    found = symbol_label_speakers(lines)
    assert found["■"]["moderator"] and not found["□"]["moderator"]
    assert found["□"]["role"] == "pharmacien"
    assert heading_code("Transcription de l'entretien avec la pharmacienne") == ""
    assert heading_code("Annexe 6 – Entretien MG4 (femme, 52 ans)") == "MG4"


def test_bullets_no_key_explains_and_a_map_legend_declare_nobody():
    bullets = split_lines("Les freins cités :\n● le manque de temps ;\n○ le coût du logiciel ;\n● la messagerie.\n")
    assert symbol_label_speakers(bullets) == {}
    legend = split_lines("Carte 2. Légende : ● = maison de santé ; ○ = centre de santé.\n"
                         "● Douze maisons de santé ouvertes depuis 2015.\n○ Trois centres de santé municipaux.\n")
    assert symbol_label_speakers(legend) == {}
