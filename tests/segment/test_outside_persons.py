"""People outside the role vocabulary whom the text does say something of are role ``autre``, not
``inconnu`` (issue #14; segrole17): a turn labelled by a person noun of no role ("Patiente :",
"Conjoint :"; segment/unnamed_field_roles.py apply_outside_persons), a name presented by an age alone
("Raymond, 81 ans"), a sentence opening on such a person before a quote ("Un habitant de …, 78 ans,
ne conduit plus :"; attributions.preceding_description), an interview introduced with one
("Entretien avec une patiente"; introduced_interviewees.py), lay people or a trade outside the
vocabulary as a study's informants ("menés au domicile des habitants", "six chirurgiens-dentistes
(D1 à D6)"; fallbacks.study_role, code_ranges). Look-alikes: a label that is a name or a code, a
code with an age, a patient the sentence only speaks of, a study of one profession whose CPTS is
named."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import preceding_description
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


# -- a turn's label that is a person noun of no role --------------------------------------------

def _consultation(labels: tuple[str, str], gaz) -> list[str]:
    patient, relative = labels
    lines = [
        "Annexe 4. Consultation observée au cabinet, 12 mars 2023",
        "La patiente, 27 ans, deuxième grossesse, vient avec son conjoint. Sa tension est élevée depuis la veille.",
        "SF : Votre tension est à 15 sur 9. Ce n'est pas catastrophique, mais je préfère vérifier.",
        f"{patient} : Je dois aller à la maternité tout de suite ou je peux attendre demain ?",
        "SF : Pas forcément. Je vais d'abord appeler votre médecin traitant, on verra ensemble.",
        f"{relative} : Et si ça monte cette nuit, on fait quoi exactement ?",
        "SF : Vous appelez le 15, et vous allez directement à la maternité.",
    ]
    text, segs = _segment(lines, gaz)
    return [_at(text, segs, snippet).role for snippet in ("Je dois aller à la maternité", "Et si ça monte")]


def test_a_person_noun_label_is_autre(gaz):
    # round 22's case: a midwife's consultation, the patient and her partner labelled by what they are
    assert _consultation(("Patiente", "Conjoint"), gaz) == ["autre", "autre"]


def test_an_unseen_person_noun_label_is_autre(gaz):
    # other words: a language intermediary and a resident of the village
    assert _consultation(("L'interprète", "Le riverain"), gaz) == ["autre", "autre"]


def test_a_name_label_stays_undescribed(gaz):
    # a first name says who speaks, not what they are
    assert _consultation(("Josette", "Bernard"), gaz) == ["inconnu", "inconnu"]


def _call(caller: str, gaz) -> list[str]:
    lines = [
        "2.3. Un appel reçu au SAS un dimanche",
        "L'appel ci-dessous a été reçu au SAS le 7 janvier, puis transféré au médecin régulateur.",
        "ARM (00:00) : SAMU, bonjour, que se passe-t-il ?",
        f"{caller.format('00:04')} : Bonjour, j'appelle pour mon fils, il a de la fièvre depuis hier soir.",
        "ARM (00:15) : Il respire normalement ? Il boit ?",
        f"{caller.format('00:18')} : Oui, il joue même, c'est juste qu'il pleure quand il se couche.",
    ]
    text, segs = _segment(lines, gaz)
    return [_at(text, segs, snippet).role for snippet in ("j'appelle pour mon fils", "il joue même")]


def test_a_timed_person_noun_label_is_autre(gaz):
    # round 41's case: a regulation call, the caller's label timed ("Appelante (00:04) :"); variant:
    # the father calling; near-miss: a timed first name
    assert _call("Appelante ({})", gaz) == ["autre", "autre"]
    assert _call("Conjoint ({})", gaz) == ["autre", "autre"]
    assert _call("Josette ({})", gaz) == ["inconnu", "inconnu"]


# -- a name presented by an age alone -----------------------------------------------------------

def test_a_name_and_an_age_is_autre(gaz):
    lines = ["Vaccination : le gymnase de Brive ouvert le week-end",
             "« Moi j'ai pas eu peur. Ma fille m'a inscrit par internet, j'ai rien compris mais me voilà », "
             "sourit Raymond, 81 ans.",
             "« Sé pa fòt a pèsonn, sé enfimyè-la sèl ki té ka vini », dit Man Lucette, 84 ans, Capesterre-Belle-Eau."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Moi j'ai pas eu peur").role == "autre"
    assert _at(text, segs, "Sé pa fòt").role == "autre"


def test_a_code_and_an_age_stays_undescribed(gaz):
    # (a study of two trades: no study role says what P3 is)
    lines = ["Résultats",
             "Nous avons interrogé des médecins généralistes et des infirmières libérales du territoire.",
             "« On n'a jamais été invités à la moindre réunion, personne ne nous a rien demandé » (P3, 45 ans)."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On n'a jamais été invités").role == "inconnu"


# -- a sentence opening on a person outside the vocabulary --------------------------------------

def test_a_sentence_opening_on_an_inhabitant_is_autre(gaz):
    lines = ["Se soigner en Creuse",
             "Un habitant de Royère-de-Vassivière, 78 ans, ne conduit plus : « le kiné vient à la maison, mais "
             "pour la prise de sang il faut attendre que ma fille descende de Limoges ».",
             # unseen variant: a shopkeeper, another place, another verb
             "Une commerçante du bourg de Felletin résume : « depuis que le cabinet a fermé, les gens me demandent "
             "à moi où trouver un docteur ».",
             ]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "le kiné vient à la maison").role == "autre"
    assert _at(text, segs, "depuis que le cabinet a fermé").role == "autre"


@pytest.mark.parametrize("before", [
    "Elle répète alors à ses patients :",  # the patients are spoken to, the speaker is not said
    "Au secrétariat, on explique aux habitants du canton :",
])
def test_people_the_sentence_only_speaks_of_say_nothing_of_the_speaker(before):
    assert preceding_description(before) == {}
    assert preceding_description("Une riveraine de la départementale soupire :")["role"] == "autre"


# -- an interview introduced with a person outside the vocabulary -------------------------------

def _interview(heading: str, gaz, intro: str = "Mme L., 74 ans, vit seule à Troyes ; elle est suivie pour un diabète "
                                                "depuis 2022.") -> list[str]:
    lines = [heading,
             intro,
             "Enquêtrice : Comment se passent les consultations avec l'infirmière ?",
             "Mme L. : Très bien. Elle prend le temps, elle m'explique mes analyses, je comprends enfin.",
             "Enquêtrice : Saviez-vous ce qu'est une infirmière en pratique avancée ?",
             "Mme L. : Un peu, oui. Je me disais que c'était pour les patients plus malades que moi."]
    text, segs = _segment(lines, gaz)
    return [_at(text, segs, snippet).role for snippet in ("Elle prend le temps", "Je me disais")]


def test_an_interview_with_a_patient_is_autre(gaz):
    assert _interview("Annexe 6 – Entretien avec une patiente", gaz) == ["autre", "autre"]


def test_an_interview_with_a_carer_is_autre(gaz):
    # unseen variant: a carer
    assert _interview("Annexe 3 – Entretien avec une aidante", gaz) == ["autre", "autre"]


def test_an_interview_with_a_group_leaves_every_voice_to_the_group(gaz):
    # "Entretien avec les parents": both parents are the group's (introduced_groups.py), not only the
    # voice with most turns
    lines = ["Annexe III – Entretien avec les parents de Noé, à domicile",
             "Étudiante : Vous pouvez me raconter le retour à la maison ?",
             "Mère : Le retour, c'était l'angoisse. À l'hôpital il y avait toujours quelqu'un.",
             "Père : … et elle répondait toujours, même le dimanche. C'est elle qui nous a tout expliqué.",
             "Étudiante : Est-ce que ces professionnels se parlaient entre eux ?",
             "Mère : Enfin, si, un peu, mais c'est nous qui faisions le lien avec le cahier."]
    text, segs = _segment(lines, gaz)
    assert [_at(text, segs, snippet).role for snippet in ("Le retour, c'était", "et elle répondait", "Enfin, si")] \
        == ["autre", "autre", "autre"]


def test_an_interview_with_nobody_described_stays_undescribed(gaz):
    # s25-segwritten6: the introduction says where the interview took place, nothing of Mme L. (an
    # introduction "Mme L., 74 ans, vit seule …" presents her by age: the person cared for, autre,
    # segment/aged_labels.py aged_introduction, as "Raymond, 81 ans" above)
    assert _interview("Annexe 6 – Entretien du 3 mars 2023", gaz,
                      "L'entretien a eu lieu à Troyes, dans la salle d'attente de la maison de santé.") \
        == ["inconnu", "inconnu"]
    assert _interview("Annexe 6 – Entretien du 3 mars 2023", gaz) == ["autre", "autre"]


# -- a study's informants outside the vocabulary ------------------------------------------------

def _study(methods: str, gaz, quote: str = "Pour Yannick, « le cabinet est à dix minutes, mais il faut une "
           "voiture, et le bus passe deux fois par jour quand il passe ».") -> str:
    lines = ["Méthodes", methods, "Résultats", quote]
    text, segs = _segment(lines, gaz)
    return _at(text, segs, "le cabinet est à dix minutes").role


def test_a_study_of_inhabitants_is_autre(gaz):
    assert _study("Nos entretiens semi-directifs (n = 17) ont été menés au domicile des habitants du quartier "
                  "en 2022 ; les prénoms sont fictifs.", gaz) == "autre"


def test_a_study_of_farmers_is_autre(gaz):
    # unseen variant: farmers, met elsewhere
    assert _study("Nous avons réalisé des entretiens semi-directifs auprès des agriculteurs de la commune "
                  "entre mars et juin 2021.", gaz,
                  "« Pour nous, le cabinet est à dix minutes, mais il faut une voiture, et le bus passe deux fois "
                  "par jour quand il passe », raconte Yannick.") == "autre"


def test_a_study_of_doctors_and_patients_is_no_lay_study(gaz):
    assert _study("Nous avons réalisé des entretiens semi-directifs auprès des médecins généralistes et "
                  "des patients de la commune entre mars et juin 2021.", gaz) != "autre"


def test_the_cpts_named_in_the_methods_is_no_group_of_people(gaz):
    # "communauté professionnelle territoriale de santé": an adjective, not professionals
    lines = ["Résultats de l'enquête qualitative",
             "Six chirurgiens-dentistes libéraux exerçant en Seine-Maritime ont été interrogés entre janvier et "
             "avril 2022. Les extraits d'entretiens sont précédés entre crochets du code du praticien.",
             "Interrogés sur la communauté professionnelle territoriale de santé de leur secteur, quatre "
             "praticiens sur six déclarent ne pas savoir si elle existe.",
             "[CD3] On prenait les appels chez soi, le soir, avec le cahier sur les genoux. Les patients "
             "pleuraient au téléphone.",
             "[CD1] Le médecin d'à côté, je le connais depuis vingt ans, on ne s'est jamais appelés pour un patient."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On prenait les appels").role == "autre"


def test_a_code_range_after_a_trade_outside_the_vocabulary(gaz):
    lines = ["Méthode",
             "Dix praticiens exerçant en Dordogne ont été interrogés entre janvier et avril 2022 : six "
             "chirurgiens-dentistes (D1 à D6) et quatre médecins généralistes (M1 à M4).",
             "Résultats",
             "« La CPTS nous a invités deux fois. Les dentistes, on est un peu les oubliés de la coordination. » (D1)",
             "« Moi j'ai le numéro direct de deux dentistes, c'est tout, et ça suffit rarement. » (M3)"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "La CPTS nous a invités").role == "autre"
    assert _at(text, segs, "Moi j'ai le numéro direct").role == "medecin_generaliste"


# -- a post outside the vocabulary named before the quote -------------------------------------------

def test_a_service_head_or_a_community_health_worker_before_a_quote_is_autre(gaz):
    # s27-segrole2 (rounds 17 and 25): "La cheffe de service lance : « … »" in an educator's memoir, "Un agent
    # de santé communautaire, recruté pendant la crise, décrit son rôle : « … »" in an anthropology article
    lines = ["2.3 Ce que dit l'équipe",
             "En réunion d'équipe, le mardi 9 novembre, la question du suivi médical de Théo a occupé une heure.",
             "La cheffe de service lance : « On n'a plus de médecin qui accepte nos jeunes, le dernier est parti. »",
             "Un agent de santé communautaire, recruté pendant la crise, décrit son rôle : « Je traduis, "
             "j'explique, je rassure les familles. »",
             # unseen variant: another service, another verb, a feminine community worker
             "Le chef de service de l'ESAT de Quimperlé tranche : « On ne peut pas accompagner tout le monde "
             "aux rendez-vous. »",
             "Une agente de santé communautaire de Saint-Georges résume : « Les gens ont confiance dans "
             "quelqu'un qu'ils connaissent. »"]
    text, segs = _segment(lines, gaz)
    for snippet in ("On n'a plus de médecin", "Je traduis, j'explique", "On ne peut pas accompagner",
                    "Les gens ont confiance"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.role) == ("verbatim", "autre"), snippet
    # near-miss: the head of a hospital's department named by its specialty is a hospital post
    lines[4] = "Le chef de service des urgences du CH de Vienne prévient : « On ne peut pas accompagner " \
        "tout le monde aux rendez-vous. »"
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On ne peut pas accompagner").role == "hospitalier"
