"""bench/train_speaker_ranker.py: the same dump gives the same weights, byte for byte, and the
weights learnt put the annotated speaker first on the quotations they were learnt from."""

from __future__ import annotations

import json

import train_speaker_ranker as train

from corpus.segment import speaker_ranker as sr

# (lead-in, annotated speaker, quotation, the description a rule read: role, role_raw)
LINES = [
    ("Sylvie (54 ans, aide à domicile) parcourt les hameaux. Comme d'autres, elle décrit :", "Sylvie",
     "« Sur le papier j'ai une heure chez Mme V., mais je fais tout le reste. »"),
    ("Au bourg, Lou attend le bus devant la poste depuis une heure.", "",
     "« Quand il n'y a pas de bus, je ne descends pas. »"),
    ("Marc Aubin, infirmier libéral, résume :", "Marc Aubin",
     "« On se relaie le samedi avec ma collègue du bourg voisin. »"),
    ("Le rapport moral est adopté. Un bénévole ajoute :", "",
     "« Le silence aussi est une présence. »"),
    ("Odile (61 ans, auxiliaire de vie à Thiers) croise ses collègues le lundi. Elle raconte :", "Odile",
     "« On se passe les clés, on se dit qui va mal. »"),
    ("À la maison de santé, la coordinatrice, Nadia Roux, résume :", "Nadia Roux",
     "« Le planning tient sur un tableau blanc. »", ("coordinateur", "la coordinatrice")),
    ("Marc Aubin anime la réunion. Une infirmière du bourg répond :", "",
     "« On verra bien en septembre. »", ("infirmier", "une infirmière du bourg")),
    ("Léa Morin ouvre la séance. Un pharmacien ajoute :", "",
     "« Les gardes, c'est toujours les mêmes. »", ("pharmacien", "un pharmacien")),
    ("Chez les kinés, Hugo Petit, masseur-kinésithérapeute, raconte :", "Hugo Petit",
     "« Je fais quarante kilomètres par jour. »", ("kinesitherapeute", "masseur-kinésithérapeute")),
]


def _dump(tmp_path):
    text, segments, expected = "", [], []
    for lead, speaker, quote, *read in LINES * 3:  # enough pairs for both orientations
        role, role_raw = read[0] if read else ("inconnu", "")
        text += lead + "\n"
        segments.append({"kind": "narrative", "char_start": len(text) - len(lead) - 1, "char_end": len(text),
                         "speaker": "", "role": "", "role_raw": ""})
        start = len(text)
        text += quote + "\n"
        segments.append({"kind": "verbatim", "char_start": start, "char_end": start + len(quote),
                         "speaker": "", "role": role, "role_raw": role_raw})
        expected.append({"kind": "verbatim", "snippet": quote[2:30], "speaker": speaker, "role": "", "region": "",
                         "seg": len(segments) - 1})
    folder = tmp_path / "dump" / "segment_made_up"
    folder.mkdir(parents=True)
    (folder / "doc.json").write_text(json.dumps({"doc": {}, "text": text, "segments": segments,
                                                 "expected": expected}, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "dump"


def test_the_same_dump_gives_the_same_weights_and_they_rank_the_speaker_first(tmp_path):
    dump = _dump(tmp_path)
    rows = list(train.quotations(dump, set()))
    assert {r["described"] for r in rows} == {True, False}  # both kinds of quotation, each with its gate
    keys = sorted(next(ft for r in rows for _, ft, _ in r["cands"]))
    first, second = train.rounded(train.fit(rows, keys)), train.rounded(train.fit(rows, keys))
    assert json.dumps(first, sort_keys=True) == json.dumps(second, sort_keys=True)
    assert sorted(first["abstain_described"]["weights"]) == sorted(train.DESCRIPTION_KEYS)
    for r in rows:
        if r["item"]["speaker"]:
            _top, name, _lead = sr.top_and_lead([(sr.candidate_score(ft, first), c.text) for c, ft, _ in r["cands"]])
            assert name == r["item"]["speaker"]


def test_a_quotation_a_rule_gave_a_speaker_trains_as_if_nothing_was_read(tmp_path):
    dump = _dump(tmp_path)
    doc = dump / "segment_made_up" / "doc.json"
    j = json.loads(doc.read_text(encoding="utf-8"))
    seg = j["segments"][j["expected"][0]["seg"]]
    seg.update(speaker="Sylvie", role="autre", role_raw="54 ans, aide à domicile")
    doc.write_text(json.dumps(j, ensure_ascii=False), encoding="utf-8")
    rows = list(train.quotations(dump, set()))
    read = [r for r in rows if r["read"]]
    assert len(read) == 1 and not read[0]["described"] and read[0]["seg"]["role_raw"] == ""
    assert len(list(train.quotations(dump, set(), read=False))) == len(rows) - 1  # what evaluate() judges
