"""Speaker labels in brackets run together without punctuation between the turns
(corpus/segment/bracketed_runs.py). Session 10 (seggen10): the perturbation benchmark's
label_parens / label_braces / label_angle rows lost lower-case, unpunctuated transcripts whose
paragraphs the extraction ran into one once their labels opened with a bracket."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.base import split_lines
from corpus.segment.bracketed_runs import split_bracketed
from corpus.segment.recurring_labels import prefix_of, settings


def _cut(text: str) -> list[str]:
    s = settings()
    return [ln.text for ln in split_bracketed(split_lines(text), lambda t: prefix_of(t, s), s) if ln.text]


RUN = ("Entretien semi-directif, réalisé par téléphone le 9 février 2022 ; sf2 exerce en cabinet à Auxerre (Yonne). "
       "{open}enq{close} alors pour commencer vous pouvez me dire depuis quand vous êtes installée "
       "{open}sf2{close} depuis 2015 à Auxerre, avant j'étais à la maternité de Sens pendant huit ans "
       "{open}enq{close} et la CPTS vous l'avez connue comment "
       "{open}sf2{close} par une collègue en fait, elle m'a dit viens on a besoin de sages-femmes pour le parcours grossesse "
       "{open}enq{close} d'accord et pendant le covid "
       "{open}sf2{close} ben c'est là que ça a pris sens, on faisait les suivis à domicile (rires) et les médecins "
       "nous envoyaient les patientes (rires)")


@pytest.mark.parametrize("open_, close", [("(", ")"), ("{", "}"), ("<", ">"), ("[", "]")])
def test_bracketed_labels_run_together_become_turns(gazetteer, open_, close):
    text, segs = segment_lines([RUN.format(open=open_, close=close)], gazetteer)
    seg = segment_at(text, segs, "depuis 2015 à Auxerre")
    assert (seg.kind, seg.speaker) == ("turn", "sf2")
    assert segment_at(text, segs, "ben c'est là que").kind == "turn"
    assert segment_at(text, segs, "et la CPTS vous l'avez").kind == "moderator"


def test_an_aside_is_no_label():
    pieces = _cut(RUN.format(open="(", close=")"))
    assert not any(p.startswith("(rires)") for p in pieces)
    assert sum(p.startswith("(sf2)") for p in pieces) == 3


@pytest.mark.parametrize("text", [
    # look-alikes: a paragraph citing lettered annexes, a quotation marked (sic) twice
    "Les pièces du dossier sont présentées en annexe (Annexe A) avec le règlement intérieur de la CPTS "
    "(Annexe B) et la convention avec l'agence (Annexe A) puis le budget (Annexe B) validé en assemblée.",
    "Le courrier parle d'une « coordination territorialle (sic) des soins » puis d'un « parcours "
    "coordonée (sic) » sans que personne ne relise le texte avant l'envoi aux adhérents.",
])
def test_look_alikes_give_no_turn(gazetteer, text):
    _, segs = segment_lines([text], gazetteer)
    assert all(s.kind not in ("turn", "moderator") for s in segs)


def test_a_key_and_placeholders_are_not_cut():
    # look-alikes: the key of the labels ("(E) : enquêteur ; (D) : directrice") and an anonymised
    # transcript's placeholders ("[ville]", "[Nom]") recur in brackets inside lines, no turn opens there
    text = ("Entretien réalisé à Angoulême. (E) : enquêteur ; (D) : directrice du DAC\n"
            "(E) Merci de me recevoir, on commence ?\n"
            "(D) Alors on est à [ville] depuis 2019, avec le Dr [Nom] et puis [Nom] la secrétaire à [ville] aussi\n"
            "(E) Et pendant le covid ?\n"
            "(D) Non, pas du tout, c'est la CPTS de [ville] qui a tout porté avec [Nom]\n")
    pieces = _cut(text)
    assert "(E) : enquêteur ; (D) : directrice du DAC" in text and not any(p.startswith("(D) : directrice") for p in pieces)
    assert not any(p.startswith(("[ville]", "[Nom]")) for p in pieces)


def test_the_role_inside_a_bracketed_label_is_no_label():
    # "(Julie (IDE)) …": the parenthesis inside the label is its role, not a turn of "IDE"
    text = ("(Modératrice) Qu'est-ce que la communauté a changé pour vous ? (Julie (IDE)) Pour moi, surtout les liens "
            "avec la pharmacie du bourg (Marc (MG)) oui et les protocoles de soins non programmés (Julie (IDE)) même "
            "si on les utilise encore peu (Modératrice) Pourquoi ? (Marc (MG)) parce que personne ne les a présentés\n")
    assert not any(p.startswith(("(IDE)", "(MG)")) for p in _cut(text))
