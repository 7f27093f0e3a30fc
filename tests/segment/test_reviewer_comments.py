"""Reviewers' comments quoted in a response to reviewers (segment/reviewer_comments.py): under a
heading naming the reviewer by number ("Reviewer 2, point 3", "Rapporteur n° 1 :"), the comment
in guillemets alone on its paragraph is the reviewer's words, placed nowhere; look-alikes: a
heading naming no numbered reviewer, a quotation inside the authors' sentence."""

from __future__ import annotations

from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment.reviewer_comments import reviewer_comment


def _letter(heading: str, comment_line: str) -> list[str]:
    return [
        "Annexe 4 – Lettre de réponse aux rapporteurs",
        "Nous remercions les rapporteurs de la revue pour leurs remarques, auxquelles nous répondons point par point.",
        heading,
        comment_line,
        "Réponse : nous avons précisé le mode de recrutement des pharmaciens dans la partie Méthode, page 5.",
    ]


COMMENT = "« Le recrutement par les syndicats introduit un biais évident. Les auteurs doivent le discuter. »"


def test_a_numbered_reviewers_comment_is_theirs(gazetteer):
    for heading, who in (("Rapporteur n° 1 :", "Rapporteur n° 1"), ("Reviewer 2, point 3", "Reviewer 2"),
                         ("Relectrice B – remarque 4", "Relectrice B")):
        text, segs = _segment(_letter(heading, COMMENT), gazetteer)
        seg = _at(text, segs, "introduit un biais évident")
        assert (seg.kind, seg.speaker, seg.role, seg.region) == ("verbatim", who, "autre", "")


def test_near_miss_no_numbered_reviewer_or_a_quote_inside_a_sentence(gazetteer):
    text, segs = _segment(_letter("Remarques générales des rapporteurs", COMMENT), gazetteer)
    assert _at(text, segs, "introduit un biais évident").speaker == ""
    line = "Le rapporteur 1 jugeait « évident » le biais de recrutement ; nous l'avons discuté page 9."
    assert reviewer_comment(line, line.index("«"), line.index("»") + 1) is None
    text = "Rapporteur 1\nNous citons « un biais évident » dans la discussion.\n"
    assert reviewer_comment(text, text.index("«"), text.index("»") + 1) is None
