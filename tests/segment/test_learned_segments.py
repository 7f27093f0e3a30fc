"""The features and the scoring of bench/learned_segments.py (the learned-segment experiment): the
shapes it reads off short French texts, and its fast TP/FP/FN agreeing with tests/heldout.py's scorer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import heldout  # noqa: E402
import learned_segments as ls  # noqa: E402


def test_spoken_words_read_as_first_person_and_oral():
    f = ls.text_features("« Ben moi je trouve que, euh, on est un peu seuls… »")
    assert f["open_quote"] == 1.0 and f["has_guillemets"] == 1.0 and f["close_quote_end"] == 1.0
    assert f["first_person"] > 0.2
    assert f["oral"] > 0.2
    assert f["third_person"] == 0.0


def test_authors_prose_has_no_spoken_marks():
    f = ls.text_features("Les équipes de soins travaillent dans une organisation fragile depuis 2019.")
    assert f["open_quote"] == f["dash_start"] == f["first_person"] == f["oral"] == f["question"] == 0.0
    assert f["label_start"] == 0.0 and f["speech_verb"] == 0.0


def test_label_dash_question_and_speech_verb():
    assert ls.text_features("Mme D. : on fait comme on peut, hein ?")["label_start"] == 1.0
    assert ls.text_features("Mme D. : on fait comme on peut, hein ?")["question"] == 1.0
    assert ls.text_features("– Vous travaillez seule ?")["dash_start"] == 1.0
    assert ls.text_features("C'est un métier difficile, explique-t-elle.")["speech_verb"] == 1.0
    assert ls.text_features("Elle arrive à huit heures.")["speech_verb"] == 0.0


def _doc(text: str, cuts: list[tuple[int, int, str]]) -> dict:
    segs = [{"kind": k, "char_start": a, "char_end": b, "page_start": 1, "page_end": 1, "speaker": "",
             "role": "", "region": "", "attr_source": "", "readers": []} for a, b, k in cuts]
    return {"set": "t", "doc": "t", "text": text, "segments": segs}


TEXT = ("Une infirmière raconte :\n« Je passe mes soirées au téléphone. »\n"
        "Le rapport conclut à un manque de moyens.\n« On attend toujours. »\n")


def _cuts():
    a = TEXT.index("« Je")
    b = TEXT.index("Le rapport")
    c = TEXT.index("« On")
    return [(0, a, "narrative"), (a, b, "verbatim"), (b, c, "verbatim"), (c, len(TEXT), "narrative")]


def test_neighbours_and_previous_speech_verb():
    rows = ls.doc_features(_doc(TEXT, _cuts()))
    assert rows[1]["prev_speech_verb"] == 1.0 and rows[1]["prev_ends_colon"] == 1.0
    assert rows[1]["kind=verbatim"] == 1.0 and rows[1]["prev=narrative"] == 1.0 and rows[1]["next=verbatim"] == 1.0
    assert rows[2]["prev_speech_verb"] == 0.0
    assert rows[0]["page_pos"] == 0.0 and 0.5 < rows[3]["page_pos"] < 1.0


def test_fast_counts_agree_with_the_scorer():
    spec = {"expected": [{"kind": "verbatim", "snippet": "Je passe mes soirées"},
                         {"kind": "verbatim", "snippet": "On attend toujours"},
                         {"kind": "narrative", "snippet": "Le rapport conclut"}]}
    doc = _doc(TEXT, _cuts())
    prep = ls.prepare(doc, spec)
    assert prep["labels"] == [0, 1, 0, 1]
    speech = [s["kind"] in ls.SPEECH for s in doc["segments"]]
    segs = [dict(s, text=TEXT[s["char_start"]:s["char_end"]]) for s in doc["segments"]]
    r = heldout.score(spec, TEXT, segs)
    assert (r["tp"], r["fp"], r["fn"]) == ls.counts(prep, speech) == (1, 1, 1)


@pytest.mark.parametrize("mode,t,expected", [("veto", 0.5, [False, True, False, False]),
                                             ("rescue", 0.5, [False, True, True, True]),
                                             ("both", (0.5, 0.5), [False, True, False, True])])
def test_veto_and_rescue(mode, t, expected):
    kinds = ["narrative", "verbatim", "verbatim", "narrative"]
    assert ls.apply(kinds, [0.1, 0.9, 0.2, 0.8], mode, t) == expected
