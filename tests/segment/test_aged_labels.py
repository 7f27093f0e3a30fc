"""Labels that give a first name and an age in parentheses, as a users' focus group names its
participants (segment/aged_labels.py): "Gisèle (72 ans) : …", "Jean-Claude (66 ans, aidant) :
…". Look-alike: a list of patients' cases in the same form, which says nobody's words."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.aged_labels import aged_introduction, aged_person


def test_an_age_first_and_speaking_lines_make_a_person():
    assert aged_person("72 ans", ["Gisèle (72 ans) : Pour moi, rien."])
    assert aged_person("66 ans, aidant", ["Jean-Claude (66 ans, aidant) : Moi je m'occupe de ma femme."])
    assert not aged_person("72 ans", ["Gisèle (72 ans) : diabète, vit seule."])
    assert not aged_person("Lot", ["Gisèle (Lot) : Pour moi, rien."])
    assert not aged_person("72 ans", [])


def test_a_users_focus_group_labelled_by_first_name_and_age(gazetteer):
    lines = ["Annexe 3 – Groupe d'usagers de Pontivy (12 mars 2022)",
             "Animatrice : Qu'est-ce qui a changé pour vous depuis le covid ?",
             "Gisèle (72 ans) : Pour moi, rien. J'attends toujours trois semaines pour le docteur.",
             "Jean-Claude (66 ans, aidant) : Moi je m'occupe de ma femme, et l'infirmière passe tous les matins.",
             "Animatrice : Vous connaissez la CPTS ?",
             "Maryse (45 ans) : Moi si, parce que j'ai eu le numéro pour le vaccin de ma mère."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "rapport"})
    first = _at(text, segs, "Pour moi, rien")
    assert (first.kind, first.speaker) == ("turn", "Gisèle")
    assert (_at(text, segs, "Moi je m'occupe de ma femme").kind, _at(text, segs, "Moi je m'occupe").speaker) \
        == ("turn", "Jean-Claude")
    assert _at(text, segs, "Moi si, parce que").speaker == "Maryse"
    assert _at(text, segs, "Vous connaissez la CPTS").kind == "moderator"


def test_a_list_of_patients_cases_in_the_same_form_has_no_turn(gazetteer):
    lines = ["Tableau 2. Patients suivis par l'équipe pendant le premier confinement",
             "Gisèle (72 ans) : diabète de type 2, vit seule, deux passages infirmiers par jour.",
             "Marcel (81 ans) : insuffisance cardiaque, sortie d'hospitalisation en avril.",
             "Yvette (77 ans) : troubles cognitifs, aidée par sa fille."]
    text, segs = _segment(lines, gazetteer, doc={"kind": "these"})
    assert all(s.kind not in ("verbatim", "turn", "moderator") for s in segs)


def _call(gazetteer, intro: str, first: str, second: str, third: str, fourth: str, study: str = ""):
    lines = ["Annexe 3 – Transcription de deux appels", *([study] if study else []), intro,
             first, second, third, fourth]
    return _segment(lines, gazetteer, doc={"kind": "memoire"})


def test_a_label_by_initial_presented_with_an_age_is_the_person_cared_for(gazetteer):

    # s25-segwritten6: telemonitoring calls of a nursing memoir, "M. H., 69 ans, vit seul à …" then
    # "M. H. : …" turns: the patient (autre), not the nurses' trade the study names
    study = "Nous avons mené des entretiens semi-directifs avec six infirmières de télésuivi interrogées en 2023."
    text, segs = _call(gazetteer, "M. H., 69 ans, vit seul à Saint-Joseph ; il est suivi depuis sa sortie d'hospitalisation.",
                       "IDE : Bonjour monsieur, vous vous êtes pesé ce matin ?",
                       "M. H. : Oui, la balance dit 78, je crois que c'est un peu plus qu'hier.",
                       "IDE : Et les chevilles, elles sont gonflées ce soir ?",
                       "M. H. : Un peu le soir, mais avec la chaleur je pense que c'est normal.", study)
    s = _at(text, segs, "la balance dit 78")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. H.", "autre")
    # unseen: a daughter caring for her mother, another label for the professional, another region
    text, segs = _call(gazetteer, "Mme R., 54 ans, aide sa mère chaque soir dans leur maison de Vitré.",
                       "Kiné : Votre mère a-t-elle pu faire les exercices de la semaine ?",
                       "Mme R. : Elle a fait les marches dans le couloir, moi je l'ai aidée au début.",
                       "Kiné : Est-ce qu'elle a eu peur de tomber cette fois-ci ?",
                       "Mme R. : Non, elle était plutôt contente, on a même fait le tour du jardin.")
    s = _at(text, segs, "marches dans le couloir")
    assert (s.speaker, s.role) == ("Mme R.", "autre")


def test_an_aged_introduction_naming_a_trade_or_a_title_is_no_patient(gazetteer):

    # near-miss: the apposition names a trade: that trade, not autre
    text, segs = _call(gazetteer, "Mme L., 45 ans, sage-femme libérale à Ajaccio, a accepté d'être enregistrée.",
                       "ENQ : Depuis quand faites-vous des visites à domicile après la maternité ?",
                       "Mme L. : Depuis le début, en 2021, je passe voir les mamans le lendemain de la sortie.",
                       "ENQ : Et les généralistes, vous arrivez à les joindre facilement ?",
                       "Mme L. : Ça dépend des personnes, certains me rappellent le jour même.")
    s = _at(text, segs, "je passe voir les mamans")
    assert (s.speaker, s.role) == ("Mme L.", "sage_femme")
    # near-miss: a trade's title ("Dr") with an initial is no anonymised patient
    assert aged_introduction("Dr H.", ["Dr H., 52 ans, installé depuis vingt ans à Lannion."]) == ""
    assert aged_introduction("M. H.", ["M. H. : 69 ans, je vis seul."]) == ""
    assert aged_introduction("M. H.", ["M. H., 69 ans, vit seul."]) == "69 ans, vit seul"


def _round(gazetteer, direction: str, label: str, patient: str, nurse_after: str):
    lines = ["Annexe 4 – Entretien embarqué avec Odile, infirmière libérale (tournée du 3 mai 2024)",
             "Moi : Vous commencez toujours par les mêmes patients ?",
             "Odile : Oui, les insulines d'abord, avant le petit déjeuner, ça ne peut pas attendre.",
             direction, f"{label} : {patient}", f"Odile : {nurse_after}",
             "Moi : Et le médecin, vous arrivez à le joindre dans la journée ?",
             "Odile : Par SMS, il répond le soir, c'est comme ça ici."]
    return _segment(lines, gazetteer, doc={"kind": "memoire"})


def test_a_label_by_surname_presented_with_an_age_in_a_sentence_is_the_person_cared_for(gazetteer):

    # s27-segrole2 (round 41): "Arrêt chez M. Santini, 88 ans, injection d'insuline." then "M. Santini : …"
    # during a nurse's round: the patient (autre), the age in the middle of the narration's sentence
    text, segs = _round(gazetteer, "Arrêt chez M. Santini, 88 ans, injection d'insuline.", "M. Santini",
                        "Elle est plus fidèle que mon médecin, lui je l'ai pas vu depuis l'été.",
                        "Il exagère, le docteur passe quand il peut.")
    s = _at(text, segs, "plus fidèle que mon médecin")
    assert (s.kind, s.speaker, s.role) == ("turn", "M. Santini", "autre")
    assert _at(text, segs, "Il exagère, le docteur").role == "infirmier"
    # unseen: a relative with a two-word surname, introduced after what the visit is for
    text, segs = _round(gazetteer, "Pansement de jambe au Cloître ; sa fille, Mme Le Goff, 61 ans, nous ouvre.",
                        "Mme Le Goff", "Ma mère ne veut plus aller à l'hôpital, vous le savez bien.",
                        "On en reparlera avec le docteur jeudi, on ne décide rien ce matin.")
    s = _at(text, segs, "Ma mère ne veut plus aller")
    assert (s.speaker, s.role) == ("Mme Le Goff", "autre")


def test_a_surname_without_an_age_or_with_a_trade_is_no_patient():
    from corpus.segment.aged_labels import aged_apposition

    assert aged_apposition("M. Santini", ["Arrêt chez M. Santini, 88 ans, injection d'insuline."]) \
        == "88 ans, injection d'insuline"
    assert aged_apposition("Santoni", ["nous arrivons chez Mme Santoni, 84 ans, qui vit seule"]) \
        == "84 ans, qui vit seule"
    # near-misses: no age after the name; a surname with no civility before it; a trade's title
    assert aged_apposition("M. Santini", ["Arrêt chez M. Santini, le voisin de l'épicerie."]) == ""
    assert aged_apposition("Santoni", ["Santoni, 84 ans, reste le doyen du club de boules."]) == ""
    assert aged_apposition("Dr Santini", ["le Dr Santini, 52 ans, installé à Calvi"]) == ""
