"""A user test's notes (segment/think_aloud_notes.py): one remark of the participant per paragraph,
no quotation mark, label or code, between the observer's italic stage notes about "la personne",
in a document that says the participant speaks aloud. Look-alikes that must not change: field
notes in the third person between the same stage notes, the same notes in a document that names no
such procedure, a single stage note."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment


def _styles(lines: list[str], notes: list[str]) -> list[dict]:
    """The stage notes in italics, wherever they stand on a line."""
    out, pos = [], 0
    for t in lines:
        for note in notes:
            at = t.find(note)
            if at >= 0:
                out.append({"char_start": pos + at, "char_end": pos + at + len(note), "style": "italic"})
        pos += len(t) + 1
    return out


NOTES = ["(le participant ouvre l'agenda partagé)", "(le participant revient à l'accueil)",
         "(le participant cherche le bouton d'envoi)"]

PROCEDURE = [
    "Test utilisateur de l'application de la CPTS, session 3",
    "Nous demandons à chaque participant de penser à voix haute pendant qu'il découvre l'application.",
]

SESSION = PROCEDURE + [
    "Je ne vois pas où on prend rendez-vous avec l'infirmière.",
    "C'est quoi la différence entre téléconsultation et téléexpertise ? " + NOTES[0],
    "Les couleurs des créneaux sont lisibles.",
    "Ah, là je comprends mieux, c'est rangé par jour. " + NOTES[1],
    NOTES[2],
    "Je m'attendais à un bouton en bas de l'écran !",
]


def test_remarks_between_stage_notes_are_the_participants_words(gazetteer):
    text, segs = _segment(SESSION, gazetteer, styles=_styles(SESSION, NOTES))
    for remark in ("Je ne vois pas où", "C'est quoi la différence", "Les couleurs des créneaux",
                   "Ah, là je comprends mieux", "Je m'attendais à un bouton"):
        assert _at(text, segs, remark).kind == "verbatim"
    assert _at(text, segs, "le participant ouvre l'agenda").kind == "narrative"
    assert _at(text, segs, "penser à voix haute").kind == "narrative"


FIELD = PROCEDURE + [
    "Il ouvre l'application et parcourt la page d'accueil.",
    "Il clique sur l'onglet des rendez-vous puis revient en arrière. " + NOTES[0],
    "Il lit la liste des professionnels sans rien choisir.",
    "Il hésite longuement devant le formulaire. " + NOTES[1],
]


def test_field_notes_in_the_third_person_stay_narrative(gazetteer):
    text, segs = _segment(FIELD, gazetteer, styles=_styles(FIELD, NOTES))
    assert {s.kind for s in segs} & {"verbatim", "turn"} == set()


def test_stage_notes_need_a_procedure_and_two_notes(gazetteer):
    no_procedure = ["Compte rendu de la réunion du bureau"] + SESSION[2:]
    text, segs = _segment(no_procedure, gazetteer, styles=_styles(no_procedure, NOTES))
    assert _at(text, segs, "Les couleurs des créneaux").kind == "narrative"
    one_note = SESSION[:4] + ["Les couleurs des créneaux sont lisibles."]
    text, segs = _segment(one_note, gazetteer, styles=_styles(one_note, NOTES))
    assert _at(text, segs, "Les couleurs des créneaux").kind == "narrative"


def test_remark_ranges_read_both_gates_in_either_order():
    # remark_ranges tests the stage notes before the procedure's words (the whole text folded):
    # a usability test's notes ("test d'utilisabilité") give ranges; the same lines under a
    # meeting's title give none, and so do the procedure's words over a single stage note
    from corpus.segment.base import split_lines
    from corpus.segment.think_aloud_notes import remark_ranges

    def ranges(lines):
        text = "\n".join(lines)
        italic = [(s["char_start"], s["char_end"]) for s in _styles(lines, NOTES)]

        def share(a, b):
            return sum(max(0, min(b, e) - max(a, s)) for s, e in italic) / max(1, b - a)
        return remark_ranges(split_lines(text), set(), share, text)

    usability = ["Séance de test d'utilisabilité de l'agenda partagé, à voix haute."] + SESSION[2:]
    assert ranges(usability)
    assert ranges(["Compte rendu de la réunion du bureau"] + SESSION[2:]) == []
    assert ranges(usability[:3] + ["Les couleurs des créneaux sont lisibles."]) == []
