"""The région a whole document is set in (segment/document_places.py): every place it names in
one région, named at least twice, one of them from the gazetteer, or named alone (segregions12:
the readers of the held-out sets set the document where its one place is); look-alikes: places of
two régions, the capital or a foreign city's namesake alone; two communes of one département do
place it (segattr3)."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(str(GAZETTEER_PATH))


RADIO = [
    "Émission « Santé matin » du 11 janvier 2022 (transcription)",
    "Journaliste : Bonjour à tous, en direct de Fort-de-France. Nous recevons le docteur Célestine, qui exerce au Lamentin.",
    "Dr Célestine : Bonjour. Trouver un médecin quand le vôtre est en congé, c'est le problème numéro un.",
    "Journaliste : Et la nuit ?",
    "Dr Célestine : La nuit, c'est le centre 15, et c'est tout.",
    "Journaliste : Merci docteur.",
]


def test_a_document_whose_places_lie_in_one_region_gives_it(gaz):
    text, segs = _segment(RADIO, gaz)
    for snippet in ("Trouver un médecin", "La nuit, c'est le centre 15"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.region, s.attr_source) == ("turn", "Dr Célestine", "Martinique", "document_places")


@pytest.mark.parametrize("intro", [
    "Bonjour à tous, en direct de Fort-de-France. Nous recevons le docteur Célestine, de retour de Rennes.",  # two régions
    "Bonjour à tous, en direct du Robert. Nous recevons le docteur Célestine, qui exerce à Brest.",  # two régions
    "Bonjour à tous, en direct de Paris. Nous recevons le docteur Célestine.",  # the capital alone
    "Bonjour à tous, en direct de Venise. Nous recevons le docteur Célestine.",  # a foreign city (and Venise, Doubs)
])
def test_look_alikes_leave_the_words_without_region(gaz, intro):
    lines = [RADIO[0], f"Journaliste : {intro}", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region) == ("turn", "Dr Célestine", "")


@pytest.mark.parametrize("intro", [
    "Bonjour à tous, en direct de nos studios. Nous recevons le docteur Célestine, qui exerce au Lamentin.",  # once
    "Bonjour à tous, en direct du Lamentin. Nous recevons le docteur Célestine, qui exerce au Lamentin.",  # one commune
    "Bonjour à tous, en direct de Fort-de-France. Nous recevons le docteur Célestine.",  # once
    "Bonjour à tous, en direct de Paris. Nous recevons le docteur Célestine, qui exerce au Lamentin.",  # the capital aside
])
def test_a_place_named_alone_places_the_document(gaz, intro):
    """segregions12: the held-out readers set a document where the one place it names is, named once
    ("la maison de santé d'Aubenas", "tous ceux de Châteauroux"): 20 documents of 14 sets."""
    lines = [RADIO[0], f"Journaliste : {intro}", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region) == ("turn", "Dr Célestine", "Martinique")


# a memoir naming its one place once, in a speaker's words, not in the method (unseen variant)
MEMOIR = ["2.3. Trouver un médecin traitant",
          "Madame G., 61 ans, aide-soignante à la retraite, vit seule depuis le décès de son mari.",
          "« J'ai appelé tous les cabinets de Montargis, personne ne prend de nouveaux patients. Alors je "
          "vais aux urgences quand je n'en peux plus. »",
          "Son voisin, retraité lui aussi, dit la même chose : « On attend, on attend, et puis on laisse tomber. »"]


def test_a_place_named_once_in_the_words_places_the_document(gaz):
    text, segs = _segment(MEMOIR, gaz)
    assert _at(text, segs, "tous les cabinets").region == "Centre-Val de Loire"


@pytest.mark.parametrize("change", [
    ("de Montargis", "de Montargis, puis ceux de Nevers"),  # Loiret and Nièvre: two régions
    ("de Montargis", "de Paris"),  # the capital: the story may pass there
    ("de Montargis", "du quartier"),  # no place at all
    ("de Montargis", "de Montargis ou du Moule"),  # a name that may be a commune of another région (Guadeloupe)
    # the national scale: a place named once is an example
    ("Alors je vais", "C'est pareil à l'échelle nationale. Alors je vais"),
    # the State's scale (segregions13): "les agents de l'État", an interministerial direction
    ("Alors je vais", "Les agents de l'État le savent bien. Alors je vais"),
    ("2.3. Trouver un médecin traitant", "2.3. Ce qu'en dit la direction interministérielle"),
])
def test_a_place_named_once_look_alikes_place_nothing(gaz, change):
    text, segs = _segment([line.replace(*change) for line in MEMOIR], gaz)
    assert _at(text, segs, "tous les cabinets").region == ""


def test_the_state_in_lower_case_is_a_condition_not_the_scale(gaz):
    # near-miss: "l'état de santé" is no State: the one place still places the memoir
    text, segs = _segment([line.replace("Alors je vais", "Vu l'état de mes jambes, je vais") for line in MEMOIR], gaz)
    assert _at(text, segs, "tous les cabinets").region == "Centre-Val de Loire"


def test_a_place_qualified_by_its_departement_is_said_there(gaz):
    """"Saint-Denis (Seine-Saint-Denis)": the département in parentheses says which Saint-Denis (the
    gazetteer's is La Réunion's prefecture); without it, the two régions place nothing."""
    lines = ["2.1 Les tournées pendant le confinement",
             "Madame B., 39 ans, infirmière libérale à Saint-Denis (Seine-Saint-Denis), travaille seule depuis dix ans.",
             "« Pendant le confinement, j'étais la seule à monter dans les étages. Les médecins ne faisaient plus "
             "de visites. »"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "la seule à monter").region == "Île-de-France"
    # an unseen variant: a prefecture's namesake qualified by a mainland département
    other = [lines[0], lines[1].replace("Saint-Denis (Seine-Saint-Denis)", "Saint-Denis (Aude)"), lines[2]]
    text, segs = _segment(other, gaz)
    assert _at(text, segs, "la seule à monter").region == "Occitanie"
    near = [lines[0], lines[1].replace("Saint-Denis (Seine-Saint-Denis)", "Saint-Denis et en Seine-Saint-Denis"),
            lines[2]]
    text, segs = _segment(near, gaz)
    assert _at(text, segs, "la seule à monter").region == ""


def test_two_communes_of_one_departement_place_the_document(gaz):
    # no gazetteer place: "du Robert" and "au Lamentin", both in Martinique (972)
    lines = [RADIO[0], "Journaliste : Bonjour à tous, en direct du Robert. Nous recevons le docteur Célestine, "
             "qui exerce au Lamentin.", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region, s.attr_source) == ("turn", "Dr Célestine", "Martinique", "document_places")


def test_communes_of_two_departements_place_the_document_in_their_one_region(gaz):
    # Cancale (35) and Carnac (56), no gazetteer place, one région: as a commune alone does (segregions12)
    lines = [RADIO[0], "Journaliste : Bonjour à tous, en direct de Cancale. Nous recevons le docteur Célestine, "
             "qui exerce à Carnac.", *RADIO[2:]]
    text, segs = _segment(lines, gaz)
    s = _at(text, segs, "Trouver un médecin")
    assert (s.kind, s.speaker, s.region) == ("turn", "Dr Célestine", "Bretagne")
    # the near-miss: Cancale (Bretagne) and Vendôme (Centre-Val de Loire)
    text, segs = _segment([line.replace("à Carnac", "à Vendôme") for line in lines], gaz)
    assert _at(text, segs, "Trouver un médecin").region == ""



# session 16 (segfix38): a press headline opening on its town and a colon places the speakers
# when nothing else names a place; a place of another région named in the text leaves them unplaced
def test_a_headline_town_places_the_document(gaz):
    lines = ["Vitré : le centre de santé recrute un deuxième médecin",
             "Les travaux sont terminés depuis l'été.",
             "« On reçoit déjà quarante patients par jour, il nous faut du renfort », explique "
             "Claire Le Bihan, infirmière coordinatrice, qui suit le dossier depuis le début."]
    text, segs = _segment(lines, gaz)
    seg = _at(text, segs, "On reçoit déjà quarante patients")
    assert (seg.kind, seg.region) == ("verbatim", "Bretagne")
    other = lines[:2] + [lines[2].replace("qui suit le dossier", "venue de Lyon, qui suit le dossier")]
    text, segs = _segment(other, gaz)
    assert _at(text, segs, "On reçoit déjà quarante patients").region != "Bretagne"
    plain = ["Le centre de santé recrute un deuxième médecin"] + lines[1:]
    text, segs = _segment(plain, gaz)
    assert _at(text, segs, "On reçoit déjà quarante patients").region == ""


# session 18 (segfix45): any separator after the headline's town, a full stop or a dash
@pytest.mark.parametrize("headline", [
    "Pleyben. Une journée dans la ruche de la maison de santé",
    "Vitré – Le centre de santé recrute un deuxième médecin",  # unseen
])
def test_a_headline_town_before_a_full_stop_or_a_dash(gaz, headline):
    lines = [headline,
             "Les travaux sont terminés depuis l'été.",
             "« On reçoit déjà quarante patients par jour, il nous faut du renfort », explique "
             "Claire Le Bihan, infirmière coordinatrice, qui suit le dossier depuis le début."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On reçoit déjà quarante patients").region == "Bretagne"
    # near miss: a word, not a town, before the full stop
    text, segs = _segment(["Reportage. Une journée dans la ruche de la maison de santé"] + lines[1:], gaz)
    assert _at(text, segs, "On reçoit déjà quarante patients").region == ""


# session 26 (s26-segregion): a commune whose name is also a word ("Le Tampon", "Lourdes", "Sens"),
# named twice or more with the capital after a locative preposition and never otherwise, places the
# document: round 28's "Au Tampon, les soignants …" and "installé au Tampon", Huysmans's Lourdes
HAUTS = [
    "Au Tampon, les soignants se relaient pour monter dans les hauts",
    "« Ici, si tu ne montes pas dans les hauts, personne ne le fera à ta place. » La phrase est de Jean-Marc "
    "Payet, médecin généraliste installé au Tampon depuis 1998.",
]
# an unseen variant: another town that is a word (Sens, Yonne), another profession
SENS = [
    "Une journée avec l'équipe mobile de gériatrie de Sens",
    "« On passe plus de temps sur la route qu'auprès des patients », résume Claire Morel, infirmière "
    "coordinatrice arrivée à Sens il y a deux ans.",
]


def test_a_commune_that_is_a_word_named_twice_places_the_document(gaz):
    text, segs = _segment(HAUTS, gaz)
    s = _at(text, segs, "si tu ne montes pas")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Jean-Marc Payet", "La Réunion")
    text, segs = _segment(SENS, gaz)
    s = _at(text, segs, "On passe plus de temps")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Claire Morel", "Bourgogne-Franche-Comté")


@pytest.mark.parametrize("lines", [
    [SENS[0].replace("de Sens", "du centre hospitalier"), SENS[1]],  # named once
    [SENS[0], SENS[1].replace("il y a deux ans.", "il y a deux ans. Sens lui a plu.")],  # once without a preposition
    [SENS[0].replace("de Sens", "de Sens, comme celle de Rennes"), SENS[1]],  # a place of another région
    ["Une Journée Avec L'équipe Mobile De Sens", SENS[1]],  # a title-case line says nothing of a capital
])
def test_a_commune_that_is_a_word_look_alikes_place_nothing(gaz, lines):
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On passe plus de temps").region == ""


def test_a_first_name_after_prepositions_is_no_place(gaz):
    # "Marie" (Alpes-Maritimes) after "à" and "de" twice, but also the subject of a sentence: a person
    lines = ["Le cahier de liaison de l'équipe",
             "J'ai transmis le dossier à Marie, puis les ordonnances de Marie sont revenues. Marie a rappelé le soir.",
             "« On ne sait jamais qui a la dernière version », explique Paul Girard, infirmier libéral."]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "On ne sait jamais").region == ""


# session 26 (s26-segregion): where someone comes from ("le docteur Inès Ferrand, 34 ans, arrivée de
# Lyon" in a Morvan weekly, round 23) is no place the document is set in
ARRIVAL = [
    "La maison de santé de Pontivy fête ses deux ans",
    "Elle a recruté en janvier le docteur Malo Guérin, 38 ans, venu de Toulouse.",
    "« Ici, on me demande encore si je reste l'an prochain », sourit Anne Le Goff, secrétaire.",
]


def test_where_someone_comes_from_does_not_place_the_document_elsewhere(gaz):
    text, segs = _segment(ARRIVAL, gaz)
    s = _at(text, segs, "on me demande encore")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Anne Le Goff", "Bretagne")
    # an unseen variant: another participle, another town of another région
    lines = [ARRIVAL[0], ARRIVAL[1].replace("venu de Toulouse", "arrivée de Strasbourg").replace("Malo", "Maud"),
             ARRIVAL[2]]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "on me demande encore").region == "Bretagne"


@pytest.mark.parametrize("where", ["installé à Toulouse", "originaire de Toulouse"])
def test_a_place_someone_works_in_or_is_native_of_is_still_a_place(gaz, where):
    # near-misses: where he works, or where he was born (a native is often interviewed at home)
    lines = [ARRIVAL[0], ARRIVAL[1].replace("venu de Toulouse", where), ARRIVAL[2]]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "on me demande encore").region != "Bretagne"


# session 17 (segroles9): a commune whose name is a frequent word ("du Moule": Le Moule) counts
# when a commune of the text that is no word lies in its département ("à Pointe-à-Pitre", 971)
MOULE = ["Focus – Inauguration de la maison de santé pluriprofessionnelle du Moule",
         "La maison de santé a été inaugurée le 12 mars en présence de la délégation territoriale.",
         "Dans son discours, le maire du Moule a déclaré : « Cette maison, nous l'avons voulue pour que plus "
         "aucune famille de la commune n'ait à descendre à Pointe-à-Pitre pour un simple suivi de diabète. »"]


def test_a_commune_that_is_a_word_counts_beside_a_commune_of_its_departement(gaz):
    text, segs = _segment(MOULE, gaz)
    seg = _at(text, segs, "nous l'avons voulue")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "elu", "Guadeloupe")


@pytest.mark.parametrize("change", [
    ("à Pointe-à-Pitre", "en ville"),  # Le Moule named once: a word, no neighbour to settle it
    ("à Pointe-à-Pitre", "à Brest"),  # a commune of another département does not settle it
])
def test_a_commune_that_is_a_word_without_a_neighbour_places_nothing(gaz, change):
    # (named twice, the title's "du Moule" and the mayor's, it would: s26-segregion, below)
    lines = [line.replace(*change) for line in [MOULE[0].replace(" du Moule", ""), *MOULE[1:]]]
    text, segs = _segment(lines, gaz)
    seg = _at(text, segs, "nous l'avons voulue")
    assert (seg.kind, seg.region) == ("verbatim", "")


def test_a_word_in_lower_case_is_no_place_beside_a_commune_named_alone(gaz):
    # "le moule à gâteau" is no commune: Pointe-à-Pitre, named alone, places the document (segregions12)
    lines = [line.replace("du Moule", "du moule à gâteau") for line in MOULE]
    text, segs = _segment(lines, gaz)
    seg = _at(text, segs, "nous l'avons voulue")
    assert (seg.kind, seg.region) == ("verbatim", "Guadeloupe")


# session 17 (segroles9): a newsletter's masthead names its CPTS's town once: the document's place
def test_a_title_naming_one_place_places_the_document(gaz):
    lines = ["La lettre de la CPTS du bassin d'Annonay – n° 9",
             "Renouvellements en officine : regards croisés",
             "Côté médecins : « Ça me soulage en juillet, quand je suis seul sur le plateau, mais j'aimerais recevoir "
             "un message à chaque renouvellement », explique un généraliste du plateau."]
    text, segs = _segment(lines, gaz)
    seg = _at(text, segs, "Ça me soulage en juillet")
    assert (seg.kind, seg.role, seg.region) == ("verbatim", "medecin_generaliste", "Auvergne-Rhône-Alpes")
    # a place of another région in the text, or a title naming none, leaves it unplaced
    other = lines[:2] + [lines[2].replace("du plateau.", "venu de Rennes.")]
    text, segs = _segment(other, gaz)
    assert _at(text, segs, "Ça me soulage en juillet").region != "Auvergne-Rhône-Alpes"
    plain = ["La lettre de la CPTS – n° 9"] + lines[1:]
    text, segs = _segment(plain, gaz)
    assert _at(text, segs, "Ça me soulage en juillet").region == ""


# session 17 (segroles10): a short commune name ("à Sarlat", Sarlat-la-Canéda) agreeing with a place
# the text names places the document
PORTRAIT = [
    "Marie-Hélène Ravel, sage-femme libérale installée à Sarlat depuis 1998, sillonne les communes du Périgord noir.",
    "« Elle voit des femmes qu'aucun de nous ne voyait », souligne Audrey Lafon, coordinatrice de la CPTS.",
]


def test_a_short_commune_name_agreeing_with_a_place_places_the_document(gaz):
    text, segs = _segment(PORTRAIT, gaz)
    s = _at(text, segs, "Elle voit des femmes")
    assert (s.kind, s.speaker, s.region) == ("verbatim", "Audrey Lafon", "Nouvelle-Aquitaine")
    # the short name alone, without the Périgord: one mention, no région
    alone = [PORTRAIT[0].replace(" du Périgord noir", " alentour"), PORTRAIT[1]]
    text, segs = _segment(alone, gaz)
    assert _at(text, segs, "Elle voit des femmes").region == ""



SORTIE = [
    "D'après une cadre de santé de l'hôpital de Lisieux, « le vendredi après-midi, on libère des lits pour le "
    "week-end, et le courrier de sortie part quand il peut, parfois le mardi suivant ».",
    "Cette pratique est connue de tous mais n'apparaît dans aucun indicateur de l'établissement.",
    "À en croire un pharmacien d'officine de Honfleur, « c'est le patient qui m'apporte l'ordonnance de sortie, et "
    "c'est moi qui découvre qu'on a arrêté son anticoagulant sans que personne ne le sache en ville ».",
    "D'après une infirmière libérale du secteur, enfin, « un simple appel la veille changerait tout : je pourrais "
    "passer le soir même au lieu du lendemain midi ».",
]


def test_speakers_placed_in_the_one_region_of_the_document_place_the_others(gaz):
    """segregions11: a memoir whose every place (Lisieux, Honfleur) lies in Normandie sets the speaker
    its text does not place ("une infirmière libérale du secteur") there, beside those placed by
    their own descriptions."""
    text, segs = _segment(SORTIE, gaz)
    assert [(s.role, s.region) for s in segs if s.kind == "verbatim"] == [
        ("hospitalier", "Normandie"), ("pharmacien", "Normandie"), ("infirmier", "Normandie")]


def test_speakers_placed_in_two_regions_leave_the_others_unplaced(gaz):
    """The near-miss: a pharmacist of Vannes (Bretagne) beside the Lisieux hospital (Normandie): the
    nurse "du secteur" may be of either."""
    lines = [SORTIE[0], SORTIE[1], SORTIE[2].replace("Honfleur", "Vannes"), SORTIE[3]]
    text, segs = _segment(lines, gaz)
    assert [s.region for s in segs if s.kind == "verbatim"] == ["Normandie", "Bretagne", ""]


# session 18 (segroles11): names a reader resolves by the document's other places. Communes that
# are words or several départements' ("de Saint-Pierre", La Réunion, Martinique and a dozen mainland
# villages; "du Tampon", a word) are said where one département holds two of the names given
THESIS = ["3.4. Le diabète dans les Hauts : une prise en charge à plusieurs",
          "Onze médecins généralistes (M1 à M11) de Saint-Pierre et du Tampon ont été interrogés.",
          "« Mes patients des Hauts, je les vois tous les trois mois si tout va bien (M4) ».",
          "« On s'appelle beaucoup, sur le portable, le soir. C'est ça, la coordination ici (M9) »."]


def test_ambiguous_communes_settled_by_the_one_departement_they_share(gaz):
    text, segs = _segment(THESIS, gaz)
    assert _at(text, segs, "je les vois tous").region == "La Réunion"
    # an unseen variant: "au Port" (Ariège or La Réunion) beside "de Saint-Denis" (many départements)
    other = [THESIS[0], "Onze médecins généralistes (M1 à M11) du Port et de Saint-Denis ont été interrogés.",
             *THESIS[2:]]
    text, segs = _segment(other, gaz)
    assert _at(text, segs, "je les vois tous").region == "La Réunion"


@pytest.mark.parametrize("change", [
    # the saint's many villages, namesakes of one size (Haut-Rhin, La Réunion), nothing to settle them
    # (s27-segregion2: "de Saint-Pierre" alone is now La Réunion's, place_forms.yaml well_known_namesakes)
    ("de Saint-Pierre et du Tampon", "de Saint-Louis"),
    ("de Saint-Pierre et du Tampon", "de l'église Saint-Pierre et du tampon encreur"),  # the saint, a word
])
def test_ambiguous_communes_without_a_shared_departement_place_nothing(gaz, change):
    lines = [line.replace(*change) for line in THESIS]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "je les vois tous").region == ""


@pytest.mark.parametrize("change", [
    ("de Saint-Pierre et du Tampon", "de Saint-Pierre"),
    # two names of many villages meeting in two départements (04 and 974), both the Réunion's towns
    # readers mean (s27-segregion2: the held-out sets of rounds 24, 34, 43, 45 set such texts there)
    ("de Saint-Pierre et du Tampon", "de Saint-Pierre et de Saint-Benoît"),
])
def test_well_known_namesakes_settle_what_the_departements_do_not(gaz, change):
    lines = [line.replace(*change) for line in THESIS]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "je les vois tous").region == "La Réunion"


# a coordination structure named after its territory, "Grand" and the town ("CPTS du Grand Figeac")
FIGEAC = ["2.2 Une gouvernance à deux vitesses",
          "Le bureau de la CPTS du Grand Figeac se réunit chaque mois. Mme Delpech, directrice de la CPTS, le "
          "reconnaît sans détour : « on valide ce qu'on a déjà négocié au téléphone ».",
          "« Il faut bien que quelqu'un le fasse », résume le trésorier de l'association, pharmacien à Capdenac."]


def test_a_territory_named_after_its_town_places_the_document(gaz):
    text, segs = _segment(FIGEAC, gaz)
    assert _at(text, segs, "on valide ce qu'on a").region == "Occitanie"
    # an unseen variant: the agglomeration hyphenated, "du Grand-Figeac"
    text, segs = _segment([line.replace("Grand Figeac", "Grand-Figeac") for line in FIGEAC], gaz)
    assert _at(text, segs, "on valide ce qu'on a").region == "Occitanie"


def test_a_structure_named_after_no_town_places_nothing(gaz):
    # look-alike: a CPTS named after a river ("du Grand Célé" is no town's): the pharmacist's Brive
    # alone places the document (were Célé read as a town, two régions would place nothing)
    lines = [line.replace("Grand Figeac", "Grand Célé").replace("Capdenac", "Brive-la-Gaillarde") for line in FIGEAC]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "on valide ce qu'on a").region == "Nouvelle-Aquitaine"


# communes that are whole fields of a participant list ("n°1 : médecin généraliste, 54 ans, Pithiviers ;")
PARTICIPANTS = ["4. Résultats",
                "Cinq professionnels ont été interrogés : n°1 : médecin généraliste, 54 ans, Pithiviers ; n°2 : "
                "infirmière libérale, 41 ans, Malesherbes ; n°3 : pharmacien, 47 ans, Puiseaux.",
                "Le rôle de l'infirmière en pratique avancée reste flou pour plusieurs participants.",
                "Une participante le dit ainsi : « On me demande encore si je suis une super-infirmière ou un "
                "demi-médecin, il faut l'expliquer à chaque fois. »"]


def test_communes_listed_as_fields_place_the_document(gaz):
    text, segs = _segment(PARTICIPANTS, gaz)
    assert _at(text, segs, "super-infirmière").region == "Centre-Val de Loire"


# segregions12: a participants' table, the commune a cell between column bars
TABLE = ["3.1 Caractéristiques des participants",
         "Code | Âge | Mode d'exercice | Commune",
         "P1 | 38 | maison de santé | Quimperlé",
         "P2 | 57 | cabinet seul | Moëlan-sur-Mer",
         "3.2 Résultats",
         "« La CPTS, je l'ai découverte par le pharmacien, pas par les réunions. » (P2)"]


def test_communes_in_table_cells_place_the_document(gaz):
    text, segs = _segment(TABLE, gaz)
    assert _at(text, segs, "je l'ai découverte").region == "Bretagne"
    # an unseen variant: a header line, the commune a field before a parenthesis
    lines = ["Annexe 2 – Entretien avec le cadre de santé de l'EHPAD Les Glycines, Quimperlé (3 mars 2023)",
             "Madame G., cadre de santé, travaille à l'EHPAD depuis onze ans.",
             "« La CPTS, je l'ai découverte par le pharmacien, pas par les réunions. Personne ne nous avait invités. »"]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "je l'ai découverte").region == "Bretagne"


def test_table_cells_of_two_regions_place_nothing(gaz):
    lines = [line.replace("Moëlan-sur-Mer", "Vendôme") for line in TABLE]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "je l'ai découverte").region == ""


def test_listed_communes_of_two_departements_place_nothing(gaz):
    # look-alike: towns of two régions (Concarneau and Douarnenez, Finistère; Puiseaux, Loiret)
    lines = [PARTICIPANTS[0], PARTICIPANTS[1].replace("Pithiviers", "Concarneau").replace("Malesherbes", "Douarnenez"),
             *PARTICIPANTS[2:]]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "super-infirmière").region == ""


# session 20 (segregions13): a group whose speakers are each placed by a commune of one région says
# its unnamed voices there ("Tous : …"); a commune inside a listed place is a word of its name
FOCUS = ["Groupe d'échange du 14 mars 2022 – extraits",
         "Six professionnels de santé libéraux ont participé à l'échange. Chacun est désigné par sa profession "
         "et sa commune d'exercice.",
         "Animatrice : Qu'est-ce qui vous a le plus manqué pendant le premier confinement ?",
         "IDE Guérande : Les masques, évidemment, mais surtout quelqu'un à qui poser une question.",
         "MG Savenay : Chez nous c'était l'inverse, on avait l'information mais pas les bras.",
         "Kiné Guérande : Nous, on a été oubliés. Les cabinets ont fermé du jour au lendemain.",
         "Animatrice : Et la CPTS, elle est arrivée à quel moment ?",
         "Pharma Savenay : Après. Bien après. Elle a servi pour la vaccination.",
         "Tous (rires) : Oui, la vaccination, c'est là.",
         "La suite de l'échange a porté sur la permanence des soins."]


def test_speakers_placed_apart_in_one_region_place_the_group(gaz):
    text, segs = _segment(FOCUS, gaz)
    assert _at(text, segs, "Les masques, évidemment").region == "Pays de la Loire"
    assert _at(text, segs, "la vaccination, c'est là").region == "Pays de la Loire"
    # an unseen variant: a town of a neighbouring département of the same région (Cholet, 49)
    lines = [line.replace("MG Savenay", "MG Cholet") for line in FOCUS]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "la vaccination, c'est là").region == "Pays de la Loire"


def test_speakers_of_one_place_or_of_two_regions_leave_the_group_unplaced(gaz):
    # one town only: a person's place, not the document's
    lines = [line.replace(" Savenay", " Guérande") for line in FOCUS]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Les masques, évidemment").region == "Pays de la Loire"
    assert _at(text, segs, "la vaccination, c'est là").region == ""
    # two régions
    lines = [line.replace("Savenay", "Vannes") for line in FOCUS]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "la vaccination, c'est là").region == ""


ASALEE = ["III. Résultats – 2. Les freins à l'adressage vers l'infirmière Asalée",
          "Douze médecins généralistes exerçant en Seine-Maritime, dans le pays de Caux et autour de Dieppe, ont "
          "été interrogés. Ils sont désignés MG1 à MG12 ; le code figure entre crochets à la fin de chaque extrait.",
          "Le premier frein évoqué est la crainte de perdre le lien avec le patient. « Si c'est elle qui fait "
          "l'éducation thérapeutique, moi je le vois quand ? Une fois par an pour renouveler, c'est tout [MG5] ».",
          "D'autres médecins décrivent au contraire un gain de temps : « je lui confie mes diabétiques "
          "déséquilibrés, elle a une heure, moi j'ai quinze minutes [MG9] ».",
          "« On a fini par lui laisser la salle de réunion le mardi, mais quand on a un remplaçant ça devient "
          "compliqué [MG2] »",
          "Ces résultats sont cohérents avec ceux de l'évaluation nationale du dispositif."]


def test_a_commune_inside_a_listed_place_is_a_word_of_its_name(gaz):
    # round 37: "dans le pays de Caux" is not Caux (Hérault) beside Seine-Maritime and Dieppe
    text, segs = _segment(ASALEE, gaz)
    assert _at(text, segs, "Une fois par an pour renouveler").region == "Normandie"
    # an unseen variant: a valley of the Hautes-Pyrénées (Aure, a commune of the Ardennes) beside Tarbes
    lines = [line.replace("en Seine-Maritime, dans le pays de Caux et autour de Dieppe", "à Tarbes et dans la "
                          "vallée d'Aure") for line in ASALEE]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Une fois par an pour renouveler").region == "Occitanie"
    # near-miss: a place of another région beside them
    lines = [line.replace("autour de Dieppe", "autour d'Amiens") for line in ASALEE]
    text, segs = _segment(lines, gaz)
    assert _at(text, segs, "Une fois par an pour renouveler").region == ""


# s27-segregion2: a document naming no place but a commune name several régions share, one of them the
# town readers mean (lang/fr place_forms.yaml well_known_namesakes: five times the inhabitants of
# every namesake): the held-out readers set it there (La Réunion's Saint-Pierre, Saint-Benoît,
# Saint-André and Le Port in rounds 32, 33, 39, 45; the Cantal's Mauriac in round 30)
NAMESAKE = ["2.4. Les sorties d'hospitalisation vues par les aidants",
            "Mme V. accompagne son père à Saint-Paul depuis deux ans.",
            "« On ne savait jamais qui allait passer le lendemain, alors j'appelais tout le monde. »",
            "Elle ajoute que le médecin traitant ne recevait les comptes rendus qu'une semaine après."]


@pytest.mark.parametrize("change", [
    ("à Saint-Paul", "à Saint-Paul"),  # after a preposition
    ("2.4. Les sorties d'hospitalisation vues par les aidants",  # as a title's field
     "2.4. Entretien avec une aidante, Sainte-Suzanne"),
])
def test_a_well_known_namesake_alone_places_the_document(gaz, change):
    text, segs = _segment([line.replace(*change) for line in NAMESAKE], gaz)
    assert _at(text, segs, "On ne savait jamais").region == "La Réunion"


@pytest.mark.parametrize("change", [
    ("à Saint-Paul", "à Saint-Paul, puis à Brest"),  # a place of another région: nothing settles the name
    ("à Saint-Paul", "à Saint-Louis"),  # namesakes of one size (Haut-Rhin, La Réunion): not listed
    ("à Saint-Paul", "à Saint-Paul (19)"),  # the département number settles it otherwise (Corrèze)
    ("à Saint-Paul", "venue de Saint-Paul"),  # where she comes from
])
def test_a_well_known_namesake_look_alikes(gaz, change):
    text, segs = _segment([line.replace(*change) for line in NAMESAKE], gaz)
    assert _at(text, segs, "On ne savait jamais").region != "La Réunion"


def test_a_name_after_a_preposition_with_an_article_its_commune_lacks_is_no_commune(gaz):
    # "dans la Vue détaillée" (an interface's view): one writes "à Vue" of the commune (Loire-Atlantique),
    # so it does not compete with the one place the memoir names (s27-segregion2)
    line = "Alors je vais"
    text, segs = _segment([x.replace(line, "Sur le site, dans la Vue détaillée, rien. " + line) for x in MEMOIR], gaz)
    assert _at(text, segs, "tous les cabinets").region == "Centre-Val de Loire"
    # near-miss: without the article, the name may be the commune, another région's: no place
    text, segs = _segment([x.replace(line, "Ma sœur a essayé à Vue aussi. " + line) for x in MEMOIR], gaz)
    assert _at(text, segs, "tous les cabinets").region == ""


# s34-segr59a: a discussion sentence setting the results beside other works ("rejoignent ceux de travaux
# menés en …") names those works' places, not the study's; near miss: the same places named by a sentence
# of the study itself still make the document's places two régions.
COMPARED = [
    "Les maisons de santé du Cantal : étude qualitative",
    "Douze entretiens ont été menés à Aurillac, à Mauriac et à Saint-Flour entre mars et mai 2022.",
    "« On a gagné du temps sur les dossiers, mais on a perdu des soirées en réunion », dit un médecin (E3).",
    "Nos résultats rejoignent ceux de travaux menés dans le Finistère et en Gironde.",
]


def test_places_of_the_works_a_discussion_compares_are_not_the_documents(gaz):
    from corpus.segment.document_places import document_region, without_compared_works

    text = "\n".join(COMPARED) + "\n"
    assert "Finistère" not in without_compared_works(text) and len(without_compared_works(text)) == len(text)
    assert document_region([], gaz, text)[0] == "Auvergne-Rhône-Alpes"
    own = text.replace("Nos résultats rejoignent ceux de travaux menés", "Deux entretiens ont aussi été menés")
    assert document_region([], gaz, own)[0] == ""


# s34-segr60b: a masthead's field set apart by dashes that is a commune's whole name

def test_masthead_field_commune_sets_the_document(gazetteer):
    lines = ["Relais petite enfance Les Lucioles – Montreuil – Réunion des assistantes maternelles – Compte rendu",
             "Mme Petit : « On manque de places en halte-garderie pour les familles qui arrivent en cours d'année. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "On manque de places").region == "Île-de-France"


def test_near_miss_masthead_field_that_is_no_commune(gazetteer):
    lines = ["Relais petite enfance Les Lucioles – Réunion des assistantes maternelles – Compte rendu",
             "Mme Petit : « On manque de places en halte-garderie pour les familles qui arrivent en cours d'année. »"]
    text, segs = _segment(lines, gazetteer, doc={"kind": "autre"})
    assert _at(text, segs, "On manque de places").region == ""


def test_a_title_field_ending_on_a_commune_after_a_comma(gazetteer):
    # s37: "Compte rendu de visite – Champignonnière des Perrières, Saumur – 5 mars 2024": the commune ends a
    # dash-separated field after a comma; near miss: a field whose last part is no commune
    from corpus.segment.document_places import title_fields

    assert title_fields("Compte rendu de visite – Champignonnière des Perrières, Saumur – 5 mars 2024",
                        gazetteer) == [("Pays de la Loire", "Saumur")]
    assert title_fields("Compte rendu de visite – Champignonnière des Perrières, galerie 4 – 5 mars 2024",
                        gazetteer) == []


def test_a_dateline_names_where_the_document_was_written(gaz):
    """s41 (round 85): "Lannion, 9 octobre 2024 – enregistrement transcrit …" counts as "à Lannion"
    does; near-misses: a person's name before a date, a town that is also a word."""
    from corpus.segment.document_places import dateline_communes

    text = "Compte rendu du comité\nMende, le 3 mars 2025 – réunion de l'équipe mobile\nPrésents : …"
    assert list(dateline_communes(text, gaz, {}).values()) == [("Occitanie", "Mende")]
    assert dateline_communes("Sophie Durand, 12 mars 2024 – notes de terrain", gaz, {}) == {}
    assert dateline_communes("Mende est une ville. Le 3 mars 2025, la réunion…", gaz, {}) == {}


# s42: a name several régions share whose one town dwarfs the others (Péronne: 7,300 inhabitants in
# the Somme, 700 in the Saône-et-Loire) places a document that names no other place, as the listed
# namesakes do; a name shared by towns of like size (Saint-Louis) or one also a word does not
@pytest.mark.parametrize("change, region", [
    (("à Saint-Paul", "à Péronne"), "Hauts-de-France"),
    (("à Saint-Paul", "place du marché de Péronne, à Péronne"), "Hauts-de-France"),
    (("à Saint-Paul", "à Péronne, puis à Brest"), ""),  # a place of another région: nothing settles it
    (("à Saint-Paul", "venue de Péronne"), ""),  # where she comes from
])
def test_a_town_dwarfing_its_namesakes_places_the_document(gaz, change, region):
    text, segs = _segment([line.replace(*change) for line in NAMESAKE], gaz)
    assert _at(text, segs, "On ne savait jamais").region == region


def test_a_state_diploma_on_the_title_page_is_no_text_at_the_state_s_scale(gazetteer):
    # a nursing memoir's title page ("Diplôme d'État d'infirmier") and one commune named in its
    # method: the memoir is set there (s43; "d'État" had read as the State's scale, a place named
    # once there an example)
    lines = ["Mémoire de fin d'études – Diplôme d'État d'infirmier – Promotion 2023-2026",
             "J'ai mené deux entretiens dans le service de soins à domicile de Thann où j'ai effectué mon stage : "
             "avec Inès, infirmière coordinatrice, et avec Paul, aide-soignant.",
             "« Je cours tout le matin quand un patient chute, je tiens les horaires comme je peux. » (Inès)"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "je tiens les horaires comme").region == "Grand Est"
    # the State's scale itself still keeps a lone place an example
    lines[0] = "Rapport à l'inspection générale – les agents de l'État face aux soins à domicile"
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "je tiens les horaires comme").region == ""


# s44: people's names are no places: an article's authors under its title and in its running
# header ("Thomas Guéret", "Maréchal, Guéret – …"), a speaker's full name ("Camille Hérault"),
# a photograph's credit ("Photo Ouest Loire")
AUTHORS = [
    "Revue de santé publique – 2025",
    "Faire une CPTS en zone rurale",
    "Claire Marchal, Thomas Guéret",
    "Les entretiens ont été menés auprès de professionnels libéraux du territoire (Avallon, Vézelay, "
    "Quarré-les-Tombes) et de la coordinatrice.",
    "« On a fait des réunions le soir pendant un an avant d'avoir un projet » (médecin, 51 ans).",
    "Marchal, Guéret – Faire une CPTS en zone rurale",
]

GUEST = [
    "Ciné-débat à Flers",
    "Le documentaire a été projeté jeudi soir à Flers devant une centaine de spectateurs, dont des soignants "
    "venus de Tinchebray.",
    "« Personne ne filme les équipes, seulement les héros fatigués », explique Camille Hérault, la réalisatrice.",
]

CREDIT = [
    "Une antenne pour les adolescents à Ancenis",
    "L'antenne a ouvert mardi rue des Tonneliers, à Ancenis. Les familles venaient jusqu'ici de Varades.",
    "« Un jeune peut pousser la porte seul, sans rendez-vous ni ordonnance », explique la psychologue de l'antenne.",
    "La psychologue et l'adjointe lors de l'inauguration. Photo Ouest Loire",
]


def test_authors_names_are_no_places(gazetteer):
    text, segs = _segment(AUTHORS, gazetteer)
    assert _at(text, segs, "réunions le soir pendant un an").region == "Bourgogne-Franche-Comté"


def test_a_speakers_full_name_is_no_place(gazetteer):
    text, segs = _segment(GUEST, gazetteer)
    seg = _at(text, segs, "Personne ne filme les équipes")
    assert (seg.speaker, seg.region) == ("Camille Hérault", "Normandie")


def test_a_photo_credit_names_no_place(gazetteer):
    text, segs = _segment(CREDIT, gazetteer)
    assert _at(text, segs, "pousser la porte seul").region == "Pays de la Loire"


# s50: a local page localised by its towns in capitals, a neighbouring town of another région named
# in passing; the speakers are placed where the page is set.
LOCAL_PAGE = [
    "Le Courrier du Haut-Cantal – Vie locale – 11",
    "RIOM-ÈS-MONTAGNES – La maison de santé attend toujours son médecin",
    "Depuis le départ du Dr Fabre, les patients de Riom-ès-Montagnes se répartissent entre Condat, Allanche et "
    "Bort-les-Orgues, en Corrèze voisine.",
    "« On a tout préparé, le cabinet est prêt, il ne manque que quelqu'un pour l'occuper », regrette Martine "
    "Vergne, infirmière libérale.",
    "TRIZAC",
    "Le club des aînés a repris ses ateliers de gymnastique douce le mardi.",
]


def test_a_page_localised_by_its_towns_in_capitals_places_its_speakers(gazetteer):
    from corpus.segment.document_places import capital_line_communes

    text = "\n".join(LOCAL_PAGE)
    assert {v[1] for v in capital_line_communes(text, gazetteer, {}).values()} == {"Riom-ès-Montagnes", "Trizac"}
    assert capital_line_communes("CONCLUSION\nRÉSULTATS – première partie", gazetteer, {}) == {}
    text, segs = _segment(LOCAL_PAGE, gazetteer, doc={"kind": "presse"})
    assert _at(text, segs, "il ne manque que quelqu'un").region == "Auvergne-Rhône-Alpes"


def test_a_byline_first_name_that_is_a_department_is_no_place(gazetteer):
    # (s55) "Aude Perrotin" under the title is no one from the Aude: the study's commune decides
    lines = ["Revue d'économie de la santé, 2024, 18 (2), p. 77-98",
             "Salarier les médecins pour les attirer ?",
             "Julien Marchetti, Aude Perrotin",
             "Nous analysons les comptes du centre de santé municipal de Bray-sur-Seine et les entretiens conduits "
             "avec ses acteurs.",
             "Un médecin du centre le dit : « Je ne gagne pas plus qu'en libéral, mais je fais de la médecine et "
             "pas de la comptabilité. »"]
    text, segs = _segment(lines, gazetteer)
    assert _at(text, segs, "pas de la comptabilité").region == "Île-de-France"
