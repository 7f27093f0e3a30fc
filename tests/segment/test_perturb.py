"""The convention perturbations of the brittleness benchmark (tests/perturb.py, run by
bench/perturb_conventions.py): each rewrites one convention in the text and the annotation
together, so the annotation stays true; deterministic under a seed; None where it does not apply."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from perturb import TRANSFORMS, annotation_true, full_text, label_set, perturb, speaker_tokens

DATA = Path(__file__).resolve().parents[1] / "data"


def doc(rel: str) -> dict:
    with open(DATA / rel, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


SOCIO = "segment_heldout/article_socio.yaml"
FOCUS = "segment_unseen16/focus_prenoms_tiret_cadratin_role_premiere_fois.yaml"
INTERVIEWS = "segment_heldout/annexe_entretiens.yaml"


def speakers(spec):
    return [i.get("speaker") for i in spec["expected"] if i["kind"] in ("verbatim", "turn")]


def test_code_word_renames_the_code_in_text_and_annotation():
    spec = doc(SOCIO)
    new = perturb(spec, "code_word", seed=0, doc="socio")
    text = full_text(new)
    assert "(I12," in full_text(spec) and "I12" not in text
    renamed = [s for s in speakers(new) if s]
    assert renamed and all(s.split()[0] in ("Enquêté", "Participant", "Interviewé", "Répondant") for s in renamed)
    # the same word for every code of the same letter, the number kept
    assert len({s.split()[0] for s in renamed}) == 1
    assert "12" in speakers(new)[speakers(spec).index("I12")]
    for s in renamed:
        assert s in text
    assert annotation_true(new)


def test_names_become_codes_and_codes_become_names_consistently():
    spec = doc(FOCUS)
    assert speaker_tokens(spec) == ["Sandrine", "Youssef", "Claire"]
    new = perturb(spec, "name_to_code", seed=0, doc="focus")
    text = full_text(new)
    assert "Sandrine" not in text and "Claire" not in text
    # Claire speaks twice: both turns carry the same new code
    claire = [n for o, n in zip(speakers(spec), speakers(new)) if o == "Claire"]
    assert len(claire) == 2 and claire[0] == claire[1] and claire[0] + " —" in text


def test_perturbation_is_deterministic_under_its_seed():
    spec = doc(SOCIO)
    assert perturb(spec, "code_to_initials", 3, "socio") == perturb(spec, "code_to_initials", 3, "socio")
    draws = {tuple(speakers(perturb(spec, "code_to_initials", seed, "socio"))) for seed in range(5)}
    assert len(draws) > 1


def test_separator_swap_keeps_the_labels_and_the_snippets():
    spec = doc(FOCUS)
    assert {"Animatrice", "Claire", "Sandrine"} <= label_set(spec)
    new = perturb(spec, "sep_colon", 0, "focus")
    text = full_text(new)
    assert "Animatrice : Pour commencer" in text and "Sandrine (IDEL) : Pour moi" in text
    assert " — " not in text.split("Animatrice", 1)[1]
    assert annotation_true(new)


def test_label_after_moves_participants_labels_only():
    spec = doc(FOCUS)
    new = perturb(spec, "label_after", 0, "focus")
    text = full_text(new)
    assert "Animatrice — Pour commencer" in text  # the facilitator keeps her label in front
    assert "les kinés, on a été un peu oubliés au début, il faut le dire. (Claire (kiné))" in text


def test_quote_marks_swapped_everywhere_snippets_included():
    spec = doc(SOCIO)
    new = perturb(spec, "quotes_curly", 0, "socio")
    assert "«" not in full_text(new) and "“" in full_text(new)
    assert not any("«" in i["snippet"] for i in new["expected"])
    assert annotation_true(new)


def test_block_quote_in_italics_loses_its_guillemets_only_where_it_fills_the_paragraph():
    spec = doc("segment_unseen4/rapport_encadres.yaml")
    new = perturb(spec, "quotes_block_italic", 0, "encadres")
    paras = [p for page in new["pages"] for p in page]
    assert ["italic", "Les tournées ont doublé. On passait chez des patients que personne d'autre ne voyait plus."] in paras


def test_role_words_abbreviated_but_the_role_annotated_stays():
    spec = doc(INTERVIEWS)
    new = perturb(spec, "roles_abbrev", 0, "interviews")
    text = full_text(new)
    assert "Entretien avec Mme L., MG, Bretagne" in text and "M. T., IDEL, Occitanie" in text
    assert [i.get("role") for i in new["expected"]] == [i.get("role") for i in spec["expected"]]


def test_region_given_as_one_of_its_departements():
    spec = doc(INTERVIEWS)
    new = perturb(spec, "region_as_departement", 0, "interviews")
    text = full_text(new)
    assert "Bretagne" not in text and "Occitanie" not in text
    assert any(d in text for d in ("Côtes-d'Armor", "Finistère", "Ille-et-Vilaine", "Morbihan"))
    assert [i.get("region") for i in new["expected"]] == [i.get("region") for i in spec["expected"]]


def test_transform_that_does_not_apply_gives_none():
    spec = doc(FOCUS)
    assert perturb(spec, "num_bracket", 0, "focus") is None  # no numbered paragraphs
    assert perturb(spec, "code_hyphen", 0, "focus") is None  # first names, no letter+number code


def test_annotation_true_rejects_a_snippet_the_text_lost():
    spec = doc(FOCUS)
    spec["expected"][2]["snippet"] = "Pour moi, ce n'est pas simple"
    assert not annotation_true(spec)


def test_every_transform_keeps_the_annotation_of_the_documents_it_changes():
    specs = [doc(SOCIO), doc(FOCUS), doc(INTERVIEWS)]
    changed = 0
    for name in TRANSFORMS:
        for k, spec in enumerate(specs):
            new = perturb(spec, name, 0, str(k))
            if new is not None:
                changed += 1
                assert annotation_true(new), name
                assert spec != new
    assert changed >= 20


def test_a_code_series_is_renamed_whole_quoted_or_not():
    spec = doc("segment_unseen10/these_mg_lignes.yaml")
    assert "(E1 à E9)" in full_text(spec)
    new = perturb(spec, "code_lower", 0, "lignes")
    text = full_text(new)
    assert "(e1 à e9)" in text and "(e10 et e11)" in text
    assert not any(f"E{k}" in text.split() for k in range(1, 12))


def test_label_shapes_rewrite_every_label_and_keep_the_annotation():
    spec = doc(FOCUS)
    for name, line in [("label_parens", "(Animatrice) Pour commencer"), ("label_brackets", "[Sandrine (IDEL)] Pour moi"),
                       ("label_close_paren", "Animatrice) Pour commencer"), ("label_pipe", "Animatrice | Pour commencer"),
                       ("label_caps_nosep", "SANDRINE (IDEL) Pour moi"), ("label_gt", "Claire > ")]:
        new = perturb(spec, name, 0, "focus")
        text = full_text(new)
        assert line in text, name
        assert "Animatrice — " not in text and annotation_true(new)


def test_label_bold_para_sets_the_label_above_the_answer():
    new = perturb(doc(FOCUS), "label_bold_para", 0, "focus")
    paras = [p for page in new["pages"] for p in page]
    k = paras.index(["bold", "Sandrine (IDEL)"])
    assert paras[k + 1][1].startswith("Pour moi, c'est simple")
    assert annotation_true(new)


def test_label_hash_numbers_the_codes_and_their_speakers():
    hashed = {}
    for path in sorted((DATA / "segment_unseen9").glob("*.yaml")) + sorted((DATA / "segment_unseen10").glob("*.yaml")):
        spec = doc(str(path.relative_to(DATA)))
        new = perturb(spec, "label_hash", 0, path.stem)
        if new:
            hashed[path.stem] = (spec, new)
    assert hashed
    for spec, new in hashed.values():
        said = [s for s in speakers(new) if s and s.startswith("#")]
        assert said and all(s[1:].isdigit() and s in full_text(new) for s in said)
        assert annotation_true(new)
# ---- quote and attribution transforms of session 8 (seggen4) ----------------------------------


def test_inner_marks_go_on_words_found_only_inside_quotations():
    spec = doc(SOCIO)
    new = perturb(spec, "quotes_inner_curly", 0, "socio")
    text = full_text(new)
    marked = re.findall(r"“(\w+)”", text)
    assert marked and all(f"“{w}”" in q for w in marked for q in re.findall(r"«[^«»]*“" + w + "”[^«»]*»", text))
    # narrative keeps its words unmarked: the chosen words never occur outside « »
    outside = re.sub(r"«[^«»]*»", " ", text)
    assert "“" not in outside
    assert annotation_true(new)


def test_reverse_nesting_puts_guillemets_inside_english_marks():
    new = perturb(doc(SOCIO), "quotes_inner_guillemets", 0, "socio")
    text = full_text(new)
    inner = re.findall(r"“[^“”]*« \w+ »[^“”]*”", text)
    assert inner and not re.search(r"«[^»]*“", text)
    assert annotation_true(new)


def test_incise_splits_a_long_quotation_and_the_item_keeps_both_halves():
    spec = {"doc": {"doc_id": "x"}, "pages": [[["", "Une infirmière le résume : « On se voyait tous les "
            "jours à la pharmacie du quartier, et quand la crise est arrivée on savait déjà vers qui se tourner "
            "sans attendre » (E4, infirmière)."]]],
            "expected": [{"kind": "verbatim", "snippet": "tous les jours à la pharmacie du quartier, et quand la crise",
                          "speaker": "E4"}]}
    new = perturb(spec, "quote_incise", 0, "x")
    text = full_text(new)
    assert "« On se voyait tous les jours à la pharmacie du quartier », " in text
    assert ", « et quand la crise est arrivée on savait" in text
    item = new["expected"][0]
    assert item["snippet"] == "tous les jours à la pharmacie du quartier"
    assert item["also"] == ["et quand la crise"]
    assert annotation_true(new)


def test_attribution_in_small_capitals_changes_only_the_attribution():
    new = perturb(doc(SOCIO), "attr_small_caps", 0, "socio")
    text = full_text(new)
    assert "(I12, INFIRMIÈRE LIBÉRALE, 45 ANS, GIRONDE)" in text
    assert "» (I2, MÉDECIN GÉNÉRALISTE, LYON)" in text
    assert "Comme le rappellent Bloch et Hénaut (2014)" in text  # not after a quotation
    assert [i.get("role") for i in new["expected"]] == [i.get("role") for i in doc(SOCIO)["expected"]]


def test_attribution_moved_to_a_numbered_list_at_the_end_of_the_page():
    new = perturb(doc(SOCIO), "attr_note_list", 0, "socio")
    paras = [t for page in new["pages"] for _, t in page]
    assert any(t.endswith("« la communauté a surtout servi à mettre des noms sur des visages » [1].") for t in paras)
    assert "[1] I9, Lyon." in paras and "[2] I2, médecin généraliste, Lyon." in paras
    assert paras.index("[1] I9, Lyon.") > paras.index("Comme le rappellent Bloch et Hénaut (2014), la coordination "
                                                         "« ne se décrète pas » et suppose un travail d'articulation. "
                                                         "Le terme de « territoire » revient d'ailleurs dans tous les "
                                                         "entretiens.")
    assert annotation_true(new)


def _one_page(*paras):
    return {"doc": {"doc_id": "t"}, "pages": [[["", p] for p in paras]],
            "expected": [{"kind": "narrative", "snippet": paras[0][:20]}]}


def test_attr_paren_after_moves_attributions_only_not_sentences_or_bullets():
    # s28-segperturb11: the lead-in holding a sentence's end stays a lead-in; a list's bullet stays in
    # front; a one-letter label gives "(A)", not "(A )"
    spec = _one_page("Le bureau a rappelé les règles.",
                     "2. Conformité aux statuts. L'article 9 des statuts dispose : « Le bureau se réunit chaque mois. »",
                     "– IDE 1 : « On n'a jamais eu autant de demandes. »",
                     "A : « Vous avez des antécédents ? »",
                     "M. Dupont, pharmacien : « La garde, c'est tous les dimanches. »")
    paras = [t for _, t in perturb(spec, "attr_paren_after", 0, "t")["pages"][0]]
    assert paras[1].startswith("2. Conformité aux statuts.")
    assert paras[2] == "– « On n'a jamais eu autant de demandes. » (IDE 1)"
    assert paras[3] == "« Vous avez des antécédents ? » (A)"
    assert paras[4] == "« La garde, c'est tous les dimanches. » (M. Dupont, pharmacien)"
