"""Block quotes set in italics without guillemets and signed at the end of their own paragraph
after a dash (segment/trailing_signatures.py): "… — Infirmière 4, Drôme"; two such paragraphs the
extraction ran into one line are cut apart. Look-alikes: the same paragraph in roman (a dash aside
in prose), a dash clause that is no signature, a caption too short to be a quote."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import parse_attribution_line
from corpus.segment.trailing_signatures import signature_cuts, signature_speaker


def _italic(text, *passages):
    return [{"char_start": text.index(p), "char_end": text.index(p) + len(p), "style": "italic"} for p in passages]


Q1 = ("Les tests, on les faisait sur le parking, sous une tente prêtée par la mairie, et personne ne "
      "savait qui devait les commander. — Infirmière 4, Drôme")
Q2 = "Le vendredi soir, je rappelais les patients un par un, c'était épuisant. — Pharmacien 2, Ardèche"
Q3 = ("On a découvert qu'on avait les mêmes patients, tout bêtement, et qu'on ne s'était jamais parlé. "
      "— Médecin 7, Drôme")
THESIS = [
    "4.1. Le dépistage",
    "Les soignants décrivent une organisation improvisée dans les premières semaines.",
    Q1 + " " + Q2,  # two italic paragraphs the extraction joined
    "Cette improvisation a laissé des traces durables dans les équipes.",
    Q3,
]


def test_italic_paragraphs_signed_at_their_end_are_verbatims_of_the_code(gazetteer):
    text = "\n".join(THESIS) + "\n"
    _, segs = _segment(THESIS, gazetteer, styles=_italic(text, Q1 + " " + Q2, Q3))
    s = _at(text, segs, "Les tests, on les faisait sur le parking")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Infirmière 4", "infirmier", "Auvergne-Rhône-Alpes")
    s = _at(text, segs, "Le vendredi soir, je rappelais")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Pharmacien 2", "pharmacien")
    assert "— Pharmacien 2" not in text[s.char_start:s.char_end]
    s = _at(text, segs, "On a découvert qu'on avait les mêmes patients")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Médecin 7", "medecin_generaliste")
    assert _at(text, segs, "— Médecin 7, Drôme").kind == "attribution"
    assert _at(text, segs, "Les soignants décrivent").kind == "narrative"
    assert _at(text, segs, "Cette improvisation a laissé").kind == "narrative"


def test_the_same_paragraphs_in_roman_stay_prose(gazetteer):
    text, segs = _segment(THESIS, gazetteer)
    assert _at(text, segs, "Les tests, on les faisait sur le parking").kind == "narrative"
    assert _at(text, segs, "On a découvert qu'on avait").kind == "narrative"


@pytest.mark.parametrize("line", [
    # a dash clause inside a sentence, no sentence end before it
    "On a tout réorganisé en une semaine — infirmières, pharmaciens, médecins — sans aucun financement.",
    # after a sentence end, a dash that opens an aside, not a description of a person
    "La mairie a prêté une salle. — Il faudra y revenir dans la discussion, car le point est discuté.",
    # a caption: too few words before the signature
    "Tente de dépistage. — Infirmière 4, Drôme",
])
def test_look_alikes_are_not_cut(line):
    assert signature_cuts(line, parse_attribution_line) == []


def test_a_signature_names_a_numbered_code_only():
    assert signature_speaker("Médecin 3, Haute-Savoie") == "Médecin 3"
    assert signature_speaker("Infirmière libérale, Finistère") == ""
    assert signature_speaker("coordinatrice de CPTS, 12 ans d'exercice") == ""
    assert parse_attribution_line("— Pharmacienne 1, Savoie").speaker == "Pharmacienne 1"
    assert parse_attribution_line("— Infirmière libérale, Finistère").speaker == ""


def test_roman_extracts_opened_by_a_dash_are_signed_on_their_line(gazetteer):
    """s51: proceedings set an oral quotation as a dash-opened roman paragraph signed at its end,
    a translator's gloss in brackets before the signature."""
    lines = ["Session 2 – Vieillir dans les hauteurs",
             "Nous citons les personnes dans la langue où elles nous ont parlé, suivie de notre traduction.",
             "– Lè lapli ka tonbé, pèsonn pa ka monté ba nou. [Quand la pluie tombe, personne ne monte chez nous.] — Man Hortense, 86 ans, Vieux-Habitants",
             "– Moi je monte à pied les derniers cent mètres, avec le sac des courses et les médicaments. — Josiane, aide à domicile, 49 ans",
             "Ces contraintes pèsent sur les professionnels comme sur les familles."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Moi je monte à pied")
    assert (s.kind, s.speaker) == ("verbatim", "Josiane")
    assert "— Josiane" not in text[s.char_start:s.char_end]
    s = _at(text, segs, "pèsonn pa ka monté")
    assert (s.kind, s.region) == ("verbatim", "Guadeloupe")
    assert _at(text, segs, "Ces contraintes pèsent").kind == "narrative"


def test_a_roman_paragraph_with_a_dash_aside_is_not_cut(gazetteer):
    lines = ["Introduction", "La mairie a prêté la salle pendant trois semaines pour les consultations. — Infirmière 4, Drôme",
             "Ce dispositif n'a pas été reconduit."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "La mairie a prêté la salle").kind == "narrative"


def test_a_document_declaring_its_italics_its_own_notes_quotes_no_one(gazetteer):
    """s51: an ethnographer's field notes set in italics, the methods saying they are her notes "et
    non des propos recueillis": no quotation; the same italics without that sentence are read as
    someone's words (the fallback for italic block quotes)."""
    notes = ["Mardi 7 mars. 8 h 10. J'arrive avant l'ouverture. Le couloir sent le produit de sol. Trois chaises en "
             "plastique bleu, une plante qui a soif, le panneau de liège où quelqu'un a punaisé les horaires.",
             "8 h 25. La secrétaire allume les lumières une à une, dans un ordre qui semble toujours le même. Je note "
             "l'ordre. Je me demande si je ne suis pas en train de devenir ridicule.",
             "Lundi 3 avril. Le médecin le plus jeune traverse le couloir en courant, un dossier sous le bras. Il dit "
             "bonjour à chaque personne assise, par son nom."]
    lines = ["Thèse de doctorat en anthropologie", "Chapitre 5. Le couloir",
             "Ce chapitre s'appuie sur mon journal de terrain, tenu pendant quatorze mois au pôle de santé de Pré-en-Pail.",
             notes[0], notes[1], "Ces premières notes disent surtout mon malaise de chercheuse sans place assignée.", notes[2]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, styles=_italic(text, *notes))
    assert _at(text, segs, "Le couloir sent le produit de sol").kind == "verbatim"  # (the fallback, undeclared)
    lines[2] += " J'en reproduis des extraits en italique ; ce sont mes notes, et non des propos recueillis."
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, styles=_italic(text, *notes))
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
