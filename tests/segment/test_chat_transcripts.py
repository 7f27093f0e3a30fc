"""Transcripts in the CHAT format (segment/chat_transcripts.py): "*PHA: …" main tiers keyed by
"@Participants:", the place in "@Situation:", "%com:" comments that are no one's words, tiers the
extraction ran together; look-alikes: a line of code or a footnote opening with an asterisk, and
tiers whose codes the key does not list."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.chat_transcripts import chat_speakers, split_at_tiers

CHAT = [
    "Annexe 2 – Entretien M3 (format CHAT)",
    "@Begin",
    "@Participants: INV Enquêteur, MED Médecin, SEC Secrétaire",
    "@Situation: cabinet médical de Millau (Aveyron), 3 juin 2021",
    "*INV: et la CPTS # vous en avez entendu parler comment ?",
    "*MED: par un confrère . il m'a dit qu'on cherchait quelqu'un pour les gardes du samedi .",
    "%com: SEC frappe à la porte",
    "*SEC: pardon docteur # votre patient de dix heures est arrivé .",
    "*MED: j'arrive . # voilà c'est ça tous les jours .",
    "@End",
]


def test_main_tiers_are_turns_of_the_keyed_speakers(gazetteer):
    text, segs = _segment(CHAT, gazetteer)
    med = _at(text, segs, "par un confrère")
    assert (med.kind, med.speaker, med.role, med.region) == ("turn", "MED", "medecin_generaliste", "Occitanie")
    assert _at(text, segs, "pardon docteur").speaker == "SEC"
    assert _at(text, segs, "et la CPTS # vous en avez").kind == "moderator"
    assert _at(text, segs, "SEC frappe à la porte").kind not in ("turn", "verbatim")


def test_tiers_run_together_are_cut(gazetteer):
    lines = split_at_tiers(split_lines(" ".join(CHAT[1:]) + "\n"), gazetteer)
    assert [ln.text.split(":")[0] for ln in lines if ln.text.startswith("*")] == ["*INV", "*MED", "*SEC", "*MED"]


def test_asterisks_without_a_key_are_no_transcript(gazetteer):
    lines = split_lines("Résultats du questionnaire.\n*NB: les effectifs sont arrondis .\n"
                        "*MG: médecins généralistes, *IDE: infirmiers .\nLe tableau 3 détaille les réponses.\n")
    assert chat_speakers(lines, gazetteer) == {}


def test_codes_missing_from_the_key_are_no_transcript(gazetteer):
    lines = split_lines("@Participants: INV Enquêteur, MED Médecin\n*INV: bonjour .\n*PHA: bonjour .\n")
    assert chat_speakers(lines, gazetteer) == {}
