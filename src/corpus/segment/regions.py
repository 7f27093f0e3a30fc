"""The 2016 regions, the gazetteer of places (config/gazetteer.csv), and region resolution.

Places are matched as whole words, accent- and case-insensitively but only where the text writes
them with a capital ("Valence" the city, never "valence" or a word inside another), and in free
text only inside spaCy location entities; short attribution fields ("Région C, CPTS 2",
"médecin, Les Mureaux") are matched directly.
"""

from __future__ import annotations

import csv
import gzip
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..lang import load
from ..text import fold
from . import conventions as cv
from .conventions import word_forms
from .place_forms import (
    department_number,
    glued_index,
    glued_key,
    is_common_noun,
    is_titled_noun,
    prefix_index,
)
from .roles import names_a_trade, normalize_role

REGIONS_2016 = [
    "Auvergne-Rhône-Alpes", "Bourgogne-Franche-Comté", "Bretagne", "Centre-Val de Loire", "Corse",
    "Grand Est", "Hauts-de-France", "Île-de-France", "Normandie", "Nouvelle-Aquitaine", "Occitanie",
    "Pays de la Loire", "Provence-Alpes-Côte d'Azur", "Guadeloupe", "Martinique", "Guyane",
    "La Réunion", "Mayotte",
]
ANONYMISED = re.compile(r"\b[Rr][ée]gion ([A-Z])\b")
# a département's number in parentheses after a commune or a setting: "Quimperlé (29)", "rural (62)"
DEPARTMENT_CODE = re.compile(r"\((\d{2}|2[AB]|97[1-6])\)")
# a département number as the last field of a description: "(Gilles, pharmacien, 48)"
DEPARTMENT_FIELD = re.compile(r",\s*(\d{2}|2[AB]|97[1-6])\s*\)?\s*$")


@cv.per_language_data
def _national() -> re.Pattern:
    """Words that make an attribution national (lang/fr/institutions.yaml: national_markers)."""
    return re.compile("|".join(cv.language_data().get("national_markers", [])) or r"(?!)", re.IGNORECASE)
GAZETTEER_COLUMNS = ("name", "kind", "region")


@cv.per_language_data
def _lower_after_article() -> re.Pattern:
    """A name whose capital is only its article's, the name itself in lower case ("La réunion
    du 14 mars se tient …" at a sentence's start): a common noun, not "La Réunion". The articles
    are language data (lang/fr place_forms.yaml: place_name_articles), in their exact case; an
    elided one ("L'") runs into the name, the others are followed by a space."""
    words = sorted(set(cv.language_data().get("place_name_articles", [])), key=lambda w: (-len(w), w))
    forms = [re.escape(w) if w[-1] in "'’" else rf"{re.escape(w)}\s+" for w in words]
    return re.compile(rf"(?:{'|'.join(forms)})[a-zà-ÿ]") if forms else re.compile(r"(?!)")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    region: str


# ---- the communes of France (lang/fr/communes.csv.gz, INSEE COG) --------------------------------

COMMUNES_PATH = Path(__file__).resolve().parent.parent / "lang" / "fr" / "communes.csv.gz"
# a capitalised name as texts write a commune: "Fougères", "Saint-Jean-de-Luz", "Le Puy-en-Velay",
# "Clermont-l'Hérault", "Les Sables-d'Olonne" (lower-case linking words only inside hyphens)
_PLACE_ARTICLES = word_forms("place_name_articles", r"\s")  # lang/fr place_forms.yaml
COMMUNE_NAME = re.compile(
    rf"(?:{_PLACE_ARTICLES})?[A-ZÀ-ÖØ-Þ][\w]*(?:(?:['’]|-(?:[a-zà-ÿ]+-)*)[A-ZÀ-ÖØ-Þ]?[\w]+)*")
# "à Sens (89)", "Vue (44)": the département that settles an ambiguous name
COMMUNE_DEPT = re.compile(r"\s*\((\d{2}|2[AB]|97[1-6])\)")
# the article that opens a commune's name, with its capital ("La Flèche", "Le Tampon", "L'Isle")
_TITLED_ARTICLE = re.compile(rf"(?:{_PLACE_ARTICLES})\S")
# "au Mans", "du Havre", "aux Mureaux", "des Sables-d'Olonne": the article the preposition absorbed
# (lang/fr place_forms.yaml contracted_articles; the article with the space before the name)


@cv.per_language_data
def contracted_articles() -> dict[str, str]:
    return {prep: f"{article} " for prep, article in cv.language_data().get("contracted_articles", {}).items()}


# not a place after the name: a citation ("de Bourgueil et al.", "de Fourcade (2014)"), a person's
# name going on ("de Raymond Soubie", "de Pompignan D"), a name cut by a line-end hyphen ("Corbeil- ")
NOT_A_PLACE_AFTER = re.compile(
    rf"\s*(?:(?:{word_forms('citation_others')})\b|(?:{word_forms('list_conjunctions')})\s+[A-Z]|\(\s*\d{{4}}|,\s*\d{{4}})"
    r"|[ \t]+[A-ZÀ-ÖØ-Þ]|[-'’]|\w")


@cv.per_language_data
def _metonyms() -> re.Pattern:
    """Place names that stand for something else (lang/fr/institutions.yaml: place_metonyms)."""
    words = cv.language_data().get("place_metonyms", [])
    return re.compile("(?:" + "|".join(re.escape(fold(w)) for w in words) + r")$" if words else r"(?!)")


def _of_forms(key: str) -> str:
    """The alternation of the forms of "de" a list of place_forms.yaml gives ("de la", "du", "d'"), each
    followed by a blank (an elided one by anything)."""
    return cv.word_forms(key, r"\s+", cv.language_data(), elided_after=r"\s*")


@cv.per_language_data
def _landscape() -> re.Pattern:
    """A landscape noun and "de"/"du"/"d'" ending the text before a name (lang/fr place_forms.yaml
    landscape_nouns: "la vallée d'", "le Val de", "les bords de"), or a way's named after the town
    it leads to (way_nouns: "la Porte d'Aix", "la route de Beauvais"), folded."""
    data = cv.language_data()
    words = data.get("landscape_nouns", []) + data.get("way_nouns", [])
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w])(?:{alt})\s+(?:{_of_forms('of_forms')})$") if words else re.compile(r"(?!)")


@cv.per_language_data
def _establishment() -> re.Pattern:
    """An establishment noun and "de"/"du"/"d'" ending the text before a name (lang/fr place_forms.yaml
    establishment_nouns: "centre hospitalier de", "l'hôpital du"), folded."""
    words = cv.language_data().get("establishment_nouns", [])
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w])(?:{alt})\s+(?:{_of_forms('establishment_of_forms')})$") if words else re.compile(r"(?!)")


# a year after the name, which after a surname makes a citation ("de Bourgueil, 2019", "de Fourcade (2014)")
YEAR_AFTER = re.compile(r"\s*(?:\(\s*\d{4}|,\s*\d{4})")


def cited_name_end(text: str, start: int, end: int) -> bool:
    """The name text[start:end] ends where NOT_A_PLACE_AFTER says it is no place, unless what follows
    is only a year and an establishment noun precedes the name ("(centre hospitalier de
    Saint-Dié-des-Vosges, 2023)": the hospital's town and the year of the reports, no author)."""
    if not NOT_A_PLACE_AFTER.match(text, end):
        return False
    return not (YEAR_AFTER.match(text, end) and _establishment().search(fold(text[max(0, start - 60):start])))


@cv.per_language_data
def _longer_name_before() -> re.Pattern:
    """A capitalised word inside a sentence (a small word or a comma before it), right before a
    name, that is no qualifier of a natural region (place_forms.yaml pays_qualifiers)."""
    qualifiers = "|".join(re.escape(w) for w in cv.language_data().get("pays_qualifiers", [])) or "(?!)"
    return re.compile(rf"[a-zà-ÿ,]\s+(?!(?i:{qualifiers})\s$)[A-ZÀ-Þ][a-zà-ÿ]+\s$")


def _ends_longer_name(text: str, start: int) -> bool:
    """The name at ``start`` ends a longer proper name: a capitalised word before it mid-sentence
    ("le pays du Roi Morvan")."""
    return bool(_longer_name_before().search(text[max(0, start - 40):start]))


def after_landscape_noun(text: str, start: int) -> bool:
    """The name at ``start`` follows a landscape noun and "de" ("la vallée d'Aure", "le Val de Loire",
    "les bords de Marne"): a river's or a mountain's name, not the commune or the département that
    bears it."""
    return bool(_landscape().search(fold(text[max(0, start - 40):start])))


@cv.per_language_data
def _origins() -> re.Pattern:
    """A participle saying where someone comes from and "de"/"du"/"d'" ending the text before a name
    (lang/fr place_forms.yaml origin_participles: "arrivée de", "venu du"), folded."""
    words = cv.language_data().get("origin_participles", [])
    alt = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w])(?:{alt})\s+(?:{_of_forms('of_forms')})$") if words else re.compile(r"(?!)")


def after_origin(text: str, start: int) -> bool:
    """Does the place at ``start`` follow a participle of origin ("le docteur Ferrand, arrivée de
    Lyon")? Where someone comes from is neither where the document is set nor where that person
    is now (s26-segregion)."""
    return bool(_origins().search(fold(text[max(0, start - 30):start])))


@dataclass(frozen=True)
class Commune:
    name: str
    dept: str
    region: str
    word: bool  # the lower-case name is a frequent French word ("Sens", "Vue", "Marie")
    population: int = 0  # INSEE municipal population (0: a commune déléguée, or none given)


class Communes:
    """Commune names -> the communes of that name (homonyms in several départements)."""

    def __init__(self, communes: list[Commune]):
        self.by_key: dict[str, tuple[Commune, ...]] = {}
        # the ~37,000 names folded in one call (folding works character by character: the same
        # keys as name by name, without filling fold's cache with names no document may hold)
        names = [c.name for c in communes]
        keys = _normalise_key(fold("\n".join(names))).split("\n") if not any("\n" in n for n in names) else []
        if len(keys) != len(names):
            keys = [_normalise_key(fold(n)) for n in names]
        for key, c in zip(keys, communes):
            self.by_key[key] = self.by_key.get(key, ()) + (c,)

    def __len__(self) -> int:
        return len(self.by_key)

    # the two indexes below are built on first use: most documents never need them
    @cached_property
    def by_glued(self) -> dict[str, tuple[Commune, ...]]:
        """Names without spaces, hyphens or apostrophes -> communes (a hyphen lost at a line end)."""
        return glued_index(self.by_key)

    @cached_property
    def by_prefix(self) -> dict[str, tuple[Commune, ...]]:
        """The first words of names, every cut between two words -> the communes whose name so opens."""
        return prefix_index(self.by_key)

    def resolve(self, name: str, dept: str = "", words: bool = False) -> Commune | None:
        """The commune a name designates, or None when the name is no commune or is ambiguous.

        Ambiguous: homonyms in several régions, or a name that is a frequent word ("Sens", "Vue",
        "Marie") unless ``words`` (the caller has other evidence it is the place); a département
        number ("Sens (89)") settles both. Homonyms that differ only by their accents ("Vire",
        "Viré") are told apart by the name as written."""
        found = self.by_key.get(_normalise_key(fold(name)), ())
        if not found and "-" in name:  # "Villeneuvesur-Lot": a hyphen lost at a line end (place_forms.py)
            found = self.by_glued.get(glued_key(name), ())
        if dept:
            found = tuple(c for c in found if c.dept == dept)
            return found[0] if found else None
        # the key folds accents: "Vire" finds Vire (Calvados) and Viré (Saône-et-Loire), "Lure" Lure
        # and Luré; the homonyms spelt as written, accents included, are the ones it names
        written = _normalise_key(name.lower())
        exact = tuple(c for c in found if _normalise_key(c.name.lower()) == written)
        if exact and len(exact) < len(found):
            found = exact
        if not found or len({c.region for c in found}) > 1 or (not words and any(c.word for c in found)):
            return None
        if not words and not any(_small_letters_agree(name, c.name) for c in found) \
                and (names_a_trade(name) or normalize_role(name) not in ("autre", "inconnu")):
            return None  # "Maire" is the mayor, not Mairé (Vienne): a trade, a small letter's accent apart
        return found[0]


def _small_letters_agree(written: str, name: str) -> bool:
    """Whether a name as written has the accents of a commune's name on its small letters (capitals
    are often typed without theirs: "Etampes" is Étampes; "Maire" is not Mairé)."""
    def key(s: str) -> str:
        return _normalise_key("".join(fold(ch) if ch.isupper() else ch for ch in s).lower())
    return key(written) == key(name)


@lru_cache(maxsize=2)
def load_communes(path: str = str(COMMUNES_PATH)) -> Communes:
    """Read lang/fr/communes.csv.gz (name, dept, region, word, population); every region a 2016 name."""
    p = Path(path)
    try:
        with gzip.open(p, "rt", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, EOFError) as exc:
        raise ConfigError(f"{p}: {exc}") from exc
    out = []
    for n, row in enumerate(rows, start=2):
        if row.get("region") not in REGIONS_2016:
            raise ConfigError(f"{p}: line {n}: {row.get('region')!r} is not a 2016 region name")
        out.append(Commune(row["name"], row["dept"], row["region"], row.get("word") == "1",
                           int(row.get("population") or 0)))
    return Communes(out)


def commune_at(text: str, start: int, communes: Communes, article: str = "",
               field: bool = False) -> tuple[int, int, Commune] | None:
    """The commune whose name begins at ``start`` (the longest name that is one), or None.

    Only a capitalised name counts; a citation ("de Bourgueil et al.") does not. ``field``: the
    name is a field of a description after another ("SAAD du Sud, Le Tampon"), where a capitalised
    article is the name's as after a preposition."""
    m = COMMUNE_NAME.match(text, start)
    if not m or not any(ch.islower() for ch in m.group(0)):
        return None  # an acronym ("de l'ARS", "de CPTS") is no commune name
    words = list(re.finditer(r"[^\s]+", m.group(0)))
    for k in range(len(words), 0, -1):  # "Saint Martin de Ré": longest first
        end = start + words[k - 1].end()
        name = text[start:end]
        if k == len(words) and cited_name_end(text, start, end):
            return None
        if _metonyms().match(fold(name)):
            return None  # "du Ségur", "à Matignon": an institution or a negotiation, not the commune
        dept = COMMUNE_DEPT.match(text, end)
        # "à La Flèche", "SAAD du Sud, Le Tampon": the article written with its capital after the
        # line's start makes the name a proper one, a place even when it is also a word
        titled = k > 1 and (field or (start > 0 and text[start - 1] != "\n")) and bool(_TITLED_ARTICLE.match(name))
        commune = communes.resolve(article + name, dept.group(1) if dept else "", words=titled)
        if commune is None and article:
            commune = communes.resolve(name, dept.group(1) if dept else "")
        if commune is not None:
            return start, end, commune
    return None


class Gazetteer:
    """Place names -> 2016 region, with a whole-word matcher compiled once."""

    def __init__(self, places: list[Place], department_codes: dict[str, Place] | None = None,
                 communes: Communes | None = None):
        # "(29)" after a commune: the département by its INSEE code (the gazetteer's code column)
        self.by_code: dict[str, Place] = department_codes or {}
        # every commune of France, looked up only where a place is expected (after a locative
        # preposition, as a whole field of a description): a name alone may be a word or a person
        self.communes = communes
        self.by_key: dict[str, Place] = {}
        for place in places:
            self.by_key.setdefault(_normalise_key(fold(place.name)), place)
        # Longest names first so "Grand Nancy" wins over "Nancy", "Val-de-Marne" over "Marne".
        keys = sorted({fold(p.name) for p in places}, key=lambda k: (-len(k), k))
        # a place may follow a compass word and a hyphen ("CPTS Sud-Manche": lang/fr place_forms.yaml)

        # or a former région after "ex-" ("en ex-Basse-Normandie": lang/fr place_forms.yaml former_prefixes)
        prefixes = load("fr").get("compass_prefixes", []) + load("fr").get("former_prefixes", [])
        compass = "".join(rf"|(?<=\b{re.escape(fold(w))}-)" for w in prefixes)
        self._pattern = re.compile(
            r"(?:(?<![\w-])" + compass + r")(?:" + "|".join(_flexible(k) for k in keys) + r")(?![\w-])"
        ) if keys else None

    def __len__(self) -> int:
        return len(self.by_key)

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Whole-word places in text, written with a capital, as (start, end, place)."""
        return [(a, b, place) for a, b, place, titled in self._matches(text) if not titled]

    def titled_nouns(self, text: str) -> list[tuple[int, int, Place]]:
        """The places that are also common nouns opening a line or a sentence before an adjective
        ("Réunion publique du 18 mai"): find leaves them out (place_forms.py is_titled_noun)."""
        return [(a, b, place) for a, b, place, titled in self._matches(text) if titled]

    def _matches(self, text: str) -> list[tuple[int, int, Place, bool]]:
        if not text or self._pattern is None:
            return []
        folded = fold_in_place(text)
        found = []
        for m in self._pattern.finditer(folded):
            if not any(c.isupper() for c in text[m.start():m.end()]):
                continue  # "valence", "nord", "cher" in prose are words, not places
            if _lower_after_article().match(text, m.start()):
                continue  # "La réunion du 14 mars": the article opens a sentence, the noun is a word
            if is_common_noun(folded, m.start(), m.end()):
                continue  # "Réunion du 15 juillet": the meeting (place_forms.py)
            place = self.by_key.get(_normalise_key(m.group(0)))
            if place is not None and place.kind in ("departement", "commune", "prefecture") \
                    and after_landscape_noun(text, m.start()):
                continue  # "la CPTS du Val de Loire nivernais": the river, not the Loire (42)
            if place is not None and place.kind == "pays" and _ends_longer_name(text, m.start()):
                continue  # "le pays du Roi Morvan" (Morbihan): not the Morvan
            if place is not None:
                found.append((m.start(), m.end(), place, is_titled_noun(text, m.start(), m.end())))
        return found

    def homonyms_after_prepositions(self, text: str) -> list[tuple[int, int, tuple[Commune, ...]]]:
        """(start, end, every commune of that name) of each name after a locative preposition that
        names communes, however many régions share it and whether or not it is also a word."""
        if not text or self.communes is None:
            return []
        from . import conventions as cv

        out = []
        for m in cv.LOCATIVE_BEFORE_NAME.finditer(text):
            if after_landscape_noun(text, m.end()):
                continue  # "la vallée d'Aure": the river
            article = contracted_articles().get(m.group("prep").lower(), "")
            name = COMMUNE_NAME.match(text, m.end())
            if not name or not any(ch.islower() for ch in name.group(0)):
                continue
            words = list(re.finditer(r"[^\s]+", name.group(0)))
            for k in range(len(words), 0, -1):  # the longest name that is one
                written = text[m.end():m.end() + words[k - 1].end()]
                found = self.communes.by_key.get(_normalise_key(fold(article + written)), ()) \
                    or self.communes.by_key.get(_normalise_key(fold(written)), ())
                if found:
                    out.append((m.end(), m.end() + len(written), found))
                    break
        return out

    def communes_after_prepositions(self, text: str) -> list[tuple[int, int, Place]]:
        """Communes named after a locative preposition ("à Fougères", "de Langogne", "au Mans")."""
        if not text or self.communes is None:
            return []
        from . import conventions as cv

        out = []
        for m in cv.LOCATIVE_BEFORE_NAME.finditer(text):
            if after_landscape_noun(text, m.end()):
                continue  # "la vallée d'Aure": the river, not Aure (Ardennes)
            article = contracted_articles().get(m.group("prep").lower(), "")
            hit = commune_at(text, m.end(), self.communes, article)
            if hit is not None:
                a, b, c = hit
                out.append((a, b, Place(c.name, "commune", c.region)))  # "au Mans": Le Mans
        return out

    def commune_field(self, field_text: str, after_field: bool = False) -> Place | None:
        """A field that is a commune name and nothing else ("Fougères", "Sens (89)"); ``after_field``:
        it follows another field of the description ("…, Le Tampon": commune_at)."""
        if self.communes is None:
            return None
        t = field_text.strip()
        hit = commune_at(t, 0, self.communes, field=after_field)
        if hit is None:
            return None
        end = hit[1]
        dept = COMMUNE_DEPT.match(t, end)
        if (dept.end() if dept else end) != len(t):
            return None
        return Place(t[:end], "commune", hit[2].region)


def fold_in_place(text: str) -> str:
    """``fold(text)`` with every character at its place: one that folds to several ("…" to "...",
    a ligature) is folded to the first of them, so that positions in the folded text hold in the
    text (a transcript's "…" had left the whole document without a place: segregions13)."""
    folded = fold(text)
    if len(folded) == len(text):
        return folded
    return "".join(f[:1] or " " for f in map(fold, text))


def _flexible(key: str) -> str:
    """A folded name whose spaces, hyphens and apostrophes match any of them."""
    return re.sub(r"\\[ \-']|\\ |'|’", r"[ \\-'’]", re.escape(key))


_KEY_SEPARATORS = re.compile(r"[ \-'’]+")


def _normalise_key(name: str) -> str:
    return _KEY_SEPARATORS.sub(" ", name)


def commune_key(name: str) -> str:
    """A written place name as a key of ``Communes.by_key`` (folded, separators as spaces)."""
    return _normalise_key(fold(name)).strip()


def is_valid_region(value: str) -> bool:
    return value == "" or value == "National" or value in REGIONS_2016 or bool(ANONYMISED.fullmatch(value))


@lru_cache(maxsize=4)
def load_gazetteer(path: str) -> Gazetteer:
    """Read config/gazetteer.csv (name, kind, region, ...); every region must be a 2016 name."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: gazetteer not found")
    places = []
    codes: dict[str, Place] = {}
    with open(p, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in GAZETTEER_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise ConfigError(f"{p}: missing column(s) {', '.join(missing)}")
        for n, row in enumerate(reader, start=2):
            if row["region"] not in REGIONS_2016:
                raise ConfigError(f"{p}: line {n}: {row['region']!r} is not a 2016 region name")
            places.append(Place(row["name"].strip(), row["kind"].strip(), row["region"]))
            if row["kind"].strip() == "departement" and (row.get("code") or "").strip():
                codes[row["code"].strip()] = places[-1]
    for region in REGIONS_2016:
        places.append(Place(region, "region", region))
    places += load_natural_regions()  # after the sheet's names: a corpus's own entry wins
    return Gazetteer(places, codes, load_communes())


NATURAL_REGIONS_PATH = COMMUNES_PATH.parent / "natural_regions.csv"


@lru_cache(maxsize=1)
def load_natural_regions(path: str = str(NATURAL_REGIONS_PATH)) -> list[Place]:
    """The natural and historical regions of lang/fr/natural_regions.csv ("pays de Caux",
    "Morvan") as places of kind ``pays``; every region a 2016 name."""
    p = Path(path)
    try:
        with open(p, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise ConfigError(f"{p}: {exc}") from exc
    out = []
    for n, row in enumerate(rows, start=2):
        if not (row.get("name") or "").strip():
            raise ConfigError(f"{p}: line {n}: a region without a name")
        if row.get("region") not in REGIONS_2016:
            raise ConfigError(f"{p}: line {n}: {row.get('region')!r} is not a 2016 region name")
        out.append(Place(row["name"].strip(), "pays", row["region"]))
    return out


def resolve_region(text: str, gazetteer: Gazetteer) -> tuple[str, str]:
    """(region, place) named in a short field (an attribution, a heading), or ('', '').

    An anonymised label ("Région C") wins, then "National", then the first gazetteer place.
    """
    if not text:
        return "", ""
    m = ANONYMISED.search(text)
    if m:
        return f"Région {m.group(1)}", ""
    places = [p for p in gazetteer.find(text) if not after_origin(text, p[0])]  # not "venu de Toulouse"
    # a département in parentheses qualifies the place before it: "Vienne (Isère)", "Valence (Drôme)"
    qualified = [p for p in places if text[p[0] - 1:p[0]] == "(" and text[p[1]:p[1] + 1] == ")"
                 and p[2].kind == "departement"]
    if len(places) > 1 and qualified:
        places = qualified
    if places:
        start, end, place = places[0]
        coded = _numbered_homonym(text, start, end, place, gazetteer)
        return coded or (place.region, text[start:end])
    commune = _commune_in_field(text, gazetteer)
    if commune is not None:
        return commune
    agreed = agreeing_homonyms(text, gazetteer)
    if agreed is not None:
        return agreed
    code = DEPARTMENT_CODE.search(text) or DEPARTMENT_FIELD.search(text)
    if code and code.group(1) in gazetteer.by_code:
        return gazetteer.by_code[code.group(1)].region, gazetteer.by_code[code.group(1)].name
    number = department_number(text)  # "…, 23200", "du 19" (place_forms.py)
    if number in gazetteer.by_code:
        return gazetteer.by_code[number].region, gazetteer.by_code[number].name
    adjective = regional_adjective(text)
    if adjective:
        return adjective
    if _national().search(text):
        return "National", ""
    return "", ""


def _numbered_homonym(text: str, start: int, end: int, place: Place, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(région, name) of a place followed by a département number in parentheses that is not its
    own ("Vienne (38)": the commune of the Isère, not the Vienne, 86; "Valence (26)"): the commune
    of that name in that département, else the département itself; None when the number agrees or
    there is none."""
    code = COMMUNE_DEPT.match(text, end)
    if code is None or code.group(1) not in gazetteer.by_code:
        return None
    numbered = gazetteer.by_code[code.group(1)]
    if numbered.region == place.region:
        return None
    commune = gazetteer.communes.resolve(text[start:end], code.group(1)) if gazetteer.communes else None
    return (commune.region, commune.name) if commune else (numbered.region, text[start:end])


def agreeing_homonyms(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(région, name) of a place that is also a common noun opening a title before an adjective
    ("Réunion publique du 9 mars – … de Saint-Joseph") when a commune name after a locative
    preposition in the same text has a homonym in its région and in no other région the noun may
    name: two ambiguous names agreeing on one place. Alone, the noun is the meeting ("Réunion
    publique du 18 mai – … de Kourou" is in Guyane: Kourou resolves before this is asked)."""
    titled = gazetteer.titled_nouns(text)
    if not titled:
        return None
    regions = {place.region for _, _, place in titled}
    for _, _, communes in gazetteer.homonyms_after_prepositions(text):
        agree = regions & {c.region for c in communes}
        if len(agree) == 1:
            region = agree.pop()
            return region, next(text[a:b] for a, b, p in titled if p.region == region)
    return None


REGIONAL_ADJECTIVES_PATH = COMMUNES_PATH.parent / "regional_adjectives.csv"
# the feminine and plural endings of a regional adjective in its masculine singular form
ADJECTIVE_ENDINGS = rf"(?:{word_forms('adjective_endings')})?s?"  # lang/fr place_forms.yaml


@lru_cache(maxsize=1)
def _regional_adjectives() -> tuple[re.Pattern, dict[str, str]]:
    """lang/fr/regional_adjectives.csv (adjective, region): one pattern, and the region of each
    masculine form. Adjectives shared with a neighbour country or a language (basque, catalan,
    occitan, jurassien) are left out of the file."""
    with open(REGIONAL_ADJECTIVES_PATH, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_word = {}
    for n, row in enumerate(rows, start=2):
        if row.get("region") not in REGIONS_2016:
            raise ConfigError(f"{REGIONAL_ADJECTIVES_PATH}: line {n}: {row.get('region')!r} is not a 2016 region name")
        by_word[fold(row["adjective"])] = row["region"]
    words = "|".join(re.escape(w) for w in sorted(by_word, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w-])(?P<stem>{words}){ADJECTIVE_ENDINGS}(?![\w-])"), by_word


def regional_adjective(text: str) -> tuple[str, str] | None:
    """(region, adjective) of a regional adjective in a short field ("en zone rurale bretonne",
    "un cabinet normand"), or None."""
    pattern, by_word = _regional_adjectives()
    folded = fold_in_place(text or "")
    m = pattern.search(folded)
    return (by_word[m.group("stem")], text[m.start():m.end()]) if m else None


def _unwrap(part: str) -> str:
    """A field without the brackets around it, keeping its own "(89)"."""
    p = part.strip(" .[]")
    if p.count("(") > p.count(")"):
        p = p.lstrip("( ")
    if p.count(")") > p.count("("):
        p = p.rstrip(") ")
    return p


def _commune_in_field(text: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(region, commune) of a short field: a comma-separated part that is a commune name, else a
    commune after a locative preposition; None when there is none."""
    lower_case = not any(ch.isupper() for ch in text)  # typed without capitals: "kiné - blois"
    for n, part in enumerate(re.split(r"[,;–—]|\s-\s", text)):
        place = gazetteer.commune_field(_unwrap(part), after_field=n > 0)
        if place is None and lower_case and not names_a_trade(_unwrap(part)):
            # (a trade is no commune typed without its capital: "…, maçon" is not Mâcon, s49)
            place = gazetteer.by_key.get(_normalise_key(fold(_unwrap(part))))
        if place is not None:
            return place.region, place.name
    after = gazetteer.communes_after_prepositions(text)
    if after:
        return after[0][2].region, after[0][2].name
    return None


@cv.per_language_data
def _person_word_before() -> re.Pattern:
    d = cv.language_data()
    civ = cv._flex_alt(d.get("civilities", [])) or "(?!)"
    # (nor a compass word or a former région's prefix opening a place's name: "Centre Bretagne")
    compass = [w.capitalize() for w in d.get("compass_prefixes", []) + d.get("former_prefixes", [])]
    not_names = "|".join(re.escape(w) for w in d.get("not_names", []) + d.get("name_openers", []) + compass) or "(?!)"
    return re.compile(rf"(?:(?<![\w])(?i:{civ})\.?|(?<![\w'’-])(?!(?:{not_names})\s)[A-ZÉÈ][a-zéèêëïîôûç]+)[ \t]+$")


def after_person_word(text: str, start: int, gazetteer=None) -> bool:
    """A name at ``start`` right after a civility or a first name ("Dr Morvan", "Yannick Morvan"):
    a person's surname, whatever place it also names. (A first word that is a place itself,
    "Nantes Saint-Nazaire", is no first name.)"""
    m = _person_word_before().search(text[max(0, start - 30):start])
    return m is not None and not (gazetteer is not None and gazetteer.find(m.group().strip()))


def regions_in_entities(entities: list[str], gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(region, place) for every gazetteer place inside spaCy location entities, in order."""
    out = []
    for ent in entities:
        for start, end, place in gazetteer.find(ent):
            out.append((place.region, ent[start:end]))
    return out


def single_region(found: list[tuple[str, str]]) -> tuple[str, str]:
    """The region when every place found lies in one region, else ('', '')."""
    regions = {r for r, _ in found}
    if len(regions) == 1:
        return found[0]
    return "", ""
