"""Genre-level mechanisms of segment/fallbacks.py added by segfix5 (rounds 11 and 12): documents
whose labels are not people speaking (a script, an FAQ), documents that never name their method
(the layout prior, an unlabelled written interview), and descriptions given once for the labels
(a key, a box, a list of speakers, a code range, the paragraph introducing a transcript)."""

from __future__ import annotations

from corpus.segment.base import split_lines
from corpus.segment.discovery import Label
from corpus.segment.fallbacks import (
    called_quotes,
    code_ranges,
    credited_hosts,
    interview_subject,
    joined_label_lines,
    labels_not_speech,
    layout_evidence,
    legend_codes,
    listed_people,
    listed_row_names,
    moderates,
    named_codes,
    names_host,
    question_headings_interview,
    quoted_speech_paragraphs,
)
from corpus.segment.roles import normalize_role


def _lines(*texts: str):
    return split_lines("\n".join(texts) + "\n")


def _labels(lines, spec: dict[str, str]) -> dict[str, Label]:
    """label -> kind, the lines found where each line opens with the label."""
    out = {}
    for k, kind in spec.items():
        out[k] = Label(k, "name", kind=kind, lines=[ln.index for ln in lines if ln.text.startswith(k)])
    return out


def test_a_role_play_scripts_characters_are_not_speakers():
    lines = _lines(
        "Personnages : Mme Leroy, 84 ans ; Julie, infirmière libérale ; le Dr Perrin, médecin traitant.",
        "JULIE. – Bonsoir madame Leroy. On m'a appelée de l'hôpital il y a une heure.",
        "MME LEROY. – Ils m'ont donné ça. Je n'ai pas mes lunettes.",
        "DR PERRIN. – Cabinet du docteur Perrin, bonsoir. Je termine une consultation.",
        "JULIE. – Le furosémide a été doublé.")
    labels = _labels(lines, {"JULIE": "participant", "MME LEROY": "participant", "DR PERRIN": "participant"})
    assert labels_not_speech(labels, lines)
    # the same turns without a cast list are people speaking
    plain = _lines(*[ln.text for ln in lines[1:]])
    spec = {"JULIE": "participant", "MME LEROY": "participant", "DR PERRIN": "participant"}
    assert not labels_not_speech(_labels(plain, spec), plain)


def test_an_faq_answers_never_speak_an_interview_does():
    faq = _lines("Q. – Qu'est-ce qu'une CPTS ?",
                 "R. – Une communauté professionnelle territoriale de santé regroupe les professionnels.",
                 "Q. – Qui peut adhérer ?",
                 "R. – Tout professionnel de santé exerçant sur le territoire.",
                 "Q. – Combien de temps cela me prendra-t-il ?",
                 "R. – Autant que vous le souhaitez.",
                 "Une question ? Écrivez-nous : contact@cpts.fr")  # "-nous" addresses the reader
    assert labels_not_speech(_labels(faq, {"Q.": "moderator", "R.": "answer"}), faq)
    interview = _lines("Q. – Comment avez-vous connu la CPTS ?",
                       "R. – Par un confrère, en 2019.",
                       "Q. – Et pendant la crise ?",
                       "R. – On a été en première ligne, clairement.",
                       "Q. – Vous y allez encore ?",
                       "R. – Moins qu'avant.")
    assert not labels_not_speech(_labels(interview, {"Q.": "moderator", "R.": "answer"}), interview)
    # one short answer proves nothing ("E4 : Par un confrère.")
    short = _lines("Enquêtrice : Comment avez-vous connu la CPTS ?", "E4 : Par un confrère, pendant la crise.")
    assert not labels_not_speech(_labels(short, {"Enquêtrice": "moderator", "E4": "participant"}), short)


def test_the_layout_prior_counts_paragraphs_of_quoted_speech():
    notes = ["Le chef de concession n'est pas le chef de toutes les cuisines.",
             "« Chez les sérère on aime la concertation»",
             "L'action se fait à l'échelle du quartier «Dans mon quartier c'est le samedi»",
             "La première chasse est le coup d'envoi, « On ne peut pas semer avant la première chasse»"]
    assert quoted_speech_paragraphs(notes) == 3 and layout_evidence(notes)
    # guillemets around terms (an essay) or a slogan read as no one speaking
    essay = ["Le « logiciel libre » n'est pas un « produit ».", "Il faut parler de « communs numériques »."]
    assert quoted_speech_paragraphs(essay) == 0 and layout_evidence(essay) == []


def test_an_unlabelled_written_interview_is_found_by_its_answered_questions():
    texts = ["Entretien avec Léo Bouloc", "Quand tu as entendu parler d'EIG, tu as pensé quoi ?",
             "On m'a envoyé l'offre par mail. J'ai aussi entendu parler du programme par des amis.",
             "Quel défi devais-tu relever ?", "J'ai rejoint le ministère pour développer un outil.",
             "Maintenant, l'administration, ça t'évoque quoi ?", "Ce n'était pas la première fois que je travaillais là."]
    lines = _lines(*texts)
    headings = {1, 3, 5}
    assert question_headings_interview(lines, headings) == 1
    # an FAQ's question headings answered impersonally, a guide's without answers: not an interview
    faq = _lines("Qui peut adhérer ?", "Tout professionnel de santé du territoire.", "Combien cela coûte-t-il ?",
                 "L'adhésion est gratuite.", "Qui contacter ?", "La coordinatrice, au standard.")
    assert question_headings_interview(faq, {0, 2, 4}) is None


def test_the_person_interview_notes_open_with():
    assert interview_subject(["Edwige travaille au DEPS, au sein du ministère de la culture."]) == \
        ("Edwige", "travaille au DEPS, au sein du ministère de la culture")
    assert interview_subject(["Edouard, Happyculture"]) == ("Edouard", "Happyculture")
    # a sentence opened by a determiner or a pronoun names no one
    assert interview_subject(["Ce billet est le premier d'une série d'entretiens.", "Il est resté dix mois."]) == ("", "")


def test_a_name_set_as_the_title_of_a_written_interview():
    """segspeak12: segment_real22/designgouv_entretien_hacq.yaml and designgouv_expert_pourcher.yaml:
    the person's full name alone on the title line, their function on the line below; not from any
    set: a coordinator's; near miss: a sentence below the name is no description of the person."""
    assert interview_subject(["Audrey Hacq", "Product Design Director — OpenClassrooms",
                              "La « Circulaire n°6411-SG relative à la lisibilité des sites internet de l'État »"]) == \
        ("Audrey Hacq", "Product Design Director — OpenClassrooms")
    assert interview_subject(["Karine Le Goff", "Coordinatrice de la CPTS du pays de Morlaix"]) == \
        ("Karine Le Goff", "Coordinatrice de la CPTS du pays de Morlaix")
    assert interview_subject(["Karine Le Goff", "Elle a pris ses fonctions en 2021 après dix ans en libéral."]) == \
        ("Karine Le Goff", "")
    assert interview_subject(["Le Parcours", "Une démarche partagée"]) == ("", "")


def test_descriptions_given_once_for_the_labels():
    box = ["Autour de la table : Isabelle Roux (IR), pharmacienne titulaire à Millau (Aveyron) ; Thomas Bessière "
           "(TB), médecin généraliste à Rodez ; Karine Py (KP), coordinatrice salariée de la CPTS."]
    assert set(named_codes(box)) == {"IR", "TB", "KP"} and named_codes(box)["TB"] == "médecin généraliste à Rodez"
    speakers = ["Avec :", "• Bela Loto, présidente de Point de MIR et animatrice de la conférence",
                "• Agnès Crepet, responsable de l'ingénierie logicielle de Fairphone"]
    people = listed_people(speakers)
    assert set(people) == {"Bela Loto", "Agnès Crepet"}
    assert moderates(people["Bela Loto"]) and not moderates(people["Agnès Crepet"])
    ranges = code_ranges(["Sept masseurs-kinésithérapeutes ont accepté un entretien semi-directif (MK1 à MK7)."])
    assert [c for _, c, _ in ranges] == [f"MK{n}" for n in range(1, 8)]
    assert code_ranges(["Les pages (P1 à P7) du rapport annuel."]) == []  # no role named: no participants
    key = _lines("I = infirmier(e) libéral(e), K = masseur-kinésithérapeute.", "I2 — Le téléphone.", "K1 — Les réunions.",
                 "Z3 — Rien.")
    assert legend_codes(key, {"I": "infirmier(e)", "K": "masseur-kinésithérapeute"}) == {"I2", "K1"}


def test_a_credited_host_and_joined_labels():
    hosts = credited_hosts(["« Le 7-9 », radio locale, 12 avril 2021. Animation : Gaëlle Le Floch."])
    assert hosts == ["Gaëlle Le Floch"]
    assert names_host("G. Le Floch", hosts) and not names_host("S. Bertrand", hosts)
    lines = _lines("Moi : Vous en faites partie ?", "Lui et Elle : Oui.", "Elle : Enfin, moi j'y vais.")
    labels = _labels(lines, {"Moi": "moderator", "Elle": "participant", "Lui": "participant"})
    assert joined_label_lines(lines, labels) == {1: "Lui et Elle"}


def test_quotes_closed_by_calls_a_key_resolves():
    texts = ["Encadré 2. Ce que disent les acteurs de terrain",
             "Au départ, on nous a demandé de faire un projet de santé en six mois. (a)",
             "Les réunions, c'est le soir, après une journée de douze heures. (b)",
             "Aujourd'hui je passe la moitié de mon temps à remplir des indicateurs. (a)",
             "Sources : (a) coordinatrice de CPTS, Drôme ; (b) médecin généraliste, Ardèche. Entretiens réalisés en 2021."]
    assert called_quotes(texts) == {1: ("a", "coordinatrice de CPTS, Drôme"), 2: ("b", "médecin généraliste, Ardèche"),
                                    3: ("a", "coordinatrice de CPTS, Drôme")}
    # a figure's panels "(a) … ; (b) …" name no one: no key, no quotes
    figure = ["Le nombre de CPTS a doublé entre 2020 et 2021, et on en compte davantage dans l'Ouest. (a)",
              "Figure 3 : (a) nombre de CPTS par année ; (b) part des CPTS signataires de l'accord."]
    assert called_quotes(figure) == {}


def test_a_lone_dash_reply_of_field_notes():
    from corpus.segment.turns import _lone_reply

    notes = _lines("Arrivée 8 h 40. La secrétaire m'accueille derrière un plexiglas.",
                   "— Le téléphone. Du matin au soir. Et moi je fais le tri.",
                   "Je lui demande comment se passent les journées.",
                   "– COORD : « J'ai été recrutée en plein confinement. »",
                   "— Et vous, vous y allez ?",
                   "— On en parle depuis deux ans.", "— Moi, j'attends.")
    assert _lone_reply(notes, 1)
    assert not _lone_reply(notes, 3)  # a code and a quotation: an attribution form of its own
    assert not _lone_reply(notes, 4)  # a question, and dash lines beside it: a dialogue
    assert not _lone_reply(notes, 5)


def test_a_departement_number_closing_a_description():
    from heldout import GAZETTEER_PATH

    from corpus.segment.regions import load_gazetteer, resolve_region

    g = load_gazetteer(str(GAZETTEER_PATH))
    assert resolve_region("pharmacien, 48", g) == ("Occitanie", "Lozère")
    assert resolve_region("infirmière, 45 ans", g) == ("", "")  # an age, not the Loiret


def test_a_profile_cell_before_the_quote_in_its_row():
    from corpus.segment.fallbacks import row_profile

    assert row_profile("Infirmière libérale, 45 ans, Tulle | ") == "Infirmière libérale, 45 ans, Tulle"
    assert row_profile("Thème | Question | ") == ""  # two cells: not a profile and its quote
    assert row_profile("Coordination | ") == ""  # a topic, not a person
    assert row_profile("Infirmière libérale : ") == ""  # no cell delimiter


# session 7 (seggen2): the perturbation benchmark wrote the codes of handled documents in lower case
def test_a_range_of_lower_case_codes_after_the_role_that_names_them():
    ranges = code_ranges(["Six orthophonistes libérales exerçant en Loire-Atlantique (o1 à o6) ont été interrogées."])
    assert [code for _, code, _ in ranges] == ["o1", "o2", "o3", "o4", "o5", "o6"]
    # look-alikes: a range mixing cases, a page range, and codes with no role named before them
    assert code_ranges(["Six orthophonistes libérales (o1 à O6) ont été interrogées."]) == []
    assert code_ranges(["Les médecins généralistes en parlent longuement (p. 3 à 9)."]) == []
    assert code_ranges(["Les formats d'impression (a3 à a5) du rapport annuel."]) == []


def test_a_range_of_participant_words_and_numbers():
    ranges = code_ranges(["Neuf médecins généralistes (Enquêté 1 à Enquêté 9) ont été interrogés."])
    assert [code for _, code, _ in ranges] == [f"Enquêté {n}" for n in range(1, 10)]
    # look-alikes: two different words, and volumes with no role named before them
    assert code_ranges(["Neuf médecins généralistes (Enquêté 1 à Participant 9) ont été interrogés."]) == []
    assert code_ranges(["Le rapport annuel et ses annexes (Tome 1 à Tome 3) sont en ligne."]) == []


def test_the_voice_beside_a_credited_guest_is_the_host():
    """"Invité : Pierre Martel, …" above "Sophie : …" / "Pierre : …": Sophie hosts. Not when the
    header names nobody, nor when both voices or neither name the guest."""
    from corpus.segment.fallbacks import credited_guests, host_beside_guest

    header = ["Transcription de l'émission du 3 février",
              "Invité : Pierre Martel, maire de Saint-Affrique et médecin généraliste."]
    guests = credited_guests(header)
    assert guests == ["Pierre Martel"]
    lines = _lines("Sophie : Pierre Martel, bonjour. Pourquoi ce centre de santé ?",
                   "Pierre : Parce qu'on a perdu trois médecins en deux ans.")
    assert host_beside_guest(_labels(lines, {"Sophie": "participant", "Pierre": "participant"}), guests) == "Sophie"
    assert host_beside_guest(_labels(lines, {"Sophie": "participant", "Pierre": "participant"}), []) is None
    assert host_beside_guest(_labels(lines, {"Sophie": "participant", "Julie": "participant"}), guests) is None
    assert host_beside_guest(_labels(lines, {"Sophie": "moderator", "Pierre": "participant"}), guests) is None
    # a line that merely mentions the word is no credit
    assert credited_guests(["Les invités : nous avons reçu Pierre Martel et Anne Roy."]) == []


# session 17 (segroles9): a second range in the designating sentence, its designation word left out
def test_a_range_after_a_comma_with_its_own_people_takes_their_role():
    key = ("Dix entretiens ont été menés dans le Pays d'Arles. Les infirmières sont désignées IDE1 à IDE6, "
           "les médecins MG1 à MG4, dans l'ordre des entretiens.")
    roles = {code: normalize_role(desc) for _, code, desc in code_ranges([key])}
    assert roles == {**{f"IDE{n}": "infirmier" for n in range(1, 7)},
                     **{f"MG{n}": "medecin_generaliste" for n in range(1, 5)}}
    # near-misses: what follows the comma names no one, or no range follows it
    plain = code_ranges(["Les infirmières sont désignées IDE1 à IDE6, les pages P1 à P4 en annexe."])
    assert {code for _, code, _ in plain} == {f"IDE{n}" for n in range(1, 7)}
    alone = code_ranges(["Les infirmières sont désignées IDE1 à IDE6, les médecins restant anonymes."])
    assert {code for _, code, _ in alone} == {f"IDE{n}" for n in range(1, 7)}


def test_a_host_credited_by_first_name_alone():
    # s42: "Animation : Kevin." closing the episode's description: the label "KEVIN" is the host's
    hosts = credited_hosts(["Nos invités : Rudy Aloïké, agriculteur ; Sandra, médiatrice. Animation : Kevin."])
    assert hosts == ["Kevin"] and names_host("KEVIN", hosts) and not names_host("RUDY", hosts)
    # near-misses: a moderator's turn addressing a code or a person is no credit
    assert credited_hosts(["Animatrice : MG2, vous êtes d'accord avec ce qui vient d'être dit ?"]) == []
    assert credited_hosts(["Animatrice : Marie, vous êtes d'accord ?"]) == []


def test_a_listed_name_joined_with_a_label_is_a_joint_answer():
    # s43 (round 88): "Josiane et Monique :" where Monique, in the participants table, never speaks alone
    lines = _lines("| Prénom | Lien | Âge |", "| Josiane | épouse | 74 |", "| Monique | sœur | 70 |",
                   "Animatrice : Vous connaissez la plateforme de répit ?",
                   "Josiane et Monique : On n'en a jamais entendu parler.",
                   "Monique et Gérard : ligne du tableau recopiée, sans label parmi eux.")
    listed = listed_row_names(lines)
    assert {"Josiane", "Monique"} <= listed
    labels = {"Animatrice": Label("Animatrice", "listed", "moderator"), "Josiane": Label("Josiane", "name")}
    joined = joined_label_lines(lines, labels, listed)
    assert joined == {4: "Josiane et Monique"}  # (none of "Monique et Gérard" is a label: no turn)
    assert joined_label_lines(lines, labels) == {}  # without the table's names, Monique is no label
