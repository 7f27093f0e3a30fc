"""Focus groups and debates that give a speaker's role on the FIRST turn only ("Sandrine (IDEL) —
…", later "Sandrine — …"): both labels are one person, so they count together when deciding
whether labels take turns. The role shape is the conventions' NAMED_ROLE (a first name and a
parenthesised role), no word list of its own."""

from __future__ import annotations

from . import conventions as cv


def person_key(label: str) -> str:
    """The person a label names: "Sandrine (IDEL)" -> "Sandrine"; any other label unchanged."""
    m = cv.NAMED_ROLE.match(label)
    return m.group("name") if m else label


def merged_runs(labels: list[str]) -> list[str]:
    """A run's labels with first-turn roles folded into the person's later label: only where the
    bare name labels a LATER turn of the run and no earlier one (a lone "Youssef (MG)" stays as it
    is; "Interviewée (suite)" after "Interviewée" is a continuation, not a first turn)."""
    out = []
    for n, k in enumerate(labels):
        key = person_key(k)
        first = key != k and key in labels[n + 1:] and key not in labels[:n]
        out.append(key if first else k)
    return out


def first_turns(labels: list[str]) -> set[str]:
    """The labels of a run that are a first name with a parenthesised role: in a run already read
    as a dialogue, a person speaking once with their role is a speaker too."""
    return {k for n, k in enumerate(labels)
            if person_key(k) != k and person_key(k) not in labels[:n] and _one_role(k)}


def _one_role(label: str) -> bool:
    """The parentheses hold one role ("(MG)", "(kiné)"), not a description of who and where
    ("Auditeur (Hervé, Scaër)": a caller the host introduces, whose name is not the label's)."""
    m = cv.NAMED_ROLE.match(label)
    return bool(m) and "," not in m.group("role")


def full_name_label(label: str, labels) -> str | None:
    """The label that gave this first name's full name and role at its first turn ("Hélène" ->
    "Hélène Vasseur [médecin coordonnateur, DAC 80]", an edited webinar's transcript), when exactly
    one of ``labels`` does; None otherwise (a first name two speakers share names nobody)."""
    if len(label.split()) != 1:
        return None
    full = [k for k in labels if k != label and (m := cv.NAMED_ROLE.match(k))
            and len(m.group("name").split()) >= 2 and m.group("name").split()[0] == label]
    return full[0] if len(full) == 1 else None


def later_first_names(found: dict, accepted: dict) -> list[str]:
    """The labels of ``found`` that are the first name of an accepted full-name label, every one
    of their turns after its first: the same person, named shortly once introduced."""
    out = []
    for k, v in found.items():
        if k in accepted or v.shape != "name" or v.loose:
            continue
        full = full_name_label(k, accepted)
        if full and min(v.lines) > min(accepted[full].lines):
            out.append(k)
    return out
