"""Dash paragraphs in first-person narration (segment/narrated_dialogue.py): the incise after a
question or an exclamation, the narrator's own replies, an exchange whose lines alternate, a
pronoun incise after the narration names the person; look-alikes: a report's dashed list, one
dash quote alone, a narrator who only quotes himself."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.narrated_dialogue import read_incise, surname

JOURNAL = [
    "Le premier matin, j'arrive au service de chirurgie avant sept heures.",
    "— Vous êtes la nouvelle élève ? me demande l'infirmière de garde, sans lever les yeux.",
    "— Oui, madame.",
    "— Alors suivez-moi, reprend-elle, et ne touchez à rien sans me le dire.",
    "Je la suis dans la salle des femmes, où l'on change les pansements.",
    "— Et celle-ci ?",
    "— Opérée d'hier.",
    "— Elle a dormi ?",
    "— Pas beaucoup, fit Madeleine Roux, qui tenait déjà la cuvette.",
    "— Bon courage ! lui dis-je en partant.",
]


def test_incise_after_a_question_names_the_speaker(gazetteer):
    text, segs = _segment(JOURNAL, gazetteer)
    s = _at(text, segs, "Vous êtes la nouvelle élève ?")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    s = _at(text, segs, "Alors suivez-moi")
    assert (s.kind, s.role) == ("verbatim", "infirmier")  # "reprend-elle": the nurse just quoted


def test_narrators_replies_are_not_quotes(gazetteer):
    text, segs = _segment(JOURNAL, gazetteer)
    assert _at(text, segs, "Oui, madame.").kind == "moderator"  # between two lines of the nurse
    assert _at(text, segs, "Bon courage !").kind == "moderator"  # "lui dis-je"
    assert _at(text, segs, "Je la suis dans la salle").kind == "narrative"


def test_exchange_alternates_from_its_attributed_line(gazetteer):
    text, segs = _segment(JOURNAL, gazetteer)
    # "— Pas beaucoup, fit Madeleine Roux": the 1st and 3rd lines before it are the narrator's
    assert _at(text, segs, "Et celle-ci ?").kind == "moderator"
    s = _at(text, segs, "Opérée d'hier.")
    assert (s.kind, s.speaker) == ("verbatim", "Madeleine Roux")
    assert _at(text, segs, "Elle a dormi ?").kind == "moderator"
    s = _at(text, segs, "Pas beaucoup")
    assert (s.kind, s.speaker) == ("verbatim", "Madeleine Roux")


def test_read_incise_and_surname():
    assert read_incise("Adieu ! fit Moreau, en me rendant mon carnet.") == ("other", "Moreau")
    assert read_incise("Entrez, me dit l'interne.") == ("other", "l'interne")
    assert read_incise("Merci ! lui dis-je.")[0] == "narrator"
    assert read_incise("Les malades, me disait-il, ne sont pas ce qu'on croit.")[0] == "pronoun"
    assert read_incise("les médecins, les infirmières et les aides-soignantes.") is None
    assert read_incise("Bon, dit quelqu’un dans la salle.") is None  # neither a determiner and a noun nor a name
    assert surname("le Dr Lafargue") == "Lafargue"
    assert surname("un docteur") == ""


def test_dashed_list_and_lone_quote_stay_narrative(gazetteer):
    report = [
        "Les professionnels interrogés citent trois difficultés :",
        "— la charge administrative, jugée excessive ;",
        "— le manque de temps, dit-on souvent, pour se coordonner ;",
        "— l'absence de locaux partagés.",
        "Je reviendrai sur ces points dans la discussion.",
        "— On fera avec, soupira le docteur.",
    ]
    text, segs = _segment(report, gazetteer)
    assert all(s.kind not in ("verbatim", "turn", "moderator") for s in segs)


def test_narrator_quoting_himself_is_not_the_genre(gazetteer):
    lines = [
        "J'entre dans la salle commune.",
        "— Bonjour ! dis-je aux malades.",
        "— Qui veut de l'eau ? demandai-je encore.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


VISIT = ["Julien est infirmier libéral sur le plateau de Millevaches. Ce jour-là, nous montons avec lui chez "
         "M. Lagarde, 88 ans, qui ne sort plus de chez lui.",
         "— Vous avez dormi cette nuit ? demande Julien en posant sa sacoche.",
         "— Pas beaucoup, la jambe me lance, répond M. Lagarde. Le médecin devait passer jeudi.",
         "— Je l'appelle ce midi, on ne va pas attendre jeudi."]


def test_two_people_met_talk_to_each_other(gazetteer):
    """segfix37: the name before what the person does meanwhile ("Julien en posant sa sacoche"); each
    named person's role from the sentence of the narration naming them (the patient's gives none);
    the narrator silent, the unattributed line after one reply is the other person's."""
    assert surname("Julien en posant sa sacoche") == "Julien"
    text, segs = _segment(VISIT, gazetteer)
    s = _at(text, segs, "Vous avez dormi cette nuit")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Julien", "infirmier")
    s = _at(text, segs, "Pas beaucoup, la jambe me lance")
    assert (s.kind, s.speaker) == ("verbatim", "Lagarde") and s.role != "infirmier"
    s = _at(text, segs, "Je l'appelle ce midi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Julien", "infirmier")


# s23-segdialog1 (round 41): field notes of a night outreach with a single incise; the person answering
# introduced by a nickname in guillemets or by a civility, the nurse named with his profession
# paragraphs earlier.
OUTREACH = [
    "Je suis ce soir la maraude du Samu social : Yanis, infirmier depuis huit ans, et Claire, travailleuse sociale.",
    "23 h 10 – Quai de la Fosse",
    "Près de l'arrêt de tram, deux hommes dorment sous des cartons. Celui qu'on surnomme « Papi » se redresse en voyant Yanis.",
    "— Vous avez mangé ce soir ? demande Yanis.",
    "— Rien depuis hier, ils m'ont pris mon sac au foyer avec l'ordonnance dedans.",
    "Yanis note l'adresse du foyer dans le carnet de liaison.",
    "— On va au centre de soins demain à dix heures, je passe vous chercher, ça vous va ?",
    "23 h 50 – Place du Commerce",
    "Un homme d'une soixantaine d'années, M. Rival, fouille dans une poubelle. Je lui tends un café.",
    "— C'est gentil ma petite, mais moi j'attends mon fils, il doit venir me chercher.",
]


def test_one_incise_after_a_question_makes_field_notes_dialogue(gazetteer):
    text, segs = _segment(OUTREACH, gazetteer)
    s = _at(text, segs, "Vous avez mangé ce soir ?")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yanis", "infirmier")  # his profession, said paragraphs earlier
    s = _at(text, segs, "Rien depuis hier")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Papi", "autre")  # the nickname just introduced answers
    s = _at(text, segs, "On va au centre de soins demain")
    assert (s.kind, s.speaker) == ("verbatim", "Yanis")
    s = _at(text, segs, "C'est gentil ma petite")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. Rival", "autre")  # the civility just introduced
    assert _at(text, segs, "deux hommes dorment sous des cartons").kind == "narrative"


def test_one_incise_in_a_guides_scripted_lines_is_not_the_genre(gazetteer):
    """A protocol's scripted lines: dash paragraphs, one incise, but it describes a function (no name)."""
    lines = [
        "Lors du premier contact, l'équipe suit le protocole suivant.",
        "— Bonjour, je fais partie de l'équipe mobile, vous avez besoin de quelque chose ? demande l'infirmier.",
        "— Présenter la fiche de liaison et noter les traitements en cours.",
        "— Proposer un rendez-vous à la permanence d'accès aux soins.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("verbatim", "turn") for s in segs)


def test_one_incise_needs_enough_dialogue():
    """Two dash paragraphs and one incise: a one-off, not a document quoting so."""
    from corpus.segment.narrated_dialogue import introduced, strong_incise

    assert strong_incise("Vous avez mangé ce soir ? demande Yanis.")
    assert not strong_incise("Si le patient refuse, propose un autre créneau.")
    assert introduced("Celui qu'on surnomme « Papi » se redresse en voyant Yanis.") == ("Papi", "autre")
    assert introduced("Mme Leroy et M. Rival attendent le bus.") is None  # two people: who answers is a guess


def test_a_person_met_presented_with_an_age_is_no_unknown_voice(gazetteer):
    """s27-segrole2 (round 31): "chez Mme Santoni, 84 ans, qui vit seule" then "répond Mme Santoni":
    an age and no trade, the person cared for (autre), as a transcript's label so introduced is."""
    text, segs = _segment(VISIT, gazetteer)
    assert _at(text, segs, "Pas beaucoup, la jambe me lance").role == "autre"
    # unseen: a midwife's home visit, the young mother presented by civility, name and age
    visit = ["Sophie est sage-femme à la PMI de Brest. Le mardi, nous passons chez Mme Kerbrat, 23 ans, qui "
             "vient d'accoucher de son premier enfant.",
             "— Le bébé a bien tété cette nuit ? demande Sophie en sortant la balance.",
             "— Trois fois, mais il s'endort tout de suite, soupire Mme Kerbrat.",
             "— C'est normal la première semaine, on va le peser."]
    text, segs = _segment(visit, gazetteer)
    s = _at(text, segs, "Trois fois, mais il s'endort")
    assert (s.kind, s.role) == ("verbatim", "autre") and s.speaker.endswith("Kerbrat")
    assert _at(text, segs, "Le bébé a bien tété").role == "sage_femme"
    # near-miss: the age then a trade: the trade, not a person cared for
    visit[0] = "Sophie est sage-femme à la PMI de Brest. Le mardi, nous passons chez Mme Kerbrat, 31 ans, " \
        "infirmière de nuit en congé maternité."
    text, segs = _segment(visit, gazetteer)
    assert _at(text, segs, "Trois fois, mais il s'endort").role == "infirmier"
