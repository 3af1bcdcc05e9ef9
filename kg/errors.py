"""Typed errors raised by the library; the CLI turns each into one line and a non-zero exit."""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error papers-kg raises on purpose."""


class InputError(KGError):
    """A bad input file or record: says which file, which line or record, and what is wrong."""

    def __init__(self, path: str, message: str, *, line: int | None = None, record: str | None = None) -> None:
        self.path = path
        self.line = line
        self.record = record
        self.reason = message
        where = path
        if line is not None:
            where += f":{line}"
        if record is not None:
            where += f" (record {record!r})"
        super().__init__(f"{where}: {message}")


class VocabularyError(KGError):
    """The vocabulary or schema files under schema/ are inconsistent."""


class StoreError(KGError):
    """The graph store is missing, locked or unreadable."""


class QueryError(KGError):
    """A SPARQL query failed to parse or evaluate, or a saved query or parameter is unknown."""


class ExportError(KGError):
    """An export cannot be written: unknown format, unsupported graph content, or a bad output path."""


class ValidationError(KGError):
    """The SHACL shapes cannot be read or the validation cannot run (not: the graph does not conform)."""


class ServeError(KGError):
    """The SPARQL server cannot start: no oxigraph binary, port in use, or no store."""


class PushError(KGError):
    """Loading the graph into an external SPARQL server failed: unreachable, refused, or an HTTP error."""


class ViewError(KGError):
    """The HTML view cannot be drawn as asked: an unknown --focus label, a query that selects nothing, ..."""
