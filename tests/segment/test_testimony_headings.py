"""Collections of testimonies under headings that name and describe their author
(segment/testimony_headings.py): "Gisèle, 64 ans, aidante de sa mère, Aurillac" over paragraphs in
the first person. Look-alikes: a single such heading (a case study's title), a case presented in
the third person, testimonies already in guillemets (the quote rules'), section headings."""

from __future__ import annotations

import pytest
from segment_text import line_styles
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.testimony_headings import (
    boxed_pseudonym,
    boxed_reply,
    heading_person,
    portrait_person,
    possessive_person,
    rubric_person,
    speaks_in_first_person,
)


def _structure(text, headings):
    """Each heading a section up to the next one (as extraction's structure.csv)."""
    starts = [text.index(h) for h in headings] + [len(text)]
    return [{"char_start": a, "char_end": b, "kind": "body", "heading": h}
            for h, a, b in zip(headings, starts, starts[1:])]


HEADS = ["Témoigner du confinement", "Gisèle, 64 ans, aidante de sa mère, Aurillac",
         "Marc Delmas, 47 ans, infirmier libéral, Rodez"]
BOOKLET = [
    HEADS[0],
    "Nous avons recueilli la parole de nos adhérents au printemps. Voici deux récits.",
    HEADS[1],
    "Ma mère ne reconnaissait plus personne quand les visites ont été suspendues.",
    "Le kiné passait quand même, masqué, le mardi. Sans lui, elle ne marchait plus.",
    HEADS[2],
    "J'ai fait mes tournées seul pendant deux mois, sans savoir qui remplacer.",
]


def test_testimonies_under_a_describing_heading_are_verbatims_of_their_author(gazetteer):
    text = "\n".join(BOOKLET) + "\n"
    _, segs = _segment(BOOKLET, gazetteer, structure=_structure(text, HEADS))
    s = _at(text, segs, "Ma mère ne reconnaissait plus")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Gisèle", "Auvergne-Rhône-Alpes")
    assert "Le kiné passait quand même" in text[s.char_start:s.char_end]  # one testimony over two paragraphs
    s = _at(text, segs, "J'ai fait mes tournées seul")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Marc Delmas", "infirmier", "Occitanie")
    assert _at(text, segs, "Nous avons recueilli la parole").kind == "narrative"
    assert _at(text, segs, HEADS[1]).kind == "heading"


def test_a_single_testimony_heading_is_a_case_title(gazetteer):
    lines = BOOKLET[:5]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, HEADS[:2]))
    assert _at(text, segs, "Ma mère ne reconnaissait plus").kind == "narrative"


def test_cases_presented_in_the_third_person_stay_prose(gazetteer):
    lines = [HEADS[0], "Deux situations illustrent ces difficultés.",
             HEADS[1], "Sa mère ne reconnaissait plus personne quand les visites ont été suspendues.",
             HEADS[2], "Il a fait ses tournées seul pendant deux mois."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, HEADS))
    assert _at(text, segs, "Sa mère ne reconnaissait plus").kind == "narrative"
    assert _at(text, segs, "Il a fait ses tournées seul").kind == "narrative"


@pytest.mark.parametrize("heading", ["Résultats, discussion et limites", "Méthode", "Marie Curie, 1867-1934",
                                     "Lyon, Grenoble et Chambéry"])
def test_headings_that_describe_no_person(heading):
    assert heading_person(heading) is None


def test_first_person_is_read_in_the_first_sentence_only():
    assert speaks_in_first_person("J'ai tenu. Elle aussi.")
    assert speaks_in_first_person("Après trois semaines, on m'a appelée.")
    assert not speaks_in_first_person("Elle a tenu. Je ne sais pas comment.")
    assert not speaks_in_first_person("Le mardi, le kiné passait.")  # "ma" inside "mardi" is no word


# A portrait box of a report (segfix42): the heading names the person by first name and age, a
# paragraph presents her, then her words in guillemets, attributed by nothing but the box.
PORTRAIT = ["Portrait – Anrifa, 41 ans",
            "Elle exerce comme diététicienne dans le centre de santé de Dembéni et anime depuis deux ans les "
            "ateliers de prévention du diabète financés par l'Assurance maladie.",
            "« Les patients viennent parce que l'infirmière du dispensaire les envoie, pas parce qu'ils ont lu une "
            "affiche. Sans elle, mes ateliers seraient vides. »",
            "« Le plus dur, c'est après : quand ils rentrent chez eux, personne ne vérifie. »",
            "Les chiffres clés du programme",
            "312 patients inscrits, 64 % ayant suivi au moins trois séances."]


def test_a_portrait_box_gives_its_quotations_to_the_person_it_presents(gazetteer):
    heads = [PORTRAIT[0], PORTRAIT[4]]
    text = "\n".join(PORTRAIT) + "\n"
    _, segs = _segment(PORTRAIT, gazetteer, structure=_structure(text, heads), doc={"kind": "rapport"})
    for snippet in ("Les patients viennent parce que", "Le plus dur, c'est après"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Anrifa", "autre", "Mayotte")
    assert _at(text, segs, "Elle exerce comme diététicienne").kind == "narrative"
    assert _at(text, segs, "312 patients inscrits").kind == "narrative"


def test_a_presenting_paragraph_joined_to_the_first_quotation_stays_prose(gazetteer):
    lines = [PORTRAIT[0], PORTRAIT[1] + " " + PORTRAIT[2], *PORTRAIT[3:]]
    heads = [PORTRAIT[0], PORTRAIT[4]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, heads), doc={"kind": "rapport"})
    assert _at(text, segs, "Elle exerce comme diététicienne").kind == "narrative"
    s = _at(text, segs, "Les patients viennent parce que")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Anrifa", "Mayotte")
    assert "Elle exerce" not in text[s.char_start:s.char_end]


def test_a_portrait_of_a_place_keeps_its_quotations_unattributed(gazetteer):
    lines = ["Portrait – La maison de santé de Dembéni",
             "Ouverte en 2019, elle réunit deux médecins, trois infirmières et une diététicienne.",
             "« Ici, on se parle tous les matins. »",
             "Les chiffres clés du programme",
             "312 patients inscrits."]
    heads = [lines[0], lines[3]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, heads), doc={"kind": "rapport"})
    assert _at(text, segs, "Ici, on se parle").kind != "verbatim"


@pytest.mark.parametrize("heading, person", [
    ("Portrait – Anrifa, 41 ans", ("Anrifa", "41 ans")),
    ("Témoignage : Odile, 58 ans, aidante de son mari", ("Odile", "58 ans, aidante de son mari")),
    ("Paroles d'Odile, 58 ans", ("Odile", "58 ans")),
    ("Portrait – La MSP de Dembéni", None),
    ("Portrait de territoire : Dembéni, 15 000 habitants", None),
    ("Anrifa, 41 ans", None),  # no box word: a collection's heading (testimony_boxes), not a box
])
def test_portrait_box_headings(heading, person):
    assert portrait_person(heading) == person


# s25-segr44b: a press series of portraits, a name line over each third-person paragraph that quotes
# the person without a verb of saying: each quotation is the person's of the line ABOVE it, never
# the next name line's.
PORTRAITS = ["Ils font la MSP : trois visages du soin en Bresse",
             "Sophie Carrel, 38 ans, sage-femme à Louhans",
             "Elle suit une centaine de femmes par an. « Je fais le lien avec la maternité de Bourg. » "
             "Ses gardes ont lieu le week-end.",
             "Hervé Mathey, 58 ans, kinésithérapeute à Cuiseaux",
             "Installé depuis trente ans, il a vu partir trois médecins. « On se partage les patients, on n'a plus le choix. »",
             "Inès Guillot, 29 ans, infirmière libérale à Pierre-de-Bresse",
             "Elle a repris la patientèle d'une collègue. « Personne ne m'a expliqué le dossier partagé. »"]


def test_a_portrait_series_quotes_the_person_of_the_name_line_above(gazetteer):
    heads = [PORTRAITS[0], PORTRAITS[1], PORTRAITS[3], PORTRAITS[5]]
    text = "\n".join(PORTRAITS) + "\n"
    _, segs = _segment(PORTRAITS, gazetteer, structure=_structure(text, heads))
    s = _at(text, segs, "Je fais le lien avec la maternité")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sophie Carrel", "sage_femme")
    s = _at(text, segs, "On se partage les patients")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hervé Mathey", "kinesitherapeute")
    assert _at(text, segs, "Personne ne m'a expliqué").speaker == "Inès Guillot"
    assert _at(text, segs, "Installé depuis trente ans").kind == "narrative"
    assert _at(text, segs, PORTRAITS[5]).kind == "heading"  # the next name line attributes nothing


def test_two_name_headings_are_no_portrait_series(gazetteer):
    # near-miss: a report's two case headings, the quotation closing the first paragraph still read by
    # the quote rules (no series makes the heading above its speaker)
    lines = PORTRAITS[:5]
    heads = [PORTRAITS[0], PORTRAITS[1], PORTRAITS[3]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, heads))
    assert _at(text, segs, "Je fais le lien avec la maternité").speaker != "Sophie Carrel"


# s27-segr46b: speeches reproduced under "Allocution de Mme …, fonction" headings, plain paragraphs
# without guillemets, the audience's reaction and a caption closing a section
SPEECH_HEADS = ["Lettre du Haut-Jura n° 12 – Ouverture du centre de santé de Morez",
                "Discours de M. Lucien Bourgeois, maire de Morez",
                "Allocution du Dr Inès Carrel, médecin généraliste, présidente de l'association de santé"]
SPEECHES = [
    SPEECH_HEADS[0],
    "Le 3 juin, une centaine d'habitants ont assisté à l'ouverture. Voici les discours prononcés.",
    SPEECH_HEADS[1],
    "Quand la dernière généraliste est partie en retraite, nous avons promis aux habitants que Morez ne "
    "resterait pas sans médecin.",
    "Ce centre, nous l'avons voulu ouvert le samedi matin, parce que c'est le jour où les familles viennent.",
    "(Applaudissements)",
    SPEECH_HEADS[2],
    "Je suis arrivée ici il y a deux ans pour un remplacement et je suis restée : trois confrères nous "
    "rejoignent en septembre.",
    "Légende : le ruban coupé devant la mairie, en présence du député.",
]


def test_reproduced_speeches_are_their_orators_words(gazetteer):
    from corpus.segment.testimony_headings import speech_person

    assert speech_person("Allocution de Mme Justine Guyot, maire de Decize") == ("Justine Guyot", "maire de Decize")
    assert speech_person("Mot d'accueil du Pr Jean Roche, pneumologue, doyen de la faculté") == (
        "Jean Roche", "pneumologue, doyen de la faculté")
    assert speech_person("Intervention de la table ronde") is None
    text = "\n".join(SPEECHES) + "\n"
    _, segs = _segment(SPEECHES, gazetteer, structure=_structure(text, SPEECH_HEADS))
    s = _at(text, segs, "Quand la dernière généraliste est partie")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Lucien Bourgeois", "elu", "Bourgogne-Franche-Comté")
    assert "nous l'avons voulu ouvert" in text[s.char_start:s.char_end]  # one speech over two paragraphs
    assert _at(text, segs, "(Applaudissements)").kind not in ("verbatim", "turn")
    s = _at(text, segs, "Je suis arrivée ici il y a deux ans")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Inès Carrel", "medecin_generaliste")
    assert _at(text, segs, "le ruban coupé devant la mairie").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Voici les discours prononcés").kind == "narrative"


def test_speeches_reported_in_the_third_person_are_an_account(gazetteer):
    """Near-miss: a report of the same ceremony, the speeches summed up by the editors."""
    lines = [SPEECHES[0], SPEECHES[1], SPEECH_HEADS[1],
             "Le maire a rappelé le départ de la dernière généraliste et la promesse faite aux habitants.",
             SPEECH_HEADS[2],
             "La présidente de l'association a annoncé l'arrivée de trois médecins en septembre."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, SPEECH_HEADS))
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


# s27-segfound2: a trade weekly's "pour / contre" page heads each side with a civility, a full name and
# a function ("Dr Gwenola Le Bihan, médecin généraliste à Quimperlé (Finistère)"), then the author's
# argument in the first person without guillemets. Unseen variant: two pharmacists under "Mme"/"M.".
DEBATE_HEADS = ["Faut-il vacciner en officine ?", "Mme Solène Garnier, pharmacienne à Vesoul (Haute-Saône)",
                "M. Hugo Ferrand, pharmacien à Dole (Jura)"]
DEBATE = [
    DEBATE_HEADS[0],
    "Deux officinaux nous répondent.",
    DEBATE_HEADS[1],
    "Je vaccine depuis trois hivers et mes patients ne vont plus attendre un rendez-vous chez le médecin.",
    "La file d'attente n'a pas allongé : on a simplement ouvert un créneau le matin.",
    DEBATE_HEADS[2],
    "Nous manquons déjà de bras au comptoir. Ajouter un acte, c'est retirer du temps au conseil.",
]


@pytest.mark.parametrize("heading, person", [
    ("Dr Gwenola Le Bihan, médecin généraliste à Quimperlé (Finistère)",
     ("Dr Gwenola Le Bihan", "médecin généraliste à Quimperlé (Finistère)")),
    ("Mme Solène Garnier, pharmacienne à Vesoul", ("Mme Solène Garnier", "pharmacienne à Vesoul")),
    ("Dr Sartre, 1905-1980", None),  # a civility and a surname alone, dates: no one described
    ("Docteur, que faire ?", None),
])
def test_a_civility_opens_a_heading_naming_a_person(heading, person):
    assert heading_person(heading) == person


def test_a_debate_page_headed_by_civilities_gives_each_side_to_its_author(gazetteer):
    text = "\n".join(DEBATE) + "\n"
    _, segs = _segment(DEBATE, gazetteer, structure=_structure(text, DEBATE_HEADS))
    s = _at(text, segs, "Je vaccine depuis trois hivers")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Mme Solène Garnier", "pharmacien",
                                                     "Bourgogne-Franche-Comté")
    assert _at(text, segs, "La file d'attente n'a pas allongé") is s
    s = _at(text, segs, "Nous manquons déjà de bras")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. Hugo Ferrand", "pharmacien")
    assert _at(text, segs, "Deux officinaux nous répondent").kind == "narrative"


def test_a_debate_page_reported_in_the_third_person_stays_prose(gazetteer):
    # near miss: the same headings over the journalist's summary of each position
    lines = [DEBATE[0], DEBATE[1], DEBATE[2],
             "Elle vaccine depuis trois hivers et ses patients n'attendent plus de rendez-vous.",
             DEBATE[5], "Il manque déjà de bras au comptoir, selon lui."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, DEBATE_HEADS))
    assert _at(text, segs, "Elle vaccine depuis trois hivers").kind == "narrative"
    assert _at(text, segs, "Il manque déjà de bras").kind == "narrative"


# s28-segr47d (round 47: patients' voice notes to a health centre in Mayotte): a recorded message's box
# naming its sender by a pseudonym, the transcription in guillemets right under it, a translator's note after
VOICE_NOTES = ["Les messages reçus par la permanence",
               "Message vocal – Gaëlle (prénom modifié), Quimperlé [1:05]",
               "« Bonjour, c'est pour mon père, il n'a plus de pansements et l'infirmière ne passe plus le samedi. »",
               "Note vocale – Yvon (pseudonyme), 74 ans, Concarneau [0:31]",
               "« Je vous appelle parce que je n'arrive plus à lire l'ordonnance, c'est écrit trop petit. » (transcrit du breton)",
               "Ces messages disent d'abord l'isolement des patients âgés du littoral."]


def test_a_voice_note_s_box_gives_the_transcription_to_its_pseudonymous_sender(gazetteer):
    heads = [VOICE_NOTES[0], VOICE_NOTES[1], VOICE_NOTES[3]]
    text = "\n".join(VOICE_NOTES) + "\n"
    _, segs = _segment(VOICE_NOTES, gazetteer, structure=_structure(text, heads), doc={"kind": "these"})
    for snippet, who in (("il n'a plus de pansements", "Gaëlle"), ("je n'arrive plus à lire", "Yvon")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", who, "autre", "Bretagne")
    assert _at(text, segs, "Ces messages disent").kind == "narrative"


@pytest.mark.parametrize("heading, person", [
    ("Note vocale – Zaïnaba (prénom modifié), Chiconi [0:48]", ("Zaïnaba", "Chiconi")),
    ("Message vocal – Yvon (pseudonyme), 74 ans, Concarneau [0:31]", ("Yvon", "74 ans, Concarneau")),
    ("Témoignage : Paul (prénom fictif)", ("Paul", "")),
    # near-misses: no pseudonym marker (a box's heading of another kind), a structure's voice message
    ("Note vocale – Zaïnaba, Chiconi [0:48]", None),
    ("Message vocal – La pharmacie de Chiconi [0:20]", None),
    ("Zaïnaba (prénom modifié), Chiconi", None),  # no box word
])
def test_boxed_pseudonym_headings(heading, person):
    assert boxed_pseudonym(heading) == person


# s28-segr47d (round 47: the centre GP's recorded answer under the patients' voice notes): a box over a
# professional's recorded or written reply, the reply in guillemets under it
def test_a_reply_box_gives_the_reply_to_the_professional_it_names(gazetteer):
    lines = [*VOICE_NOTES[:3],
             "Réponse écrite de Mme Le Goff, infirmière coordinatrice de la permanence",
             "« Nous passons demain matin avec les pansements, et je préviens l'infirmière du secteur. »",
             VOICE_NOTES[5]]
    heads = [lines[0], lines[1], lines[3]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, heads), doc={"kind": "these"})
    s = _at(text, segs, "Nous passons demain matin")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Le Goff", "coordinateur")


@pytest.mark.parametrize("heading, person", [
    ("Réponse enregistrée par le Dr Anli, médecin généraliste du centre [0:35]",
     ("Dr Anli", "médecin généraliste du centre")),
    ("Réponse de Mme Le Goff, infirmière coordinatrice", ("Mme Le Goff", "infirmière coordinatrice")),
    # near-misses: a reply of nobody named, of a named person of no trade of the vocabulary, an answer heading
    ("Réponse de la direction, service qualité", None),
    ("Réponse de M. Martin, habitant du quartier [0:20]", None),
    ("Réponses aux questions du jury", None),
])
def test_boxed_reply_headings(heading, person):
    assert boxed_reply(heading) == person


# s29-segr50b: an easy-to-read (FALC) booklet, "Karim dit :" over short first-person lines without
# guillemets, pictograms described in brackets; unseen: a GEM's booklet in the Landes, other verbs,
# a civility and an initial; near misses: the booklet's instructions under "Le médecin dit :" (a noun,
# imperatives) and a pronoun ("Elle dit :"), a single such line (no collection).
FALC = ["Bien vivre au GEM de Dax. Un livret facile à lire.",
        "Sylvie raconte :",
        "Je viens au GEM le mardi et le jeudi.",
        "Ici je parle avec les autres.",
        "[Image : des personnes autour d'une table]",
        "Mme L. explique :",
        "Avant, je restais seule chez moi à Saint-Paul-lès-Dax.",
        "Maintenant je sors tous les jours.",
        "Bruno dit :",
        "Le mercredi, c'est la sortie au lac.",
        "Le médecin dit :",
        "Prenez vos médicaments tous les matins.",
        "Elle dit :",
        "Venez avec votre carte Vitale.",
        "À retenir",
        "Vous pouvez venir au GEM sans rendez-vous."]


def test_said_lines_of_an_easy_to_read_booklet_head_their_witness_words(gazetteer):
    text = "\n".join(FALC) + "\n"
    _, segs = _segment(FALC, gazetteer, structure=_structure(text, [FALC[0], "À retenir"]), doc={"kind": "autre"})
    s = _at(text, segs, "Je viens au GEM le mardi")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sylvie", "autre", "Nouvelle-Aquitaine")
    assert "Ici je parle avec les autres" in text[s.char_start:s.char_end]  # one testimony over its lines
    assert "[Image" not in text[s.char_start:s.char_end]
    assert _at(text, segs, "Maintenant je sors tous").speaker == "Mme L."
    # in a collection, a testimony opening without the first person is one too
    assert (_at(text, segs, "c'est la sortie au lac").kind, _at(text, segs, "c'est la sortie au lac").speaker) \
        == ("verbatim", "Bruno")
    for snippet in ("des personnes autour d'une table", "Prenez vos médicaments", "Venez avec votre carte",
                    "Vous pouvez venir au GEM"):
        assert _at(text, segs, snippet).kind not in ("verbatim", "turn"), snippet


def test_a_single_said_line_is_no_booklet(gazetteer):
    lines = ["Compte rendu de la réunion", "Paul dit :", "Je propose de décaler la réunion au jeudi.",
             "La réunion est décalée."]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "Je propose de décaler").kind not in ("verbatim", "turn")
    from corpus.segment.testimony_headings import said_person
    assert said_person("Karim dit :") == "Karim" and said_person("Jean-Luc raconte :") == "Jean-Luc"
    assert said_person("Elle dit :") is None and said_person("Le docteur dit :") is None


# s30-segr52b: a portrait heading naming its person by a possessive ("Le sac de Lucien : …"), the
# paragraph under it describing them in apposition, then their words in guillemets (alone, or after a
# colon with the author's next paragraph run onto the line by extraction)
OBJECTS = ["Chapitre 3 – Ce que les soignants gardent sur eux",
           "Chaque participant apportait un objet de son travail. Les cinq soignants exercent à Mana et à Apatou.",
           "Le sac de Lucien : une sacoche de cuir",
           "Lucien, kinésithérapeute à Mana depuis douze ans, vide sur la table une sacoche usée aux coins.",
           "« Tout ce qu'il faut pour une séance chez quelqu'un qui n'a rien. Elle a fait trois voitures. »",
           "La montre de Nadège : une montre de gousset",
           "Auxiliaire de vie à Apatou, Nadège montre la montre de son grand-père : « Elle me dit quand partir "
           "chez la suivante. Sans elle je reste trop. » La montre dit le temps compté des tournées.",
           "Le marché de Cayenne : un lieu de rencontres",
           "Le samedi, les étals du marché reçoivent les questions de santé des habitants.",
           "« On vient demander pour la tension en achetant les légumes. »"]


def test_possessive_headings_name_the_portraits_person(gazetteer):
    heads = [OBJECTS[0], OBJECTS[2], OBJECTS[5], OBJECTS[7]]
    text = "\n".join(OBJECTS) + "\n"
    text, segs = _segment(OBJECTS, gazetteer, structure=_structure(text, heads))
    s = _at(text, segs, "pour une séance chez quelqu'un")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Lucien", "kinesitherapeute")
    s = _at(text, segs, "Elle me dit quand partir")
    assert (s.kind, s.speaker) == ("verbatim", "Nadège")
    assert _at(text, segs, "le temps compté des tournées").kind == "narrative"
    assert _at(text, segs, "montre la montre de son grand-père").kind == "narrative"
    # a place's heading names no person: its quotation is not a portrait's
    assert _at(text, segs, "pour la tension en achetant").speaker == ""


@pytest.mark.parametrize("heading, first", [
    ("Le marché de Cayenne : un lieu", "Cayenne, préfecture de la Guyane, accueille le marché."),  # a place
    ("La loi de Kahn", "Selon cette loi, le nombre de patients augmente."),  # the paragraph does not describe Kahn
    ("Le sac de Lucien", "Ce matin-là, Lucien arrive en retard."),  # a clause, no apposition
    ("Portrait de groupe", "Lucien, kinésithérapeute, pose."),  # no possessive name
])
def test_possessive_near_misses(heading, first, gazetteer):
    assert possessive_person(heading, first, gazetteer) is None


def test_possessive_person_reads_the_apposition(gazetteer):
    assert possessive_person("Le sac de Lucien : une sacoche", "Lucien, kinésithérapeute à Mana, vide son sac.",
                             gazetteer) == ("Lucien", "kinésithérapeute à Mana")


# s30-segr53b: a section title presenting the one person after its colon ("Une journée reconstruite :
# Yvette, aide-soignante à Mauriac"): the first-person words its episodes quote without a speaker are hers
DAY = ["3.1. Une semaine racontée : Yvette, aide-soignante en SSIAD à Mauriac",
       "Chaque soir, la participante a décrit sa journée en quelques lignes ; ses commentaires, recueillis "
       "lors d'un entretien, sont retranscrits ici.",
       "Lundi – tournée du plateau, six patients. Ressenti : « Je suis partie avant le jour, le givre sur la route "
       "m'a fait perdre une demi-heure. »",
       "Mardi – réunion au service. Ressenti : « On a enfin parlé des week-ends, ça faisait des mois qu'on attendait. »"]


def test_a_title_presenting_one_person_gives_her_the_unattributed_words(gazetteer):
    text = "\n".join(DAY) + "\n"
    _, segs = _segment(DAY, gazetteer, structure=_structure(text, [DAY[0]]))
    s = _at(text, segs, "le givre sur la route")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yvette", "autre_paramedical")
    assert _at(text, segs, "ça faisait des mois").speaker == "Yvette"


def test_a_title_naming_a_topic_after_its_colon_gives_no_speaker(gazetteer):
    # the near miss: the part after the colon names no person with a trade
    lines = ["3.1. Une semaine racontée : le plateau, ses routes, ses hivers", *DAY[1:]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, [lines[0]]))
    assert _at(text, segs, "le givre sur la route").speaker != "Yvette"


# s30-segr53b: a bearer line ("Porteur : Name, trade à Commune.") names who the section's next
# unattributed quotes are ("Pitch : « … »")
PITCH = ["Les exposés des équipes ont été enregistrés puis retranscrits par les organisateurs.",
         "Projet 3 – « Pas à pas » : rééducation guidée par vidéo",
         "Porteur : Hugo Lamarque, kinésithérapeute à Auch.",
         "Présentation : « Dans mon cabinet, la moitié des patients arrêtent les exercices au bout d'une semaine. "
         "Nous, on veut leur envoyer chaque soir une vidéo de deux minutes. »"]


def test_a_bearer_line_gives_its_person_the_quotes_below(gazetteer):
    text = "\n".join(PITCH) + "\n"
    _, segs = _segment(PITCH, gazetteer, structure=_structure(text, [PITCH[1]]))
    s = _at(text, segs, "la moitié des patients arrêtent")
    assert (s.speaker, s.role) == ("Hugo Lamarque", "kinesitherapeute")


def test_a_bearer_line_naming_a_body_gives_no_speaker(gazetteer):
    # the near miss: the project is carried by an organisation, no person and trade
    lines = [*PITCH[:2], "Porteur : Association Sport Santé Gers.", PITCH[3]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, [lines[1]]))
    assert _at(text, segs, "la moitié des patients arrêtent").speaker != "Association Sport Santé Gers"


# s33-segr58b: a laboratory's or an association's booklet of QUOTED testimonies, each under a heading
# naming and describing a patient by no trade ("Denise, 61 ans, Dole (Jura)") right over « … » (one
# over two paragraphs, the second not reopening the guillemet), and an expert's rubric "Le regard du
# Dr …, rhumatologue à …" over a quotation; the slogan in italics after it is nobody's.
QUOTED_HEADS = ["Ils racontent leur arthrose", "Denise, 61 ans, Dole (Jura)", "Hugo, 27 ans, Lons-le-Saunier (Jura)",
                "Le regard du Dr Paul Vernet, rhumatologue à Dole"]
QUOTED_BOOKLET = [
    QUOTED_HEADS[0],
    "Les Laboratoires Ferval remercient les patients qui ont accepté de partager leur parcours.",
    QUOTED_HEADS[1],
    "« Au début, je ne pouvais plus ouvrir un bocal sans demander de l'aide à mon voisin.",
    "Aujourd'hui je jardine de nouveau le matin, doucement, avec des gants chauffants. »",
    QUOTED_HEADS[2],
    "« On croit que c'est une maladie de vieux, alors au travail personne ne me croyait. »",
    QUOTED_HEADS[3],
    "« Je demande toujours à mes patients ce qu'ils ont cessé de faire depuis la dernière visite. »",
    "« Bougez, même un peu : parlez-en à votre pharmacien. »",
]


def test_a_collection_of_quoted_testimonies_gives_each_quotation_to_its_heading_s_person(gazetteer):
    text = "\n".join(QUOTED_BOOKLET) + "\n"
    _, segs = _segment(QUOTED_BOOKLET, gazetteer, structure=_structure(text, QUOTED_HEADS),
                       styles=line_styles(QUOTED_BOOKLET, {len(QUOTED_BOOKLET) - 1}))
    s = _at(text, segs, "je ne pouvais plus ouvrir un bocal")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Denise", "autre", "Bourgogne-Franche-Comté")
    assert "je jardine de nouveau" in text[s.char_start:s.char_end]  # one quote over two paragraphs
    s = _at(text, segs, "personne ne me croyait")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hugo", "autre")
    s = _at(text, segs, "ce qu'ils ont cessé de faire")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Paul Vernet", "medecin_specialiste")
    assert _at(text, segs, "Bougez, même un peu").speaker != "Dr Paul Vernet"  # the slogan, set in italics
    assert _at(text, segs, "remercient les patients").kind == "narrative"


def test_a_single_quoted_heading_of_no_trade_is_no_collection(gazetteer):
    # near miss: one case's title over a quotation, no collection: the heading gives no speaker
    lines = QUOTED_BOOKLET[:5]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, QUOTED_HEADS[:2]))
    assert _at(text, segs, "je ne pouvais plus ouvrir un bocal").speaker != "Denise"


@pytest.mark.parametrize("heading, person", [
    ("Le regard du Dr Paul Vernet, rhumatologue à Dole", ("Dr Paul Vernet", "rhumatologue à Dole")),
    ("L'avis de Claire Morin, pharmacienne à Auxonne", ("Claire Morin", "pharmacienne à Auxonne")),
    ("Le point de vue de Mme Anne Rigal, infirmière libérale", ("Mme Anne Rigal", "infirmière libérale")),
    # near misses: a rubric about no one, a person not described, no rubric word
    ("Le regard des patients sur la maladie", None),
    ("Le regard du Dr Paul Vernet", None),
    ("Les débuts de Paul Vernet, rhumatologue à Dole", None),
])
def test_rubric_headings(heading, person):
    assert rubric_person(heading) == person


def test_names_under_their_quotations_make_no_collection_of_quoted_testimonies(gazetteer):
    # near miss: each name line FOLLOWS its quotation ("« … »" then "Denise, 61 ans, Dole (Jura)"):
    # the names attribute the quotations above them, not the next ones
    heads = ["Ils en parlent", "Denise, 61 ans, Dole (Jura)", "Hugo, 27 ans, Lons-le-Saunier (Jura)"]
    lines = [heads[0], "« On croit que c'est une maladie de vieux, alors au travail personne ne me croyait. »",
             heads[1], "« Je jardine de nouveau le matin, doucement, avec des gants chauffants. »", heads[2]]
    text = "\n".join(lines) + "\n"
    _, segs = _segment(lines, gazetteer, structure=_structure(text, heads))
    assert _at(text, segs, "Je jardine de nouveau").speaker != "Denise"


def test_a_heading_whose_fields_are_set_off_by_dashes():
    # s39, unseen: a seasonal workers' booklet heads each quotation "Coralie – éveineuse – 3 saisons"
    assert heading_person("Coralie – éveineuse – 3 saisons") == ("Coralie", "éveineuse, 3 saisons")
    # near misses: a title with one dash, a title whose dashes hold no person
    assert heading_person("Coralie – éveineuse") is None  # one dash: a title and its subtitle
    assert heading_person("Conserverie du Périgord – Livret d'accueil – campagne 2025") is None


# An exhibition's cartels (s41, round 85): a numbered bold heading naming and describing the person,
# an italic caption of the print, then the person's sentence in guillemets.
CARTELS = ["Exposition « Gestes de la vigne » – salle des fêtes de Cadillac",
           "1. Josette, tailleuse de vigne, 31 ans de métier, Loupiac",
           "Tirage argentique, 40 × 50 cm. Objet choisi : le sécateur.",
           "« L'hiver, on taille avec l'onglée, et au printemps c'est le dos qui parle. »",
           "2. Le docteur Alain Pujol, médecin du travail de la MSA de 1990 à 2015, Langon",
           "Tirage jet d'encre, 30 × 40 cm. Objet choisi : un carnet de visites.",
           "« Je voyais les mêmes épaules usées chez les tailleurs de père en fils. »",
           "3. Karim, tractoriste, 12 ans de métier, Cadillac",
           "Tirage argentique, 40 × 50 cm. Objet choisi : la cabine.",
           "« Dans la cabine, on respire ce qu'on pulvérise, filtre ou pas. »",
           "L'exposition est présentée avec le soutien de la commune."]


def test_cartels_give_the_quotation_under_their_caption_to_the_heading_above(gazetteer):
    assert heading_person(CARTELS[1]) == ("Josette", "tailleuse de vigne, 31 ans de métier, Loupiac")
    assert heading_person(CARTELS[4])[0].endswith("Alain Pujol")
    heads = [CARTELS[1], CARTELS[4], CARTELS[7]]
    text = "\n".join(CARTELS) + "\n"
    _, segs = _segment(CARTELS, gazetteer, structure=_structure(text, heads), doc={"kind": "rapport"},
                       styles=line_styles(CARTELS, {2, 5, 8}))
    s = _at(text, segs, "on taille avec l'onglée")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Josette", "autre")
    s = _at(text, segs, "les mêmes épaules usées")
    assert (s.kind, s.role) == ("verbatim", "medecin_specialiste") and s.speaker.endswith("Alain Pujol")
    s = _at(text, segs, "on respire ce qu'on pulvérise")
    assert (s.kind, s.speaker) == ("verbatim", "Karim")
    assert _at(text, segs, "Objet choisi : le sécateur").kind == "narrative"


def test_an_article_before_anything_but_a_civility_is_no_name():
    # "La Source" is a place; "Le docteur" is a civility with its article
    assert heading_person("La Source, lieu-dit, 3 ans") is None
    assert heading_person("Le Puy, 3 ans de travaux") is None
