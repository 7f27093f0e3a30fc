"""Roman paragraphs of unquoted words under a sentence that presents their speaker and ends with a
colon, "Nadia (52 ans, aide à domicile) décrit ainsi … :" (segment/led_blocks.py); look-alikes: a
single lead, the author's colon before prose, a lead over a quotation in guillemets."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.led_blocks import lead_person, settings

MEMOIR = [
    "Chapitre 2. Les nuits de garde",
    "Les récits des auxiliaires convergent sur la solitude des tournées du soir.",
    "Ghislaine (49 ans, auxiliaire de vie depuis 15 ans) raconte ainsi l'hiver 2021 :",
    "Le soir je finissais à vingt-deux heures, et je rentrais par la départementale sans croiser une voiture. On n'avait pas de téléphone de service, j'appelais avec le mien.",
    "Au bout d'un mois on nous a donné un boîtier d'alerte, mais il ne captait pas dans la vallée, alors je le laissais dans la voiture.",
    "La comparaison avec les soignants revient souvent. Rachid (33 ans, 4 ans d'ancienneté) :",
    "Nous on n'avait pas de prime, on n'avait pas d'applaudissements, on avait les courses des dames à porter, et je le dis sans amertume.",
    "Ces récits dessinent une solidarité de métier.",
]


def test_the_words_under_the_lead_are_its_persons(gazetteer):
    text, segs = _segment(MEMOIR, gazetteer)
    s = _at(text, segs, "je rentrais par la départementale")
    assert (s.kind, s.speaker) == ("verbatim", "Ghislaine")
    assert s is _at(text, segs, "il ne captait pas dans la vallée")  # over two paragraphs
    s = _at(text, segs, "on avait les courses des dames")
    assert (s.kind, s.speaker) == ("verbatim", "Rachid")
    assert _at(text, segs, "Ces récits dessinent").kind == "narrative"


def test_a_single_lead_is_no_convention(gazetteer):
    text, segs = _segment(MEMOIR[:5] + MEMOIR[7:], gazetteer)
    assert _at(text, segs, "je rentrais par la départementale").kind != "verbatim"


def test_lead_person_shapes():
    s = settings()
    assert lead_person("Ghislaine (49 ans, auxiliaire de vie depuis 15 ans) raconte ainsi l'hiver 2021 :", s) == \
        ("Ghislaine", "49 ans, auxiliaire de vie depuis 15 ans")
    assert lead_person("Laurent, 52 ans, médecin généraliste, explique :", s)[0] == "Laurent"
    assert lead_person("Les résultats sont présentés ci-dessous :", s) is None
    assert lead_person("Ghislaine (49 ans) le dit : « On rentrait tard. »", s) is None  # quoted, not led


def test_leads_naming_a_trade_between_commas_or_as_the_subject(gazetteer):
    # s52: "Claire (prénom modifié), infirmière libérale …, décrit … :", "Le Dr Paul Morin, médecin
    # généraliste à …, m'a expliqué :", "L'aide-soignante du SSIAD qui … se souvient … :"
    memoir = [
        "3. Ce que disent les soignants",
        "Claire (prénom modifié), infirmière libérale depuis douze ans à Pouzauges, décrit ainsi les nuits de fin de vie :",
        "On laisse notre numéro, on dit d'appeler à n'importe quelle heure, et on sait qu'ils n'appelleront pas la nuit.",
        "Le Dr Paul Morin, médecin généraliste à Chantonnay, qui suivait le patient, m'a expliqué lors de notre entretien :",
        "La sédation à domicile, je l'ai faite deux fois en quinze ans, et chaque fois un vendredi soir, seul.",
        "L'aide-soignante du SSIAD qui passait matin et soir se souvient surtout du dernier jour :",
        "Il ne parlait plus, mais quand j'ai ouvert les volets il a tourné la tête vers le jardin une dernière fois.",
        "Ces témoignages montrent une même solitude, vécue différemment selon la place de chacun.",
    ]
    text, segs = _segment(memoir, gazetteer)
    s = _at(text, segs, "on sait qu'ils n'appelleront pas")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Claire", "infirmier")
    s = _at(text, segs, "je l'ai faite deux fois en quinze ans")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Dr Paul Morin", "medecin_generaliste")
    s = _at(text, segs, "quand j'ai ouvert les volets")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre_paramedical")
    assert _at(text, segs, "Ces témoignages montrent une même").kind == "narrative"


def test_a_body_as_subject_leads_no_words():
    assert lead_person("La commune, qui a financé le projet, précise :", settings()) is None
    assert lead_person("Le département qui pilote le schéma rappelle :", settings()) is None
