"""corpus: reproducible tables from a French corpus of theses and articles."""

__version__ = "0.1.0"
