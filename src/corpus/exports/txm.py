"""TXM "TXT + CSV" import folder: ``<doc_id>.txt`` per document (the cleaned text) and
``metadata.csv`` whose first column is ``id`` (the file name without ``.txt``), ASCII column names.

The folder given with ``-o`` belongs to the export: it is built complete beside itself and then
put in place (rename), so a reader never sees a half-written folder and a document removed from
the corpus does not linger. A folder the export did not write is never emptied: an existing folder
is replaced only when it is empty or when every file in it is listed in its ``.corpus-export``
marker (what the previous export wrote); otherwise the export stops and names the folder.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from .. import io as cio
from ..errors import CorpusError
from .common import load_tables, ok_documents, read_source_text

TXM_COLUMNS = ["id", "title", "authors", "year", "kind", "venue", "language", "region",
               "place", "n_pages", "n_tokens", "n_verbatims"]
MARKER = ".corpus-export"


def export_txm(tables_dir, interim_root, sheet: list[dict], out_dir) -> int:
    """One <doc_id>.txt per document + metadata.csv (id first, ASCII column names)."""
    tables = load_tables(tables_dir)
    out_dir = Path(out_dir)
    check_replaceable(out_dir)
    rows_by_id = {r["doc_id"]: r for r in sheet}
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    build = Path(tempfile.mkdtemp(dir=out_dir.parent, prefix=f".{out_dir.name}.", suffix=".tmp"))
    try:
        meta = []
        for doc in ok_documents(tables["documents"]):
            doc_id = doc["doc_id"]
            cio.write_text(build / f"{doc_id}.txt", read_source_text(interim_root, doc_id))
            row = rows_by_id.get(doc_id, {})
            meta.append({**{c: row.get(c, "") for c in TXM_COLUMNS}, "id": doc_id,
                         "title": doc["title"], "year": doc["year"], "kind": doc["kind"],
                         "region": doc["region"], "n_pages": doc["n_pages"],
                         "n_tokens": doc["n_tokens"], "n_verbatims": doc["n_verbatims"]})
        cio.write_csv(build / "metadata.csv", meta, TXM_COLUMNS)
        names = sorted(p.name for p in build.iterdir())
        cio.write_text(build / MARKER, "".join(f"{n}\n" for n in names))
        os.chmod(build, 0o755)  # mkdtemp makes 0700; results are meant to be shared
        replace_dir(build, out_dir)
    finally:
        if build.exists():
            shutil.rmtree(build)
    return len(meta)


def check_replaceable(out_dir: Path) -> None:
    """Refuse to replace a folder holding files this export did not write."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise CorpusError(f"{out_dir}: exists and is not a folder; choose a new folder for the TXM export")
    present = sorted(p.name for p in out_dir.iterdir())
    if not present:
        return
    marker = out_dir / MARKER
    ours = set(cio.read_text(marker).split("\n")) - {""} if marker.is_file() else set()
    foreign = [n for n in present if n != MARKER and n not in ours]
    if foreign:
        shown = ", ".join(foreign[:3]) + (" …" if len(foreign) > 3 else "")
        raise CorpusError(f"{out_dir}: holds files the TXM export did not write ({shown}); "
                          "choose a new or empty folder (nothing was changed)")


def replace_dir(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``: the old folder is renamed aside first, then removed."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
        os.rmdir(old)
        os.rename(target, old)
    try:
        os.rename(new, target)
    except BaseException:
        if old is not None:
            os.rename(old, target)
        raise
    if old is not None:
        shutil.rmtree(old)
