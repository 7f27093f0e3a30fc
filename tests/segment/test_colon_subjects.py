"""A quotation after a colon whose sentence opens on the person who speaks, whatever the verb
(segment/colon_subjects.py): "L'infirmière libérale Ketty Rosier ne cache pas sa satisfaction :
« … »", "Le Dr C., mon maître de stage, m'a répondu : « … »". Look-alikes: a place opening the
sentence, a sentence naming a text, the literature with its year."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.colon_subjects import colon_subject


def test_subjects_before_a_colon(gazetteer):
    found = colon_subject("L'infirmière libérale Ketty Rosier ne cache pas sa satisfaction : ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Ketty Rosier", "infirmier")
    found = colon_subject("De retour au cabinet, j'ai tout exposé. Le Dr C., mon maître de stage, m'a répondu : ",
                          gazetteer)
    assert found["speaker"] == "Dr C."
    # unseen variant: the function first, a civility and a surname, an evaluative verb
    found = colon_subject("Sage-femme à la PMI de Tulle, Mme Lachaud balaie l'argument d'un revers de main : ",
                          gazetteer)
    assert (found["speaker"], found["role"]) == ("Mme Lachaud", "sage_femme")


def test_no_person_opens_the_sentence(gazetteer):
    assert colon_subject("Le matin, la salle d'attente déborde : ", gazetteer) is None
    assert colon_subject("Pierre Bourdieu (1980) le formule ainsi : ", gazetteer) is None
    assert colon_subject("Le Dr Morel a affiché dans la salle d'attente : ", gazetteer) is None


def test_a_block_under_its_lead_in(gazetteer):
    lines = ["Le Dr Lemasson, généraliste associé, reconnaît cette délégation silencieuse :",
             "« On lui laisse une responsabilité énorme sans aucune formation, et personne ne le dit. »"]
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "On lui laisse une responsabilité")
    assert (seg.kind, seg.speaker, seg.role) == ("verbatim", "Dr Lemasson", "medecin_generaliste")


def test_a_relative_named_by_kinship(gazetteer):
    # unseen variants: a daughter named after her mother's civility, a husband after a possessive
    found = colon_subject("La fille de Mme R., 58 ans, raconte la sortie du vendredi soir : ", gazetteer)
    assert (found["speaker"], found["role"], found["role_raw"]) == ("", "autre", "La fille de Mme R.")
    found = colon_subject("Son mari, lui, garde un souvenir amer de ces semaines : ", gazetteer)
    assert (found["speaker"], found["role"], found["role_raw"]) == ("", "autre", "Son mari")
    # near miss: a profession, not a relative, opens the sentence: not read here as kin
    assert colon_subject("La kinésithérapeute de Lou raconte : ", gazetteer) is None


def test_a_physician_by_civility_when_the_function_names_no_trade(gazetteer):
    """s23-segattr3 (round 41): "le Dr Pascal Mercier, président de la CPTS du Grand Périgueux, a
    expliqué au panel :": the presidency names no trade, the civility says physician (roles.yaml)."""
    found = colon_subject("Auditionné le 14 octobre, le Dr Pascal Mercier, président de la CPTS du Grand "
                          "Périgueux, a expliqué au panel : ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Pascal Mercier", "medecin_generaliste")
    # unseen: a treasurer of an association, other words around
    found = colon_subject("Entendu par la commission, le Dr Paul Kerlan, trésorier de l'association, a rappelé "
                          "aux élus : ", gazetteer)
    assert found is not None and found["role"] == "medecin_generaliste"
    # near-misses: a civility that says no trade keeps the role unknown; a trade given wins over the civility
    found = colon_subject("Le 3 mars, Mme Claire Dubois, présidente de la CPTS du Pays de Retz, a expliqué au panel : ",
                          gazetteer)
    assert (found["speaker"], found["role"]) == ("Claire Dubois", "inconnu")
    found = colon_subject("Le Dr Yves Le Goff, pharmacien biologiste à Morlaix, a résumé : ", gazetteer)
    assert found["role"] == "pharmacien"


# s25-segattr6: a resident's learning trace: "j'en parle à mon maître de stage, le Dr Chabal, qui
# me répond : « … »": the person named by civility before the relative pronoun speaks.
def test_the_person_before_a_relative_clause_ending_on_the_colon(gazetteer):
    found = colon_subject("Au retour, j'en parle à mon maître de stage, le Dr Chabal, qui me répond :", gazetteer)
    assert (found["speaker"], found["role"]) == ("Dr Chabal", "medecin_generaliste")
    lines = ["Trace d'apprentissage n° 6",
             "Au retour, j'en parle à mon maître de stage, le Dr Chabal, qui me répond : « Tu n'obtiendras rien en "
             "une visite. Il faut d'abord que tu deviennes la personne qu'il attend le jeudi. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "que tu deviennes la personne")
    assert (s.kind, s.speaker) == ("verbatim", "Dr Chabal")


def test_unseen_relative_clause_and_near_misses(gazetteer):
    # an unseen variant: a pharmacy student's internship report, a civility and a full name
    found = colon_subject("Le lendemain, j'appelle la titulaire, Mme Hélène Vasseur, qui me rappelle aussitôt :",
                          gazetteer)
    assert found["speaker"] == "Hélène Vasseur"
    # near misses: a relative after a place ("à Rodez, qui …"), after a common noun ("le
    # protocole, qui stipule :"): nobody named by a civility
    assert colon_subject("Je rejoins le cabinet de Rodez, qui affiche à l'entrée :", gazetteer) is None
    assert colon_subject("Je relis le protocole, qui stipule clairement :", gazetteer) is None


def test_an_adjective_opening_the_sentence_is_no_part_of_the_name(gazetteer):
    # s30: "Seule Anne-Sophie y participait : « … »" gave the speaker "Seule Anne-Sophie"
    lines = ["Seule Maïwenn y participait vraiment : « J'ai fait le lien avec la PMI et les deux médecins du "
             "secteur, on se voit tous les trimestres maintenant. »"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "on se voit tous les trimestres").speaker == "Maïwenn"


def test_an_opener_before_a_place_or_an_author_names_no_speaker(gazetteer):
    # near misses: a place after the adverb; "Selon X et ses collègues :" a literature citation
    lines = ["Enfin Lorient reste prudente : « on verra au printemps si les crédits sont reconduits pour tout le monde ». ",
             "Selon Bourgueil et ses collègues : « le regroupement ne suffit pas à produire de la coopération » "
             "(Bourgueil et al., 2009)."]
    text, segs = _segment(lines, gazetteer)
    assert not [s.speaker for s in segs if s.kind in ("verbatim", "turn") and s.speaker]


def test_a_first_name_with_its_age_after_a_fronted_participle(gazetteer):
    """Session 31: "Croisé au marché, Mathis, 68 ans, retraité de Plouha, se montre plus réservé :"
    — a fronted phrase, a first name alone, then an apposition of several fields that describe a
    person: the first name speaks. Near miss: a place with an apposition that describes no person."""
    found = colon_subject("Croisé au marché, Mathis, 68 ans, retraité de Plouha, se montre plus réservé : ", gazetteer)
    assert found["speaker"] == "Mathis"
    assert colon_subject("Selon le rapport, Lannion, commune de vingt mille habitants, se montre prudente : ",
                         gazetteer) is None


# s31-segr54a: a social or medical report's field of reported words sets each person's words after a
# verbless label: an article and a relation or a function, or a first name, and the circumstances
# (made-up lines, not round 54's); a sentence whose subject is a function ("L'infirmière de nuit
# témoigne :") stays colon_subject's
REPORT = [
    "Annexe 4 – Signalement transmis au parquet (anonymisé)",
    "Mineur concerné : Lucas D., 9 ans, scolarisé en CM1 à Vierzon.",
    "Propos recueillis (à retranscrire mot pour mot)",
    "Le grand-père : « Depuis que sa mère est partie, il ne parle plus à table et il se cache pour manger. »",
    "Lucas, vu seul au bureau : « Des fois je reste dans la voiture toute la nuit quand papa travaille. »",
    "L'assistante sociale du collège, rencontrée le 2 mai : « Il arrive le lundi avec les mêmes vêtements que le vendredi. »",
    "Motif : « absences répétées le lundi matin depuis la rentrée de septembre »",
    "Une voisine : « On entend crier tous les soirs vers minuit, ça dure depuis des semaines. »",
]


def test_labels_of_a_field_of_reported_words(gazetteer):
    text, segs = _segment(REPORT, gazetteer)
    relative = _at(text, segs, "il se cache pour manger")
    # (a function or a relation alone names no one: speech, no speaker, as round 43's "Le patient :")
    assert (relative.kind, relative.speaker, relative.role) == ("verbatim", "", "autre")
    child = _at(text, segs, "je reste dans la voiture")
    assert (child.kind, child.speaker, child.role) == ("verbatim", "Lucas D.", "autre")  # as the field presents him
    worker = _at(text, segs, "les mêmes vêtements que le vendredi")
    assert (worker.kind, worker.speaker) == ("verbatim", "")


def test_labels_that_name_no_one_as_a_definite_label_does(gazetteer):
    text, segs = _segment(REPORT, gazetteer)
    assert _at(text, segs, "absences répétées le lundi").kind == "narrative"  # a field's name, no one
    neighbour = _at(text, segs, "On entend crier tous les soirs")
    assert neighbour.speaker == ""  # an indefinite label keeps no speaker (ANNOTATION.md)


def test_a_preposition_giving_the_view_of_the_person_presented_after_it(gazetteer):
    # s33-segr57b: "Pour Maëlle, kinésithérapeute …, la rééducation est devenue … :": the person whose view
    # the sentence gives speaks; near miss: the preposition before a feast or a person not presented
    found = colon_subject("Pour Maëlle, kinésithérapeute au centre de rééducation, la piscine a tout changé : ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Maëlle", "kinesitherapeute")
    found = colon_subject("Selon Gaëtan, aide-soignant de nuit, les nuits sont plus calmes qu'avant : ", gazetteer)
    assert found["speaker"] == "Gaëtan"
    assert colon_subject("Pour Noël, les enfants du service ont chanté devant les familles : ", gazetteer) is None


def test_a_civility_s_period_and_an_object_after_the_verb(gazetteer):
    # s33-segr57b: "M. Garnier, conseiller principal d'éducation, a remarqué la même chose … :": the period of
    # "M." ends no sentence, what follows the verb is its object, the subject speaks (a trade outside the
    # vocabulary: autre); a pupil presented by class and track; near miss: a pronoun's sentence after a
    # sentence ending on a civility's period is still cut at that sentence's own end
    found = colon_subject("M. Garnier, conseiller principal d'éducation, a noté la même chose à la cantine : ", gazetteer)
    assert (found["speaker"].replace(".", ""), found["role"]) == ("M Garnier", "autre")
    found = colon_subject("Inès, en première ST2S, a une autre explication : ", gazetteer)
    assert (found["speaker"], found["role"]) == ("Inès", "autre")
    assert colon_subject("Nous avons reçu M. Garnier. Il a une autre explication : ", gazetteer) is None
    # (a seniority alone names no trade: the role stays for the study's, not autre)
    assert colon_subject("Claire, installée depuis six ans, le dit autrement : ", gazetteer)["role"] == "inconnu"
    lines = ["Le blog de l'infirmerie du collège de Lannion",
             "Inès, en première ST2S, a une autre explication : « Je révise tard le soir parce que je garde mon "
             "petit frère jusqu'à vingt heures. »",
             "M. Garnier, conseiller principal d'éducation, a remarqué la même chose au foyer des élèves : « Les "
             "absences du matin concernent souvent les mêmes élèves, et rarement par paresse. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Je révise tard")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Inès", "autre")
    s = _at(text, segs, "Les absences du matin")
    assert (s.kind, s.speaker.replace(".", "").removeprefix("M "), s.role) == ("verbatim", "Garnier", "autre")


def test_a_fronted_function_then_the_name_between_commas(gazetteer):
    # s44: "Le directeur des soins, M. Gérald Pierson, tire de ces ateliers une conviction : « … »"
    text, segs = _segment([
        "Projet d'établissement – synthèse des ateliers",
        "La cadre supérieure de santé, Mme Hélène Vautrin, en tire une leçon : « Les équipes ne demandent pas "
        "d'abord des moyens, elles demandent à être associées aux décisions. »",
    ], gazetteer)
    seg = _at(text, segs, "demandent à être associées aux décisions")
    assert (seg.kind, seg.speaker) == ("verbatim", "Hélène Vautrin")


def test_a_trade_outside_the_vocabulary_before_the_name_is_autre(gazetteer):
    # s44: "Le chef d'atelier, Bruno Grenard, a suivi le technicien … : « … »": a worker, not an unknown voice
    text, segs = _segment([
        "Campagne de mesurage des poussières – atelier de pipes",
        "Le chef d'atelier, Bruno Grenard, a suivi le technicien pendant la pose des pompes : « L'aspiration date "
        "de 1998, on la vide tous les vendredis mais elle n'a jamais été réglée. »",
    ], gazetteer)
    seg = _at(text, segs, "L'aspiration date de 1998")
    assert (seg.speaker, seg.role) == ("Bruno Grenard", "autre")


def test_a_sentence_adverb_before_an_apposition_is_no_name(gazetteer):
    """s51: "Enfin, membre de la commission des usagers …, la représentante … insiste :" — "Enfin" opens
    the sentence (name_openers), the speaker is the representative, not a person called Enfin."""
    lines = ["Résultats", "Les cadres sont décrits comme des figures de proximité par tous les acteurs interrogés.",
             "Enfin, membre de la commission des usagers depuis six ans, ancienne enseignante, la représentante des "
             "usagers que j'ai interrogée insiste sur la visibilité de cette fonction :",
             "« Les familles ne savent pas ce qu'est une cadre de santé. Elles savent qu'il y a une dame qui répond. »"]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Les familles ne savent pas")
    assert s.kind == "verbatim" and s.speaker == ""
