"""A corpus too small to classify is skipped, not a failed run; every output is still written."""

import csv

from corpus import io as cio
from corpus.lexicometry import stage

WORDS = ["Les", "pharmaciens", "ont", "livré", "les", "masques", "aux", "infirmiers", "du", "quartier", "."]


def write_project(root):
    tables, interim = root / "tables", root / "interim"
    cio.write_csv(tables / "documents.csv", [{"doc_id": "d1", "kind": "presse", "region": "Occitanie"}],
                  cio.DOCUMENTS_COLUMNS)
    text = " ".join(WORDS)
    seg = {"doc_id": "d1", "segment_id": "d1-00001", "kind": "verbatim", "char_start": 0, "char_end": len(text),
           "speaker": "", "role": "pharmacien", "region": "Occitanie", "text": text}
    cio.write_csv(tables / "segments.csv", [seg], cio.SEGMENTS_COLUMNS)
    cio.write_csv(tables / "verbatims.csv", [seg], cio.VERBATIMS_COLUMNS)
    rows, pos = [], 0
    for i, w in enumerate(WORDS):
        pos_tag = "PUNCT" if w == "." else ("NOUN" if i in (1, 4, 6, 8) else "DET")
        rows.append({"segment_id": "d1-00001", "token_id": i, "char_start": pos, "char_end": pos + len(w),
                     "text": w, "lemma": w.lower().rstrip("s"), "pos": pos_tag, "is_stop": "0", "is_alpha": "1",
                     "sent_start": "1" if i == 0 else "0", "ent_type": "", "is_noise": "0"})
        pos += len(w) + 1
    cio.write_csv(interim / "d1" / "tokens.csv", rows, cio.TOKENS_COLUMNS)
    cio.write_text(interim / "d1" / "text.txt", text + "\n")
    return tables, interim


def test_a_one_quote_corpus_is_skipped_and_listed_unclassified(tmp_path):
    tables, interim = write_project(tmp_path)
    info = stage.run(interim, tables, {}, {}, 42, tmp_path / "figures", tmp_path / "exports")
    assert "skipped" in info["corpora"]["verbatims"]
    with open(tables / "chd_segments.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["corpus"] == "verbatims"]
    assert [r["class"] for r in rows] == ["0"]
    for corpus in ("verbatims", "body"):
        assert (tmp_path / "figures" / f"chd_dendrogram_{corpus}.svg").exists()
        assert (tmp_path / "exports" / f"similarity_{corpus}.gexf").exists()
    for name in ("chd_classes", "chd_profiles", "afc_rows", "afc_eigenvalues", "similarity_edges"):
        assert (tables / f"{name}.csv").exists()


def test_method_note_states_the_settings_in_force():
    note = stage.method_note({"unit_sizes": [12, 18], "min_kept_share": 0.75})
    assert "12 and 18" in note and "75 %" in note
    assert "Simple classification" in stage.method_note({"double": False})
