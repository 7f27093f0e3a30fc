"""The time a transcript writes after a speaker's label, in any of the notations broadcast and
interview transcripts use: "Journaliste (00:04) :", "Dr Célestine (0'19'') :", "Rosine (1’55”) :",
"Marc (2 min 10) :". It is when the turn starts, not who speaks: it belongs neither to the label
(the speaker is "Dr Célestine") nor to a role in parentheses ("Julie (IDE)"). The notations are
the language data's ``label_time_notations`` (lang/fr/label_times.yaml)."""

from __future__ import annotations


def elapsed_time(data: dict) -> str:
    """Alternation of the time notations a label may carry (regex source, no groups)."""
    notations = data.get("label_time_notations") or [r"\d{1,2}:\d{2}(?::\d{2})?"]
    return "|".join(f"(?:{n})" for n in notations)


def label_time(data: dict) -> str:
    """A time in parentheses or brackets after a label (regex source, no groups)."""
    return rf"\s*[\[(]\s*(?:{elapsed_time(data)})\s*[\])]"


def position_mark(data: dict) -> str:
    """What a transcript writes before a label to say where the turn stands (regex source, no
    groups, no trailing space): a time or a time range, bracketed or not ("[00:14:02 – 00:14:51]",
    "12:04"), a paragraph number ("§12"): the language data's ``label_position_marks``, their
    ``{time}`` any of ``label_time_notations``."""
    marks = data.get("label_position_marks") or [r"[\[(]?{time}[\])]?"]
    time = f"(?:{elapsed_time(data)})"
    return "|".join(f"(?:{m.replace('{time}', time)})" for m in marks)


def stamped_shapes(data: dict) -> str:
    """Label shapes a position mark vouches for (regex source, no groups; "(?!)" when none): a
    radio transcript's stations, "[03:30] Médecin CCMM :" (``stamped_label_shapes``)."""
    return "|".join(f"(?:{s})" for s in data.get("stamped_label_shapes") or []) or "(?!)"
