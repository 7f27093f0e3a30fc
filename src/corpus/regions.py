"""Moved to :mod:`corpus.segment.regions` (issue 14). This module re-exports its names so that
code written against the old path (other branches) keeps working; import from the new one."""

from .segment.regions import (
    REGIONS_2016,
    Gazetteer,
    Place,
    is_valid_region,
    load_gazetteer,
    regions_in_entities,
    resolve_region,
    single_region,
)

__all__ = ["REGIONS_2016", "Gazetteer", "Place", "is_valid_region", "load_gazetteer", "regions_in_entities",
           "resolve_region", "single_region"]
