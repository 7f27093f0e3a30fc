"""The gazetteer (config/gazetteer.csv) and region resolution."""

from __future__ import annotations

import csv

import pytest
from conftest import GAZETTEER_PATH

from corpus.errors import ConfigError
from corpus.segment.regions import (
    REGIONS_2016,
    is_valid_region,
    load_gazetteer,
    regions_in_entities,
    resolve_region,
    single_region,
)


@pytest.fixture(scope="module")
def rows():
    with open(GAZETTEER_PATH, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


def test_gazetteer_has_the_101_departments_with_prefectures(rows):
    deps = [r for r in rows if r["kind"] == "departement"]
    codes = [r["code"] for r in deps]
    assert len(deps) == 101 and len(set(codes)) == 101
    expected = {f"{n:02d}" for n in range(1, 96) if n != 20} | {"2A", "2B", "971", "972", "973", "974", "976"}
    assert set(codes) == expected
    assert all(r["prefecture"] for r in deps)
    by_code = {r["code"]: r for r in deps}
    # spot checks against INSEE COG
    assert (by_code["2A"]["name"], by_code["2A"]["prefecture"], by_code["2A"]["region"]) == ("Corse-du-Sud", "Ajaccio", "Corse")
    assert (by_code["26"]["name"], by_code["26"]["prefecture"]) == ("Drôme", "Valence")
    assert (by_code["59"]["name"], by_code["59"]["region"]) == ("Nord", "Hauts-de-France")
    assert (by_code["976"]["name"], by_code["976"]["prefecture"]) == ("Mayotte", "Mamoudzou")
    assert by_code["54"]["prefecture"] == "Nancy" and by_code["54"]["region"] == "Grand Est"
    per_region = {}
    for r in deps:
        per_region[r["region"]] = per_region.get(r["region"], 0) + 1
    assert per_region["Île-de-France"] == 8 and per_region["Occitanie"] == 13
    assert per_region["Auvergne-Rhône-Alpes"] == 12 and per_region["Nouvelle-Aquitaine"] == 12


def test_gazetteer_has_the_regions_and_cites_its_source(rows):
    regions = {r["name"] for r in rows if r["kind"] == "region"}
    assert regions == set(REGIONS_2016) and len(regions) == 18
    assert all(r["region"] in REGIONS_2016 for r in rows)
    assert all("INSEE COG" in r["source"] for r in rows if r["kind"] in ("region", "departement", "prefecture"))
    # the places the corpus names
    names = {r["name"] for r in rows}
    assert {"Les Mureaux", "Maubeuge", "Sud-Valence", "Grand Nancy", "Paris XIIIe", "Centre Hérault"} <= names


def test_places_match_whole_words_with_a_capital(gaz):
    assert resolve_region("Valence : la CPTS à l’appui des labos débordés", gaz) == ("Auvergne-Rhône-Alpes", "Valence")
    assert resolve_region("la valence du mot", gaz) == ("", "")
    # not "Valence" inside another word: Valenciennes is its own commune (lang/fr/communes.csv.gz)
    assert resolve_region("Valenciennes", gaz) == ("Hauts-de-France", "Valenciennes")
    assert resolve_region("au nord de la ville", gaz) == ("", "")
    assert resolve_region("Grand Nancy : l’organisation", gaz) == ("Grand Est", "Grand Nancy")
    assert resolve_region("CPTS de Sud Valence", gaz)[0] == "Auvergne-Rhône-Alpes"  # hyphen or space
    assert resolve_region("médecin, les Mureaux", gaz) == ("Île-de-France", "les Mureaux")


def test_attribution_fields(gaz):
    assert resolve_region("Pharmacienne – Région C, CPTS 2", gaz) == ("Région C", "")
    assert resolve_region("Médecin généraliste – National, Syndicat", gaz) == ("National", "")
    assert resolve_region("médecin généraliste, MSP", gaz) == ("", "")
    for value in ("Région C", "National", "", "Occitanie"):
        assert is_valid_region(value)
    assert not is_valid_region("Languedoc-Roussillon")


def test_entities_give_a_region_only_when_they_agree(gaz):
    found = regions_in_entities(["Maubeuge", "Nord", "CPTS Val de Sambre"], gaz)
    assert single_region(found) == ("Hauts-de-France", "Maubeuge")
    mixed = regions_in_entities(["Toulouse", "Maubeuge", "Paris"], gaz)
    assert single_region(mixed) == ("", "")


def test_a_bad_gazetteer_is_a_config_error(tmp_path):
    bad = tmp_path / "g.csv"
    bad.write_text("name,kind,region\nAtlantis,commune,Atlantide\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a 2016 region"):
        load_gazetteer(str(bad))
    with pytest.raises(ConfigError, match="not found"):
        load_gazetteer(str(tmp_path / "missing.csv"))


def test_communes_lie_in_their_departments_region(rows, gaz):
    """Every commune's department code exists and the department is in the commune's region
    (catches a mistyped code or region in the hand-added rows)."""
    region_of = {r["code"]: r["region"] for r in rows if r["kind"] == "departement"}
    communes = [r for r in rows if r["kind"] == "commune"]
    assert len(communes) >= 50
    for r in communes:
        assert region_of.get(r["code"]) == r["region"], r["name"]
        assert "INSEE COG 2024" in r["source"]
    # a name listed twice (Mayotte: region and department) must not point to two regions
    regions_by_name: dict[str, set[str]] = {}
    for r in rows:
        regions_by_name.setdefault(r["name"], set()).add(r["region"])
    assert all(len(v) == 1 for v in regions_by_name.values())
    # the places a new memoir names (pays de Lorient, Morbihan)
    for place in ("Hennebont", "Lorient", "Lanester"):
        assert resolve_region(f"infirmière libérale, 48 ans, {place}", gaz) == ("Bretagne", place)
    assert resolve_region("CPTS du Pas-de-Calais", gaz) == ("Hauts-de-France", "Pas-de-Calais")


def test_the_sentence_that_introduces_quotes_gives_their_region(gaz):
    from corpus.segment import segment_text

    text = "\n".join([
        "Les professionnels rencontrés en Ille-et-Vilaine décrivent une coopération nouvelle :",
        "• « On a enfin été reconnus comme des acteurs du premier recours. » (pharmacien, Fougères)",
        "• « Les réunions du soir, c'était épuisant, mais on en sortait avec des solutions. » (infirmière libérale, 33 ans)",
        "• « Au cabinet, on a tout réorganisé en une semaine. » (médecin généraliste, Lorient)",
        "Une sage-femme : « Nous avons été les grandes oubliées des premières réunions. »",
        "Dans la Creuse, le constat diffère. Une infirmière résume : « ici, personne ne nous a appelées »",
        "Tours de garde et astreintes ont été réorganisés. Un médecin ajoute : « on a fait comme on a pu, sans aide »",
    ]) + "\n"
    segs = segment_text(text, {"doc_id": "t", "region": "", "place": ""}, [], [], gaz)
    quotes = [s for s in segs if s.kind == "verbatim"]
    assert [(q.role, q.region) for q in quotes] == [
        ("pharmacien", "Bretagne"), ("infirmier", "Bretagne"),
        ("medecin_generaliste", "Bretagne"),  # its own place (Lorient) first
        ("sage_femme", "Bretagne"),
        ("infirmier", "Nouvelle-Aquitaine"),  # its own paragraph names a place: no list above it counts
        ("medecin_generaliste", ""),  # "Tours" opens a sentence without a preposition: not the city
    ]


def test_a_department_number_in_parentheses(gaz):
    # the commune itself now (lang/fr/communes.csv.gz); the number alone still gives the département
    assert resolve_region("médecin généraliste, Quimperlé (29)", gaz) == ("Bretagne", "Quimperlé")
    assert resolve_region("médecin généraliste, Trucville (29)", gaz) == ("Bretagne", "Finistère")
    assert resolve_region("infirmière, zone rurale (2B)", gaz) == ("Corse", "Haute-Corse")
    assert resolve_region("infirmière, 45 ans", gaz) == ("", "")
    assert resolve_region("pharmacien (2019)", gaz) == ("", "")


# ---- communes of France (lang/fr/communes.csv.gz) ------------------------------------------

def test_communes_file_holds_every_commune_with_its_department_and_region():
    from corpus.segment.regions import load_communes

    communes = load_communes()
    assert len(communes) > 34000  # INSEE COG 2024: 34,935 communes
    # spot checks against INSEE COG: small towns the curated gazetteer never listed
    assert [(c.dept, c.region) for c in communes.by_key["fougeres"]] == [("35", "Bretagne")]
    assert [(c.dept, c.region) for c in communes.by_key["langogne"]] == [("48", "Occitanie")]
    assert [(c.dept, c.region) for c in communes.by_key["millau"]] == [("12", "Occitanie")]
    assert {c.dept for c in communes.by_key["saint denis"]} >= {"93", "974"}  # homonyms


def test_small_towns_after_a_preposition_or_as_a_field_give_their_region(gaz):
    assert resolve_region("pharmacien à Fougères", gaz) == ("Bretagne", "Fougères")
    assert resolve_region("Une infirmière libérale de Langogne", gaz) == ("Occitanie", "Langogne")
    assert resolve_region("médecin généraliste, 45 ans, Millau", gaz) == ("Occitanie", "Millau")
    assert resolve_region("kinésithérapeute, Vitré", gaz) == ("Bretagne", "Vitré")
    assert resolve_region("installée au Mans depuis 2015", gaz)[0] == "Pays de la Loire"
    assert resolve_region("IDEL, Saint-Jean-de-Luz", gaz) == ("Nouvelle-Aquitaine", "Saint-Jean-de-Luz")


def test_communes_differing_only_by_their_accents_are_told_apart_as_written(gaz):
    # Blâmont (Meurthe-et-Moselle) and Blamont (Doubs); Châlus (Haute-Vienne) and Chalus (Puy-de-Dôme)
    assert resolve_region("infirmière libérale à Blâmont", gaz) == ("Grand Est", "Blâmont")
    assert resolve_region("pharmacien titulaire à Blamont depuis 2010", gaz) == ("Bourgogne-Franche-Comté", "Blamont")
    assert resolve_region("le cabinet de Châlus", gaz) == ("Nouvelle-Aquitaine", "Châlus")
    assert resolve_region("médecin, Chalus", gaz) == ("Auvergne-Rhône-Alpes", "Chalus")
    # a frequent word stays a word whatever its accents
    assert resolve_region("le sens du soin, à Sens", gaz) == ("", "")


def test_commune_names_that_are_words_or_names_give_no_region(gaz):
    # a frequent French word: only with its département
    assert resolve_region("le sens du soin, à Sens", gaz) == ("", "")
    assert resolve_region("médecin, Sens (89)", gaz) == ("Bourgogne-Franche-Comté", "Sens")
    assert resolve_region("point de Vue des soignants", gaz) == ("", "")
    assert resolve_region("Marie, 52 ans, IDE libérale", gaz) == ("", "")
    assert resolve_region("le Plan blanc, dans le cadre du Plan", gaz) == ("", "")
    # homonyms in several régions: only with the département
    assert resolve_region("infirmière à Saint-Pierre", gaz) == ("", "")
    # a person, a citation, an acronym, a metonym, a name cut at a line end, no preposition
    assert resolve_region("le rapport de Raymond Soubie", gaz) == ("", "")
    assert resolve_region("les travaux de Bourgueil et al.", gaz) == ("", "")
    assert resolve_region("le modèle de Bourgueil (2009)", gaz) == ("", "")
    assert resolve_region("une réunion de l'ARS", gaz) == ("", "")
    assert resolve_region("les accords du Ségur de la santé", gaz) == ("", "")
    assert resolve_region("située à Corbeil- Essonnes", gaz) == ("", "")
    assert resolve_region("Fougères et bruyères du sous-bois", gaz) == ("", "")


def test_the_last_place_after_a_preposition_wins_in_running_text(gaz):
    from corpus.segment.discovery import locative_place

    text = "Les professionnels rencontrés en Ille-et-Vilaine, notamment à Fougères, décrivent :"
    assert locative_place(text, gaz) == ("Bretagne", "Fougères")
    assert locative_place("Même constat chez un généraliste de Marvejols, en Lozère :", gaz)[0] == "Occitanie"
    assert locative_place("Selon le rapport de Raymond Soubie :", gaz) == ("", "")


def test_natural_regions_give_their_region_in_an_attribution(gaz):
    # "pays de Caux" is no commune (Caux, Hérault, is): the natural region wins
    assert resolve_region("infirmière libérale, pays de Caux", gaz) == ("Normandie", "pays de Caux")
    assert resolve_region("maire, Haut-Jura", gaz)[0] == "Bourgogne-Franche-Comté"
    assert resolve_region("médecin généraliste, Pays basque", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("les professionnels de la CPTS du Grand Amiénois", gaz)[0] == "Hauts-de-France"
    # a region that straddles two is left out of the file: no region rather than a wrong one
    assert resolve_region("éleveur, Bresse", gaz) == ("", "")


# session 15 (segroles5): round 31's CESER report names a communauté de communes by the upper
# Allier valley ("… des Rives du Haut-Allier"), the Allier's name with "Haut-" before it
def test_the_upper_allier_valley_gives_its_region(gaz):
    assert resolve_region("infirmière libérale, Haut-Allier", gaz)[0] == "Auvergne-Rhône-Alpes"
    assert resolve_region("un élu de la communauté de communes du Haut-Allier", gaz)[0] == "Auvergne-Rhône-Alpes"


# session 33 (segr57d): a body named after the northern or southern Alps ("la caisse Alpes du Nord",
# "le réseau des Alpes du Sud") lies in the Alps' région, not in the Nord département (Hauts-de-France)
def test_the_northern_and_southern_alps_are_a_natural_region_not_the_nord(gaz):
    assert resolve_region("conseillère de la caisse Alpes du Nord", gaz)[0] == "Auvergne-Rhône-Alpes"
    assert resolve_region("un guide des Alpes du Sud", gaz)[0] == "Provence-Alpes-Côte d'Azur"
    # near misses: the Nord département named on its own, or a body of the Nord, stays the Nord
    assert resolve_region("conseillère de la caisse du Nord", gaz)[0] == "Hauts-de-France"
    assert resolve_region("infirmière libérale, Nord", gaz)[0] == "Hauts-de-France"


def test_an_overseas_island_named_by_its_natural_name_gives_its_region(gaz):
    # Mayotte's smaller island is no commune (Dzaoudzi and Pamandzi are): a profile line that
    # names only the island still gives the département's region
    assert resolve_region("Sage-femme libérale, 6 ans d'exercice, Petite-Terre", gaz)[0] == "Mayotte"
    assert resolve_region("(Infirmière libérale, 12 ans d'exercice, Mamoudzou)", gaz)[0] == "Mayotte"
    # look-alikes: the common words "petite" and "terre" name no place
    assert resolve_region("une petite terre agricole, en friche", gaz) == ("", "")
    assert resolve_region("on travaille la terre, une petite exploitation", gaz) == ("", "")


def test_the_natural_regions_file_names_2016_regions_and_departments(gaz):
    from corpus.segment.regions import NATURAL_REGIONS_PATH

    with open(NATURAL_REGIONS_PATH, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_code = {code: place.region for code, place in gaz.by_code.items()}
    assert len(rows) >= 40
    for row in rows:
        assert row["region"] in REGIONS_2016, row
        depts = row["departements"].split(";")
        # the region of the first département listed is the row's region
        assert by_code[depts[0]] == row["region"], row


def test_a_natural_regions_file_with_a_bad_region_is_a_config_error(tmp_path):
    from corpus.segment.regions import load_natural_regions

    bad = tmp_path / "natural_regions.csv"
    bad.write_text("name,region,departements,note\nMorvan,Bourgogne,58,\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not a 2016 region"):
        load_natural_regions(str(bad))


def test_a_regional_adjective_in_a_field_gives_its_region(gaz):
    assert resolve_region("médecin généraliste en zone rurale bretonne", gaz) == ("Bretagne", "bretonne")
    assert resolve_region("pharmacienne, campagne picarde", gaz)[0] == "Hauts-de-France"
    # a place named wins over an adjective; a word that only begins like one is none
    assert resolve_region("infirmier normand installé à Quimper", gaz)[0] == "Bretagne"
    assert resolve_region("kiné, sortie de la bretelle d'autoroute", gaz) == ("", "")


def test_a_name_capitalised_only_by_its_article_is_a_word(gaz):
    """"La réunion du 14 mars se tient …" opens a sentence: the meeting, not La Réunion; the island
    and "Le Mans" keep their capitals."""
    assert [p.name for _, _, p in gaz.find("La réunion du 14 mars se tient à la maison de santé.")] == []
    assert resolve_region("La réunion de l'équipe a lieu le mardi à Aubenas", gaz) == ("Auvergne-Rhône-Alpes", "Aubenas")
    assert resolve_region("infirmière libérale à La Réunion", gaz)[0] == "La Réunion"
    assert resolve_region("médecin, LA RÉUNION", gaz)[0] == "La Réunion"
    assert resolve_region("pharmacien au Mans", gaz)[0] == "Pays de la Loire"


def test_a_former_region_after_ex_gives_the_region_that_absorbed_it(gaz):
    # round 33's pharmacy thesis: "Les entretiens ont été menés en ex-Basse-Normandie" (segroles7)
    assert resolve_region("entretiens menés en ex-Basse-Normandie entre octobre et décembre", gaz)[0] == "Normandie"
    assert resolve_region("infirmière libérale dans l'ex-Limousin rural", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("pharmacienne, ex-Picardie", gaz)[0] == "Hauts-de-France"
    # "ex-" glued inside another word, or a former région written in lower case, is no place
    assert resolve_region("un complex-Alsace sans rapport", gaz)[0] == ""
    assert resolve_region("son ex-picardie", gaz)[0] == ""


# session 20 (segregions13): places that are no commune nor département in the gazetteer's sheet
def test_a_name_after_a_landscape_noun_is_the_river_not_the_commune(gaz):
    # round 37: "vallée d'Aure" (Hautes-Pyrénées) had been Aure, a commune of the Ardennes
    assert resolve_region("officine rurale, vallée d'Aure", gaz) == ("Occitanie", "vallée d'Aure")
    # round 15: the Val de Loire is the river's; "nivernais" the Nièvre's adjective
    assert resolve_region("coordinateur de la CPTS du Val de Loire nivernais", gaz)[0] == "Bourgogne-Franche-Comté"
    # an unseen variant: the Marne's banks in the Val-de-Marne are no Marne (51)
    assert resolve_region("infirmière libérale, bords de Marne", gaz) == ("", "")
    assert resolve_region("médecin, gorges de l'Aveyron", gaz) == ("", "")
    # s26-segregion: a gate or a way is named after the town it leads to ("Porte d'Aix" in Marseille,
    # round 41), an unseen variant "route de Nogent"; near-miss: a station is in its town
    assert not any(p.name == "Aix" for _, _, p in gaz.communes_after_prepositions("21 h 40 – Porte d'Aix"))
    assert not gaz.communes_after_prepositions("un accident sur la route de Nogent-le-Rotrou, de nuit")
    assert [p.name for _, _, p in gaz.communes_after_prepositions("devant la gare de Vichy")] == ["Vichy"]
    # s26-segregion: where someone comes from is not where that person is ("arrivée de Lyon", round
    # 23); an unseen variant; near-misses: where one works, where one was born
    assert resolve_region("médecin généraliste, arrivée de Lyon", gaz) == ("", "")
    assert resolve_region("kinésithérapeute venu de Rennes", gaz) == ("", "")
    assert resolve_region("kinésithérapeute installé à Rennes", gaz)[0] == "Bretagne"
    assert resolve_region("kinésithérapeute originaire de Rennes", gaz)[0] == "Bretagne"
    # near-misses: a "pays" is named after its town; a département with its own hyphenated name
    assert resolve_region("infirmière, pays de Dinan", gaz)[0] == "Bretagne"
    assert resolve_region("CPTS Val-de-Marne", gaz)[0] == "Île-de-France"
    assert resolve_region("médecin à Aure", gaz)[0] == "Grand Est"


def test_natural_regions_islands_and_adjectives(gaz):
    assert resolve_region("SF libérale, Bigorre, 20 ans d'exercice", gaz)[0] == "Occitanie"
    assert resolve_region("masseur-kinésithérapeute, Marie-Galante", gaz)[0] == "Guadeloupe"
    assert resolve_region("infirmière, Île de Ré", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("médecin généraliste, Haut-Doubs", gaz)[0] == "Bourgogne-Franche-Comté"
    assert resolve_region("une infirmière aveyronnaise", gaz)[0] == "Occitanie"
    assert resolve_region("pharmacien girondin", gaz)[0] == "Nouvelle-Aquitaine"
    # near-misses: a name going on, a common word
    assert resolve_region("infirmière, Bigorre-ville imaginaire", gaz) == ("", "")
    assert resolve_region("une infirmière aventureuse", gaz) == ("", "")


def test_a_departement_number_settles_a_homonym_of_a_departement(gaz):
    # Vienne, Isère (38), not the Vienne (86); Valence, Tarn-et-Garonne's or Drôme's
    assert resolve_region("médecin généraliste, Vienne (38)", gaz) == ("Auvergne-Rhône-Alpes", "Vienne")
    assert resolve_region("infirmière, Valence (82)", gaz)[0] == "Occitanie"
    # the number agreeing, or none: the département as before
    assert resolve_region("pharmacien, Vienne (86)", gaz)[0] == "Nouvelle-Aquitaine"
    assert resolve_region("pharmacien, Vienne", gaz)[0] == "Nouvelle-Aquitaine"


def test_a_commune_written_with_its_capitalised_article_is_a_place(gaz):
    # "La Flèche", "Le Tampon" are also words ("flèche", "tampon"): the article's capital mid-line says
    # a proper name, after a preposition or as a later field of a description
    assert resolve_region("médecin traitant, installé à La Flèche", gaz) == ("Pays de la Loire", "La Flèche")
    assert resolve_region("Focus group (SAAD du Sud, Le Tampon, 3 juin 2023)", gaz)[0] == "La Réunion"
    # an unseen variant
    assert resolve_region("infirmière libérale à La Souterraine", gaz)[0] == "Nouvelle-Aquitaine"
    # near-misses: the word in lower case, a name several régions share, the field opening the text
    assert resolve_region("en plein dans la flèche", gaz) == ("", "")
    assert resolve_region("infirmière à La Chapelle", gaz) == ("", "")
    assert resolve_region("La Flèche", gaz) == ("", "")


def test_places_are_found_in_a_text_with_an_ellipsis(gaz):
    # round 23: "F2 : … et elle passe le relais" ("…" folds to three characters) had left the whole
    # transcript without its "Périgord noir"
    text = "F2 : … et elle passe le relais au docteur.\nH2 : Personne ne le sait dans le Périgord noir."
    assert [(text[a:b], p.region) for a, b, p in gaz.find(text)] == [("Périgord", "Nouvelle-Aquitaine")]
    # an unseen variant: a ligature before the place, the adjective after an ellipsis
    other = "Le coefﬁcient … en Ardèche"
    assert [other[a:b] for a, b, _ in gaz.find(other)] == ["Ardèche"]
    assert resolve_region("une infirmière… aveyronnaise", gaz)[0] == "Occitanie"
    # near-miss: the ellipsis alone names nothing
    assert gaz.find("… et puis voilà …") == []


@pytest.mark.parametrize("text, place", [
    ("extraits des fiches analysées en CREX (centre hospitalier de Saint-Dié-des-Vosges, 2023)", "Saint-Dié-des-Vosges"),
    ("les plaintes reçues par la clinique de Quimperlé, 2021-2022", "Quimperlé"),
    ("audit de l'hôpital de Vierzon (2019)", "Vierzon"),
])
def test_an_establishment_s_town_before_a_year_is_a_place(gaz, text, place):
    # s26-segleft1: after "centre hospitalier de", "la clinique de", "l'hôpital de" the name is the town, and
    # the year after it the reports', not a citation's (a surname's: "de Bourgueil, 2019")
    assert [p.name for _, _, p in gaz.communes_after_prepositions(text)] == [place]


@pytest.mark.parametrize("text", ["les travaux de Vierzon, 2019", "le modèle de Quimperlé (2021)",
                                  "selon l'équipe de Bourgueil, 2009"])
def test_a_name_before_a_year_without_an_establishment_stays_a_citation(gaz, text):
    assert gaz.communes_after_prepositions(text) == []


# s30-segr53b: a commune named short ("à Marcillac") after the text named it in full
# ("Marcillac-Vallon", Aveyron) is that commune, not a namesake of another région (Marcillac, Gironde)
def test_a_commune_named_short_after_its_full_name_keeps_the_full_ones_region(gazetteer):
    from segment_text import segment_at, segment_lines

    lines = ["J'ai suivi Odette, aide-soignante installée à Marcillac-Vallon, pendant sa tournée.",
             "Mme V., 81 ans, vit seule. En repartant de Marcillac, elle me dit : « Sans elle, je ne me "
             "lèverais plus le matin, je le sais bien. »"]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "je ne me lèverais plus").region == "Occitanie"


def test_a_commune_named_short_alone_stays_the_namesake(gazetteer):
    # the near miss: no full name anywhere, "à Marcillac" is the Gironde's commune
    from segment_text import segment_at, segment_lines

    lines = ["J'ai suivi Odette, aide-soignante, pendant sa tournée du mardi.",
             "Mme V., 81 ans, vit seule. En repartant de Marcillac, elle me dit : « Sans elle, je ne me "
             "lèverais plus le matin, je le sais bien. »"]
    text, segs = segment_lines(lines, gazetteer)
    assert segment_at(text, segs, "je ne me lèverais plus").region != "Occitanie"


def test_a_surname_after_a_civility_or_a_first_name_is_no_place(gazetteer):
    # s44: "le Dr Yannick Morvan, médecin du travail" in a report on oyster farmers of Paimpol: a person,
    # not the Morvan; "Centre Bretagne", "Nantes Saint-Nazaire", "en Bretagne" are places
    from corpus.segment.regions import after_person_word

    for text, word, person in [("le Dr Yannick Morvan, médecin du travail", "Morvan", True),
                               ("Claire Marchal, Thomas Guéret", "Guéret", True),
                               ("la CPTS du Centre Bretagne", "Bretagne", False),
                               ("Nantes Saint-Nazaire", "Saint-Nazaire", False),
                               ("En Bretagne, les délais", "Bretagne", False)]:
        assert after_person_word(text, text.rindex(word), gazetteer) is person, text


def test_the_study_field_leaves_a_presenters_surname_out(gazetteer):
    from segment_text import segment_at, segment_lines

    text, segs = segment_lines([
        "Réunion santé au travail des ostréiculteurs – Paimpol, 6 février",
        "Une trentaine d'ostréiculteurs ont répondu à l'invitation. Le Dr Yannick Morvan, médecin du travail à la "
        "MSA, a présenté les résultats de l'enquête menée l'hiver dernier à Paimpol et à Ploubazlanec.",
        "Dr Morvan : Ce qui ressort, ce sont les épaules et les lombaires, et le froid aux mains.",
        "Un ostréiculteur de Ploubazlanec : On n'a pas le choix de l'heure, c'est la mer qui décide.",
        "Dr Morvan : Le tracteur à grue a fait baisser les douleurs là où il est arrivé.",
    ], gazetteer)
    assert segment_at(text, segs, "les épaules et les lombaires").region == "Bretagne"


def test_a_trade_typed_in_lower_case_is_no_commune(gazetteer):
    # s49: "…, maçon" is the person's trade, not Mâcon; a commune typed without its capital still is one
    assert resolve_region("46 ans, sapeur-pompier volontaire depuis 1998, maçon", gazetteer) == ("", "")
    assert resolve_region("58 ans, boulanger", gazetteer)[0] == ""
    assert resolve_region("kiné - blois", gazetteer) == ("Centre-Val de Loire", "Blois")


def test_a_trade_word_is_no_commune_whose_accent_it_lacks(gaz):
    # s54: "Maire, entretien, mai 2022" is the mayor, not Mairé (Vienne); a commune typed without the
    # accent of its capital stays the commune ("Etampes")
    assert gaz.commune_field("Maire") is None
    assert gaz.commune_field("Mairé").region == "Nouvelle-Aquitaine"
    assert gaz.commune_field("Etampes").region == "Île-de-France"
    assert resolve_region("Maire, entretien, mai 2022", gaz) == ("", "")


def test_a_natural_region_at_the_end_of_a_longer_name_is_not_that_region(gaz):
    # s54: "le pays du Roi Morvan" lies in the Morbihan, not in the Morvan; "le Haut Morvan" is the Morvan
    assert [p.name for _, _, p in gaz.find("dans le pays du Roi Morvan depuis")] == []
    assert [p.region for _, _, p in gaz.find("dans le Haut Morvan")] == ["Bourgogne-Franche-Comté"]
    assert [p.region for _, _, p in gaz.find("Dans le Morvan, les médecins")] == ["Bourgogne-Franche-Comté"]
