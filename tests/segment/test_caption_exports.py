"""A video's automatic captions copied into a memoir (segment/caption_exports.py, s23-segdialog1,
round 41): a time before every lower-case unpunctuated line, run together by extraction onto the
sentence announcing them or kept apart; the captions are the words of the person the text presents,
the caption whose time the text cites as a question the interviewer's. Look-alikes: a video's
chapter list (capitalised titles after the times), a time cited once in a sentence."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.caption_exports import asked, cues_from

RUN_TOGETHER = [
    "Le reportage de la télévision locale interroge Mme Sandrine Tessier, pharmacienne à Quimper. L'animateur "
    "lui demande à 0:41 ce qui a changé. Voici les sous-titres automatiques : 0:41 et pour vous au comptoir "
    "ça change quoi 0:44 ben on voit arriver des gens qui n'ont plus de médecin 0:48 traitant depuis deux ans "
    "alors on fait le lien 0:52 avec la maison de santé",
    "Elle conclut sur le manque de médecins dans le Finistère.",
]

APART = [
    "Dans sa vidéo, la chaîne de la CPTS donne la parole au Dr Marc Olivo, pédiatre à Bastia.",
    "2:10 on reçoit les enfants le samedi matin",
    "2:13 sans rendez-vous et les parents savent",
    "2:17 qu'ils peuvent venir",
    "Je reviendrai sur cette permanence dans la discussion.",
]


def test_captions_run_onto_their_announcing_sentence(gazetteer):
    text, segs = _segment(RUN_TOGETHER, gazetteer)
    assert _at(text, segs, "et pour vous au comptoir").kind == "moderator"  # "lui demande à 0:41"
    s = _at(text, segs, "ben on voit arriver des gens")
    assert (s.kind, s.speaker, s.role) == ("turn", "Mme Sandrine Tessier", "pharmacien")
    assert _at(text, segs, "avec la maison de santé") is s  # one turn over the caption lines
    assert _at(text, segs, "Le reportage de la télévision").kind == "narrative"
    assert _at(text, segs, "Elle conclut sur le manque").kind == "narrative"


def test_captions_on_lines_of_their_own(gazetteer):
    text, segs = _segment(APART, gazetteer)
    s = _at(text, segs, "on reçoit les enfants le samedi")
    assert (s.kind, s.speaker, s.role) == ("turn", "Dr Marc Olivo", "medecin_specialiste")
    assert _at(text, segs, "qu'ils peuvent venir") is s
    assert _at(text, segs, "Je reviendrai sur cette").kind == "narrative"


def test_a_chapter_list_and_a_time_in_a_sentence_are_no_captions(gazetteer):
    chapters = ["La vidéo de la CPTS présente le Dr Paul Arena, médecin généraliste, en quatre chapitres :",
                "0:00 Introduction et présentation de l'équipe",
                "1:45 Les missions de la CPTS",
                "4:20 Le projet de santé",
                "Le Dr Arena y répond à 4:20 aux questions des habitants."]
    text, segs = _segment(chapters, gazetteer)
    assert all(s.kind not in ("turn", "verbatim", "moderator") for s in segs)
    assert [c.time for c in cues_from("1:02 et concrètement 1:05 alors on a 1:08 Bon. On", 0)] == ["1:02"]
    assert not asked("La vidéo dure 1:02 en tout.", "1:02")
