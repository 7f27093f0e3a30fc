"""Dialogue inside first-person narration: field notes, reportage and observation journals quote
the people met as a novel sets dialogue. A paragraph opened by a dialogue dash holds someone's
words, the speaker in an incise after the first words — which may end on a question or an
exclamation mark instead of a comma ("— Avez-vous un certificat ? demande le Dr Boissarie ;",
"— Adieu ! fit Clerembault, me remettant mon chapeau, …", "— Vous pouvez entrer, me dit
l'interne."); the narrator's own replies sit in between ("— Maigre butin ! lui dis-je"), and
an exchange's unattributed lines alternate between the two parties ("— Ça vous va ?" / "— Ça ne
sent pas bon." / "— Mais ça rend des services !" / "— Je vais réfléchir." / "— Adieu ! fit
Clerembault"). The words are lang/fr/narrated_dialogue.yaml.

A document counts only when at least ``narrated_dialogue_min`` dash paragraphs have an incise
naming someone other than the narrator (a determiner and a noun, or a capitalised name), so a
thesis's dashed list or a one-off dash never becomes speech. Only whole dash paragraphs are read
(dashes and guillemets inside a paragraph are not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import conventions as cv
from .aged_labels import aged_apposition
from .base import Span, TextLine
from .dash_incises import DASHES
from .roles import normalize_role

_data = cv.language_data


def _alt(words) -> str:
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


@cv.per_language_data
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    d = _data()
    verbs = _alt(d.get("narrated_dialogue_verbs", [])) or "(?!)"
    objects = _alt(re.escape(w) for w in d.get("narrated_dialogue_object_pronouns", [])) or "(?!)"
    pronouns = _alt(d.get("narrated_dialogue_narrator_pronouns", []) + d.get("narrated_dialogue_other_pronouns", []))
    determiners = _alt(re.escape(w) for w in d.get("narrated_dialogue_determiners", [])) or "(?!)"
    # a title that ends on its period ("répond M. Lagarde"): not the end of the incise
    dotted = _alt(re.escape(w) for w in d.get("narrated_dialogue_titles", []) if w.endswith(".")) or "(?!)"
    # the first words, up to a comma, question, exclamation mark or ellipsis, then the incise
    incise = re.compile(
        r"^(?P<words>[^«»\"“”]*?\S\s?[,?!…])\s+(?:(?:" + objects + r")\s*)?(?P<verb>" + verbs + r")"
        r"(?:(?:-t-|-)(?P<pron>" + (pronouns or "(?!)") + r")\b|\s+(?P<who>(?:(?:" + dotted + r")\s*)?[^,;:.!?«»…]{2,80}?))"
        r"\s*(?=[,;:.!?…]|$)")
    # who the incise names: a determiner and a noun, or a capitalised name
    who = re.compile(r"^(?:(?:" + dotted + r")\s*)?(?:(?i:" + determiners + r")(?:\s+|(?<=['’]))\w|[A-ZÉÈÀÂÎÔ][\w’'-]+)")
    titles = re.compile(r"\b(?:" + _alt(re.escape(w) for w in d.get("narrated_dialogue_titles", [])) + r")(?!\w)\s*")
    return incise, who, titles


@cv.per_language_data
def _introductions() -> re.Pattern:
    """Someone the narration introduces: a nickname in guillemets after a naming verb ("celui que
    tout le monde appelle « le Grand »") or a title and a capitalised name ("Mme Z.", "M. Collignon")."""
    d = _data()
    verbs = _alt(d.get("narrated_dialogue_nickname_verbs", [])) or "(?!)"
    titles = _alt(re.escape(w) for w in d.get("narrated_dialogue_titles", []) if w[:1].isupper()) or "(?!)"
    return re.compile(r"\b(?:" + verbs + r")\s+«\s*(?P<nick>[^«»]{2,40}?)\s*»"
                      r"|(?<![\w.])(?P<titled>(?:" + titles + r")(?<=\.)?\s+[A-ZÉÈÀÂÎÔ][\w’'-]*\.?)"
                      r"(?=[\s,;:)]|$)")


@dataclass
class NarratedLine:
    start: int  # offset in the line where the words start (after the dash)
    party: str  # "other" (someone met) or "narrator"
    speaker: str = ""
    role_raw: str = ""
    role: str = ""


def dash_start(text: str) -> int | None:
    """Offset of the words after a paragraph-opening dialogue dash, or None."""
    t = text.lstrip()
    if not t.startswith(DASHES):
        return None
    rest = t[1:]
    return len(text) - len(t) + 1 + len(rest) - len(rest.lstrip())


def surname(who: str) -> str:
    """The capitalised name at the end of an incise's description, titles and determiners
    dropped ("le Dr Boissarie" -> "Boissarie"; "un docteur" -> "")."""
    _, _, titles = _patterns()
    determiners = {w.lower() for w in _data().get("narrated_dialogue_determiners", [])}
    words = titles.sub(" ", who).split()
    name: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper() or w.lower() in determiners:
            break
        name.insert(0, w)
    if not name and words and words[0][:1].isupper() and words[0].lower() not in determiners:
        # the name first, then what the person does meanwhile ("Marie-Ange en ouvrant le pilulier")
        for w in words:
            if not w[:1].isupper():
                break
            name.append(w)
    return " ".join(name)


def _named_role(name: str, before: str) -> str | None:
    """The role the narration before gives the person it names ("Marie-Ange est infirmière
    libérale …" for Marie-Ange; "chez Mme Santoni, 84 ans, qui vit seule" an age and no trade:
    autre, the person cared for or met), or None when it does not name them."""
    if not name:
        return None
    said = [t for t in re.split(r"(?<=[.!?])\s+", before) if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", t)]
    if not said:
        return None
    # the apposition right after the name says what that person does, whatever else the sentence
    # names ("la maraude du Samu social : Yanis, infirmier depuis huit ans, et Claire, …")
    for t in said:
        m = re.search(rf"(?<![\w-]){re.escape(name)},\s*([^,.;:]+)", t)
        if m and _role(m.group(1)) not in ("autre", "inconnu"):
            return _role(m.group(1))
    roles = [_role(t) for t in said]
    role = next((r for r in roles if r not in ("autre", "inconnu")), "inconnu")
    if role == "inconnu" and aged_apposition(name, [before]):  # the whole paragraph: "M." ends no sentence
        # s27-segrole2: a civility, the name and an age with no trade ("chez Mme Santoni, 84 ans, qui
        # vit seule"): a patient or a relative, as a label so introduced is (aged_labels.py)
        return "autre"
    return role


def introduced(before: str) -> tuple[str, str] | None:
    """(name, role) of the one person a narration paragraph introduces by a nickname or a titled
    name, or None (nobody, or several: who answers is then a guess)."""
    names = []
    for m in _introductions().finditer(before):
        name = (m.group("nick") or m.group("titled")).strip()
        if name not in names:
            names.append(name)
    if len(names) != 1:
        return None
    # a person met (a patient, a passer-by) the narration gives no profession: not an unknown role
    role = _named_role(names[0], before)
    return names[0], role if role not in (None, "inconnu") else "autre"


def strong_incise(words: str) -> bool:
    """Whether a dash paragraph's incise follows a question or an exclamation and names someone by
    a capitalised name ("— Vous avez vos traitements ? demande Farid."): dialogue, even alone."""
    incise, _, _ = _patterns()
    m = incise.match(words)
    return bool(m and m.group("who") and m.group("words").rstrip()[-1:] in "?!"
                and surname(" ".join(m.group("who").split())))


def read_incise(words: str) -> tuple[str, str] | None:
    """('narrator'|'pronoun'|'other', who) of the incise after a dash paragraph's first words,
    or None."""
    incise, who_re, _ = _patterns()
    m = incise.match(words)
    if not m:
        return None
    if m.group("pron"):
        pron = m.group("pron").lower()
        return ("narrator", "") if pron in _data().get("narrated_dialogue_narrator_pronouns", []) else ("pronoun", "")
    who = " ".join(m.group("who").split())
    return ("other", who) if who_re.match(who) else None


def _anaphoric(who: str) -> bool:
    """Whether a description points back at someone already met ("le docteur"), not at someone
    new ("un docteur")."""
    first = re.split(r"(?<=['’])|\s+", who.strip(), maxsplit=1)[0].lower()
    return first in {w.lower() for w in _data().get("narrated_dialogue_anaphoric_determiners", [])}


def _role(who: str) -> str:
    role = normalize_role(who) if who else "inconnu"
    return role if role else "inconnu"


def narrated_lines(lines: list[TextLine], headings, taken=()) -> dict[int, NarratedLine]:
    """line index -> the dash paragraph's party and speaker, or {} when the document has fewer
    than ``narrated_dialogue_min`` dash paragraphs naming someone other than the narrator."""
    read: dict[int, tuple[int, tuple[str, str] | None]] = {}
    lines_by = {ln.index: ln for ln in lines}
    for ln in lines:
        if ln.index in headings or ln.index in taken:
            continue
        s = dash_start(ln.text)
        if s is not None and not ln.text[s:].startswith(("«", "“", '"')):
            read[ln.index] = (s, read_incise(ln.text[s:]))
    named = sum(1 for _, r in read.values() if r and r[0] == "other")
    single = named == 1 and len(read) >= _data().get("narrated_dialogue_single_incise_paragraphs", 3) and any(
        strong_incise(lines_by[i].text[s:]) for i, (s, r) in read.items() if r and r[0] == "other")
    if named < _data().get("narrated_dialogue_min", 2) and not single:
        return {}
    out: dict[int, NarratedLine] = {}
    last: NarratedLine | None = None
    intro = ""  # the narration paragraph before a run of dash paragraphs, when it ends on a colon
    before = ""  # the narration paragraph before a run of dash paragraphs
    narration: list[str] = []  # every narration paragraph so far: where a name was first introduced
    run: list[int] = []

    def close_run() -> None:
        nonlocal last
        if not run:
            return
        parties: dict[int, NarratedLine] = {}
        for i in run:
            s, r = read[i]
            if r is None:
                continue
            kind, who = r
            if kind == "narrator":
                parties[i] = NarratedLine(s, "narrator")
            elif kind == "other":
                role = _role(who)
                name = surname(who)
                named = _named_role(name, before) if role in ("autre", "inconnu") and before else None
                if named in ("autre", "inconnu") and name:
                    # the paragraph before names the person without a role: the narration may have
                    # introduced them earlier ("Farid, infirmier depuis douze ans dans l'équipe")
                    earlier = _named_role(name, " ".join(narration))
                    if earlier not in (None, "autre", "inconnu"):
                        named = earlier
                if named is not None:
                    role = named  # a bare name: what the narration says that person does
                elif role in ("autre", "inconnu") and before and _role(before) not in ("autre", "inconnu"):
                    # a bare surname: what the narration just before says the person does
                    role = _role(before)
                if not name and last is not None and last.role == role and _anaphoric(who):
                    # "le docteur" after "le Dr Boissarie": the same person, named before
                    name = last.speaker
                parties[i] = NarratedLine(s, "other", name, who, role)
                last = parties[i]
            elif last is not None and not (before and _role(before) not in ("autre", "inconnu")):
                parties[i] = NarratedLine(s, "other", last.speaker, last.role_raw, last.role)
            else:
                # "me disait-il" after "en compagnie d'un interne": the person the narration names
                parties[i] = NarratedLine(s, "other", "", before, _role(before) if before else "inconnu")
        met = introduced(before) if before else None
        for pos, i in enumerate(run):
            if i in parties:
                out[i] = parties[i]
                if parties[i].party == "other":
                    last = parties[i]
                continue
            # an unattributed line: the party of the nearest attributed line, alternating
            anchors = [(abs(pos - run.index(j)), run.index(j), j) for j in parties]
            s = read[i][0]
            if anchors:
                dist, _, j = min(anchors)
                same = dist % 2 == 0
                a = parties[j]
                other = a if a.party == "other" else last
                named = {p.speaker: p for p in parties.values() if p.party == "other" and p.speaker}
                if not same and a.party == "other" and len(named) == 2 and a.speaker in named \
                        and all(p.party == "other" for p in parties.values()):
                    # two people met talk to each other, the narrator silent: the line after one
                    # reply is the other one's ("— … ? demande Marie-Ange" / "— …, répond Mme
                    # Santoni." / "— Je vais appeler le docteur …": Marie-Ange's)
                    b = next(p for n, p in named.items() if n != a.speaker)
                    out[i] = NarratedLine(s, "other", b.speaker, b.role_raw, b.role)
                elif same == (a.party == "other"):
                    out[i] = NarratedLine(s, "other", *(
                        (other.speaker, other.role_raw, other.role) if other else ("", "", "inconnu")))
                elif a.party == "other" and met and met[0] not in named and not any(
                        p.party == "narrator" for p in parties.values()):
                    # the answer to someone met, the narration just having introduced a third person
                    # (« le Grand », Mme Z.): theirs, not the silent narrator's
                    out[i] = NarratedLine(s, "other", met[0], met[0], met[1])
                else:
                    out[i] = NarratedLine(s, "narrator")
            else:
                # no incise in the exchange: the person met speaks first, as the narration introduced
                other = None if intro else last
                if pos % 2 == 0 and met and not intro:
                    # the narration just introduced someone ("Une femme âgée, Mme Z., est assise …")
                    out[i] = NarratedLine(s, "other", met[0], met[0], met[1])
                elif pos % 2 == 0:
                    # announced ("un ecclésiastique qui me dit :"), else the last person quoted
                    out[i] = NarratedLine(s, "other", *(
                        (other.speaker, other.role_raw, other.role) if other else ("", intro, _role(intro))))
                else:
                    out[i] = NarratedLine(s, "narrator")
        run.clear()

    for ln in lines:
        if not ln.text.strip():
            continue
        if ln.index in read and ln.index not in headings:
            run.append(ln.index)
            continue
        close_run()
        before = ln.text.strip()
        if ln.index not in headings:
            narration.append(before)
        intro = before if before.endswith(":") else ""
        if ln.index in headings:
            last = None
    close_run()
    return out


class NarratedDialogueHandlers:
    """The line handler of dash paragraphs in first-person narration (a Segmenter mixin)."""

    def _h_narrated_dialogue(self, i: int) -> int | None:
        if not hasattr(self, "narrated_dialogue"):
            taken = getattr(self, "dash_incise_quotes", {}) or {}
            self.narrated_dialogue = {} if taken else narrated_lines(self.lines, self.headings)
        q = self.narrated_dialogue.get(i)
        if q is None:
            return None
        self._flush_prose(self.prose_run, self.current)
        ln = self.lines[i]
        if q.party == "narrator":
            self.spans.append(Span(ln.start + q.start, ln.end, "moderator", {"speaker": "", "role_raw": ""}))
            return i + 1
        # no region: a narrative's place names (a town abroad, a French homonym) say where the
        # narrator went, not where the person works
        attrs = {"speaker": q.speaker, "role_raw": q.role_raw, "role": q.role, "region": "",
                 "place": "", "attr_source": "attribution"}
        self.spans.append(Span(ln.start + q.start, ln.end, "verbatim", attrs))
        return i + 1
