"""Themes: lexicons matched on lemmas (lexicon), per-segment coding (coding), agreement with a
human coding (agreement), a classifier trained on it (autocode) and lexicon health (check).

The public names of the former single module stay importable from ``corpus.themes``.
"""

from . import examples  # noqa: E402, F401  (registers the coder by example in coding.CODERS)
from .lexicon import (  # noqa: F401
    EXACT,
    GAP,
    KWIC_WIDTH,
    MAX_GAP,
    MAX_VARIANTS,
    OPTIONAL,
    WORD,
    PatternIndex,
    build_matchers,
    compile_patterns,
    corpus_vocabulary,
    entry_key,
    filter_spans,
    find_hits,
    format_kwic,
    is_punct,
    kwic,
    kwic_lines,
    load_patterns,
    load_themes,
    match_spans,
    match_text,
    run,
    suggest,
    write_patterns,
)
