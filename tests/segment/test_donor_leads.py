"""A donor's message reproduced in a crowdfunding campaign's report, "Paulette (30 €), Bastia :
« … »" (segment/donor_leads.py): the donor speaks (none for "Anonyme"), the description after the
amount gives the role and the place; look-alikes: a parenthesis that gives no amount, an amount
that is no gift's (a price list's line), a suggested message without a donor."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines, speech

from corpus.segment.donor_leads import donor_lead

REPORT = [
    "Bilan de la cagnotte – Un rétinographe pour le centre de santé de Lamballe",
    "La cagnotte en ligne a réuni 96 donateurs pour 7 250 euros ; voici quelques-uns des mots qu'ils ont laissés.",
    "Gwenaëlle (35 €), Plénée-Jugon : « Mon père attendait huit mois pour un fond d'œil à Saint-Brieuc, merci à vous. »",
    "Yann Le Bihan (150 euros), infirmier libéral à Moncontour : « Enfin un dépistage au plus près des patients "
    "diabétiques de nos campagnes. » Anonyme (15 €), Lamballe : « Continuez comme ça, on a besoin de vous ici. »",
    "Le matériel a été installé en septembre.",
]


def test_each_message_its_donor(gazetteer):
    text, segs = segment_lines(REPORT, gazetteer)
    s = segment_at(text, segs, "huit mois pour un fond")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Gwenaëlle", "autre", "Bretagne")
    s = segment_at(text, segs, "au plus près des patients")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Yann Le Bihan", "infirmier", "Bretagne")
    s = segment_at(text, segs, "on a besoin de vous ici")  # run on into the line before: still a lead
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Bretagne")
    assert len(speech(segs)) == 3


def test_suggested_messages_are_nobodys(gazetteer):
    lines = ["Soutenez le centre de santé de Lamballe", "Besoin d'une idée ? Choisissez un message :",
             "« Je donne pour la santé de mon canton. »", "À partir de 10 euros : votre nom sur le site."]
    assert speech(segment_lines(lines, gazetteer)[1]) == []


@pytest.mark.parametrize("lead", [
    "Gwenaëlle (Plénée-Jugon) : ",  # no amount
    "Gwenaëlle (35 ans), Plénée-Jugon : ",  # an age, no gift (the description rules read it)
    "Le centre a reçu 35 € (don) : ",  # an amount in the sentence, not after a name
])
def test_near_misses_are_no_donor(lead):
    assert donor_lead(lead) is None


def test_a_priced_item_is_no_donor(gazetteer):
    # the shape of a donor's lead, but nothing before it speaks of gifts: a price list's line
    lines = ["Boutique du centre", "Mug (15 €), Lamballe : « Le centre de santé, c'est la vie. »"]
    assert speech(segment_lines(lines, gazetteer)[1]) == []
