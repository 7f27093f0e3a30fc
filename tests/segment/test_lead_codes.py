"""A quotation's lead-in whose subject carries the code the document gives the person in
parentheses ("Une infirmière de la ligne (E7) insiste sur la fatigue : « … »",
segment/attributions.py lead_codes / apply_lead_codes): the speaker is that code, whatever reader
found the quotation and its role. The document's own regularity confirms the slot: two people at
least coded so. Look-alikes: one lone parenthesis, a year, an acronym."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment import attributions

LINES = [
    "Méthodes",
    "Quinze entretiens semi-directifs ont été menés en 2023 auprès des professionnels et des bénévoles de la maison de "
    "santé de Saint-Flour (S1 à S15). Les entretiens ont été retranscrits.",
    "Résultats",
    "La pharmacienne titulaire (S4), installée depuis vingt ans, raconte le premier confinement : « On servait "
    "derrière une vitre de plexiglas bricolée avec des cintres, et on était les seuls ouverts du bourg. »",
    "Un kinésithérapeute de la maison (S9) évoque la reprise : « J'ai rappelé mes patients un par un, certains "
    "n'osaient plus sortir de chez eux. »",
    "Pour l'assistante médicale chargée de l'accueil (S2) : « Le téléphone ne s'arrêtait jamais, moi je notais les "
    "rappels sur un cahier. »",
]


def test_the_code_in_each_lead_in_is_its_quotations_speaker(gazetteer):
    text, segs = _segment(LINES, gazetteer)
    assert _at(text, segs, "derrière une vitre de plexiglas").speaker == "S4"
    assert _at(text, segs, "rappelé mes patients un par un").speaker == "S9"
    assert _at(text, segs, "je notais les rappels sur un cahier").speaker == "S2"


def test_the_role_the_lead_in_gives_is_kept(gazetteer):
    text, segs = _segment(LINES, gazetteer)
    assert _at(text, segs, "derrière une vitre de plexiglas").role == "pharmacien"
    assert _at(text, segs, "rappelé mes patients un par un").role == "kinesitherapeute"


def test_a_document_coding_one_person_so_gives_no_code():
    # near miss: one parenthesis before a colon may be anything (a reference, an aside); the slot
    # is the document's only when two people at least are coded in it
    one = "Le médecin coordinateur (C1) résume : « On a tenu parce qu'on se connaissait déjà. »"
    assert attributions.lead_codes(one) == frozenset()
    two = one + "\nUne infirmière (C3) ajoute : « Les tournées se sont allongées d'une heure chaque jour. »"
    assert attributions.lead_codes(two) == frozenset({"C1", "C3"})


def test_years_and_acronyms_in_lead_ins_are_no_codes():
    text = ("Le rapport de l'ARS (2021) conclut : « La coordination a tenu. »\n"
            "La fédération (FFMPS) rappelle : « Les maisons de santé ont été en première ligne. »\n"
            "Le ministère (DGOS) précise : « Les crédits seront reconduits. »")
    assert attributions.lead_codes(text) == frozenset()


# s30: the code is the lead-in's subject, the person's description in the parenthesis after it; the
# document's credits ("» (E3, femme, 41 ans)") use codes of the same letters
SUBJECT_LINES = [
    "Dix médecins généralistes du Cantal ont été interrogés en 2024.",
    "« On a fermé la salle d'attente du jour au lendemain, et moi j'ai consulté depuis la cuisine. » (G3, femme, 41 ans)",
    "« Je ne savais même pas qu'on pouvait facturer ça, on l'a appris par le syndicat. » (G8, homme, 60 ans)",
    "Enfin, G1 (homme, 52 ans, MSP) y voyait un outil d'équipe : « Ce sont les infirmières qui s'en servent le plus, "
    "moi je valide derrière. »",
]


def test_a_subject_code_before_its_description_is_the_speaker(gazetteer):
    text, segs = _segment(SUBJECT_LINES, gazetteer)
    assert _at(text, segs, "moi je valide derrière").speaker == "G1"


def test_a_subject_code_of_letters_the_credits_do_not_use_is_no_code():
    # near miss: "B12 (vitamine) …" in a document whose credits code people P1, P2
    text = ("« J'ai attendu des mois pour un rendez-vous. » (P1, femme, 70 ans)\n"
            "« Personne ne m'a rappelée après la sortie. » (P2, femme, 82 ans)\n"
            "La B12 (cyanocobalamine) est discutée : « une supplémentation systématique est recommandée ».")
    assert attributions.lead_codes(text) == frozenset()
