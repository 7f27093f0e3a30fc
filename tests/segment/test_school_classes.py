"""Pupils quoted with a fictitious first name and their school class in the parenthesis after the
quotation ("(Aïcha, 6e)", "(Kenzo, CM2)"): the class says who the person is as an age does
(conventions SCHOOL_CLASS_FIELD, lang/fr/school_classes.yaml), the pupil speaks under the first name
with no trade (autre); a parent designated by an unnamed pupil ("(mère d'un élève de CE1)",
colon_subjects.kin_reference) speaks unnamed as a relative. Near-misses: a poster's slogan in
guillemets, a parenthesis naming a class and no person, a class in a bibliography's parenthesis."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import describes_person
from corpus.segment.colon_subjects import kin_reference
from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


CASE = [
    "Chapitre 3 – Ce que disent les élèves de l'accès aux soins",
    "Les groupes de parole ont eu lieu dans deux écoles et un collège de Saint-Laurent-du-Maroni. Les prénoms "
    "des élèves ont été changés.",
    "Beaucoup d'enfants associent le soin à l'éloignement : « Pour aller chez le docteur il faut prendre la "
    "pirogue et après le taxi, ma mère elle dit que c'est toute la journée. » (Kenzo, CM2)",
    "Dans le hall de l'école, une affichette rappelle : « Ici, on se lave les mains avant la cantine ».",
    "Les parents confirment ces obstacles : « On a attendu huit mois pour l'orthophoniste, et maintenant elle "
    "est partie à Cayenne. » (mère d'un élève de CE1)",
]

# other classes written otherwise (a lead word, a lycée's class), another relative, other places
VARIANT = [
    "Résultats des entretiens collectifs",
    "Nous avons rencontré des lycéens et des collégiens de Tulle pendant la semaine de prévention.",
    "La question du secret revient sans cesse : « Si je vais voir l'infirmière, tout le monde le sait le soir "
    "même sur les réseaux, donc je préfère attendre. » (Noah, en terminale)",
    "D'autres évoquent le coût : « Ma mère, elle dit que les lunettes c'est trop cher, alors je vois mal au "
    "tableau depuis la rentrée. » (Lina, élève de 4e)",
    "Un père résume : « Le bilan, on l'a eu deux ans après, c'était trop tard pour le redoublement. » "
    "(père d'une collégienne)",
]


def test_pupils_and_a_parent(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    s = _at(text, segs, "il faut prendre la pirogue")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Kenzo", "autre", "Guyane")
    s = _at(text, segs, "On a attendu huit mois")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")


def test_unseen_variant(gazetteer):
    text, segs = _segment(VARIANT, gazetteer)
    s = _at(text, segs, "tout le monde le sait")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Noah", "autre")
    s = _at(text, segs, "les lunettes c'est trop cher")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Lina", "autre")
    s = _at(text, segs, "trop tard pour le redoublement")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "", "autre")


def test_near_misses(gazetteer):
    text, segs = _segment(CASE, gazetteer)
    assert _at(text, segs, "on se lave les mains").kind not in ("verbatim", "turn")
    text, segs = _segment([
        "Bibliographie",
        "Le programme de sciences de la vie prévoit « l'éducation à la santé dès le plus jeune âge » (Bulletin "
        "officiel, 2019, classe de seconde) et sa reprise en CM2.",
    ], gazetteer)
    assert _at(text, segs, "l'éducation à la santé").kind not in ("verbatim", "turn")
    assert not describes_person("terminale S, option santé")
    assert kin_reference("mère d'un élève de CE1")["speaker"] == ""
    assert kin_reference("père de famille") is None


def test_a_lycee_class_with_its_track():
    # s33-segr57b: "Théo, en terminale STMG, …": the class and its track say who the pupil is; near misses:
    # a track alone, a class followed by a place
    assert describes_person("en terminale STMG")
    assert describes_person("en première générale")
    assert not describes_person("en STMG")
    assert not describes_person("en terminale Paris")
