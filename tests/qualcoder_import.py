"""Import a .qdpx with QualCoder's own REFI-QDA importer, headless, and print what it loaded.

Usage: python tests/qualcoder_import.py QUALCODER_CHECKOUT FILE.qdpx WORK_DIR
(run with QT_QPA_PLATFORM=offscreen, by a Python that has QualCoder's GUI dependencies: PyQt6,
pymupdf, Pillow). Prints one JSON object: counts of what QualCoder stored in its project database,
and every check of coded text against the source text.

Nothing of QualCoder is copied here: its importer (``qualcoder/refi.py``) is imported from the
checkout, and the project database is created with the CREATE TABLE statements of the checkout's
own ``new_project`` (read from its source), so the import runs exactly as in the application,
minus the file dialog (answered with FILE.qdpx) and the message boxes (recorded, not shown).
"""

from __future__ import annotations

import ast
import builtins
import json
import shutil
import sqlite3
import sys
from pathlib import Path


def package_root(checkout: Path) -> Path:
    """The folder holding the ``qualcoder`` package: the checkout itself or its ``src/``."""
    for candidate in (checkout / "src", checkout):
        if (candidate / "qualcoder" / "refi.py").is_file():
            return candidate
    raise SystemExit(f"{checkout}: no qualcoder/refi.py (not a QualCoder checkout)")


def schema_statements(main_py: Path) -> list[str]:
    """The CREATE TABLE strings that QualCoder's ``new_project`` executes, in order."""
    tree = ast.parse(main_py.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name == "new_project":
            return [n.value for n in ast.walk(node)
                    if isinstance(n, ast.Constant) and isinstance(n.value, str)
                    and n.value.lstrip().upper().startswith("CREATE TABLE")]
    raise SystemExit(f"{main_py}: no new_project function")


class App:
    """The part of QualCoder's App object that the importer uses."""

    def __init__(self, project: Path):
        self.project_path = str(project)
        self.conn = sqlite3.connect(project / "data.qda")
        self.settings = {"codername": "corpus-test", "directory": str(project.parent),
                         "ai_enable": "False"}
        self.ai_models = []
        self.project_events = None

    def write_config_ini(self, *args, **kwargs):  # the user's QualCoder settings: not touched
        pass


class Log:
    def __init__(self):
        self.lines: list[str] = []

    def append(self, text):
        self.lines.append(str(text))


def main(checkout: str, qdpx: str, work: str) -> None:
    root = package_root(Path(checkout))
    sys.path.insert(0, str(root))
    builtins._ = lambda s: s  # QualCoder installs gettext's _ at start-up

    try:
        from PyQt6 import QtWidgets
    except ImportError as exc:
        raise SystemExit(f"{sys.executable}: {exc}; QualCoder's importer needs PyQt6, pymupdf and "
                         "Pillow: set QUALCODER_PYTHON to a Python that has them") from None
    qt_app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from qualcoder import refi

    work_dir = Path(work)
    project = work_dir / "import.qda"
    for sub in ("", "documents", "images", "audio", "video"):
        (project / sub).mkdir(parents=True, exist_ok=True)
    app = App(project)
    for sql in schema_statements(root / "qualcoder" / "__main__.py"):
        app.conn.execute(sql)
    app.conn.commit()

    target = work_dir / Path(qdpx).name
    shutil.copyfile(qdpx, target)
    messages = []

    class Message:  # QualCoder's modal message box, recorded instead of shown
        def __init__(self, app_, title, text, icon="", *a, **k):
            messages.append(f"{title}: {text}")

        def exec(self):
            return 0

    refi.Message = Message
    QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(target), "qdpx"))
    log = Log()
    refi.RefiImport(app, log, "qdpx")
    qt_app.processEvents()

    cur = app.conn.cursor()

    def one(sql, *params):
        return cur.execute(sql, params).fetchone()[0]

    fulltext = dict(cur.execute("select id, fulltext from source").fetchall())
    mismatched = [r for r in cur.execute("select fid, pos0, pos1, seltext from code_text")
                  if fulltext[r[0]][r[1]:r[2]] != r[3]]
    case_bad = [r for r in cur.execute("select fid, pos0, pos1 from case_text")
                if not 0 <= r[1] < r[2] <= len(fulltext[r[0]])]
    report = {
        "sources": one("select count(*) from source"),
        "codes": one("select count(*) from code_name"),
        "categories": one("select count(*) from code_cat"),
        "codings": one("select count(*) from code_text"),
        "codings_with_memo": one("select count(*) from code_text where memo != ''"),
        "cases": one("select count(*) from cases"),
        "case_links": one("select count(*) from case_text"),
        "cases_linked": one("select count(distinct caseid) from case_text"),
        "case_attributes": one("select count(*) from attribute where attr_type='case'"),
        "file_attributes": one("select count(*) from attribute where attr_type='file'"),
        "attribute_types": dict(cur.execute("select name, caseOrFile from attribute_type").fetchall()),
        "source_memos": one("select count(*) from source where memo != ''"),
        "annotations": one("select count(*) from annotation"),
        "codings_text_mismatch": len(mismatched),
        "case_links_out_of_range": len(case_bad),
        "codings_per_code": dict(cur.execute(
            "select code_name.name, count(code_text.ctid) from code_name left join code_text "
            "on code_text.cid = code_name.cid group by code_name.name order by code_name.name")),
        "file_attribute_sample": [list(r) for r in cur.execute(
            "select source.name, attribute.name, attribute.value from attribute join source "
            "on source.id = attribute.id where attr_type='file' order by source.name, attribute.name")],
        "errors": [line for line in log.lines if "rror" in line or "Cannot" in line],
        "messages": messages,
    }
    print(json.dumps(report, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main(*sys.argv[1:4])
