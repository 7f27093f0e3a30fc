"""A parent credited by the child's (modified) first name, "(mère d'Enzo, 7 ans)", after a
quotation in a sentence (quotes.py with attributions.KIN_OF, the kinship nouns of
lang/fr/anaphoric_speakers.yaml), and a paramedical professional leading a quotation ("Une autre
orthophoniste, installée plus récemment, nuance : « … »": person_nouns). An editorial "[sic]"
inside the quotation blocks nothing. Session 21 (segfix52): round 38's speech-therapy memoir."""

from __future__ import annotations

from segment_text import segment_at, segment_lines


def test_a_parent_named_by_the_child_and_a_speech_therapist(gazetteer):
    lines = ["Les entretiens ont été conduits au Robert, auprès de quatre orthophonistes et de cinq parents.",
             "Le premier obstacle cité par les familles est le délai : « on a attendu dix-huit mois, dix-huit mois "
             "[sic] sans rien, et entre-temps il est rentré au CP » (mère d'Enzo, 7 ans).",
             "Une autre orthophoniste, installée plus récemment, nuance : « la CPTS a créé un annuaire des "
             "professionnels, maintenant les maîtresses savent au moins qui appeler »."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert segment_at(text, segs, "on a attendu dix-huit mois").kind == "verbatim"
    seg = segment_at(text, segs, "la CPTS a créé un annuaire")
    assert (seg.kind, seg.role) == ("verbatim", "autre_paramedical")


def test_unseen_variant_a_father_and_an_occupational_therapist(gazetteer):
    lines = ["Les familles rencontrées à Besançon décrivent un parcours long.",
             "Pour les rendez-vous, c'est toujours la même chose : « on appelle, on laisse un message, personne ne "
             "rappelle » (père de Louna, 9 ans).",
             "Une ergothérapeute, en poste depuis peu, ajoute : « on voit les enfants trop tard, après deux ans "
             "d'attente »."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert segment_at(text, segs, "personne ne rappelle").kind == "verbatim"
    assert segment_at(text, segs, "on voit les enfants trop tard").kind == "verbatim"


def test_near_miss_kin_words_that_name_no_one(gazetteer):
    # a term quoted with a figure of speech after it, a literary work with its author and year
    lines = ["La loi parle d'un « parcours coordonné » (mère de toutes les réformes, selon ses auteurs).",
             "Le roman « Les Années » (fille de Normandie, Ernaux 2008) revient sur cette période."]
    _, segs = segment_lines(lines, gazetteer, doc={"kind": "memoire"})
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]
