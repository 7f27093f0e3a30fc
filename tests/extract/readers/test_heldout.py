"""Held-out real transcripts written by others (CFPP2000 TextGrids, see heldout/README.md):
every participant turn found with its speaker, the interviewer's turns not among them (turn F1),
and no text lost. The gold turns are read with praatio, an independent TextGrid parser; which
tier is the interviewer was decided by reading the transcripts (recorded in INTERVIEWER)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus import io as cio
from corpus.extract import readers

HELDOUT = Path(__file__).with_name("heldout")
INTERVIEWER = {
    "Assia-Berrada-F-49_Ivry-v2-2.TextGrid": "Florence Lefeuvre (ENQ)",
    "Laurence_Leblond_F_43_Stephanie_Zanotti_F_49_7e-2-v2.TextGrid": "Florence Lefeuvre (ENQ)",
    "Louise_Liotard_F_85_et_Jeanne_Mallet_F_75_SO-2-v2.TextGrid": "Mat Pires (ENQ)",
}


def _words(text: str) -> str:
    return " ".join(text.split())


def gold_turns(path: Path) -> list[tuple[str, str]]:
    """(speaker, words) of every turn, interviewer included, from praatio's reading."""
    from praatio import textgrid

    grid = textgrid.openTextgrid(str(path), includeEmptyIntervals=False)
    intervals = sorted((e.start, i, name, e.label) for i, name in enumerate(grid.tierNames)
                       for e in grid.getTier(name).entries if e.label.strip())
    turns: list[tuple[str, str]] = []
    for _start, _i, name, label in intervals:
        if turns and turns[-1][0] == name:
            turns[-1] = (name, turns[-1][1] + " " + _words(label))
        else:
            turns.append((name, _words(label)))
    return turns


def found_turns(out: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """(speaker, words) of text.txt's turns, and the codes marked moderator in speakers_hint."""
    hints = cio.read_csv(out / "speakers_hint.csv")
    codes = {h["code"] for h in hints}
    turns = []
    for line in cio.read_text(out / "text.txt").splitlines():
        label, sep, words = line.partition(" : ")
        assert sep and label in codes, line
        turns.append((label, words))
    return turns, {h["code"] for h in hints if h["moderator"] == "1"}


def turn_f1(gold: list, found: list) -> float:
    tp = sum((Counter(gold) & Counter(found)).values())
    if not gold and not found:
        return 1.0
    precision = tp / len(found) if found else 0.0
    recall = tp / len(gold) if gold else 0.0
    return 2 * precision * recall / (precision + recall) if tp else 0.0


@pytest.mark.parametrize("name", sorted(INTERVIEWER))
def test_participant_turns_f1_and_no_text_lost(tmp_path, name):
    path = HELDOUT / name
    status = readers.run(path, "heldout", tmp_path)
    assert status["status"] == "ok", status["error"]
    gold = gold_turns(path)
    found, moderators = found_turns(tmp_path)
    assert moderators == {INTERVIEWER[name]}
    participants_gold = [t for t in gold if t[0] != INTERVIEWER[name]]
    participants_found = [t for t in found if t[0] not in moderators]
    f1 = turn_f1(participants_gold, participants_found)
    print(f"{name}: {len(participants_gold)} participant turns, turn F1 {f1:.3f}")
    assert f1 >= 0.95
    # no text lost: every word of every interval, in order, minus the tier names
    assert _words(" ".join(w for _, w in found)) == _words(" ".join(w for _, w in gold))
