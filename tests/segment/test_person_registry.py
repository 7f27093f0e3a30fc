"""Persons a document introduces once, then quotes under a shorter or odder form
(segment/person_registry.py): the first name alone after "Élodie (infirmière libérale, 38 ans)",
a nickname given by "dite « Zozo »", a code inside the guillemets ("… [MG5] »") or after them
("» (D4-MG)"), a code as the subject ("D2-P raconte :"), a lone first name in a text whose first
names are changed ("« … », raconte Sandra"). Near-misses: a capitalised word nobody introduced, an
author after a speech verb in a text that changes no first name, a code shape used once."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.person_registry import (
    _credit_codes,
    build_registry,
    field_person,
    lone_first_name,
    person_before,
    person_fields,
    renames_persons,
)


def test_first_name_again_after_a_described_first_mention(gazetteer):
    lines = ["Les gestes discrets de la coordination",
             "L'enquête a été menée en 2022 dans une maison de santé du Morvan.",
             "Le travail d'articulation repose sur des outils modestes. Élodie (infirmière libérale, 38 ans) "
             "tient un cahier au domicile des patients.",
             "La tension se rejoue lors des réunions. Élodie ajoute : « on nous demande de venir à 20 h après la "
             "tournée, alors forcément ce sont toujours les mêmes qui viennent »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "on nous demande de venir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Élodie", "infirmier")


def test_unseen_full_name_then_first_name_in_an_incise(gazetteer):
    # an unseen variant: the first mention gives a family name, the incise the first name alone
    lines = ["Les tournées du matin",
             "Karim Benali (masseur-kinésithérapeute, 41 ans) suit une trentaine de patients à domicile.",
             "« Le mardi je passe chez la même dame depuis six ans, je connais la clé sous le pot de fleurs », "
             "sourit Karim en rangeant son matériel."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "je connais la clé")
    assert s.kind == "verbatim"
    assert (s.speaker, s.role) == ("Karim Benali", "kinesitherapeute")


def test_nickname_in_an_incise_is_the_named_person(gazetteer):
    lines = ["Les soignantes du SSIAD",
             "Au volant, Marie-Josée Hoarau, dite « Zozo », aide-soignante depuis vingt-deux ans.",
             "« Les gens nous attendent derrière la porte, alors on prend le temps de parler un peu », "
             "explique Zozo en coupant le moteur."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    s = _at(text, segs, "Les gens nous attendent")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Marie-Josée Hoarau", "autre_paramedical")


def test_unseen_nickname_with_surnomme(gazetteer):
    reg = build_registry("Le docteur arrive. Jean-Paul Grondin, que tout le canton surnomme « Doc », "
                         "médecin généraliste à Cilaos, ouvre le cabinet.", gazetteer)
    assert reg["Doc"]["speaker"] == "Jean-Paul Grondin"


def test_code_inside_the_guillemets_and_after_them(gazetteer):
    lines = ["Résultats",
             "Douze médecins généralistes ont été interrogés. Ils sont désignés MG1 à MG12.",
             "Le premier frein évoqué est la crainte de perdre le lien. « Si c'est elle qui fait l'éducation "
             "thérapeutique, moi je le vois quand ? Une fois par an, c'est tout [MG5] ».",
             "D'autres décrivent un gain de temps : « je lui confie mes diabétiques, elle a une heure, moi "
             "j'ai quinze minutes » (MG9)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "moi je le vois quand").speaker == "MG5"
    assert _at(text, segs, "je lui confie mes diabétiques").speaker == "MG9"


def test_code_as_the_subject_and_its_series_role(gazetteer):
    lines = ["Résultats",
             "Huit dyades médecin-patient ont été constituées. D4-MG est le médecin de la dyade 4, D4-P son patient.",
             "Le patient retient la difficulté : « Le kiné le plus proche est à trente kilomètres, je n'ai plus le "
             "permis » (D4-P).",
             "D2-P raconte : « C'est l'infirmière qui a appelé le docteur quand mes jambes ont gonflé, moi je "
             "n'aurais pas osé. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    s = _at(text, segs, "qui a appelé le docteur")
    assert (s.kind, s.speaker) == ("verbatim", "D2-P")


def test_lone_first_names_in_a_text_that_changes_them(gazetteer):
    lines = ["Habiter loin du cabinet",
             "Nos entretiens ont été menés au domicile des habitants ; les prénoms sont fictifs.",
             "La distance n'est pas seulement kilométrique. Pour Yannick, « le cabinet est à dix minutes, mais il "
             "faut une voiture, et le bus passe deux fois par jour »."
             , "« Aux urgences au moins tu es sûr d'être vu, même si tu attends la nuit », raconte Sandra.",
             "D'autres mobilisent leurs réseaux. Wilner explique : « Ma cousine est infirmière, c'est elle que "
             "j'appelle d'abord. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    for snippet, name in (("le cabinet est à dix minutes", "Yannick"), ("Aux urgences au moins", "Sandra"),
                          ("Ma cousine est infirmière", "Wilner")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker) == ("verbatim", name)


def test_near_miss_an_author_in_a_text_that_changes_no_name(gazetteer):
    # no "prénoms modifiés": a lone capitalised word after a speech verb is not taken for an informant
    lines = ["Cadre théorique",
             "La coordination est un travail invisible. « L'articulation est le travail qui permet aux autres "
             "de se faire », écrit Strauss dans son dernier ouvrage."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "L'articulation est le travail").kind == "narrative"


def test_near_miss_common_words_and_single_codes(gazetteer):
    text = "Les prénoms ont été modifiés. Certains ajoutent que les certains jours sont durs."
    assert renames_persons([text])
    assert lone_first_name("Certains", gazetteer, text) == ""  # a determiner, whatever its case
    assert lone_first_name("Cayenne", gazetteer, text) == ""  # a place
    assert person_before("Beaucoup de choses changent. Certains ajoutent :", {}, True, gazetteer, text) is None
    # a code shape used once (a formula in passing) is nobody
    assert "CO2" not in build_registry("Le taux de CO2 monte dans la salle d'attente.", gazetteer)
    assert not renames_persons(["Vingt entretiens ont été menés en 2021."])


def test_first_name_apposed_to_a_description_in_the_lead(gazetteer):
    from corpus.segment.person_registry import apposed_first_name

    text = "L'infirmière libérale qui le suit depuis six ans, Sandrine, ajoute :"
    assert apposed_first_name(text, gazetteer, text) == "Sandrine"
    # an unseen variant: another description and verb
    text = "Le pharmacien du bourg, installé depuis 2009, Mathieu, le reconnaît volontiers :"
    assert apposed_first_name(text, gazetteer, text) == "Mathieu"
    # near-misses: a place between the commas, no person described before the name
    text = "L'infirmière libérale du secteur, Cayenne, raconte :"
    assert apposed_first_name(text, gazetteer, text) == ""
    text = "Le rapport de la commission, Ségur, conclut :"
    assert apposed_first_name(text, gazetteer, text) == ""


# s25-segattr6: minutes that list those present by civility, full name and what they do, then name
# them by civility and surname ("Le Dr Perrin indique … Il ajoute : « … »"): the speaker is the
# full name of the first mention, the role its description's.
def test_civility_and_surname_stand_for_the_full_name_of_the_list(gazetteer):
    registry = build_registry("Présents : Mme Colette Bernardin, demeurant à Cuisery, plaignante ; le Dr Alain "
                              "Perrin, médecin généraliste à Tournus ; le Dr Marc Vuillet, conseiller ordinal.",
                              gazetteer)
    assert registry["Dr Perrin"]["speaker"] == "Alain Perrin"
    assert registry["Dr Perrin"]["role"] == "medecin_generaliste"
    assert (registry["Mme Bernardin"]["speaker"], registry["Mme Bernardin"]["role"]) == ("Colette Bernardin", "autre")


def test_unseen_hearing_minutes_name_the_parties_by_civility(gazetteer):
    # an unseen variant: a pharmacist and a patient's son at a commission, other words and places
    lines = ["Commission de conciliation du 3 juin 2024",
             "Étaient présents : M. Bruno Lacaze, fils de la patiente, domicilié à Nérac ; Mme Sylvie Darrigade, "
             "pharmacienne titulaire à Agen.",
             "M. Lacaze rappelle les faits. Il déclare : « On m'a rendu les boîtes sans un mot, et ma mère a pris "
             "deux fois la dose pendant une semaine. »",
             "Mme Darrigade reconnaît l'erreur de délivrance. Elle précise : « Nous avons changé la double "
             "vérification au comptoir depuis le mois de mars. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    son = _at(text, segs, "ma mère a pris deux fois la dose")
    assert (son.kind, son.speaker) == ("verbatim", "Bruno Lacaze")
    chemist = _at(text, segs, "la double vérification au comptoir")
    assert (chemist.kind, chemist.speaker, chemist.role) == ("verbatim", "Sylvie Darrigade", "pharmacien")


def test_near_miss_a_civility_and_surname_two_persons_share(gazetteer):
    # two doctors of one family: "Dr Martin" stands for neither
    registry = build_registry("Présents : le Dr Paul Martin, médecin généraliste à Auch ; le Dr Anne Martin, "
                              "pédiatre à Auch.", gazetteer)
    assert "Dr Martin" not in registry
    # a civility and a full name with no apposition describes nobody: no form registered
    assert "Dr Roux" not in build_registry("Le Dr Hélène Roux a signé le procès-verbal.", gazetteer)


# s25-segattr6: a newsletter presents its nurse by first name in an apposition ("autour de Farid,
# slameur, et de Mélanie, infirmière du centre."), then "Mélanie observe … : « … »" paragraphs on.
def test_a_first_name_presented_in_an_apposition_then_quoted(gazetteer):
    lines = ["Les mots du jeudi : l'atelier slam a un an",
             "Chaque jeudi, au CSAPA de Lens, une dizaine de personnes se retrouvent autour de Farid, slameur, et de "
             "Mélanie, infirmière du centre. On y écrit, on y lit.",
             "Mélanie observe les effets de l'atelier sur le suivi : « Des gens qui ne disaient pas un mot en "
             "entretien individuel viennent me lire leur texte. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "ne disaient pas un mot")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Mélanie", "infirmier")


def test_unseen_apposed_first_name_and_near_misses(gazetteer):
    # an unseen variant: a pharmacist presented in a mountain village's bulletin
    registry = build_registry("Au comptoir, on trouve souvent Bastien, pharmacien adjoint, qui connaît "
                              "tout le monde.", gazetteer)
    assert (registry["Bastien"]["speaker"], registry["Bastien"]["role"]) == ("Bastien", "pharmacien")
    # near misses: a family name after a first name ("Marie Dupont, infirmière": "Dupont" alone is
    # no form), a place with a description ("à Lens, ville minière"), a word the text also writes in
    # lower case
    registry = build_registry("Nous avons rencontré Marie Dupont, infirmière à Arras. Le centre est à Lens, ville "
                              "minière, où la Maison, lieu d'accueil, ouvre le jeudi ; la maison reçoit.", gazetteer)
    assert "Dupont" not in registry and "Lens" not in registry and "Maison" not in registry


def test_a_press_follow_up_by_first_name_or_surname_is_the_person_quoted_in_full(gazetteer):
    """s28-segr48a (round 48's regional press piece): "« … », explique Marie-Ange Santoni, infirmière au
    centre." then "« … », ajoute Marie-Ange.": the second quote is hers, with her role. Unseen: another
    town and profession, the surname alone. Near-miss: a first name two persons quoted in full share."""
    lines = ["Lure : la maison de santé accueille ses premiers patients",
             "« Dès le premier jour, la salle d'attente était pleine et le téléphone sonnait sans arrêt », "
             "explique Thomas Girardot, pharmacien dans la commune.",
             "L'hiver, les routes compliquent tout. « On va livrer les médicaments aux personnes isolées du plateau », "
             "ajoute Girardot.",
             "« On espère recruter un deuxième médecin avant l'été, sinon la liste d'attente va exploser », "
             "précise Thomas."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "presse"})
    for snippet in ("On va livrer les médicaments", "On espère recruter"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role) == ("verbatim", "Thomas Girardot", "pharmacien"), snippet
    twins = ["Deux infirmières au chevet du canton",
             "« On se relaie sept jours sur sept, même à Noël, et les patients le savent bien », explique Julie "
             "Morel, infirmière libérale.",
             "« Les tournées font deux cents kilomètres par jour quand il neige sur le plateau », explique Julie "
             "Vernier, infirmière à domicile.",
             "« On ne tiendra pas dix ans à ce rythme-là, il faut que des jeunes s'installent », ajoute Julie."]
    text, segs = _segment(twins, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "On ne tiendra pas dix ans").speaker not in ("Julie Morel", "Julie Vernier")


# s29-segr50a: the first element of the parentheses crediting a document's quotations is the
# speaker's code, whatever its shape, when the document uses that shape for two quotations or more
# (or names the series in its methods); a reference, a group session or a place is none.
def test_code_of_any_shape_first_in_the_credit_parentheses(gazetteer):
    lines = ["Résultats – Le retour à domicile",
             "Six sages-femmes libérales (SF-L1 à SF-L6) et trois sages-femmes hospitalières (SF-H1 à SF-H3) "
             "exerçant à Bastia ont été interrogées.",
             "« Pour une maman du Cap, je compte la matinée entière, avec la route l'hiver c'est encore moins. » "
             "(SF-L3, libérale, Bastia)",
             "« On sort les mamans à J2 parce qu'il n'y a plus de lits, et après on ne sait pas qui les voit. » "
             "(SF-H1, maternité de Bastia)"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert (_at(text, segs, "je compte la matinée").speaker, _at(text, segs, "on ne sait pas qui").speaker) \
        == ("SF-L3", "SF-H1")
    assert _at(text, segs, "je compte la matinée").role == "sage_femme"


def test_unseen_participant_word_and_number_first_in_the_credit_parentheses(gazetteer):
    # an unseen variant: residents numbered, after an incise too, another place and trade
    lines = ["Le vécu de l'entrée en EHPAD",
             "Onze résidents ont été interrogés en entretien semi-directif dans deux EHPAD de Vesoul.",
             "Le départ de la maison revient souvent : « On m'a dit que c'était pour un mois, et ça fait deux ans "
             "que je suis là » (Résident 3, homme, 88 ans, Vesoul).",
             "« Ici je mange à l'heure, mais je ne choisis plus rien de ma journée », confiait une autre "
             "résidente (Résident 7, femme, 91 ans, Vesoul)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "c'était pour un mois").speaker == "Résident 3"
    assert _at(text, segs, "je ne choisis plus rien").speaker == "Résident 7"


def test_references_first_in_parentheses_are_no_speaker_codes(gazetteer):
    # near-misses: pages, tables and group sessions repeated after quotations name nobody
    codes = _credit_codes("« La coordination est un travail invisible » (p. 12). « Le soin est un travail » (p. 47). "
                         "« Un taux de 12 % » (Tableau 2). « Un taux de 30 % » (Tableau 3). "
                         "« Entre les tournées, rien » (FG1, infirmière). « On nous demande tout » (FG2, médecin). "
                         "« Les délais s'allongent » (Dupont, 2019). « Rien ne change » (Martin 2021). "
                           "« Plus de lits » (Lyon 3, 2020). « Moins de lits » (Lyon 8, 2021).", gazetteer)
    assert not codes


def test_code_in_parentheses_after_the_subject_before_the_colon(gazetteer):
    lines = ["Analyse des entretiens",
             "J'ai interrogé quatre infirmières du centre hospitalier de Mamoudzou.",
             "L'infirmière 2 (IDE2), en poste aux urgences depuis trois ans, explique : « Quand il n'y a pas de "
             "collègue qui parle shimaoré, je fais avec les gestes et les dessins. »",
             "Le recours aux enfants est évoqué : « Faire traduire un diagnostic par un garçon de dix ans, ce "
             "n'est pas bien » (IDE1)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "je fais avec les gestes").speaker == "IDE2"


def test_unseen_code_after_the_subject_of_another_trade(gazetteer):
    lines = ["Les freins à la délégation",
             "Cinq pharmaciens d'officine de l'Aveyron ont été interrogés.",
             "Le pharmacien adjoint (PH3), installé à Rodez, raconte : « Le renouvellement, on le fait déjà à moitié, "
             "mais personne ne nous a demandé notre avis. »",
             "« Les patients arrivent avec une ordonnance périmée depuis des mois » (PH1)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert _at(text, segs, "personne ne nous a demandé").speaker == "PH3"


# s29-segr50a: a form's record names its person in a field ("Résident : Mme T., 89 ans"); a later field
# naming that person by the same noun holds their words, a field naming someone else nobody's
def _field_speaker(text: str, snippet: str) -> str:
    found = field_person(text, text.index(snippet), person_fields(text))
    return found["speaker"] if found else ""


def test_form_field_naming_the_resident_gives_the_speaker():
    text = ("Annexe III – Extraits de documents de liaison d'urgence (EHPAD de Guéret, anonymisés)\n"
            "DLU n°1\nRésident : Mme T., 89 ans\nPathologies principales : insuffisance cardiaque\n"
            "Souhaits exprimés par le résident (ses mots) : « Je ne veux plus repartir, je veux mourir ici. »\n"
            "DLU n°2\nRésident : M. B., 93 ans\n"
            "Souhaits exprimés par le résident (ses mots) : « Qu'on me laisse mon oxygène et ma radio. »\n"
            "Propos de la famille : « Papa a toujours dit qu'il ne voulait pas de tuyaux. »\n")
    assert _field_speaker(text, "« Je ne veux plus") == "Mme T."
    assert _field_speaker(text, "« Qu'on me laisse") == "M. B."
    assert _field_speaker(text, "« Papa a toujours") == ""


def test_unseen_form_field_naming_the_patient():
    text = ("Annexe 2 – Fiches de sortie d'hospitalisation à domicile (Albi)\nFiche 1\nPatiente : Mme R., 77 ans\n"
            "Traitement de sortie : anticoagulant, diurétique\n"
            "Attentes de la patiente (verbatim) : « Je veux juste pouvoir retourner au jardin avant l'été. »\n")
    assert _field_speaker(text, "« Je veux juste") == "Mme R."


def test_field_of_another_person_or_a_sentence_names_nobody():
    # near-misses: the carer's field; a sentence of the memoir after the record, no field label
    text = ("Patient : M. R., 77 ans\n"
            "Remarque de l'aidant : « Je ne pourrai pas le porter tout seul dans l'escalier. »\n"
            "Le patient a ensuite confié à l'équipe que « le retour à domicile lui faisait peur ».\n")
    assert _field_speaker(text, "« Je ne pourrai") == ""
    assert _field_speaker(text, "« le retour") == ""


def test_a_named_persons_trade_given_before_the_name_elsewhere(gazetteer):
    # s30: "Trois questions à… Mathieu Lecoq, président de la CPTS" over his answers; the standfirst
    # fronts his trade: "Infirmier libéral à Écouché depuis 2009, Mathieu Lecoq préside …"
    from corpus.segment.person_registry import presented_trade

    text = ("Trois questions à… Sandrine Audoin, présidente de la CPTS du Haut-Jura\n"
            "Pharmacienne titulaire à Morez depuis 2011, Sandrine Audoin préside la communauté depuis mars.\n")
    assert presented_trade(text, "Sandrine Audoin")[0] == "pharmacien"


def test_two_trades_for_one_name_give_none(gazetteer):
    # near miss: the name given two trades (a homonym, or a career change) settles nothing
    from corpus.segment.person_registry import presented_trade

    text = ("Sandrine Audoin, pharmacienne à Morez, a ouvert la réunion.\n"
            "Infirmière libérale à Saint-Claude, Sandrine Audoin a présenté le protocole.\n")
    assert presented_trade(text, "Sandrine Audoin") == ("", "")


def test_unseen_a_standfirst_presents_two_persons_in_full_then_quotes_them_by_first_name(gazetteer):
    """s31-segr56b: a staff magazine's standfirst, "Sandrine Lefort, aide-soignante de nuit, et Yannick
    Morel, agent de stérilisation, …", then "…, sourit Sandrine": the first name is the person presented
    in full. Near misses: a quotation's incise opening on "que" (what she thinks of a text named in
    guillemets, not her words), and the end of a longer capitalised run."""
    lines = ["Double regard : une nuit, deux métiers",
             "Ce trimestre, Sandrine Lefort, aide-soignante de nuit en gériatrie, et Yannick Morel, brancardier "
             "aux urgences, ont suivi la même garde.",
             "À minuit, le couloir est calme. « Je pensais qu'il dormait pendant les gardes. En fait, il n'a "
             "pas arrêté de la nuit », sourit Sandrine.",
             "Ensemble, ils ont relu la fiche « Prévention des chutes la nuit en service de gériatrie », que "
             "Sandrine juge « bien trop longue pour être lue à trois heures du matin »."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "il n'a pas arrêté de la nuit")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Sandrine Lefort", "autre_paramedical")
    assert _at(text, segs, "Prévention des chutes la nuit").kind != "verbatim"
    registry = build_registry("Le Centre Hospitalier Sud, établissement public de santé, recrute.", gazetteer)
    assert "Hospitalier Sud" not in registry and "Hospitalier" not in registry


def test_a_named_persons_trade_as_the_predicate_of_a_copula(gazetteer):
    # s33-segr58b: the standfirst under "Trois questions à Lucie Berthod" says what she is with a
    # copula: "Lucie Berthod est ergothérapeute au centre depuis 2019 et anime …"
    from corpus.segment.person_registry import presented_trade

    text = ("Trois questions à Lucie Berthod\n"
            "Lucie Berthod est ergothérapeute au centre de rééducation depuis 2019 et anime l'atelier mémoire.\n")
    assert presented_trade(text, "Lucie Berthod")[0] == "autre_paramedical"


def test_a_copula_whose_predicate_names_no_trade_gives_none(gazetteer):
    # near miss: the copula says where or how she is, not what she does
    from corpus.segment.person_registry import presented_trade

    text = "Lucie Berthod est arrivée au centre de rééducation en 2019 et anime l'atelier mémoire.\n"
    assert presented_trade(text, "Lucie Berthod") == ("", "")


# s34-segr59a: the persons a methods sentence lists after a colon ("deux aides-soignantes : Nadia, …, et
# Inès, …") and the person the author names by a pseudonym are registered; near misses: a label's
# address after its colon ("Animatrice : Julie, tu commences ?"), the word before a naming clause
# ("à Condat, que j'appellerai …": no person Condat).
def test_persons_listed_after_a_colon_and_named_by_the_author(gazetteer):
    text = ("J'ai rencontré deux aides-soignantes : Nadia, aide-soignante en EHPAD depuis dix ans, et Inès, "
            "aide-soignante à domicile.\nAnimatrice : Julie, tu commences ?\n"
            "Le kinésithérapeute installé à Condat, que j'appellerai Paul, consulte le matin.\n")
    registry = build_registry(text, gazetteer)
    assert registry["Nadia"]["role"] == "autre_paramedical" and registry["Inès"]["speaker"] == "Inès"
    assert "Julie" not in registry and "Condat" not in registry
    assert (registry["Paul"]["speaker"], registry["Paul"]["role"]) == ("Paul", "kinesitherapeute")
    lines = ["J'ai rencontré deux aides-soignantes : Nadia, aide-soignante en EHPAD depuis dix ans, et Inès, "
             "aide-soignante à domicile.",
             "Nadia revient pourtant sur la question du temps : « On me donne vingt minutes pour une toilette, "
             "je les prends, et je finis plus tard le soir. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    s = _at(text, segs, "On me donne vingt minutes")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Nadia", "autre_paramedical")




# s34-segr59c: the words after a name in an incise that say when or where it was said ("…, conclut Nadia
# Rémy à l'issue de la réunion") describe no one: the trade the document gives that name elsewhere (a
# list of participants) is the role, not "autre".
def test_a_circumstance_after_the_name_leaves_the_role_to_its_presentation():
    from types import SimpleNamespace

    from corpus.segment.person_registry import apply_presented_trades

    text = ("Étaient présents : Nadia Rémy, coordinatrice de la MSP de Langogne ; Paul Astruc, kinésithérapeute.\n"
            "« Il faudra revoir le planning des gardes », conclut Nadia Rémy à l'issue de la réunion.\n"
            "« On a trop de patients », ajoute Paul Astruc, retraité depuis peu.\n")

    def seg(speaker, role_raw):
        return SimpleNamespace(kind="verbatim", speaker=speaker, role="autre", role_raw=role_raw)

    said = [seg("Nadia Rémy", "à l'issue de la réunion"), seg("Paul Astruc", "retraité depuis peu")]
    apply_presented_trades(said, text, ("verbatim", "turn"))
    assert (said[0].role, said[0].role_raw) == ("coordinateur", "coordinatrice de la MSP de Langogne")
    # near miss: words after the name that describe the person ("retraité") keep the role they give
    assert (said[1].role, said[1].role_raw) == ("autre", "retraité depuis peu")


# s34-segr60b: minutes listing those present as "civility, full name (quality)", then quoting them by
# civility and surname; a lead naming a pseudonym in guillemets; a field "Function : Full Name" and
# the first name alone later

def test_minutes_civility_surname_is_the_full_name_of_the_list(gazetteer):
    lines = ["Comité des usagers de la maison de santé – séance du 3 avril",
             "Présents : M. Bernard Lemaire (usager, quartier des Tilleuls) ; Dr Hélène Vautrin (dermatologue, "
             "cabinet secondaire) ; Mme Odile Faure (conseillère municipale déléguée à la santé).",
             "M. Lemaire : « Le parking est plein dès huit heures, les personnes âgées se garent dans la rue. »",
             "Dr Vautrin : « Les créneaux du jeudi seront ouverts en ligne à partir du mois prochain. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Le parking est plein")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Bernard Lemaire", "autre")
    s = _at(text, segs, "Les créneaux du jeudi")
    # the description of the list (a dermatologist), not the civility's doctor
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Hélène Vautrin", "medecin_specialiste")


def test_near_miss_civility_surname_nobody_listed(gazetteer):
    lines = ["Comité des usagers de la maison de santé – séance du 3 avril",
             "Présents : les usagers du comité et l'équipe de la maison de santé.",
             "M. Lemaire : « Le parking est plein dès huit heures, les personnes âgées se garent dans la rue. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Le parking est plein")
    assert (s.kind, s.speaker) == ("verbatim", "M. Lemaire")
    assert "M. Lemaire" not in build_registry(text, gazetteer)


def test_pseudonym_in_guillemets_leading_the_quotation(gazetteer):
    lines = ["Bilan annuel de l'accueil de jour",
             "Les personnes accueillies ont choisi le nom sous lequel elles apparaissent ici.",
             "« Papillon » (pseudonyme), 52 ans, rencontré à la laverie : « Ici personne ne me regarde de travers "
             "quand j'arrive avec mon sac. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Ici personne ne me regarde")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Papillon", "autre")
    # the name without guillemets, its parenthesis saying it is a pseudonym
    from corpus.segment.person_registry import pseudonym_lead

    found = pseudonym_lead("Bruno (pseudonyme), 60 ans, hébergé au foyer : « Je viens pour la douche. »", 47, gazetteer)
    assert (found["speaker"], found["role"]) == ("Bruno", "autre")


def test_near_miss_a_title_in_guillemets_is_no_pseudonym(gazetteer):
    lines = ["Bilan annuel de l'accueil de jour",
             "« Papillon » (atelier d'écriture), séance de mars : « Ici personne ne me regarde de travers "
             "quand j'arrive avec mon sac. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    s = _at(text, segs, "Ici personne ne me regarde")
    assert s.speaker != "Papillon"


def test_field_naming_a_trade_then_the_first_name_alone(gazetteer):
    text = ("Lieu : pharmacie du Port. Tutrice : Dr Agnès Kervella, pharmacienne titulaire. "
            "Préparatrice de l'officine : Lucie Tanguy.\nMatinée avec Lucie, qui range la commande.")
    reg = build_registry(text, gazetteer)
    assert reg["Lucie"]["speaker"] == "Lucie Tanguy" and reg["Lucie"]["role"] == "autre_paramedical"
    assert reg["Agnès"]["speaker"] == "Agnès Kervella" and reg["Agnès"]["role"] == "pharmacien"


def test_near_miss_a_field_saying_no_trade(gazetteer):
    reg = build_registry("Contact : Lucie Tanguy.\nRédaction : Paul Le Bris.", gazetteer)
    assert "Lucie" not in reg and "Lucie Tanguy" not in reg


def test_a_comma_then_a_conjunction_opens_the_next_person(gazetteer):
    # s41 (round 85): "La coordinatrice, Amandine Levasseur, et le maire, Pascal Verdier, …"
    from corpus.segment.person_registry import build_registry

    registry = build_registry("La secrétaire, Julie Marchand, et le maire, Paul Gaillard, ont accueilli les "
                              "visiteurs.", gazetteer)
    assert registry.get("Julie Marchand", {}).get("role", "") != "elu"


def test_one_described_code_of_a_series_gives_its_role_only_when_the_letters_name_it(gazetteer):
    # s43 (round 88): "R45, infirmière" does not make "R203", who gave no profession, a nurse; the
    # letters "MG" of "MG2" name the role their series' "MG5" has
    lines = ["Résultats du questionnaire",
             "Le manque de temps domine : « ils viennent quand c'est déjà une entorse de dix jours, on ne peut "
             "rien faire de plus » (R45, infirmière, 38 ans).",
             "Un répondant n'ayant renseigné ni sa profession ni sa commune va plus loin : « Personne ne leur "
             "explique comment marche la sécu en arrivant, ça devrait faire partie du contrat » (R203).",
             "Un généraliste le dit autrement : « je vois des entorses de dix jours tous les lundis, c'est "
             "trop tard » (MG5, médecin généraliste, 52 ans).",
             "« Je n'ai plus de place pour eux avant avril, je leur donne mon portable » (MG2)."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "memoire"})
    assert _at(text, segs, "comment marche la sécu").role in ("", "inconnu")
    assert _at(text, segs, "je leur donne mon portable").role == "medecin_generaliste"


# s44: a label puts the speaker under a body ("CPTS (Claire Petit) :"): where she works, not what she
# does; the list of those present says it ("Mme Claire Petit, coordinatrice")
BODY_LABELS = [
    "Compte rendu – revue annuelle de l'accord conventionnel – CPTS du Val de Sambre",
    "Présents : pour la caisse primaire, Mme Ingrid Lefèvre, responsable des relations avec les professionnels ; "
    "pour la CPTS, Dr Marc Dubois, médecin généraliste, président, Mme Claire Petit, coordinatrice.",
    "CPAM (Mme Ingrid Lefèvre) : L'indicateur de l'accès au médecin traitant progresse, sans atteindre l'objectif.",
    "CPTS (Dr Marc Dubois) : Trois médecins sont partis à la retraite cette année à Jeumont.",
    "CPTS (Claire Petit) : Le tableau des départs est prêt, je le transmets cette semaine.",
    "CPAM (Mme Ingrid Lefèvre) : Nous l'étudierons avant la fin du mois.",
]


def test_a_body_over_the_name_yields_to_the_trade_the_list_gives(gazetteer):
    text, segs = _segment(BODY_LABELS, gazetteer)
    coordinator = _at(text, segs, "Le tableau des départs est prêt")
    assert (coordinator.kind, coordinator.role) == ("turn", "coordinateur")
    assert _at(text, segs, "L'indicateur de l'accès").role == "institutionnel_cpam"


def test_a_focus_group_session_named_in_the_methods_is_no_person(gazetteer):
    """s45 (round 93's CPTS synthesis): the methods name the sessions like people ("GF1, professionnels
    libéraux (8 participants) ; GF2, …"), the credits then "[GF1, infirmière libérale, Jeumont]": the
    participant the credit describes speaks, unnamed, not the session."""
    text, segs = _segment([
        "Deux groupes focaux ont été animés par la coordinatrice : GF1, professionnels libéraux (7 participants) ; "
        "GF2, habitants du quartier du Chemin-Vert (9 participants).",
        "Les délais pèsent sur tous. « On attend le cardiologue cinq mois, alors on bricole » [GF1, médecin "
        "généraliste, Boulogne-sur-Mer].",
        "« Le bus ne passe plus après dix-huit heures, je rate mes rendez-vous » [GF2, habitante, Outreau].",
    ], gazetteer)
    gp = _at(text, segs, "alors on bricole")
    assert (gp.kind, gp.speaker, gp.role) == ("verbatim", "", "medecin_generaliste")
    assert _at(text, segs, "je rate mes rendez-vous").speaker == ""


FIELD_NOTES = [
    "6.2. Une matinée avec Maryse",
    "Maryse travaille depuis neuf ans pour un service d'aide à domicile du canton. Je l'ai suivie pendant dix journées.",
    "Notes de terrain, 12 janvier 2020, Eymoutiers",
    "9 h 10. M. Peyrat, 88 ans, attend dans la cuisine. Maryse ouvre les volets et allume la radio.",
    "M. Peyrat, sans lever les yeux : « Vous avez vu le temps, je croyais que personne ne monterait ce matin. »",
    "Maryse rit et répond en posant son sac : « Il en faudrait plus pour me faire peur, monsieur Peyrat. »",
    "9 h 30. Maryse appelle l'infirmière depuis la voiture, le pilulier de la veille est encore plein.",
]


def test_a_first_name_the_notes_open_their_sentences_with_speaks_after_a_colon(gazetteer):
    # s54: "Maryse ouvre …", "Maryse rit et répond … :", "Maryse appelle …": a person the notes follow;
    # "M. Peyrat, sans lever les yeux :": a civility, a manner, a colon
    text, segs = _segment(FIELD_NOTES, gazetteer)
    assert _at(text, segs, "Il en faudrait plus pour me faire peur").speaker == "Maryse"
    p = _at(text, segs, "Vous avez vu le temps, je croyais")
    assert (p.kind, p.speaker) == ("verbatim", "M. Peyrat")


def test_recurring_subjects_are_first_names_never_written_small():
    from conftest import GAZETTEER_PATH

    from corpus.segment.person_registry import recurring_subjects
    from corpus.segment.regions import load_gazetteer

    text = ("Maryse ouvre les volets. Depuis mardi, rien. Maryse appelle. Depuis hier aussi. Maryse note tout.\n"
            "Depuis le début, la pluie. Limoges attend. Limoges vote. Limoges décide.")
    assert recurring_subjects(text, load_gazetteer(str(GAZETTEER_PATH))) == ["Maryse"]  # not a place, not "Depuis"
