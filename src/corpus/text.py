"""Accent and case folding for matching words, shared by every stage."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """'Île-de-France' -> 'Ile-de-France': decomposed, combining marks dropped (case kept)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case without accents, for matching words and descriptions."""
    return strip_accents(text.lower())
