"""A throw-away project folder for tests that run the workflow (the Snakefile stays in the repo)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def write_config(root: Path, seeds: list[int] | None = None) -> Path:
    """config/config.yaml for a small fixture corpus under root/data, with copies of the lexicons
    and gazetteer (copies: editing the repository's files must not re-run a test's jobs)."""
    (root / "config").mkdir(parents=True, exist_ok=True)
    for name in ("themes.yaml", "gazetteer.csv", "speakers.csv", "conventions.yaml"):
        shutil.copy(REPO / "config" / name, root / "config" / name)
    config = (REPO / "config" / "config.yaml").read_text(encoding="utf-8")
    config = config.replace("corpus_dir: data/corpus", "corpus_dir: data")
    # a few pages hold too few segments for the default topic grid
    config = re.sub(r"k_grid: \[[^\]]*\]", "k_grid: [2, 3]", config)
    config = re.sub(r"min_df: \d+", "min_df: 1", config)
    if seeds is not None:
        config = re.sub(r"seeds: \[[^\]]*\]", f"seeds: {seeds}", config)
    path = root / "config" / "config.yaml"
    path.write_text(config, encoding="utf-8")
    return path
