"""Communes named by the first word of their compound name (issue #14): "Sarlat" for
Sarlat-la-Canéda, "Ancenis" for Ancenis-Saint-Géréon, as texts and people say them.

Read from the communes table itself, no list of names: the first word of a hyphenated commune name
is a short form when a link follows it (lang/fr/commune_short_forms.yaml: "la", "sur", "Saint"),
it is long enough not to be a particle ("Bar", "Aix" are not), no commune is
named by it alone, and no other commune's name begins with it ("Saint", "Pont", "Villeneuve" begin
hundreds). Like every commune, a short form is read only where a place is expected (after a
locative preposition, as a whole field).
"""

from __future__ import annotations

from functools import lru_cache

MIN_SHORT_FORM = 4  # "Bar-le-Duc", "Aix-les-Bains": a three-letter head is a particle or shared


@lru_cache(maxsize=1)
def _links() -> frozenset:
    from ..lang import load

    return frozenset(load("fr").get("commune_short_form_links", []))


@lru_cache(maxsize=1)
def _not_short_forms() -> frozenset:
    """Natural regions, listed or left out of natural_regions.csv ("Bresse" straddles two régions:
    no Bresse-sur-Grosne for it)."""
    from ..lang import load
    from ..text import fold

    return frozenset(fold(w) for w in load("fr").get("commune_short_form_not_places", []))


def short_form_index(by_key: dict, natural_names: frozenset = frozenset()) -> dict:
    """Normalised short form -> (the one commune it names,), from a normalised-name index whose
    words are separated by spaces ("sarlat la caneda"), and the folded names of the natural
    regions (never a commune's short form: "Argonne" is no Argonne-…)."""
    heads: dict[str, list] = {}
    for key, communes in by_key.items():
        head, _, rest = key.partition(" ")
        if rest and len(head) >= MIN_SHORT_FORM and rest.split(" ")[0] in _links():
            heads.setdefault(head, []).extend(communes)
    return {head: (communes[0],) for head, communes in heads.items()
            if len(communes) == 1 and head not in by_key and not communes[0].word
            and head not in _not_short_forms() and head not in natural_names}
