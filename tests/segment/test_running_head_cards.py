"""The person a transcript's running head describes (segment/running_head_cards.py, s55): extraction sets
"Entretien P3 – sage-femme libérale, Lannion – 4 mai 2024 – page 2/3" aside as page furniture; the head,
read back from audit.csv, describes P3's turns. Look-alikes: a head that names no interview, a head that
describes nobody, another speaker's turns."""

from __future__ import annotations

from segment_text import bare_segments

from corpus.segment.running_head_cards import apply_running_head_cards, head_card, running_heads

AUDIT = [
    {"page": "1", "reason": "running_header_footer", "original": "Entretien P3 – sage-femme libérale, Lannion – 4 mai 2024 – page 1/3"},
    {"page": "2", "reason": "page_number", "original": "2"},
    {"page": "2", "reason": "running_header_footer", "original": "Entretien P3 – sage-femme libérale, Lannion – 4 mai 2024 – page 2/3"},
]


def test_the_heads_are_read_back_from_the_audit():
    assert running_heads(AUDIT) == [AUDIT[0]["original"], AUDIT[2]["original"]]


def test_a_head_naming_an_interview_describes_its_person():
    assert head_card("Entretien P3 – sage-femme libérale, Lannion – 4 mai 2024 – page 1/3") == (
        "P3", "sage-femme libérale, Lannion")
    assert head_card("Entretien n°4 – médecin généraliste, 52 ans – page 2") == ("4", "médecin généraliste")
    assert head_card("Mémoire de master – Université de Rennes – 2024") is None  # no interview
    assert head_card("Entretien P3 – 4 mai 2024 – page 1/3") is None  # nobody described


def test_the_turns_of_that_code_take_the_description(gazetteer):
    segs = bare_segments([(0, 10), (10, 20), (20, 30)], kind="turn", role="inconnu")
    segs[0].speaker, segs[1].speaker, segs[2].speaker = "P3", "Entretien n°3", "Q"
    segs[2].kind = "moderator"
    apply_running_head_cards(segs, AUDIT, gazetteer, ("turn", "verbatim", "moderator"))
    assert [(s.role, s.region) for s in segs[:2]] == [("sage_femme", "Bretagne")] * 2
    assert segs[0].attr_source == "interview_header"
    assert segs[2].role == "inconnu"  # the interviewer's questions stay theirs
