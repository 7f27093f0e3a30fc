"""One interview's person described above its turns (segment/introduced_interviewees.py):
"Entretien réalisé … avec la coordinatrice de la CPTS …", then answers under a generic label or
none, which nothing else describes; look-alikes: an introduction of several people or several
interviews, one naming two roles, an interview whose answers are described otherwise, two
answering voices, a second interview under its own heading."""

from __future__ import annotations

import pytest

from corpus.io import SPEAKER_KINDS
from corpus.segment.base import Segment
from corpus.segment.introduced_interviewees import apply_introduced_interviewees, introduced_role

HEADING = "Annexe 4 – Retranscription de l'entretien n° 3"
ONE_NURSE = ("Entretien réalisé le 12 avril 2022 par téléphone avec une infirmière libérale de la CPTS du "
             "Haut-Jura, installée depuis 2009. Durée : 38 minutes.")


def _seg(kind, text, speaker="", role=""):
    role = role or ("autre" if kind == "moderator" else "inconnu" if kind == "turn" else "")
    return Segment("t", "t-1", kind, 1, 1, 0, len(text), speaker=speaker, role=role, text=text)


def _annex(intro, voice="Resp.", other="Resp.", other_role=""):
    return [
        _seg("heading", HEADING),
        _seg("narrative", intro),
        _seg("narrative", "Temps | Locuteur | Transcription"),
        _seg("moderator", "Comment avez-vous connu la CPTS ?", "Enq."),
        _seg("turn", "Par une collègue, au moment du premier confinement.", voice),
        _seg("moderator", "Et aujourd'hui, qu'est-ce qui a changé ?", "Enq."),
        _seg("turn", "On se connaît. Quand un patient sort le vendredi, je sais qui appeler.", voice),
        _seg("turn", "Excusez-moi, je dois prendre un appel du cabinet.", other, other_role),
        _seg("turn", "Je reviens dans deux minutes, on reprend après.", other),
    ]


def _roles(segs):
    apply_introduced_interviewees(segs, SPEAKER_KINDS)
    return [s.role for s in segs if s.kind == "turn"]


def test_the_introduced_person_s_role_goes_to_the_answers():
    segs = _annex(ONE_NURSE)
    assert _roles(segs) == ["infirmier"] * 4
    assert {s.attr_source for s in segs if s.kind == "turn"} == {"interview_header"}


def test_a_profile_line_and_unlabelled_answers():
    intro = "Profil de l'interviewée : pharmacienne titulaire, 47 ans, officine rurale. Entretien du 3 mars 2022."
    assert _roles(_annex(intro, voice="", other="")) == ["pharmacien"] * 4


def test_questions_set_as_headings_stay_inside_the_interview():
    segs = [
        _seg("heading", "Annexe 6 – Entretien écrit avec la CPAM"),
        _seg("narrative", "Les questions ont été adressées par courriel à la responsable du service Relations avec "
                          "les professionnels de santé de la CPAM des Hautes-Pyrénées, qui a répondu par écrit."),
        _seg("heading", "Question 1 : Quel rôle la caisse a-t-elle joué dans la création de la CPTS ?"),
        _seg("turn", "Réponse : Un rôle d'accompagnement."),
        _seg("heading", "Question 2 : La crise a-t-elle changé vos relations ?"),
        _seg("turn", "Réponse : Oui, nettement."),
    ]
    assert _roles(segs) == ["institutionnel_cpam"] * 2


@pytest.mark.parametrize("intro", [
    # several people, several interviews: which one answers is not said
    "Focus group réalisé le 12 avril 2022 avec six infirmières libérales de la CPTS du Haut-Jura.",
    "Les entretiens ont été menés auprès de médecins généralistes du Haut-Jura entre mars et mai 2022.",
    # two roles named: either may answer
    "Entretien réalisé le 12 avril 2022 avec une infirmière libérale et un pharmacien de la CPTS.",
    # no interview named: a chapter's prose above a dialogue
    "La coordinatrice de la CPTS du Haut-Jura nous reçoit dans son bureau, entre deux réunions.",
])
def test_introductions_that_name_no_single_interviewee(intro):
    assert _roles(_annex(intro)) == ["inconnu"] * 4


def test_two_answering_voices_keep_unknown_roles():
    assert _roles(_annex(ONE_NURSE, other="Cadre")) == ["inconnu"] * 4


def test_an_interview_described_otherwise_is_left_alone():
    assert _roles(_annex(ONE_NURSE, other="Cadre", other_role="hospitalier")) == \
        ["inconnu", "inconnu", "hospitalier", "inconnu"]


def _interrupted(intro, passer_by, passer_role, voice_role=""):
    return [
        _seg("heading", HEADING),
        _seg("narrative", intro),
        _seg("moderator", "Comment avez-vous connu la CPTS ?", "Enq."),
        _seg("turn", "Par une collègue, au moment du premier confinement.", "Resp.", voice_role),
        _seg("turn", "Pardon, le médecin de garde vous demande au téléphone.", passer_by, passer_role),
        _seg("turn", "J'arrive. On reprend dans deux minutes ?", "Resp.", voice_role),
    ]


def test_a_passer_by_described_by_their_label_leaves_the_voice_its_introduced_role():
    # s26-segrole: a ward manager's one interjection ("Cadre :", hospitalier by its label) does not make
    # the interview described otherwise: the answering voice still takes the introduction's role
    assert _roles(_interrupted(ONE_NURSE, "Cadre", "hospitalier")) == ["infirmier", "hospitalier", "infirmier"]
    # unseen: a pharmacist interviewed, the pharmacy's technician passing by once
    intro = "Entretien n° 2 : pharmacienne titulaire, officine du centre-ville de Vire (Calvados), 40 minutes."
    assert _roles(_interrupted(intro, "Préparatrice", "autre_paramedical")) == \
        ["pharmacien", "autre_paramedical", "pharmacien"]


def test_a_voice_described_by_its_own_label_is_left_alone():
    # near-miss: the answering voice's turns are described already (its label named the trade): kept
    assert _roles(_interrupted(ONE_NURSE, "Cadre", "hospitalier", voice_role="kinesitherapeute")) == \
        ["kinesitherapeute", "hospitalier", "kinesitherapeute"]


def test_a_second_interview_under_its_own_heading_is_not_the_first_s():
    segs = _annex(ONE_NURSE) + [_seg("heading", "Annexe 5 – Retranscription de l'entretien n° 4"),
                                _seg("moderator", "Vous êtes installé depuis quand ?", "Enq."),
                                _seg("turn", "Depuis 2015, à Morez.", "Resp.")]
    assert _roles(segs) == ["infirmier"] * 4 + ["inconnu"]


def test_sentences_presenting_one_interview():
    assert introduced_role("Tableau A5 – Entretien n° 4 : directrice des soins, centre hospitalier de Saint-Lô.")[0] \
        == "hospitalier"
    assert introduced_role("Annexe 2 – Grille d'entretien") is None
    assert introduced_role("Les entretiens avec les pharmaciens ont duré 40 minutes.") is None


# segfix46 (round 36): a podcast's summary presents its guest by name, the transcript labels her
# answers "R –" (after a question on the same line the extraction ran together)
def test_guest_presented_by_name_in_the_summary_speaks_the_generic_answers():
    from conftest import GAZETTEER_PATH
    from segment_text import segment_at, segment_lines

    from corpus.segment.regions import load_gazetteer
    gazetteer = load_gazetteer(str(GAZETTEER_PATH))
    lines = [
        "Les voix du cabinet – épisode 4 : la kinésithérapie à domicile",
        "Dans cet épisode, Thomas Kerbrat est masseur-kinésithérapeute à Carhaix depuis dix ans. Il raconte ses tournées.",
        "Q – Thomas, bonjour. Comment s'organisent vos tournées ? R – Bonjour. Je fais surtout des visites le matin, chez des patients âgés qui ne peuvent plus venir au cabinet.",
        "Q – Et les médecins, vous les voyez ?",
        "R – Pas souvent, on s'écrit. Moi j'aimerais bien une réunion par trimestre, même courte.",
    ]
    text, segs = segment_lines(lines, gazetteer)
    s = segment_at(text, segs, "Je fais surtout des visites")
    assert (s.kind, s.speaker, s.role) == ("turn", "Thomas Kerbrat", "kinesitherapeute")
    assert segment_at(text, segs, "Comment s'organisent vos tournées").kind == "moderator"


def test_summary_presenting_two_people_names_no_guest():
    from corpus.segment.introduced_interviewees import presented_person

    assert presented_person("Murielle Ancelin est sage-femme libérale à Basse-Terre.") == (
        "Murielle Ancelin", "sage_femme", "Murielle Ancelin est sage-femme libérale à Basse-Terre.")
    assert presented_person("Anne Morel est infirmière à Brest. Paul Guivarch est pharmacien à Morlaix.") is None


def test_a_page_foot_between_two_turns_does_not_end_the_interview(gazetteer):
    # (s55) the memoir's foot "… – Annexes – p. 9" set between two turns by the page break
    from segment_text import segment_at, segment_lines

    lines = [HEADING,
             ONE_NURSE,
             "Q : Comment se passe une journée type ?",
             "R : Je vois six à huit patients par jour, surtout des diabétiques, et je fais les tournées l'après-midi.",
             "Mémoire de master 2 Sociologie – Université de Franche-Comté – Annexes – p. 9",
             "[R répond au téléphone ; reprise de l'entretien après une minute.]",
             "Q : Vous parliez de la confiance des médecins ?",
             "R : Oui. Aujourd'hui ils me délèguent les examens des pieds, mais je reste salariée d'une association."]
    text, segs = segment_lines(lines, gazetteer)
    first = segment_at(text, segs, "six à huit patients par jour")
    last = segment_at(text, segs, "ils me délèguent les examens des pieds")
    assert first.role == last.role == "infirmier"
