"""Messages quoted under header lines naming their author (segment/headed_messages.py): a forum
thread's "Message de « pseudo » — date", an e-mail exchange's "De : … – Objet : …" headers;
look-alikes: one mail header alone, a "Message de la directrice" sentence, a reference
"Réponse de Dupont, 2019", a memo's header without a subject."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech as _speech

from corpus.segment.base import split_lines
from corpus.segment.headed_messages import headed_messages, message_header, self_presented_role

FORUM = [
    "3.1. Les échanges sur le forum des aidants",
    "Nous citons trois messages d'un fil ouvert en mars 2020, pseudonymes conservés.",
    "Posté par « Mamie_Lou » — 21 mars 2020, 9 h 12",
    "Bonjour, ici à Brest plus personne ne passe voir ma mère, l'infirmière est malade. Vous faites comment ?",
    "Posté par « kine29 » — 21 mars 2020, 10 h 40",
    "Je suis kinésithérapeute à Quimperlé, on peut se déplacer pour les urgences, appelez le cabinet.",
    "Posté par « Mamie_Lou » — 21 mars 2020, 18 h 03",
    "Merci beaucoup, je vais appeler.",
    "Ces échanges montrent l'entraide entre inconnus.",
]


def test_forum_messages_are_their_posters_words(gazetteer):
    text, segs = _segment(FORUM, gazetteer)
    s = _at(text, segs, "ici à Brest plus personne")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Mamie_Lou", "autre", "Bretagne")
    s = _at(text, segs, "Je suis kinésithérapeute à Quimperlé")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "kine29", "kinesitherapeute", "Bretagne")
    # the poster's place holds for their later message
    s = _at(text, segs, "Merci beaucoup, je vais appeler.")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Mamie_Lou", "Bretagne")
    for prose in ("Posté par « kine29 »", "Nous citons trois messages", "Ces échanges montrent"):
        assert _at(text, segs, prose).kind == "narrative"


MAILS = [
    "Les messages ci-dessous nous ont été transmis par la CPTS de Lens, anonymisés.",
    "Message 1 – De : une pharmacienne adhérente – À : la coordinatrice – 2 avril 2020 – Objet : masques",
    "Nous n'avons plus de masques FFP2 depuis hier. Qui peut nous dépanner ?",
    "Message 2 – De : la coordinatrice – À : liste des adhérents – 2 avril 2020 – Objet : RE: masques",
    "Je vous propose de passer au local de la CPTS demain matin, il reste deux cartons.",
    "Le stock a été partagé dans la journée.",
]


def test_mail_bodies_take_the_sender_field_as_role(gazetteer):
    text, segs = _segment(MAILS, gazetteer)
    s = _at(text, segs, "Nous n'avons plus de masques")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "", "pharmacien", "Hauts-de-France")
    s = _at(text, segs, "Je vous propose de passer")
    assert (s.kind, s.role) == ("verbatim", "coordinateur")
    assert _at(text, segs, "Le stock a été partagé").kind == "narrative"


def test_header_shapes():
    assert message_header("Message de « Lilou » — 12 avril 2020, 22 h 14") == ("forum", "Lilou")
    assert message_header("Posté par Lilou972 le 12/04/2020 à 22:14") == ("forum", "Lilou972")
    assert message_header("Courriel 2 – De : la coordinatrice – À : tous – Objet : centre") == ("mail", "la coordinatrice")
    assert self_presented_role("Bonsoir. Je suis infirmière libérale, oui.") == "infirmier"
    assert self_presented_role("Je suis désolée, je suis perdue.") == ""


@pytest.mark.parametrize("text", [
    "Message de la directrice, lu en ouverture de la séance du 12 mars.",  # prose, a sentence
    "Réponse de Dupont, 2019",  # a reference: a year, no time of day
    "Note – De : la direction – À : tous les services – 3 mars 2020",  # a memo: no subject field
])
def test_look_alike_lines_are_no_header(text):
    assert message_header(text) is None


def test_one_header_alone_is_no_thread():
    lines = split_lines("\n".join([
        "La coordinatrice a écrit aux adhérents :",
        "Courriel – De : la coordinatrice – À : adhérents – Objet : réunion",
        "Réunion jeudi à 20 h.",
        "La réunion a réuni trente personnes."]) + "\n")
    assert headed_messages(lines, {}, lambda ln: False) == {}


MAILS_FIELD_LINES = [
    "Annexe 5. Échanges de courriels (anonymisés)",
    "De : le pharmacien référent de la CPTS",
    "À : les adhérents",
    "Objet : stock de masques",
    "Il nous reste trois cartons de masques chirurgicaux, je les laisse à l'accueil de la maison de santé.",
    "De : une infirmière libérale",
    "Objet : RE: stock de masques",
    "Je passe ce soir, merci beaucoup pour les collègues du cabinet.",
    "Ces échanges montrent la circulation du matériel.",
]


def test_mail_headers_with_one_field_a_line(gazetteer):
    text, segs = _segment(MAILS_FIELD_LINES, gazetteer)
    s = _at(text, segs, "Il nous reste trois cartons")
    assert (s.kind, s.role) == ("verbatim", "pharmacien")
    s = _at(text, segs, "Je passe ce soir")
    assert (s.kind, s.role) == ("verbatim", "infirmier")
    for prose in ("À : les adhérents", "Objet : stock de masques", "Ces échanges montrent"):
        assert _at(text, segs, prose).kind == "narrative"


# s24-segwritten4: a petition's signer lines "Prénom N., commune, date" over each comment (round 42)
PETITION = [
    "Les commentaires des signataires",
    "La pétition contre la fermeture des urgences de nuit de Carhaix a recueilli 12 000 signatures.",
    "Gwenaëlle L., Rostrenen, 3 mars 2023",
    "Mon mari a fait un infarctus un dimanche soir, sans les urgences il ne serait plus là.",
    "Yann K., Huelgoat, 4 mars 2023",
    "Pharmacienne à Carhaix depuis quinze ans, je vois les patients repartir sans solution le soir.",
    "Dr Anne-Sophie M., Morlaix, 6 mars 2023",
    "Je suis urgentiste. Fermer la nuit, c'est déplacer le risque sur la route.",
    "Ces commentaires insistent sur la distance.",
]


def test_petition_signer_lines_head_their_comments(gazetteer):
    text, segs = _segment(PETITION, gazetteer)
    s = _at(text, segs, "Mon mari a fait un infarctus")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Gwenaëlle L.", "autre", "Bretagne")
    s = _at(text, segs, "je vois les patients repartir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Yann K.", "pharmacien")
    s = _at(text, segs, "Fermer la nuit, c'est déplacer")
    assert (s.kind, s.speaker) == ("verbatim", "Dr Anne-Sophie M.")
    for prose in ("Gwenaëlle L., Rostrenen", "La pétition contre la fermeture", "Ces commentaires insistent"):
        assert _at(text, segs, prose).kind == "narrative"


def test_signer_line_run_on_after_the_introduction(gazetteer):
    # the extraction ran the first signer line on after the paragraph introducing the comments
    lines = [PETITION[1] + " Voici les commentaires. " + PETITION[2]] + PETITION[3:]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Mon mari a fait un infarctus")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Gwenaëlle L.", "Bretagne")
    assert _at(text, segs, "Voici les commentaires").kind == "narrative"


def test_signer_look_alikes_are_prose(gazetteer):
    # a year alone (a reference), a middle field that is no commune, a single signer line
    lines = [
        "Bibliographie et sources.",
        "Dupont J., Masson, 2019",
        "Le rapport décrit la fermeture des maternités de proximité en détail.",
        "Martin P., Notre collectif solidaire, 12 juin 2018",
        "Nous demandons le maintien de la maternité et des urgences de nuit.",
        "Lucie M., Rennes, 3 mai 2021",
        "Cette lettre ouverte a été envoyée au directeur de l'agence régionale.",
    ]
    text, segs = _segment(lines, gazetteer)
    for prose in ("Le rapport décrit", "Nous demandons le maintien", "Cette lettre ouverte"):
        assert _at(text, segs, prose).kind == "narrative"


# s24-segwritten4: a wiki discussion page, each contribution signed at its end (round 42)
WIKI = [
    "Le wiki de la maison de santé de Lannion (Côtes-d'Armor) garde une page de discussion par protocole, où chacun signe.",
    "== Renouvellement des ordonnances ==",
    "On pourrait renouveler les bas de contention sans consultation. Kine.Morvan (discussion) 12 janvier 2023 à 18:40 (CET)",
    ": Oui, si le bilan vasculaire date de moins d'un an. Dr.Le-Goff (discussion) 13 janvier 2023 à 08:02 (CET)",
    ":: Je m'occupe de prévenir les patients. Kine.Morvan (discussion) 13 janvier 2023 à 12:15 (CET)",
    "La discussion aboutit vite.",
]


def test_wiki_contributions_are_their_signers_words(gazetteer):
    text, segs = _segment(WIKI, gazetteer)
    s = _at(text, segs, "renouveler les bas de contention")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Kine.Morvan", "kinesitherapeute", "Bretagne")
    s = _at(text, segs, "si le bilan vasculaire date")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr.Le-Goff", "medecin_generaliste")
    assert "Dr.Le-Goff (discussion)" not in text[s.char_start:s.char_end]  # the signature is no part of the words
    assert _at(text, segs, "Je m'occupe de prévenir").speaker == "Kine.Morvan"
    for prose in ("garde une page de discussion", "Renouvellement des ordonnances", "La discussion aboutit"):
        assert _at(text, segs, prose).kind == "narrative"


def test_wiki_signature_cut_from_its_paragraph_signs_the_one_above(gazetteer):
    lines = WIKI[:2] + ["On pourrait renouveler les bas de contention sans consultation.",
                        "Kine.Morvan (discussion) 12 janvier 2023 à 18:40 (CET)"] + WIKI[3:]
    text, segs = _segment(lines, gazetteer)
    assert (_at(text, segs, "renouveler les bas").kind, _at(text, segs, "renouveler les bas").speaker) == \
        ("verbatim", "Kine.Morvan")


def test_wiki_article_body_and_single_signature_are_prose(gazetteer):
    lines = [
        "Protocole : renouveler les bas de contention si le bilan date de moins d'un an (voir la page de discussion).",
        "Ce protocole a été validé en réunion. Admin.CPTS (discussion) 2 février 2023 à 10:00 (CET)",
        "Les patients sont prévenus par le secrétariat.",
    ]
    text, segs = _segment(lines, gazetteer)
    for prose in ("Protocole : renouveler", "Ce protocole a été validé", "Les patients sont prévenus"):
        assert _at(text, segs, prose).kind == "narrative"


# s24-segwritten4: a guest book's messages under a date line alone, signed at their end after a dash (round 42)
GUEST_BOOK = [
    "Le livre d'or du service de pédiatrie du centre hospitalier de Vannes (Morbihan) est posé dans le hall depuis 2018.",
    "2 mars 2021",
    "Merci aux auxiliaires qui ont chanté pour Léo chaque matin de son hospitalisation. – Les parents de Léo",
    "17 août 2021",
    "Vous avez su nous rassurer pendant ces longues nuits. On reviendra vous voir. – Famille T., Auray",
    "9 novembre 2021",
    "Quinze jours ici et pas une seule fois on ne nous a fait attendre pour rien. – Sophie, kinésithérapeute",
    "Ces messages remercient surtout l'équipe de nuit.",
]


def test_guest_book_messages_are_their_signers_words(gazetteer):
    text, segs = _segment(GUEST_BOOK, gazetteer)
    s = _at(text, segs, "ont chanté pour Léo")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Les parents de Léo", "autre", "Bretagne")
    assert "Les parents de Léo" not in text[s.char_start:s.char_end]  # the signature is cut off the words
    s = _at(text, segs, "nous rassurer pendant")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Famille T.", "autre", "Bretagne")
    s = _at(text, segs, "pas une seule fois")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sophie", "kinesitherapeute")
    for prose in ("Le livre d'or du service", "Ces messages remercient"):
        assert _at(text, segs, prose).kind == "narrative"


def test_guest_book_instructions_and_dated_prose_are_no_messages(gazetteer):
    # dated paragraphs with a dash aside but no signature, and one signed paragraph alone
    lines = [
        "Consignes du livre d'or, affichées à l'entrée du service.",
        "1er janvier 2022",
        "Le service a ouvert ses nouvelles chambres. – Voir le planning affiché en salle de soins pour les visites du week-end et des jours fériés",
        "5 février 2022",
        "Merci de signer lisiblement et de ne pas arracher les pages du livre.",
        "12 mars 2022",
        "Le comité de direction a validé le projet. – Direction",
        "Le livre est relevé chaque mois par la cadre.",
    ]
    text, segs = _segment(lines, gazetteer)
    for prose in ("Le service a ouvert", "Merci de signer lisiblement", "Le comité de direction a validé"):
        assert _at(text, segs, prose).kind == "narrative"


# s24-segwritten5: a professional network's export, name line, headline line, the post's age
NETWORK = [
    "Figure 4 – Publication de la maison de santé et ses commentaires, retranscrits",
    "Camille Houot",
    "Coordinatrice de la CPTS Ouest Vosgien",
    "3 sem.",
    "C'est parti ! Depuis lundi, les patients sans médecin traitant peuvent obtenir un rendez-vous dans la journée.",
    "Julien Thiriet",
    "Infirmier libéral – Mirecourt",
    "2 sem.",
    "Et pour les infirmiers, qui récupère les pansements du samedi quand le cabinet est fermé ?",
    "J'aime · Répondre",
    "Les commentaires prolongent l'annonce par des demandes concrètes.",
]
# another region, other trades, the age run onto the headline as extraction leaves it
NETWORK_UNSEEN = [
    "Annexe 3 – Fil de discussion sur le réseau professionnel, capture du 2 mai",
    "Soizic Le Bihan",
    "Masseuse-kinésithérapeute | Quimperlé 4 j",
    "Nous cherchons un remplaçant pour l'été, les patients post-opératoires ne peuvent pas attendre.",
    "Yann Kerjean",
    "Médecin généraliste à Quimper 2 j",
    "Je relaie auprès des internes de la faculté, plusieurs cherchent un stage en libéral.",
    "J'aime · Répondre",
]


def test_a_network_posts_and_comments_are_their_authors_words(gazetteer):
    text, segs = _segment(NETWORK, gazetteer)
    s = _at(text, segs, "peuvent obtenir un rendez-vous")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Camille Houot", "coordinateur")
    s = _at(text, segs, "qui récupère les pansements")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Julien Thiriet", "infirmier", "Grand Est")
    for prose in ("Coordinatrice de la CPTS", "Les commentaires prolongent"):
        assert _at(text, segs, prose).kind == "narrative"


def test_a_network_thread_unseen(gazetteer):
    text, segs = _segment(NETWORK_UNSEEN, gazetteer)
    s = _at(text, segs, "Nous cherchons un remplaçant")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Soizic Le Bihan", "kinesitherapeute", "Bretagne")
    s = _at(text, segs, "Je relaie auprès des internes")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Yann Kerjean", "medecin_generaliste", "Bretagne")


def test_names_over_lines_naming_no_trade_are_no_posts(gazetteer):
    # near-miss: photo credits, a name over a street and a time, no trade in between
    lines = ["Nos photos de la fête de la santé",
             "Marie Perrin",
             "Place du marché de Mirecourt 3 h",
             "Le stand de dépistage a accueilli plus de cent personnes dans l'après-midi.",
             "Jean Colin",
             "Salle des fêtes de Vittel 2 h",
             "La marche solidaire a réuni quarante marcheurs malgré la pluie."]
    _, segs = _segment(lines, gazetteer)
    assert not _speech(segs)


CHAT_SERVER = [
    "Annexe 4 – Salon #gardes du serveur des jeunes pharmaciens (extrait, pseudonymes d'origine)",
    "Bienvenue_Bot — 02/02/2023 07:00",
    "Merci de relire la charte avant de poster. Les annonces commerciales sont interdites. "
    "pharma_nono [Pharmacien adjoint | Rodez] — 03/02/2023 21:15",
    "Quelqu'un a déjà fait une garde seul avec un stagiaire ? Je ne sais pas s'il peut délivrer.",
    "Zoé.R [Étudiante 6e année · Millau] — Hier à 22:40",
    "Je l'ai vu faire à Albi, le titulaire restait joignable au téléphone et validait chaque ordonnance.",
    "Ces échanges montrent une entraide entre officines éloignées.",
]


def test_a_chat_servers_messages_are_their_members_words(gazetteer):
    text, segs = _segment(CHAT_SERVER, gazetteer)
    s = _at(text, segs, "une garde seul avec un stagiaire")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "pharma_nono", "pharmacien", "Occitanie")
    s = _at(text, segs, "le titulaire restait joignable")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Zoé.R", "Occitanie")
    # the bot's reminder, the headers (one run on after the reminder by extraction), the analysis: prose
    for prose in ("Merci de relire la charte", "pharma_nono [Pharmacien adjoint", "Ces échanges montrent"):
        assert _at(text, segs, prose).kind == "narrative"


def test_a_tag_format_described_once_is_no_message(gazetteer):
    # near-miss: a server's rules giving the nickname format, one sample header, no exchange
    lines = ["Règles du serveur des kinés de Gascogne",
             "Votre pseudo indique votre statut et votre ville entre crochets, par exemple lulu [Kiné · Auch].",
             "Un message apparaîtra ainsi. lulu [Kiné · Auch] — 05/09/2023 10:00",
             "Les modérateurs peuvent supprimer un message sans préavis."]
    _, segs = _segment(lines, gazetteer)
    assert not _speech(segs)


# ---- a social network's thread printed from the browser (s46) ---------------------------------

THREAD = [
    "Annexe 2 : le fil de la maison de santé (imprimé le 04/03/2025)",
    "Maison de santé des Trois Rivières",
    "@msp_troisrivieres",
    "1/2 Cette semaine, la vaccination contre la grippe se fait sans rendez-vous le mercredi.",
    "2/2 Apportez votre carte Vitale et votre bon de prise en charge.",
    "Dr Claire Mounier | médecin généraliste",
    "@claire_mounier · 2 mars",
    "Nous avons vacciné quarante personnes mercredi dernier, merci aux infirmières de la maison de santé.",
    "Paul Lefèvre, maire de Marvejols",
    "@plefevre48 · 2 mars",
    "La commune prête la salle des fêtes le mercredi si la file d'attente déborde encore.",
    "Maison de santé des Trois Rivières",
    "@msp_troisrivieres · 3 mars",
    "Merci à tous, la salle sera ouverte dès 9 h.",
]


def test_printed_thread_replies_are_their_accounts_words(gazetteer):
    text, segs = _segment(THREAD, gazetteer)
    s = _at(text, segs, "Nous avons vacciné quarante personnes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Claire Mounier", "medecin_generaliste")
    s = _at(text, segs, "La commune prête la salle des fêtes")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Paul Lefèvre", "elu", "Occitanie")
    # the structure's own account writes as the structure: its posts and its reply are no one's words
    for prose in ("Cette semaine, la vaccination", "Merci à tous, la salle sera ouverte"):
        assert _at(text, segs, prose).kind == "narrative"


def test_a_consultation_export_gives_each_contribution_its_declared_category(gazetteer):
    lines = ["monavis-sante-ardeche.fr – Export des contributions – généré le 12/05/2025",
             "Contribution n° 4",
             "Lucie07 | 02/03/2025 | Catégorie déclarée : aidante | Commune : Privas | Thème : répit",
             "Je m'occupe de ma mère depuis trois ans et je n'ai jamais eu une semaine de répit. Les places "
             "d'accueil de jour sont toutes à Aubenas.",
             "Soutiens : 12 | Réponses : 0",
             "Contribution n° 9",
             "pharma_vals | 05/03/2025 | Catégorie déclarée : professionnel de santé, pharmacien | "
             "Commune : Vals-les-Bains | Thème : médicaments",
             "Nous voyons chaque semaine des patients sortis de l'hôpital sans ordonnance de sortie lisible.",
             "Contribution n° 15",
             "Utilisateur 208 | 09/03/2025 | Catégorie déclarée : Préfère ne pas répondre | Commune : non renseignée",
             "Pourquoi la réunion publique a-t-elle lieu un mardi à 14 heures ? Personne ne peut venir."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    s = _at(text, segs, "je n'ai jamais eu une semaine de répit")
    assert (s.speaker, s.role, s.region) == ("Lucie07", "autre", "Auvergne-Rhône-Alpes")
    s = _at(text, segs, "sans ordonnance de sortie lisible")
    assert (s.speaker, s.role) == ("pharma_vals", "pharmacien")
    s = _at(text, segs, "Personne ne peut venir")
    assert (s.speaker, s.role) == ("Utilisateur 208", "inconnu")
    assert _at(text, segs, "Soutiens : 12").kind not in ("verbatim", "turn")
