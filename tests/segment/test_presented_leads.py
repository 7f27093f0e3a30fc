"""A quotation whose lead-in only presents its speaker before the colon, with no verb
(segment/presented_leads.py, session 39): "Selon Odile, éleveuse à Marboz : « … »", "Maëlle (31 ans,
primipare, Bannalec) : « … »", "Le Dr Sébastien Delpech, médecin généraliste à Tarascon depuis vingt
ans : « … »". Look-alikes: a place and a date, a text's title, a clause with a speech verb, a label
opening several paragraphs, a word the text also writes in lower case."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines

from corpus.segment.presented_leads import presented_lead

INTRO = ["Ce rapport présente les résultats d'une enquête menée en 2024 auprès des habitants et des "
         "professionnels du territoire.",
         "Les entretiens ont été conduits au printemps, dans les locaux de la mairie, puis retranscrits."]


@pytest.mark.parametrize("lead, speaker, role", [
    ("Selon Odile, éleveuse à Marboz : ", "Odile", "autre"),
    ("Maëlle (31 ans, primipare, Bannalec) : ", "Maëlle", "autre"),
    ("Le Dr Sébastien Delpech, médecin généraliste à Tarascon-sur-Ariège depuis vingt ans : ",
     "Sébastien Delpech", "medecin_generaliste"),
    ("Pour le Dr Marc Jaillet, médecin du travail à la MSA de l'Ain : ", "Marc Jaillet", "medecin_specialiste"),
])
def test_the_presented_person_speaks(gazetteer, lead, speaker, role):
    lines = [*INTRO, lead + "« Ils arrivent souvent tard, avec des pathologies installées, mais on fait avec. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    seg = segment_at(text, segs, "Ils arrivent souvent tard")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", speaker, role)


@pytest.mark.parametrize("lead", [
    "Paris, le 3 mai 2024 : ",  # a place and a date
    "Le Plan régional de santé, adopté en 2023 : ",  # a text
    "Le docteur Olivier Marchand, médecin généraliste à Bourganeuf, en témoigne : ",  # a speech verb: its readers'
    "Par Joël Adélaïde, coordinateur de la CPTS : ",  # "par" a word of the text: no first name
])
def test_no_presented_lead(gazetteer, lead):
    text = "Le contrat local de santé a été signé par le maire.\n" + lead
    assert presented_lead(text, gazetteer, text) is None


def test_a_label_opening_several_paragraphs_is_the_labels_reading(gazetteer):
    text = ("Verbatim (président) : « On nous demande des indicateurs. »\n"
            "Verbatim (coordinatrice) : ")
    assert presented_lead(text, gazetteer, text) is None


def test_the_presented_newcomer_not_the_running_speaker(gazetteer):
    # unseen: a midwife quoted by name, then a newcomer presented before the colon
    lines = [*INTRO,
             "Sophie Le Goff, sage-femme libérale à Quimperlé, nuance : « Trois visites, c'est souvent trop peu "
             "quand l'allaitement démarre mal. »",
             "Le Dr Sébastien Delpech, médecin généraliste à Tarascon-sur-Ariège : « Ils arrivent souvent tard, "
             "avec des pathologies installées. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "article"})
    assert segment_at(text, segs, "Ils arrivent souvent tard").speaker == "Sébastien Delpech"
    assert segment_at(text, segs, "Trois visites").speaker == "Sophie Le Goff"
