"""A trade outside the role vocabulary named by a description's head word (segment/roles.py
names_a_trade, lang/fr/trade_nouns.yaml), and what it lets the readers of descriptions do."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.attributions import describes_person
from corpus.segment.roles import names_a_trade


@pytest.mark.parametrize("desc", [
    "cordiste", "éclusière à Rethel", "chef d'atelier depuis 1998", "conducteur de presse", "apiculteur",
    "lissière", "docker", "technicien du programme", "l'éclusier du bief", "hortillon depuis 1972",
])
def test_trades(desc):
    assert names_a_trade(desc)


@pytest.mark.parametrize("desc", [
    "Territoire", "dossier suivi", "la salle de code", "questionnaire", "commune rurale", "Paris",
    "secteur nord", "affichette", "narratrice du roman", "instruction ministérielle",
])
def test_not_trades(desc):
    assert not names_a_trade(desc)


def test_describes_a_person_in_a_trade_the_roles_do_not_know():
    assert describes_person("cordiste, 34 ans")
    assert describes_person("ripeur, dépôt de Limay")
    assert not describes_person("Territoire, 2019")


PAGE = [
    "3. Échanges avec l'encadrement",
    "Le score moyen de 6 indique qu'une modification du poste est nécessaire rapidement.",
    "Bernard Tixier, chef d'atelier à Aubusson : « Une tapisserie de quatre mètres carrés, c'est un an de travail "
    "pour une lissière. On ne peut pas aller plus vite. »",
    "Marie Dupuis, infirmière à Guéret : « Je vois des tendinites tous les mois, et on ne peut rien faire de plus. »",
]


def test_a_named_person_in_an_unlisted_trade_speaks(gazetteer):
    text, segs = _segment(PAGE, gazetteer, doc={"kind": "report"})
    s = _at(text, segs, "Une tapisserie de quatre mètres carrés")
    assert (s.kind, s.speaker, s.role, s.region) == ("verbatim", "Bernard Tixier", "autre", "Nouvelle-Aquitaine")
    assert _at(text, segs, "Je vois des tendinites").role == "infirmier"


@pytest.mark.parametrize(("desc", "role"), [
    ("Salarié d'une entreprise sous-traitante, qui n'a pas souhaité préciser son poste", "inconnu"),
    ("J5 – a refusé de préciser s'il monte en course ou s'il travaille à l'écurie", "inconnu"),
    ("Réponse n° 22 – métier non renseigné", "inconnu"),
    ("Répondant anonyme au questionnaire en ligne", "inconnu"),
    # near misses: a profession of the vocabulary named beside what was withheld; a plain trade
    ("infirmière, a refusé de préciser son âge", "infirmier"),
    ("plaisancier néerlandais", "autre"),
])
def test_a_withheld_function_leaves_the_role_unknown(desc, role):
    from corpus.segment.roles import normalize_role

    assert normalize_role(desc) == role
