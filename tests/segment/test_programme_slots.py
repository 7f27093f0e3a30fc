"""Talk titles in guillemets on a day's programme (segment/programme_slots.py). Look-alikes that
must not change: a press piece quoting someone after a time, a timed transcript's time codes,
a programme's slot with an attributed remark elsewhere in prose."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.programme_slots import credited_slot_title, day_programme, is_programme, slot_title

PROGRAMME = [
    "Rencontres territoriales de la coordination – Programme – Rouen, 4 avril 2024",
    "8 h 45 : Accueil café.",
    "9 h 15 : « Une CPTS, pour quoi faire ? » – Dr Paul Lemaire, président de l'URPS médecins.",
    "10 h 30 : « Je ne suis pas soignante, mais je fais tenir le réseau » – Aurélie Roux, coordinatrice.",
    "14 h : Table ronde : « Le premier recours après la crise sanitaire ».",
    "16 h 30 : Clôture.",
]


def test_titles_on_slots_are_narrative(gazetteer):
    text, segs = _segment(PROGRAMME, gazetteer)
    for snippet in ("Une CPTS, pour quoi faire", "Je ne suis pas soignante", "Le premier recours après"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet


PRESS = [
    "Le centre de vaccination ouvre ses portes",
    "9 h 30 : la file d'attente dépasse déjà le parking.",
    "10 h 15 : le premier patient est vacciné.",
    "11 h : « On a tout monté en huit jours, avec les médecins du secteur », explique Julie Caron, infirmière libérale.",
]


def test_a_timeline_quote_with_its_incise_stays_speech(gazetteer):
    text, segs = _segment(PRESS, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "On a tout monté en huit jours")
    assert (s.kind, s.speaker) == ("verbatim", "Julie Caron")


def test_slot_leads():
    assert slot_title("9 h 30 : ")
    assert slot_title("11 h 00 : Table ronde : ")
    assert slot_title("9 h 30 : ", " – Dr Claire Vasseur, présidente.")
    assert not slot_title("11 h : ", ", explique Julie Caron, infirmière libérale.")
    assert not slot_title("9 h 30 : Dr Vasseur : ")  # a person led: not a title's slot
    assert not slot_title("00:12:45 ")
    lines = split_lines("\n".join(PROGRAMME))
    assert is_programme(lines)
    assert not is_programme(split_lines("\n".join(PRESS[1:3])))


def test_slots_joined_into_one_paragraph_after_a_dash(gazetteer):
    """s28-segr48a (round 48's regional CPTS day): "9h30 – « title » – name, function" slots, the
    extraction joining the short lines into one paragraph; unseen: another day, other talks; the
    dash after the clock instead of a colon."""
    joined = ["Rencontres de l'exercice coordonné – Besançon, 12 mars 2026",
              "8h45 – Accueil 9h15 – « Ce que la maison de santé m'a appris » – Léa Fournier, infirmière, Pontarlier "
              "10h00 – « On a ouvert un centre de soins non programmés, et après ? » – Dr Marc Vidal, médecin "
              "généraliste, Dole 11h30 – Pause 12h00 – Déjeuner."]
    text, segs = _segment(joined, gazetteer)
    for snippet in ("Ce que la maison de santé", "On a ouvert un centre de soins"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet
    assert slot_title("8h45 – Accueil 9h15 – « Ce » – Léa Fournier 10h00 – ", " – Dr Marc Vidal, médecin.")
    assert slot_title("10 h 00 – ", " – Dr Marc Vidal.")
    assert is_programme(split_lines("\n".join(joined)))


def test_a_timeline_with_dashes_keeps_its_quote(gazetteer):
    """Near-miss: a press piece's timeline in one paragraph, a quotation after a clock and a dash then
    an incise naming who speaks: someone's words."""
    assert not slot_title("8 h – Les équipes arrivent. 9 h – ", ", raconte Julie Caron, infirmière.")
    lines = ["Une journée aux urgences de Lons-le-Saunier",
             "7 h – La relève arrive. 8 h – Premier patient. 9 h – « On n'a pas encore pris un café, et la salle "
             "est déjà pleine », raconte Julie Caron, infirmière."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "On n'a pas encore pris un café")
    assert (s.kind, s.speaker) == ("verbatim", "Julie Caron")


DAY = [
    "Journée régionale de la santé environnementale – Programme",
    "Jeudi 3 octobre 2025 – Amiens",
    "9 h 00 – Accueil café",
    "9 h 30 – Dr Julien Caron (pneumologue, Abbeville) : « Pollens et asthme : mes patients, mes saisons »",
    "10 h 15 – Mme Laure Petit (conseillère en environnement, Amiens) : « Chez moi, l'air est-il sain ? »",
    "12 h 00 – Déjeuner",
]


def test_credited_slot_titles_are_narrative(gazetteer):
    """s33-segr57c: a day's slots naming their speaker with a profile in parentheses before the colon,
    the title in guillemets after it, first-person or not."""
    # the slots joined into one paragraph by extraction, as a PDF's short lines often are
    joined = [DAY[0], " ".join(DAY[1:])]  # "Jeudi 3 octobre 2025 – Amiens 9 h 00 – Accueil café 9 h 30 – …"
    text, segs = _segment(joined, gazetteer)
    for snippet in ("Pollens et asthme", "Chez moi, l'air est-il sain"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet
    assert credited_slot_title("9 h 30 – Dr Julien Caron (pneumologue, Abbeville) : ", "« Pollens et asthme »")
    assert day_programme(split_lines("\n".join(DAY)))


LOG = [
    "Cahier de liaison – service de soins à domicile de Ham",
    "8 h 10 – Passage chez Mme Roux.",
    "8 h 40 – Mme Roux (patiente, Ham) : « Je n'ai pas dormi de la nuit, j'ai eu mal au dos. »",
    "9 h 20 – Appel du Dr Vasseur (médecin traitant, Ham) : « Je passerai ce soir. »",
]


def test_a_timed_log_keeps_its_speech():
    """Near miss: a log of timed remarks, no event slot, sentences closed inside the guillemets."""
    assert not day_programme(split_lines("\n".join(LOG)))
    assert not credited_slot_title("8 h 40 – Mme Roux (patiente, Ham) : ", "« Je n'ai pas dormi de la nuit, j'ai eu mal. »")
    assert not credited_slot_title("9 h 30 – Dr Julien Caron : ", "« Pollens et asthme »")  # no profile: no credit
