"""Exceptions the library raises. The CLI prints them as one line: ``Error: <message>``."""


class CorpusError(Exception):
    """Base class: a problem a researcher can act on (bad input, bad config)."""


class ConfigError(CorpusError):
    """config.yaml or themes.yaml is invalid."""


class DocumentSheetError(CorpusError):
    """documents.csv is malformed (missing column, bad encoding, duplicate id...)."""


class InputError(CorpusError):
    """An input document cannot be processed (not a PDF, encrypted, no text layer...)."""

    def __init__(self, path, problem):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class PdfError(InputError):
    """The PDF itself is unreadable or has no usable text."""


class NoTextLayerError(PdfError):
    """Every page lacks a text layer (scanned document)."""


class ResourceLimitError(PdfError):
    """Extraction exceeded the per-document time or memory bound."""


class ToolMissingError(CorpusError):
    """An optional external tool (ocrmypdf, tesseract) is not installed."""


class SourceChangedError(CorpusError):
    """An input file changed while a stage was reading it (the stage must fail and rerun)."""
