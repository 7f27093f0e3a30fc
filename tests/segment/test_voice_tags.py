"""A WebVTT file pasted into a memoir (segment/voice_tags.py): cues whose words a voice tag
"<v Surname, First name>…</v>" wraps, run together by the extraction; the participants listed in a
sentence give role and place. Variant: Zoom-like numbered cues, names in the natural order, no
closing tags, another list. Near-misses: a page describing the format with one tagged example, and
a tutorial whose cues all speak the same voice."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment
from segment_text import speech

TEAMS = [
    "Annexe 4 – Fichier exporté de Teams",
    "J'y assistais comme observatrice. Participants : Anne Lefèvre, coordinatrice de la CPTS du Vexin ; "
    "Dr Karim Benali, médecin généraliste à Magny-en-Vexin ; Sophie Marchal, pharmacienne à Marines. "
    "Le fichier est reproduit sans correction.",
    "WEBVTT 3f2a9c1e-61b0/14-0 00:00:04.120 --> 00:00:09.880 <v Lefèvre, Anne>Bon, je propose qu'on commence "
    "par le bilan des créneaux.</v> 3f2a9c1e-61b0/15-0 00:00:10.040 --> 00:00:21.300 <v Benali, Karim>Alors sur "
    "Magny on a tenu tous les samedis.</v> 3f2a9c1e-61b0/16-0 00:00:21.300 --> 00:00:27.650 <v Benali, Karim>Si un "
    "de nous part, le dispositif tombe.</v> 3f2a9c1e-61b0/17-0 00:00:28.010 --> 00:00:39.400 <v Marchal, "
    "Sophie>À l'officine on voit arriver des gens le samedi.</v>",
]


def test_tagged_cues_are_turns_of_the_listed_people(gazetteer):
    text, segs = _segment(TEAMS, gazetteer)
    s = _at(text, segs, "Alors sur Magny")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Benali, Karim", "medecin_generaliste", "Île-de-France")
    assert "</v>" not in s.text and "-->" not in s.text
    s = _at(text, segs, "je propose qu'on commence")
    # "CPTS du Vexin" is no Vexin-sur-Epte (Eure): the places the list names in full are in the Val-d'Oise
    assert (s.speaker, s.role, s.region) == ("Lefèvre, Anne", "coordinateur", "Île-de-France")
    assert _at(text, segs, "À l'officine").role == "pharmacien"
    assert len(speech(segs)) == 4


def test_numbered_cues_without_closing_tags(gazetteer):
    lines = [
        "Annexe B – Transcription Zoom de la réunion de la MSP",
        "Étaient présents à la réunion. Participants : Paul Girard, infirmier libéral à Landerneau ; "
        "Dr Nadia Kerbrat, médecin généraliste à Brest.",
        "WEBVTT 1 00:00:01.000 --> 00:00:05.500 <v Paul Girard>On a trois patients sortis hier sans courrier "
        "2 00:00:05.600 --> 00:00:09.000 <v Nadia Kerbrat>Je les appelle ce soir "
        "3 00:00:09.100 --> 00:00:12.000 <v Paul Girard>D'accord, je passe demain matin chez eux",
    ]
    text, segs = _segment(lines, gazetteer)
    s = _at(text, segs, "On a trois patients")
    assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Paul Girard", "infirmier", "Bretagne")
    assert "00:00:05" not in s.text
    s = _at(text, segs, "Je les appelle")
    assert (s.speaker, s.role) == ("Nadia Kerbrat", "medecin_generaliste")
    assert len(speech(segs)) == 3


def test_format_description_is_no_transcript(gazetteer):
    lines = [
        "Le format WebVTT",
        "Chaque réplique est un bloc horodaté ; la balise de voix indique qui parle, par exemple "
        "00:00:01.000 --> 00:00:03.000 <v Dupont, Marie>Bonjour à tous</v>. Le logiciel la remplit "
        "avec le nom du compte de l'utilisateur.",
    ]
    _, segs = _segment(lines, gazetteer)
    assert speech(segs) == []


def test_one_voice_is_no_meeting(gazetteer):
    lines = [
        "Fiche pratique – sous-titrer une vidéo",
        "WEBVTT 00:00:01.000 --> 00:00:04.000 <v Narrateur>Étape un, ouvrez le fichier.</v> "
        "00:00:04.500 --> 00:00:08.000 <v Narrateur>Étape deux, choisissez la langue.</v> "
        "00:00:08.500 --> 00:00:12.000 <v Narrateur>Étape trois, exportez.</v>",
    ]
    _, segs = _segment(lines, gazetteer)
    assert speech(segs) == []


def test_voice_tags_under_their_cue_on_the_line_above(gazetteer):
    # s42: a WebVTT file set one paragraph per line: cue id, time range, then the tagged words
    lines = ["Participants : Anne Lefèvre, coordinatrice de la CPTS du Vexin ; Dr Karim Benali, médecin généraliste "
             "à Magny-en-Vexin ; Sophie Marchal, pharmacienne à Marines.",
             "WEBVTT",
             "3f2a9c1e/14-0", "00:00:04.120 --> 00:00:09.880",
             "<v Lefèvre, Anne>Bon, on est au complet, je propose qu'on commence par le bilan des créneaux.</v>",
             "3f2a9c1e/15-0", "00:00:10.040 --> 00:00:21.300",
             "<v Benali, Karim>Alors sur Magny on a tenu tous les samedis matins depuis janvier.</v>",
             "3f2a9c1e/16-0", "00:00:21.300 --> 00:00:27.650",
             "<v Marchal, Sophie>À l'officine, on voit arriver le samedi après-midi des gens sans médecin.</v>"]
    text, segs = _segment(lines, gazetteer)
    turn = _at(text, segs, "sur Magny on a tenu")
    assert (turn.kind, turn.speaker, turn.role) == ("turn", "Benali, Karim", "medecin_generaliste")
    assert text[turn.char_start:turn.char_end].startswith("Alors sur Magny")
    # near-miss: a tag with no cue above it is a format's example, not a file
    bare = [line for line in lines if "-->" not in line]
    text, segs = _segment(bare, gazetteer)
    assert not speech(segs)
