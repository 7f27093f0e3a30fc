"""Speaker turns: labelled lines of transcripts and focus groups."""

from __future__ import annotations

import re

from .attributions import parse_attribution_line
from .base import Line, Span, quote_balance
from .conventions import ATTRIBUTION, MODERATOR_LABELS, STAGE, TURN
from .speakers import normalize_role


class TurnHandlers:
    """Segmenter methods for labelled turns."""

    def _turn_ok(self, m: re.Match, ln: Line) -> bool:
        label = m.group("label")
        rest = ln.text[m.end():].strip()
        if not rest:
            return False
        if label.startswith("P") and label != "Plusieurs P" and label not in self.ctx.participants and self.ctx.participants:
            return False
        return True

    def _turn_block(self, i: int) -> int:
        lines = self.lines
        first = lines[i]
        m = TURN.match(first.text)
        opens = bool(m.group("lead")) or first.text[m.end():].lstrip().startswith("«")
        last = i
        if opens:
            depth = 0
            for k in range(i, min(len(lines), i + 16)):
                if k > i and (k in self.headings or ATTRIBUTION.match(lines[k].text.strip())
                              or parse_attribution_line(lines[k].text)):
                    break
                depth += quote_balance(lines[k].text)
                if depth <= 0:
                    last = k
                    break
        turns: list[tuple[int, int, str]] = []  # start, end, label
        for k in range(i, last + 1):
            ln = lines[k]
            tm = TURN.match(ln.text)
            if tm and (k == i or self._turn_ok(tm, ln)):
                label_start = ln.start + (tm.start("label") if k == i and not tm.group("lead") else 0)
                if k > i:
                    label_start = ln.start
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((label_start if k > i else ln.start, ln.end, tm.group("label")))
            elif STAGE.match(ln.text.strip()):
                # "Relance de l'animateur" inside a transcript: the moderator's
                if turns:
                    turns[-1] = (turns[-1][0], lines[k - 1].end, turns[-1][2])
                turns.append((ln.start, ln.end, "A"))
            elif turns:
                turns[-1] = (turns[-1][0], ln.end, turns[-1][2])
        for start, end, label in turns:
            self.spans.append(Span(start, end, *self._turn_kind(label, self.text[start:end])))
        return last + 1

    def _turn_kind(self, label: str, words: str) -> tuple[str, dict]:
        label = label.strip()
        if MODERATOR_LABELS.match(label):
            return "moderator", {"speaker": label, "role_raw": ""}
        if label == "Plusieurs P":
            return "turn", {"speaker": "", "role_raw": label, "role": "inconnu", "region": self.ctx.doc_region,
                            "place": self.ctx.doc_place}
        e = re.match(r"E(\d{1,3})\s?t?(?:\s?\((\d)\))?", label)
        if e:
            num, person = str(int(e.group(1))), int(e.group(2)) if e.group(2) else None
            role_raw, role, region = self.ctx.interview_identity(num, person, words)
            speaker = f"E{num}({person})" if person else f"Entretien n°{num}"
            place = self.ctx.interview_place(num)[1] if region else ""
            return "turn", {"speaker": speaker, "role_raw": role_raw, "role": role, "region": region,
                            "place": place}
        function = self.ctx.participants.get(label, "")
        return "turn", {"speaker": label, "role_raw": function, "role": normalize_role(function),
                        "region": self.ctx.doc_region, "place": self.ctx.doc_place}

    # -- verbatim annex tables (text | interview number)
