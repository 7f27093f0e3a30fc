"""The segment tests' gazetteer (config/gazetteer.csv), read once for them all.

tests/segment is a package (its __init__.py) so that this conftest is imported as
"segment.conftest": the test files' `from conftest import GAZETTEER_PATH` keeps naming tests/conftest.py.
"""

from __future__ import annotations

import pytest
from conftest import GAZETTEER_PATH

from corpus.segment.regions import load_gazetteer


@pytest.fixture(scope="session")
def gazetteer():
    return load_gazetteer(str(GAZETTEER_PATH))
