"""Moved to :mod:`corpus.segment.speakers` (issue 14). This module re-exports its names so that
code written against the old path (other branches) keeps working; import from the new one."""

from .clean import fold
from .segment.speakers import (
    ROLES,
    InterviewCard,
    interview_cards,
    normalize_role,
    participant_rows,
    participant_table,
)

__all__ = ["ROLES", "InterviewCard", "fold", "interview_cards", "normalize_role", "participant_rows",
           "participant_table"]
