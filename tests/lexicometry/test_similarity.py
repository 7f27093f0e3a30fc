"""Similarity graph: co-occurrence counts, maximum spanning tree, communities, exports."""

import io
from itertools import combinations

import networkx as nx
import numpy as np
from scipy import sparse

from corpus.lexicometry import similarity

VOCAB = np.array(["masque", "pharmacien", "vaccin", "médecin", "patient", "territoire"], dtype=object)
BAGS = [["masque", "pharmacien"], ["masque", "pharmacien", "vaccin"], ["médecin", "patient"],
        ["médecin", "patient", "territoire"], ["patient", "territoire"], ["masque", "pharmacien"],
        ["vaccin", "pharmacien"], ["médecin", "patient"], ["patient", "médecin", "masque"]]


def matrix():
    index = {v: j for j, v in enumerate(VOCAB)}
    m = np.zeros((len(BAGS), len(VOCAB)))
    for i, bag in enumerate(BAGS):
        for w in bag:
            m[i, index[w]] = 1
    return sparse.csr_matrix(m)


def test_tree_is_a_maximum_spanning_tree_of_cooccurrence_counts():
    tree = similarity.graph(matrix(), VOCAB, 6)
    assert nx.is_tree(tree)
    counts = {}
    for bag in BAGS:
        for a, b in combinations(sorted(set(bag)), 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    for s, t, d in tree.edges(data=True):
        assert d["weight"] == counts[tuple(sorted((s, t)))]
    # brute force: no spanning tree of the co-occurrence graph weighs more
    full = nx.Graph()
    full.add_weighted_edges_from((a, b, w) for (a, b), w in counts.items())
    best = sum(d["weight"] for *_, d in nx.maximum_spanning_tree(full, algorithm="prim").edges(data=True))
    assert sum(d["weight"] for *_, d in tree.edges(data=True)) == best
    assert tree.nodes["patient"]["frequency"] == 5


def test_communities_separate_the_two_worlds():
    tree = similarity.graph(matrix(), VOCAB, 6)
    comm = nx.get_node_attributes(tree, "community")
    assert comm["masque"] == comm["pharmacien"] == comm["vaccin"]
    assert comm["médecin"] == comm["patient"] == comm["territoire"]
    assert comm["masque"] != comm["patient"]


def test_graphml_and_gexf_read_back_and_are_stable():
    tree = similarity.graph(matrix(), VOCAB, 6)
    g = nx.read_graphml(io.BytesIO(similarity.graphml(tree).encode("utf-8")))
    assert sorted(g.nodes) == sorted(tree.nodes)
    assert g.number_of_edges() == tree.number_of_edges()
    h = nx.read_gexf(io.BytesIO(similarity.gexf(tree).encode("utf-8")))
    assert h.number_of_edges() == tree.number_of_edges()
    again = similarity.graph(matrix(), VOCAB, 6)
    assert similarity.gexf(again) == similarity.gexf(tree)
    rows = similarity.edge_rows("verbatims", tree)
    assert [r["weight"] for r in rows] == sorted((r["weight"] for r in rows), reverse=True)


def test_only_the_most_frequent_lemmas_enter():
    tree = similarity.graph(matrix(), VOCAB, 3)
    # patient (5 segments), then the ties at 4 in alphabetical order: masque, médecin
    assert sorted(tree.nodes) == ["masque", "médecin", "patient"]
