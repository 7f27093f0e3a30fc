"""Subtitles, Transcriber and Praat TextGrid transcripts -> text, times, declared speakers."""

from __future__ import annotations

import pytest

from corpus import io as cio
from corpus.extract import readers

from .realtext import (
    CONTRACT,
    body_without_labels,
    extract_ok,
    real_turns,
    timed,
    words_of,
    write_srt,
    write_textgrid,
    write_trs,
    write_vtt,
)

TURNS = timed(real_turns())
ALL_WORDS = words_of(" ".join(words for _, words, _, _ in TURNS))



def _turn_lines(turns):
    return [f"{label} : {words_of(words)}" for label, words, _, _ in turns]


def _line_times(text, times):
    """{line index: (t_start of its first row, t_end of its last row)}."""
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    found = {}
    for r in times:
        i = max(k for k, s in enumerate(starts) if s <= int(r["char_start"]))
        t0, _t1 = found.get(i, (float(r["t_start"]), None))
        found[i] = (t0, float(r["t_end"]))
    return found


def _check_times(text, out, turns):
    times = cio.read_csv(out / "times.csv")
    assert _line_times(text, times) == {i: (t0, t1) for i, (_, _, t0, t1) in enumerate(turns)}
    for r in times:   # every row points inside one line
        assert "\n" not in text[int(r["char_start"]):int(r["char_end"])]


def test_vtt_voices_are_speakers(tmp_path):
    out, status, text = extract_ok(write_vtt(tmp_path / "e30.vtt", TURNS), tmp_path)
    assert text.splitlines() == _turn_lines(TURNS)
    assert body_without_labels(text, {"Enquêteur", "E30"}) == ALL_WORDS
    hints = cio.read_csv(out / "speakers_hint.csv")
    assert [(h["code"], h["moderator"], h["source"]) for h in hints] == [
        ("Enquêteur", "1", "vtt_voice"), ("E30", "0", "vtt_voice")]
    _check_times(text, out, TURNS)
    assert status["location_unit"] == "minute"
    pages = cio.read_csv(out / "pages.csv")
    # 16 turns of 7.5 s: minutes 1 (0-59 s) and 2 (60-119 s)
    assert [p["page"] for p in pages] == ["1", "2"]
    assert int(pages[1]["char_start"]) == text.index(_turn_lines(TURNS)[8])


def test_srt_typed_labels_and_cues_joined(tmp_path):
    """Diarised subtitles: a turn is cut into cues; the label is typed in each cue."""
    cues = []
    for label, words, t0, t1 in TURNS[:6]:
        half = words.find(" ", len(words) // 2)
        if half > 0:
            cues += [(f"{label}: {words[:half]}", t0, (t0 + t1) / 2),
                     (f"{label}: <i>{words[half + 1:]}</i>", (t0 + t1) / 2, t1)]
        else:
            cues.append((f"{label}: {words}", t0, t1))
    out, _status, text = extract_ok(write_srt(tmp_path / "e30.srt", cues), tmp_path)
    assert text.splitlines() == _turn_lines(TURNS[:6])
    _check_times(text, out, TURNS[:6])
    assert len(cio.read_csv(out / "times.csv")) == len(cues)   # a row per cue
    hints = {h["code"]: (h["moderator"], h["source"]) for h in cio.read_csv(out / "speakers_hint.csv")}
    assert hints == {"Enquêteur": ("1", "label"), "E30": ("0", "label")}
    assert any(a["reason"] == "subtitle_tag" for a in cio.read_csv(out / "audit.csv"))


def test_srt_without_speakers_joins_cues_to_sentences(tmp_path):
    words = TURNS[11][1]   # E30's long answer, as automatic subtitles without speakers
    chunks = [" ".join(words.split()[i:i + 8]) for i in range(0, len(words.split()), 8)]
    cues = [(c, i * 2.0, i * 2.0 + 1.9) for i, c in enumerate(chunks)]
    _out, status, text = extract_ok(write_srt(tmp_path / "auto.srt", cues), tmp_path)
    assert words_of(text) == words_of(words)
    assert len(text.splitlines()) < len(chunks)
    assert "no_speaker_labels=1" in status["warnings"]


@pytest.mark.parametrize("encoding", ["ISO-8859-1", "UTF-8"])
def test_trs_speaker_table_sync_and_role_in_name(tmp_path, encoding):
    names = {"Enquêteur": "Enquêteur", "E30": "E30 (coordinatrice CPTS)"}
    path = write_trs(tmp_path / "e30.trs", TURNS, names, encoding)
    out, _status, text = extract_ok(path, tmp_path)
    expected = [f"{names[label]} : {words_of(words)}" for label, words, _, _ in TURNS]
    assert text.splitlines() == expected
    assert body_without_labels(text, set(names.values())) == ALL_WORDS
    hints = cio.read_csv(out / "speakers_hint.csv")
    assert [(h["code"], h["role_raw"], h["moderator"], h["source"]) for h in hints] == [
        ("Enquêteur", "", "1", "trs_speaker"),
        ("E30 (coordinatrice CPTS)", "coordinatrice CPTS", "0", "trs_speaker")]
    _check_times(text, out, TURNS)
    n_sync = sum(1 for _, words, _, _ in TURNS if ". " in words)
    assert len(cio.read_csv(out / "times.csv")) == len(TURNS) + n_sync


def test_trs_overlapping_speech_and_events(tmp_path):
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<Trans scribe="x" audio_filename="e30" version="1">
<Speakers>
<Speaker id="spk1" name="Enquêteur" check="no"/><Speaker id="spk2" name="E30" check="no"/>
</Speakers>
<Episode><Section type="report" startTime="0" endTime="12">
<Turn speaker="spk1" startTime="0" endTime="4"><Sync time="0"/>
C'est inné ?
<Event desc="rire" type="noise" extent="instantaneous"/>
</Turn>
<Turn speaker="spk1 spk2" startTime="4" endTime="6"><Sync time="4"/>
<Who nb="1"/> inné ou acquis
<Who nb="2"/> non inné non
</Turn>
<Turn speaker="spk2" startTime="6" endTime="12"><Sync time="6"/>
mais j'ai créé de bons contacts
<Comment desc="bruit de fond"/>
avec les gens
</Turn>
</Section></Episode></Trans>
"""
    (tmp_path / "o.trs").write_text(xml, encoding="utf-8")
    out, status, text = extract_ok(tmp_path / "o.trs", tmp_path)
    assert text.splitlines() == ["Enquêteur : C'est inné ?", "Enquêteur : inné ou acquis",
                                 "E30 : non inné non", "E30 : mais j'ai créé de bons contacts avec les gens"]
    times = _line_times(text, cio.read_csv(out / "times.csv"))
    assert times == {0: (0, 4), 1: (4, 6), 2: (4, 6), 3: (6, 12)}
    assert "transcriber_events=2" in status["warnings"]


@pytest.mark.parametrize("fmt", ["long_textgrid", "short_textgrid"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_textgrid_tiers_are_speakers(tmp_path, fmt, encoding):
    path = write_textgrid(tmp_path / "e30.TextGrid", TURNS, fmt)
    if encoding != "utf-8":   # Praat writes UTF-16 when a label needs it
        path.write_text(path.read_text(encoding="utf-8"), encoding=encoding)
    out, status, text = extract_ok(path, tmp_path)
    assert text.splitlines() == _turn_lines(TURNS)
    assert body_without_labels(text, {"Enquêteur", "E30"}) == ALL_WORDS
    hints = cio.read_csv(out / "speakers_hint.csv")
    assert [(h["code"], h["moderator"], h["source"]) for h in hints] == [
        ("Enquêteur", "1", "textgrid_tier"), ("E30", "0", "textgrid_tier")]
    _check_times(text, out, TURNS)
    assert status["format"] == "textgrid"


def test_textgrid_same_tier_intervals_make_one_turn_and_overlap_across_tiers(tmp_path):
    """Intervals of one speaker in a row are one turn; speech overlapping across tiers is
    allowed (only an overlap inside a tier is an error)."""
    turns = [("Enquêteur", "Et elle se déplace", 0.0, 1.5), ("Enquêteur", "elle aussi à chaque fois ?", 1.5, 3.0),
             ("E30", "Oui elle vient", 2.8, 4.0), ("E30", "à l'AG ouais...", 4.2, 5.0)]
    out, _status, text = extract_ok(write_textgrid(tmp_path / "t.TextGrid", turns), tmp_path)
    assert text.splitlines() == ["Enquêteur : Et elle se déplace elle aussi à chaque fois ?",
                                 "E30 : Oui elle vient à l'AG ouais..."]
    assert len(cio.read_csv(out / "times.csv")) == 4


def test_vtt_two_voices_in_one_cue(tmp_path):
    path = tmp_path / "two.vtt"
    path.write_text("WEBVTT\n\n00:00:47.310 --> 00:00:48.500\n"
                    "<v Enquêteur>est-ce que y a v-</v> <v E30>ça y est ?</v>\n", encoding="utf-8")
    out, _status, text = extract_ok(path, tmp_path)
    assert text.splitlines() == ["Enquêteur : est-ce que y a v-", "E30 : ça y est ?"]
    assert [h["code"] for h in cio.read_csv(out / "speakers_hint.csv")] == ["Enquêteur", "E30"]


@pytest.mark.parametrize("writer", ["vtt", "trs", "textgrid", "srt"])
def test_rerun_is_byte_identical(tmp_path, writer):
    path = {"vtt": lambda: write_vtt(tmp_path / "e30.vtt", TURNS),
            "trs": lambda: write_trs(tmp_path / "e30.trs", TURNS, {"Enquêteur": "Enquêteur", "E30": "E30"}),
            "textgrid": lambda: write_textgrid(tmp_path / "e30.TextGrid", TURNS),
            "srt": lambda: write_srt(tmp_path / "e30.srt", [(f"{l}: {w}", t0, t1) for l, w, t0, t1 in TURNS]),
            }[writer]()
    first, second = tmp_path / "a", tmp_path / "b"
    readers.run(path, "doc", first)
    readers.run(path, "doc", second)
    names = sorted(p.name for p in first.iterdir())
    artefacts = [n for n in names if not n.endswith(".meta.json")]  # each with its sidecar
    assert names == sorted(p.name for p in second.iterdir()) and artefacts == CONTRACT
    assert names == sorted(artefacts + [n + ".meta.json" for n in artefacts])
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
