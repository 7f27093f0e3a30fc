"""Interviews published as articles (segment/named_interviewees.py): the interviewer's questions
and remarks as bold headings, each answer opening with the interviewee's full name and a colon,
the person presented once in the chapeau; captions, boxes ("Nota : …") and a map's title with its
description inside an answer are the editors', and the answer resumes after them. Look-alikes: a
list of people ("Name : what they did", third person), a name once, names opening quotations,
a tutorial's "Astuce :" boxes."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.named_interviewees import figure_title, name_label, named_interviewees


def _styled(lines, bold=(), italic=()):
    """styles.csv rows setting the given lines wholly in bold or italic."""
    text = "\n".join(lines) + "\n"
    rows = []
    for want, style in ((bold, "bold"), (italic, "italic")):
        for line in want:
            a = text.index(line)
            rows.append({"char_start": a, "char_end": a + len(line), "style": style})
    return rows


CHAPEAU = ("Le centre de santé de Tulle propose une carte des gardes. Claire Vialle, coordinatrice "
           "du centre, raconte comment l'équipe l'a construite.")
Q1 = "Pourquoi avoir choisi une carte ?"
Q2 = "La carte est mise à jour chaque semaine"
INTERVIEW = [
    "Une carte des gardes en Corrèze",
    CHAPEAU,
    Q1,
    "Claire Vialle : Nous avions trois tableaux différents et personne ne s'y retrouvait.",
    "Il fallait un seul document que les patients puissent consulter.",
    "Capture d'écran de la carte, mars 2024",
    "Je l'ai montrée aux médecins en réunion et ils l'ont adoptée tout de suite.",
    Q2,
    "Claire Vialle : Oui, je reçois les tableaux le vendredi et je les importe le lundi.",
    "Nota : la carte est publique, sans compte.",
    "Carte des gardes de Tulle",
    "La carte affiche les cabinets ouverts et les numéros à appeler le soir.",
    "Nous voudrions ajouter les pharmacies de garde.",
    "Propos recueillis par Anne Roux.",
]


def test_answers_opened_by_the_full_name_are_that_person_s_turns(gazetteer):
    styles = _styled(INTERVIEW, bold=(INTERVIEW[0], Q1, Q2), italic=("Capture d'écran de la carte, mars 2024",))
    text, segs = _segment(INTERVIEW, gazetteer, styles=styles)
    first = _at(text, segs, "Nous avions trois tableaux")
    assert (first.kind, first.speaker, first.role, first.region) == ("turn", "Claire Vialle", "coordinateur",
                                                                     "Nouvelle-Aquitaine")
    assert "Il fallait un seul document" in text[first.char_start:first.char_end]  # one answer over two paragraphs
    assert _at(text, segs, "Capture d'écran").kind == "narrative"  # an italic caption
    resumed = _at(text, segs, "Je l'ai montrée aux médecins")
    assert (resumed.kind, resumed.speaker) == ("turn", "Claire Vialle") and resumed.char_start > first.char_end
    assert _at(text, segs, "Nota : la carte est publique").kind == "narrative"  # a box
    assert _at(text, segs, "Carte des gardes de Tulle").kind == "narrative"  # a map's title …
    assert _at(text, segs, "La carte affiche les cabinets").kind == "narrative"  # … and its description
    assert _at(text, segs, "Nous voudrions ajouter").kind == "turn"  # the answer resumes
    assert _at(text, segs, "Propos recueillis par").kind != "turn"
    for snippet in (Q1, Q2, CHAPEAU[:30]):
        assert _at(text, segs, snippet).kind not in ("turn", "verbatim")


def test_a_list_of_people_in_the_third_person_declares_no_interviewee(gazetteer):
    lines = ["Les lauréats", "Marie Curie : elle reçoit le prix Nobel de physique en 1903.",
             "Les deux prix", "Marie Curie : elle reçoit le prix Nobel de chimie en 1911."]
    styles = _styled(lines, bold=("Les lauréats", "Les deux prix"))
    assert named_interviewees(split_lines("\n".join(lines)), None, "", gazetteer) == {}
    text, segs = _segment(lines, gazetteer, styles=styles)
    assert all(s.kind not in ("turn", "verbatim") for s in segs)


def test_a_name_once_or_names_opening_quotations_are_not_an_interview(gazetteer):
    once = [Q1, "Claire Vialle : Nous avions trois tableaux différents.", "La suite du dossier en page 4."]
    assert named_interviewees(split_lines("\n".join(once)), None, "", gazetteer) == {}
    quoted = [Q1, "Claire Vialle : « Nous avions trois tableaux. »", Q1, "Claire Vialle : « Je les importe le lundi. »"]
    assert named_interviewees(split_lines("\n".join(quoted)), None, "", gazetteer) == {}


def test_answers_not_after_the_interviewer_s_part_are_not_an_interview(gazetteer):
    # "Name : …" paragraphs one after the other (a transcript's turns or a list), no question between
    lines = ["Compte rendu", "Claire Vialle : Nous avions trois tableaux.", "Claire Vialle : Je les importe le lundi.",
             "Claire Vialle : Nous voudrions ajouter les pharmacies."]
    assert named_interviewees(split_lines("\n".join(lines)), None, "", gazetteer) == {}


def test_name_label_and_figure_title_shapes():
    assert name_label("Jean-Christophe Fichet : J'ai longtemps travaillé") == ("Jean-Christophe Fichet",
                                                                               "J'ai longtemps travaillé")
    assert name_label("Astuce : cliquez sur le crayon") is None  # a box's label, no full name
    assert name_label("Navigation par les thèmes : cliquer à gauche") is None
    assert figure_title("Carte du goulag")
    assert not figure_title("Pour l'instant, la carte constitue surtout un support.")
