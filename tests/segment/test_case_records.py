"""Numbered case records (segment/case_records.py): a study's documents set out one by one, each
numbered and describing its one person by an age, as a heading ("Lettre 2 – retraitée, 68 ans, …")
or opening the extract's paragraph ("Dossier 8 (H, 72 ans) – Motif : …"); the person's words copied
in guillemets are the case's, its code the speaker. Look-alikes: a numbered heading describing no
person (no age), a fiction's "Situation 2", a quotation of a document in the third person."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

from corpus.segment.case_records import case_heading, case_opener


def _structure(lines, heads):
    text = "\n".join(lines) + "\n"
    starts = [text.index(lines[h]) for h in heads] + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": lines[h]}
            for h, a, b in zip(heads, starts, starts[1:])]


def test_the_heading_and_the_opening_of_a_case():
    assert case_heading("Lettre 5 – retraité, 71 ans, ancien maçon, commune de Pau") == (
        "Lettre 5", "retraité, 71 ans, ancien maçon, commune de Pau")
    assert case_heading("Observation n°2 (femme, 45 ans, aide à domicile)")[0] == "Observation n°2"
    assert case_opener("Observation 8 (H, 64 ans) – Motif : douleur thoracique.") == ("Observation 8", "H, 64 ans")
    # near misses: no age, a fiction's noun, a number with no description
    assert case_heading("Dossier 4 – financement de la maison de santé") is None
    assert case_heading("Situation 2 – un patient de 60 ans qui ne marche plus") is None
    assert case_opener("Dossier 4 – le budget prévisionnel est joint.") is None


LETTERS = [
    "Annexe 3 – Lettres d'adressage au kinésithérapeute",
    "Lettre 2 – retraitée, 68 ans, ancienne institutrice, commune de Vannes",
    "Chère consœur,",
    "Votre patiente, vue ce jour pour une rééducation de l'équilibre, m'explique : « Je n'ose plus "
    "sortir seule depuis ma chute de l'hiver dernier, même pour aller au marché. »",
    "Je vous remercie de votre prise en charge.",
    "Lettre 6 – retraité, 74 ans, ancien boulanger, commune de Lorient",
    "Cher confrère, votre patient se plaint de douleurs du genou : « Je ne peux plus descendre à la cave "
    "sans me tenir des deux mains. »",
]


def test_a_letter_heading_gives_its_code(gazetteer):
    text, segs = _segment(LETTERS, gazetteer, doc={"kind": "these"}, structure=_structure(LETTERS, [0, 1, 5]))
    s = _at(text, segs, "Je n'ose plus sortir seule")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Lettre 2", "Bretagne")
    assert _at(text, segs, "sans me tenir des deux mains").speaker == "Lettre 6"
    assert _at(text, segs, "rééducation de l'équilibre").kind == "narrative"


RECORDS = [
    "Résultats",
    "Nous avons relu les observations saisies par les médecins du centre de santé de Millau en 2023.",
    "Dossier 8 (H, 72 ans) – Motif : essoufflement. Rapporte : « Je monte l'escalier en deux fois, je m'arrête "
    "au palier. » Auscultation : crépitants aux bases.",
    "Dossier 9 (F, 70 ans) – Motif : contrôle. Courrier du cardiologue : « fonction ventriculaire conservée, "
    "pas de modification du traitement ».",
    "Dossier 31 (F, 90 ans) – Motif : chute. Fille présente. Pte : « Moi je veux rester dans ma maison, "
    "je ne partirai pas en maison de retraite. »",
]


def test_record_extracts_quote_the_patient(gazetteer):
    text, segs = _segment(RECORDS, gazetteer, doc={"kind": "these"}, structure=_structure(RECORDS, [0]))
    s = _at(text, segs, "Je monte l'escalier en deux fois")
    assert (s.kind, s.speaker) == ("verbatim", "Dossier 8")
    assert _at(text, segs, "je ne partirai pas en maison").speaker == "Dossier 31"
    # near miss: a report quoted in the third person is no one's words
    assert _at(text, segs, "fonction ventriculaire conservée").kind != "verbatim"
    assert len(speech(segs)) == 2


def test_a_record_set_as_bar_fields_over_its_quoted_comment(gazetteer):
    # s37: "Fiche n° 07 | Poste : émouleur | Âge : 58 ans | …" then "Commentaire du salarié : « … »" and a
    # "Conclusion : …" field: the record's number speaks, its fields describe him; the conclusion field is no
    # attribution; near miss: bar fields with no age are no case
    assert case_heading("Fiche n° 07 | Poste : émouleur | Âge : 58 ans | Ancienneté : 40 ans") == \
        ("Fiche n° 07", "émouleur, 58 ans, 40 ans")
    assert case_heading("Fiche n° 3 | Atelier : polissage | Bruit : 92 dB") is None
    lines = ["Fiche n° 07 | Poste : émouleur | Âge : 58 ans | Ancienneté : 40 ans | Audiogramme : perte à 4 kHz",
             "Commentaire du salarié : « Chez nous, devenir sourd, c'était le métier qui rentrait, trop tard pour moi. »",
             "Conclusion : orientation vers une consultation ORL, port de protections moulées conseillé."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "devenir sourd, c'était le métier")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Fiche n° 07", "autre")
