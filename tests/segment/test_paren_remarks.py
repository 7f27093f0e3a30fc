"""A parenthesis after a quotation that remarks on it rather than crediting it
(corpus/segment/paren_remarks.py). Session 9 (seggen9): the perturbation benchmark's
attr_paren_after row moved the lead-ins of documents without interview material after their
quotations ("« … » (Message à lire au patient)") and each became a credit: 8 false items."""

from __future__ import annotations

import pytest
from segment_text import segment_at, segment_lines, speech

from corpus.segment.paren_remarks import bare_person_word, remarks_on_quote


@pytest.mark.parametrize("attr", [
    "14 h 30 – Dr Paul Lenoir, président",
    "9h – accueil des participants",
    "Recopier la mention",
    "Message à lire au patient",
    "Si le patient est déjà connu, le logiciel affiche",
    "L'enquêtrice se présentait ainsi",
    "L'entretien débutait par une consigne large",
    "je souligne",
    "c'est nous qui soulignons",
    "Lorsqu'il rappelle le patient",
])
def test_remarks(attr):
    assert remarks_on_quote(attr)


@pytest.mark.parametrize("attr", [
    "E3, infirmière libérale, Lorient",
    "Patiente, 72 ans, Nevers",
    "Dr Lenoir, président de la CPTS",
    "Extrait d'entretien n°4, pharmacienne",
    "Simone, infirmière à domicile",
    "Ilona, aide-soignante",
    "Sylvie, coordinatrice, qui s'est installée en 2019",
    "médecin généraliste, 15 ans d'exercice",
    "Lise, IDEL, Lyon",
    "La coordinatrice de la CPTS du Vimeu",
    "entretien du 14 mai 2021",
])
def test_credits(attr):
    assert not remarks_on_quote(attr)


def test_remarks_after_quotations_make_no_verbatim(gazetteer):
    lines = ["Ordre du jour de l'assemblée générale de la CPTS",
             "« Bilan d'une année de coordination » (14 h 30 – Dr Paul Lenoir, président)",
             "« Le parcours insuffisance cardiaque, où en sommes-nous ? » (15 h 30 – Mme Lucie Fabre, coordinatrice)",
             "Protocole d'appel des patients fragiles",
             "« Bonjour, je suis infirmière de la CPTS, je vous appelle de la part de votre médecin traitant pour "
             "savoir comment vous allez. » (Message à lire au patient)",
             "« Ce patient existe déjà. Voulez-vous fusionner les dossiers ? » (Si le patient est déjà connu, le "
             "logiciel affiche)"]
    text, segs = segment_lines(lines, gazetteer)
    assert speech(segs) == []


def test_credits_after_quotations_stay(gazetteer):
    lines = ["Les infirmières décrivent l'isolement des premières semaines.",
             "« On n'avait pas de masques, pas de consignes, rien. On s'est débrouillées entre nous. » "
             "(I12, infirmière libérale, Lorient)",
             "« Moi je passais le soir chez les patients, je n'avais pas le choix. » (Patiente, 72 ans, Nevers)"]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "On n'avait pas de masques")
    assert (first.kind, first.speaker, first.role) == ("verbatim", "I12", "infirmier")
    assert segment_at(text, segs, "je passais le soir").kind == "verbatim"


def test_a_guide_and_a_form_under_the_qualitative_prior_make_no_verbatim(gazetteer):
    # an interview guide and a consent form of a qualitative study: the lead-in of each quotation
    # set after it in parentheses is still read as its lead-in (an interviewer's words, a text to copy)
    lines = ["Guide d'entretien et formulaire de consentement",
             "Nous avons mené des entretiens semi-directifs auprès de douze infirmières libérales du Morbihan.",
             "« Je suis interne en médecine générale, je réalise ma thèse sur les CPTS et je voudrais "
             "recueillir votre expérience. » (L'enquêtrice se présentait ainsi)",
             "« Lu et approuvé, j'accepte que mes propos soient cités de façon anonyme dans ce travail. » "
             "(Recopier la mention)"]
    _, segs = segment_lines(lines, gazetteer)
    assert speech(segs) == []


def test_an_attributed_quotation_keeps_its_lead_in_beside_a_remark(gazetteer):
    # look-alike: an editor's remark after a quotation a speech verb already gives to someone
    lines = ["Une infirmière libérale de Vannes raconte : « On faisait les tournées à deux, on ne savait "
             "plus qui passait chez qui, c'était le chaos total. » (je souligne)"]
    text, segs = segment_lines(lines, gazetteer)
    seg = segment_at(text, segs, "On faisait les tournées à deux")
    assert (seg.kind, seg.role) == ("verbatim", "infirmier")


@pytest.mark.parametrize(("attr", "bare"), [("Patient", True), ("Usager", True), ("Patiente, 72 ans", False),
                                            ("infirmière", False), ("Lilas", False), ("E3", False), ("Patient 3", False)])
def test_a_bare_person_word(attr, bare):
    assert bare_person_word(attr) is bare


def test_a_script_line_credited_to_a_bare_role_word_is_no_verbatim(gazetteer):
    # an OSCE station's script: the actor's lines with "(Patient)" after them
    lines = ["Station ECOS n°4 – Sortie d'hospitalisation", "Script du patient standardisé",
             "« Bonjour docteur, je suis rentrée hier soir, mais personne ne m'a dit qui viendrait pour les pansements. » (Patient)",
             "Candidat (attendu) : reformule, vérifie le courrier de sortie, propose d'appeler l'infirmière libérale."]
    _, segs = segment_lines(lines, gazetteer)
    assert speech(segs) == []


# s28-segperturb11: the part of a guide, a call script or a charter the quotation is, named in the
# parenthesis after it (the benchmark's attr_paren_after on round 21-44 negatives: "« … » (Relance 1)",
# "(Exemple)", "(Touche 1)" each became a verbatim)
@pytest.mark.parametrize("attr", [
    "Relance 2", "Exemple", "Phrase d'ouverture", "Touche 1", "Fin de l'appel",
    # unseen: other parts, other documents
    "Consigne de départ", "Question de relance", "Variante B", "Slogan de la campagne", "Réponse attendue",
])
def test_script_parts_are_remarks(attr):
    assert remarks_on_quote(attr)


@pytest.mark.parametrize("attr", [
    # near misses: a surname, a post or a first name that merely begins like a part's word
    "Touchet, infirmière libérale", "Formatrice IFSI, Rennes", "Étienne, kinésithérapeute", "Articulé par E3",
])
def test_look_alikes_of_script_parts_stay_credits(attr):
    assert not remarks_on_quote(attr)


def test_a_code_s_article_cited_after_a_quotation_stays_a_citation(gazetteer):
    # near miss met on round 10: "(article L. 116-1)" is no script part; the quotation stays no one's words
    lines = ["Le Code de l'action sociale et des familles assigne à l'action sociale l'objectif de « promouvoir "
             "l'autonomie et la protection des personnes » (article L. 116-1), sans rien dire du soin."]
    text, segs = segment_lines(lines, gazetteer)
    assert speech(segs) == []


def test_a_guide_s_relances_make_no_verbatim_but_a_participant_s_credit_stays(gazetteer):
    lines = ["Guide d'entretien semi-directif",
             "« Pouvez-vous me raconter votre dernière sortie d'hôpital ? » (Question d'ouverture)",
             "« Qu'est-ce qui vous a manqué ce jour-là ? » (Relance 1)",
             "« Et avec votre pharmacien, comment ça s'est passé ? » (Relance 2)",
             "Résultats",
             "« Le jour de la sortie, personne ne m'avait dit pour les pansements. » (Touchet, patiente, 71 ans)"]
    text, segs = segment_lines(lines, gazetteer)
    said = [text[s.char_start:s.char_end] for s in speech(segs)]
    assert len(said) == 1 and "pansements" in said[0]
