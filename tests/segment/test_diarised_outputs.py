"""A speech-to-text tool's diarised output in a thesis's annex (segment/timed_rows.py DIARISED):
"[00:05.320 -> 00:12.100] SPEAKER_01: …" rows, the ids keyed in a sentence before ("SPEAKER_00
désigne l'investigateur et SPEAKER_01 le participant"), the participant the one interview the
document declares. Variant: "-->" arrows, hours, other ids and a key by "pour", the role in the key.
Near-miss: a tutorial's example output whose ids nobody keys."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

WHISPER = [
    "Annexe 7 – Extrait brut de la transcription automatique",
    "L'entretien K3 (kinésithérapeute, 41 ans, exercice en MSP à Douarnenez) a été transcrit avec Whisper. "
    "Dans la sortie ci-dessous, SPEAKER_00 désigne l'investigateur et SPEAKER_01 le participant.",
    "[00:00.000 -> 00:04.860] SPEAKER_00: Comment êtes-vous arrivé à la maison de santé ?",
    "[00:05.320 -> 00:12.100] SPEAKER_01: Alors moi j'étais en cabinet seul sur le port",
    "[00:12.100 -> 00:19.740] SPEAKER_01: les médecins sont venus me chercher.",
    "[00:20.010 -> 00:21.150] SPEAKER_00: D'accord.",
    "[00:21.400 -> 00:33.880] SPEAKER_01: Ce qui a changé, c'est le dossier partagé.",
]


def test_keyed_ids_take_turns(gazetteer):
    text, segs = _segment(WHISPER, gazetteer)
    s = _at(text, segs, "les médecins sont venus")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "SPEAKER_01", "kinesitherapeute", "Bretagne")
    assert "SPEAKER" not in s.text
    assert _at(text, segs, "Comment êtes-vous arrivé").kind == "moderator"
    assert _at(text, segs, "D'accord.").kind == "moderator"
    assert len(speech(segs)) == 3


def test_other_arrow_and_key_in_the_legend(gazetteer):
    lines = [
        "Annexe C – Sortie de WhisperX",
        "Légende de la sortie : SPK_1 pour enquêtrice, SPK_2 pour sage-femme libérale.",
        "[00:01:02.000 --> 00:01:08.500] SPK_1: Vous suivez combien de patientes par mois ?",
        "[00:01:09.000 --> 00:01:20.000] SPK_2: Une trentaine, surtout en post-partum.",
        "[00:01:21.000 --> 00:01:25.000] SPK_1: Et les visites à domicile ?",
        "[00:01:26.000 --> 00:01:40.000] SPK_2: Deux matinées par semaine, dans les villages.",
    ]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "Une trentaine")
    assert (s.kind, s.speaker, s.role) == ("turn", "SPK_2", "sage_femme")
    assert _at(text, segs, "Et les visites").kind == "moderator"
    assert len(speech(segs)) == 2


def test_unkeyed_example_output_is_no_interview(gazetteer):
    lines = [
        "2. Exemple de sortie avec séparation des locuteurs",
        "Nous avons enregistré un court test à deux voix dans notre bureau.",
        "[00:00.000 -> 00:03.120] SPEAKER_00: Un, deux, un, deux, est-ce que vous m'entendez ?",
        "[00:03.400 -> 00:06.900] SPEAKER_01: Oui, je vous entends très bien.",
        "[00:07.100 -> 00:09.050] SPEAKER_00: Parfait, on recommence.",
        "[00:09.300 -> 00:11.000] SPEAKER_01: D'accord, je parle plus fort.",
        "Conseil : remplacez SPEAKER_00 et SPEAKER_01 par vos propres codes avant toute analyse.",
    ]
    _, segs = _segment(lines, gazetteer)
    assert speech(segs) == []
