"""Quotations embedded in reported speech (segment/embedded_quotes.py): "La directrice de
l'hôpital de Roanne affirme que « … »." Look-alikes: a document or a law as the subject ("Le
rapport estime que « … »"), a short phrase in guillemets ("… estime que « tout va bien »"), a
person named without a speech verb."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.embedded_quotes import bridged_reporter, compound_reporter, reported_speaker

REPORT = [
    "3.1. Les relations entre la ville et l'hôpital",
    "La mission a entendu les acteurs du territoire de Roanne au cours de l'automne.",
    "Une pharmacienne titulaire rencontrée à Roanne souligne que « les livraisons de masques arrivaient "
    "le samedi, quand plus personne n'était là pour les recevoir ».",
    "Le rapport d'activité de la CPTS estime que « la moitié des adhérents a participé à au moins une action ».",
    "La convention prévoit que « les parties se réunissent au moins deux fois par an pour faire le point ».",
    "Un médecin de Feurs estime que « tout va bien ».",
]


def test_an_embedded_quote_is_the_words_of_the_person_the_sentence_names(gazetteer):
    text, segs = _segment(REPORT, gazetteer)
    s = _at(text, segs, "les livraisons de masques arrivaient")
    assert (s.kind, s.role, s.region) == ("verbatim", "pharmacien", "Auvergne-Rhône-Alpes")
    # a document or a convention as the subject: a text cited, no one's words
    assert _at(text, segs, "la moitié des adhérents a participé").kind == "narrative"
    assert _at(text, segs, "les parties se réunissent au moins").kind == "narrative"
    # too short to be someone's words
    assert _at(text, segs, "tout va bien").kind == "narrative"


@pytest.mark.parametrize("before, who", [
    ("Le représentant de la caisse primaire rencontré à Saint-Étienne estime que ",
     "Le représentant de la caisse primaire rencontré à Saint-Étienne"),
    ("En réunion, une infirmière de Montbrison affirme qu’", "une infirmière de Montbrison"),
    ("Le rapport estime que ", ""),
    ("La loi prévoit que ", ""),
    ("Une infirmière de Montbrison est venue parce que ", ""),  # no speech verb
    ("Le médecin estime : ", ""),  # a colon: the quote rules' own lead-in
])
def test_who_the_reported_speech_names(before, who):
    assert reported_speaker(before) == who


def test_indirect_speech_turning_direct(gazetteer):
    """segfix32: a person reported in the indirect ("nous explique qu'elle a d'abord refusé
    d'adhérer,") whose own words follow in guillemets, in the first person."""
    before = "Une infirmière installée depuis vingt ans à Vannes nous explique qu'elle a d'abord refusé d'adhérer, "
    assert reported_speaker(before, "parce que je ne voyais pas ce que ça m'apportait") \
        == "Une infirmière installée depuis vingt ans à Vannes"
    # words in the third person: a report's wording, not the person's own
    assert reported_speaker(before, "une adhésion coûteuse pour les cabinets") == ""
    # a document as the subject
    assert reported_speaker("Le rapport explique qu'il faut agir, ", "nous devons agir vite") == ""
    lines = ["L'adhésion à la CPTS relève d'un travail d'articulation mené au fil des tournées.",
             "Une infirmière installée depuis vingt ans à Vannes nous explique qu'elle a d'abord refusé d'adhérer, "
             "« parce que je ne voyais pas ce que ça m'apportait, à part des mails et des réunions ».",
             "Son associé, plus jeune, infirmier lui aussi, raconte qu'il a adhéré pour une raison bien précise, "
             "« les sorties d'hôpital du vendredi soir, on n'en pouvait plus ».",
             "Dans les deux cas, l'adhésion suit une expérience concrète."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "parce que je ne voyais pas")
    assert (s.kind, s.role, s.region) == ("verbatim", "infirmier", "Bretagne")
    s = _at(text, segs, "les sorties d'hôpital du vendredi soir")
    assert (s.kind, s.role) == ("verbatim", "infirmier")


@pytest.mark.parametrize("before, after, who", [
    ("En ouverture, Agnès Morel, directrice de la délégation départementale de l'agence régionale de santé, "
     "a rappelé que ", ".", "Agnès Morel, directrice de la délégation départementale de l'agence régionale de santé"),
    ("Le président de l'union régionale des infirmiers libéraux, Laurent Caron, a pour sa part estimé que ", ".",
     "Le président de l'union régionale des infirmiers libéraux, Laurent Caron"),
    # unseen variants: another participle, words inserted after the auxiliary, a pluperfect
    ("La coordinatrice de la CPTS avait d'emblée reconnu que ", ".", "La coordinatrice de la CPTS"),
    ("Sophie Arnaud, sage-femme à Arras, a elle aussi admis qu'", ".", "Sophie Arnaud, sage-femme à Arras"),
    # near misses: a title in guillemets inside the sentence, a document as the subject
    ("Le médecin a rappelé que ", " prévoyait déjà des assistants médicaux.", ""),
    ("Le rapport de l'IGAS a montré que ", ".", ""),
])
def test_a_compound_tense_of_any_verb_before_a_quote_closing_the_sentence(before, after, who):
    """segfix43: "X, directrice …, a rappelé que « … »." — subject, auxiliary, any participle."""
    assert compound_reporter(before, after) == who


def test_compound_tense_quotes_in_a_press_account(gazetteer):
    lines = ["Arras : les soignants libéraux invités à travailler ensemble",
             "En ouverture, Agnès Morel, directrice de la délégation départementale de l'agence régionale de "
             "santé, a rappelé que « la moitié du département est désormais couverte par une communauté "
             "professionnelle, et l'autre moitié le sera d'ici deux ans ».",
             "Le médecin coordinateur a rappelé que « Ma santé 2022 » prévoyait déjà des assistants médicaux.",
             "Un médecin de Bapaume a regretté que les réunions se tiennent toujours en semaine."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "la moitié du département est désormais")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Agnès Morel", "institutionnel_ars", "Hauts-de-France")
    assert _at(text, segs, "Ma santé 2022").kind == "narrative"  # a title inside the sentence


def test_a_public_statement_in_a_compound_tense_is_no_respondent(gazetteer):
    """The bundled gautier2019: "le président de la République avait déclaré que « … »." — a
    public figure's statement cited, no role of the study: the author's prose."""
    lines = ["2. Un objectif ambitieux de déploiement pour 2022",
             "A cet égard, le président de la République avait déclaré que « pour encourager chacune et chacun et "
             "pour faire que nous ayons ces communautés, il voulait que l'exercice isolé devienne marginal ».",
             "A cet égard, la coordinatrice de la CPTS avait d'emblée reconnu que « les premiers mois ont surtout "
             "servi à se connaître entre professionnels du territoire »."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "pour encourager chacune et chacun").kind == "narrative"
    s = _at(text, segs, "les premiers mois ont surtout servi")
    assert (s.kind, s.role) == ("verbatim", "coordinateur")


def test_a_named_person_and_function_in_the_present_before_que(gazetteer):
    """s28-segr48a (round 48's CPTS evaluation report): "Du côté des élus, Mme Sophie Guyot, maire de
    Fayl-Billot, regrette que « … »." — a full name, a function between commas, a speech verb in the
    present, "que", the quotation closing the sentence. Unseen: a hospital director in Normandy.
    Near-misses: an author cited with no function, a quotation that does not close the sentence."""
    from segment_text import segment_at as _at
    from segment_text import segment_lines as _segment

    lines = ["Constat 2 – Des urgences sous tension",
             "Le service d'accueil a connu trois fermetures nocturnes en 2024.",
             "Pour l'établissement, M. Hervé Lemoine, directeur du centre hospitalier de Falaise, souligne que "
             "« sans les médecins intérimaires, on ne tient pas une semaine en août ».",
             "La suite du rapport détaille les recommandations."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "sans les médecins intérimaires")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hervé Lemoine", "hospitalier")
    from corpus.segment.embedded_quotes import named_present_reporter

    before = "Du côté des élus, Mme Sophie Guyot, maire de Fayl-Billot, regrette que "
    assert "Sophie Guyot" in named_present_reporter(before, ".")
    assert named_present_reporter(before, " soit devenu un slogan.") == ""
    assert named_present_reporter("Anselm Strauss, dans son ouvrage, rappelle que ", ".") == ""


def test_words_inserted_between_the_verb_and_que():
    """s31-segr54b (an audit report's answers): "La présidente … indique pour sa part que « … »" —
    words inserted between the speech verb and "que" (embedded_quotes.yaml reported_speech_inserts).
    Near-misses: a document as the subject, other words inserted."""
    assert reported_speaker("Le vice-président du département estime de son côté que ") == \
        "Le vice-président du département"
    assert reported_speaker("Interrogée, la pharmacienne rappelle, quant à elle, que ") == "la pharmacienne"
    # near misses: a document is no one; words that are no insert keep the clause the author's
    assert reported_speaker("Le rapport indique pour sa part que ") == ""
    assert reported_speaker("La pharmacienne rappelle devant le conseil municipal que ") == ""


def test_an_insert_in_a_report(gazetteer):
    lines = ["Chapitre 4 – La permanence des soins",
             "Le vice-président du département indique pour sa part que « nous financerons deux postes "
             "d'assistants médicaux dès l'an prochain, sur le budget de la solidarité ».",
             "L'annexe indique par ailleurs que « les délais de rendez-vous ont doublé entre 2019 et 2023 »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "nous financerons deux postes").kind == "verbatim"
    assert _at(text, segs, "les délais de rendez-vous ont doublé").kind == "narrative"


def test_a_quotation_that_is_the_object_of_a_verb_of_saying(gazetteer):
    """Session 31: "Une infirmière (IDE4) parlait d'« … »" — words integrated in the author's
    sentence as the verb's object, a code in brackets after the person: that code's words. Near
    misses: a quoted term or a short expression ("évoquait « la coordination »"), and a subject
    naming no person."""
    lines = ["Six infirmières ont été interrogées : IDE1 et IDE2 à Tulle, IDE3 et IDE4 à Ussel, IDE5 et IDE6 à Brive.",
             "Toutes parlent de la route. Une infirmière (IDE4) parlait d'« une tournée de soixante kilomètres "
             "sans croiser une seule voiture », surtout l'hiver.",
             "Une autre infirmière (IDE2) évoquait « la coordination », sans y mettre le même sens.",
             "Le rapport évoque « une organisation des soins à repenser entièrement dans les zones rurales ».",
             "La troisième infirmière (IDE6) évoque « les besoins de santé des habitants », une expression d'élue."]
    text, segs = _segment(lines, gazetteer)
    quote = _at(text, segs, "une tournée de soixante kilomètres")
    assert (quote.kind, quote.speaker, quote.role) == ("verbatim", "IDE4", "infirmier")
    assert _at(text, segs, "la coordination").kind == "narrative"
    assert _at(text, segs, "une organisation des soins").kind == "narrative"
    assert _at(text, segs, "les besoins de santé des habitants").kind == "narrative"  # an expression, 6 words


# s33-segr58a: a participant's code as the subject of a verb whose object is the quotation ("IDE4 évoque
# ainsi « … »"): the code's words; the near miss, a short quoted term, is the author's analysis
def test_a_code_that_evokes_a_quotation_says_it(gazetteer):
    from corpus.segment.embedded_quotes import code_object_reporter
    assert code_object_reporter("Pour finir, IDE4 évoque ainsi ", " une tournée qui finit chaque soir après vingt et une heures ") == "IDE4"
    assert code_object_reporter("IDE4 évoque ", " la coordination ") == ""
    lines = ["Cinq infirmières libérales du Jura ont été interrogées : IDE1 à Dole, IDE2 à Arbois, IDE3 à Champagnole, "
             "IDE4 à Morez et IDE5 à Saint-Claude.",
             "Les horaires reviennent souvent. IDE4 évoque ainsi « une tournée qui finit chaque soir après vingt et "
             "une heures, même le dimanche » quand elle parle de l'hiver, tandis qu'IDE2 décrit « la coordination »."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "une tournée qui finit chaque soir")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "IDE4", "Bourgogne-Franche-Comté")
    assert _at(text, segs, "la coordination").kind == "narrative"


@pytest.mark.parametrize("before, inner, term", [
    ("tandis qu'IDE2 décrit ", "la coordination", True),
    ("Elle parle de ", "coordination", True),
    ("P4 a expliqué se sentir ", "impuissante", False),  # the person's own word, no object verb before it
    ("IDE4 évoque ainsi ", "une tournée qui finit chaque soir après vingt et une heures", False),  # long: words
])
def test_a_quoted_term(before, inner, term):
    from corpus.segment.embedded_quotes import quoted_term

    assert quoted_term(before, inner) is term


def test_a_relative_clause_between_the_description_and_the_verb(gazetteer):
    """s41 (round 84): "Le Dr Claire Mollard, médecin généraliste à …, qui a vu les deux clients …,
    estime que « … »." Near-misses: an author whose apposition names no role, a relative clause
    holding a quotation mark or running over the limit."""
    from corpus.segment.embedded_quotes import named_present_reporter

    before = "Le Dr Paul Henry, pédiatre à Niort, qui suit l'enfant depuis sa naissance, juge que "
    assert "Paul Henry" in named_present_reporter(before, ".")
    assert named_present_reporter("Anselm Strauss, sociologue, qui a fondé la théorie ancrée, rappelle que ", ".") == ""
    long_clause = "qui " + "a vu " * 30
    assert named_present_reporter(f"Le Dr Paul Henry, pédiatre à Niort, {long_clause}, juge que ", ".") == ""
    lines = ["Retour sur la saison des urgences pédiatriques.",
             "Le Dr Paul Henry, pédiatre à Niort, qui suit l'enfant depuis sa naissance, juge que « la "
             "bronchiolite a rempli le service trois semaines plus tôt que d'habitude ».",
             "Les recommandations suivent."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "la bronchiolite a rempli le service")
    assert (s.kind, s.role, s.region) == ("verbatim", "medecin_specialiste", "Nouvelle-Aquitaine")
    assert "Paul Henry" in s.speaker


def test_a_few_words_of_the_reported_clause_lead_to_the_quotation(gazetteer):
    """s51: "observe que les aidantes arrivent « … »", "m'avait dit, …, qu'à la campagne « … »": the
    quotation completes a reported clause some words after the speech verb."""
    lines = ["Résultats",
             "La psychologue de la plateforme, rencontrée à Pamiers, observe que les aidantes arrivent « quand elles "
             "n'ont plus rien à donner, jamais avant », souvent adressées par leur médecin.",
             "Son médecin traitant m'avait dit, en sortant de la chambre, qu'à la campagne « on soigne avec la famille "
             "ou on ne soigne pas », et cette phrase a ouvert ce travail."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "quand elles n'ont plus rien à donner")
    assert (s.kind, s.role) == ("verbatim", "autre_paramedical")
    s = _at(text, segs, "on soigne avec la famille")
    assert (s.kind, s.role) == ("verbatim", "medecin_generaliste")
    # a term (too few words), a text as subject, a quotation that does not close the clause
    assert bridged_reporter("La coordinatrice observe que les soignants parlent de ", "réunionite", ".") == ""
    assert bridged_reporter("Le rapport observe que les aidantes arrivent ", "quand elles n'ont plus rien à donner, jamais avant", ",") == ""
    assert bridged_reporter("La psychologue observe que les aidantes arrivent ",
                            "quand elles n'ont plus rien à donner, jamais avant", " prévoyait la loi") == ""
