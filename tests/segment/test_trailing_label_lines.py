"""A transcription export's time-stamped label lines run onto the paragraph before them
(segment/trailing_label_lines.py), and the note resolving its numbered labels; look-alikes: a
time inside a sentence, a label without a time, a single stray stamp, a note of one entry."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.trailing_label_lines import (
    export_legend,
    is_author,
    split_at_trailing_labels,
    trailing_label_at,
)

# an automatic transcription (Word, Teams) whose "time Locuteur N" lines the extraction joined
EXPORT = [
    "Annexe 4 – Entretien avec une infirmière libérale (transcription automatique)",
    "Légende des locuteurs : Intervenant 1 : moi-même ; Intervenant 2 : infirmière libérale à Dinan (Côtes-d'Armor).",
    "Je vous remercie d'avoir accepté. Comment avez-vous connu la CPTS ? 00:00:21 Intervenant 2",
    "Par une collègue, au moment des tests. On faisait les prélèvements sur le parking. 00:01:05 Intervenant 1",
    "Et aujourd'hui, vous y participez encore ? 00:01:09 Intervenant 2",
    "Oui, je suis dans le groupe des soins non programmés, on se voit tous les mois.",
]


def test_cut_where_the_stamped_label_starts():
    line = "Comment avez-vous connu la CPTS ? 00:00:21 Intervenant 2"
    assert line[trailing_label_at(line):] == "00:00:21 Intervenant 2"
    assert trailing_label_at("Le rendez-vous était fixé. Locuteur 2") is None  # no time: a sentence's end
    assert trailing_label_at("La réunion a commencé à 10:30 avec les pharmaciens.") is None


def test_export_turns_found_with_the_notes_roles(gazetteer):
    text, segs = _segment(EXPORT, gazetteer)
    s = _at(text, segs, "Par une collègue, au moment des tests")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Intervenant 2", "infirmier", "Bretagne")
    s = _at(text, segs, "je suis dans le groupe des soins non programmés")
    assert (s.kind, s.speaker, s.role) == ("turn", "Intervenant 2", "infirmier")
    assert _at(text, segs, "Et aujourd'hui, vous y participez").kind == "moderator"


def test_export_legend_needs_two_numbered_entries():
    assert export_legend(["Note : Locuteur 1 : moi-même ; Locuteur 2 : pharmacienne à Figeac."]) == {
        "Locuteur 1": "moi-même", "Locuteur 2": "pharmacienne à Figeac"}
    assert export_legend(["Locuteur 2 : pharmacienne à Figeac."]) == {}  # one entry is a turn, not a key
    assert export_legend(["Objectif 1 : réduire les délais ; objectif 2 : partager"]) == {}  # no capital: no label
    assert is_author("moi-même") and is_author("l'autrice du mémoire") and not is_author("pharmacienne")


def test_a_stray_stamp_or_two_change_nothing():
    lines = ["Le webinaire a été enregistré. 00:12:30 Intervenant 2",
             "La présentation a duré une heure.",
             "Les diapositives sont en annexe. 00:45:10 Intervenant 3"]
    assert [ln.text for ln in split_at_trailing_labels(split_lines("\n".join(lines)))] == lines


def test_chronology_with_times_stays_narrative(gazetteer):
    lines = ["Déroulé de la journée du 12 mars.",
             "Accueil des participants à 09:00 dans la salle du conseil.",
             "Ouverture par le président à 09:30. Présentation du diagnostic territorial à 10:00.",
             "Ateliers en sous-groupes à 11:00. Restitution à 14:00 et clôture à 16:30."]
    text, segs = _segment(lines, gazetteer)
    assert {s.kind for s in segs if s.kind in ("turn", "moderator", "verbatim")} == set()
