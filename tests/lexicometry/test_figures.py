"""Figures: the dendrogram shows class sizes and top lemmas; SVGs are byte-stable; the CLI
reports bad input in one line."""

import numpy as np

from corpus.cli import main
from corpus.lexicometry import afc, chd, figures


def planted_result():
    rng = np.random.default_rng(0)
    rows = []
    for k in range(3):
        for _ in range(60):
            row = np.zeros(30)
            row[rng.choice(np.arange(10 * k, 10 * k + 10), 5, replace=False)] = 1
            row[rng.integers(30)] = 1
            rows.append(row)
    from scipy import sparse

    x = sparse.csr_matrix(np.array(rows))
    return chd.run(x, list(range(180)), [1, 1], 3, 5, 0.3, 3, False, 10, 3.84, 3, 0.5)


def test_dendrogram_shows_each_class_share_and_words(tmp_path):
    res = planted_result()
    shares = np.bincount(res.classes, minlength=res.kept_k + 1) / len(res.classes)
    class_rows = [{"class": k, "share": float(shares[k])} for k in range(res.kept_k + 1)]
    words = {k: [f"mot{k}a", f"mot{k}b"] for k in range(1, res.kept_k + 1)}
    path = tmp_path / "d.svg"
    figures.dendrogram(path, res, class_rows, words, "test")
    svg = path.read_text(encoding="utf-8")
    for k in range(1, res.kept_k + 1):
        assert f"Classe {k}" in svg and f"mot{k}a" in svg
        assert f"{100 * shares[k]:.1f} %" in svg
    again = tmp_path / "e.svg"
    figures.dendrogram(again, res, class_rows, words, "test")
    assert again.read_bytes() == path.read_bytes()


def test_factor_map_writes_modalities(tmp_path):
    table = np.array([[30, 5, 12], [4, 25, 9], [10, 11, 30], [7, 3, 4], [2, 9, 1]], dtype=float)
    ca = afc.fit(table, 2)
    path = tmp_path / "m.svg"
    figures.factor_map(path, ca, ["soin", "crise", "vaccin", "élu", "maire"], ["Occitanie", "Bretagne", "Corse"],
                       5, "test")
    svg = path.read_text(encoding="utf-8")
    assert "Occitanie" in svg and "Axis 1" in svg


def test_cli_missing_tables_is_one_error_line(tmp_path, capsys):
    code = main(["lexicometry", "--interim", str(tmp_path / "interim"), "--tables", str(tmp_path / "tables"),
                 "--figures", str(tmp_path / "f"), "--exports", str(tmp_path / "e")])
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert err.startswith("Error: ") and "segments.csv" in err and "\n" not in err
