"""A role word inside a longer role phrase that another rule matches belongs to that phrase
(segment/roles.py, lang/fr/roles.yaml): an "agent de service hospitalier" is a service agent (autre),
not a hospital. Near misses: the hospital word on its own or in a phrase no rule reads stays a
hospital's role."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer
from corpus.segment.roles import normalize_role


def test_service_agent_in_a_survey_answer_is_autre():
    # the case: a free answer closed by a slash and the respondent's profile
    lines = [
        "Q2. Qu'est-ce qui vous a aidé pendant la crise ?",
        "La solidarité entre services, la lingerie venait nous aider le soir / agent de service hospitalier, EHPAD",
        "Des consignes plus stables, on changeait de protocole chaque semaine / infirmière, EHPAD de Pontarlier",
    ]
    text, segs = _segment(lines, load_gazetteer(str(GAZETTEER_PATH)), doc={"kind": "rapport"},
                          styles=line_styles(lines, {1, 2}))
    assert _at(text, segs, "la lingerie venait nous aider").role == "autre"
    assert _at(text, segs, "on changeait de protocole").role == "infirmier"


@pytest.mark.parametrize("raw, role", [
    ("agent de service hospitalier, EHPAD", "autre"),
    # unseen: the plural official title, another establishment
    ("Agents des services hospitaliers (équipe de nuit), maison de retraite", "autre"),
    # near misses: the hospital word alone or in a phrase no rule reads is the hospital's
    ("médecin hospitalier", "hospitalier"),
    ("praticien hospitalier, CHU de Limoges", "hospitalier"),
    ("cadre du service hospitalier de gériatrie", "hospitalier"),
])
def test_the_longer_phrase_wins(raw, role):
    assert normalize_role(raw) == role
