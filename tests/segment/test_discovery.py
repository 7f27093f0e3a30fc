"""Discovery of a document's conventions before segmenting: speaker labels and the moderator,
labels inside paragraphs the extraction ran together, self-presentation, interview headers,
named speakers. Real French lines, written the way transcripts and reports write them."""

from __future__ import annotations

from segment_text import heading_structure
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import apposition, interview_header
from corpus.segment.base import split_lines
from corpus.segment.discovery import (
    candidate_labels,
    discover_labels,
    self_presented_role,
    split_at_labels,
)


def _lines(*texts):
    return split_lines("\n".join(texts) + "\n")


def test_numbered_participants_and_the_unnumbered_animator():
    lines = _lines(
        "P2 : « Et en fait la coordination c'est le fait de pouvoir s'appeler. »",
        "A : Et ça c'est quelque chose que vous faisiez avant ?",
        "P8 : Peut être mais pas autant, pas aussi vite.",
        "A : D'accord.",
        "P2 : On se connaissait déjà un peu, c'est vrai.",
    )
    labels = discover_labels(lines, {}, {})
    assert {k: v.kind for k, v in labels.items()} == {"P2": "participant", "A": "moderator", "P8": "participant"}


def test_label_words_timestamps_brackets_and_civilities():
    lines = _lines(
        "[00:01:02] Enquêtrice : Qu'est-ce qui a changé pour vous avec la crise ?",
        "[00:01:10] Part. 2 : Tout. Les tournées, les protocoles, les horaires.",
        "INT : Et avec les médecins ?",
        "Mme D. : Ça s'est beaucoup amélioré depuis deux ans.",
        "[IDE2] On nous a oubliés dans l'organisation.",
        "Plusieurs participants : Oui, c'est ça !",
    )
    labels = discover_labels(lines, {"IDE2": "infirmière"}, {})
    kinds = {k: v.kind for k, v in labels.items()}
    assert kinds == {"Enquêtrice": "moderator", "Part. 2": "participant", "INT": "moderator",
                     "Mme D.": "participant", "IDE2": "participant", "Plusieurs participants": "group"}


def test_a_label_asking_most_questions_is_the_moderator():
    lines = _lines(
        "Claire : Comment s'est passé le premier confinement ?",
        "MG1 : Mal, franchement, on ne savait rien.",
        "Claire : Et avec la pharmacie ?",
        "MG1 : Mieux, on s'appelait tous les jours.",
        "Claire : Vous avez gardé ces habitudes ?",
        "MG1 : Un peu, moins qu'avant.",
    )
    labels = discover_labels(lines, {}, {})
    assert labels["Claire"].kind == "moderator" and labels["MG1"].kind == "participant"


def test_lines_that_open_with_a_word_and_a_colon_are_not_speakers():
    lines = _lines(
        "Objectif principal : décrire la participation des médecins.",
        "Question 12 : Avez-vous participé à une réunion ?",
        "Réponse : oui pour 194 répondants (62 %).",
        "Question 13 : Avez-vous utilisé la télé-expertise ?",
        "Réponse : oui pour 87 répondants (28 %).",
        "Note : les pourcentages sont calculés sur les répondants.",
        "Tableau 3 : facteurs associés à la participation.",
    )
    assert discover_labels(lines, {}, {}) == {}


def test_a_declared_moderator_and_a_known_code():
    lines = _lines("LOC1 : Bonjour à tous.", "LOC2 : Bonjour.")
    labels = discover_labels(lines, {}, {"LOC1": {"moderator": True}})
    assert labels["LOC1"].kind == "moderator" and labels["LOC2"].kind == "participant"
    # a single labelled line counts only when a table or a sheet knows the code
    one = _lines("M1 : « Le plus dur, c'était de ne pas savoir qui faisait quoi. »")
    assert discover_labels(one, {}, {}) == {}
    assert set(discover_labels(one, {"M1": "Médecin généraliste"}, {})) == {"M1"}


def test_turns_run_together_are_cut_at_their_label():
    text = ("Animatrice : Comment avez-vous vécu la vaccination ? MG1 : Franchement, c'était le chaos. "
            "IDE2 : Oui, et c'est nous qui avons tout organisé.\nLa discussion s'est poursuivie.\n")
    lines = split_lines(text)
    found = candidate_labels(lines)
    assert set(found) == {"Animatrice", "MG1", "IDE2"}
    labels = discover_labels(lines, {}, {})
    cut = split_at_labels(lines, text, labels)
    assert [ln.text.strip() for ln in cut][:3] == [
        "Animatrice : Comment avez-vous vécu la vaccination ?", "MG1 : Franchement, c'était le chaos.",
        "IDE2 : Oui, et c'est nous qui avons tout organisé."]
    assert [ln.index for ln in cut] == list(range(len(cut)))
    assert all(text[ln.start:ln.end] == ln.text for ln in cut)


def test_a_table_row_keeps_its_speaker_tags():
    text = "Oui elle était médecin Enquêteur : Oui c'est ça ou dentaire ? E30 : Son mari était dentiste | 30\n"
    lines = split_lines(text)
    assert len(split_at_labels(lines, text, discover_labels(lines, {}, {}) or {"E30": None})) == len(lines)


def test_self_presentation_names_the_role_that_follows():
    assert self_presented_role(["Bonjour. Moi je suis médecin généraliste à Metz depuis vingt ans."]) == \
        ("médecin généraliste à", "medecin_generaliste")
    assert self_presented_role(["Et moi infirmière, en cabinet à Thionville."])[1] == "infirmier"
    assert self_presented_role(["Je suis allé voir le médecin de garde."]) == ("", "")


def test_interview_headers_and_appositions():
    m = interview_header("Entretien avec Mme L., médecin généraliste, Bretagne")
    assert (m.group("who"), m.group("desc")) == ("Mme L.", "médecin généraliste, Bretagne")
    m = interview_header("« Nous avons tenu grâce au collectif » : trois questions à Claire Dumont")
    assert m.group("who") == "Claire Dumont" and not m.group("desc")
    assert interview_header("Les entretiens ont été réalisés avec des médecins généralistes du territoire, "
                            "entre mars et juin 2021, au cabinet ou par téléphone.") is None
    chapeau = ["Infirmière libérale à Lille et présidente d'une communauté professionnelle, Claire Dumont "
               "revient sur deux années de crise sanitaire."]
    assert apposition("Claire Dumont", chapeau).startswith("Infirmière libérale à Lille")


def test_initials_are_labels_and_listed_participants():
    from corpus.segment.speakers import participant_list

    lines = _lines(
        "Participants : C.M. (infirmière libérale), J.-P.D. (médecin généraliste), A.L. (kinésithérapeute).",
        "Animateur : Qu'est-ce que la communauté vous a apporté pendant la crise ?",
        "C.M. : Un annuaire, tout simplement. Avant, je ne savais pas qui appeler.",
        "J.-P.D. : Et pour nous, la possibilité de déléguer le suivi des patients positifs.",
        "A.L. : Nous, les kinés, on a surtout été sollicités après.",
    )
    listed = participant_list([ln.text for ln in lines])
    assert [(code, desc) for _, code, desc in listed] == [
        ("C.M.", "infirmière libérale"), ("J.-P.D.", "médecin généraliste"), ("A.L.", "kinésithérapeute")]
    labels = discover_labels(lines, {code: desc for _, code, desc in listed}, {})
    assert {k: v.kind for k, v in labels.items()} == {
        "Animateur": "moderator", "C.M.": "participant", "J.-P.D.": "participant", "A.L.": "participant"}
    # a single initialled line among prose is not a transcript
    assert discover_labels(_lines("J.M. : voir le chapitre 3.", "La suite du texte est de la prose."), {}, {}) == {}


def test_a_header_numbering_the_interview_describes_its_person():
    m = interview_header("Entretien 3 — pharmacienne, 38 ans, Vosges")
    assert (m.group("who"), m.group("num"), m.group("desc")) == ("Entretien 3", "3", "pharmacienne, 38 ans, Vosges")
    assert interview_header("Entretien n°12 : infirmier libéral, Creuse").group("num") == "12"
    # a numbered title that describes no person is not an interview header
    assert interview_header("Entretien 3 — la place du territoire") is None


def test_lettered_participants_described_before_their_code():
    from corpus.segment.speakers import participants_described

    lines = _lines(
        "Le groupe réunissait une médecin généraliste (participant A), un infirmier libéral (participant B) "
        "et une pharmacienne (participant C).",
        "Animatrice : Quelle a été la principale difficulté pendant la crise ?",
        "Participant A : Le manque d'information fiable, on apprenait tout par la presse.",
        "Participant B : Pour nous, c'était le matériel, surtout les masques.",
    )
    described = participants_described([ln.text for ln in lines])
    assert [(code, desc) for _, code, desc in described] == [
        ("Participant A", "médecin généraliste"), ("Participant B", "infirmier libéral"),
        ("Participant C", "pharmacienne")]
    labels = discover_labels(lines, {code: desc for _, code, desc in described}, {})
    assert {k: v.kind for k, v in labels.items()} == {
        "Animatrice": "moderator", "Participant A": "participant", "Participant B": "participant"}
    # one description with a code in a sentence is not a list of participants
    assert participants_described(["Nous avons interrogé une pharmacienne (E3) à Lorient."]) == []


def test_numbered_items_are_not_speakers_but_recurring_codes_are():
    questionnaire = _lines(
        "Q1 : Depuis combien d'années exercez-vous en libéral ?",
        "Q2 : Êtes-vous membre d'une communauté professionnelle ?",
        "Q3 : Si oui, quelles missions vous paraissent prioritaires ?",
    )
    assert discover_labels(questionnaire, {}, {}) == {}
    focus = _lines(
        "P1 : On a tout organisé en une semaine.",
        "P2 : Oui, et sans aucune aide.",
        "P3 : Moi je suis arrivée après.",
        "P1 : C'est vrai que c'était dur pour tout le monde.",
    )
    assert set(discover_labels(focus, {}, {})) == {"P1", "P2", "P3"}


def test_profession_labels_count_only_beside_a_labelled_interviewer():
    interview = _lines(
        "Étudiante : Comment vous êtes-vous organisés au début ?",
        "Le médecin : On a séparé les flux tout de suite.",
        "L'infirmière : Et moi j'ai pris en charge le suivi téléphonique.",
        "Étudiante : Est-ce que la communauté vous a aidés ?",
        "Le médecin : Surtout pour les commandes de matériel.",
    )
    assert {k: v.kind for k, v in discover_labels(interview, {}, {}).items()} == {
        "Étudiante": "moderator", "Le médecin": "participant", "L'infirmière": "participant"}
    definitions = _lines(
        "Le médecin : coordonne les soins du patient.",
        "L'infirmière : assure le suivi à domicile.",
        "Le pharmacien : dispense et conseille.",
    )
    assert discover_labels(definitions, {}, {}) == {}


def test_first_names_that_take_turns_are_speakers():
    # no label word, no code: two first names (one with a surname) recur, alternate and speak
    lines = _lines(
        "Sophie Marchand : Comment la maison de santé s'est-elle organisée au printemps ?",
        "Hugo : On a tout fait par téléphone, je passais mes soirées à rappeler les patients.",
        "Sophie Marchand : Et vos collègues infirmières ?",
        "Hugo : Elles venaient à la pharmacie, on se voyait tous les matins.",
        "Sophie Marchand : Vous avez gardé ce rythme ?",
        "Hugo : Non, plus maintenant, mais on s'appelle encore.",
    )
    labels = discover_labels(lines, {}, {})
    assert {k: v.kind for k, v in labels.items()} == {"Sophie Marchand": "moderator", "Hugo": "participant"}


def test_recurring_lines_that_neither_alternate_nor_speak_are_not_labels():
    # a glossary and a list of pros and cons: the same words open lines, nobody speaks
    lines = _lines(
        "Territoire : espace de projet défini par les professionnels eux-mêmes.",
        "Avantages : une meilleure lisibilité de l'offre de soins pour les patients.",
        "Limites : une charge administrative importante pour les structures.",
        "Avantages : un financement pérenne des fonctions de coordination.",
        "Limites : une gouvernance qui reste fragile dans les territoires ruraux.",
        "Avantages : des protocoles partagés entre professions.",
        "Limites : une adhésion inégale des médecins libéraux.",
    )
    assert discover_labels(lines, {}, {}) == {}


def test_a_turn_labelled_by_a_group_session_has_no_single_speaker():
    lines = _lines(
        "Animatrice : Qu'est-ce qui a changé avec la communauté ?",
        "FG1 : On se connaît enfin, on s'appelle.",
        "Animatrice : Et pour les autres groupes ?",
        "FG2 : Nous, on ne voit pas encore la différence.",
    )
    labels = discover_labels(lines, {}, {})
    assert {k: v.kind for k, v in labels.items()} == {"Animatrice": "moderator", "FG1": "group", "FG2": "group"}


def test_labels_set_off_by_a_dash_or_a_period_when_they_take_turns():
    lines = _lines(
        "Q. Comment avez-vous vécu le premier confinement ?",
        "R. On a tout arrêté, je ne voyais plus personne.",
        "Q. Et la communauté ?",
        "R. Elle nous a beaucoup aidés, on s'appelait tous les soirs.",
        "Enquêtrice — Et aujourd'hui ?",
        "Marie — On s'appelle encore, moins souvent.",
        "Enquêtrice — Pourquoi ?",
        "Marie — Parce que je suis débordée, comme tout le monde.",
    )
    kinds = {k: v.kind for k, v in discover_labels(lines, {}, {}).items()}
    assert kinds == {"Q": "moderator", "R": "answer", "Enquêtrice": "moderator", "Marie": "participant"}


def test_outline_letters_and_numbered_headers_are_not_loose_labels():
    lines = _lines(
        "I. INTRODUCTION",
        "A. Contexte de l'étude et questions de recherche.",
        "B. Méthode des entretiens semi-directifs.",
        "II. RÉSULTATS",
        "A. Les entretiens ont été menés auprès de douze professionnels.",
        "Entretien 3 — pharmacienne, 38 ans, Vosges",
        "P2 : On a tout fait par téléphone, je n'avais pas le choix.",
        "P3 : Nous aussi, on se voyait très peu.",
    )
    assert set(discover_labels(lines, {}, {})) == {"P2", "P3"}


def test_participant_labels_in_inclusive_writing():
    lines = _lines(
        "Participant·e 3 : On se voyait tous les jeudis soir, je m'en souviens bien.",
        "Animatrice : Et maintenant ?",
        "Participant·e 1 : On ne se voit plus du tout, c'est dommage.",
    )
    assert set(discover_labels(lines, {}, {})) == {"Participant·e 3", "Animatrice", "Participant·e 1"}


# ---- round 9 (session 4, segfix2): conventions read from the document itself ---------------

def test_a_legend_in_words_explains_code_prefixes():
    from corpus.segment.discovery import label_legend

    text = ("Afin de préserver l'anonymat, les participants sont désignés par leur profession (MG pour "
            "médecin généraliste, SF pour sage-femme, IDE pour infirmier ou infirmière) suivie d'un numéro.")
    assert label_legend([text]) == {"MG": "médecin généraliste", "SF": "sage-femme", "IDE": "infirmier ou infirmière"}
    # one "X pour Y" in prose is no legend
    assert label_legend(["Le CLS pour la santé mentale a été signé en 2019."]) == {}


def test_a_legend_in_words_whose_verb_is_left_out_after_the_first_entry():
    from corpus.segment.discovery import label_legend

    text = ("Dans les extraits, G désigne un médecin généraliste, P une pharmacienne ou un pharmacien, "
            "O un orthophoniste et SF une sage-femme ; le chiffre est le rang de l'entretien.")
    assert label_legend([text]) == {"G": "un médecin généraliste", "P": "une pharmacienne ou un pharmacien",
                                    "O": "un orthophoniste", "SF": "une sage-femme"}
    # a sentence going on after the one entry, without a determiner after the capital: no legend
    assert label_legend(["Dans le tableau, R désigne la région, et La Poste a fermé son agence."]) == {}


def test_participants_from_a_bulleted_list_and_from_civility_presentations():
    from corpus.segment.speakers import participants_bulleted, participants_presented

    bullets = ["Participants :", "• Nadia, pharmacienne d'officine à Thionville", "• Loïc, masseur-kinésithérapeute à Yutz"]
    assert [(n, d) for _, n, d in participants_bulleted(bullets)] == [
        ("Nadia", "pharmacienne d'officine à Thionville"), ("Loïc", "masseur-kinésithérapeute à Yutz")]
    assert participants_bulleted(["• Paris, capitale de la France", "• Lyon, deuxième ville"]) == []
    prose = ["Le Dr B. est médecin généraliste à Argentan depuis 1998 ; Mme L. est secrétaire médicale dans "
             "une maison de santé de la même ville ; M. T. est masseur-kinésithérapeute libéral à Sées."]
    assert [c for _, c, _ in participants_presented(prose)] == ["Dr B.", "Mme L.", "M. T."]
    assert participants_presented(["M. Dupont est arrivé en retard."]) == []


def test_the_study_field_is_the_one_region_the_methods_name():
    from conftest import GAZETTEER_PATH

    from corpus.segment.discovery import study_field
    from corpus.segment.regions import load_gazetteer

    gaz = load_gazetteer(str(GAZETTEER_PATH))
    one = ["Une étude qualitative menée auprès de professionnels exerçant dans le département de la Sarthe."]
    assert study_field(one, gaz)[0] == "Pays de la Loire"
    two = ["Une enquête menée dans le Lot et en Gironde."]
    assert study_field(two, gaz) == ("", "")  # two régions: no field region
    assert study_field(["Les médecins de la Sarthe ont répondu."], gaz) == ("", "")  # not about the study
    # s45 (round 93's tele-expertise thesis): a discussion sentence setting the results beside other
    # works names their field, not the study's
    assert study_field(["Nos résultats rejoignent ceux des travaux menés en région Grand Est, où l'enquête "
                        "portait sur les hôpitaux."], gaz) == ("", "")
    # who took part, where they practise (s21-segspeak16): "du Pays de Retz (Loire-Atlantique) ont participé"
    took_part = ["Quinze professionnels de santé libéraux du Pays de Retz (Loire-Atlantique) ont participé."]
    assert study_field(took_part, gaz)[0] == "Pays de la Loire"
    assert study_field(["Onze infirmières du Bocage (Orne) ont participé aux entretiens."], gaz)[0] == "Normandie"
    # two régions still give none
    assert study_field(["Des pharmaciens du Gers et de la Creuse ont participé."], gaz) == ("", "")


def test_a_plural_legend_explains_two_labels_at_once():
    from corpus.segment.discovery import label_legend

    text = ("Entretien 5 - infirmière de pratique avancée, maison de santé, Vitré, 48 min. "
            "EA et EB désignent les deux enquêtrices, IPA5 l'infirmière interrogée.")
    assert label_legend([text]) == {"EA": "enquêtrice", "EB": "enquêtrice"}
    assert label_legend(["Les CPTS et les MSP désignent des structures différentes."]) == {}


TWO_INTERVIEWERS = [
    "Entretien 5 - infirmière de pratique avancée, maison de santé, Vitré, 48 min. "
    "EA et EB désignent les deux enquêtrices, IPA5 l'infirmière interrogée.",
    "EA : Comment se passent les adressages des médecins ?",
    "IPA5 : Ça dépend des médecins. Deux m'adressent tous leurs diabétiques, les autres jamais.",
    "EB : Et pour les renouvellements, vous avez un protocole ?",
    "IPA5 : Oui, signé l'an dernier avec le cabinet d'en face.",
    "EA : Vous le trouvez utile ?",
    "IPA5 : Très, je ne perds plus de temps au téléphone.",
]


def test_the_second_interviewer_of_a_plural_legend_asks_no_turn():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer

    text, segs = segment_lines(TWO_INTERVIEWERS, load_gazetteer(str(GAZETTEER_PATH)))
    seg = segment_at(text, segs, "Et pour les renouvellements")
    assert (seg.kind, seg.speaker) == ("moderator", "EB")
    assert segment_at(text, segs, "signé l'an dernier").kind == "turn"


def test_a_first_turn_opening_with_a_first_name_and_a_function_presents_the_speaker():
    from corpus.segment.discovery import self_presented_role

    assert self_presented_role(["Participant 4 : Mathieu, masseur-kinésithérapeute à Dole, en cabinet de groupe.",
                                "Participant 4 : Oui, on se parle plus qu'avant."])[1] == "kinesitherapeute"
    assert self_presented_role(["Sophie, infirmière libérale depuis vingt ans, j'ai vu arriver la CPTS."])[1] == "infirmier"
    # a name then no function, a role word first, or the function only in a later turn
    assert self_presented_role(["P4 : Mathieu, lui, il ne vient jamais aux réunions."]) == ("", "")
    assert self_presented_role(["P4 : Oui, j'ai vu le pharmacien hier.", "P4 : Mathieu, pharmacien à Dole."]) == ("", "")


def test_a_function_interrupting_the_interviewee_is_a_voice_of_the_interview():
    lines = _lines(
        "Enq. : Comment gérez-vous les demandes du jour ?",
        "Dr L. : On garde trois créneaux le matin, et l'assistante trie au téléphone.",
        "Pharmacienne : Pardon, docteur, c'est pour l'ordonnance de M. Roux, je la renouvelle ?",
        "Dr L. : Oui, pour un mois. On en reparle ce soir.",
        "Enq. : C'est fréquent, ce genre de passage ?",
        "Dr L. : Tous les jours, c'est tout l'intérêt d'être dans le même bâtiment.",
    )
    assert set(discover_labels(lines, {}, {})) == {"Enq.", "Dr L.", "Pharmacienne"}
    # a first name heard once between two turns names no function: not taken on this ground
    lines = _lines(
        "Enq. : Comment gérez-vous les demandes du jour ?",
        "Dr L. : On garde trois créneaux le matin.",
        "Pauline : Je peux fermer ?",
        "Dr L. : Oui, merci.",
        "Enq. : C'est fréquent ?",
    )
    assert "Pauline" not in discover_labels(lines, {}, {})


# session 17 (segroles9): a list of abbreviations, entries "ABBR : expansion" between semicolons
def test_a_list_of_abbreviations():
    from corpus.segment.discovery import abbreviation_list

    found = abbreviation_list(["DAC : dispositif d'appui à la coordination ; IDEC : infirmière coordinatrice ; "
                               "CSA : conseillère en santé de l'Assurance maladie."])
    assert found == {"DAC": "dispositif d'appui à la coordination", "IDEC": "infirmière coordinatrice",
                     "CSA": "conseillère en santé de l'Assurance maladie"}
    # near-misses: one entry only, a sentence among the entries, labelled turns
    assert abbreviation_list(["CSA : conseillère en santé de l'Assurance maladie."]) == {}
    assert abbreviation_list(["IDEC : infirmière coordinatrice ; nous avons rencontré six personnes : trois "
                              "infirmières et trois médecins."]) == {}
    assert abbreviation_list(["Moi : Vous en faites partie ? ; Elle : Oui."]) == {}


# session 17 (segroles8): an interview annex whose interviewer writes "Moi :" and labels the answers
# "Elle :", the interviewee named by her first name in the annex title; round 32's
# entretien_etiquettes_moi_elle_…_chateau_gontier
MOI_ELLE = ("Annexe 4 – Entretien avec Nadège, secrétaire médicale de la MSP de Château-Gontier (48 minutes)",
            "Moi : Est-ce que vous pouvez me raconter une journée type à l'accueil ?",
            "Elle : Le matin c'est le téléphone, sans arrêt. Alors j'ai mes questions, toujours les mêmes.",
            "Moi : Qui vous les a données, ces questions ?",
            "Elle : Personne. On les a faites avec l'infirmière Asalée un soir, sur un coin de bureau.")


def test_the_one_voice_a_stressed_pronoun_labels_answers_the_interviewer():
    labels = discover_labels(_lines(*MOI_ELLE), {}, {})
    assert {k: v.kind for k, v in labels.items()} == {"Moi": "moderator", "Elle": "answer"}
    # a couple answering together: "Lui :" and "Elle :" are two people, neither the answer
    couple = discover_labels(_lines(MOI_ELLE[0], MOI_ELLE[1], "Lui : On a commencé ensemble, en 2012.",
                                    "Elle : Et moi je suis arrivée après, comme secrétaire.", MOI_ELLE[3],
                                    "Lui : C'est elle qui a tout organisé, je vous le dis.",
                                    "Elle : Il exagère, on l'a fait à deux."), {}, {})
    assert {k: v.kind for k, v in couple.items()} == {"Moi": "moderator", "Lui": "participant", "Elle": "participant"}


def test_the_answers_are_the_person_the_title_names_by_first_name():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer

    m = interview_header(MOI_ELLE[0])
    assert (m.group("who"), m.group("desc")) == ("Nadège", "secrétaire médicale de la MSP de Château-Gontier")
    # a first name and a comma before what is no person's description: no header
    assert interview_header("Entretien avec Marie, un mardi de novembre à la maison de santé") is None
    text, segs = segment_lines(list(MOI_ELLE), load_gazetteer(str(GAZETTEER_PATH)))
    answer = segment_at(text, segs, "Le matin c'est le téléphone")
    assert (answer.kind, answer.speaker, answer.role, answer.region) == ("turn", "Nadège", "secretaire", "Pays de la Loire")
    assert segment_at(text, segs, "Qui vous les a données").kind == "moderator"


# session 17 (segfix41): a legend set in parentheses, its first entry right after the parenthesis
def test_a_legend_in_parentheses_reads_its_first_entry():
    from corpus.segment.discovery import label_legend

    text = ("Chaque verbatim est suivi du code du répondant (ML = médecin libéral de premier recours, "
            "IL = infirmier libéral, MK = masseur-kinésithérapeute, suivi du numéro de département).")
    assert label_legend([text]) == {"ML": "médecin libéral de premier recours", "IL": "infirmier libéral",
                                    "MK": "masseur-kinésithérapeute"}
    # one entry in parentheses is no legend
    assert label_legend(["Le taux de réponse (TR = 42 %) est stable."]) == {}


# segfix44 (round 35): labels of any shape set off by a period, run into the line above; voices
# nobody told apart; a key that says what the moderator does.

def test_a_label_closed_by_a_period_counts_where_it_opens_a_sentence_inside_a_line():
    lines = _lines(
        "Entretien réalisé à Saint-Benoît le 12 juin 2023.",
        "CHERCHEUR. Comment avez-vous connu la plateforme ?",
        "JEAN-LUC. Par un collègue, au début je n'y croyais pas trop.",
        "Après, on a vu que les sorties d'hôpital se passaient mieux. CHERCHEUR. Et aujourd'hui ?",
        "JEAN-LUC. Aujourd'hui je l'appelle toutes les semaines.")
    found = candidate_labels(lines)
    assert found["CHERCHEUR"].lines == [1, 3]
    labels = discover_labels(lines, {}, {})
    assert set(labels) == {"CHERCHEUR", "JEAN-LUC"} and labels["CHERCHEUR"].kind == "moderator"
    cut = split_at_labels(lines, "", labels)
    assert [ln.text.split(".")[0] for ln in cut][3:5] == ["Après, on a vu que les sorties d'hôpital se passaient mieux",
                                                          "CHERCHEUR"]


def test_capitals_headings_closed_by_a_period_are_no_labels():
    # near-miss: each heading once, none taking turns
    lines = _lines("INTRODUCTION. Ce travail porte sur la coordination des soins en Guyane.",
                   "MÉTHODE. Nous avons mené douze entretiens semi-directifs.",
                   "RÉSULTATS. Les professionnels décrivent un isolement persistant.",
                   "DISCUSSION. Ces résultats rejoignent ceux de la littérature.")
    assert discover_labels(lines, {}, {}) == {}


def test_voices_nobody_told_apart_are_each_a_turn(gazetteer):
    lines = ["Entretien collectif avec les trois infirmières libérales du cabinet de Mauléon ; on ne distingue pas toujours qui parle.",
             "Moi : Vous travaillez avec la plateforme depuis quand ?",
             "Une voix : Depuis l'hiver, on nous l'a présentée à la réunion de la CPTS.",
             "Une autre voix : Moi je ne l'utilise pas encore, je préfère appeler le médecin directement.",
             "Moi : Et ça change vos tournées ?",
             "Toutes : Oh oui !",
             "Une voix : On a moins de déplacements pour rien."]
    text, segs = _segment(lines, gazetteer)
    other = _at(text, segs, "je préfère appeler le médecin")
    assert (other.kind, other.speaker) == ("turn", "Une autre voix")
    first = _at(text, segs, "Depuis l'hiver")
    assert (first.kind, first.speaker, first.role) == ("turn", "Une voix", "infirmier")
    together = _at(text, segs, "Oh oui")
    assert (together.kind, together.speaker, together.role) == ("turn", "", "infirmier")


def test_a_key_saying_what_the_moderator_does_makes_its_label_the_moderators(gazetteer):
    lines = ["Annexe 2 – Staff pluriprofessionnel observé (Gers)",
             "Codes des intervenants : INF pour infirmière, KIN pour kinésithérapeute, COO pour la cadre qui mène le staff, suivis d'un numéro.",
             "COO_1 : Madame L. est rentrée jeudi, qui l'a revue ?",
             "INF_2 : Moi, vendredi. Elle marche mieux mais elle a peur de tomber la nuit.",
             "KIN_1 : Je peux passer deux fois par semaine, il faut juste la prescription.",
             "COO_1 : Je relance le médecin pour la prescription."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "qui l'a revue").kind == "moderator"
    assert _at(text, segs, "Je relance le médecin").kind == "moderator"
    s = _at(text, segs, "elle a peur de tomber")
    assert (s.kind, s.speaker, s.role) == ("turn", "INF_2", "infirmier")


# segfix46 (round 36): abbreviated labels in capitals run together by the extraction ("… ? IDEC :
# Alors …"), two voices of which one asks: that one interviews.
MERGED_ABBREVIATED = [
    "Entretien réalisé le 3 avril 2024 au cabinet, secteur de Bourg-en-Bresse. Durée : 35 minutes.",
    "EIPA : Comment se passent les sorties d'hospitalisation ? IPA : On reçoit le compte rendu deux jours après, quand on le reçoit.",
    "Du coup j'appelle moi-même le service. [Une patiente frappe à la porte, l'entretien reprend après un moment] EIPA : Vous disiez que vous appelez le service…",
    "IPA : Oui. Et on n'a jamais réussi à avoir une ligne directe avec la cadre.",
]


def test_abbreviated_labels_inside_merged_lines_take_turns_and_the_asker_interviews(gazetteer):
    text, segs = _segment(MERGED_ABBREVIATED, gazetteer)
    s = _at(text, segs, "On reçoit le compte rendu")
    assert (s.kind, s.speaker) == ("turn", "IPA")
    assert _at(text, segs, "Comment se passent les sorties").kind == "moderator"
    assert _at(text, segs, "on n'a jamais réussi").kind == "turn"


def test_capitals_run_into_a_sentence_without_a_colon_label_elsewhere_are_no_turns(gazetteer):
    # a near miss: "ARS :" inside a line, never opening one, is a definition, no speaker
    lines = ["Les sigles utilisés sont les suivants. ARS : agence régionale de santé. CPTS : communauté professionnelle territoriale de santé.",
             "Le rapport décrit ensuite les missions de chaque structure."]
    text, segs = _segment(lines, gazetteer)
    assert all(s.kind not in ("turn", "moderator") for s in segs)


def test_compound_code_reads_its_role_from_the_key_of_its_function_part(gazetteer):
    # codes territory-function-rank, the function letters explained in the method paragraph
    lines = [
        "Chaque personne interrogée est désignée par son site (S1 ou S2), sa fonction (IDE pour les infirmiers, SF pour les sages-femmes) et un numéro d'ordre.",
        "Sur le site 1, les liens sont anciens : « on se connaît depuis l'école, alors on s'appelle » (S1-IDE2).",
        "Pour S2-SF1, « la maternité a fermé et personne n'a pris le relais pour les sorties précoces ».",
    ]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "on se connaît depuis l'école")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "S1-IDE2", "infirmier")
    s = _at(text, segs, "la maternité a fermé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "S2-SF1", "sage_femme")


def test_q_r_under_a_faq_heading_are_the_guides_own_answers(gazetteer):
    faq = [
        "Guide – Déclarer une absence sur la plateforme de la CPTS",
        "Foire aux questions",
        "Q : Je suis remplaçante, puis-je déclarer une absence ?",
        "R : Oui, à condition d'être rattachée au cabinet. Cliquez sur « Mon profil » puis sur « Ajouter une absence ».",
        "Q : Qui est prévenu quand je déclare une absence ?",
        "R : Les adhérents du même secteur reçoivent une notification. Vous pouvez la désactiver dans les réglages.",
    ]
    text, segs = _segment(faq, gazetteer)
    assert _at(text, segs, "à condition d'être rattachée").kind not in ("turn", "verbatim")
    # a near miss: the same labels under an interview's heading take turns
    interview = ["Entretien avec une infirmière libérale de Figeac"] + [
        "Q : Comment avez-vous connu la CPTS ?",
        "R : Par une collègue. Moi je ne savais même pas que ça existait, j'ai été à la première réunion par curiosité.",
        "Q : Et qu'est-ce qui vous a fait rester ?",
        "R : Les gens. On se connaissait de nom, là je mets des visages, et j'appelle plus facilement.",
    ]
    text, segs = _segment(interview, gazetteer)
    assert _at(text, segs, "Par une collègue").kind == "turn"


# seglabels14: a key may map labels of ANY shape to people, bare numbers too ("Locuteurs : 1 =
# l'étudiant enquêteur ; 2 = masseur-kinésithérapeute …", round 37); it is a key of speakers when
# one entry names the one who asks. An unseen variant: a key "Légende", a nurse, a town.
NUMBER_KEY = ["Annexe 5 – Entretien n° 2, retranscription intégrale",
              "Légende : 1 = l'enquêtrice ; 2 = infirmière libérale installée à Dole depuis 2011.",
              "1 : Est-ce que vous pouvez me raconter votre dernière sortie d'hôpital compliquée ?",
              "2 : Oui, un monsieur rentré un vendredi soir avec une sonde, sans ordonnance pour le matériel.",
              "1 : Et la CPTS, vous l'avez appelée ?",
              "2 : Non, je ne savais pas encore qu'elle pouvait nous aider pour ça."]


def test_a_key_of_bare_numbers_labels_the_turns(gazetteer):
    from corpus.segment.discovery import digit_key

    assert digit_key(NUMBER_KEY[1]) == {"1": "l'enquêtrice", "2": "infirmière libérale installée à Dole depuis 2011"}
    # near miss: a questionnaire's answer categories name no one who asks
    assert digit_key("Modalités : 1 = médecin généraliste ; 2 = infirmier ; 3 = pharmacien.") == {}
    text, segs = _segment(NUMBER_KEY, gazetteer)
    assert _at(text, segs, "dernière sortie d'hôpital").kind == "moderator"
    seg = _at(text, segs, "un monsieur rentré un vendredi soir")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "2", "infirmier")
    assert _at(text, segs, "je ne savais pas encore").kind == "turn"


def test_numbered_lines_without_a_key_of_speakers_stay_narrative(gazetteer):
    lines = ["Modalités de la question 4 : 1 = médecin généraliste ; 2 = infirmier ; 3 = pharmacien.",
             "1 : Le médecin généraliste est cité le plus souvent, surtout en zone rurale.",
             "2 : L'infirmier vient ensuite, cité par un répondant sur trois.",
             "1 : Chez les plus jeunes, le médecin reste en tête."]
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_a_key_in_parentheses_with_each_code_before_its_profession():
    """s23-segattr3 (round 41): "(MG médecin généraliste, IDE infirmière, SEC secrétaire)": a key
    whose entries set the code right before what it stands for, with no sign between."""
    from corpus.segment.discovery import juxtaposed_key, label_legend
    key = "Les codes désignent la profession (MG médecin généraliste, IDE infirmière, SEC secrétaire) suivie d'un numéro."
    assert juxtaposed_key(key) == {"MG": "médecin généraliste", "IDE": "infirmière", "SEC": "secrétaire"}
    # unseen: other professions, the last entry after "et"
    assert label_legend(["Les participants sont codés (PH pharmacienne, KINE masseur-kinésithérapeute et "
                         "SF sage-femme) puis numérotés."]) == {"PH": "pharmacienne", "KINE": "masseur-kinésithérapeute",
                                                                "SF": "sage-femme"}
    # near-misses: counts before the abbreviations, institutions and their places
    assert juxtaposed_key("14 entretiens semi-dirigés (6 IPA, 5 MG, 3 IDEL) ; analyse thématique.") == {}
    assert juxtaposed_key("Les financeurs (ARS Bretagne, CPAM du Finistère) ont validé le projet.") == {}


def _call_lines(asker: str, answerer: str) -> list[str]:
    return ["Annexe 2 – Transcription d'un appel de suivi",
            f"{asker} : Bonjour, vous vous êtes pesé ce matin ?",
            f"{answerer} : Oui, la balance dit 78, un peu plus qu'hier je crois bien.",
            f"{asker} : D'accord, un kilo en un jour, on va surveiller. Les chevilles, elles sont gonflées ?",
            f"{answerer} : Un peu le soir, mais avec la chaleur je pense que c'est normal.",
            f"{asker} : Je préviens le cardiologue et je vous rappelle dans un quart d'heure."]


def test_a_carer_labelled_by_trade_asking_in_a_call_is_no_moderator(gazetteer):
    from segment_text import segment_at, segment_lines

    # s25-segwritten6: a telemonitoring call "IDE : … ?" / "M. H. : …": the nurse's questions are the care's
    text, segs = segment_lines(_call_lines("IDE", "M. H."), gazetteer, doc={"kind": "memoire"})
    s = segment_at(text, segs, "vous vous êtes pesé")
    assert (s.kind, s.speaker, s.role) == ("turn", "IDE", "infirmier")
    # unseen: a physiotherapist's follow-up call to a patient labelled "Patiente"
    text, segs = segment_lines(_call_lines("Kiné", "Patiente"), gazetteer, doc={"kind": "memoire"})
    s = segment_at(text, segs, "un kilo en un jour")
    assert (s.kind, s.role) == ("turn", "kinesitherapeute")


def test_an_interviewer_or_a_magazine_asking_stays_the_moderator(gazetteer):
    from segment_text import segment_at, segment_lines

    # near-miss: the study's interviewer, labelled by what she does in the study, asks the same questions
    text, segs = segment_lines(_call_lines("Enquêtrice", "M. H."), gazetteer, doc={"kind": "memoire"})
    assert segment_at(text, segs, "vous vous êtes pesé").kind == "moderator"
    # near-miss: a trade named with an article is a magazine's title asking ("Le Généraliste :")
    text, segs = segment_lines(_call_lines("Le Généraliste", "Dr Morel"), gazetteer, doc={"kind": "presse"})
    assert segment_at(text, segs, "vous vous êtes pesé").kind == "moderator"
    # near-miss: "Ch." (the researcher, chercheur) is no hospital ("CH") asking for care
    text, segs = segment_lines(_call_lines("Ch.", "K2"), gazetteer, doc={"kind": "these"})
    assert segment_at(text, segs, "vous vous êtes pesé").kind == "moderator"


# s25-segr44b: a parenthesis inside an interview header's description (where, when) is one more of its
# details; the header still names and describes the person. Near-miss: a methods sentence with a
# parenthesis names no one.
def test_an_interview_header_with_a_parenthesis_inside_its_description():
    m = interview_header("Annexe 3 – Entretien avec Ghjuvanna, 78 ans, ancienne bergère, village de la vallée "
                         "du Tavignano (près de Corte), août 2023")
    assert m.group("who") == "Ghjuvanna" and "ancienne bergère" in m.group("desc") and "Corte" in m.group("desc")
    m = interview_header("Entretien avec Mme Lestrade, aide-soignante (EHPAD de Figeac), mars 2022")
    assert m.group("who") == "Mme Lestrade" and m.group("desc").startswith("aide-soignante")
    assert interview_header("Les entretiens (douze au total) ont été menés avec des aidants, en 2022.") is None


# s25-segr44b: a first name that labels its turns with a colon opens a sentence of the narrative
# without one ("Ghjuvanna a choisi de répondre en corse"): that sentence is no turn of hers.
def test_a_first_name_label_without_its_colon_opens_no_turn(gazetteer):
    from segment_text import segment_at as _at
    from segment_text import segment_lines as _segment

    lines = ["Annexe 2 – Entretien avec Maddalena, 81 ans, ancienne institutrice, hameau de Venaco (près de Corte)",
             "Maddalena a préféré répondre en corse ; la traduction suit entre crochets.",
             "E. : Qui vient vous voir à la maison ?",
             "Maddalena : L'infermiera ogni mattina. [L'infirmière, chaque matin.]",
             "E. : Et le médecin ?",
             "Maddalena : Una volta à u mese. [Une fois par mois.]"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "Maddalena a préféré répondre").kind == "narrative"
    s = _at(text, segs, "L'infirmière, chaque matin")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Maddalena", "autre", "Corse")
    # near-miss: the label with its colon is still her turn after a sentence naming her
    assert _at(text, segs, "Une fois par mois").kind == "turn"


def test_a_participants_own_place_comes_before_the_documents(gazetteer):
    """Session 31: "P2 (pharmacienne, Saint-Nazaire)" in a focus group held at a Redon health
    centre: her place is Saint-Nazaire (Pays de la Loire), the others' Redon, not the heading's town
    for all."""
    lines = ["Annexe 4 – Focus group, maison de santé de Redon, 12 avril 2024",
             "Participants : P1 (infirmier, Redon) ; P2 (pharmacienne, Saint-Nazaire) ; P3 (médecin généraliste, Redon).",
             "Animatrice : Qu'est-ce qui a changé depuis les ateliers ?",
             "P2 : Les patients apportent leur carnet au comptoir, et on le lit ensemble chaque mois.",
             "P1 : Moi, je vois la glycémie notée tous les matins, c'est nouveau pour beaucoup.",
             "Animatrice : Et avec les médecins ?",
             "P3 : Je regarde le carnet maintenant, avant je ne demandais rien de tout ça."]
    text, segs = _segment(lines, gazetteer)
    found = [(_at(text, segs, s).speaker, _at(text, segs, s).region, _at(text, segs, s).place)
             for s in ("leur carnet au comptoir", "la glycémie notée", "Je regarde le carnet")]
    assert found == [("P2", "Pays de la Loire", "Saint-Nazaire"), ("P1", "Bretagne", "Redon"), ("P3", "Bretagne", "Redon")]


def test_an_interview_header_with_a_date_between_its_words():
    """Session 31: "Entretien réalisé le 14 mars 2024 avec Mme F. …, infirmière coordinatrice …":
    the date between the opener's words; near miss: no person after the date."""
    m = interview_header("Entretien réalisé le 3 avril 2023 avec M. J. Roche, pharmacien titulaire à Bourges.")
    assert (m.group("who"), m.group("desc")) == ("M. J. Roche", "pharmacien titulaire à Bourges")
    m = interview_header("Entretien réalisé en mai 2022 avec Lina, sage-femme libérale à Vierzon.")
    assert m.group("who") == "Lina"
    assert interview_header("Entretien réalisé le 3 avril 2023 avec les élus du conseil municipal.") is None


def test_an_interview_identified_by_a_letter_and_its_answers(gazetteer):
    """Session 31: "Entretien B – pharmacienne adjointe, …, Saint-Claude (Jura), 12 février 2024" over
    'Q :' / 'R :' turns: the answers are the interview's (its identifier as printed), the header's
    description gives the role and place (a parenthesis inside it read as one more field). Near
    miss: "Entretien Bis" is no letter."""
    m = interview_header("Entretien C – infirmier libéral, Dole (Jura), mars 2024.")
    assert (m.group("who"), m.group("num")) == ("Entretien C", "C")
    assert interview_header("Entretien Bis – relecture du guide, mars 2024.") is None
    lines = ["Annexe 4 – Transcription de l'entretien C",
             "Entretien C – infirmier libéral, cabinet de groupe, Dole (Jura), 3 mars 2024, 41 minutes.",
             "Q : Comment s'organisent les sorties d'hôpital dans votre secteur ?",
             "R : Par téléphone, surtout, et souvent la veille au soir, quand la famille nous prévient.",
             "Q : Et depuis la création de la CPTS ?",
             "R : On a une fiche de liaison commune, et l'hôpital de Dole nous appelle avant la sortie."]
    text, segs = _segment(lines, gazetteer)
    turn = _at(text, segs, "Par téléphone, surtout")
    assert (turn.speaker, turn.role, turn.region) == ("Entretien C", "infirmier", "Bourgogne-Franche-Comté")


def test_a_list_heading_with_a_gloss_in_parentheses_is_not_a_speaker(gazetteer):
    # s33-segr58a: "Participants (…) :" opens the list of who took part, as "Participants :" does;
    # the near miss, a first name with its trade in parentheses, stays the speaker of its turns
    lines = [
        "Participants (noms d'emprunt) : Odile, infirmière libérale à Dole ; Marc, médecin généraliste à Arbois.",
        "Animatrice : Comment se sont passées vos tournées cet hiver ?",
        "Odile (IDEL) : Difficiles, avec la neige on a perdu deux matinées entières.",
        "Animatrice : Et de votre côté ?",
        "Marc (MG) : Pareil, j'ai reporté une dizaine de visites à domicile.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "noms d'emprunt").kind == "narrative"
    odile = _at(text, segs, "avec la neige on a perdu")
    assert (odile.kind, odile.speaker) == ("turn", "Odile")
    assert _at(text, segs, "j'ai reporté une dizaine").speaker == "Marc"


def test_a_journal_s_times_of_day_are_no_labels():
    # s40: an observation journal's entries under a time in bold ("8 h 15", "10 h 30") then the
    # observer's prose: the time says when, nobody speaks under it (round 83's internship report
    # read them as labels alone on their line); a name or a code alone on its line still is one
    from corpus.segment.discovery import not_label

    assert not_label("8 h 15") and not_label("14h00") and not_label("16:30") and not_label("10 h")
    assert not not_label("Marie-Claude") and not not_label("P8") and not not_label("H2")


def test_a_record_s_voice_heard_once_away_from_the_others(gazetteer):
    # a committee's minutes: civility labels, one of them alone under its own heading
    lines = ["Relevé du conseil de vie sociale du 4 avril",
             "1. Repas",
             "Mme R. : Le poisson du vendredi est toujours froid quand il arrive au deuxième étage.",
             "M. B. : Moi je trouve que ça s'est amélioré depuis janvier.",
             "Mme L. : On pourrait avoir le menu de la semaine affiché à l'entrée ?",
             "2. Animations",
             "Les sorties au marché reprendront en mai.",
             "3. Questions diverses",
             "Mme P. : Je voulais dire merci aux aides-soignantes de nuit, elles sont toujours là quand je sonne."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"}, structure=heading_structure(lines, [1, 5, 7]))
    s = _at(text, segs, "elles sont toujours là quand je sonne")
    assert (s.kind, s.speaker) == ("turn", "Mme P.")
    assert _at(text, segs, "Les sorties au marché reprendront").kind == "narrative"


def test_an_animator_with_its_article_a_guarantor_and_citizens_by_number(gazetteer):
    lines = ["Jury citoyen sur l'accès aux soins – séance 2 – transcription",
             "L'animatrice : Nous recevons ce soir la directrice de l'hôpital. Qui veut commencer ?",
             "Citoyen n° 4 : Moi. Pourquoi faut-il trois heures aux urgences pour une entorse ?",
             "Citoyenne n° 9 : Et la nuit, on ne trouve plus de médecin de garde dans le canton.",
             "Le garant : Je rappelle que chacun parle à son tour et que rien de personnel ne sortira de la salle.",
             "Citoyen n° 4 : D'accord, je reprends après."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    assert _at(text, segs, "Nous recevons ce soir la directrice").kind == "moderator"
    assert _at(text, segs, "chacun parle à son tour").kind == "moderator"
    s = _at(text, segs, "trois heures aux urgences")
    assert (s.kind, s.speaker, s.role) == ("turn", "Citoyen n° 4", "autre")
    s = _at(text, segs, "on ne trouve plus de médecin de garde")
    assert (s.kind, s.speaker, s.role) == ("turn", "Citoyenne n° 9", "autre")


# s48: a transcript whose key is a footnote ("¹ Légende de la transcription : …"), labels set off by a
# dash, two voices by a civility and the same initial, the writer among them ("moi-même")
FOOTNOTE_KEY = [
    "Mémoire de fin d'études – Institut de formation en soins infirmiers",
    "Pour cette partie, j'ai suivi l'aide-soignante de mon unité lors du coucher d'un résident, avec son accord "
    "et celui de sa fille ; l'échange a été enregistré puis transcrit¹.",
    "AS – Bonsoir monsieur D., on va se préparer pour la nuit, vous avez pris vos gouttes ?",
    "Mme D. – Je les lui ai données à sept heures, il les oublie toujours si je ne suis pas là.",
    "M. D. – Elle me traite comme un enfant. Je sais encore compter mes gouttes, moi.",
    "AS – On va regarder ensemble le pilulier de la semaine, comme ça tout le monde est tranquille,",
    "¹ Légende de la transcription : AS : aide-soignante de l'unité ; M. D. : le résident ; Mme D. : sa fille ; "
    "ESI : moi-même. Les prénoms ont été retirés.",
    "et demain je préviendrai l'infirmière pour la tension.",
    "ESI – Madame, vous venez tous les soirs à l'heure du coucher ?",
    "Mme D. – Presque tous les soirs. Sinon il ne dort pas, il m'attend.",
    "Ce que je retiens de cet échange, c'est la place prise par la fille dans le soin du soir.",
]


def test_a_key_in_a_footnote_describes_dash_labels_an_initial_apart(gazetteer):
    text, segs = _segment(FOOTNOTE_KEY, gazetteer, doc={"kind": "memoire"})
    mother = _at(text, segs, "il les oublie toujours")
    father = _at(text, segs, "Je sais encore compter mes gouttes")
    assert (mother.kind, mother.speaker, mother.role) == ("turn", "Mme D.", "autre")
    assert (father.kind, father.speaker, father.role) == ("turn", "M. D.", "autre")  # not a council's member
    assert (_at(text, segs, "on va se préparer pour la nuit").speaker, _at(text, segs, "on va se préparer").role) \
        == ("AS", "autre_paramedical")
    # the writer ("moi-même") asks: the interviewer's words
    assert _at(text, segs, "vous venez tous les soirs").kind == "moderator"
    # the turn cut by the page's footnote goes on below it, as one turn
    cut = _at(text, segs, "le pilulier de la semaine")
    assert cut is _at(text, segs, "je préviendrai l'infirmière")
    assert _at(text, segs, "Ce que je retiens").kind == "narrative"


def test_a_client_who_asks_is_no_interviewer(gazetteer):
    lines = ["Échange n° 3 – officine du bourg – pharmacien et cliente",
             "PH : Ce sirop se prend matin et soir, pendant cinq jours, après le repas.",
             "CL : Et si elle le recrache, je lui en redonne ?",
             "PH : Non, vous attendez la prise suivante, sans doubler.",
             "CL : D'accord. Et on peut le mélanger à un peu de compote ?",
             "PH : Oui, une petite cuillère de compote, ça passe très bien."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "je lui en redonne")
    assert (s.kind, s.speaker) == ("turn", "CL")


def test_a_question_closed_by_a_time_mark_is_a_question(gazetteer):
    lines = ["Annexe 3 – Transcription de l'entretien E2 (logiciel f4, repère de fin de tour entre dièses)",
             "Chloé: Pouvez-vous me parler de votre dernière réunion de concertation ? #00:00:12-4#",
             "Malika: La dernière, c'était en mars, pour un patient en sortie d'hôpital. On était cinq. #00:01:30-2#",
             "Chloé: Qui l'avait organisée ? #00:01:33-0#",
             "Malika: C'est moi, j'ai appelé tout le monde, ça m'a pris une matinée. #00:02:10-7#",
             "Chloé: Et ce temps-là, vous le comptez comment ? #00:02:14-1#",
             "Malika: Je ne le compte pas, justement, personne ne le paie. #00:02:40-9#"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "Qui l'avait organisée").kind == "moderator"
    assert _at(text, segs, "personne ne le paie").speaker == "Malika"


def test_a_placeholder_in_brackets_opening_a_paragraph_is_no_label(gazetteer):
    lines = ["Annexe 5 – Entretien E4. Les noms cités sont remplacés par [Dr Y] et [patiente].",
             "E: Comment se passe le lien avec le médecin traitant ?",
             "Léna: Ça dépend des médecins. Il y en a un qui répond toujours, et puis il y a les autres,",
             "[Dr Y] par exemple ne rappelle jamais, on laisse trois messages et rien.",
             "E: Et dans ce cas, vous faites comment ?",
             "Léna: J'appelle la pharmacie, ils ont souvent le numéro direct de [Dr Y]."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "par exemple ne rappelle jamais")
    assert s.speaker == "Léna" and s is _at(text, segs, "il y a les autres")


def test_a_voice_in_brackets_heard_once_between_the_turns(gazetteer):
    # a voice nobody identified, in brackets, speaks once between a teleconsultation's turns (s48)
    lines = ["Participants connectés : Dr L., médecin généraliste, cabinet de Tulle (à distance) ; Sonia, infirmière "
             "libérale, au domicile de la patiente à Égletons ; Mme B., 88 ans, patiente.",
             "Sonia : Bonjour docteur, je vous montre le pied, la plaie a changé de couleur depuis samedi.",
             "Mme B. : Ça ne me fait pas mal, c'est elle qui s'inquiète pour rien.",
             "[Voix côté cabinet, non identifiée] : Docteur, le patient suivant est arrivé, je le fais attendre ?",
             "Dr L. : Oui, cinq minutes. Je vous fais un courrier pour la consultation de plaies de l'hôpital.",
             "Sonia : Je reste avec elle jusqu'à ce que sa fille arrive, je vous rappelle après.",
             "Mme B. : Si c'est pour y aller en ambulance, je préfère que ma fille m'emmène."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "le patient suivant est arrivé")
    assert (s.kind, s.speaker, s.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Je vous fais un courrier").speaker == "Dr L."
    assert _at(text, segs, "je vous rappelle après").speaker == "Sonia"


def test_codes_of_one_series_each_heard_once_far_apart(gazetteer):
    """s51: memoirs introduce unquoted extracts by the interview's code and a colon, one paragraph
    each, with the author's analysis between them: each code is a label, its turn its paragraph."""
    lines = ["Chapitre 4. Tenir",
             "Les entretiens (E1 à E8) ont été menés au domicile des aidantes entre mars et mai 2024.",
             "La plupart refusent le mot même d'aidante, ce que traduit bien E3 :",
             "E3 : Moi je ne me plains pas, ma mère a gardé mon grand-père dix ans dans la salle, alors vous voyez, je suis encore petite.",
             "Cette référence à une lignée d'aidantes se retrouve chez E5 comme chez E7, avec un épuisement qu'elles ne nomment pas.",
             "E5 : Je dors avec une oreille ouverte depuis qu'il est sorti une nuit en pyjama, je ne dors plus, je surveille la porte.",
             "Ces nuits sans sommeil reviennent dans presque tous les entretiens."]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "ma mère a gardé mon grand-père")
    assert s.kind == "turn" and s.speaker in ("E3", "Entretien n°3")  # (E for entretien: the same, scored alike)
    assert _at(text, segs, "se retrouve chez E5 comme chez E7").kind == "narrative"
    assert _at(text, segs, "Je dors avec une oreille ouverte").speaker in ("E5", "Entretien n°5")
    assert _at(text, segs, "Ces nuits sans sommeil").kind == "narrative"


def test_a_key_of_codes_with_descriptions_is_no_turn(gazetteer):
    lines = ["Participants", "E3 : aidante de son mari, 71 ans, vit à Mirepoix depuis quarante ans avec lui.",
             "E5 : aidante de sa mère, 52 ans, vit à Lavelanet et travaille à mi-temps à la mairie.",
             "Les entretiens ont duré entre quarante minutes et deux heures."]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "aidante de son mari, 71 ans").kind != "turn"
