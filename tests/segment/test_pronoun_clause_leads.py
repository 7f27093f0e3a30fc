"""A lead-in whose speech verb has a subject pronoun after a subordinate clause ("Quand je lui
demande …, il se tait longtemps puis répond :") gives the quotation to the person its paragraph
opens with ("M. Boyer, ancien éleveur de quatre-vingt-onze ans, vit seul …"), not to the person
quoted before nor to the clause's noun (segment/quotes.py, subject_pronouns in lang/fr/grammar.yaml).
Near miss: a noun subject after the clause ("…, son fils répond :") is not the paragraph's person."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_the_paragraph_s_person_answers_in_italics(gazetteer):
    # the case: an italic original under the lead paragraph, after another patient's quotation
    lines = [
        "Sœur Rosalie, ancienne religieuse hospitalière, évoque l'infirmière qui passe chaque matin :",
        "La Maria ven cada matin, me parla, me fa rire, es mai que la pigura.",
        "[« Marie vient chaque matin, elle me parle, elle me fait rire, c'est plus que la piqûre. »] — Sr Rosalie, 88 ans, Nasbinals",
        "M. Boyer, ancien éleveur de quatre-vingt-onze ans, vit seul dans un buron à six kilomètres du bourg. "
        "Quand je lui demande s'il envisage de partir à l'EHPAD de Saint-Chély-d'Apcher, il se tait longtemps puis répond :",
        "Aicí soi nascut, aicí morirai. Lo mètge pòt dire çò que vòl.",
        "[« Ici je suis né, ici je mourrai. Le médecin peut dire ce qu'il veut. »]",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"}, styles=line_styles(lines, {1, 4}))
    s = _at(text, segs, "Aicí soi nascut")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. Boyer", "autre")


def test_a_quotation_on_the_lead_s_line(gazetteer):
    # unseen: another person, a feminine pronoun, the quotation in guillemets after the colon
    lines = [
        "Le Dr Vidal, médecin généraliste à Rodez, nous a reçus le matin : « Je ne prends plus de nouveaux patients depuis deux ans, je n'ai plus le temps. »",
        "Mme Cazals, ancienne institutrice de 87 ans, habite seule au-dessus de la boulangerie. Lorsque nous "
        "évoquons sa chute de l'hiver dernier, elle réfléchit un instant puis déclare : « Moi je ne partirai pas d'ici, mes voisins passent tous les jours. »",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je ne partirai pas d'ici")
    assert (s.speaker, s.role) == ("Mme Cazals", "autre")


def test_a_noun_subject_after_the_clause_is_someone_else(gazetteer):
    # near miss: the son answers, not the paragraph's person
    lines = [
        "M. Boyer, ancien éleveur de quatre-vingt-onze ans, vit seul dans un buron à six kilomètres du bourg. "
        "Quand je demande s'il envisage de partir à l'EHPAD, son fils, agriculteur, répond : « Moi je ne peux pas le prendre chez nous, on n'a pas la place. »",
    ]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "je ne peux pas le prendre").speaker != "M. Boyer"
