"""Topic models: vocabulary, NPMI coherence, stability, selection rule, tables, determinism.

Measures are checked on hand-computed toy examples; the stage itself runs on the real interim
artefacts and tables of perelli2022 (focus-group turns) and fournier2021 (quoted interviewees).
"""

from __future__ import annotations

import filecmp
import shutil
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from conftest import REPO, THEMES_PATH

from corpus import io as cio
from corpus import tables, topics
from corpus.config import load_config
from corpus.errors import ConfigError, InputError
from corpus.themes import load_themes

DOCS = ["fournier2021", "perelli2022"]
TABLES = ["topics", "topic_models", "topic_representatives", "topic_prevalence_by_document",
          "topic_prevalence_by_region", "topic_prevalence_by_role"]
CONFIG = load_config(REPO / "config" / "config.yaml")
# The project's settings on a smaller grid, so the module stays fast.
PARAMS = {**CONFIG["topics"], "k_grid": [3, 5], "seeds": [1, 2], "baseline_draws": 100}


@pytest.fixture(scope="module")
def inputs(pipeline, tmp_path_factory) -> Path:
    """tables/ (segments, verbatims, documents) of the two documents, beside their interim files."""
    for doc in DOCS:
        pipeline.interim(doc, upto="themes")
    out = tmp_path_factory.mktemp("topics_inputs")
    tables.build_tables([pipeline.sheet[d] for d in DOCS], pipeline.root, out, list(load_themes(THEMES_PATH)))
    return out


def run_stage(pipeline, inputs: Path, dest: Path, params=PARAMS) -> tuple[dict, float]:
    dest.mkdir(parents=True, exist_ok=True)
    for name in ("documents", "segments", "verbatims"):
        shutil.copy(inputs / f"{name}.csv", dest / f"{name}.csv")
    start = time.perf_counter()
    info = topics.run(pipeline.root, dest, params, int(CONFIG["seed"]))
    return info, time.perf_counter() - start


@pytest.fixture(scope="module")
def stage(pipeline, inputs, tmp_path_factory):
    root = tmp_path_factory.mktemp("topics_runs")
    info, seconds = run_stage(pipeline, inputs, root / "a")
    print(f"\ntopics stage on {', '.join(DOCS)} (k {PARAMS['k_grid']}, seeds {PARAMS['seeds']}): {seconds:.1f} s")
    return {"dir": root / "a", "root": root, "info": info,
            **{name: cio.read_csv(root / "a" / f"{name}.csv") for name in TABLES}}


# ---- NPMI: hand-checked toy example ------------------------------------------------------

# Four segments of a verbatim corpus, reduced to their content terms:
#   s1: CPTS, médecin        s2: CPTS, médecin        s3: CPTS, ARS        s4: ARS
# N = 4; document frequencies: CPTS 3, médecin 2, ARS 2; co-occurrence: CPTS+médecin 2,
# CPTS+ARS 1, médecin+ARS 0. NPMI = log(P(ab) / (P(a)P(b))) / -log P(ab), in any log base; base 2:
#   CPTS, médecin: P = 2/4, 3/4, 2/4 -> log2((1/2) / (3/8)) / -log2(1/2) = log2(4/3) / 1 = 0.415037
#   CPTS, ARS:     P = 1/4, 3/4, 2/4 -> log2((1/4) / (3/8)) / -log2(1/4) = log2(2/3) / 2 = -0.292481
#   médecin, ARS:  never together     -> -1 (the convention for P(ab) = 0)
TOY = {"s1": ["CPTS", "médecin"], "s2": ["CPTS", "médecin"], "s3": ["CPTS", "ARS"], "s4": ["ARS"]}


@pytest.fixture(scope="module")
def toy():
    m = topics.build_matrix("toy", TOY, min_df=1, max_df=1.0, min_terms=1)
    return m, {t: i for i, t in enumerate(m.vocab)}


def test_npmi_of_term_pairs_matches_the_hand_computation(toy):
    m, ix = toy
    assert topics.npmi_coherence([[ix["CPTS"], ix["médecin"]]], m.binary) == pytest.approx(0.415037, abs=1e-6)
    assert topics.npmi_coherence([[ix["CPTS"], ix["ARS"]]], m.binary) == pytest.approx(-0.292481, abs=1e-6)
    assert topics.npmi_coherence([[ix["médecin"], ix["ARS"]]], m.binary) == -1.0
    # a three-term topic averages its three pairs: (0.415037 - 0.292481 - 1) / 3
    three = [[ix["CPTS"], ix["médecin"], ix["ARS"]]]
    assert topics.npmi_coherence(three, m.binary) == pytest.approx(-0.292481, abs=1e-6)
    # a model averages its topics: (0.415037 + (-0.292481)) / 2
    two = [[ix["CPTS"], ix["médecin"]], [ix["ARS"], ix["CPTS"]]]
    assert topics.npmi_coherence(two, m.binary) == pytest.approx(0.061278, abs=1e-6)


def test_npmi_limits_and_the_vectorised_form_agree_with_the_scalar_one():
    assert topics.npmi(4, 4, 4, 4) == 1.0  # together in every segment
    assert topics.npmi(4, 2, 2, 0) == -1.0
    assert topics.npmi(4, 2, 2, 2) == pytest.approx(1.0)  # always together, never apart
    assert topics.npmi(4, 2, 2, 1) == pytest.approx(0.0)  # independent: P(ab) = P(a)P(b)
    n_a, n_b, n_ab = np.array([3, 3, 2, 4, 2]), np.array([2, 2, 2, 4, 2]), np.array([2, 1, 0, 4, 1])
    expected = [topics.npmi(4, a, b, ab) for a, b, ab in zip(n_a, n_b, n_ab)]
    assert topics.npmi_array(4, n_a, n_b, n_ab) == pytest.approx(expected)


# ---- stability: best-match similarity ----------------------------------------------------

def test_stability_pairs_topics_one_to_one():
    reference = [[0, 1, 2], [3, 4, 5]]
    # same topics, other order, one term changed: matched 1 <-> 0 (3/3) and 0 <-> 1 (2/3)
    assert topics.match_similarity(reference, [[3, 4, 6], [0, 1, 2]]) == pytest.approx((1 + 2 / 3) / 2)
    # two reference topics cannot both claim the same re-fit topic
    assert topics.match_similarity([[0, 1, 2], [0, 1, 3]], [[0, 1, 2], [7, 8, 9]]) == pytest.approx(0.5)
    # averaged over re-fits
    assert topics.stability(reference, [reference, [[7, 8, 9], [10, 11, 12]]]) == pytest.approx(0.5)


def test_random_baseline_is_reproducible_and_low(toy):
    m, _ = toy
    a = topics.random_baseline(m.binary, k=1, top_n=2, draws=2000, seed=7)
    assert a == topics.random_baseline(m.binary, k=1, top_n=2, draws=2000, seed=7)
    # every pair of the three terms is equally likely: mean of the three hand-computed NPMIs
    # (standard error ~0.013 with 2000 draws)
    assert a["npmi"] == pytest.approx((0.415037 - 0.292481 - 1) / 3, abs=0.05)


def test_term_sets_are_drawn_uniformly_or_by_weight():
    rng = np.random.default_rng(3)
    sets = topics.draw_term_sets(rng, 30000, 4, 2)
    assert all(len(set(row)) == 2 for row in sets.tolist()[:1000])  # without replacement
    pairs = Counter(map(tuple, sets.tolist()))
    assert len(pairs) == 6 and all(abs(n / 30000 - 1 / 6) < 0.01 for n in pairs.values())
    weights = np.array([1.0, 2.0, 3.0, 4.0])
    firsts = Counter(topics.draw_term_sets(rng, 40000, 4, 1, weights).ravel().tolist())
    assert all(abs(firsts[i] / 40000 - w / 10) < 0.01 for i, w in enumerate(weights))
    # two of four by weight, without replacement: P({0,1}) = P(0 then 1) + P(1 then 0)
    pair01 = Counter(map(tuple, topics.draw_term_sets(rng, 40000, 4, 2, weights).tolist()))[(0, 1)]
    expected = 0.1 * 2 / 9 + 0.2 * 1 / 8
    assert abs(pair01 / 40000 - expected) < 0.006


# ---- vocabulary from real tokens ---------------------------------------------------------

@pytest.fixture(scope="module")
def perelli_tokens(pipeline):
    return cio.read_csv(cio.interim_path(pipeline.interim("perelli2022", upto="nlp"), "tokens"))


def terms_of(tokens, text):
    stop = topics.stopword_set(PARAMS["fillers"] + PARAMS["stopwords"])
    return {topics.term_of(t["text"], t["lemma"], t["pos"], t["is_stop"], stop) for t in tokens if t["text"] == text}


def test_vocabulary_keeps_acronyms_as_written_and_drops_fillers(perelli_tokens):
    assert terms_of(perelli_tokens, "CPTS") == {"CPTS"}
    assert terms_of(perelli_tokens, "DGOS") == {"DGOS"}  # the lemmatiser says 'dgo'
    assert terms_of(perelli_tokens, "Euh") | terms_of(perelli_tokens, "euh") == {None}
    assert terms_of(perelli_tokens, "les") == {None}
    # content words give their lemma, lower-cased
    assert "professionnel" in terms_of(perelli_tokens, "professionnels")


def test_segment_bags_hold_content_lemmas_of_a_real_turn(pipeline, perelli_tokens):
    segments = cio.read_jsonl(cio.interim_path(pipeline.interim("perelli2022", upto="segment"), "segments"))
    turn = next(s for s in segments if s["kind"] == "turn" and "euh" in s["text"].lower() and len(s["text"]) > 200)
    rows = [(t["segment_id"], t["text"], t["lemma"], t["pos"], t["is_stop"]) for t in perelli_tokens]
    bag = topics.segment_bags(rows, {turn["segment_id"]}, topics.stopword_set(PARAMS["fillers"]),
                              {turn["segment_id"]: turn["speaker"]})[turn["segment_id"]]
    assert bag and "euh" not in bag and turn["speaker"] not in bag
    words = turn["text"].lower()
    assert all(term.lower()[:4] in words for term in bag)  # every term comes from the turn itself


def test_body_corpus_leaves_out_front_matter_and_bibliography(pipeline, inputs):
    interim = pipeline.interim("fournier2021", upto="nlp")
    structure = cio.read_csv(cio.interim_path(interim, "structure"))
    segments = [s for s in cio.read_csv(inputs / "segments.csv") if s["doc_id"] == "fournier2021"]
    body = topics.body_segment_ids(segments, topics.section_kinds(segments, structure),
                                   set(PARAMS["body_sections"]), set(PARAMS["body_kinds"]))

    def inside(kind):
        spans = [(int(s["char_start"]), int(s["char_end"])) for s in structure if s["kind"] == kind]
        return {s["segment_id"] for s in segments if any(a <= int(s["char_start"]) < b for a, b in spans)}

    assert inside("bibliography") and not body & inside("bibliography")
    assert not body & inside("front")
    discussion = next(s for s in structure if s["heading"].startswith("Discussion"))
    in_discussion = {s["segment_id"] for s in segments if s["kind"] == "narrative"
                     and int(discussion["char_start"]) <= int(s["char_start"]) < int(discussion["char_end"])}
    assert in_discussion and in_discussion <= body


# ---- the stage on two real documents -----------------------------------------------------

def test_grid_has_every_model_and_k_with_one_choice_per_corpus_and_family(stage):
    rows = stage["topic_models"]
    assert list(rows[0])[:5] == cio.TOPIC_MODELS_COLUMNS
    keys = {(r["corpus"], r["model"], int(r["k"])) for r in rows}
    assert keys == {(c, m, k) for c in PARAMS["corpora"] for m in PARAMS["models"] for k in PARAMS["k_grid"]}
    for c in PARAMS["corpora"]:
        for m in PARAMS["models"]:
            assert sum(r["chosen"] == "1" for r in rows if (r["corpus"], r["model"]) == (c, m)) == 1


def test_choice_follows_the_rule_written_in_the_config(stage):
    min_stab, tol = PARAMS["min_stability"], PARAMS["coherence_tolerance"]
    for c in PARAMS["corpora"]:
        for m in PARAMS["models"]:
            rows = [r for r in stage["topic_models"] if (r["corpus"], r["model"]) == (c, m)]
            chosen = next(r for r in rows if r["chosen"] == "1")
            stable = [r for r in rows if float(r["stability"]) >= min_stab]
            if not stable:  # fallback: the most stable k
                assert float(chosen["stability"]) == max(float(r["stability"]) for r in rows)
                continue
            assert chosen in stable
            best = max(float(r["coherence_npmi"]) for r in stable)
            assert float(chosen["coherence_npmi"]) >= best - tol
            assert not [r for r in stable if int(r["k"]) < int(chosen["k"])
                        and float(r["coherence_npmi"]) >= best - tol]


def test_choose_prefers_the_smaller_k_within_tolerance():
    rows = [{"k": 4, "coherence_npmi": 0.100, "stability": 0.9}, {"k": 6, "coherence_npmi": 0.105, "stability": 0.9},
            {"k": 8, "coherence_npmi": 0.300, "stability": 0.2}]
    assert topics.choose(rows, 0.6, 0.01)["k"] == 4  # k=8 is more coherent but unstable
    assert topics.choose(rows, 0.6, 0.001)["k"] == 6
    assert topics.choose(rows, 0.95, 0.01)["k"] == 4  # nothing stable enough: the most stable, smaller k


def test_chosen_models_are_far_from_chance(stage):
    chosen = [r for r in stage["topic_models"] if r["chosen"] == "1"]
    print("\ncorpus     model  k  NPMI    (chance: uniform / by df)  stability (chance)")
    for r in chosen:
        print(f"{r['corpus']:<10} {r['model']:<5} {r['k']:>2}  {float(r['coherence_npmi']):+.3f}  "
              f"({float(r['baseline_npmi']):+.3f} / {float(r['baseline_npmi_df']):+.3f})         "
              f"{float(r['stability']):.3f}     ({float(r['baseline_stability']):.3f})")
    for r in chosen:
        coh, stab = float(r["coherence_npmi"]), float(r["stability"])
        # NPMI runs from -1 to 1: a gap of 0.4 is a fifth of the scale
        assert coh > float(r["baseline_npmi"]) + 0.4
        # frequent terms co-occur by chance more often; topics must still beat them clearly
        assert coh > float(r["baseline_npmi_df"]) + 0.2
        assert stab > float(r["baseline_stability"]) + 0.25


def test_topics_table_lists_top_terms_with_falling_weights_and_empty_labels(stage):
    rows = stage["topics"]
    assert list(rows[0])[:6] == cio.TOPICS_COLUMNS
    chosen = {(r["corpus"], f"{r['model']}_k{r['k']}") for r in stage["topic_models"] if r["chosen"] == "1"}
    assert {(r["corpus"], r["model"]) for r in rows} == chosen
    stop = topics.stopword_set(PARAMS["fillers"] + PARAMS["stopwords"])
    by_topic: dict = {}
    for r in rows:
        by_topic.setdefault((r["corpus"], r["model"], r["topic"]), []).append(r)
        assert r["label"] == "" and topics.fold(r["term"]) not in stop
    for terms in by_topic.values():
        assert [int(r["rank"]) for r in terms] == list(range(1, PARAMS["top_n"] + 1))
        weights = [float(r["weight"]) for r in terms]
        assert weights == sorted(weights, reverse=True) and weights[0] > 0
    assert any(r["term"] == "CPTS" for r in rows)


def test_representatives_are_verbatims_with_the_highest_share(stage, inputs):
    verbatim_ids = {v["segment_id"] for v in cio.read_csv(inputs / "verbatims.csv")}
    reps = stage["topic_representatives"]
    groups: dict = {}
    for r in reps:
        groups.setdefault((r["corpus"], r["model"], r["topic"]), []).append(r)
        assert 0 <= float(r["share"]) <= 1 and r["doc_id"] in DOCS and r["text"]
        if r["corpus"] == "verbatims":
            assert r["segment_id"] in verbatim_ids
    n_topics = len({(r["corpus"], r["model"], r["topic"]) for r in stage["topics"]})
    assert len(groups) == n_topics
    for rows in groups.values():
        assert [int(r["rank"]) for r in rows] == [1, 2, 3]


def test_prevalence_gives_shares_and_segment_counts_per_document_region_role(stage):
    grid = {(r["corpus"], f"{r['model']}_k{r['k']}"): int(r["n_segments"])
            for r in stage["topic_models"] if r["chosen"] == "1"}
    for table, key in (("topic_prevalence_by_document", "doc_id"), ("topic_prevalence_by_region", "region"),
                       ("topic_prevalence_by_role", "role")):
        rows = stage[table]
        assert list(rows[0])[:5] == [key, "model", "topic", "share", "n_segments"]
        for (corpus, model), n in grid.items():
            mine = [r for r in rows if (r["corpus"], r["model"]) == (corpus, model)]
            groups = {r[key]: int(r["n_segments"]) for r in mine}
            assert sum(groups.values()) == n  # every modelled segment counted once
            for g in groups:  # a group's mean shares sum to 1 (NMF: at most 1, empty rows count 0)
                total = sum(float(r["share"]) for r in mine if r[key] == g)
                assert total == pytest.approx(1, abs=1e-3) if model.startswith("lda") else total <= 1 + 1e-3
    docs = {r["doc_id"] for r in stage["topic_prevalence_by_document"]}
    assert docs == set(DOCS)
    regions = {r["region"] for r in stage["topic_prevalence_by_region"] if r["corpus"] == "body"}
    assert {"Occitanie", "Île-de-France"} <= regions  # body text takes its document's region


def test_same_inputs_give_byte_identical_tables(pipeline, inputs, stage):
    info, seconds = run_stage(pipeline, inputs, stage["root"] / "b")
    print(f"\nsecond run: {seconds:.1f} s")
    for name in TABLES:
        assert filecmp.cmp(stage["dir"] / f"{name}.csv", stage["root"] / "b" / f"{name}.csv", shallow=False), name
    assert info == stage["info"]


def test_results_do_not_depend_on_the_number_of_workers(pipeline, inputs, stage):
    run_stage(pipeline, inputs, stage["root"] / "one", {**PARAMS, "n_jobs": 1})
    for name in TABLES:
        assert filecmp.cmp(stage["dir"] / f"{name}.csv", stage["root"] / "one" / f"{name}.csv", shallow=False), name


# ---- configuration -----------------------------------------------------------------------

def test_choice_rule_is_the_config_text_with_the_values_in_force():
    rule = topics.choice_rule(CONFIG["topics"])
    assert " ".join(CONFIG["topics"]["choice_rule"].split()) in rule
    assert f"min_stability = {CONFIG['topics']['min_stability']}" in rule
    assert f"coherence_tolerance = {CONFIG['topics']['coherence_tolerance']}" in rule


def test_unknown_settings_and_corpora_are_config_errors():
    with pytest.raises(ConfigError, match="k_grd"):
        topics.settings({"k_grd": [4]})
    with pytest.raises(ConfigError, match="annexes"):
        topics.settings({"corpora": ["annexes"]})


def test_missing_tables_name_the_file(pipeline, tmp_path):
    with pytest.raises(InputError, match=r"segments\.csv: missing"):
        topics.run(pipeline.root, tmp_path, PARAMS, 1)


def test_a_corpus_too_small_to_model_is_skipped_not_fatal(pipeline, inputs, tmp_path):
    # fournier2021 has 28 quotes: with a very high min_df no term survives in the verbatim corpus
    info, _ = run_stage(pipeline, inputs, tmp_path, {**PARAMS, "min_df": 10_000, "corpora": ["verbatims"]})
    assert "verbatims" in info["skipped"]
    assert cio.read_csv(tmp_path / "topic_models.csv") == []


def test_lda_fit_equals_scikit_learn_batch_fit(pipeline, inputs):
    """fit() drives LDA pass by pass through partial_fit (skipping fit()'s perplexity pass):
    the topics must be scikit-learn's own batch fit to the last bit, and so the shares."""
    from sklearn.decomposition import LatentDirichletAllocation

    s = topics.settings(PARAMS)
    m = topics.load_corpora(pipeline.root, inputs, s)[0][0]
    comps, shares = topics.fit("lda", 5, 42, m, s)
    ref = LatentDirichletAllocation(n_components=5, random_state=42, learning_method="batch",
                                    max_iter=int(s["lda_max_iter"]), max_doc_update_iter=int(s["lda_doc_iter"]),
                                    mean_change_tol=float(s["lda_doc_tol"])).fit(m.counts)
    assert np.array_equal(comps, ref.components_)
    # shares: the same numbers, normalised by our own division (equal to rounding)
    assert np.allclose(shares, ref.transform(m.counts), rtol=1e-12, atol=0)


# Content lemmas of 12 answers of a real interview (an artisan's, data/interviews of
# Aymeric-e/Analyse-d-entretiens-d-artisans, MIT): a student's first corpus is this small.
ARTISAN_BAGS = [
    "apprenti patron ferronnerie ferronnier compagnon apprentissage".split(),
    "journée boulot soir maison compagnon métier corps état".split(),
    "poste apprenti ouvrier ouvrier chef équipe chef atelier bureau étude entreprise".split(),
    "responsable technique agence fabrication vente pose fenêtre PVC".split(),
    "cote pose technique vérification marge planification compte".split(),
    "journée travail apprenti heure retard café matin".split(),
    "café matin heure boulot fin journée briefing".split(),
    "journée travail hacher client devis chantier atelier".split(),
    "client devis prix matière acier fer chantier".split(),
    "apprenti métier transmettre geste atelier compagnon".split(),
    "entreprise compte patron client chantier planification".split(),
    "métier ferronnerie acier geste forge atelier".split(),
]


def test_the_grid_leaves_out_k_the_stability_refits_cannot_take():
    """12 segments: re-fits on 80% have 10, so k=11 stopped the whole run with a scikit-learn
    ValueError (nndsvda needs k <= rows) although k < 12 passed the old guard."""
    m = topics.build_matrix("verbatims", {f"s{i:02d}": b for i, b in enumerate(ARTISAN_BAGS)}, 1, 1.0, 1)
    s = topics.settings({"stability_sample": 0.8})
    assert topics.fittable_ks(m, [4, 6, 8, 10, 11, 12], 0.8) == [4, 6, 8]
    assert topics.fittable_ks(m, [4, 6, 8, 10, 11, 12], 1.0) == [4, 6, 8, 10, 11]
    for k in topics.fittable_ks(m, [4, 6, 8, 10, 11, 12], 0.8):
        row, _ = topics.evaluate(m, "nmf", k, s, 42)
        assert row["k"] == k and 0.0 <= row["stability"] <= 1.0
    with pytest.raises(ValueError, match="n_components"):  # why k=11 must stay out at 80%
        topics.evaluate(m, "nmf", 11, s, 42)
