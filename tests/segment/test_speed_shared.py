"""What segmentation computes once per document and shares (session 21, #14 speed): the person
registry (built by the context, reused by the pass over the finished segments), the methods lines
(the context's scan, reused by the informant role) and the headings' ends (read for every quote).
Each shared answer must be the one the unshared computation gives; near-misses: a document the
context read as other lines builds its own registry, a methods text naming two trades no role."""

from __future__ import annotations

import pytest
from segment_text import segment_at as _at
from segment_text import segment_lines as _segment

from corpus.segment import person_registry, segmenter
from corpus.segment.fallbacks import qualitative_scan, study_role
from corpus.segment.segmenter import Segmenter

PORTRAITS = ["Les gestes discrets de la coordination",
             "L'enquête a été menée en 2022 dans une maison de santé du Morvan.",
             "Le travail repose sur des outils modestes. Élodie (infirmière libérale, 38 ans) tient un cahier "
             "au domicile des patients.",
             "La tension se rejoue lors des réunions. Élodie ajoute : « on nous demande de venir à 20 h après la "
             "tournée, alors forcément ce sont toujours les mêmes qui viennent »."]
# an unseen variant: other names, a nickname, a code series, another region
NICKNAMES = ["Au cabinet de Lunel",
             "Nous avons suivi l'équipe pendant trois semaines. Bernard Castagné, que tous appellent « Nanard », "
             "kinésithérapeute, ouvre à sept heures.",
             "Les patients sont désignés P1 à P9 ; P4 vient chaque lundi.",
             "« Moi je viens pour parler autant que pour la rééducation, franchement », confie Nanard en riant.",
             "« Le lundi c'est mon jour, je ne le raterais pour rien au monde » (P4)."]


def _records(lines, gazetteer):
    _, segs = _segment(lines, gazetteer, doc={"kind": "article"})
    return [segmenter.segment_record(s) for s in segs]


@pytest.mark.parametrize("lines", [PORTRAITS, NICKNAMES])
def test_the_registry_is_built_once_and_gives_what_a_second_build_gives(gazetteer, monkeypatch, lines):
    shared = _records(lines, gazetteer)
    calls = []
    build = person_registry.build_registry

    def counted(text, gaz):
        calls.append(text)
        return build(text, gaz)

    monkeypatch.setattr("corpus.segment.discovery.build_registry", counted)
    monkeypatch.setattr(person_registry, "build_registry", counted)
    assert _records(lines, gazetteer) == shared
    assert len(calls) == 1  # the context's, not another for the finished segments
    apply = person_registry.apply_person_registry
    # the pass over the finished segments building its own registry: the same segments
    monkeypatch.setattr(segmenter, "apply_person_registry",
                        lambda segs, text, gaz, kinds, registry=None: apply(segs, text, gaz, kinds))
    assert _records(lines, gazetteer) == shared
    assert len(calls) == 3


def test_the_shared_registry_still_resolves_its_persons(gazetteer):
    text, segs = _segment(PORTRAITS, gazetteer, doc={"kind": "article"})
    s = _at(text, segs, "on nous demande de venir")
    assert (s.kind, s.speaker, s.role) == ("verbatim", "Élodie", "infirmier")
    text, segs = _segment(NICKNAMES, gazetteer, doc={"kind": "article"})
    assert _at(text, segs, "pour parler autant").speaker == "Bernard Castagné"
    assert _at(text, segs, "c'est mon jour").speaker == "P4"


def test_a_text_the_context_read_otherwise_builds_its_own_registry(gazetteer, monkeypatch):
    # near-miss: the context's lines joined are not the segmented text (lines cut at cues): the pass
    # over the finished segments builds the registry of the text it reads
    seg = Segmenter("\n".join(PORTRAITS) + "\n", {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
    assert seg.ctx.plain_text == seg.text and "Élodie" in seg.ctx.person_forms
    seg.ctx.plain_text = seg.text.replace("\n", " \n")
    seen = []
    apply = person_registry.apply_person_registry
    monkeypatch.setattr(segmenter, "apply_person_registry",
                        lambda segs, text, gaz, kinds, registry=None: seen.append(registry) or apply(segs, text, gaz, kinds, registry))
    segs = segmenter.build_segments(seg, [])
    assert seen == [None]
    s = _at(seg.text, segs, "on nous demande de venir")
    assert (s.speaker, s.role) == ("Élodie", "infirmier")


METHODS = [
    ["Méthode", "Six médecins généralistes de la Sarthe ont été interrogés lors d'entretiens semi-directifs.",
     "Les entretiens ont été enregistrés puis retranscrits."],
    # an unseen variant: another trade, another wording
    ["Matériel et méthode", "Nous avons mené douze entretiens individuels avec des pharmaciens d'officine de la Vienne.",
     "L'analyse thématique a suivi."],
    # near-miss: two trades, no single role
    ["Méthode", "Nous avons interrogé des médecins généralistes et des infirmières libérales en entretiens."],
    # near-miss: no methods words at all
    ["Introduction", "La coordination des soins est un enjeu ancien."],
]


@pytest.mark.parametrize("texts", METHODS)
def test_the_study_role_from_the_contexts_scan_is_the_scanned_one(texts):
    assert study_role(texts, qualitative_scan(texts)[2]) == study_role(texts)


def test_the_study_roles_of_the_methods_cases():
    assert [bool(study_role(t, qualitative_scan(t)[2])) for t in METHODS] == [True, True, False, False]


def test_informant_role_is_the_unshared_answer(gazetteer):
    for texts in METHODS:
        seg = Segmenter("\n".join(texts) + "\n", {"doc_id": "t", "region": "", "place": ""}, [], [], gazetteer)
        assert seg.informant_role == (seg.study_role or study_role(seg.ctx_texts))


def test_section_before_is_the_text_after_the_last_heading(gazetteer):
    lines = ["Introduction", "Le contexte des soins primaires en zone rurale.", "Résultats",
             "Une infirmière raconte : « on fait avec ce qu'on a ».", "Discussion",
             "Les résultats rejoignent ceux d'autres enquêtes."]
    text = "\n".join(lines) + "\n"
    starts = [text.index(h + "\n") for h in ("Introduction", "Résultats", "Discussion")] + [len(text)]
    structure = [{"char_start": a, "char_end": b, "kind": "body", "heading": text[a:text.index("\n", a)]}
                 for a, b in zip(starts, starts[1:])]
    seg = Segmenter(text, {"doc_id": "t", "region": "", "place": ""}, structure, [], gazetteer)
    assert len(seg.headings) == 3

    def plain(at, limit):  # the pass over every heading it replaces
        start = max(0, at - limit)
        heads = [seg.lines[i].end for i in seg.headings if 0 <= i < len(seg.lines) and start <= seg.lines[i].end <= at]
        return seg.text[max([start, *heads]):at]

    for limit in (1500, 400, 30, 0):
        for at in range(len(seg.text) + 1):
            assert seg._section_before(at, limit) == plain(at, limit), (at, limit)
    at = seg.text.index("« on fait")
    assert seg._section_before(at) == "\nUne infirmière raconte : "
    # headings changed after a first question: the ends are read again
    seg.headings = {i: e for i, e in seg.headings.items() if seg.lines[i].text != "Résultats"}
    assert seg._section_before(at) == plain(at, 1500) and seg._section_before(at).startswith("\nLe contexte")
