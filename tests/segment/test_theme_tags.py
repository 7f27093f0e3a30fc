"""A qualitative software's theme tags in braces between the turns ("{Thème : CPTS}", Sonal's
thematised extracts): nobody's words, whether on a line of their own (transcriber_notes.is_aside) or
run by the extraction into the end of the turn before the next label (base.append_cut). Near-miss:
braces inside a turn's words stay in the turn."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer
from corpus.segment.transcriber_notes import is_aside


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


CASE = [
    "Annexe 9 – Entretien E6 (export Sonal)",
    "Dr B., médecin généraliste installé à Provins depuis 2011. Entretien au cabinet, 47 minutes. "
    "{Thème : soins non programmés} <Enquêteur> Comment vous organisez-vous pour les demandes du jour ? "
    "<Dr B.> On garde une heure le matin sans rendez-vous, mais c'est pris d'assaut. Le patient qu'on envoie "
    "à Melun, il ne va pas y aller. {Thème : CPTS} <Enquêteur> Vous êtes adhérent de la CPTS ? "
    "<Dr B.> Adhérent oui, actif pas vraiment. <Enquêteur> Qu'est-ce qui vous ferait venir ? "
    "<Dr B.> Des réunions en visio à midi.",
]

# other tags, one per line, another label form
VARIANT = [
    "Entretien 4 – pharmacienne, Dole",
    "ENQ : Depuis quand travaillez-vous avec la maison de santé ?",
    "PH4 : Depuis l'ouverture, en 2019. On se voit tous les mois.",
    "{Code : coordination / réunions}",
    "ENQ : Et pour les protocoles ?",
    "PH4 : On en a deux, les cystites et la conjonctivite.",
    "{Code : protocoles de coopération}",
    "ENQ : Merci.",
]


def test_tags_run_into_turns(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    assert _at(text, segs, "{Thème : CPTS}").kind not in ("turn", "verbatim")
    assert _at(text, segs, "il ne va pas y aller").kind == "turn"
    assert _at(text, segs, "Adhérent oui").kind == "turn"


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    assert _at(text, segs, "{Code : coordination").kind not in ("turn", "verbatim")
    assert _at(text, segs, "{Code : protocoles").kind not in ("turn", "verbatim")
    assert _at(text, segs, "les cystites").kind == "turn"


def test_near_misses(gazetteer):
    assert not is_aside("On a un tableau {prénom, date} qu'on remplit.")
    text, segs = _segment([
        "ENQ : Comment notez-vous les appels ?",
        "IDE1 : Dans le cahier. On écrit {nom, heure} et c'est tout.",
        "ENQ : D'accord.",
        "IDE1 : Oui, on le relit le soir.",
    ], gazetteer)
    assert _at(text, segs, "{nom, heure}").kind == "turn"
