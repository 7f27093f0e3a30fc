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


# s50: an annex of participant cards, each titled by its code, its field line of profile, a line about
# the interview, then the one sentence the author kept; a participant who withheld her profession.
CODED_CARDS = [
    "Annexe 4 – Fiches participants",
    "Fiche P1",
    "Profession : masseur-kinésithérapeute | Fonction(s) : membre du bureau de la CPTS | Commune d'exercice : Lure",
    "Déroulement : au cabinet, 41 minutes.",
    "Phrase retenue : « On nous appelle quand tout le reste a échoué, et on trouve toujours une solution. »",
    "Fiche P2",
    "Profession : non renseignée | Fonction(s) : intervient auprès des familles | Commune d'exercice : Luxeuil-les-Bains",
    "Déroulement : par téléphone, 22 minutes.",
    "Phrase retenue : « Ce qui manque, c'est quelqu'un qui réponde la nuit quand les familles appellent. »",
]


def test_a_cards_kept_sentence_is_its_participants_words(gazetteer):
    text, segs = _segment(CODED_CARDS, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "On nous appelle quand tout le reste")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "P1", "kinesitherapeute", "Bourgogne-Franche-Comté")
    s = _at(text, segs, "Ce qui manque, c'est quelqu'un")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "P2", "inconnu")
