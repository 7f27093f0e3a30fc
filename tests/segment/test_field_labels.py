"""Short "X :" lines that are fields of a form or a card, steps of a procedure or items of a script
(segment/field_labels.py) are no one's speech; the same shapes naming people stay speech."""

from __future__ import annotations

from segment_text import segment_at, segment_lines

from corpus.segment.base import split_lines
from corpus.segment.field_labels import (
    acronym_letters,
    chained_lead,
    field_lead,
    names_no_one,
    quote_field,
    titled_quote,
)

SPEECH = ("turn", "verbatim")


# an SBAR card for night staff: its letters glossed, then a worked example on the same letters
SBAR = ["Appeler le médecin de garde la nuit : l'outil SBAR",
        "S : Situation – je me présente, je nomme le résident et le motif de l'appel.",
        "B : Background (contexte) – antécédents, traitements, directives anticipées.",
        "A : Assessment (évaluation) – constantes, état de conscience, mon inquiétude.",
        "R : Recommandation – ce que je demande et dans quel délai.",
        "Mise en situation",
        "S : « Je suis aide-soignante de nuit à l'EHPAD, j'appelle pour Mme P., qui a de la fièvre. »",
        "B : « Elle a 92 ans, une démence évoluée, pas de directives anticipées écrites. »",
        "A : « Elle est à 39,2, elle respire vite, elle ne répond presque plus. »",
        "R : « Pouvez-vous passer, ou faut-il appeler le 15 ? »"]

# one-letter labels of an interview: the first words do not gloss every letter
INTERVIEW = ["Entretien avec une infirmière libérale et son associée, enregistré au cabinet le 3 mai 2021.",
             "E : Alors, comment s'est passée la première vague pour vous deux ?",
             "A : Au début, on ne savait rien, on n'avait pas de masques, on appelait la pharmacie tous les jours.",
             "B : Bon, moi je me souviens surtout des week-ends, on tournait à deux pour tout le secteur.",
             "E : Et la CPTS, elle existait déjà à ce moment-là ?",
             "A : Elle venait de naître, c'est elle qui nous a trouvé des surblouses.",
             "B : Oui, et le groupe de messagerie, ça nous a sauvé la vie, franchement."]

# a voice server's tree as delivered to the provider: the voice credited, each message a step
VOICE_SERVER = ["Standard commun des cabinets infirmiers – script du serveur vocal (version validée en bureau)",
                "Voix : Martine, secrétaire du pôle (enregistrement le 12 janvier).",
                "Message d'accueil : « Vous êtes bien au standard des cabinets infirmiers du Val de Sèvre. »",
                "Touche 1 : « Vous souhaitez un passage à domicile ? Nous vous rappelons dans la journée. »",
                "Touche 2 : « Vous êtes pharmacien ou médecin ? Je vous passe l'infirmière d'astreinte. »",
                "Hors horaires : « Le standard est fermé. Laissez-nous un message, nous vous rappellerons demain. »"]

# quotations after "X :" leads naming people: a press piece's vox pop
VOX_POP = ["Nous avons demandé aux soignants du secteur ce qui avait changé depuis la création de la CPTS.",
           "Julie Le Bihan, infirmière libérale à Vannes : « Je sais enfin qui appeler quand un patient sort de l'hôpital. »",
           "Marc Allain, médecin généraliste à Auray : « On se parle plus qu'avant, et on se connaît mieux. »"]


# a voice server's items named by a step noun and by words of their own: one script
VOICE_MENU = ["Script du répondeur de la CPTS (version validée en bureau)",
              "Voix : Hélène, infirmière coordinatrice (enregistrement en studio).",
              "Menu principal : « Bienvenue à la CPTS. Nous sommes là pour vous orienter. »",
              "Option 1 : « Vous cherchez un médecin traitant ? Je note vos coordonnées. »",
              "Option 2 : « Vous êtes un professionnel ? Je vous passe la coordinatrice. »",
              "Message de fermeture : « Nous sommes fermés, laissez-nous un message. »"]


def test_leads_of_a_script_or_a_form():
    assert field_lead("Touche 1 : ")
    assert field_lead("10 h 05 – Inject 2 – Régulateur du SAMU : ")
    assert field_lead("Inject 1 – T + 10 min – Standard : ")
    assert field_lead("J - 2 : ")
    assert field_lead("Si l'étudiant demande qui fait les courses : ")
    assert field_lead("Message d’accueil : ")
    assert field_lead("Réponse attendue : ")
    assert field_lead("À éviter : ")


def test_leads_that_name_people_are_not_fields():
    assert not field_lead("Julie Le Bihan, infirmière libérale à Vannes : ")
    assert not field_lead("Infirmière 3 : ")
    assert not field_lead("Participant 2 : ")
    assert not field_lead("Le Dr Faivre, président de la CPTS : ")
    assert not field_lead("Sylvie, 54 ans, aidante : ")
    # a time of day alone opens a meeting's record as well as a chronogram: not enough
    assert not field_lead("10 h 05 – Dr Martin : ")


def test_acronym_card_letters():
    assert acronym_letters(split_lines("\n".join(SBAR))) == {"S", "B", "A", "R"}
    # glossed with a period, one letter's gloss missing: still the card
    card = ["S : Situation. Je me présente.", "A : Antécédents. Ce qu'il faut savoir.",
            "E : « Elle a un hématome au front. »", "D : Demande. Ce que j'attends de vous."]
    assert acronym_letters(split_lines("\n".join(card))) == {"S", "A", "E", "D"}
    assert acronym_letters(split_lines("\n".join(INTERVIEW))) == set()
    # two letters glossed are a Q/R pair's coincidence, not a card
    assert acronym_letters(split_lines("Q : Question – la vôtre.\nR : Réponse – la mienne.")) == set()


def test_titled_quote_on_a_programme_slot():
    line = "10 h 45 : atelier « Comment je vis avec mon diabète » (Mme Roux, infirmière Asalée)."
    assert titled_quote("10 h 45 : atelier ", line)
    # outside a programme's slot the noun may introduce someone's words (a press piece's fragment)
    line = "De même, elle a réalisé un film « pour expliquer comment s'habiller avant d'entrer chez un patient »."
    assert not titled_quote("De même, elle a réalisé un film ", line)


def test_a_title_line_opened_by_a_titled_thing_is_no_speech(gazetteer):
    # round 41: a recipe sheet's title "Atelier cuisine « … » – MSP du Moule – Fiche n° 3"
    assert titled_quote("Atelier cuisine ", "Atelier cuisine « Manger créole et équilibré » – MSP du Moule")
    assert titled_quote("Exposition ", "Exposition « Vivre avec le VIH à Cayenne » – Centre hospitalier")
    # a sentence whose subject speaks: not a title line
    assert not titled_quote("L'animatrice de l'atelier cuisine ", "L'animatrice de l'atelier cuisine « … »")
    lines = ["Séance diététique « Bien manger sans se priver » – CPTS du Nord Martinique – Fiche n° 2",
             "Ingrédients : 2 patates douces, 1 oignon, 1 citron vert."]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "rapport"})
    assert segment_at(text, segs, "Bien manger sans se priver").kind not in ("verbatim", "turn")
    said = ["Une patiente de l'atelier cuisine résume : « Je mange comme avant, mais je sais ce que je mets dans "
            "mon assiette. » – Josiane, 64 ans, Le Lamentin"]
    text, segs = segment_lines(said, gazetteer, doc={"kind": "rapport"})
    assert segment_at(text, segs, "Je mange comme avant").kind == "verbatim"


def test_an_acronym_card_and_its_worked_example_are_no_speech(gazetteer):
    _, segs = segment_lines(SBAR, gazetteer)
    assert not [s for s in segs if s.kind in SPEECH]


def test_one_letter_labels_of_an_interview_stay_turns(gazetteer):
    text, segs = segment_lines(INTERVIEW, gazetteer)
    assert segment_at(text, segs, "on ne savait rien").kind == "turn"
    assert segment_at(text, segs, "le groupe de messagerie").kind == "turn"


def test_a_voice_server_script_is_no_speech(gazetteer):
    _, segs = segment_lines(VOICE_SERVER, gazetteer)
    assert not [s for s in segs if s.kind in SPEECH]


def test_items_of_one_script_beside_its_steps_are_no_speech(gazetteer):
    _, segs = segment_lines(VOICE_MENU, gazetteer)
    assert not [s for s in segs if s.kind in SPEECH]


def test_names_no_one():
    assert names_no_one("Menu principal : ")
    assert names_no_one("Message de fermeture : ")
    assert not names_no_one("Une patiente : ")
    assert not names_no_one("Mme Roux : ")
    assert not names_no_one("Sylvie Aubert : ")
    assert not names_no_one("Infirmière libérale : ")


def test_quotations_led_by_people_stay_verbatims(gazetteer):
    text, segs = segment_lines(VOX_POP, gazetteer)
    for snippet in ("Je sais enfin qui appeler", "On se parle plus qu'avant"):
        assert segment_at(text, segs, snippet).kind == "verbatim"


# seglabels14: a line-initial "X :" is a speaker label only when X names a person or a voice; the
# heads of a planning's, a data dictionary's or a report's fields name none (field_labels.yaml).
# An internship diary (not from any set): days, a model message, a reminder, in the first person.
DIARY = ["Annexe 4 – Journal de stage en maison de santé",
         "Jour 1 : accueil par la coordinatrice ; je découvre le logiciel partagé et les réunions du mardi.",
         "Jour 3 : visite à domicile avec l'infirmière. Message laissé au médecin : « Bonjour, je suis l'étudiante "
         "en stage, pouvez-vous me rappeler pour le patient de la rue Haute ? »",
         "Jour 4 : je prépare la grille d'observation. Relance au pharmacien : « Je me permets de revenir vers vous "
         "pour notre rendez-vous de jeudi. »",
         "Jour 8 : synthèse avec ma tutrice ; je rédige le bilan de la semaine."]
# a questionnaire's data dictionary: codes in capitals, items in guillemets (some in the first
# person), then the answer categories
DICTIONARY = ["Dictionnaire des codes de l'enquête auprès des pharmaciens",
              "STATUT : « Quel est votre statut ? » Modalités : 1 = titulaire ; 2 = adjoint ; 3 = autre.",
              "AGE_ANS : « Quel âge avez-vous ? » Numérique.",
              "Q7_LIEN : « Je connais personnellement les infirmiers de mon secteur. » Échelle de 1 à 4.",
              "Q8_CANAL : « Par quel moyen joignez-vous le plus souvent un médecin ? » Modalités : téléphone, "
              "messagerie, en personne."]
# "Verbatim :" / "Extrait :" name the kind of passage, not who speaks: the words are someone's
EXTRACTS = ["Synthèse des ateliers – aides à domicile du Jura, 12 juin 2023",
            "Douze aides à domicile du Jura ont participé aux ateliers, animés par la fédération. Les propos "
            "retenus sont reproduits sans guillemets, précédés de la mention Verbatim.",
            "Thème 1 – Les plannings",
            "Verbatim : moi on m'appelle le dimanche soir pour me dire que je commence à six heures, et je "
            "n'ai personne pour garder ma fille (aide à domicile, Dole).",
            "Thème 2 – Le lien avec les soignants",
            "Verbatim : on ne sait jamais si l'infirmière est passée avant nous, alors on appelle la famille "
            "(aide à domicile, Lons-le-Saunier).",
            "Verbatim : je fais quarante kilomètres entre deux personnes, et personne ne me demande comment "
            "va la dame (aide à domicile, Champagnole).",
            "Proposition de la fédération : un cahier de liaison commun au domicile, relu par chaque intervenant."]


def test_field_head_words_are_no_labels(gazetteer):
    _, segs = segment_lines(DIARY, gazetteer)
    assert not [s.text for s in segs if s.kind in SPEECH]
    _, segs = segment_lines(DICTIONARY, gazetteer)
    assert not [s.text for s in segs if s.kind in SPEECH]
    assert field_lead("Jour 3 : visite à domicile avec l'infirmière. Message laissé au médecin : ")
    assert field_lead("Relance aux personnes sans réponse : ")


def test_a_quote_field_label_names_no_one(gazetteer):
    assert quote_field("Verbatim") and quote_field("Extrait") and not quote_field("Sophie")
    text, segs = segment_lines(EXTRACTS, gazetteer)
    for snippet in ("on m'appelle le dimanche soir", "on ne sait jamais si l'infirmière"):
        seg = segment_at(text, segs, snippet)
        assert seg.kind in SPEECH and seg.speaker == ""


def test_people_labels_beside_field_words_stay_turns(gazetteer):
    # near miss: the same planning words inside the words of people who take turns
    lines = ["Entretien avec deux infirmières libérales de Dole.",
             "Enquêtrice : Comment s'organise votre semaine ?",
             "Sophie : Le lundi je fais les prises de sang, et le message de la pharmacie arrive le mardi.",
             "Enquêtrice : Et vous ?",
             "Claire : Moi je fais surtout les tournées du soir, on se relaie chaque semaine.",
             "Sophie : Et on se laisse un message sur le cahier.",
             "Claire : Oui, le cahier, c'est notre planning à nous."]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "Le lundi je fais").kind == "turn"
    assert segment_at(text, segs, "tournées du soir").kind == "turn"


# s24-segwritten5: quotations listed in a row under one field ("Réponses attendues : « … » ; « … »")
def test_a_listed_quotation_takes_its_fields_lead():
    assert field_lead(chained_lead("Réponses attendues : « Avez-vous de la fièvre ? » ; « Je peux vous aider. » ; "))
    assert field_lead(chained_lead("Phrase d'ouverture : « Bonjour, je cherche un dentiste. » / "))
    # near-miss: words listed after a person's label stay theirs
    assert not field_lead(chained_lead("Mme D. : « Je n'ai rien compris. » ; "))
    assert chained_lead("Elle ajoute : ") == "Elle ajoute : "


def test_model_answers_listed_in_a_row_are_no_speech(gazetteer):
    lines = ["Nous avons mené des entretiens semi-directifs avec les pharmaciens visités après le passage.",
             "Réponses attendues : « Avez-vous de la fièvre ? » ; « Je peux vous proposer un test. » ; "
             "« Sans ordonnance, je ne peux pas vous donner ça, je suis désolé. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    assert segment_at(text, segs, "je ne peux pas vous donner").kind == "narrative"
    # unseen: a call centre's script, alternatives after a slash, another field
    lines = ["Nous avons mené des entretiens semi-directifs avec les régulatrices du centre.",
             "Message d'attente : « Tous nos conseillers sont occupés. » / « Je vous rappelle moi-même "
             "dans dix minutes, ne raccrochez pas, je note votre numéro. »"]
    text, segs = segment_lines(lines, gazetteer, doc={"kind": "these"})
    assert segment_at(text, segs, "Je vous rappelle moi-même").kind == "narrative"
