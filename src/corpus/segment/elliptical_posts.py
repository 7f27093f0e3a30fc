"""Posts a document names in full once, then by their last word alone (issue #14, s54).

A case study presents a team ("L'équipe comprend une pharmacienne titulaire, une pharmacienne
adjointe et deux préparatrices") and then quotes its people by the post's word alone: "La
titulaire, qui organise la matinée, résume … : « … »", "L'adjointe décrit … : « … »". The word
alone says no trade ("titulaire", "adjointe"); the document's own fuller phrase does. This module
reads, from the document, every word that follows a profession's noun in a phrase naming a role
("pharmacienne titulaire" -> pharmacien), and gives a quotation still without a role the role of
the post its lead-in sentence opens with (a determiner and that word), or the role the word
itself names ("La titulaire" -> pharmacien) where no reader read that sentence.

Only attributes change (a pass over the finished segments), and only for quotations no reader gave
a speaker nor a role; a word two phrases of different roles share ("infirmière coordinatrice",
"médecin coordinateur") names no role.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .roles import names_a_profession, normalize_role

UNSAID = ("", "inconnu")
_PAIR = re.compile(r"(?<![\w'’-])(?P<trade>[a-zàâçéèêëîïôûù-]{4,})\s+(?P<post>[a-zàâçéèêëîïôûù-]{4,})(?![\w'’-])")


def post_roles(text: str) -> dict[str, str]:
    """Folded post word -> the role of the one kind of phrase the document names it in, a
    profession's noun before it ("pharmacienne titulaire" -> {"titulaire": "pharmacien"}), when the
    word alone names no role."""
    found: dict[str, set[str]] = {}
    for m in _PAIR.finditer(text):
        trade, post = m.group("trade"), m.group("post")
        if not names_a_profession(trade) or normalize_role(post) not in ("autre", "inconnu"):
            continue
        role = normalize_role(f"{trade} {post}")
        if role not in ("autre", "inconnu"):
            found.setdefault(fold(post).lower(), set()).add(role)
    return {post: next(iter(roles)) for post, roles in found.items() if len(roles) == 1}


@cv.per_language_data
def _post_lead() -> re.Pattern:
    """A sentence opening (after a phrase of circumstance perhaps) on a determiner and one word."""
    dets = cv.word_forms("singular_determiners", r"\s+", elided_after=r"\s*")
    return re.compile(rf"^(?:[^,.;:!?«»]{{2,60}},\s*)?(?i:{dets})(?P<post>[^\W\d_][\w-]+)(?=[\s,])")


def apply_elliptical_posts(segments: list, text: str, kinds) -> None:
    """Give the quotations without a speaker or a role whose lead-in sentence opens on a post the
    document names in full elsewhere that post's role."""
    targets = [s for s in segments if s.kind in kinds and s.kind == "verbatim" and not s.speaker and s.role in UNSAID]
    if not targets:
        return
    posts = None
    for seg in targets:
        line_start = text.rfind("\n", 0, seg.char_start) + 1
        lead = text[line_start:seg.char_start]
        cut = max(lead.rfind(". "), lead.rfind("? "), lead.rfind("! "))
        sentence = lead[cut + 1:].strip() if cut >= 0 else lead.strip()
        m = _post_lead().match(sentence)
        if m is None:
            continue
        posts = post_roles(text) if posts is None else posts
        alone = normalize_role(m.group("post"))  # "La titulaire" itself names the pharmacist
        role = posts.get(fold(m.group("post")).lower()) or (alone if alone not in ("autre", "inconnu") else "")
        if role:
            seg.role, seg.role_raw = role, sentence[:m.end()].strip()
            seg.attr_source = seg.attr_source or "attribution"
