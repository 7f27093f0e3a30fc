"""The région a whole document is set in (issue #14): when every place the document names (the
gazetteer's places written with a capital, the communes after a locative preposition, the
régions its segments already have) lies in ONE région, named at least twice, its words without a
région of their own are said there ("Josiane, la secrétaire" in a field diary of a maison de
santé near Limoux, in the Aude), beside the speakers its descriptions place there ("une infirmière
libérale du secteur" after a cadre of the Lisieux hospital and a pharmacist of Honfleur: segregions11,
where 25 held-out documents gained their unplaced speakers' région and none lost one).

A place named alone sets the document too, as the held-out readers do (segregions12: "tous ceux
de Châteauroux", "la maison de santé d'Aubenas", "(Joséphine, 54 ans, auxiliaire de vie, Lens)"),
except the capital ("la Cour de Paris") and a foreign city's namesake ("à Venise"); so do the cells
of a table ("| MSP | Vendôme") and a place qualified by its département ("Saint-Denis
(Seine-Saint-Denis)").

A discussion sentence setting the results beside other works ("Nos résultats rejoignent ceux de
travaux menés dans le Finistère") names their places, not the document's: it is read as blank (s34-segr59a).

A document naming places of several régions, or a national scope ("National") or an anonymised
région ("Région C") on any segment, leaves them without one.
"""

from __future__ import annotations

import re

from ..text import fold
from . import conventions as cv
from .colon_subjects import NAME_WORD
from .conventions import per_language_data
from .place_forms import prominent_commune
from .regions import REGIONS_2016, commune_key
from .regions import after_origin as _origin_before
from .reviewer_comments import SOURCE as REVIEWER

MIN_MENTIONS = 2  # one place named once may be anywhere the text's story passes ("à Paris")
MIN_COMMUNES = 2  # communes alone (no gazetteer place) place a document when two or more agree


def document_region(segments: list, gazetteer, text: str) -> tuple[str, str]:
    """(région, first place) when every place the document names, with the régions its segments
    have, lies in one région: named at least twice, one of them from the gazetteer (a région,
    département, prefecture, natural region or the corpus's own place), or two communes of one
    département, or a headline's town, or else named alone (lone_place: not the capital, not a
    foreign city's namesake, "à Venise"); else ('', '')."""
    own = {s.region for s in segments if s.region}
    if len(own) > 1 or own - set(REGIONS_2016):  # before searching the whole text (a thesis: ~1 s)
        return "", ""
    text = without_credits(without_person_names(without_compared_works(text), gazetteer,
                                                {s.speaker for s in segments if s.speaker}))
    listed = qualified_places(text, {(a, b): p for a, b, p in gazetteer.find(text)})
    origins = [(a, b) for a, b in listed if _origin_before(text, a)]  # "arrivée de Lyon": her past
    listed = {k: v for k, v in listed.items() if k not in origins}
    # a commune inside a place the gazetteer lists is a word of its name ("le pays de Caux": not Caux,
    # Hérault; "la vallée d'Aure": not Aure, Ardennes)
    communes = outside(listed, {(a, b): (p.region, p.name) for a, b, p in gazetteer.communes_after_prepositions(text)
                                if not _origin_before(text, a)})
    communes.update(territory_communes(text, gazetteer, {**communes, **listed}))
    communes.update(field_communes(text, gazetteer, {**communes, **listed}))
    communes.update(dateline_communes(text, gazetteer, {**communes, **listed}))
    capitals = capital_line_communes(text, gazetteer, {**communes, **listed})
    communes.update(capitals)
    settled = outside(listed, word_communes(text, gazetteer, communes))
    settled.update(outside(listed, repeated_word_communes(text, gazetteer, {**communes, **settled})))
    communes.update(settled)
    mentions = {**communes, **listed}
    # "installée à Sarlat" (Sarlat-la-Canéda) beside "le Périgord noir", "de Sainte-Rose" (Guadeloupe
    # and La Réunion) beside "à Pointe-à-Pitre": a short name or a homonym agreeing with a place named
    agreeing = short_names(text, gazetteer, {r for r, _ in mentions.values()}, mentions) if mentions else {}
    mentions.update(agreeing)
    mentions.update(_settled_homonyms(mentions, set(communes) - set(listed), own, gazetteer))
    regions = {r for r, _ in mentions.values()} | own
    if not (listed or one_departement(communes.values(), gazetteer) or (communes and agreeing) or settled) \
            or len(mentions) < MIN_MENTIONS \
            or len(regions) != 1:
        # a press headline opening on its town ("Saint-Dizier : la maison de santé … ouvrira en mars"),
        # no place of another région named anywhere (segfix38)
        # two speakers or more placed apart in one région ("IDE Challans", "MG Luçon", "Kiné Les
        # Herbiers"), no place of another région named: the group's words are said there (segregions13)
        placed = {fold(s.place) for s in segments if s.region and s.place}
        if len(placed) >= MIN_MENTIONS and len(regions) == 1 and own:
            first = min((s for s in segments if s.region and s.place), key=lambda s: s.char_start)
            return first.region, first.place
        town = headline_town(text, gazetteer) or title_place(text, gazetteer)
        if town is not None and regions <= {town[0]}:
            return town
        # a press page localised by its towns in capitals ("MAURS – …"): their one région, when it holds
        # at least two thirds of the places named and nothing the segments say disagrees (a
        # neighbouring town of another région named in passing, "ou de Figeac, dans le Lot voisin"; s50)
        localised = {v for k, v in communes.items() if k in capitals}
        if len({r for r, _ in localised}) == 1 and not own - {next(iter(localised))[0]}:
            region = next(iter(localised))[0]
            inside = sum(1 for r, _ in mentions.values() if r == region)
            if inside >= MIN_LOCALISED and inside >= LOCALISED_SHARE * len(mentions):
                return region, min((k, v) for k, v in communes.items() if k in capitals)[1][1]
        # the one place a document names, once or twice, in its method, a speaker's description or
        # the words themselves ("au centre municipal de santé d'Aubervilliers", "(Joséphine, 54 ans,
        # auxiliaire de vie, Lens)", "tous ceux de Châteauroux"): a reader sets the whole document
        # there, as long as nothing names another région (segregions12)
        lone = lone_place(text, gazetteer, mentions, own)
        if lone is None:
            # a name several régions' communes share, one of them the town readers mean ("au Port",
            # "unité de SSR, Saint-Pierre": La Réunion's), the text naming no place that settles it
            # otherwise: that town, under the same conditions as a lone place (s27-segregion2)
            known = known_namesakes(text, gazetteer, mentions)
            lone = lone_place(text, gazetteer, {**mentions, **known}, own) if known else None
        return lone or ("", "")
    return mentions[min(mentions)]


SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def without_compared_works(text: str) -> str:
    """The text with its sentences setting the results beside other works blanked out, offsets kept
    ("Nos résultats rejoignent ceux de travaux menés dans le Finistère et en Gironde": the places of
    those works, not the study's; lang/fr fallbacks.yaml literature_comparisons; s34-segr59a)."""
    from .fallbacks import _literature_comparison

    found = _literature_comparison()
    if not found.search(text):
        return text
    return SENTENCE.sub(lambda m: " " * len(m.group()) if found.search(m.group()) else m.group(), text)


BYLINE_LINES = 15  # the head of the document: title, journal, authors


@per_language_data
def _authors() -> tuple[re.Pattern, re.Pattern]:
    """(one author, a byline of authors): a first name or initials, then a surname, its particle
    perhaps (attributions.yaml name_particles), one or several joined by commas or "et" ("Claire
    Maréchal, Thomas Guéret", "A.-M. Le Gall et Paul Roux")."""
    particles = cv._alt(cv.language_data().get("name_particles", [])) or "(?!)"
    author = rf"(?:{NAME_WORD}|[A-ZÉÈ]\.(?:-[A-ZÉÈ]\.)?)\s+(?P<surname>(?:(?i:{particles})\s+)?[A-ZÉÈ][\w'’-]+)\d?\*?"
    and_ = cv.word_forms("list_conjunctions")
    return re.compile(author), re.compile(
        rf"^\s*{author}(?:\s*(?:,|;|\b(?:{and_})\b)\s*{author.replace('?P<surname>', '')})*\s*$")


@per_language_data
def _credit() -> re.Pattern:
    markers = cv.language_data().get("credit_markers", [])
    alt = "|".join(re.escape(w) for w in sorted(markers, key=lambda w: (-len(w), w))) or "(?!)"
    # the marker, then only capitalised words, initials and separators to the line's end
    word = r"[A-ZÉÈ][\w'’.-]*"
    return re.compile(rf"(?i:(?<!\w)(?:{alt}))[ \t]*:?[ \t]*{word}(?:[ \t]*[/,&]?[ \t]+{word}|[ \t]*/{word})*[ \t]*$",
                      re.MULTILINE)


def without_credits(text: str) -> str:
    """The text with its photographs' credits blanked out, offsets kept: "… mardi soir. Photo Ouest
    Loire" names a newspaper, not the Loire (lang/fr place_forms.yaml credit_markers)."""
    return _credit().sub(lambda m: " " * len(m.group()), text)


def without_person_names(text: str, gazetteer, speakers: set[str]) -> str:
    """The text with people's names blanked out, offsets kept: a speaker's full name wherever it is
    written ("Camille Hérault, réalisatrice" is no one from the Hérault), an article's authors'
    surnames wherever they come back (a running header "Maréchal, Guéret – Faire une CPTS …" under
    the byline "Claire Maréchal, Thomas Guéret": not the prefecture of the Creuse)."""
    author, byline = _authors()
    surnames = set()
    head, pos = [], 0
    for line in text.split("\n", 4 * BYLINE_LINES)[:4 * BYLINE_LINES]:
        head.append((pos, line))
        pos += len(line) + 1
    for start, line in [(a, ln) for a, ln in head if ln.strip()][:BYLINE_LINES]:
        if byline.match(line):
            surnames |= {m.group("surname") for m in author.finditer(line)
                         if not gazetteer.find(line[m.start():m.start() + m.group(0).index(" ")])}
            # (the byline's names themselves, whatever their first names: "Aude Perrotin" is no one
            # from the Aude; s55)
            text = text[:start] + re.sub(author, lambda m: " " * len(m.group()), line) + text[start + len(line):]
    # (a speaker's name of two words or more whose first word is no place: "Camille Hérault", not "Saint-Lô";
    # "Dr Yannick Morvan" is no one from the Morvan, nor is "Dr Morvan :", the civility and the surname)
    civilities = cv._flex_alt(cv.language_data().get("civilities", [])) or "(?!)"
    names, titled = set(), set()
    for speaker in speakers:
        bare = re.sub(rf"^(?i:{civilities})\.?\s+", "", speaker)
        m = author.fullmatch(bare)
        if m and not gazetteer.find(bare.split()[0]):
            names.add(bare)
            titled.add(m.group("surname"))
    for name in sorted(surnames | names):
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lambda m: " " * len(m.group()), text)
    for surname in sorted(titled):
        text = re.sub(rf"(?<![\w])(?P<civ>(?i:{civilities})\.?\s+){re.escape(surname)}(?![\w-])",
                      lambda m: m.group("civ") + " " * len(surname), text)
    return text


def outside(listed: dict, found: dict) -> dict:
    """The entries of ``found`` whose span overlaps none of ``listed``'s."""
    return {(a, b): v for (a, b), v in found.items() if not any(x < b and a < y for x, y in listed)}


def lone_place(text: str, gazetteer, mentions: dict, own: set[str]) -> tuple[str, str] | None:
    """(région, place) of the places a document names, once or more, that are neither the seat of the
    national institutions ("la Cour de Paris") nor a foreign city's French name that a commune also
    bears ("à Venise"): lang/fr place_forms.yaml national_seats, foreign_namesakes; when they and
    the régions its segments have lie in one région and no other name after a locative preposition
    may be a commune of another région ("le maire du Moule", a word and Guadeloupe's); a place
    named once in a document that speaks of the national scale (lang/fr institutions.yaml
    national_markers) is an example, not the setting; else None."""
    from . import conventions as cv
    from .regions import NOT_A_PLACE_AFTER, _national

    data = cv.language_data()
    aside = {fold(w) for w in data.get("national_seats", []) + data.get("foreign_namesakes", [])}
    kept = [k for k, (_, name) in mentions.items() if fold(name) not in aside]
    regions = {mentions[k][0] for k in kept} | own
    if not kept or len(regions) != 1:
        return None
    if len(kept) < MIN_MENTIONS and (_national().search(text) or _state_scope(data).search(text)):
        return None  # "à l'échelle nationale": named once, a place is an example ("la cathédrale de Langres")

    for a, b, found in gazetteer.homonyms_after_prepositions(text):
        if any(x < b and a < y for x, y in mentions) or NOT_A_PLACE_AFTER.match(text, b) or _origin_before(text, a):
            continue  # a place counted, or a name going on ("du Grand Célé": Grand, Vosges), or someone's past
        if _article_led(text, a, found):
            continue  # "dans la Vue détaillée": one says "à Vue" of the commune (s27-segregion2)
        if not regions & {c.region for c in found}:
            return None
    return mentions[min(kept)]


@per_language_data
def _namesakes() -> dict[str, str]:
    """lang/fr place_forms.yaml well_known_namesakes: the folded key of a commune name -> the
    département of the namesake readers mean."""
    from . import conventions as cv

    return {_key(name): dept for name, dept in cv.language_data().get("well_known_namesakes", {}).items()}


def _key(name: str) -> str:
    return commune_key(name)


def known_namesakes(text: str, gazetteer, taken: dict) -> dict:
    """The commune names several régions' communes share that lang/fr place_forms.yaml
    well_known_namesakes settles ("de Saint-Benoît": La Réunion's, not the Vienne's), named after a
    locative preposition or as a whole field of a description or a title ("…, Mauriac, 22 min"), no
    span of ``taken``, no citation nor a name going on, not where someone comes from.
    {(start, end): (région, name)}"""
    from .regions import NOT_A_PLACE_AFTER

    wanted = _namesakes()
    if getattr(gazetteer, "communes", None) is None:
        return {}
    spans = [(a, b, found) for a, b, found in gazetteer.homonyms_after_prepositions(text)]
    for m in FIELD.finditer(text):
        name = m.group("field").rstrip(" .")
        found = gazetteer.communes.by_key.get(_key(name), ())
        if found:
            spans.append((m.start("field"), m.start("field") + len(name), found))
    out = {}
    for a, b, found in spans:
        dept = wanted.get(_key(found[0].name)) if found else None
        # (or the one town that dwarfs its homonyms: "à Péronne", the Somme's, not the Saône-et-Loire's village)
        top = prominent_commune(found) if dept is None and found else None
        if (dept is None and top is None) or len({c.region for c in found}) < 2 \
                or any(x < b and a < y for x, y in taken) or NOT_A_PLACE_AFTER.match(text, b) or _origin_before(text, a):
            continue
        meant = top or next((c for c in found if c.dept == dept), None)
        if meant is not None:
            out[(a, b)] = (meant.region, meant.name)
    return out


@per_language_data
def _article_prepositions() -> re.Pattern:
    """The locative prepositions carrying an article (lang/fr place_forms.yaml article_prepositions)
    ending the text before a name, any case."""
    from . import conventions as cv

    words = sorted(cv.language_data().get("article_prepositions", []), key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w])(?P<article>{alt})\s*$", re.IGNORECASE) if words else re.compile(r"(?!)")


def _article_led(text: str, start: int, found) -> bool:
    """Is the name at ``start`` led by a locative preposition carrying an article ("dans la Vue")
    that none of the communes so named carries in its own name ("Vue")? Then it is no commune."""
    m = _article_prepositions().search(text[max(0, start - 20):start])
    if m is None:
        return False
    article = _key(m.group("article").split()[-1]).strip()
    return not any(_key(c.name).startswith(article + " ") for c in found)


def _state_scope(data: dict) -> re.Pattern:
    """The words of a text written at the State's scale (lang/fr place_forms.yaml state_scope_words:
    "les agents de l'État", "la direction interministérielle"), exact case; not after a word that
    makes "d'État" a diploma's or a degree's name (state_title_words: "Diplôme d'État d'infirmier",
    "Thèse pour le diplôme d'État de docteur en médecine" say nothing of the scale)."""
    words = data.get("state_scope_words", [])
    titles = data.get("state_title_words", [])
    # (each title word a fixed width before its space: lookbehinds of one length each)
    not_titled = "".join(rf"(?<!(?i:{re.escape(t)})\s)" for t in titles)
    return re.compile(rf"(?<!\w){not_titled}(?:{'|'.join(re.escape(w) for w in words)})(?!\w)") \
        if words else re.compile(r"(?!)")


# a département in parentheses after a place: "Saint-Denis (Seine-Saint-Denis)", "Valence (Drôme)"
QUALIFIER = re.compile(r"[ \t]*\(")


def qualified_places(text: str, found: dict) -> dict:
    """{(start, end): (région, place)} of the gazetteer's places, a place followed by a département
    in parentheses ("infirmière libérale à Saint-Denis (Seine-Saint-Denis)") said in that
    département's région (the prefecture of La Réunion has namesakes), the parenthesis counted as
    the same mention."""
    out = {}
    skip = set()
    spans = sorted(found)
    for k, (a, b) in enumerate(spans):
        if (a, b) in skip:
            continue
        place = found[(a, b)]
        out[(a, b)] = (place.region, text[a:b])
        m = QUALIFIER.match(text, b)
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        if m and nxt and nxt[0] == m.end() and found[nxt].kind == "departement" \
                and re.match(r"\s*\)", text[nxt[1]:]):
            out[(a, b)] = (found[nxt].region, text[a:b])
            skip.add(nxt)
    return out


# any separator after the town: "Saint-Dizier : la maison …", "Pleyben. Une journée …", "Ferrette –
# Dans le Sundgau …" (segfix45)
HEADLINE_TOWN = re.compile(r"^\s*(?P<town>[A-ZÉÈ][\w'’-]*(?:[ -][\w'’-]+){0,3}?)(?:\s:|\.|\s[–—-])\s+\S")


def headline_town(text: str, gazetteer) -> tuple[str, str] | None:
    """(région, town) of a first line that opens on a commune, a separator (a colon, a full stop, a
    dash) and the headline; None otherwise."""
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
    Moule": Le Moule, "le moule à gâteau" never capitalised) or that several départements share
    ("de Saint-Pierre": La Réunion, Martinique, a dozen mainland villages), resolved jointly with
    the document's other places: when exactly one département holds communes of two or more of
    the names the text gives ("à Pointe-à-Pitre" and "du Moule" in 971; "de Saint-Pierre et du
    Tampon" in 974, Le Tampon a word but of one département), the names it holds are said there.
    {(start, end): (région, name)}"""
    resolved = [c for c in (gazetteer.communes.resolve(name) for _, name in communes.values()) if c]
    hits = [(a, b, found) for a, b, found in gazetteer.homonyms_after_prepositions(text)
            if (a, b) not in communes and (any(c.word for c in found) or len({c.region for c in found}) > 1)]
    if not hits:
        return {}
    named: dict[str, set[str]] = {}  # département -> the names (folded) the text gives of its communes
    for c in resolved:
        named.setdefault(c.dept, set()).add(fold(c.name))
    for a, b, found in hits:
        for c in found:
            named.setdefault(c.dept, set()).add(fold(text[a:b]))
    shared = [d for d, names in named.items() if len(names) >= 2]
    if len(shared) != 1:
        return {}  # no two names meet in a département, or they meet in several: nothing settles them
    dept = shared[0]
    out = {}
    for a, b, found in hits:
        here = [c for c in found if c.dept == dept]
        if here:
            out[(a, b)] = (here[0].region, here[0].name)
    return out


def repeated_word_communes(text: str, gazetteer, taken: dict) -> dict:
    """The communes of one région whose name is also a word, named twice or more with a capital
    after a locative preposition and never otherwise ("séjour à Lourdes" and "les foules de
    Lourdes"; "Au Tampon, les soignants …" and "installé au Tampon"): the capital a preposition
    cannot explain makes the name the place's (s26-segregion). A name also written without its
    preposition ("Marie a appelé", "la Vue détaillée"), on a line in title case, or going on ("du
    Grand Célé") is not one. {(start, end): (région, name)}"""
    from .regions import NOT_A_PLACE_AFTER

    hits: dict[str, list] = {}
    for a, b, found in gazetteer.homonyms_after_prepositions(text):
        if any(x < b and a < y for x, y in taken) or NOT_A_PLACE_AFTER.match(text, b) \
                or not any(c.word for c in found) or len({c.region for c in found}) != 1 or _title_case(text, a):
            continue
        hits.setdefault(text[a:b], []).append((a, b, found[0]))
    out = {}
    for name, spans in hits.items():
        # every capitalised occurrence of the name is one of these (an article written with it
        # belongs to it: "Le Tampon" beside "au Tampon")
        bare = name.split(" ", 1)[1] if " " in name and name.split(" ", 1)[0] in ("Le", "La", "Les", "L'") else name
        written = len(re.findall(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text))
        if len(spans) >= MIN_MENTIONS and written <= len(spans) + sum(
                1 for m in re.finditer(rf"(?<![\w-])(?:{ARTICLES}) {re.escape(bare)}(?![\w-])", text)):
            out.update({(a, b): (c.region, c.name) for a, b, c in spans})
    return out


ARTICLES = "Le|La|Les"  # the capitalised article a commune's name carries ("Le Tampon", "La Flèche")


def _title_case(text: str, at: int) -> bool:
    """Is the line around ``at`` written in title case (most of its words capitalised: "Le Prix Du
    Pain"), where a capital says nothing of a proper name?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = re.findall(r"[^\W\d_]{3,}", text[start:end if end >= 0 else len(text)])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) * 2 > len(words)


def territory_communes(text: str, gazetteer, taken: dict) -> dict:
    """The towns a territory is named after, after a locative preposition ("la CPTS du Grand
    Figeac", "l'agglomération du Grand-Dax": lang/fr place_forms.yaml territory_prefixes): where a
    coordination structure named after its territory works, as the town itself would be.
    {(start, end): (région, name)}"""
    from . import conventions as cv
    from .regions import commune_at

    prefixes = cv.language_data().get("territory_prefixes", [])
    if not prefixes or getattr(gazetteer, "communes", None) is None:
        return {}
    prefix = re.compile(rf"(?:{'|'.join(re.escape(p) for p in prefixes)})[ -](?=[A-ZÀ-ÖØ-Þ])")
    out = {}
    for m in cv.LOCATIVE_BEFORE_NAME.finditer(text):
        p = prefix.match(text, m.end())
        hit = commune_at(text, p.end(), gazetteer.communes) if p else None
        if hit is not None and hit[2].region and not any(a <= hit[0] < b for a, b in taken):
            out[(hit[0], hit[1])] = (hit[2].region, hit[2].name)
    return out


# a field of a list: what lies between two separators of a description or an enumeration
# (a table's cell between column bars, "M2 | H | 61 | cabinet seul | Montoire-sur-le-Loir", and a
# field before a parenthesis, "EHPAD Les Tilleuls, Abbeville (2 février 2023)": segregions12)
FIELD = re.compile(r"(?<=[,;:(|\n])[ \t]*(?P<field>[A-ZÀ-ÖØ-Þ][^,;:()|\n]{1,60}?)[ \t]*(?=[.]?[ \t]*(?:[,;)(|\n]|$))")


def field_communes(text: str, gazetteer, taken: dict) -> dict:
    """The communes that are a whole field of a description or a list ("n°1 : médecin généraliste,
    54 ans, Pithiviers ; n°2 : infirmière libérale, 41 ans, Malesherbes"), no preposition before
    them: they count as "à Pithiviers" does (a name that is also a word, or several régions', does
    not). {(start, end): (région, name)}"""
    if getattr(gazetteer, "communes", None) is None:
        return {}
    out = {}
    for m in FIELD.finditer(text):
        a = m.start("field")
        if any(x <= a < y for x, y in taken):
            continue
        place = gazetteer.commune_field(m.group("field"), after_field=text[max(0, a - 8):a].rstrip(" \t")[-1:] in (",", ";", "|"))
        if place is not None and place.region:
            out[(a, m.end("field"))] = (place.region, place.name)
    return out


@per_language_data
def _dateline() -> re.Pattern:
    from .conventions import DAY_DATE

    # (a dateline gives the year: "Lannion, 9 octobre 2024", "Mende, le 3 mars 2025")
    return re.compile(rf"^[ \t]*(?P<town>[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’ -][^\W\d_]+){{0,4}}),\s+(?:le\s+)?"
                      rf"(?:{DAY_DATE.pattern})(?<=\d{{4}})\b", re.MULTILINE)


def dateline_communes(text: str, gazetteer, taken: dict) -> dict:
    """The commune of a dateline, a line opening on a town, a comma and a day's date ("Lannion, 9
    octobre 2024 – enregistrement transcrit …", "Mende, le 3 mars 2025"): where the document was
    written or the meeting held, counted as "à Lannion" is (a name that is also a word, or several
    régions', does not). {(start, end): (région, name)}"""
    if getattr(gazetteer, "communes", None) is None:
        return {}
    out = {}
    for m in _dateline().finditer(text):
        a, b = m.span("town")
        if any(x <= a < y for x, y in taken):
            continue
        commune = gazetteer.communes.resolve(m.group("town"))
        if commune is not None and not commune.word and commune.region:
            out[(a, b)] = (commune.region, commune.name)
    return out


MIN_LOCALISED = 3  # places named in the région of a page's towns in capitals, at least
LOCALISED_SHARE = 2 / 3  # and this share of all the places it names
# a commune in capitals opening a line before a dash, or alone on its line: the press's localisation
# of an article or a brève ("MAURS – Quarante et un ans de consultations …", "LES VERCHERS-SUR-LAYON")
CAPITAL_TOWN = re.compile(r"^[ \t]*(?P<town>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]{2,60}?)(?:[ \t]+[–—-][ \t]+\S|[ \t]*$)", re.MULTILINE)


def capital_line_communes(text: str, gazetteer, taken: dict) -> dict:
    """The communes a press page writes in capitals at the head of a line, before a dash or alone
    ("MAURS – …", "DOUÉ-LA-FONTAINE" over a brève): where the article is set, counted as "à Maurs"
    is (a name that is also a word, or several régions', does not; s50). {(start, end): (région, name)}"""
    if getattr(gazetteer, "communes", None) is None:
        return {}
    out = {}
    for m in CAPITAL_TOWN.finditer(text):
        a, b = m.span("town")
        town = m.group("town").strip()
        # (four letters at least, not an acronym the corpus knows: "ORS", "ARS" are bodies, not Ors, Ars)
        if any(x <= a < y for x, y in taken) or len(re.sub(r"[^A-ZÀ-ÖØ-Þ]", "", town)) < 4 \
                or town in cv.DATA.get("acronyms", []):
            continue
        commune = gazetteer.communes.resolve(town)
        if commune is not None and not commune.word and commune.region:
            out[(a, b)] = (commune.region, commune.name)
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
    if not found:
        found = title_fields(first, gazetteer)
    return found[0] if found and len({r for r, _ in found}) == 1 else None


TITLE_FIELD = re.compile(r"(?:^|\s[–—|]\s)(?P<field>[A-ZÀ-ÖØ-Þ][^–—|]{1,60}?)(?=\s[–—|]\s|\s*$)")


def title_fields(first: str, gazetteer) -> list[tuple[str, str]]:
    """(région, commune) of the fields of a masthead set apart by dashes or bars that are a whole
    commune's name ("Multi-accueil Les Petits Pas – Montreuil – Conseil de crèche du 14 novembre",
    s34-segr60b): a commune one région's, no frequent word, or a name several régions' communes share
    that lang/fr place_forms.yaml well_known_namesakes settles."""
    communes = getattr(gazetteer, "communes", None)
    if communes is None:
        return []
    wanted = _namesakes()
    out = []
    for m in TITLE_FIELD.finditer(first):
        field_text = m.group("field").strip()
        # the field itself, or its last part after a comma ("Champignonnière des Perrières, Saumur"; s37)
        for name in dict.fromkeys([field_text, field_text.rsplit(",", 1)[-1].strip()]):
            commune = communes.resolve(name)
            if commune is None and _key(name) in wanted:
                commune = next((c for c in communes.by_key.get(_key(name), ()) if c.dept == wanted[_key(name)]), None)
            if commune is not None and commune.region:
                out.append((commune.region, commune.name))
                break
    return out


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


def _settled_homonyms(mentions: dict, communes: set, own: set[str], gazetteer) -> dict:
    """(start, end) -> (région, name) of the communes (``communes``: those read after a preposition,
    not the gazetteer's own places: "Tours" stays the prefecture) named by a name several régions'
    communes have or open ("les urgences de Chalon": Chalon, Isère, and Chalon-sur-Saône) read in a
    région no other place of the text is in, when the others' one région is one of the name's."""
    from .place_forms import homonym_regions

    out = {}
    for key, (region, name) in mentions.items():
        if key not in communes:
            continue
        others = {r for k, (r, _) in mentions.items() if k != key} | own
        if region in others or len(others) != 1:
            continue
        found = homonym_regions(name, gazetteer.communes)
        if len(found) == 1 and others <= found[0][1]:
            out[key] = (next(iter(others)), name)
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
        if seg.kind in kinds and not seg.region and not placed_elsewhere(seg, region, gazetteer) \
                and not abroad(seg, gazetteer) and seg.attr_source != REVIEWER:
            seg.region, seg.place = region, place
            seg.attr_source = seg.attr_source or "document_places"


def abroad(seg, gazetteer) -> bool:
    """A speaker placed in a commune the gazetteer does not know, by a code's parenthesis ("(B2,
    Dinant)" in a cross-border study; segment/quotes.py): in no French région, the document's none."""
    return bool(seg.place) and not seg.region and not gazetteer.find(seg.place)


def placed_elsewhere(seg, region: str, gazetteer) -> bool:
    """A speaker whose own description names a commune (however many régions share the name, or by
    its first words, "I1, infirmière libérale, Sarlat") none of whose régions is the document's:
    that person's place is not the document's, and another speaker's town ("I3, …, Amiens") does not
    make it so (segregions13)."""
    if not seg.role_raw or getattr(gazetteer, "communes", None) is None:
        return False
    from .place_forms import homonym_regions

    found = homonym_regions(seg.role_raw, gazetteer.communes)
    return bool(found) and not any(region in regions for _, regions in found)
