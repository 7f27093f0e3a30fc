"""Transcript tables "Temps | Locuteur | Transcription" (segment/timed_rows.py): rows run
together by the extraction (as it gives a Word table), a dash row continuing the turn above; look-alikes: a timetable, a
programme whose second cell is a speaker but whose rows are fewer than a table's. A table view
with the speaker in the last cell (typeset, its rows run together by the extraction); look-alikes:
a programme whose last cell changes every row, three rows. ELAN's tab-delimited export, the tier
first then its begin, end and duration cells (rows run together); look-alike: a timetable whose
first cell changes every row."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.base import split_lines
from corpus.segment.timed_rows import split_at_timed_rows, timed_row_speakers

TABLE = [
    "Annexe 3 – Entretien n° 2 avec une infirmière coordinatrice de Vannes (Morbihan)",
    "Temps | Locuteur | Transcription 00:00:10 | Enq. | Comment avez-vous connu la CPTS ? "
    "00:00:25 | Resp. | Par une collègue du cabinet, en 2019. On cherchait quelqu'un pour les plannings.",
    "00:01:02 | Enq. | D'accord. 00:01:05 | Resp. | Et pendant la crise j'ai tenu la liste des infirmières "
    "disponibles. 00:01:40 | – | Tous les soirs, je l'envoyais aux médecins du secteur. 00:02:05 | Enq. | Merci.",
]


def test_rows_are_cut_and_read_as_turns(gazetteer):
    text, segs = _segment(TABLE, gazetteer)
    s = _at(text, segs, "Par une collègue du cabinet")
    assert (s.kind, s.speaker) == ("turn", "Resp.")
    s = _at(text, segs, "Et pendant la crise j'ai tenu")
    assert s.kind == "turn" and "Tous les soirs, je l'envoyais" in text[s.char_start:s.char_end]
    assert _at(text, segs, "Comment avez-vous connu").kind == "moderator"


@pytest.mark.parametrize("lines", [
    # a timetable: times and rooms, never words after a label
    ["Programme de la journée", "09:00 | Accueil | Hall", "09:30 | Ouverture | Amphi A",
     "10:00 | Table ronde | Amphi A", "12:00 | Déjeuner | Patio"],
    # three rows: too few for a table
    ["00:00:10 | Enq. | Bonjour.", "00:00:12 | Resp. | Bonjour.", "00:00:15 | Enq. | On commence ?"],
])
def test_look_alikes_declare_nothing(lines, gazetteer):
    lines_ = split_lines("\n".join(lines) + "\n")
    if len(lines) < 4:
        assert timed_row_speakers(lines_) == {}
    else:
        text, segs = _segment(lines, gazetteer)
        assert not [s for s in segs if s.kind in ("turn", "verbatim")]
    assert len(split_at_timed_rows(lines_)) == len(lines_)


# -- a table view with the speaker in the last cell (NVivo's): "4  1:09,9 - 2:11,2  …  Pharmacien"


def test_speaker_in_the_last_cell(tmp_path):
    import heldout

    rows = [
        "1   00:00:03.2 - 00:00:11.0   Bonjour, merci de me recevoir. Vous exercez depuis longtemps ?   Interviewer",
        "2   00:00:11.0 - 00:00:52.4   Depuis douze ans, dont huit en libéral. Au début j'étais seule sur tout le "
        "secteur, maintenant on est trois.   Sage-femme",
        "3   00:00:52.4 - 00:01:03.9   Et vos liens avec la maternité ?   Interviewer",
        "4   00:01:03.9 - 00:02:20.1   Très bons, on a une fiche de liaison pour les sorties précoces, et je les "
        "appelle directement si je suis inquiète.   Sage-femme",
    ]
    spec = {"doc": {"doc_id": "t_last_cell", "kind": "these", "region": "", "place": ""},
            "pages": [[["bold", "Annexe 9 – Entretien avec une sage-femme libérale de Guingamp (vue tableau)"],
                       *[["", r] for r in rows]]]}
    _, segs = heldout.segment_document(spec, tmp_path)
    s = next(x for x in segs if "dont huit en libéral" in x["text"])
    assert (s["kind"], s["speaker"], s["role"], s["region"]) == ("turn", "Sage-femme", "sage_femme", "Bretagne")
    assert "Sage-femme" not in s["text"] and "00:00" not in s["text"]
    assert next(x for x in segs if "Vous exercez depuis" in x["text"])["kind"] == "moderator"


@pytest.mark.parametrize("lines", [
    # a programme: a time range, an activity, a room that changes every row
    ["1 9:00 - 9:30 Accueil des participants et café. Hall", "2 9:30 - 10:30 Présentation de la CPTS. Amphi",
     "3 10:30 - 12:00 Ateliers en sous-groupes. Salles", "4 12:00 - 13:30 Déjeuner sur place. Patio"],
    # three rows: too few for a table
    ["1 0:00,0 - 0:05,1 Bonjour. Enquêtrice", "2 0:05,1 - 0:09,8 Bonjour. Infirmière",
     "3 0:09,8 - 0:15,0 On commence ? Enquêtrice"],
])
def test_look_alikes_of_a_last_cell_table(lines, gazetteer):
    from corpus.segment.timed_rows import speaker_cell_rows

    assert speaker_cell_rows(split_lines("\n".join(lines) + "\n")) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


ELAN = [
    "Annexe 3 – Entretien avec un masseur-kinésithérapeute de Vesoul (export ELAN, tabulations)",
    "Enquêteur   00:00:01.250   00:00:06.880   00:00:05.630   Vous travaillez avec la CPTS depuis quand ? "
    "Kiné   00:00:06.880   00:00:41.120   00:00:34.240   Depuis sa création, en 2021. Au début c'était surtout "
    "pour les sorties d'hospitalisation.",
    "Enquêteur   00:00:41.120   00:00:45.000   00:00:03.880   Et aujourd'hui ?",
    "Kiné   00:00:45.000   00:01:32.500   00:00:47.500   Aujourd'hui on a un parcours lombalgie, les médecins "
    "nous adressent les patients avec une fiche commune.",
]


def test_elan_tiers_first_then_their_time_cells(gazetteer):
    text, segs = _segment(ELAN, gazetteer)
    assert _at(text, segs, "Vous travaillez avec la CPTS").kind == "moderator"
    for snippet in ("Depuis sa création, en 2021", "on a un parcours lombalgie"):
        s = _at(text, segs, snippet)
        assert (s.kind, s.speaker, s.role, s.region) == ("turn", "Kiné", "kinesitherapeute", "Bourgogne-Franche-Comté")
        assert "00:00" not in text[s.char_start:s.char_end]


def test_a_timetable_whose_first_cell_changes_is_no_elan_export(gazetteer):
    from corpus.segment.timed_rows import speaker_cell_rows

    lines = ["Accueil 08:30 09:00 Café et émargement des participants.",
             "Ouverture 09:00 09:30 Mot du président de la CPTS.",
             "Atelier 09:30 11:00 Parcours des sorties d'hospitalisation.",
             "Synthèse 11:00 12:00 Restitution des groupes en plénière."]
    assert speaker_cell_rows(split_lines("\n".join(lines) + "\n")) == {}
    text, segs = _segment(lines, gazetteer)
    assert not [s for s in segs if s.kind in ("turn", "verbatim")]


def test_a_rushes_log_s_shot_cells_are_no_speakers(gazetteer):
    # s43 (round 89): "| A012 | 10:14:02 | 10:16:40 | Large | … |": the cell after a time is the shot's
    # size, each different, none heard twice; a transcript's labels take turns
    log = ["| Carte | TC in | TC out | Plan | Contenu | Avis |",
           "| A012 | 10:14:02 | 10:16:40 | Large | Salle d'attente, six patients, horloge | ok |",
           "| A013 | 10:17:05 | 10:31:22 | ITW 1, serré | Le médecin au bureau | ok |",
           "| A014 | 10:33:10 | 10:34:01 | Insert | Mains qui remplissent une ordonnance papier | ? |",
           "| B003 | 11:02:45 | 11:19:30 | ITW 2, plan taille | Pharmacienne, derrière le comptoir | ok |",
           "| B004 | 11:20:00 | 11:21:15 | Son seul | Salle d'attente du cabinet, une voix | ? |"]
    assert timed_row_speakers(split_at_timed_rows(split_lines("\n".join(log) + "\n"))) == {}


# ---- a subtitle file set as a table (s46) ------------------------------------------------------

SUBTITLES = [
    "Liste des sous-titres du film de présentation du centre de santé – version validée",
    "| N° | Début | Fin | Texte |",
    "| 1 | 00:00:01,000 | 00:00:03,500 | CENTRE DE SANTÉ DE LA VALLÉE |",
    "| 2 | 00:00:04,000 | 00:00:07,200 | [Dr Inès Morel, médecin généraliste] Ici, on prend le temps, |",
    "| 3 | 00:00:07,300 | 00:00:10,000 | parce que nous sommes salariés et pas payés à l'acte. |",
    "| 4 | 00:00:11,000 | 00:00:14,000 | - [Karim, 19 ans] Je suis venu pour une entorse, j'ai trouvé un médecin. |",
    "| 5 | 00:00:15,000 | 00:00:17,000 | - [Dr Inès Morel] Et on le revoit dans un mois. |",
    "| 6 | 00:00:18,000 | 00:00:20,000 | OUVERT DU LUNDI AU SAMEDI |",
]


def test_a_subtitle_table_s_bracketed_speakers_take_turns_over_their_cues(gazetteer):
    text, segs = _segment(SUBTITLES, gazetteer)
    s = _at(text, segs, "Ici, on prend le temps")
    assert (s.kind, s.speaker, s.role) == ("turn", "Dr Inès Morel", "medecin_generaliste")
    assert _at(text, segs, "parce que nous sommes salariés") is s  # the next cue goes on her turn
    s = _at(text, segs, "Je suis venu pour une entorse")
    assert (s.kind, s.speaker) == ("turn", "Karim")
    # the name alone later: the person described at her first cue
    s = _at(text, segs, "Et on le revoit dans un mois")
    assert (s.kind, s.speaker, s.role) == ("turn", "Dr Inès Morel", "medecin_generaliste")
    for card in ("CENTRE DE SANTÉ DE LA VALLÉE", "OUVERT DU LUNDI AU SAMEDI"):
        assert _at(text, segs, card).kind not in ("turn", "verbatim")
