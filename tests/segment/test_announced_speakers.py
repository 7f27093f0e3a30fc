"""A guest the host hands the floor to (segment/announced_speakers.py): "Nous avons en ligne
Rosine, infirmière libérale à Sainte-Marie. Rosine, vous confirmez ?" then "Rosine : …", heard
once, is a speaker with the role the host gave; look-alikes: a first name heard once that no
moderator named, or that a participant (not the host) named, stays prose."""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))


def _show(after_host: str, caller: str) -> list[str]:
    return [
        "Transcription de l'émission « Santé matin » du 11 janvier 2022.",
        "Journaliste : Bonjour à tous. Ce matin nous recevons le docteur Célestine, médecin au Lamentin. "
        "Docteur, la CPTS, à quoi ça sert ?",
        "Dr Célestine : À trouver un médecin quand le vôtre est en congé. On a organisé un planning entre nos cabinets.",
        f"Journaliste : {after_host}",
        f"{caller} : Je confirme, oui. Le vendredi soir, c'est nous qui découvrons le patient, sans ordonnance.",
        "Dr Célestine : C'est exactement pour ça qu'on a créé la fiche de liaison.",
        "Journaliste : Merci à tous les deux.",
    ]


def test_a_caller_the_host_announces_speaks_with_the_role_given(gazetteer):
    lines = _show("Nous avons en ligne Rosine, infirmière libérale à Sainte-Marie. Rosine, vous confirmez ?", "Rosine")
    text, segs = _segment(lines, gazetteer)
    seg = _at(text, segs, "Je confirme, oui")
    assert (seg.kind, seg.speaker, seg.role) == ("turn", "Rosine", "infirmier")


def test_a_name_the_host_did_not_announce_stays_prose(gazetteer):
    lines = _show("Nous avons une auditrice en ligne. Vous confirmez ?", "Rosine")
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker == "Rosine" for s in segs)


def test_a_name_a_participant_mentions_is_no_announcement(gazetteer):
    lines = [
        "Compte rendu de la réunion du bureau.",
        "Animatrice : Qui a des nouvelles du planning ?",
        "Dr Célestine : Oui, j'en ai parlé avec Rosine, la coordinatrice.",
        "Rosine : la réunion suivante est fixée au 3 mars, salle du conseil.",
        "Animatrice : Merci, autre chose ?",
        "Dr Célestine : Non, rien de mon côté.",
    ]
    text, segs = _segment(lines, gazetteer)
    assert not any(s.speaker == "Rosine" for s in segs)
