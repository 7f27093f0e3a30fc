"""Place names in the forms texts give them (segment/place_forms.py, lang/fr/place_forms.yaml):
a place that is also a common noun, a commune whose hyphen a line end swallowed, a département
by a postal code or "du 19", a commune several régions share settled by the document; with the
look-alikes each rule must leave alone."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.place_forms import department_number, homonym_regions
from corpus.segment.regions import load_gazetteer, resolve_region


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_a_place_that_is_a_common_noun_is_the_noun_before_a_complement(gaz):
    # a record's line: the meeting, not the island
    assert resolve_region("Commission d'enquête — Réunion du 15 juillet 2020 à 16h30", gaz) == ("", "")
    assert resolve_region("Réunion de la commission des affaires sociales", gaz) == ("", "")
    assert resolve_region("Réunion d'information", gaz) == ("", "")
    # the island, with its article, in parentheses, alone, or in a list
    assert resolve_region("infirmière libérale à La Réunion", gaz)[0] == "La Réunion"
    assert resolve_region("pharmacien, Saint-Pierre (Réunion)", gaz)[0] == "La Réunion"
    assert resolve_region("Réunion", gaz)[0] == "La Réunion"
    assert resolve_region("Guyane, Réunion et Mayotte", gaz)[0] == "Guyane"
    assert [p.region for _, _, p in gaz.find("Outre-mer : Mayotte, Réunion et Guyane")] == ["Mayotte", "La Réunion", "Guyane"]


def test_a_commune_whose_hyphen_a_line_end_swallowed(gaz):
    assert resolve_region("Pharmacien titulaire, Villeneuvesur-Lot", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("conseillère départementale du canton d'Argentonsur-Creuse", gaz)[0] == "Centre-Val de Loire"
    # whole names as before; a glued word that is no commune stays unresolved
    assert resolve_region("Pharmacien titulaire, Villeneuve-sur-Lot", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("médecin, Ailleursur-Rien", gaz) == ("", "")


def test_a_department_by_postal_code_or_number_after_du():
    assert department_number("infirmière libérale, 52 ans, 23200") == "23"
    assert department_number("pharmacienne, 44 ans, 87120)") == "87"
    assert department_number("médecin, 97200") == "972"
    assert department_number("infirmier, 20000") == "2A" and department_number("infirmier, 20200") == "2B"
    assert department_number("une kinésithérapeute du 19") == "19"
    # numbers that are no département: an age, a year, a date, a count, a number not at the end
    for text in ("infirmière, 52 ans", "entretien de 2021", "réunion du 19 mars", "infirmière, 12000 habitants",
                 "cabinet du 19 rue Nationale", "infirmière, 00123", "kiné du 99"):
        assert department_number(text) == "", text


def test_postal_codes_resolve_to_their_region(gaz):
    assert resolve_region("infirmière libérale, 52 ans, 23200", gaz) == ("Nouvelle-Aquitaine", "Creuse")
    assert resolve_region("une kinésithérapeute du 19", gaz) == ("Nouvelle-Aquitaine", "Corrèze")
    assert resolve_region("infirmière libérale, 52 ans", gaz) == ("", "")


def test_homonyms_are_listed_with_all_their_regions(gaz):
    found = dict(homonym_regions("infirmière libérale à Sainte-Marie", gaz.communes))
    assert {"Martinique", "La Réunion", "Bretagne"} <= found["Sainte-Marie"]
    assert dict(homonym_regions("Masseur-kinésithérapeute, Grand-Bourg (Marie-Galante)", gaz.communes)) == {
        "Grand-Bourg": {"Guadeloupe"}}
    assert homonym_regions("infirmière libérale, 52 ans", gaz.communes) == []


RADIO = [
    "Émission « Santé matin » du 11 janvier 2022 (transcription)",
    "Journaliste : Bonjour à tous. Nous recevons le docteur Célestine, médecin généraliste au Lamentin.",
    "Dr Célestine : Bonjour. Trouver un médecin quand le vôtre est en congé, c'est le problème numéro un.",
    "Journaliste : Nous avons en ligne Rosine, infirmière libérale à Sainte-Marie.",
    "Rosine : Je confirme, oui. Le vendredi soir, c'est nous qui décrochons le téléphone.",
    "Journaliste : Merci à vous deux.",
]


def test_a_commune_of_several_regions_takes_the_one_the_document_names(gaz):
    text, segs = _segment(RADIO, gaz)
    s = _at(text, segs, "Je confirme, oui.")
    assert (s.kind, s.speaker, s.region, s.place) == ("turn", "Rosine", "Martinique", "Sainte-Marie")


def test_a_commune_of_several_regions_stays_unresolved_when_the_document_names_none(gaz):
    lines = [line.replace("au Lamentin", "de garde") for line in RADIO]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Je confirme, oui.")
    assert (s.kind, s.speaker, s.region) == ("turn", "Rosine", "")


def test_a_place_after_a_compass_word_and_a_hyphen(gaz):
    # a part of a département or région: the CPTS's name says where it lies
    assert resolve_region("coordinatrice, CPTS Sud-Gironde", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("médecin généraliste, Nord-Isère", gaz)[0] == "Auvergne-Rhône-Alpes"
    assert resolve_region("infirmière, Centre-Bretagne", gaz)[0] == "Bretagne"
    # a longer name keeps winning, another word before the hyphen is not a compass word
    assert resolve_region("Nord-Pas-de-Calais", gaz)[0] == "Hauts-de-France"
    assert resolve_region("journaliste à Ouest-France", gaz) == ("", "")


EXTRACTS = [
    "3.2 Le retour à domicile",
    "Les pharmaciens et les médecins interrogés décrivent la même attente.",
    "« On reçoit le patient le samedi, sans aucune ordonnance de sortie. » — P2, pharmacien titulaire à Saint-Joseph",
    "« Le compte rendu arrive quand le patient est déjà revenu me voir. » — M4, médecin généraliste à Saint-Paul",
    "Les deux extraits montrent une même attente.",
]


def test_homonyms_of_two_descriptions_take_the_one_departement_they_share(gaz):
    # Saint-Joseph and Saint-Paul are each the name of communes in several régions; only La Réunion
    # (974) holds both
    text, segs = _segment(EXTRACTS, gaz)
    for snippet, place in (("On reçoit le patient le samedi", "Saint-Joseph"),
                           ("Le compte rendu arrive quand", "Saint-Paul")):
        s = _at(text, segs, snippet)
        assert (s.kind, s.region, s.place) == ("verbatim", "La Réunion", place)


def test_one_homonym_alone_stays_unresolved(gaz):
    lines = [line.replace(" à Saint-Paul", "") for line in EXTRACTS]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On reçoit le patient le samedi").region == ""


ABRIDGED = [
    "4.1 Une adhésion de principe",
    "« On a signé parce que le président est notre médecin. » — I1, infirmière libérale, Sarlat",
    "« Les réunions sont faites pour les médecins, pas pour nous. » — I3, infirmier libéral, Bergerac",
    "L'exemple I3 résume la position la plus fréquente.",
]


def test_a_commune_named_by_its_first_words_when_the_document_agrees(gaz):
    assert dict(homonym_regions("infirmière libérale, Sarlat", gaz.communes)) == {"Sarlat": {"Nouvelle-Aquitaine"}}
    text, segs = _segment(ABRIDGED, gaz)
    s = _at(text, segs, "On a signé parce que")
    assert (s.kind, s.region, s.place) == ("verbatim", "Nouvelle-Aquitaine", "Sarlat")


# segregions13: a person's own place is not the document's: I3's Amiens does not place I1 of "Sarlat"
def test_a_commune_named_by_its_first_words_stays_unresolved_alone(gaz):
    # nothing else in the document lies in Nouvelle-Aquitaine: "Sarlat" alone is not read
    lines = [line.replace(", Bergerac", ", Amiens") for line in ABRIDGED]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On a signé parce que").region == ""


# session 17 (segroles9): "Réunion publique …" opening a title is the meeting as likely as the
# island: a place only when a commune of the same text has a homonym in La Réunion
def test_a_titled_common_noun_is_a_place_only_when_a_homonym_agrees(gaz):
    # Kourou is in Guyane: the meeting's title names no island
    assert resolve_region("Réunion publique du 18 mai – projet de maison de santé, salle des fêtes de Kourou",
                          gaz) == ("Guyane", "Kourou")
    # Saint-Joseph lies in four régions, one of them La Réunion: the two ambiguous names agree
    assert resolve_region("Réunion publique du 9 mars 2023 – Projet de maison de santé de Saint-Joseph", gaz) == (
        "La Réunion", "Réunion")
    # near-misses: a public meeting elsewhere, or with no place, names no island
    assert resolve_region("Une réunion publique à Paris", gaz)[0] == "Île-de-France"
    assert resolve_region("Réunion publique à Paris", gaz)[0] == "Île-de-France"
    assert resolve_region("Réunion publique sur la maison de santé", gaz) == ("", "")
    assert resolve_region("Réunion constitutive de l'association", gaz) == ("", "")
    # the island mid-sentence or alone stays the island
    assert resolve_region("infirmière exerçant en Réunion depuis dix ans", gaz)[0] == "La Réunion"
    assert resolve_region("Réunion", gaz)[0] == "La Réunion"


def test_a_departmental_body_named_by_its_number():
    # "médecin coordonnateur, DAC 80" (round 33's webinar): the Somme's DAC; not a number after another word
    assert department_number("médecin coordonnateur, DAC 80") == "80"
    assert department_number("conseillère, CPAM 29") == "29"
    for text in ("infirmière, IDE 12", "DAC 80 ans", "pharmacien, groupe 22 bis"):
        assert department_number(text) == "", text


# s23-segmeet1: a meeting's title line opening on "Réunion" and a body's acronym is the meeting
# ("Réunion DAC Cotentin – Transcription" above a Meet transcript): not La Réunion, which had
# split the transcript's introduction over two régions
@pytest.mark.parametrize("title", [
    "Réunion DAC Cotentin – Transcription",   # the case (round 41)
    "Réunion CPTS Pays de Caux – 12 mars",    # unseen: another body, another place
    "Compte rendu.\nRéunion MSP – ordre du jour",
])
def test_a_meeting_of_a_body_named_by_its_acronym_is_no_island(title, gaz):
    assert "La Réunion" not in [p.region for _, _, p in gaz.find(title)]


@pytest.mark.parametrize("text", [
    "l'ARS Réunion a validé le projet",       # mid-sentence: the island's agency
    "Réunion, Mayotte et Guyane",             # a list of places
    "infirmière libérale à La Réunion",
])
def test_the_island_stays_the_island_beside_an_acronym_or_a_list(text, gaz):
    assert "La Réunion" in [p.region for _, _, p in gaz.find(text)]


# s26-segleft2 (round 42's obituary): "pédiatre à l'hôpital de Saint-Laurent" after the text named
# Saint-Laurent-du-Maroni: a name of communes is also the first words of others' ("du" joins them),
# so the commune of the document is among its homonyms.
def test_a_name_of_communes_is_also_the_short_name_of_others(gaz):
    found = dict(homonym_regions("pédiatre à l'hôpital de Saint-Laurent", gaz.communes))
    assert "Guyane" in found["Saint-Laurent"] and "Bretagne" in found["Saint-Laurent"]
    # unseen: La Valette-du-Var beside the communes called La Valette
    assert "Provence-Alpes-Côte d'Azur" in dict(homonym_regions("kinésithérapeute à La Valette", gaz.communes))["La Valette"]
    # near miss: a first word before no joining word names no commune ("Saint" alone)
    assert homonym_regions("infirmière à Saint", gaz.communes) == []


def test_the_short_name_takes_the_region_the_document_names(gaz):
    lines = ["Le docteur Jean-Claude Sylvestre a exercé à Saint-Laurent-du-Maroni pendant quarante ans.",
             "Sa consœur Marie-Josée Horth, pédiatre à l'hôpital de Saint-Laurent, se souvient : « Il m'appelait "
             "à 23 heures pour un enfant qu'il trouvait trop calme. »"]
    text, segs = _segment(lines, gaz, doc={"kind": "autre"})
    s = _at(text, segs, "Il m'appelait à 23 heures")
    assert (s.speaker, s.region) == ("Marie-Josée Horth", "Guyane")


# s27-segregion2: a speaker placed by a commune name whose one commune lies outside the région of every
# other place, while a commune whose name opens with it lies there: the writer shortened that one
# ("une habitante de Saint-Sever" in a document on Vire: Saint-Sever-Calvados; "Montereau" beside
# Provins and Nemours: Montereau-Fault-Yonne). Unseen variant: Bagnoles (Aude) and Bagnoles-de-l'Orne.
SHORTENED = ["Urgences d'Argentan : la colère des patients",
             "Réunion publique jeudi soir à Argentan, où l'ARS présentait la fermeture nocturne du service.",
             "« On nous envoie à Alençon, à cinquante minutes », s'indigne une habitante de Bagnoles.",
             "« Nous ne fermons rien, nous réorganisons », répond un médecin du centre hospitalier d'Argentan."]


def test_a_shortened_commune_name_is_the_one_of_the_documents_region(gaz):
    text, segs = _segment(SHORTENED, gaz)
    assert _at(text, segs, "On nous envoie").region == "Normandie"


@pytest.mark.parametrize("change", [
    # another région named: the name is the commune so named (Aude)
    ("à cinquante minutes", "à cinquante minutes, ou à Toulouse"),
    # a town the gazetteer lists is that town (not Bordeaux-Saint-Clair, Seine-Maritime)
    ("une habitante de Bagnoles", "une habitante de Bordeaux"),
])
def test_a_shortened_commune_name_look_alikes(gaz, change):
    text, segs = _segment([line.replace(*change) for line in SHORTENED], gaz)
    assert _at(text, segs, "On nous envoie").region in ("Occitanie", "Nouvelle-Aquitaine")


def test_speakers_each_placed_in_their_town_keep_it(gaz):
    # near-miss (round 16): carers placed each in their town, Mende and Saint-Flour, no territory
    # declared: Saint-Flour (Cantal) stays, not Saint-Flour-de-Mercoire (Lozère, Mende's département)
    lines = ["Paroles d'aidants – hiver 2021",
             "« Personne ne passait plus, je faisais tout, les courses, les soins, les papiers », raconte "
             "Jeanne, aidante de sa sœur à Mende.",
             "« L'infirmière venait le matin, et c'est tout, le reste du temps on était seuls », ajoute "
             "Paul, aidant de sa femme à Saint-Flour."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Personne ne passait").region == "Occitanie"
    assert _at(text, segs, "L'infirmière venait").region == "Auvergne-Rhône-Alpes"


def test_a_lot_and_its_number_is_a_contracts_lot_not_the_departement(gaz):
    # s30: site-meeting minutes ("Lot 8 – Électricité") over a mayor's words in Avesnes-sur-Helpe;
    # "Figeac (Lot)" and "dans le Lot" stay the département
    assert resolve_region("Lot 8 – Électricité", gaz) == ("", "")
    assert resolve_region("Lot n°5 – Cloisons", gaz) == ("", "")
    assert resolve_region("Figeac (Lot)", gaz)[0] == "Occitanie"
    assert resolve_region("infirmière libérale dans le Lot", gaz)[0] == "Occitanie"


def test_a_short_name_two_regions_share_is_read_where_the_other_places_are(gaz):
    # s30: "les urgences de Chalon" (Chalon, Isère, and Chalon-sur-Saône) in a piece whose headline
    # town and other places are in Saône-et-Loire: Bourgogne-Franche-Comté for every speaker
    lines = ["Montceau-les-Mines : le centre de santé recrute un troisième médecin",
             "Les patients venaient parfois de loin. « Avant, j'allais aux urgences de Chalon pour un simple "
             "renouvellement, ça me prenait la journée », raconte Odette, 77 ans.",
             "Le centre accueille aussi des patients de Blanzy, qui n'avaient plus de médecin traitant."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "urgences de Chalon pour un simple").region == "Bourgogne-Franche-Comté"


def test_a_prefecture_is_not_read_as_another_regions_namesake(gaz):
    # near miss (a real sociolinguistics interview): "la cité scolaire d'Amiens et la cité scolaire de Tours"
    # names two régions; Tours, a prefecture, is not Tours-en-Vimeu beside Amiens
    lines = ["Les deux cités scolaires les plus remarquables étant la cité scolaire d'Amiens et la cité scolaire de Tours.",
             "ENQ : vous voulez que je vous parle de la vôtre ?",
             "PERS : bon de votre côté c'est un peu différent, je suis arrivé ici il y a deux ans."]
    text, segs = _segment(lines, gaz)
    assert all(s.region != "Hauts-de-France" for s in segs if s.kind in ("verbatim", "turn"))


def test_a_name_several_regions_share_is_the_town_that_dwarfs_the_others(gaz):
    """Session 31: nothing else in the document settles "Vernon" (Eure 24,500 inhabitants, Vienne
    700, Ardèche 200): the reader's Vernon is the Eure's; "Sainte-Marie" (La Réunion 34,000,
    Martinique 15,000) has no such town and stays unplaced; a document whose other places lie in
    one of the name's régions still settles it there."""
    _, segs = _segment(["Entretien avec Mme Carole Lenoir, orthophoniste libérale à Vernon, réalisé en mars.",
                        "Q : Comment travaillez-vous avec les médecins ?",
                        "R : Par la messagerie, surtout, et par téléphone quand il y a urgence."], gaz)
    turn = next(s for s in segs if s.kind == "turn")
    assert (turn.region, turn.place) == ("Normandie", "Vernon")
    _, segs = _segment(["Entretien avec Mme Carole Lenoir, orthophoniste libérale à Sainte-Marie, réalisé en mars.",
                        "Q : Comment travaillez-vous avec les médecins ?",
                        "R : Par la messagerie, surtout, et par téléphone quand il y a urgence."], gaz)
    assert next(s for s in segs if s.kind == "turn").region == ""
    _, segs = _segment(["Les entretiens ont eu lieu en Ardèche, à Privas et à Aubenas.",
                        "Entretien avec Mme Carole Lenoir, orthophoniste libérale à Vernon, réalisé en mars.",
                        "Q : Comment travaillez-vous avec les médecins ?",
                        "R : Par la messagerie, surtout, et par téléphone quand il y a urgence."], gaz)
    assert next(s for s in segs if s.kind == "turn").region == "Auvergne-Rhône-Alpes"


def test_communes_carry_their_population(gaz):
    from corpus.segment.place_forms import prominent_commune

    communes = gaz.communes
    assert max(c.population for c in communes.by_key["vernon"]) > 20000
    assert prominent_commune(communes.by_key["vernon"]).dept == "27"
    assert prominent_commune(communes.by_key["sainte marie"]) is None
    assert prominent_commune(communes.by_key["sens"]) is None  # a name that is also a word


def test_the_head_of_a_trade_is_no_commune_s_first_words(gaz):
    # s40: "Chef de poste de nuit" heads a trade, not Chef-du-Pont; the commune itself, a commune
    # opening with an article, and a place after the trade are still read
    assert homonym_regions("Chef de poste de nuit", gaz.communes) == []
    assert homonym_regions("Chef-du-Pont", gaz.communes) == [("Chef-du-Pont", {"Normandie"})]
    assert homonym_regions("Le Cellier", gaz.communes) == [("Le Cellier", {"Pays de la Loire"})]
    assert homonym_regions("Marin pêcheur, Concarneau", gaz.communes) == [("Concarneau", {"Bretagne"})]
