"""A subtitle file pasted into a document (segment/subtitle_files.py, s53): numbered cues, a time
range with an arrow, one or two lines of words. An on-screen caption presents whoever speaks in the
cues after it; an off-screen question is the interviewer's cue, an unidentified voice nobody's
known, each for its own cue; a bracketed label names the speaker until the next; the cue numbers and
times are no one's words and one speaker's consecutive cues are one turn. Look-alikes: a tutorial's
own voice with nobody presented, a page quoting one cue as an example."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.subtitle_files import marker, settings

FILM = [
    "Annexe 4 – Sous-titres du reportage « Un jour à la maison de santé » (fichier SRT)",
    "Le reportage a été tourné à Montbrison en 2022 ; je reproduis le fichier tel qu'il m'a été remis.",
    "1",
    "00:00:01,000 --> 00:00:04,200",
    "[Bandeau : Hélène Fargier, sage-femme libérale, Montbrison]",
    "2",
    "00:00:04,400 --> 00:00:08,000",
    "[Question hors champ] Qu'est-ce qui vous a fait venir ici ?",
    "3",
    "00:00:08,300 --> 00:00:12,900",
    "On partageait déjà les dossiers avec les médecins, mais chacun dans son cabinet,",
    "4",
    "00:00:13,000 --> 00:00:16,500",
    "et maintenant je croise l'infirmière tous les matins dans le couloir.",
    "5",
    "00:00:16,800 --> 00:00:19,000",
    "[Voix hors champ] Hélène, on t'attend pour la réunion !",
    "6",
    "00:00:19,200 --> 00:00:22,400",
    "[Musique]",
    "La suite du reportage montre la réunion du jeudi.",
]

TUTORIAL = [
    "Annexe 2 – Sous-titres du tutoriel vidéo de la messagerie sécurisée",
    "1",
    "00:00:00,500 --> 00:00:03,000",
    "Bonjour, dans cette vidéo je vous montre comment envoyer un document.",
    "2",
    "00:00:03,200 --> 00:00:06,800",
    "Je clique sur « Nouveau message », puis je choisis le destinataire.",
    "3",
    "00:00:07,000 --> 00:00:09,500",
    "Vous pouvez ensuite joindre le compte rendu.",
]


def test_a_caption_presents_the_speaker_of_the_cues_below(gazetteer):
    text, segs = _segment(FILM, gazetteer)
    s = _at(text, segs, "On partageait déjà les dossiers")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Hélène Fargier", "sage_femme", "Auvergne-Rhône-Alpes")
    assert _at(text, segs, "je croise l'infirmière tous les matins") is s  # one turn over two cues
    assert _at(text, segs, "Qu'est-ce qui vous a fait venir").kind == "moderator"
    voice = _at(text, segs, "on t'attend pour la réunion")
    assert (voice.kind, voice.speaker, voice.role) == ("turn", "", "inconnu")
    assert _at(text, segs, "Hélène Fargier, sage-femme libérale").kind not in ("turn", "verbatim", "moderator")
    assert _at(text, segs, "00:00:04,400 --> 00:00:08,000").kind not in ("turn", "verbatim", "moderator")
    assert _at(text, segs, "La suite du reportage montre").kind == "narrative"


def test_a_file_where_nobody_is_presented_is_its_own_voice(gazetteer):
    text, segs = _segment(TUTORIAL, gazetteer)
    assert all(s.kind not in ("turn", "verbatim", "moderator") for s in segs)


def test_markers():
    s = settings()
    assert marker("[Incrustation : Paul Roux, kinésithérapeute] Bonjour", s)[:2] == ("caption", "Paul Roux, kinésithérapeute")
    assert marker("[Question hors champ] Et alors ?", s)[0] == "question"
    assert marker("[Voix off] La maison de santé a ouvert en 2019.", s)[0] == "commentary"
    assert marker("[DR ROUX] Merci.", s)[:2] == ("label", "DR ROUX")
    assert marker("Et ensuite on a ouvert le samedi.", s)[0] == ""
