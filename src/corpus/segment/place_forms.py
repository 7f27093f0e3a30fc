"""Place names in the forms texts give them that whole gazetteer names miss (issue #14), by the
words of lang/fr/place_forms.yaml:

- a place name that is also a common noun is the noun when a complement follows it ("Réunion du
  15 juillet 2020" opens a record line: a meeting, not La Réunion);
- a commune whose hyphen a line end swallowed ("Villeneuvesur-Lot", "d'Argentonsur-Creuse") is
  found by its name without separators;
- a département given by a postal code or "du 19" at the end of a description;
- a commune name several régions share ("Sainte-Marie", "Saint-Benoît", "Castres"), or one that
  is also a word ("Le Moule"), which regions.py leaves unresolved, is settled when exactly one of
  its régions is a région the rest of the document names, or else when the homonyms the
  document's descriptions name share exactly one département ("Saint-Benoît" and "Saint-André":
  both in La Réunion, and in no other département together);
- a commune named in a description by the first words of its name ("omnipraticienne, Sarlat"
  for Sarlat-la-Canéda) is settled the same way;
- a speaker placed by a commune name whose only commune so named lies outside the one région of
  every other place of the document, while a commune whose name opens with it lies in that région
  ("une habitante de Saint-Sever" in a document on Vire: Saint-Sever-Calvados, not the Landes'
  Saint-Sever), is placed there (settle_shortened).
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .conventions import word_forms

# a description's fields, and the locative words that may open one ("infirmière à Sainte-Marie")
# (the locative words: lang/fr place_forms.yaml field_split_prepositions)
FIELD_SPLIT = re.compile(rf"[,;–—]|\s-\s|\s(?:{word_forms('field_split_prepositions')})\s", re.IGNORECASE)
QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")  # "Grand-Bourg (Marie-Galante)": the island


@cv.per_language_data
def _data() -> dict:
    return cv.language_data()


@cv.per_language_data
def _common_nouns() -> tuple[frozenset, re.Pattern]:
    d = _data()
    names = frozenset(fold(w) for w in d.get("common_noun_places", []))
    words = "|".join(re.escape(fold(w)) for w in d.get("common_noun_complements", []))
    # or a number: "Lot 8 – Électricité", "Lot n°5" (a contract's lot, not the département)
    words = rf"(?:{words})(?=[ \t]|(?<=['’]))|" if words else ""
    return names, re.compile(rf"[ \t]+(?:{words}(?:n[°o][ \t]*)?\d)")


def is_common_noun(folded: str, start: int, end: int) -> bool:
    """Whether the place name at folded[start:end] is used as the common noun it also is: a
    complement or a number follows it ("reunion du 15 juillet", "reunion de la commission", "lot 8")."""
    names, complement = _common_nouns()
    return folded[start:end] in names and bool(complement.match(folded, end))


# what a line or a sentence opens after (a title's start: "Réunion publique du 18 mai")
SENTENCE_ENDS = "\n.!?:–—"
# a lower-case word after the noun: an adjective ("Réunion publique", "Réunion constitutive"),
# or a body's acronym ("Réunion DAC Cotentin – Transcription", "Réunion CPTS – 3 mars"): the
# meeting of that body as likely as the island (s23-segmeet1)
LOWER_WORD_AFTER = re.compile(r"[ \t]+(?:[a-zà-ÿ]|[A-Z]{2,}(?![\w'’-]))")


def is_titled_noun(text: str, start: int, end: int) -> bool:
    """Whether the place name at text[start:end] that is also a common noun opens a line or a
    sentence, capitalised only by its position, and an adjective follows it ("Réunion publique du
    18 mai"): the meeting as likely as the island, a place only when another place agrees
    (regions.py agreeing_homonyms); "en Réunion depuis dix ans" mid-sentence stays the island."""
    names, _ = _common_nouns()
    if fold(text[start:end]) not in names or not LOWER_WORD_AFTER.match(text, end):
        return False
    before = text[max(0, start - 40):start].rstrip(" \t")
    return start < 40 and not before or bool(before) and before[-1] in SENTENCE_ENDS


def glued_key(name: str) -> str:
    """A name folded without spaces, hyphens or apostrophes ("villeneuvesurlot")."""
    return re.sub(r"[\s\-'’]+", "", fold(name))


def glued_index(by_key: dict) -> dict:
    """Glued key -> the communes of that name (the first key wins on a collision)."""
    out: dict = {}
    for key, communes in by_key.items():
        out.setdefault(glued_key(key), communes)
    return out


@cv.per_language_data
def _number_forms() -> list[re.Pattern]:
    return [re.compile(p) for p in _data().get("department_number_forms", [])]


def department_number(text: str) -> str:
    """The département code a description ends with as a postal code or "du 19", or ''."""
    for pattern in _number_forms():
        m = pattern.search(text or "")
        if not m:
            continue
        if m.groupdict().get("code"):
            return m.group("code")
        postal = m.group("postal")
        if postal.startswith("97"):
            return postal[:3]
        if postal.startswith("20"):  # Corse: 200xx-201xx Corse-du-Sud, 202xx-206xx Haute-Corse
            return "2A" if postal[2] in "01" else "2B"
        return postal[:2]
    return ""


@cv.per_language_data
def _short_joins() -> frozenset:
    return frozenset(fold(w) for w in _data().get("short_name_joins", []))


def short_name_index(by_key: dict) -> dict:
    """The first words of commune names before a joining word ("sarlat" for "sarlat la caneda",
    "digne" for "digne les bains", "saint laurent" for "saint laurent du maroni", though other
    communes are called Saint-Laurent) -> the communes so named."""
    joins = _short_joins()
    out: dict = {}
    for key, communes in by_key.items():
        words = key.split(" ")
        for i in range(1, len(words) - 1):
            if words[i] in joins:
                short = " ".join(words[:i])
                out[short] = out.get(short, ()) + communes
                break
    return out


def homonym_communes(description: str, communes, shortened: bool = True) -> list[tuple[str, tuple]]:
    """(name, the communes of that name) of each field of a description that names a commune,
    however many régions share the name and whether or not it is also a word; a field may name
    one by the first words of its name ("Sarlat", "Saint-Laurent" for Saint-Laurent-du-Maroni);
    ``shortened`` False: only when it names no commune whole."""
    out = []
    heads = _trade_heads(description or "")
    for part in FIELD_SPLIT.split(description or ""):
        name = QUALIFIER.sub("", part.strip(" .[]")).strip(" ()")
        if not name or not name[0].isupper() or not any(ch.islower() for ch in name) or name in heads:
            continue
        key = re.sub(r"[ \-'’]+", " ", fold(name))
        found = communes.by_key.get(key, ())
        if not hasattr(communes, "by_short"):
            communes.by_short = short_name_index(communes.by_key)
        if shortened or not found:
            # a name of communes may also be the first words of another's ("Saint-Laurent" after
            # "Saint-Laurent-du-Maroni"): both are its homonyms (s26-segleft2)
            found = tuple(found) + tuple(c for c in communes.by_short.get(key, ()) if c not in found)
        if found:
            out.append((name, found))
    return out


def _trade_heads(description: str) -> set[str]:
    """The first words of the description's fields that head a trade phrase ("Chef" of "Chef de poste
    de nuit", "Conducteur" of "Conducteur de four"): what the person does, not the first words of a
    commune's name ("Chef-du-Pont"); not a field opening with an article ("Le Cellier")."""
    from .roles import names_a_trade  # the roles read the place forms' language data

    out = set()
    for field in re.split(r"[,;–—(]", description):
        words = field.split()
        if len(words) >= 2 and words[0][:1].isupper() and names_a_trade(field.strip().lower()) \
                and names_a_trade(words[0].lower()):
            out.add(words[0])
    return out


def homonym_regions(description: str, communes) -> list[tuple[str, set[str]]]:
    """(name, its régions) of each field of a description that names a commune (homonym_communes)."""
    return [(name, {c.region for c in found}) for name, found in homonym_communes(description, communes)]


def _key(name: str) -> str:
    from .regions import commune_key  # regions imports this module

    return commune_key(name)


def prefix_index(by_key: dict) -> dict:
    """The first words of commune names, every cut between two words ("saint sever" for "saint
    sever calvados", "montereau" for "montereau fault yonne") -> the communes whose name so opens."""
    out: dict = {}
    for key, communes in by_key.items():
        words = key.split(" ")
        for i in range(1, len(words)):
            short = " ".join(words[:i])
            out[short] = out.get(short, ()) + communes
    return out


TOWN_KINDS = ("commune", "prefecture")  # the gazetteer's towns; its other places are territories


def settle_shortened(segments: list, gazetteer, text: str, kinds: tuple[str, ...]) -> None:
    """Place again the speech segments a commune name placed in a région no other place of the
    document names, when every other place (the other segments' régions, the gazetteer's places
    and the communes named after a preposition) lies in one région and a commune whose name opens
    with that name lies there: the longer name is the one the writer shortened ("une habitante de
    Saint-Sever" among Vire and Caen: Saint-Sever-Calvados, not Saint-Sever in the Landes;
    "E12_PHARMA_Montereau" beside Provins, Nemours and the Seine-et-Marne: Montereau-Fault-Yonne,
    not Montereau in the Loiret). A name the gazetteer lists (a prefecture, a main town) is that
    town, wherever the others are ("de Bordeaux", not Bordeaux-Saint-Clair). (s27-segregion2)"""
    if gazetteer is None or getattr(gazetteer, "communes", None) is None:
        return
    communes = gazetteer.communes
    placed = [s for s in segments if s.kind in kinds and s.region and s.place]
    names = {_key(s.place) for s in placed if _key(s.place) in communes.by_key
             and _key(s.place) not in gazetteer.by_key and len({c.region for c in communes.by_key[_key(s.place)]}) == 1}
    if not names:
        return
    listed = list(gazetteer.find(text))  # scanned once: for the other places and for the territory
    found = [(a, b, p.region) for a, b, p in listed] \
        + [(a, b, p.region) for a, b, p in gazetteer.communes_after_prepositions(text)]

    def declared(region: str) -> bool:
        # the document says its territory: a département, a région or a natural region of its own
        # ("la Seine-et-Marne"), or its title names a place there ("Fermeture des urgences de Vire");
        # speakers each placed in their own town say nothing of the others' ("Odile, …, Mende" and
        # "Bernard, …, Saint-Flour": not Saint-Flour-de-Mercoire, Lozère)
        from .document_places import title_place

        if any(p.region == region and p.kind not in TOWN_KINDS for _, _, p in listed):
            return True
        title = title_place(text, gazetteer)
        return title is not None and title[0] == region
    for name in names:
        own = communes.by_key[name][0].region
        others = {s.region for s in segments if s.region and s.kind in kinds and _key(s.place or "") != name} \
            | {r for a, b, r in found if _key(text[a:b]) != name}
        if len(others) != 1 or own in others:
            continue
        region = next(iter(others))
        if region not in {c.region for c in communes.by_prefix.get(name, ())} or not declared(region):
            continue
        for seg in placed:
            if _key(seg.place) == name and seg.region == own:
                seg.region = region


def settle_homonyms(segments: list, gazetteer, text: str, kinds: tuple[str, ...]) -> None:
    """Give a speech segment left without a région the région of the commune its description
    names when exactly one of that name's régions is a région of the document (the régions its
    other segments have and the places the text names)."""
    if gazetteer is None or gazetteer.communes is None:
        return
    known: set[str] | None = None
    for seg in segments:
        if seg.kind not in kinds or seg.region or not seg.role_raw:
            continue
        candidates = homonym_regions(seg.role_raw, gazetteer.communes)
        if candidates and known is None:  # the whole text searched once, only when needed
            known = {s.region for s in segments if s.region} | {p.region for _, _, p in gazetteer.find(text)} \
                | {p.region for _, _, p in gazetteer.communes_after_prepositions(text)}
        for name, regions in candidates:
            agree = regions & known
            if len(agree) == 1:
                seg.region, seg.place = agree.pop(), name
                break
    shared_departement(segments, gazetteer.communes, kinds)
    settle_prominent(segments, gazetteer.communes, kinds)


def prominent_commune(found: tuple):
    """The commune of a name several régions share that dwarfs the others ("Vernon": 24,500
    inhabitants in the Eure, 700 in the Vienne, 200 in the Ardèche): the one a reader takes the
    bare name for, when it counts at least place_forms.yaml prominent_commune_min_population
    inhabitants and prominent_commune_ratio times all its homonyms of other régions together;
    else None. A name that is also a word never is ("Sens")."""
    if not found or any(c.word for c in found):
        return None
    top = max(found, key=lambda c: (c.population, c.dept))
    rest = sum(c.population for c in found if c.region != top.region)
    data = _data()
    if top.population < int(data.get("prominent_commune_min_population", 10000)):
        return None
    return top if top.population >= float(data.get("prominent_commune_ratio", 10)) * max(rest, 1) else None


def settle_prominent(segments: list, communes, kinds: tuple[str, ...]) -> None:
    """Place the speech segments still without a région whose description names, whole, a commune
    several régions share when one of them dwarfs the others (prominent_commune): nothing in the
    document settled the name (its other places, a shared département), so the reader's
    reading is the large town's ("masseur-kinésithérapeute libéral à Vernon": Vernon, Eure)."""
    for seg in segments:
        if seg.kind not in kinds or seg.region or not seg.role_raw:
            continue
        for name, found in homonym_communes(seg.role_raw, communes, shortened=False):
            top = prominent_commune(found)
            # (a name's first words alone, "Sarlat", are left to what the document says)
            if top is not None and fold(top.name) == fold(name):
                seg.region, seg.place = top.region, name
                break


def shared_departement(segments: list, communes, kinds: tuple[str, ...]) -> None:
    """Place the speech segments still without a région whose descriptions name homonyms when the
    names of all such descriptions (two or more different names) share exactly one département:
    "pharmacienne à Saint-Benoît" and "médecin à Saint-André" are both in La Réunion (974), the
    only département holding both names."""
    # (the names as written: a first word of other communes' names would widen what they share)
    open_segs = [(seg, homonym_communes(seg.role_raw, communes, shortened=False)) for seg in segments
                 if seg.kind in kinds and not seg.region and seg.role_raw]
    open_segs = [(seg, found) for seg, found in open_segs if found]
    names: dict = {}
    for _, found in open_segs:
        for name, cs in found:
            names.setdefault(fold(name), {c.dept: c for c in cs})
    if len(names) < 2:
        return
    depts = set.intersection(*(set(by_dept) for by_dept in names.values()))
    if len(depts) != 1:
        return
    dept = depts.pop()
    for seg, found in open_segs:
        for name, cs in found:
            c = next((c for c in cs if c.dept == dept), None)
            if c is not None:
                seg.region, seg.place = c.region, name
                break
