"""Text segments: where they are cut, which are repeats, which words count."""

import numpy as np

from corpus.lexicometry import segments


def test_cut_prefers_a_sentence_end_near_the_target_size():
    weights = [0.01] * 100
    weights[37] = 6.0  # a full stop after word 38
    weights[44] = 1.0  # a comma after word 45
    lengths = segments.cut_points(weights, 40, 16)
    assert lengths[0] == 38
    assert sum(lengths) == 100


def test_short_runs_stay_whole_and_nothing_is_lost():
    assert segments.cut_points([0.01] * 30, 40, 16) == [30]
    assert segments.cut_points([], 40, 16) == []
    lengths = segments.cut_points([0.01] * 500, 40, 16)
    assert sum(lengths) == 500 and max(lengths) <= 56


def test_words_take_the_weight_of_the_punctuation_after_them():
    tokens = [  # (char_start, char_end, text, lemma, pos, is_stop, sent_start)
        (0, 3, "Les", "le", "DET", "1", "1"), (4, 13, "médecins", "médecin", "NOUN", "0", "0"),
        (13, 14, ",", ",", "PUNCT", "0", "0"), (15, 19, "CPTS", "CPTS", "PROPN", "0", "0"),
        (19, 20, ".", ".", "PUNCT", "0", "0"), (21, 23, "On", "on", "PRON", "1", "1"),
        (24, 30, "vaccine", "vacciner", "VERB", "0", "0"),
    ]
    words = segments.words_of(tokens, "", frozenset())
    assert [w.weight for w in words] == [0.01, 1.0, 6.0, 0.01, 0.01]
    assert [w.term for w in words] == [None, "médecin", "CPTS", None, "vacciner"]


def test_a_speaker_label_is_not_a_word():
    tokens = [(0, 3, "P12", "p12", "PROPN", "0", "1"), (4, 5, ":", ":", "PUNCT", "0", "0"),
              (6, 14, "patients", "patient", "NOUN", "0", "0")]
    words = segments.words_of(tokens, "P12", frozenset())
    assert [w.term for w in words] == ["patient"]


def test_repeated_quotes_follow_their_first_copy():
    quote = ["crise", "sanitaire", "pharmacien", "masque", "livrer", "cabinet", "infirmier", "domicile"]
    bags = [quote, ["territoire", "élu", "maire", "réunion", "commune"], quote[1:] + ["soignant"],
            ["crise", "sanitaire"], ["crise", "sanitaire"]]
    original = segments.repeats(bags, 4, 0.8)
    # the trimmed re-quote follows the first copy; an exact repeat of a short segment too
    assert original.tolist() == [0, 1, 0, 3, 3]


def test_build_counts_lemmas_in_distinct_segments_only():
    units = [{"doc_id": "d", "segment_id": f"d-{i}", "label": "", "group": "g"} for i in range(3)]
    words = ["santé", "territoire", "patient", "médecin", "coordination"]
    tok = [(i * 10, i * 10 + 5, w, w, "NOUN", "0", "1" if i == 0 else "0") for i, w in enumerate(words)]
    tokens = {"d-0": tok, "d-1": tok, "d-2": [(100, 105, "santé", "santé", "NOUN", "0", "1")]}
    ts = segments.build("body", units, tokens, frozenset(), 40, 16, 2)
    assert ts.ids == ["d-0.1", "d-1.1", "d-2.1"]
    assert ts.original.tolist() == [0, 0, 2]  # d-1 repeats d-0
    assert list(ts.vocab) == ["santé"]  # only santé is in two distinct segments
    assert np.asarray(ts.x.sum(axis=1)).ravel().tolist() == [1, 1, 1]
