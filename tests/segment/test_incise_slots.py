"""The incise slot after a closing guillemet, whatever its verb (segment/incise_slots.py):
"« … », soupire le médecin.", "« … », glisse Claire Le Goff avant de …", an impersonal "on" and
an institution ("« … », admet-on à la caisse primaire"), a verbless source ("« … », selon le maire
de Figeac."). Near misses: a preposition after the comma ("« … », dans le cabinet …"), "selon
l'INSEE" with a figure, a quoted word in the author's sentence."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.incise_slots import impersonal_institution, trailing_source, verb_incise


@pytest.mark.parametrize("after, verb, who", [
    (", soupire le médecin.", "soupire", "le médecin"),
    (", glisse Claire Le Goff avant de retourner derrière son comptoir.", "glisse",
     "Claire Le Goff avant de retourner derrière son comptoir"),
    # unseen variants: verbs no list holds
    (", grimace l'infirmière en rangeant sa sacoche.", "grimace", "l'infirmière en rangeant sa sacoche"),
    (", plaisante le Dr Le Bihan.", "plaisante", "le Dr Le Bihan"),
])
def test_any_verb_before_a_subject(after, verb, who):
    m = verb_incise(after)
    assert (m.group("verb2"), m.group("who")) == (verb, who)


def test_any_verb_with_an_inverted_pronoun():
    m = verb_incise(", sourit-elle en tendant un sachet à une cliente.")
    assert (m.group("verb"), m.group("pron")) == ("sourit", "elle")
    m = verb_incise(", bougonne-t-il.")  # unseen
    assert (m.group("verb"), m.group("pron")) == ("bougonne", "il")


@pytest.mark.parametrize("after", [
    ", dans le cabinet de Paimpol.",  # a preposition, no verb
    ", et le médecin ajoute qu'il faut attendre.",
    ", selon le maire de Figeac.",  # a source, not an incise (trailing_source)
    ". Le médecin part à midi.",  # a new sentence
])
def test_closed_words_are_no_verb(after):
    assert verb_incise(after) is None


def test_impersonal_on_and_an_institution():
    assert impersonal_institution(", nous explique-t-on à la délégation départementale de l'ARS, à Cahors.") \
        == "la délégation départementale de l'ARS, à Cahors"
    assert impersonal_institution(", admet-on à la caisse primaire.") == "la caisse primaire"
    assert impersonal_institution(", reconnaît-on du côté de la mairie.") == "la mairie"  # unseen
    assert impersonal_institution(", sourit-elle.") == ""


def test_trailing_source():
    assert trailing_source(", selon le maire de Figeac.") == "le maire de Figeac"
    assert trailing_source(", d'après une infirmière de Cahors.") == "une infirmière de Cahors"  # unseen
    assert trailing_source(", soupire le médecin.") == ""


PRESS = [
    "À Paimpol, la pharmacie fait office de salle d'attente",
    "Il est à peine neuf heures et la file déborde déjà sur le trottoir du quai. Claire Le Goff, pharmacienne "
    "depuis vingt ans dans la cité des Islandais, connaît la plupart de ses clients par leur prénom.",
    "À l'étage du cabinet voisin, le Dr Yann Prigent, médecin généraliste, enchaîne les consultations.",
    "« Je refuse de nouveaux patients tous les jours, et ce n'est pas de gaieté de cœur », soupire le médecin.",
    "« Les gardes du samedi soir, je ne les compte même plus », grommelle-t-il.",
    "« On y croit, il faut bien, on n'a pas le choix », glisse Claire Le Goff avant de retourner derrière son comptoir.",
    "« Le soir, c'est encore pire, personne ne répond au téléphone », bougonne une infirmière de Lannion.",
    "Le mot « réunionite », dans le cabinet de Paimpol, fait sourire tout le monde.",
]


def test_incises_of_any_verb_in_a_press_article(gazetteer):
    text, segs = _segment(PRESS, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Je refuse de nouveaux patients")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yann Prigent", "medecin_generaliste")
    s = _at(text, segs, "je ne les compte même plus")  # unseen verb, an inverted pronoun: the speaker before
    assert (s.kind, s.speaker) == ("verbatim", "Yann Prigent")
    s = _at(text, segs, "On y croit, il faut bien")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Claire Le Goff", "pharmacien")
    s = _at(text, segs, "personne ne répond au téléphone")  # unseen verb, a person noun as subject
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Bretagne")
    # near miss: a quoted word in the author's sentence, a preposition after the comma
    assert _at(text, segs, "réunionite").kind == "narrative"


REPORT = [
    "2.3. Des centres de santé portés à bout de bras par les communes",
    "Le département compte quatre centres de santé municipaux ou intercommunaux.",
    "« Nous les finançons au démarrage, mais nous n'avons pas vocation à couvrir leur déficit », "
    "nous explique-t-on à la délégation départementale de l'ARS, à Cahors.",
    "« Si la commune arrêtait demain, trois mille habitants n'auraient plus de médecin », selon le maire de Figeac.",
    "« Le nombre de médecins généralistes a baissé de 12 % en dix ans dans le département », selon l'INSEE.",
]


def test_impersonal_institution_and_verbless_source_in_a_report(gazetteer):
    text, segs = _segment(REPORT, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "Nous les finançons au démarrage")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "institutionnel_ars", "Occitanie")
    s = _at(text, segs, "Si la commune arrêtait demain")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "elu", "Occitanie")
    # near miss: a body's figure, no person
    assert _at(text, segs, "a baissé de 12 %").kind == "narrative"


# segfix50: the same slot before a colon — a subject naming a person, ANY finite verb, a colon
def test_colon_lead_with_any_verb():
    from corpus.segment.incise_slots import colon_lead
    assert colon_lead(" », l'aidant cite spontanément l'infirmière : ") == "l'aidant"
    # unseen variant: another verb, not a speech verb
    assert colon_lead("Interrogée sur ce point, la patiente désigne aussitôt sa voisine : ") == "la patiente"
    # near-misses: a subject that names no person, a preposition after the noun
    assert colon_lead("La messagerie reste un outil lointain : ") == ""
    assert colon_lead("Le rôle de la coordinatrice dans la CPTS : ") == ""


def test_a_question_in_guillemets_then_the_answer_after_any_verb(gazetteer):
    lines = ["Les entretiens ont été conduits auprès de six acteurs du territoire.",
             "À la question « Qui appelez-vous en premier quand votre mère ne va pas bien ? », l'aidant cite "
             "spontanément l'infirmière : « Elle, elle vient même le dimanche. Le médecin, on ne le voit plus. »",
             # unseen variant: another verb, an elided subject opening the paragraph
             "L'aidante hausse les épaules : « Moi, je fais avec ce qu'on a, on n'a pas le choix. »",
             # near-miss: a subject that names no person before words that speak (a slogan)
             "Le dispositif affiche sa devise : « On ne laisse personne sans solution, on s'organise »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "Qui appelez-vous").kind == "narrative"
    assert _at(text, segs, "Elle, elle vient même").kind == "verbatim"
    assert _at(text, segs, "Moi, je fais avec").kind == "verbatim"
    assert _at(text, segs, "On ne laisse personne").kind == "narrative"


# s33-segr58b: a patient anonymised by a civility and an initial in the incise: the points of the
# initial do not stop the subject
@pytest.mark.parametrize("who, expected", [
    ("M. P., 72 ans, de Besançon, au terme de sa cure.", ("M. P.", "72 ans, de Besançon, au terme de sa cure")),
    ("Mme R.", ("Mme R.", "")),
    ("M. Dupuis, 72 ans, de Besançon.", None),  # a surname in full: the ordinary subject
    ("Mme la directrice, à Dole.", None),
])
def test_civility_initial(who, expected):
    from corpus.segment.incise_slots import civility_initial

    assert civility_initial(who) == expected


def test_an_incise_naming_a_patient_by_a_civility_and_an_initial(gazetteer):
    lines = ["Au retour de la cure, le périmètre de marche avait doublé. « Je remonte les escaliers sans la rampe », "
             "confiait Mme T., 64 ans, de Pontarlier, à sa dernière visite."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Je remonte les escaliers")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Mme T.", "Bourgogne-Franche-Comté")
    assert _at(text, segs, "le périmètre de marche avait doublé").kind == "narrative"


def test_a_parenthesis_naming_a_private_person_by_a_civility_and_an_initial(gazetteer):
    # s33-segr58b: a family's letter read at a meeting, signed in a parenthesis by a civility, an initial
    # and a town: the words are that person's, no function named (autre)
    lines = ["Le bureau a reçu plusieurs courriers de familles.",
             "Extrait de l'un d'eux : « Vous êtes venus chaque semaine, même quand il ne parlait plus. » "
             "(M. D., Sarreguemines)"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Vous êtes venus chaque semaine")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "M. D.", "autre", "Grand Est")


def test_a_parenthesis_naming_a_function_keeps_its_role(gazetteer):
    # near miss: "(une infirmière, Sarreguemines)" names no one: no speaker, the function's role
    lines = ["Le bureau a reçu plusieurs courriers.",
             "Extrait de l'un d'eux : « Vous êtes venus chaque semaine, même quand il ne parlait plus. » "
             "(une infirmière, Sarreguemines)"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Vous êtes venus chaque semaine")
    assert (s.speaker, s.role) == ("", "infirmier")


def test_a_trade_word_after_the_subject_is_no_verb_of_the_colon_lead():
    # s54: "L'infirmière coordinatrice du SSIAD décroche :": the coordinating nurse (coordinateur), not a
    # nurse "coordinating"; "l'aidant cite spontanément l'infirmière :" keeps its subject
    from corpus.segment.incise_slots import colon_lead
    from corpus.segment.roles import normalize_role

    who = colon_lead("L'infirmière coordinatrice du SSIAD décroche : ")
    assert who == "L'infirmière coordinatrice du SSIAD" and normalize_role(who) == "coordinateur"
    assert colon_lead("Ce jour-là, l'aidant cite spontanément l'infirmière : ") == "l'aidant"
    # a mandate's word after the trade is an adjective: a pharmacist who represents her peers
    assert colon_lead("La pharmacienne élue nationale s'emporte sur la méthodologie : ") == "La pharmacienne"
