"""Extract cards, "Profil : …" then "Extrait : « … »" (segment/extract_cards.py): the quotation is
the words of the person the profile describes, the profile on the line above or run into the
extract's line; look-alikes: an extract of a text with no profile, a profile that describes no
person."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

CARDS = [
    "Fiches d'extraits – axe 2 : l'adhésion à la CPTS",
    "Fiche 1",
    "Profil : masseur-kinésithérapeute libéral, Forcalquier, adhérent depuis l'origine",
    "Extrait : « J'ai adhéré parce que c'était le seul endroit où les médecins acceptaient de parler de rééducation. »",
    "Commentaire : l'adhésion est vécue comme un accès à des interlocuteurs.",
    "Fiche 2",
    "Profil : chargée de mission de la délégation départementale de l'ARS, Digne-les-Bains Extrait : « Notre rôle, "
    "c'est de financer et de ne pas trop nous en mêler. »",
    "Fiche 3",
    "Profil : convention signée en 2021, Manosque",
    "Extrait : « Les parties s'engagent à organiser les soins non programmés sur le territoire. »",
    "Annexe 4",
    "Extrait : « Nous avons décidé de réunir les professionnels du territoire chaque trimestre. »",
]


def test_the_profile_above_or_on_the_line_describes_the_speaker(gazetteer):
    text, segs = _segment(CARDS, gazetteer)
    kine = _at(text, segs, "J'ai adhéré parce que")
    assert (kine.kind, kine.speaker, kine.role, kine.region) == ("verbatim", "", "kinesitherapeute",
                                                                 "Provence-Alpes-Côte d'Azur")
    ars = _at(text, segs, "Notre rôle, c'est de financer")
    assert (ars.kind, ars.role) == ("verbatim", "institutionnel_ars")
    assert _at(text, segs, "Commentaire : l'adhésion").kind == "narrative"


def test_an_extract_without_a_person_s_profile_stays_narrative(gazetteer):
    text, segs = _segment(CARDS, gazetteer)
    assert _at(text, segs, "Les parties s'engagent").kind == "narrative"  # the profile of a text
    assert _at(text, segs, "Nous avons décidé de réunir").kind == "narrative"  # no profile at all
