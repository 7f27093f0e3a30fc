"""Written messages a document copies under a header that ends on a stamp (segment/headed_messages.py,
issue #14, round 40): an SMS screenshot's "Claire – 07:42", a social network's "Publication de
Sandrine L. · 14 janvier 2024" and its run-in "Commentaire de Patrick D. : …", an online review's
name over "1/5 – il y a 3 mois" and the owner's answer, a forum's profile line "Nanou83 – IDEL –
Localisation : Var – Messages : 1 204" over its post date, a reply quoting the earlier message
("Nanou83 a écrit : …"). Near-misses: a programme's "Pause – 10h30" lines, a reactions line, a
"X a écrit :" naming nobody of the thread."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.headed_messages import stamped_header_lines
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def _speech(segs):
    return [s for s in segs if s.kind in ("verbatim", "turn")]


# the case: an SMS exchange transcribed, the senders' trades in the sentence above
SMS = [
    "Claire, infirmière libérale à Mauvezin, m'a montré cet échange autour de M. L., sorti de l'hôpital d'Auch sans ordonnance.",
    "Claire – 07:42",
    "Bonjour Dr, M. L. est rentré hier soir, pas d'ordo pr les pansements, je passe à 10h qd même ?",
    "Claire – 07:44",
    "Sa fille dit qu'il n'a plus de Lovenox depuis ce matin.",
    "Dr Sabathé – 08:15",
    "Je fais l'ordo et je la dépose à la pharmacie, passez quand même à 10h.",
    "Fille de M. L. – 09:03",
    "Merci bcp, on vous attend, papa est très fatigué.",
    "Cet échange montre une coordination efficace mais informelle.",
]


def test_sms_messages_are_their_senders_words(gazetteer):
    text, segs = _segment(SMS, gazetteer)
    s = _at(text, segs, "pas d'ordo pr les pansements")
    # "Bonjour Dr, …" greets the addressee: the sender's trade is the one the sentence above gives
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Claire", "infirmier", "Occitanie")
    s = _at(text, segs, "Je fais l'ordo")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Sabathé", "medecin_generaliste")
    s = _at(text, segs, "papa est très fatigué")  # a relative named by kinship: no name
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")
    for prose in ("Claire – 07:44", "Cet échange montre", "m'a montré cet échange"):
        assert _at(text, segs, prose).kind == "narrative"
    assert len(_speech(segs)) == 4


# an unseen variant: other names, a Breton physiotherapist, hours written "21h10", a wife
SMS_VARIANT = [
    "Sébastien, kinésithérapeute à Lannion, nous a transmis les messages échangés un dimanche soir.",
    "Sébastien – 21h10",
    "Mme T. ne tient plus debout, je crains une chute cette nuit, qui est de garde ?",
    "Dr Kervella – 21h25",
    "C'est moi ce week-end, je passe vers 22h.",
    "Épouse de M. T. – 22h02",
    "Le docteur est là, merci de nous avoir prévenus.",
    "Sébastien – 22h05",
    "Parfait, je repasse demain matin.",
]


def test_an_unseen_exchange_with_other_names_and_hours(gazetteer):
    text, segs = _segment(SMS_VARIANT, gazetteer)
    s = _at(text, segs, "je crains une chute")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Sébastien", "kinesitherapeute", "Bretagne")
    assert (_at(text, segs, "C'est moi ce week-end").speaker, _at(text, segs, "merci de nous avoir").speaker) == \
        ("Dr Kervella", "")
    assert len(_speech(segs)) == 4


def test_a_programme_with_times_after_its_items_is_no_exchange(gazetteer):
    # near miss: "Pause – 10h30" twice, nobody named by a function or kinship
    lines = ["Programme de la journée CPTS du 12 mai",
             "Accueil – 08h30",
             "Café et remise des badges dans le hall.",
             "Pause – 10h30",
             "Les stands des partenaires sont ouverts.",
             "Atelier – 11h00",
             "Les parcours de soins des patients diabétiques, en petits groupes.",
             "Pause – 15h30",
             "Collation offerte par la mairie."]
    assert stamped_header_lines(split_lines("\n".join(lines))) == []
    text, segs = _segment(lines, gazetteer)
    assert _speech(segs) == []


# the case: a social network's posts and comments; the reactions line is no one's words
GROUP = [
    "J'ai relevé les publications du groupe public d'entraide des habitants qui portaient sur l'accès aux soins.",
    "Publication de Sandrine L. · 14 janvier 2024",
    "Bonjour à tous, notre médecin part à la retraite fin mars. Quelqu'un connaît un médecin qui prend ?",
    "37 J'aime · 22 commentaires",
    "Commentaire de Patrick D. : Essayez la maison de santé, ils ont pris ma mère l'an dernier.",
    "Commentaire de Admin : La mairie nous informe que la téléconsultation en pharmacie est possible le mardi.",
    "Le fil se poursuit sur plusieurs dizaines de messages.",
]


def test_posts_and_run_in_comments_are_their_authors_words(gazetteer):
    text, segs = _segment(GROUP, gazetteer)
    s = _at(text, segs, "notre médecin part à la retraite")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sandrine L.", "autre")
    s = _at(text, segs, "Essayez la maison de santé")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Patrick D.", "autre")
    assert s.char_start == text.index("Essayez")  # "Commentaire de Patrick D. :" is no part of it
    assert _at(text, segs, "Commentaire de Patrick D.").kind == "narrative"
    assert _at(text, segs, "la téléconsultation en pharmacie").speaker == "Admin"
    for prose in ("37 J'aime", "Le fil se poursuit", "J'ai relevé les publications"):
        assert _at(text, segs, prose).kind == "narrative"
    assert len(_speech(segs)) == 3


# an unseen variant: online reviews, stars for the rating, the owner's answer signed by whoever the
# memoir names as writing them
REVIEWS = [
    "Les réponses de l'établissement sont signées par la secrétaire médicale, Mme Ochs, depuis 2023.",
    "Bernard K.",
    "★★☆☆☆ – il y a 2 semaines",
    "Trois semaines pour un rendez-vous chez le dentiste, et personne ne rappelle.",
    "Réponse de l'établissement – il y a 1 semaine",
    "Bonjour Monsieur, un second dentiste arrive en septembre, les délais vont baisser.",
    "Aïcha R.",
    "5/5 – il y a 4 mois",
    "Accueil adorable, la sage-femme a pris le temps de tout m'expliquer.",
    "Sur 40 avis, la note moyenne est de 3,4 sur 5.",
]


def test_reviews_and_the_owner_answers(gazetteer):
    text, segs = _segment(REVIEWS, gazetteer)
    s = _at(text, segs, "Trois semaines pour un rendez-vous")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Bernard K.", "autre")
    s = _at(text, segs, "un second dentiste arrive")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mme Ochs", "secretaire")
    assert _at(text, segs, "la sage-femme a pris le temps").speaker == "Aïcha R."
    for prose in ("★★☆☆☆", "5/5 – il y a 4 mois", "Sur 40 avis"):
        assert _at(text, segs, prose).kind == "narrative"
    assert len(_speech(segs)) == 3


# the case's shape in an unseen variant: a forum's profile lines with "|", the post date under
# them, a reply quoting the earlier message
FORUM = [
    "Nous reproduisons trois messages du fil, avec la ligne de profil affichée par le forum.",
    "kineDu29 | Kiné | Lieu : Finistère | Inscrit le : 12/03/2019",
    "Posté le 8 octobre 2022 à 21:40",
    "Les ordonnances de kiné à domicile arrivent toujours sans bilan, on repart de zéro à chaque fois.",
    "Ce message ouvre le fil.",
    "Lola_IDE | IDEL | Lieu : Morbihan | Inscrit le : 02/01/2021",
    "Posté le 9 octobre 2022 à 07:15",
    "kineDu29 a écrit : on repart de zéro à chaque fois.",
    "Chez nous la CPTS a fait une fiche de liaison, ça change tout.",
]


def test_forum_profiles_and_a_quoted_earlier_message(gazetteer):
    text, segs = _segment(FORUM, gazetteer)
    s = _at(text, segs, "arrivent toujours sans bilan")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "kineDu29", "kinesitherapeute", "Bretagne")
    s = _at(text, segs, "kineDu29 a écrit")  # the quoted message is its first author's words
    assert (s.kind, s.speaker, s.role) == ("verbatim", "kineDu29", "kinesitherapeute")
    s = _at(text, segs, "la CPTS a fait une fiche")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Lola_IDE", "infirmier", "Bretagne")
    assert s.char_start == text.index("Chez nous")
    for prose in ("Posté le 9 octobre", "Ce message ouvre le fil"):
        assert _at(text, segs, prose).kind == "narrative"


def test_a_quote_of_someone_outside_the_thread_opens_the_reply():
    # near miss: "Martin a écrit :" names no earlier poster of the thread: the line is the reply's
    lines = ["kineDu29 | Kiné | Lieu : Finistère | Messages : 40",
             "Posté le 8 octobre 2022 à 21:40",
             "Les ordonnances arrivent sans bilan.",
             "Lola_IDE | IDEL | Lieu : Morbihan | Messages : 12",
             "Posté le 9 octobre 2022 à 07:15",
             "Martin a écrit : il faut un bilan partagé.",
             "Je suis d'accord."]
    from corpus.segment.headed_messages import headed_messages
    found = headed_messages(split_lines("\n".join(lines)), {}, lambda ln: False)
    assert found[3].body == [5] and found[3].quoted == (-1, "")
