"""Speaker labels typed in the text, timestamps, and who the interviewer is."""

from __future__ import annotations

import pytest

from corpus.extract.readers.base import is_interviewer, label_shape, split_label


@pytest.mark.parametrize("label", [
    "Enquêteur", "enquêtrice", "ENQUÊTEUR", "Intervieweuse", "Interviewer 2", "Chercheuse",
    "Animatrice", "Modérateur", "Marie (enquêtrice)", "I", "INT", "INT1", "Q", "ENQ",
    "Florence Lefeuvre (ENQ)", "Océane Advocat (Enq.)", "Sonia Branca enq",   # CFPP2000 tiers
])
def test_interviewer_words(label):
    assert is_interviewer(label)


@pytest.mark.parametrize("label", [
    "Interviewé", "interviewée", "Enquêté", "E30", "P5", "Médecin généraliste", "A", "R",
    "SPEAKER_00", "Infirmière", "Marie", "Qi Zhang", "Inès",
])
def test_participants_are_not_interviewers(label):
    assert not is_interviewer(label)


@pytest.mark.parametrize("text,label,rest,t", [
    ("E30 : Oui elle vient à l'AG ouais...", "E30", "Oui elle vient à l'AG ouais...", None),
    ("[Enquêteur] A chaque fois ?", "Enquêteur", "A chaque fois ?", None),
    ("[Enquêteur] : A chaque fois ?", "Enquêteur", "A chaque fois ?", None),
    ("E30 (00:12:03) : Non, non...", "E30", "Non, non...", 723.0),
    ("Enquêteur [1:02:03.5]: Pas du tout ?", "Enquêteur", "Pas du tout ?", 3723.5),
    ("[00:12:03] E30 : Non pas encore", "E30", "Non pas encore", 723.0),
    ("#00:01:05-3# E30: Oui oui", "E30", "Oui oui", 65.0),
    ("E30 : [00:12:03] Non pas encore", "E30", "Non pas encore", 723.0),
    ("Mme D. (pharmacienne) : Oui", "Mme D. (pharmacienne)", "Oui", None),
    ("Il m'a dit : « on verra »", "Il m'a dit", "« on verra »", None),   # a form; kept only if recurring
])
def test_split_label(text, label, rest, t):
    m = split_label(text)
    if label is None:
        assert m is None or not m.label
        return
    assert (m.label, m.rest, m.t_start) == (label, rest, t)


def test_a_sentence_is_not_a_label():
    for text in ["Oui c'est ça ou dentaire ? E30 : Son mari était dentiste",
                 "« Et la place du médicosocial : elle a été... ? »",
                 "Alors voilà ce que je pense de tout cela, en quelques mots seulement : rien."]:
        m = split_label(text)
        assert m is None or not m.label, text


def test_series():
    assert label_shape("P12") == label_shape("P3") == "p"
    assert label_shape("SPEAKER_00") == label_shape("SPEAKER_13") == "speaker"
    assert label_shape("E30") != label_shape("P30")


@pytest.mark.parametrize("text,label,rest,t_start,t_end", [
    # the forms of common transcription exports: a time range or a bare time after the label
    ("[Interviewe] (0:09 - 1:44)", "Interviewe", "", 9.0, 104.0),
    ("[Chercheur] (0:02-0:08) Donc", "Chercheur", "Donc", 2.0, 8.0),
    ("[Speaker 1] 00:01:02", "Speaker 1", "", 62.0, None),
    ("[Speaker 1] [00:01:02 – 00:01:10] Oui", "Speaker 1", "Oui", 62.0, 70.0),
    ("Chercheur (00:00:04): Bonjour", "Chercheur", "Bonjour", 4.0, None),
    ("Chercheur (1:50 - 1:57) :", "Chercheur", "", 110.0, 117.0),
    ("(0:09 - 1:44) Marie : oui", "Marie", "oui", 9.0, 104.0),
    # after "Marie :" a bare time followed by words is prose, not a timestamp
    ("Marie : 10:30 on commence", "Marie", "10:30 on commence", None, None),
])
def test_split_label_time_ranges(text, label, rest, t_start, t_end):
    m = split_label(text)
    assert (m.label, m.rest, m.t_start, m.t_end) == (label, rest, t_start, t_end)
