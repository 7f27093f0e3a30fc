"""A debate's minutes labelled by civility and surname or by office (segment/office_labels.py):
"Monsieur le Maire : …", "Madame Collin, adjointe aux affaires sociales : …", "Monsieur Garnier
(liste « … ») : …", "Le Docteur Faivre, président de la CPTS, invité : …". Look-alikes: a
council's agenda in the same form, an interview whose civility labels the shapes read already."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.office_labels import office_label, office_speakers

MINUTES = ["Délibération n° 2022-12 : convention avec la CPTS du Haut-Jura",
           "Madame la Maire : Vous avez reçu le projet de convention. Nous mettons un local à disposition.",
           "Monsieur Perrin, premier adjoint chargé des finances : Je rappelle que le coût pour la ville est nul.",
           "Madame Vuillet (groupe « Saint-Claude demain ») : Nous voterons pour, mais nous voulons un bilan.",
           "Le Docteur Mathieu, président de la CPTS, invité : Nous avons besoin de ce local pour nos réunions.",
           "Monsieur Perrin : Le bilan sera présenté l'an prochain.",
           "Pour : 25 – Contre : 0 – Abstentions : 2"]


def test_office_and_civility_labels():
    assert office_label("Monsieur le Maire : Vous avez reçu").group("who") == "Monsieur le Maire"
    assert office_label("Le Docteur Faivre, président de la CPTS, invité : La CPTS").group("who") == "Docteur Faivre"
    assert office_label("Madame Collin, adjointe aux affaires sociales : Je").group("desc").strip(" ,") \
        == "adjointe aux affaires sociales"
    assert office_label("Monsieur le maire a ouvert la séance : il rappelle") is None
    assert office_label("Madame est partie : elle") is None


def test_a_council_debate_in_direct_speech(gazetteer):
    text, segs = _segment(MINUTES, gazetteer, doc={"kind": "autre"})
    mayor = _at(text, segs, "Vous avez reçu le projet")
    assert (mayor.kind, mayor.speaker, mayor.role) == ("turn", "Madame la Maire", "elu")
    deputy = _at(text, segs, "le coût pour la ville est nul")
    assert (deputy.kind, deputy.speaker, deputy.role) == ("turn", "Monsieur Perrin", "elu")
    assert (_at(text, segs, "Le bilan sera présenté").speaker, _at(text, segs, "Le bilan sera présenté").role) \
        == ("Monsieur Perrin", "elu")
    listed = _at(text, segs, "Nous voterons pour")
    assert (listed.kind, listed.speaker, listed.role) == ("turn", "Madame Vuillet", "elu")
    guest = _at(text, segs, "Nous avons besoin de ce local")
    assert (guest.kind, guest.speaker, guest.role) == ("turn", "Docteur Mathieu", "medecin_generaliste")
    assert _at(text, segs, "Pour : 25").kind == "narrative"


def test_a_council_agenda_in_the_same_form_says_nobody_s_words(gazetteer):
    agenda = ["Ordre du jour de la séance du 4 avril",
              "Monsieur le Maire : ouverture de la séance et appel des conseillers.",
              "Madame Collin, adjointe aux affaires sociales : convention avec la CPTS.",
              "Monsieur Garnier, conseiller délégué : budget annexe de la maison de santé.",
              "Questions diverses."]
    assert office_speakers(split_lines("\n".join(agenda) + "\n")) == {}
    text, segs = _segment(agenda, gazetteer, doc={"kind": "autre"})
    assert all(s.kind not in ("verbatim", "turn", "moderator") for s in segs)


def test_an_interview_whose_civility_labels_are_read_already_is_left_alone():
    lines = ["Mme Martin : Bonjour, pouvez-vous vous présenter ?",
             "M. Durand : Je suis infirmier libéral à Dole depuis dix ans.",
             "Mme Martin : Et la CPTS ?",
             "M. Durand : On s'y est mis pendant le covid."]
    assert office_speakers(split_lines("\n".join(lines) + "\n")) == {}


# session 17 (segroles8): the second label of a person named in full with her office at her first
# ("Mme Sabine Roux, adjointe aux affaires sociales :" then "Mme Roux :"); round 32's proces_verbal_…_lodeve
COUNCIL = ["Conseil municipal de Lodève – séance du 14 novembre – point 7 : subvention à la maison de santé",
           "M. le Maire : Je vous propose de verser 40 000 euros à l'association de la maison de santé.",
           "Mme Sabine Roux, adjointe aux affaires sociales : J'ajoute que la maison de santé recevra les patients du CCAS.",
           "M. Hervé Batlle (groupe Lodève Autrement) : Nous voterons pour, mais nous demandons une convention.",
           "Mme Roux : La convention est prévue, elle sera présentée en janvier.",
           "Adopté à l'unanimité."]


def test_a_civility_and_a_surname_after_the_full_name_is_the_same_person(gazetteer):
    text, segs = _segment(COUNCIL, gazetteer)
    first = _at(text, segs, "J'ajoute que la maison de santé")
    later = _at(text, segs, "La convention est prévue")
    assert (later.kind, later.speaker, later.role) == ("turn", first.speaker, "elu") == ("turn", "Mme Sabine Roux", "elu")


def test_a_surname_two_people_share_names_neither():
    lines = COUNCIL[:4] + ["Mme Claire Roux, conseillère municipale déléguée : Je soutiens aussi ce projet.",
                           COUNCIL[4]]
    found = office_speakers(split_lines("\n".join(lines) + "\n"))
    assert found["Mme Roux"]["speaker"] == "Mme Roux"


def test_a_trade_outside_the_vocabulary_in_the_label_is_a_described_person():
    # s40: "Mme Anne Le Floch (ostréicultrice, Paimpol) :" says what she does although no role of the
    # vocabulary names it (autre); a union's parenthesis "(CFDT)" describes nobody (no role declared)
    lines = ["Compte rendu de la réunion santé au travail, Paimpol.",
             "Dr Morvan : Ce qui ressort, ce sont les épaules et les lombaires.",
             "Mme Anne Le Floch (ostréicultrice, Paimpol) : Depuis qu'on a pris le tracteur, j'ai moins mal au dos.",
             "M. Erwan Guillou (salarié ostréicole, Loguivy) : Les gants, on en change trois fois par marée.",
             "M. Yves Hamon (CFDT) : Nous demandons des gants chauffants pour tout le monde."]
    found = office_speakers(split_lines("\n".join(lines) + "\n"))
    assert (found["Mme Anne Le Floch (ostréicultrice, Paimpol)"]["role"],
            found["M. Erwan Guillou (salarié ostréicole, Loguivy)"]["role"]) == ("autre", "autre")
    assert found["M. Yves Hamon (CFDT)"]["role"] == ""
