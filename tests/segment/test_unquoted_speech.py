"""Words given without quotation marks after a person takes the floor, in minutes
(segment/unquoted_speech.py). Look-alikes: reported speech ("indique que …"), a function
without a name ("Le président intervient : …"), a paragraph that quotes the words."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.unquoted_speech import unquoted_speech


def test_spans_only_after_a_named_floor_taker():
    chunk = ("Mme Roux prend la parole : Nous manquons de kinés depuis deux ans.\n"
             "Le président intervient : la séance est suspendue dix minutes.\n"
             "M. Faure indique que la commune soutiendra le projet.\n"
             "Le Dr Caron intervient : « Il faut un numéro unique. »\n")
    spans = unquoted_speech(chunk, [(chunk.index("«"), chunk.index("»") + 1)])
    assert [chunk[a:b] for a, b in spans] == ["Nous manquons de kinés depuis deux ans."]


def test_minutes_with_unquoted_speech(gazetteer):
    lines = ["Présents : Mme Hélène Roux, pharmacienne titulaire à Quimper ; M. Yann Faure, adjoint au maire de "
             "Quimper ; Dr Paul Caron, médecin généraliste à Douarnenez.",
             "M. Faure ouvre la séance et rappelle l'ordre du jour.",
             "Mme Roux prend la parole : Depuis l'hiver, nous voyons chaque semaine des patients sans médecin "
             "traitant. Nous renouvelons ce que nous pouvons.",
             "Le Dr Caron indique que deux confrères partiront en retraite l'an prochain.",
             "La séance est levée à 20 h."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "nous voyons chaque semaine des patients")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Hélène Roux", "pharmacien")
    assert _at(text, segs, "deux confrères partiront").kind == "narrative"
    assert _at(text, segs, "ouvre la séance").kind == "narrative"


# segfix32: a memoir names its participants by a number-marked code and gives their words after a
# colon without guillemets, in the first person.
CODED = [
    "Les six infirmières en pratique avancée rencontrées exercent en MSP dans le Tarn, en Occitanie.",
    "Pour l'IPA n°2, installée dans une MSP d'Albi depuis 2021, la question est tranchée : je ne fais pas de la "
    "médecine au rabais, je fais autre chose.",
    "L'IPA n°4 nuance ce constat à Rodez : moi je reçois surtout les patients que personne ne voulait suivre.",
    "La question du financement de ces consultations reste entière.",
]


def test_a_coded_participant_before_a_colon_and_words_in_the_first_person(gazetteer):
    from corpus.segment.unquoted_speech import coded_lead
    assert coded_lead("L'IPA n°4 nuance ce constat à Rodez : m") == "IPA 4"
    assert coded_lead("La recommandation HAS n°3 est claire : o") is None  # a body's text, not the sentence's subject
    text, segs = _segment(CODED, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je ne fais pas de la médecine")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "IPA 2", "infirmier")
    s = _at(text, segs, "moi je reçois surtout")
    assert (s.kind, s.speaker) == ("verbatim", "IPA 4")
    # words in the third person after the colon: the author's summary
    other = ["L'IPA n°4 nuance ce constat à Rodez : les patients suivis sont surtout des diabétiques perdus de vue."]
    text2, segs2 = _segment(other, gazetteer, doc={"kind": "memoire"})
    assert not [x for x in segs2 if x.kind in ("verbatim", "turn")]


# segfix50: a recorded lead — the medium, the participant's code, a date or a time, a colon, then
# words in the first person without quotation marks
def test_a_recorded_lead_before_unquoted_words(gazetteer):
    lines = ["Six masseurs-kinésithérapeutes, codés K1 à K6, ont enregistré une note vocale chaque soir.",
             "Note vocale de K1, 22/03, 19 h 40 : j'ai eu le médecin au téléphone pour la première fois depuis un an.",
             # unseen variant: a text message
             "SMS de K4, 2 avril : on a enfin reçu les comptes rendus de la clinique, je respire.",
             # near-miss: a note about the recordings, not a participant's words
             "Note vocale de synthèse, avril : les participants décrivent une charge croissante."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    k1 = _at(text, segs, "j'ai eu le médecin")
    assert (k1.kind, k1.speaker) == ("verbatim", "K1")
    k4 = _at(text, segs, "on a enfin reçu")
    assert (k4.kind, k4.speaker) == ("verbatim", "K4")
    assert _at(text, segs, "les participants décrivent").kind == "narrative"
