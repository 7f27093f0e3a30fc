"""Written slips transcribed one per paragraph under a numbered lead naming their medium
(segment/written_slips.py): "Billet n° 3 (écrit au crayon, non signé) : …" is the slip's author's
words, signed or not; the team's answers between them stay narrative. Look-alikes: a worksheet's
"Fiche 1 : …", a footnote's "Note 2 : …", a single lead."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

from corpus.segment.base import split_lines
from corpus.segment.written_slips import signature, written_document_author, written_slips

BOX = [
    "La boîte à suggestions du cabinet a recueilli trente billets cette année. En voici trois.",
    "Billet n° 2 (écrit au feutre, non signé) : la sonnette ne marche plus depuis un mois on attend dehors",
    "Réponse du cabinet : la sonnette a été remplacée en avril.",
    "Billet n° 7 (signé « Marcel, 77 ans ») : Un grand merci à l'infirmière du soir, toujours souriante.",
    "Billet n° 12 (au dos d'une ordonnance) : Pourquoi pas des rendez-vous le samedi matin pour ceux qui travaillent ?",
]


def test_slips_are_their_authors_words_and_the_answers_narrative(gazetteer):
    text, segs = _segment(BOX, gazetteer)
    s = _at(text, segs, "la sonnette ne marche plus")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")  # unsigned: a member of the public
    s = _at(text, segs, "Un grand merci à l'infirmière du soir")
    assert (s.kind, s.speaker) == ("verbatim", "Marcel")  # the signature names her
    assert _at(text, segs, "des rendez-vous le samedi matin").kind == "verbatim"
    assert _at(text, segs, "la sonnette a été remplacée").kind == "narrative"
    assert _at(text, segs, "trente billets cette année").kind == "narrative"


def test_an_unseen_wall_of_post_its_and_cards(gazetteer):
    wall = ["Atelier du 12 mai : chaque participant a laissé un mot sur le mur.",
            "Post-it 4 : plus de temps pour se parler entre professions",
            "Carte n° 9 (signée par Mme Roux, Calais) : Je voudrais savoir qui appeler la nuit quand mon mari tombe.",
            "La synthèse de l'atelier sera envoyée aux adhérents."]
    text, segs = _segment(wall, gazetteer)
    assert _at(text, segs, "plus de temps pour se parler").kind == "verbatim"
    s = _at(text, segs, "qui appeler la nuit")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Roux", "Hauts-de-France")
    assert _at(text, segs, "La synthèse de l'atelier").kind == "narrative"


def test_signatures():
    assert signature("signé « Jeannine, 81 ans »") == "Jeannine, 81 ans"
    assert signature("écrit au crayon, non signé") == ""
    assert signature("au stylo rouge") == ""


def test_look_alikes_are_no_slips(gazetteer):
    recipe = ["Fiche 1 : Préparer la salade de lentilles avec les enfants.",
              "Fiche 2 : Cuire le riz sans sel et le servir tiède."]
    assert written_slips(split_lines("\n".join(recipe))) == {}  # a worksheet leads the author's own text
    notes = ["Note 1 : les chiffres portent sur l'année 2022.", "Note 2 : les effectifs sont arrondis à la dizaine."]
    assert written_slips(split_lines("\n".join(notes))) == {}
    single = ["Billet n° 4 (non signé) : merci pour tout ce que vous faites", "Le reste du rapport porte sur les locaux."]
    text, segs = _segment(single, gazetteer)
    assert not speech(segs)  # one lead is no transcription of slips


# s24-segspeech2: VOICEMAIL messages transcribed under "Message N (time, profile) :" (round 42): the
# profile's sex or age makes the caller someone whose words these are (not a script's "Message :"
# field); a caller who presents their trade after the greeting has it.
VOICEMAIL = [
    "Annexe 3 – Messages laissés sur le répondeur du cabinet",
    "J'ai transcrit les messages vocaux laissés pendant la fermeture du cabinet de Lure.",
    "Message 1 (8 h 12, femme, en français) : Bonjour, c'est pour mon fils, il tousse depuis trois nuits. "
    "Vous pouvez me rappeler ?",
    "Message 2 (8 h 30, homme, 40 ans) : Oui bonjour, ici l'aide-soignante de l'EHPAD des Tilleuls, "
    "une résidente a chuté cette nuit, il faudrait que le médecin passe.",
    "Message 3 (8 h 47, femme) : Je voudrais décaler mon rendez-vous de jeudi à la semaine prochaine.",
]


def test_voicemail_messages_are_their_callers_words(gazetteer):
    text, segs = _segment(VOICEMAIL, gazetteer)
    s = _at(text, segs, "il tousse depuis trois nuits")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")  # "c'est pour mon fils": no trade
    assert _at(text, segs, "une résidente a chuté").role == "autre_paramedical"  # "ici l'aide-soignante …"
    assert _at(text, segs, "décaler mon rendez-vous").kind == "verbatim"
    assert _at(text, segs, "J'ai transcrit les messages").kind == "narrative"


def test_recorded_messages_profiling_no_caller_stay_a_scripts(gazetteer):
    # near-miss: a phone tree's recorded messages, described by when they play, are no one's words
    tree = ["Le serveur vocal du centre diffuse les messages suivants.",
            "Message 1 (heures ouvrables, en français) : Vous êtes bien au centre de santé, patientez s'il vous plaît.",
            "Message 2 (fermeture, en français) : Le centre est fermé, en cas d'urgence composez le 15."]
    text, segs = _segment(tree, gazetteer)
    assert not speech(segs)


def test_a_quoted_contribution_with_its_signature_in_parentheses(gazetteer):
    # s24-segwritten4: a citizens' notebook quoted in running text, the parenthesis saying how it is
    # signed (itself in guillemets, or "anonyme"), an archive reference after it (round 42)
    from segment_text import segment_at

    from corpus.segment import segment_text

    lines = ["Dans le cahier de Pontivy : « On attend six mois pour un ophtalmologue, c'est pas normal. » "
             "(signé « une mère de famille de Pontivy ») [cahier 56-012, p. 4].",
             "Un autre tient en une ligne : « Rendez-nous notre pharmacie de garde le dimanche » (anonyme, Loudéac) [cahier 22-031, p. 2].",
             "Le rapport parle d'un « désert médical » (Dupont, 2019) et d'une « attente insupportable » (voir p. 4)."]
    text = "\n".join(lines) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer, [])
    s = segment_at(text, segs, "On attend six mois")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Bretagne")
    s = segment_at(text, segs, "Rendez-nous notre pharmacie")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Bretagne")
    # a reference or a page in parentheses signs nothing
    assert segment_at(text, segs, "désert médical").kind not in ("verbatim", "turn")
    assert segment_at(text, segs, "attente insupportable").kind not in ("verbatim", "turn")


def test_a_quoted_contribution_with_its_notebook_and_entry_in_parentheses(gazetteer):
    # s28-segr47c: the notebook a contribution was written in and its entry's number, or its writer,
    # in parentheses after the quote, the quote inside a sentence of the analysis (round 47)
    lines = ["Les registres ouverts en mairie reprennent ce grief : « On a trois kinés pour tout le canton et "
             "aucun ne se déplace à domicile » (registre de Lannemezan, observation n° 8). D'autres parlent du bus.",
             "La seule contribution signée insiste : « Mon mari attend son ophtalmo depuis neuf mois, on finit par "
             "aller en Espagne » (cahier de Bagnères-de-Bigorre, Mme Casteran, 66 ans).",
             # near misses: a specification's page and a document's article cite texts, nobody wrote in them
             "Le marché l'exige : « Le prestataire assure une astreinte téléphonique » (cahier des charges, page 12).",
             "Le texte prévoit que « le registre est tenu à la disposition du public » (registre des délibérations, article 4)."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "aucun ne se déplace")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "autre", "Occitanie")
    s = _at(text, segs, "attend son ophtalmo")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Casteran", "autre", "Occitanie")
    assert _at(text, segs, "assure une astreinte").kind not in ("verbatim", "turn")
    assert _at(text, segs, "tenu à la disposition").kind not in ("verbatim", "turn")
    assert _at(text, segs, "D'autres parlent du bus").kind not in ("verbatim", "turn")


# s25-segtable1: voicemail messages under a header line each ("Message 3 – lundi 7 h 52 (0'41'')"),
# the caller identified after in brackets (round 44's practice answering machine)
VOICEMAILS = [
    "Messages du répondeur de la maison de santé de Mauriac, transcrits pour ce mémoire.",
    "Appel 2 – dimanche 18 h 05 (1'02'')",
    "Bonsoir, c'est pour mon mari, il a de la fièvre depuis hier et il ne veut pas aller aux urgences, rappelez-moi.",
    "[épouse d'un patient, 70 ans environ]",
    "Appel 5 – lundi 8 h 01",
    "Laboratoire d'analyses, un résultat de potassium très élevé pour une de vos patientes, merci de nous rappeler.",
    "Ces messages arrivent tous avant l'ouverture du secrétariat.",
]

# near-miss: a campaign's numbered key messages carry no time of day
KEY_MESSAGES = [
    "Les messages clés de la campagne",
    "Message 1 – Se faire dépister",
    "Un test simple, à faire chez soi, tous les deux ans après cinquante ans.",
    "Message 2 – En parler à son médecin",
    "Votre médecin généraliste peut vous remettre le kit lors d'une consultation.",
]


def test_voicemail_messages_under_their_headers_are_the_callers(gazetteer):
    text, segs = _segment(VOICEMAILS, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "il a de la fièvre depuis hier")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
    assert _at(text, segs, "épouse d'un patient").kind == "narrative"  # the transcriber's note
    s = _at(text, segs, "un résultat de potassium très élevé")
    assert (s.kind, s.role) == ("verbatim", "biologiste")  # "Laboratoire …" opening the message
    assert _at(text, segs, "arrivent tous avant l'ouverture").kind == "narrative"


def test_key_messages_without_a_time_are_no_voicemails(gazetteer):
    text, segs = _segment(KEY_MESSAGES, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "Un test simple, à faire chez soi").kind != "verbatim"
    assert _at(text, segs, "peut vous remettre le kit").kind != "verbatim"


def test_words_written_on_a_mental_map_are_the_respondents(gazetteer):
    """s25-segr44a (round 44's geography article): a figure caption names the respondent's code and
    describes them, then "Annotations :" and the quotations they wrote: the code's words; the caption's
    description stays narrative."""
    lines = ["Les cartes obtenues dilatent les distances vers les spécialistes.",
             "Figure 3 – Carte mentale de E12 (agricultrice, 58 ans, Arc-en-Barrois). Annotations : « ici plus de "
             "médecin depuis 2019 » ; « Chaumont à 45 min, une heure l'hiver ».",
             "Figure 5 – Carte mentale de E19 (infirmière libérale, Langres). Annotations : « 180 km par jour en "
             "tournée »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "ici plus de médecin")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "E12", "autre", "Grand Est")
    assert _at(text, segs, "Chaumont à 45 min") is s
    s = _at(text, segs, "180 km par jour")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "E19", "infirmier")
    assert _at(text, segs, "Carte mentale de E12").kind == "narrative"


def test_an_unseen_photo_caption_with_handwritten_mentions(gazetteer):
    """Unseen: a photo-elicitation study, another label and region."""
    lines = ["Photo 2 – Le frigo de P4 (aidante, 63 ans, Quimperlé). Mentions manuscrites : « RDV kiné jeudi » ; "
             "« ne pas oublier l'insuline »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "RDV kiné jeudi")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "P4", "Bretagne")


def test_a_caption_quoting_a_title_or_naming_no_person_is_no_ones(gazetteer):
    """Near-miss: a caption whose parenthesis is a date, and one whose label is not of written words."""
    lines = ["Figure 2 – Affiche de la CPTS C12 (2022). Inscriptions : « Vaccinez-vous avant l'hiver ».",
             "Figure 4 – Carte mentale de E3 (agriculteur, 61 ans, Langres). Titre : « Mon territoire de soins »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    assert _at(text, segs, "Vaccinez-vous").kind not in ("verbatim", "turn")
    assert _at(text, segs, "Mon territoire de soins").kind not in ("verbatim", "turn")


# s25-segr44b: a caller who names herself as the message opens ("Bonjour, c'est Brigitte,
# l'infirmière, …") is its speaker; "c'est pour …" and a structure's name name no one.
def test_a_voicemail_caller_naming_herself_is_the_speaker(gazetteer):
    lines = VOICEMAILS[:4] + [
        "Appel 3 – lundi 7 h 40 (0'35'')",
        "Allô, c'est Karim, le kiné, je ne pourrai pas passer chez M. V. ce matin, il faudrait prévenir sa fille.",
        "[masseur-kinésithérapeute du secteur]",
    ] + VOICEMAILS[4:]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "je ne pourrai pas passer chez M. V.")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Karim", "kinesitherapeute")
    assert _at(text, segs, "il a de la fièvre depuis hier").speaker == ""  # near-miss: "c'est pour mon mari"
    assert _at(text, segs, "un résultat de potassium").speaker == ""  # a laboratory names no one


# s26-segr45a: a nominal group's idea cards transcribed with the writer's trade and initials
def test_cards_give_the_writers_trade_and_initials(gazetteer):
    cards = ["Les idées écrites pendant la séance de la MSP de Lure sont reproduites ci-dessous.",
             "Carte 3 (sage-femme, L. M.) : Les femmes sortent de maternité sans rendez-vous de suivi. – 14 points",
             "Carte 8 (orthophoniste, Mme T.) : Personne ne sait qui coordonne les bilans de l'enfant. – 9 points",
             "Carte 12 (écrite au crayon, non signée) : Il manque un annuaire à jour des professionnels. – 4 points"]
    text, segs = _segment(cards, gazetteer)
    s = _at(text, segs, "sans rendez-vous de suivi")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "L. M.", "sage_femme")
    s = _at(text, segs, "qui coordonne les bilans")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme T.", "autre_paramedical")
    s = _at(text, segs, "un annuaire à jour")  # the near-miss: no trade, no initials: anyone's
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")


# s30-segr52b: a numbered document a person wrote on, its writer in parentheses by initials, the
# transcribed words in guillemets on the lead's line (alone or inside the author's sentence); the
# writer's later spoken words under "M. K. raconte :" are theirs too (segment/presented_names.py)
ANNOTATED = [
    "4.2 Les carnets de suivi rapportés par les patients",
    "Sur 24 carnets de glycémie distribués à la maison de santé de Saint-Laurent-du-Maroni, 15 revenaient annotés.",
    "Copie 3 (Mme L., 58 ans, insulinotraitée) : en marge du mardi, la patiente a écrit « trop de riz chez ma sœur » "
    "puis a entouré la valeur.",
    "Copie 9 (M. K., 74 ans, veuf) : « Piqûre avant la soupe. Le dimanche je demande à Léon. »",
    "Au téléphone, quelques jours plus tard, M. K. racontait : « Mes yeux ne sont plus bons, alors Léon lit les chiffres. »",
    "La case « Observations » du carnet, destinée au médecin, est donc devenue celle des patients.",
]


def test_annotated_documents_are_their_writers_words(gazetteer):
    text, segs = _segment(ANNOTATED, gazetteer)
    s = _at(text, segs, "trop de riz chez ma sœur")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme L.", "autre")
    s = _at(text, segs, "Piqûre avant la soupe")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. K.", "autre")
    s = _at(text, segs, "Mes yeux ne sont plus bons")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "M. K.", "autre")
    assert _at(text, segs, "Observations").kind != "verbatim"
    assert len(speech(segs)) == 3


def test_a_document_credited_to_no_writer_is_no_ones():
    # a body and a year, a figure's material, a writer without an initial or without a description
    assert written_document_author("Document 3 (HAS, 2019) : ", None) is None
    assert written_document_author("Tableau 2 (M. K., 74 ans) : ", None) is None
    assert written_document_author("Copie 9 (M. K.) : ", None) is None
    assert written_document_author("Copie 9 (Mme Durand, 74 ans) : ", None) is None
    assert written_document_author("Copie 9 (M. K., 74 ans) : ", None)["speaker"] == "M. K."
