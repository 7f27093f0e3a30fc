"""Small text helpers shared by the audit view, the figures and the templates."""

from __future__ import annotations

import html
import re

from markupsafe import Markup


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def anchor(*parts: str) -> str:
    """An id safe in a URL fragment, stable for the same parts."""
    return "-".join(re.sub(r"[^A-Za-z0-9_-]+", "_", str(p)) for p in parts)


def num(value, digits: int = 0) -> str:
    """A table cell as a rounded number; non-numbers are shown as they are."""
    try:
        x = float(value)
    except (TypeError, ValueError):
        return esc(value)
    if digits == 0 and x == int(x):
        return f"{int(x):,}".replace(",", " ")
    return f"{x:,.{digits}f}".replace(",", " ")


def empty(what: str) -> Markup:
    return Markup(f"<p class='note'>No {esc(what)} in this run.</p>")


