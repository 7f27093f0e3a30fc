"""The région a whole document is set in (issue #14): when every place the document names (the
gazetteer's places written with a capital, the communes after a locative preposition, the
régions its segments already have) lies in ONE région, named at least twice, its words without a
région of their own are said there ("Josiane, la secrétaire" in a field diary of a maison de
santé near Limoux, in the Aude), beside the speakers its descriptions place there ("une infirmière
libérale du secteur" after a cadre of the Lisieux hospital and a pharmacist of Honfleur: segregions11,
where 25 held-out documents gained their unplaced speakers' région and none lost one).

A document naming places of several régions, or a national scope ("National") or an anonymised
région ("Région C") on any segment, leaves them without one.
"""

from __future__ import annotations

import re

from .regions import REGIONS_2016

MIN_MENTIONS = 2  # one place named once may be anywhere the text's story passes ("à Paris")
MIN_COMMUNES = 2  # communes alone (no gazetteer place) place a document when two or more agree


def document_region(segments: list, gazetteer, text: str) -> tuple[str, str]:
    """(région, first place) when the document names places at least twice, one of them from the
    gazetteer (a région, département, prefecture, natural region or the corpus's own place: a
    commune alone may be a foreign city's namesake, "à Venise") or else two communes of one
    département, and every place it names, with
    the régions its segments have, lies in one région; else ('', '')."""
    own = {s.region for s in segments if s.region}
    if len(own) > 1 or own - set(REGIONS_2016):  # before searching the whole text (a thesis: ~1 s)
        return "", ""
    listed = {(a, b): (p.region, text[a:b]) for a, b, p in gazetteer.find(text)}
    communes = {(a, b): (p.region, p.name) for a, b, p in gazetteer.communes_after_prepositions(text)}
    communes.update(word_communes(text, gazetteer, communes))
    mentions = {**communes, **listed}
    # "installée à Sarlat" (Sarlat-la-Canéda) beside "le Périgord noir", "de Sainte-Rose" (Guadeloupe
    # and La Réunion) beside "à Pointe-à-Pitre": a short name or a homonym agreeing with a place named
    agreeing = short_names(text, gazetteer, {r for r, _ in mentions.values()}, mentions) if mentions else {}
    mentions.update(agreeing)
    regions = {r for r, _ in mentions.values()} | own
    if not (listed or one_departement(communes.values(), gazetteer) or (communes and agreeing)) \
            or len(mentions) < MIN_MENTIONS \
            or len(regions) != 1:
        # a press headline opening on its town ("Saint-Dizier : la maison de santé … ouvrira en mars"),
        # no place of another région named anywhere (segfix38)
        town = headline_town(text, gazetteer) or title_place(text, gazetteer)
        if town is not None and regions <= {town[0]}:
            return town
        return "", ""
    return mentions[min(mentions)]


HEADLINE_TOWN = re.compile(r"^\s*(?P<town>[A-ZÉÈ][\w'’-]*(?:[ -][\w'’-]+){0,3}?)\s:\s+\S")


def headline_town(text: str, gazetteer) -> tuple[str, str] | None:
    """(région, town) of a first line that opens on a commune, a colon and the headline; None otherwise."""
    first = text.lstrip().split("\n", 1)[0]
    m = HEADLINE_TOWN.match(first)
    if m is None or getattr(gazetteer, "communes", None) is None:
        return None
    commune = gazetteer.communes.resolve(m.group("town"))
    if commune is None or commune.word or not commune.region:
        return None
    return commune.region, commune.name


def word_communes(text: str, gazetteer, communes: dict) -> dict:
    """The communes named after a locative preposition whose name is also a frequent word ("du
    Moule": Le Moule, "le moule à gâteau" never capitalised), of one département, when a commune
    of the document that is no word ("à Pointe-à-Pitre") lies in that département: the neighbour
    settles the word. {(start, end): (région, name)}"""
    depts = {c.dept for c in (gazetteer.communes.resolve(name) for _, name in communes.values()) if c}
    out = {}
    for a, b, found in gazetteer.homonyms_after_prepositions(text) if depts else ():
        if (a, b) not in communes and any(c.word for c in found) and {c.dept for c in found} <= depts \
                and len({c.dept for c in found}) == 1:
            out[(a, b)] = (found[0].region, found[0].name)
    return out


def title_place(text: str, gazetteer) -> tuple[str, str] | None:
    """(région, place) of a first line (the document's title, a newsletter's masthead) naming
    places of one région ("La lettre de la CPTS du bassin d'Annonay – n° 9"): named once, but
    where the whole document is set; None otherwise (a first line ending as a sentence is prose)."""
    first = text.lstrip().split("\n", 1)[0].rstrip()
    if first.endswith((".", "!", "?", "…")):
        return None  # a sentence of prose ("La CPTS a été créée en 2019 à Dole."), not a title
    found = [(p.region, first[a:b]) for a, b, p in gazetteer.find(first)] \
        + [(p.region, p.name) for _, _, p in gazetteer.communes_after_prepositions(first)]
    return found[0] if found and len({r for r, _ in found}) == 1 else None


def short_names(text: str, gazetteer, regions: set[str], taken) -> dict:
    """(start, end) -> (région, name) of the communes named after a locative preposition by the
    first words of their name ("à Sarlat" for Sarlat-la-Canéda: lang/fr place_forms.yaml
    short_name_joins) or by a name several régions share ("de Sainte-Rose") when exactly one of
    the régions so named is among ``regions`` (the places the text names), as
    place_forms.settle_homonyms reads a description's."""
    from . import conventions as cv
    from .place_forms import homonym_regions

    out = {}
    for m in cv.LOCATIVE_BEFORE_NAME.finditer(text):
        word = re.match(r"[A-ZÉÈ][\w'’-]+", text[m.end():])
        if word is None or any(a <= m.end() < b for a, b in taken):
            continue
        found = homonym_regions(word.group(0), gazetteer.communes)
        agree = found[0][1] & regions if found else set()
        if len(agree) == 1:
            out[(m.end(), m.end() + word.end())] = (agree.pop(), word.group(0))
    return out


def one_departement(communes, gazetteer) -> bool:
    """Several communes, all of one département ("à Ancenis", "à Varades", "à Oudon"): a foreign
    city's namesake does not come with its French neighbours (a name that is also a word counts
    once word_communes has let it in)."""
    names = {name for _, name in communes}
    found = {gazetteer.communes.resolve(name, words=True) for name in names}
    return len(names) >= MIN_COMMUNES and None not in found and len({c.dept for c in found}) == 1


def set_in_document_region(segments: list, gazetteer, text: str, kinds: tuple[str, ...]) -> None:
    """Give the document's one région to its speech segments without one of their own (those with
    one count among its places: speakers placed in two régions leave the others unplaced)."""
    if gazetteer is None or not any(s.kind in kinds and not s.region for s in segments):
        return
    region, place = document_region(segments, gazetteer, text)
    if not region:
        return
    for seg in segments:
        if seg.kind in kinds and not seg.region:
            seg.region, seg.place = region, place
            seg.attr_source = seg.attr_source or "document_places"
