"""The HTML report: an index page, one page per document and a filterable verbatims page."""

from .audit import FULL_TEXT_MAX_CHARS, KWIC_WIDTH, audit_view
from .build import (
           build_document,
           build_index,
           build_report,
           build_verbatims,
           check_links,
)

__all__ = ["FULL_TEXT_MAX_CHARS", "KWIC_WIDTH", "audit_view", "build_document", "build_index",
           "build_report", "build_verbatims", "check_links"]
