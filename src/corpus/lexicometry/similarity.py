"""Similarity analysis (IRaMuTeQ's "analyse de similitudes"): co-occurrence graph of the most
frequent content lemmas within text segments, its maximum spanning tree, communities.

Weight = number of text segments holding both lemmas (IRaMuTeQ's default index,
"cooccurrence"). The tree keeps the strongest links that connect every lemma without a cycle
(Kruskal, networkx); communities are found on the tree by greedy modularity (Clauset-Newman-
Moore, networkx), which has no random step, so the result is the same on every run.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse


def graph(x, vocab, n_lemmas: int):
    """The weighted maximum spanning tree (networkx Graph) of the ``n_lemmas`` most frequent
    lemmas of binary segment x lemma ``x``; node attribute ``frequency`` (segments)."""
    import networkx as nx

    x = sparse.csc_matrix(x)
    freq = np.asarray(x.sum(axis=0)).ravel()
    order = sorted(range(len(vocab)), key=lambda j: (-freq[j], vocab[j]))[:n_lemmas]
    order = [j for j in order if freq[j] > 0]
    sub = x[:, order]
    cooc = (sub.T @ sub).toarray()
    g = nx.Graph()
    for j in sorted(order, key=lambda j: vocab[j]):
        g.add_node(str(vocab[j]), frequency=int(freq[j]))
    names = [str(vocab[j]) for j in order]
    edges = []
    for a in range(len(order)):
        for b in range(a + 1, len(order)):
            if cooc[a, b] > 0:
                s, t = sorted((names[a], names[b]))
                edges.append((s, t, int(cooc[a, b])))
    for s, t, w in sorted(edges):
        g.add_edge(s, t, weight=w)
    tree = nx.maximum_spanning_tree(g, weight="weight", algorithm="kruskal")
    out = nx.Graph()
    out.add_nodes_from(sorted(g.nodes(data=True)))
    out.add_edges_from(sorted((min(s, t), max(s, t), d) for s, t, d in tree.edges(data=True)))
    for node, comm in communities(out).items():
        out.nodes[node]["community"] = comm
    return out


def communities(tree) -> dict[str, int]:
    """Community number (1 = the largest; ties by first lemma) of every node."""
    import networkx as nx

    if tree.number_of_edges() == 0:
        return {n: i for i, n in enumerate(sorted(tree.nodes), 1)}
    found = nx.community.greedy_modularity_communities(tree, weight="weight")
    ranked = sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))
    return {n: i for i, c in enumerate(ranked, 1) for n in c}


def edge_rows(corpus: str, tree) -> list[dict]:
    rows = []
    for s, t, d in tree.edges(data=True):
        s, t = sorted((s, t))
        rows.append({"corpus": corpus, "source": s, "target": t, "weight": d["weight"],
                     "community_source": tree.nodes[s]["community"],
                     "community_target": tree.nodes[t]["community"]})
    return sorted(rows, key=lambda r: (-r["weight"], r["source"], r["target"]))


def graphml(tree) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(tree)) + "\n"


def gexf(tree) -> str:
    import networkx as nx

    # networkx stamps the GEXF with today's date: fixed here so reruns are byte-identical
    text = "\n".join(nx.generate_gexf(tree)) + "\n"
    import re

    return re.sub(r'lastmodifieddate="[^"]*"', 'lastmodifieddate="2000-01-01"', text)
