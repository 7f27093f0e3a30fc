"""LIFE STORIES transcribed without labels (issue #14, session 23, segwritten3): an oral-history
archive's "« Accoucher sur le fleuve » – récit de vie de Man Lucienne", the narrator presented in
the third person ("Lucienne Horth, que tout le monde à Cayenne appelle Man Lucienne, … Sage-femme
de 1964 à 2003, …"), then LONG FIRST-PERSON BLOCKS over several paragraphs, cut by a few prompts
of the interviewer set apart (a wholly italic or bracketed question: "Et les médecins, à l'époque
?"), and an editorial note that names the narrator ("Le récit a été relu avec Man Lucienne").

A document is such a story when the lines above its first first-person paragraph (``life_story_
lead_lines``) announce it (``life_story_announcements``) and name the narrator, at least
``life_story_min_prompts`` prompts stand between the blocks, and at least ``life_story_min_
paragraphs`` of them speak in the first person singular: a memoir's or a report's own first-person
narrative has no interviewer's prompts, an interview with labels is the label readers'. The story
runs from that paragraph to a heading, to a paragraph that names the narrator (the editor speaks of
her) or to one with no first person at all (the analysis after it). Each block between prompts is
one turn of the narrator: the name the announcement gives ("récit de vie de Man Lucienne"), else
the first the presentation gives; the role the first trade the presentation's fields name, the
region its places'. Words: lang/fr/life_stories.yaml.
"""

from __future__ import annotations

import re

from . import conventions as cv
from .attributions import describe
from .base import Span, TextLine
from .labels import turn_match
from .roles import normalize_role
from .set_apart_questions import _first_person, _is_question, _presentation, _singular

_data = cv.language_data


def _setting(key: str, default: int) -> int:
    value = _data().get(key, default)
    return int(value) if isinstance(value, int) else default


@cv.per_language_data
def _announcement() -> re.Pattern:
    # the announcement, then the narrator's name when it gives one ("récit de vie de Man Lucienne")
    words = cv._alt(_data().get("life_story_announcements", [])) or "(?!)"
    # (the announcement without case; the name, as NAME reads it, opening on capitals)
    return re.compile(rf"(?<![\w])(?i:{words})(?![\w])(?:\s+(?i:de|d['’])\s*(?={cv.NAME.pattern}))?")


BRACKETED = re.compile(r"^\s*[\[(][^\[\]()]+[\])]\s*$")  # "[Et vos parents ?]": a prompt in brackets


def _prompt(ln: TextLine, styles, text: str) -> bool:
    """An interviewer's prompt: a short question set wholly in italics or in brackets."""
    t = ln.text.strip()
    if not _is_question(t.rstrip("])")) or len(t.split()) > _setting("life_story_max_prompt_words", 25):
        return False
    return bool(BRACKETED.match(t)) or _presentation(ln, styles, text) == "italic"


def _narrator(lead: list[str]) -> tuple[str, list[str]]:
    """The narrator the lead lines name (the announcement's name, else the first full name) and all
    the names they give her (an editorial note naming any of them is the editor's)."""
    names = [m.group("name") for t in lead for m in cv.NAME.finditer(t)]
    announced = next((n.group("name") for t in lead for m in _announcement().finditer(t)
                      if (n := cv.NAME.match(t, m.end()))), "")
    return announced or (names[0] if names else ""), names + ([announced] if announced else [])


def _presentation_attrs(lead: list[str], names: list[str], gazetteer) -> tuple[str, str, str]:
    """(role, region, place) of the presentation: the first trade its fields name ("Sage-femme de
    1964 à 2003"), the region of its places, the narrator's names left out (a surname may be a
    place: "Jeanne Morvan")."""
    fields = [f for t in lead for f in re.split(r"[,.;:]\s+|\s[–—]\s", t)]
    role = next((r for f in fields if (r := normalize_role(f)) not in ("autre", "inconnu")), "inconnu")
    region, place = ("", "")
    if gazetteer is not None:
        _, region, place = describe(re.sub("|".join(map(re.escape, names)) or "(?!)", " ", " ".join(lead)), gazetteer)
    return role, region, place


def life_story(lines: list[TextLine], headings, styles, text: str) -> tuple:
    """(first line -> last line of each narrator's block, prompt lines -> themselves, the narrator,
    the lead lines, the names they give the narrator), empty when the document is no transcribed
    life story."""
    none: tuple = ({}, {}, "", [], [])
    body = [ln for ln in lines if ln.text.strip()]
    first = next((k for k, ln in enumerate(body) if ln.index not in headings and _singular(ln.text)
                  and not _prompt(ln, styles, text)), None)
    if first is None:
        return none
    lead = [ln.text for ln in body[max(0, first - _setting("life_story_lead_lines", 5)):first]]
    if not any(_announcement().search(t) for t in lead):
        return none
    narrator, names = _narrator(lead)
    if not narrator:
        return none
    blocks: dict[int, int] = {}
    prompts: dict[int, int] = {}
    singular, start, last = 0, None, None
    for ln in body[first:]:
        if ln.index in headings:
            break
        if _prompt(ln, styles, text):
            prompts[ln.index] = ln.index
            start = None
            continue
        label = turn_match(ln.text)
        if label and ":" in label.group(0):
            return none  # a labelled interview ("Paul : …"): the label readers' ("Non. " is no label)
        if any(n in ln.text for n in names) or not _first_person(ln.text):
            break  # the editor speaks of the narrator, or the analysis after the story
        singular += bool(_singular(ln.text))
        if start is None:
            start = ln.index
        blocks[start] = last = ln.index
    # a prompt after the last block answers nothing in the story: left to the other readers
    prompts = {i: j for i, j in prompts.items() if last is not None and i < last}
    if singular < _setting("life_story_min_paragraphs", 3) or len(prompts) < _setting("life_story_min_prompts", 1):
        return none
    return blocks, prompts, narrator, lead, names


class LifeStoryHandlers:
    """The line handler of a transcribed life story (a Segmenter mixin)."""

    def _h_life_story(self, i: int) -> int | None:
        if not hasattr(self, "life_story_plan"):
            self.life_story_plan = life_story(self.lines, self.headings, self.styles, self.text)
            self.life_story_attrs = None
        blocks, prompts, narrator, lead, names = self.life_story_plan
        if i not in blocks and i not in prompts:
            return None
        self._flush_prose(self.prose_run, self.current)
        if i in prompts:
            self.spans.append(Span(self.lines[i].start, self.lines[i].end, "moderator", {"speaker": "", "role_raw": ""}))
            return i + 1
        if self.life_story_attrs is None:
            role, region, place = _presentation_attrs(lead, names, self.gazetteer)
            self.life_story_attrs = {"speaker": narrator, "role_raw": "", "role": role, "region": region,
                                     "place": place, "attr_source": "attribution"}
        last = blocks[i]
        self.spans.append(Span(self.lines[i].start, self.lines[last].end, "turn", dict(self.life_story_attrs)))
        return last + 1
