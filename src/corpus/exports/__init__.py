"""Exports for the tools researchers already use, read from the corpus tables and cleaned texts.

- ``iramuteq``: ``corpus_iramuteq.txt`` (ALCESTE format, starred variables, one variable per theme)
- ``refiqda``: ``corpus.qdpx`` (REFI-QDA project: sources, codes, codings, cases linked to passages)
- ``txm``: a folder for TXM's "TXT + CSV" import
- ``xlsx``: ``tables.xlsx``, every table as a sheet, for spreadsheet users

Each module's docstring describes its format. Nothing is recomputed here.
"""

from .common import (
                     ThemeSegment,
                     XmlCleaner,
                     guid,
                     load_tables,
                     majority_class,
                     ok_documents,
                     read_source_text,
                     theme_segments,
)
from .iramuteq import (
                     EMPTY_VALUE,
                     UNITS,
                     check_distinct_ids,
                     export_iramuteq,
                     iramuteq_header,
                     iramuteq_text,
                     iramuteq_value,
                     theme_variable,
                     theme_variables,
)
from .refiqda import (
                     CASE_VARIABLES,
                     QDA_NS,
                     SOURCE_VARIABLES,
                     SOURCES_DIR,
                     Selection,
                     build_project,
                     export_qdpx,
                     speaker_cases,
                     write_qdpx,
)
from .txm import MARKER as TXM_MARKER
from .txm import TXM_COLUMNS, export_txm
from .xlsx import column_type, export_xlsx

__all__ = [
                     "CASE_VARIABLES",
                     "EMPTY_VALUE",
                     "QDA_NS",
                     "SOURCES_DIR",
                     "SOURCE_VARIABLES",
                     "TXM_COLUMNS",
                     "TXM_MARKER",
                     "UNITS",
                     "Selection",
                     "ThemeSegment",
                     "XmlCleaner",
                     "build_project",
                     "check_distinct_ids",
                     "column_type",
                     "export_iramuteq",
                     "export_qdpx",
                     "export_txm",
                     "export_xlsx",
                     "guid",
                     "iramuteq_header",
                     "iramuteq_text",
                     "iramuteq_value",
                     "load_tables",
                     "majority_class",
                     "ok_documents",
                     "read_source_text",
                     "speaker_cases",
                     "theme_segments",
                     "theme_variable",
                     "theme_variables",
                     "write_qdpx",
]
