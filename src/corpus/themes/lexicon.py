"""Theme lexicons (config/themes.yaml) matched on stored lemmas -> theme hits with KWIC lines.

Matching works on the rows of tokens.csv (words, lemmas): the text is never parsed again. Each
token is seen twice, once through its folded lemma (lower case, no accents) and once through its
folded surface form, so a lexicon entry matches "coordonnait" through its lemma and « Réunionite »
through its form whatever the tagger did.

The lexicons are compiled into spaCy Matcher token patterns (theme_patterns.json: exact NORM
keys and "*" gaps), but they are matched by a small index here, not by spaCy's Matcher: the
Matcher starts a state for every pattern at every token, so its cost grows with patterns x tokens
(a 464-page thesis took 20 s, most of it in the Matcher and in rebuilding Docs). The index keys
patterns by their first exact word: one dict lookup per token and view, then the few candidates
are checked step by step, a gap expanding to every end position like the Matcher's ``{0,3}``.
Results are the Matcher's (tests/test_themes.py checks them against it on real text).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from .. import io as cio
from ..errors import ConfigError
from ..lang import MODEL
from ..text import fold
from .vectors import theme_centroids

GAP = "*"        # in a phrase: up to MAX_GAP words of any kind ("travailler * ensemble")
MAX_GAP = 3
KWIC_WIDTH = 60
MAX_VARIANTS = 64  # spelling/lemma combinations kept per phrase


def entry_key(text: str) -> str:
    """The key lexicon entries and tokens are matched on: `text.fold` (lower case, no accents)
    with the typographic apostrophe ’ made straight."""
    return fold(text.replace("’", "'"))


def load_themes(path: str | Path) -> dict:
    """The themes of a themes.yaml, in file order: any number, any ids (the schema is strict)."""
    from .schema import check_themes_file

    return check_themes_file(path)["themes"]


# ---- patterns ---------------------------------------------------------------------------------
def _phrase_keys(phrase: str, nlp) -> list[list[str] | None]:
    """For each word of a phrase: the keys a corpus token may have (lemma in context, lemma of
    the word alone, the word itself), or None for a gap."""
    words = [w for w in phrase.split() if w]
    keys: list[list[str] | None] = []
    chunk: list[str] = []

    def flush():
        if not chunk:
            return
        text = " ".join(chunk)
        doc = nlp(text)
        for tok in doc:
            alone = nlp(tok.text)[0].lemma_ if len(tok.text) > 1 else tok.text
            keys.append(sorted({entry_key(tok.lemma_), entry_key(alone), entry_key(tok.text)}))
        chunk.clear()

    for w in words:
        if w == GAP:
            flush()
            keys.append(None)
        else:
            chunk.append(w)
    flush()
    return keys


def _token_patterns(keys: list[list[str] | None]) -> list[list[dict]]:
    """Every combination of the words' keys as an exact-NORM Matcher pattern.

    Exact keys, not set predicates (IN), so that PatternIndex can look patterns up by word.
    """
    patterns: list[list[dict]] = [[]]
    for k in keys:
        if k is None:
            step = [{"IS_PUNCT": False, "OP": f"{{0,{MAX_GAP}}}"}]
        else:
            step = [{"NORM": key} for key in k]
        patterns = [p + [t] for p in patterns for t in step][:MAX_VARIANTS]
    return patterns


def compile_patterns(themes: dict, model: str = MODEL) -> dict[str, dict[str, list]]:
    """{theme: {"include": [token patterns], "exclude": [token patterns]}}."""
    from ..nlp import load_model

    nlp = load_model(model)
    compiled: dict[str, dict[str, list]] = {}
    for theme, spec in themes.items():
        include = [[{"NORM": entry_key(lemma)}] for lemma in spec.get("lemmas", [])]
        for phrase in spec.get("phrases", []):
            include += _token_patterns(_phrase_keys(phrase, nlp))
        exclude = [p for phrase in spec.get("exclude", [])
                   for p in _token_patterns(_phrase_keys(phrase, nlp))]
        compiled[theme] = {"include": include, "exclude": exclude,
                           "spellings": entry_spellings(spec.get("lemmas", [])),
                           "pos": entry_pos(spec.get("pos", {}))}
    return compiled


def entry_pos(pos: dict[str, list[str]]) -> dict[str, list[str]]:
    """{matching key: the parts of speech (spaCy's universal tags) a word must have to count as
    that one-word entry}: themes.yaml ``pos: {arrêté: [NOUN]}`` keeps the decree and drops the
    verb « on a arrêté les consultations »."""
    return {entry_key(entry): sorted(set(tags)) for entry, tags in sorted(pos.items())}


def pos_clash(token: dict, tags) -> bool:
    """True when a one-word entry restricted to some parts of speech (``tags``; None: no
    restriction) matched a word the tagger gave another one. A token without a tag (an older
    tokens file) is not dropped."""
    return bool(tags) and bool(token.get("pos")) and token["pos"] not in tags


def written_form(text: str) -> str:
    """A word as written, lower case, accents kept: what tells « chargé » from « charge »."""
    import unicodedata

    return unicodedata.normalize("NFC", text.replace("’", "'")).lower()


def entry_spellings(lemmas: list[str]) -> dict[str, list[str]]:
    """{matching key: the one-word entries' spellings with their accents} of one theme."""
    out: dict[str, set[str]] = {}
    for lemma in lemmas:
        out.setdefault(entry_key(lemma), set()).add(written_form(lemma))
    return {key: sorted(forms) for key, forms in sorted(out.items())}


def accent_clash(text: str, spellings) -> bool:
    """True when a word matched a one-word entry only through its folded surface form and its
    accents make it another word: « chargé » (lemma charger) is not the entry « charge »,
    « arrête » (lemma arrêter) not « arrêté ». A word written without accents (« reunionite »,
    capitals) still matches, as before. ``spellings`` None: no spellings known (a phrase, or a
    patterns file of an older version), no check."""
    if spellings is None:
        return False
    form = written_form(text)
    return form != entry_key(form) and form not in spellings


# ---- matching ---------------------------------------------------------------------------------
# step kinds: NORM equals the key / one non-punctuation token / zero or one such token
EXACT, WORD, OPTIONAL = 0, 1, 2


def is_punct(text: str) -> bool:
    """spaCy's IS_PUNCT (spacy.lang.lex_attrs.is_punct), without importing spaCy (~1.5 s)."""
    return all(unicodedata.category(c).startswith("P") for c in text)


_is_punct = lru_cache(maxsize=1 << 16)(is_punct)
entry_key_cached = lru_cache(maxsize=1 << 16)(entry_key)  # a document repeats a few thousand strings


def _steps(pattern: list[dict]) -> tuple[tuple[int, str], ...]:
    """A Matcher token pattern as (kind, key) steps; a gap {n,m} becomes n WORD + m-n OPTIONAL,
    as spaCy expands it."""
    steps: list[tuple[int, str]] = []
    for spec in pattern:
        if set(spec) == {"NORM"}:
            steps.append((EXACT, spec["NORM"]))
            continue
        op = str(spec.get("OP", ""))
        inner = op[1:-1]
        lo, _, hi = inner.partition(",") if "," in inner else (inner, "", inner)
        lo = lo or "0"
        if (set(spec) != {"IS_PUNCT", "OP"} or spec["IS_PUNCT"] is not False
                or not (op.startswith("{") and op.endswith("}"))
                or not lo.isdecimal() or not hi.isdecimal() or int(lo) > int(hi)):
            raise ConfigError(f"unsupported theme pattern step {spec!r}")
        steps += [(WORD, "")] * int(lo) + [(OPTIONAL, "")] * (int(hi) - int(lo))
    return tuple(steps)


def _ends(steps, norms: list[str], texts: list[str], start: int) -> set[int]:
    """End positions of every way ``steps`` can match from ``start`` (a tiny NFA: a set of
    positions per step, so each end is reported once)."""
    n = len(norms)
    positions = {start}
    for kind, key in steps:
        following = set(positions) if kind == OPTIONAL else set()
        for p in positions:
            if p < n and (norms[p] == key if kind == EXACT else not _is_punct(texts[p])):
                following.add(p + 1)
        if not following:
            return following
        positions = following
    return positions


class PatternIndex:
    """Token patterns of several themes, keyed by their first exact word (and by the second
    one when it is exact too: "le" starts many phrases, "le ensemble" few).

    ``find`` returns what spaCy's Matcher returns for the same patterns: every (theme, start,
    end) of every match, all ends of a gap included, no empty match.
    """

    def __init__(self, patterns: dict[str, list[list[dict]]]):
        # first key -> (themes of one-word patterns, {second key: [(theme, rest)]},
        #               [(theme, rest)] whose second step is a gap)
        self.first: dict[str, tuple[set, dict, list]] = {}
        self.anywhere: list[tuple[str, tuple]] = []  # patterns starting with a gap
        self.size = 0
        seen = set()  # spelling variants often compile to the same pattern twice
        for theme, token_patterns in patterns.items():
            for pattern in token_patterns:
                self.size += 1
                steps = _steps(pattern)
                if (theme, steps) in seen:
                    continue
                seen.add((theme, steps))
                if not steps or steps[0][0] != EXACT:
                    self.anywhere.append((theme, steps))
                    continue
                singles, seconds, others = self.first.setdefault(steps[0][1], (set(), {}, []))
                if len(steps) == 1:
                    singles.add(theme)
                elif steps[1][0] == EXACT:
                    seconds.setdefault(steps[1][1], []).append((theme, steps[2:]))
                else:
                    others.append((theme, steps[1:]))

    def __len__(self) -> int:
        return self.size

    def find(self, norms: list[str], texts: list[str]) -> set[tuple[str, int, int]]:
        """Matches on one view: ``norms`` are the tokens' keys, ``texts`` their surface forms
        (for IS_PUNCT in gaps)."""
        found: set[tuple[str, int, int]] = set()
        first, anywhere, last = self.first, self.anywhere, len(norms) - 1
        for i, norm in enumerate(norms):
            entry = first.get(norm)
            if entry is not None:
                singles, seconds, others = entry
                for theme in singles:
                    found.add((theme, i, i + 1))
                if seconds and i < last:
                    for theme, rest in seconds.get(norms[i + 1], ()):
                        if not rest:
                            found.add((theme, i, i + 2))
                        else:
                            for end in _ends(rest, norms, texts, i + 2):
                                found.add((theme, i, end))
                for theme, rest in others:
                    for end in _ends(rest, norms, texts, i + 1):
                        found.add((theme, i, end))
            for theme, steps in anywhere:
                for end in _ends(steps, norms, texts, i):
                    if end > i:
                        found.add((theme, i, end))
        return found


def build_matchers(patterns: dict[str, dict[str, list]]):
    """One include and one exclude index for all themes: each segment is then scanned twice per
    view, not twice per theme."""
    return {"themes": list(patterns),
            "include": PatternIndex({t: spec["include"] for t, spec in patterns.items()}),
            "exclude": PatternIndex({t: spec["exclude"] for t, spec in patterns.items()}),
            "spellings": {t: {k: frozenset(v) for k, v in spec.get("spellings", {}).items()}
                          for t, spec in patterns.items()},
            "pos": {t: {k: frozenset(v) for k, v in spec.get("pos", {}).items()}
                    for t, spec in patterns.items()}}


def filter_spans(spans) -> list[tuple[int, int]]:
    """spacy.util.filter_spans on (start, end) pairs: longest first, then leftmost; a span
    overlapping one already kept is dropped."""
    kept: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in sorted(spans, key=lambda se: (se[1] - se[0], -se[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept)


def match_spans(tokens: list[dict], matchers) -> list[tuple[str, int, int]]:
    """(theme, first token, end token) of every match; within a theme the longest of
    overlapping matches wins, and a match overlapping an exclusion is dropped.

    Two views: folded lemma, then folded surface form, so an entry matches a word through
    either ("coordonnait" by its lemma, « Réunionite » by its form). A one-word entry found
    through the surface form alone does not match a word whose accents make it another word
    (`accent_clash`: « ministre chargé de », not the entry « charge »), nor, when themes.yaml
    gives the entry parts of speech (``pos:``), a word tagged otherwise (`pos_clash`).
    """
    if not tokens:
        return []
    texts = [t["text"] for t in tokens]
    views = ([entry_key_cached(t["lemma"] or t["text"]) for t in tokens], [entry_key_cached(x) for x in texts])
    themes = matchers["themes"]
    inc, exc = matchers["include"], matchers["exclude"]
    spans: dict[str, set] = {theme: set() for theme in themes}
    excluded: dict[str, set] = {theme: set() for theme in themes}
    spellings = matchers.get("spellings", {})
    pos = matchers.get("pos", {})
    for view, norms in enumerate(views):
        for theme, s, e in inc.find(norms, texts):
            if view == 1 and e == s + 1 and accent_clash(
                    texts[s], spellings.get(theme, {}).get(norms[s])):
                continue  # the lemma view already added it when the lemma is the entry
            if e == s + 1 and pos_clash(tokens[s], pos.get(theme, {}).get(norms[s])):
                continue
            spans[theme].add((s, e))
        if len(exc):
            for theme, s, e in exc.find(norms, texts):
                excluded[theme].add((s, e))
    found: list[tuple[str, int, int]] = []
    for theme in themes:
        for start, end in filter_spans(spans[theme]):
            if not any(start < e and s < end for s, e in excluded[theme]):
                found.append((theme, start, end))
    return sorted(found, key=lambda f: (f[1], f[0]))


def find_hits(tokens: list[dict], matchers, text: str, pages: list[dict],
              width: int = KWIC_WIDTH) -> list[dict]:
    """One row per match within a segment, with its KWIC line and page."""
    by_segment: dict[str, list[dict]] = {}
    for tok in tokens:
        by_segment.setdefault(tok["segment_id"], []).append(tok)
    pagemap = cio.PageMap(pages)
    hits = []
    for seg_id, toks in by_segment.items():
        for theme, i, j in match_spans(toks, matchers):
            start, end = int(toks[i]["char_start"]), int(toks[j - 1]["char_end"])
            left, right = kwic(text, start, end, width)
            hits.append({
                "segment_id": seg_id, "theme": theme, "matched": text[start:end],
                "lemma": " ".join(entry_key_cached(t["lemma"] or t["text"]) for t in toks[i:j]),
                "page": pagemap.page(start), "char_start": start, "char_end": end,
                "left": left, "right": right,
            })
    hits.sort(key=lambda h: (h["char_start"], h["theme"]))
    return hits


def kwic(text: str, start: int, end: int, width: int = KWIC_WIDTH) -> tuple[str, str]:
    """Left and right contexts on one line (newlines and tabs become spaces)."""
    left = " ".join(text[max(0, start - width):start].split())
    right = " ".join(text[end:end + width].split())
    if text[max(0, start - 1):start].isspace():
        left += " "
    if text[end:end + 1].isspace():
        right = " " + right
    return left, right


def match_text(text: str, matchers, model: str = MODEL) -> dict[str, list[str]]:
    """Themes found in a free text (parsed with the same model as the corpus): used by the
    validation test and to try a lexicon on a sentence."""
    from ..nlp import annotate

    seg = [{"segment_id": "s", "kind": "verbatim", "char_start": 0, "char_end": len(text)}]
    tokens = annotate(seg, text, model)
    out: dict[str, list[str]] = {t: [] for t in matchers["themes"]}
    for theme, i, j in match_spans(tokens, matchers):
        out[theme].append(text[int(tokens[i]["char_start"]):int(tokens[j - 1]["char_end"])])
    return out


def write_patterns(themes_path: str | Path, out_path: str | Path,
                   model: str = MODEL) -> dict:
    """Lemmatise the lexicons once per run into token patterns (a JSON file a person can read:
    it shows how each multi-word expression was lemmatised), so per-document jobs need no model."""
    from ..nlp import load_model

    themes = load_themes(themes_path)
    patterns = compile_patterns(themes, model)
    # the themes' meaning vectors, computed once here where the model is loaded anyway
    centroids = theme_centroids(themes, load_model(model).vocab)
    cio.write_json(out_path, {"model": model, "themes": patterns, "centroids": centroids})
    return patterns


def load_patterns(path: str | Path) -> dict[str, dict[str, list]]:
    return cio.read_json(path)["themes"]


def run(interim_dir: str | Path, doc_id: str, themes_path: str | Path | None = None,
        model: str = MODEL, patterns_path: str | Path | None = None) -> int:
    """Theme hits of one document, from compiled patterns (``patterns_path``) or the lexicons."""
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "theme_hits")
    if not cio.is_ok(interim_dir):
        cio.write_csv(out, [], cio.THEME_HITS_COLUMNS)
        return 0
    if patterns_path is not None:
        patterns = load_patterns(patterns_path)
    else:
        patterns = compile_patterns(load_themes(themes_path), model)
    matchers = build_matchers(patterns)
    tokens = cio.read_csv(cio.interim_path(interim_dir, "tokens"))
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    pages = cio.read_csv(cio.interim_path(interim_dir, "pages"))
    hits = find_hits(tokens, matchers, text, pages)
    for h in hits:
        h["doc_id"] = doc_id
    cio.write_csv(out, hits, cio.THEME_HITS_COLUMNS)
    return len(hits)


# ---- concordance (corpus kwic) ------------------------------------------------------------------
def _term_keys(term: str) -> list[str]:
    return [entry_key(w) for w in term.split()]


def kwic_lines(interim_root: str | Path, term: str | None = None, theme: str | None = None,
               doc: str | None = None, region: str | None = None,
               width: int = KWIC_WIDTH) -> list[dict]:
    """Concordance from stored annotations: occurrences of TERM (a word or word sequence,
    matched on lemma or surface form, accents and case ignored) and/or the hits of THEME.

    Reads tokens.csv, segments.jsonl and theme_hits.csv; never runs spaCy.
    """
    root = Path(interim_root)
    if not root.is_dir():
        raise ConfigError(f"{root}: no interim folder; run the workflow first")
    keys = _term_keys(term) if term else []
    lines: list[dict] = []
    for d in sorted(p for p in root.iterdir() if p.is_dir()):
        if doc and d.name != doc:
            continue
        seg_path, text_path = cio.interim_path(d, "segments"), cio.interim_path(d, "text")
        if not seg_path.exists() or not text_path.exists():
            continue
        segments = {s["segment_id"]: s for s in cio.read_jsonl(seg_path)}
        if region and not any(entry_key(s.get("region", "")) == entry_key(region) for s in segments.values()):
            continue
        text = cio.read_text(text_path)
        unit = cio.read_status(d).get("location_unit")   # a transcript's paragraphs or minutes
        pages_path = cio.interim_path(d, "pages")
        # the match's own page (a turn of a transcript runs over several paragraphs)
        pagemap = cio.PageMap(cio.read_csv(pages_path)) if pages_path.exists() else None
        if theme:
            spans = _theme_spans(d, theme, keys)
        else:
            spans = _term_spans(d, keys)
        for seg_id, start, end, page in spans:
            seg = segments.get(seg_id, {})
            if region and entry_key(seg.get("region", "")) != entry_key(region):
                continue
            left, right = kwic(text, start, end, width)
            page = page or (pagemap.page(start) if pagemap else seg.get("page_start", ""))
            lines.append({"doc_id": d.name, "page": page, "place": cio.location_label(unit, page),
                          "kind": seg.get("kind", ""), "left": left,
                          "matched": text[start:end], "right": right, "char_start": start})
    return lines


def _term_spans(d: Path, keys: list[str]):
    path = cio.interim_path(d, "tokens")
    if not path.exists() or not keys:
        return
    import csv

    window: list[dict] = []
    cio.check_file(path)
    with open(path, encoding="utf-8", newline="") as fh:
        for tok in csv.DictReader(fh):
            window.append(tok)
            if len(window) > len(keys):
                window.pop(0)
            if len(window) == len(keys) and all(
                    w["segment_id"] == window[0]["segment_id"]
                    and k in (entry_key(w["lemma"]), entry_key(w["text"])) for w, k in zip(window, keys)):
                yield (window[0]["segment_id"], int(window[0]["char_start"]),
                       int(window[-1]["char_end"]), "")


def _theme_spans(d: Path, theme: str, keys: list[str]):
    path = cio.interim_path(d, "theme_hits")
    if not path.exists():
        return
    needle = " ".join(keys)
    for h in cio.read_csv(path):
        if h["theme"] != theme:
            continue
        if needle and needle not in h["lemma"] and needle not in entry_key(h["matched"]):
            continue
        yield h["segment_id"], int(h["char_start"]), int(h["char_end"]), h["page"]


def format_kwic(lines: list[dict], width: int = KWIC_WIDTH) -> list[str]:
    return [f"{ln['doc_id']:<13} {ln.get('place') or cio.location_label('page', ln['page']):<6} {ln['left'][-width:]:>{width}} "
            f"[{ln['matched']}] {ln['right'][:width]}" for ln in lines]


# ---- lexicon suggestions (corpus themes suggest) --------------------------------------------
def corpus_vocabulary(interim_root: str | Path, min_count: int = 2) -> dict[str, int]:
    """Lemma counts over all stored tokens: alphabetic, not stop words, not OCR noise."""
    import csv
    from collections import Counter

    counts: Counter = Counter()
    for path in sorted(Path(interim_root).glob("*/tokens.csv")):
        cio.check_file(path)
        with open(path, encoding="utf-8", newline="") as fh:
            for tok in csv.DictReader(fh):
                if tok["is_alpha"] == "1" and tok["is_stop"] != "1" and tok.get("is_noise") != "1" \
                        and len(tok["lemma"]) > 2:
                    counts[tok["lemma"].lower()] += 1
    return {w: n for w, n in counts.items() if n >= min_count}


def suggest(themes: dict, theme: str, vocabulary: dict[str, int],
            model: str = MODEL, top: int = 30) -> list[dict]:
    """Corpus words nearest (cosine, model word vectors) to the theme's lemmas, excluding words
    already in the lexicon: candidates for a researcher to review, never added automatically."""
    import numpy as np

    from ..nlp import load_model

    if theme not in themes:
        raise ConfigError(f"unknown theme {theme!r}; expected one of {', '.join(themes)}")
    vocab = load_model(model).vocab
    spec = themes[theme]
    seeds = [w for w in spec.get("lemmas", []) if vocab.has_vector(w)]
    if not seeds:
        raise ConfigError(f"theme {theme!r}: none of its lemmas has a vector in {model}")
    known = {entry_key(w) for w in spec.get("lemmas", [])}
    known |= {entry_key(w) for p in spec.get("phrases", []) for w in p.split()}
    seed_m = np.array([vocab.get_vector(w) for w in seeds])
    seed_m /= np.linalg.norm(seed_m, axis=1, keepdims=True)
    words = sorted(w for w in vocabulary if entry_key(w) not in known and vocab.has_vector(w))
    if not words:
        return []
    m = np.array([vocab.get_vector(w) for w in words])
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    sims = m @ seed_m.T
    best = sims.max(axis=1)
    nearest = sims.argmax(axis=1)
    # The md model prunes its table: many rare words share one seed's vector (similarity 1.0).
    # Ranking also by closeness to the theme as a whole (mean of the 3 best seeds) breaks ties.
    k = min(3, sims.shape[1])
    score = 0.5 * best + 0.5 * np.sort(sims, axis=1)[:, -k:].mean(axis=1)
    order = sorted(range(len(words)), key=lambda i: (-score[i], words[i]))[:top]
    return [{"candidate": words[i], "similarity": float(best[i]), "nearest": seeds[nearest[i]],
             "count": vocabulary[words[i]]} for i in order]
