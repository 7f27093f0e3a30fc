"""The one role of everyone a study interviewed, for every quote or turn the text leaves
undescribed (segment/study_roles.py): the methods name the informants once as a group of one
trade ("Six chirurgiens-dentistes … ont été interrogés", "Les kinésithérapeutes interrogés
décrivent …"), and the quotes are credited by an interview number or a code that says no trade.
Look-alikes: methods naming two trades, and a quote described with another role, keep `inconnu`."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer
from corpus.segment.study_roles import apply_study_role, results_group_role


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


RESULTS = [
    "3.2 Les relations avec les maternités",
    "Les sages-femmes libérales interrogées décrivent des liens avec les maternités qui passent surtout par les patientes.",
    "Les sorties précoces ont tout changé : « on apprend la sortie par la maman elle-même, la veille au soir, sans un "
    "courrier » [P4, Albi]. D'autres ont trouvé dans le réseau un lieu d'échange.",
    "Ce constat rejoint les travaux menés en Occitanie en 2020.",
]


def _role(lines: list[str], gaz) -> str:
    text, segs = _segment(lines, gaz)
    return _at(text, segs, "on apprend la sortie").role


def test_the_one_trade_the_results_name_for_a_coded_quote(gaz):
    # an unseen variant of "Les kinésithérapeutes interrogés décrivent … « … » [K7, Nantes]": midwives,
    # a code that says no trade
    assert _role(RESULTS, gaz) == "sage_femme"


def test_two_trades_keep_inconnu(gaz):
    lines = [RESULTS[0], RESULTS[1].replace("Les sages-femmes libérales", "Les sages-femmes et les infirmières"),
             *RESULTS[2:]]
    assert _role(lines, gaz) == "inconnu"


def test_a_quote_described_with_another_role_keeps_the_others_inconnu(gaz):
    lines = [*RESULTS, "« Les sorties du vendredi, c'est nous qui les rattrapons le lundi. » (pharmacienne, Albi)"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Les sorties du vendredi").role == "pharmacien"
    assert _at(text, segs, "on apprend la sortie").role == "inconnu"


class _Seg:
    def __init__(self, kind: str, role: str, role_raw: str = ""):
        self.kind, self.role, self.role_raw, self.attr_source = kind, role, role_raw, ""


def test_only_speech_items_left_undescribed_change():
    segs = [_Seg("turn", "inconnu"), _Seg("verbatim", ""), _Seg("verbatim", "autre"), _Seg("narrative", ""),
            _Seg("moderator", "autre")]
    apply_study_role(segs, "kinesitherapeute")
    assert [s.role for s in segs] == ["kinesitherapeute", "kinesitherapeute", "autre", "", "autre"]


def test_a_default_autre_whose_credit_names_a_practice_setting_changes():
    segs = [_Seg("verbatim", "autre", "homme, 52 ans, cabinet seul"), _Seg("verbatim", "autre", "patient, 70 ans"),
            _Seg("verbatim", "autre", "52 ans")]
    apply_study_role(segs, "medecin_generaliste")
    assert [s.role for s in segs] == ["medecin_generaliste", "autre", "autre"]


def test_no_study_role_changes_nothing():
    segs = [_Seg("turn", "inconnu")]
    apply_study_role(segs, "")
    assert segs[0].role == "inconnu"


# segroles13: the methods list several people one by one (singular): not one trade, whatever
# the one plural among them names; one interviewee's card names no study trade either
def test_methods_listing_several_people_one_by_one_give_no_trade(gaz):
    lines = [RESULTS[0],
             "Les entretiens ont été conduits entre avril et juin 2023 auprès de six acteurs du territoire : la "
             "coordinatrice de la CPTS, deux infirmiers, une pharmacienne, un médecin et un aidant familial.",
             *RESULTS[2:]]
    assert _role(lines, gaz) == "inconnu"


def test_one_interviewee_s_card_is_no_study_of_one_trade(gaz):
    lines = [RESULTS[0], "Entretien 3 – sage-femme libérale, Albi, entretien réalisé le 4 mai 2022 (52 min).",
             *RESULTS[2:]]
    assert _role(lines, gaz) == "inconnu"
    # but a plural of one trade, counted, is the study's (unseen: digits and an abbreviation)
    lines = [RESULTS[0], "Nous avons mené des entretiens semi-directifs auprès de 12 sages-femmes libérales du Tarn.",
             *RESULTS[2:]]
    assert _role(lines, gaz) == "sage_femme"


# s25-segr44b: a forum reserved to one trade in the methods: its posters' role, read by
# study_roles.reserved_role; an unseen variant (a group of midwives) and near-misses (a space open
# to patients, a sentence reserving no online space, two trades).
def test_a_space_reserved_to_one_trade_gives_its_posters_role():
    from corpus.segment.study_roles import reserved_role

    assert reserved_role(["Le forum étudié est réservé aux infirmiers diplômés d'État exerçant en libéral, "
                          "modérateurs compris ; l'inscription demande le numéro RPPS."]) == "infirmier"
    assert reserved_role(["Ce groupe Facebook fermé, ouvert aux seules sages-femmes libérales de Bretagne, "
                          "compte 900 membres."]) == "sage_femme"
    assert reserved_role(["Le forum est réservé aux patients atteints de diabète."]) == ""
    assert reserved_role(["Le parking est réservé aux médecins de garde."]) == ""
    assert reserved_role(["Le forum est réservé aux infirmiers.", "Le groupe est réservé aux pharmaciens."]) == ""


def test_forum_rows_take_the_reserved_trade(gazetteer):
    lines = ["Le forum étudié est réservé aux pharmaciens d'officine, modérateurs compris. J'ai relevé les messages "
             "du fil « Ruptures de stock » publiés en 2023.",
             "Pseudo (département du profil) | Date du message | Extrait",
             "Pharma_29 (Finistère) | 12/01/2023 | Encore une rupture d'amoxicilline, je renvoie les patients chez le médecin.",
             "officine_du_port | 15/01/2023 | Chez nous c'est le paracétamol pédiatrique qui manque depuis deux semaines.",
             "Pharma_29 (Finistère) | 02/02/2023 | On finit par appeler trois grossistes chaque matin, ça prend une heure."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "Encore une rupture d'amoxicilline")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Pharma_29", "pharmacien")


# study_roles.results_group_role (s28-segr49b): no methods sentence, but the results' prose opens a
# sentence with a quantified group ("La majorité des patients associent …"): the group's one role for
# the coded quotes "(P4, femme, 67 ans, Basse-Terre)". An unseen variant (locum GPs, pharmacists) and
# near-misses: two groups, a group of things, a quantified group inside a quotation.
def test_a_quantified_group_of_the_results_names_the_informants():
    from corpus.segment.study_roles import results_group_role

    assert results_group_role(["La majorité des patients associent le traitement à des remèdes de leur grand-mère."]) \
        == "autre"
    assert results_group_role(["Plusieurs remplaçantes décrivent un premier semestre difficile."]) \
        == "medecin_generaliste"
    assert results_group_role(["Ce point revient souvent. Tous les pharmaciens d'officine citent les ruptures de stock."]) \
        == "pharmacien"
    assert results_group_role(["La plupart des médecins évoquent la charge administrative.",
                               "Certaines infirmières disent le contraire."]) == ""
    assert results_group_role(["La plupart des hôpitaux de la région ont fermé leur maternité.",
                               "Plusieurs entretiens ont eu lieu au cabinet."]) == ""
    assert results_group_role(["Il ajoute : « la plupart des patients ne viennent plus »."]) == ""
    assert results_group_role(["Les patients parlent du traitement."]) == ""


def test_coded_patients_quoted_after_a_quantified_group_are_autre(gaz):
    lines = ["4.1 Vivre avec le diabète",
             "La plupart des patients décrivent une maladie discrète, qu'ils oublient entre deux consultations.",
             "« Le sucre, on ne le sent pas, alors les cachets je les oublie un jour sur deux » (P2, homme, 61 ans, Le Lamentin).",
             "Le suivi infirmier est jugé rassurant."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Le sucre, on ne le sent pas").role == "autre"
    # near-miss: the same quote under a sentence naming no group keeps the unsaid role
    text, segs = _segment([lines[0], "Le diabète est décrit comme une maladie discrète.", *lines[2:]], gaz)
    assert _at(text, segs, "Le sucre, on ne le sent pas").role == "inconnu"


# s29-segroles13: the author's sentence opened by a quantified group is read around the quotation it
# holds ("La plupart des médecins … que la HAS voulait « … » (HAS, 2019)"), not the quotation itself


def test_results_group_read_around_a_quotation():
    assert results_group_role(["La plupart des médecins disent avoir découvert la CPTS pendant la campagne de "
                               "vaccination, que la HAS voulait « au plus près des lieux de vie » (HAS, 2019)."]) \
        == "medecin_generaliste"
    # unseen variant: another trade, the quotation first
    assert results_group_role(["Décrite par l'ARS comme « un levier majeur », la téléexpertise reste peu utilisée. "
                               "La majorité des kinésithérapeutes disent ne jamais l'avoir essayée."]) \
        == "kinesitherapeute"


def test_results_group_inside_a_quotation_is_a_speakers_words():
    # near-miss: the group sentence is inside the guillemets (someone's words, not the author's)
    assert results_group_role(["Une patiente résume : « La plupart des infirmières passent le matin, "
                               "jamais le soir. »"]) == ""


# s30: a medical study's methods say who took part by an inclusion verb, with no qualitative word
# in the sentence ("Douze patients … ont été inclus"); the quotes then close on codes that say no trade.
INCLUDED = [
    "2.1 Le parcours de soins",
    "Quatorze patientes suivies pour une endométriose dans trois cabinets de Rodez ont été incluses. "
    "Les entretiens ont été enregistrés puis retranscrits.",
    "« Pendant des années on m'a dit que c'était normal d'avoir mal, alors je n'en parlais plus à personne. » (P6, 29 ans)",
    "« Ma sage-femme, elle, m'a écoutée jusqu'au bout, et c'est elle qui m'a orientée. » (P2, 35 ans)",
]


def test_the_population_an_inclusion_sentence_names_is_the_informants_role(gaz):
    text, segs = _segment(INCLUDED, gaz)
    assert _at(text, segs, "on m'a dit que c'était normal").role == "autre"
    assert _at(text, segs, "m'a écoutée jusqu'au bout").role == "autre"


def test_a_count_of_some_informants_outside_an_inclusion_sentence_names_no_other_group(gaz):
    # near miss (round 11's dentists): "quatre praticiens sur six déclarent …" in the results is
    # some of the informants the methods described, not a second group that cancels their one trade
    lines = ["Six chirurgiens-dentistes libéraux exerçant dans le Gers ont été interrogés entre janvier et mars.",
             "Interrogés sur la CPTS de leur secteur, quatre praticiens sur six déclarent ne pas savoir si elle existe.",
             "« On m'a envoyé un mail, je crois, mais c'était écrit en sigles du début à la fin. » (CD4)",
             "« J'y suis allée une fois, on m'a demandé ce que je venais faire là, au milieu des médecins. » (CD6)"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "écrit en sigles").role == "autre"  # a dentist: no role of its own (earlier sets)
    assert _at(text, segs, "ce que je venais faire là").role == "autre"


def test_an_inclusion_sentence_makes_no_document_qualitative(gaz):
    # a quantitative thesis: "inclus" is no methods word of qualitative research, its quotation no verbatim
    lines = ["Deux cent douze patients ont été inclus dans l'étude entre 2021 et 2022.",
             "Le critère principal était défini comme « une hospitalisation non programmée dans les trente jours ».",
             "Le taux de réhospitalisation était de 12 % (IC 95 % : 8-16)."]
    text, segs = _segment(lines, gaz)
    assert not [s for s in segs if s.kind in ("verbatim", "turn")]


def test_a_credit_naming_a_practice_setting_and_no_trade_is_an_informant_of_the_studys_trade(gaz):
    # s30: "(E3, femme, 41 ans, MSP)" reads as autre by default; the practice's setting says a
    # professional informant: the methods' one trade
    lines = ["Dix masseurs-kinésithérapeutes installés dans le Cantal ont été interrogés en 2024.",
             "« Depuis l'accès direct, je vois arriver des patients que personne n'a examinés avant moi. » "
             "(K4, femme, 38 ans, cabinet de groupe)",
             "« Moi je refuse encore les lombalgies aiguës sans avis médical, par prudence. » (K7, homme, 55 ans, MSP)"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "personne n'a examinés avant moi").role == "kinesitherapeute"
    assert _at(text, segs, "sans avis médical, par prudence").role == "kinesitherapeute"


def test_a_lay_credit_without_a_practice_setting_stays_autre(gaz):
    # near miss: a patient's credit in a study of one trade ("(primipare, 29 ans)") is no informant's
    lines = ["Neuf sages-femmes libérales du Loiret ont été interrogées ; des patientes ont été entendues aussi.",
             "« J'ai attendu trois semaines pour un premier rendez-vous, alors que j'avais des saignements. » "
             "(primipare, 29 ans, Orléans)"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "trois semaines pour un premier").role == "autre"


def test_a_person_quoted_by_name_beside_the_study_does_not_veto_its_trade(gaz):
    # s39, unseen: a survey of podiatrists' free answers, then the union's president quoted by name with
    # his function; the anonymous answers keep the study's one trade
    lines = ["L'enquête en ligne a été diffusée en avril 2024 aux 640 pédicures-podologues libéraux du département ; "
             "152 ont répondu.",
             "« Les patients arrivent chez moi avec un mal perforant déjà ouvert. » (cabinet de groupe, 15 ans d'exercice)",
             "« Je fais quarante kilomètres pour un soin à domicile payé comme au cabinet. » (exercice seul, 6 ans)",
             "Pour Marc Vandenbussche, président du syndicat régional : « Ces chiffres confirment ce que nous disons "
             "depuis des années. »"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "mal perforant").role == "autre_paramedical"
    assert _at(text, segs, "Ces chiffres confirment").speaker == "Marc Vandenbussche"
    # near miss: an anonymous informant described with another trade still vetoes it
    lines[2] = "« Je fais quarante kilomètres pour un soin à domicile payé comme au cabinet. » (infirmière libérale)"
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "mal perforant").role != "autre_paramedical"


def test_an_unidentified_voice_is_none_of_the_studys_informants(gaz):
    # s49: "une voix" heard during an interview of nurses stays unknown
    lines = ["Méthode",
             "Six infirmières libérales de l'Aveyron ont été interrogées à leur domicile en 2023.",
             "Résultats",
             "« Les tournées du dimanche, c'est moi qui les fais depuis vingt ans, personne ne veut les prendre. » (E2)",
             "Pendant l'entretien, une voix lance depuis la cuisine : « Je te laisse le pain sur la table, je "
             "repasse ce soir ! »"]
    text, segs = _segment(lines, gaz, doc={"kind": "memoire"})
    assert _at(text, segs, "les tournées du dimanche".capitalize()).role == "infirmier"
    s = _at(text, segs, "je te laisse le pain".capitalize())
    assert s.kind == "verbatim" and s.role == "inconnu"
