"""Documents WITHOUT interview material must stay at 0 speech items (issue #14, session 8, seggen6).

Takes every negative document of the segmentation sets (a YAML of tests/heldout.py whose
``expected`` holds no verbatim/turn item: a glossary, a play, an interview guide, a chatbot
specification ...), including the look-alikes of tests/data/segment_negatives_s8, segments each one
like tests/heldout.py (typeset to PDF, extracted, segmented) and lists every false item: its kind,
speaker, attr_source and the segment readers that fired on the document (a trace: the functions
of corpus.segment the segmenter calls, recorded when they return something, the segment's speaker
among their keys marked with *). Then applies the convention perturbations of tests/perturb.py to
the negatives (one transform at a time) and counts the false items per transform.

    PYTHONPATH=src:tests nice .venv/bin/python bench/negatives.py [--sets ...] [--no-perturb] [--json out.json]

Run on demand, not part of `make test` (about two minutes for the documents, six more for the
transforms on the shared 2-core machine). Results: bench/NEGATIVES.md.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import heldout  # noqa: E402
from perturb import SPEECH, TRANSFORMS, perturb  # noqa: E402

SETS = ["segment_heldout", "segment_unseen", *(f"segment_unseen{k}" for k in
                                                (2, 3, 4, 5, 6, 7, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21)),
        *(f"segment_real{k}" for k in (8, 12, 14, 17, 18, 19, 20, 21)), "segment_dev11", "segment_negatives_s8",
        "segment_negatives_s9"]
# helpers of the segmenter that are plumbing, not readers of a convention
NOT_READERS = {"split_lines", "split_at_cues", "fold_quote_marks", "normalize_role", "describe", "apposition",
               "structure_info", "turns_are_body", "numbered_notes", "declared_turn", "interview_header",
               "_partition", "_prefix_length", "build_segments", "segment_text", "load_gazetteer", "resolve_region",
               "transcript_intro_region", "classify_quote", "find_quotes", "demote_not_speech", "demote_copy_formulas",
               "describe_from_key", "announced_codes", "example_roles", "resolve_same_speakers",
               "demote_field_quotes"}


def is_negative(spec: dict) -> bool:
    return not any(item["kind"] in SPEECH for item in spec.get("expected", []))


def load_negatives(sets: list[str]) -> list[tuple[str, dict]]:
    docs = []
    for name in sets:
        for path in sorted((ROOT / "tests" / "data" / name).glob("*.yaml")):
            spec = heldout.load(path)
            if is_negative(spec):
                docs.append((f"{name}/{path.stem}", spec))
    return docs


class Trace:
    """Records which reader functions of corpus.segment returned something while a document was
    segmented (the segmenter module's globals wrapped for the benchmark's run only)."""

    def __init__(self) -> None:
        from corpus.segment import segmenter

        self.fired: dict[str, object] = {}
        self.module = segmenter
        self.saved = {}
        for name, fn in vars(segmenter).items():
            if (callable(fn) and getattr(fn, "__module__", "").startswith("corpus.segment.")
                    and not isinstance(fn, type) and name not in NOT_READERS):
                self.saved[name] = fn
                setattr(segmenter, name, self._wrap(name, fn))

    def _wrap(self, name, fn):
        @functools.wraps(fn)
        def recorded(*args, **kwargs):
            out = fn(*args, **kwargs)
            if out and not isinstance(out, (str, bool)) and name not in self.fired and not _lines_out(out):
                self.fired[name] = out
            return out
        return recorded

    def reset(self) -> None:
        self.fired = {}

    def readers(self, speaker: str) -> list[str]:
        keyed = [n for n, out in self.fired.items() if isinstance(out, dict) and speaker and speaker in out]
        return [f"{n}*" for n in sorted(keyed)] + sorted(n for n in self.fired if n not in keyed)

    def close(self) -> None:
        for name, fn in self.saved.items():
            setattr(self.module, name, fn)


def _lines_out(out) -> bool:
    """A function that returns the document's lines (cut or not) says nothing by returning."""
    first = out[0] if isinstance(out, (list, tuple)) and out else None
    if isinstance(out, tuple) and first is not None and isinstance(first, list):
        first = first[0] if first else None
    return first is not None and type(first).__name__ == "TextLine"


def false_items(spec: dict, work: Path, trace: Trace | None) -> list[dict]:
    if trace:
        trace.reset()
    _, segments = heldout.segment_document(spec, work)
    out = []
    for s in segments:
        if s["kind"] in SPEECH and s["text"].strip():
            out.append({"kind": s["kind"], "speaker": s["speaker"], "attr_source": s.get("attr_source", ""),
                        "text": " ".join(s["text"].split())[:70],
                        "readers": trace.readers(s["speaker"]) if trace else []})
    return out


def run(sets: list[str], transforms: list[str], seed: int = 0) -> dict:
    docs = load_negatives(sets)
    out = {"seed": seed, "documents": {}, "transforms": {}}
    trace = Trace()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            for key, spec in docs:
                out["documents"][key] = false_items(spec, work, trace)
            for name in transforms:
                changed, fp, where = 0, 0, []
                for key, spec in docs:
                    new = perturb(spec, name, seed, key)
                    if new is None:
                        continue
                    changed += 1
                    items = false_items(new, work, None)
                    fp += len(items)
                    if items:
                        where.append({"doc": key, "fp": len(items), "first": items[0]["text"]})
                out["transforms"][name] = {"changed": changed, "fp": fp, "where": where}
    finally:
        trace.close()
    return out


def report(out: dict) -> str:
    docs = out["documents"]
    lines = [f"Negative documents: {len(docs)}; with a false item: {sum(1 for v in docs.values() if v)}; "
             f"false items: {sum(len(v) for v in docs.values())}.", "",
             "| document | false items | kind | speaker | attr_source | readers that fired (* = keyed the speaker) | text |",
             "|---|---|---|---|---|---|---|"]
    for key, items in docs.items():
        for it in items:
            lines.append(f"| {key} | {len(items)} | {it['kind']} | {it['speaker']} | {it['attr_source']} | "
                         f"{', '.join(it['readers'])} | {it['text'].replace('|', '/')} |")
    if out["transforms"]:
        lines += ["", "| transform | negatives changed | false items | where |", "|---|---|---|---|"]
        for name, t in out["transforms"].items():
            where = "; ".join(f"{w['doc']} ({w['fp']})" for w in t["where"])
            lines.append(f"| {name} | {t['changed']} | {t['fp']} | {where} |")
    return "\n".join(lines)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=SETS)
    ap.add_argument("--transforms", nargs="*", default=list(TRANSFORMS))
    ap.add_argument("--no-perturb", action="store_true")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    out = run(args.sets, [] if args.no_perturb else args.transforms, args.seed)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(report(out))


if __name__ == "__main__":
    main()
