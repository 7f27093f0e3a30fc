"""Transcripts whose turns open with a dash before the speaker's label (segment/dash_led_labels.py):
a webinar typed in a word processor ("– Name : …" with a non-breaking space, "- Name: …" unspaced),
read like its dash-less twin; look-alikes: a programme's bulleted fields, a FAQ in dashes with no
label, a table of figures, a list of people each named once."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.dash_led_labels import (
    bare_dash_turns,
    dash_led_lines,
    dash_led_speakers,
    fold_dash_led_labels,
)

WEBINAIRE = [
    "Webinaire de la CPTS du Val d'Oise, 12 mars 2021",
    "– Claire Martin\u00a0: Bonjour à toutes et tous, je suis coordinatrice de la CPTS, on va parler des tests.",
    "Nous avons commencé en avril, avec trois pharmacies et le laboratoire du centre.",
    "– Julien Roche\u00a0: Merci Claire. Une question du chat : comment avez-vous recruté les infirmiers ?",
    "– Claire Martin\u00a0: On a envoyé un courriel à tous les cabinets, puis on a appelé ceux qui ne répondaient pas.",
    "– Julien Roche\u00a0: Et les médecins, ils ont suivi ?",
    "– Claire Martin\u00a0: Oui, la moitié d'entre eux au bout d'un mois, je dirais.",
]

FORMATION = [
    "Formation recherche utilisateur",
    "- Ugo: bonjour, nous sommes en direct, on va commencer par se présenter.",
    "- Bonjour à toutes et tous, je suis chargée de recherche et très contente d'être là.",
    "- Ugo: rapidement, je vous présente notre pôle et ce qu'on fait pour les administrations.",
    "- Kheira: je dirais que la recherche fait partie du design, on ne conçoit pas sans comprendre.",
    "- Parfait, merci Kheira.",
    "- Kheira: c'est une très bonne question, il faut prévoir le temps d'analyse.",
]


def test_a_dash_led_webinar_is_read_as_turns(gazetteer):
    text, segs = _segment(WEBINAIRE, gazetteer)
    s = _at(text, segs, "Bonjour à toutes et tous, je suis coordinatrice")
    assert (s.kind, s.speaker) == ("turn", "Claire Martin")
    assert _at(text, segs, "Nous avons commencé en avril") is s  # the turn goes on below
    assert _at(text, segs, "On a envoyé un courriel").speaker == "Claire Martin"
    assert _at(text, segs, "Webinaire de la CPTS").kind in ("heading", "narrative")


def test_an_unspaced_dash_and_first_name_with_bare_dash_turns(gazetteer):
    # the bare-dash lines are other people's turns: the two labels still take turns
    text, segs = _segment(FORMATION, gazetteer)
    assert (_at(text, segs, "je dirais que la recherche").kind, _at(text, segs, "je dirais que la recherche").speaker) \
        == ("turn", "Kheira")
    assert _at(text, segs, "il faut prévoir le temps").speaker == "Kheira"
    assert set(dash_led_speakers("\n".join(FORMATION))) == {"Ugo", "Kheira"}


def test_the_fold_keeps_every_offset_and_moves_only_the_dash():
    text = "\n".join(WEBINAIRE)
    folded = fold_dash_led_labels(text)
    assert len(folded) == len(text)
    assert folded.splitlines()[1].startswith("Claire Martin\u00a0:   Bonjour")
    assert folded.index("Bonjour à toutes") == text.index("Bonjour à toutes")
    assert folded.splitlines()[2] == WEBINAIRE[2]


@pytest.mark.parametrize("lines", [
    # a programme: bulleted fields, each named once
    ["Programme de la journée", "- Lieu : salle du conseil, mairie de Pontoise", "- Durée : une journée",
     "- Public : professionnels de santé du territoire", "- Inscription : avant le 3 mars", "- Contact : la coordinatrice"],
    # a FAQ in dashes: no label at all
    ["- Qui peut adhérer ? Tout professionnel du territoire.", "- Combien coûte l'adhésion ? Vingt euros.",
     "- Où ont lieu les réunions ? À la maison de santé.", "- Quand ? Le premier mardi du mois."],
    # a table of figures in dashes: numbers, not people
    ["- 2019 : 120 adhérents", "- 2020 : 180 adhérents", "- 2019 : 3 réunions", "- 2020 : 9 réunions"],
    # people interviewed elsewhere, each named once
    ["- Marie Dupont : directrice du design chez Acme", "- Paul Durand : juriste au ministère",
     "- Anne Petit : designer chez Beta", "- Luc Martin : chercheur à l'Inria"],
])
def test_look_alikes_keep_their_dashes(lines):
    text = "\n".join(lines)
    assert dash_led_lines(text) == []
    assert fold_dash_led_labels(text) == text


def test_the_programme_stays_narrative(gazetteer):
    lines = ["Programme", "- Lieu : salle du conseil", "- Durée : une journée", "- Lieu : la mairie annexe",
             "- Durée : une demi-journée"]
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_a_programme_of_repeated_sessions_is_no_transcript():
    lines = ["Programme", "- Atelier : les tests en pharmacie", "- Pause : café et viennoiseries",
             "- Atelier : la vaccination à domicile", "- Pause : déjeuner sur place"]
    assert dash_led_lines("\n".join(lines)) == []


def test_the_host_who_relays_the_questions_is_the_moderator(gazetteer):
    text, segs = _segment(WEBINAIRE, gazetteer)
    assert _at(text, segs, "Une question du chat").kind == "moderator"
    assert _at(text, segs, "Et les médecins, ils ont suivi").kind == "moderator"
    assert dash_led_speakers("\n".join(WEBINAIRE))["Julien Roche"] == {"moderator": True}


def test_when_both_sides_ask_no_one_is_the_host():
    lines = ["- Paul: tu viens ce soir à la réunion ?", "- Marie: je ne sais pas, tu y vas toi ?",
             "- Paul: oui, on parle des gardes, tu pourrais venir ?", "- Marie: d'accord, tu passes me prendre ?"]
    assert dash_led_speakers("\n".join(lines)) == {"Paul": {}, "Marie": {}}


HOSTED = [
    "Webinaire coordination, 9 décembre 2021",
    "- Ugo: bonjour, nous sommes en direct. Kheira, tu te présentes ?",
    "- Bonjour à toutes et tous, je suis chargée de recherche et très contente d'être là.",
    "- Ugo: une question du chat : combien de temps faut-il prévoir ?",
    "- Kheira: je dirais une semaine, voire un peu plus, pour préparer et analyser.",
    "- Parfait, merci Kheira.",
    "Je vois une autre question : faut-il enregistrer les entretiens ?",
    "- Kheira: oui, si la personne est d'accord, et on prend des notes à deux.",
    "- Ugo: et pour les tests, vous faites comment ?",
    "- Si vous avez une idée, dites-le-moi.",
    "Je suis preneuse de vos exemples dans le chat.",
]


def test_a_bare_dash_is_the_other_side_s_turn(gazetteer):
    text, segs = _segment(HOSTED, gazetteer)
    s = _at(text, segs, "je suis chargée de recherche")
    assert (s.kind, s.speaker) == ("turn", "Kheira")
    assert _at(text, segs, "je dirais une semaine").kind == "turn"
    assert _at(text, segs, "Parfait, merci Kheira").kind == "moderator"
    assert _at(text, segs, "faut-il enregistrer") is _at(text, segs, "Parfait, merci Kheira")  # the host goes on
    last = _at(text, segs, "Si vous avez une idée")
    assert (last.kind, last.speaker) == ("turn", "Kheira")
    assert _at(text, segs, "Je suis preneuse") is last
    assert _at(text, segs, "combien de temps faut-il").kind == "moderator"


def test_with_two_guests_a_bare_dash_is_left_alone():
    # whose turn a bare dash opens is only known between a host and ONE other speaker
    lines = HOSTED[:5] + ["- Marc: et moi je compte deux semaines, on travaille à deux."] + HOSTED[5:] \
        + ["- Marc: je confirme, on fait comme ça chez nous."]
    text = "\n".join(lines)
    assert bare_dash_turns(text, split_lines(text)) == {}


def test_a_workshop_s_notes_each_voice_heard_once_behind_a_dash(gazetteer):
    lines = ["Atelier 2 – Sortir de l'hôpital un vendredi soir",
             "Porteuse du sujet : Nadia Ferhat, infirmière libérale, Thann.",
             "Ce qui s'est dit",
             "— Nadia (infirmière libérale) : Le vendredi soir, je récupère des patients sans ordonnance de soins, "
             "et je passe le week-end à appeler l'hôpital.",
             "— M. Gross, pharmacien : Nous, on voit arriver les familles le samedi matin avec un traitement qu'on "
             "n'a pas en stock.",
             "— Dr Lang (cardiologue) : À l'hôpital, on sait que les sorties du vendredi posent problème, on essaie "
             "de les éviter.",
             "— Une personne de passage (qui n'a pas donné son nom) : Et les patients, on leur demande leur avis ?",
             "— Élise (aide-soignante) : Je pense qu'on devrait avoir un numéro unique pour le week-end.",
             "Idées d'action retenues",
             "• Une fiche de liaison remise au patient le jour de la sortie."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "je récupère des patients sans ordonnance")
    # (the full name the subject's line gives, as ANNOTATION.md reads a first-name label: s50)
    assert (s.kind, s.speaker, s.role) == ("turn", "Nadia Ferhat", "infirmier")
    s = _at(text, segs, "avec un traitement qu'on")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. Gross", "pharmacien")
    s = _at(text, segs, "les sorties du vendredi posent problème")
    assert (s.speaker, s.role) == ("Dr Lang", "medecin_specialiste")
    s = _at(text, segs, "on leur demande leur avis")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Une fiche de liaison remise").kind == "narrative"


def test_a_programme_of_dashed_items_is_no_one_s_words(gazetteer):
    lines = ["Programme de la journée",
             "— Accueil (hall d'entrée) : café et émargement à partir de 8 h 30.",
             "— Atelier A (salle 1) : les sorties d'hospitalisation, animé par la coordinatrice.",
             "— Atelier B (salle 2) : la permanence des soins, animé par le président.",
             "— Déjeuner (restaurant du personnel) : buffet offert par la CPTS.",
             "— Plénière (amphithéâtre) : restitution des ateliers et votes."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]
