# Lexicometry (src/corpus/lexicometry/): Reinert CHD with double classification, correspondence
# analyses and the similarity graph of each corpus, as IRaMuTeQ and rainette compute them.
LEXICOMETRY = config["lexicometry"]
LEX_CORPORA = LEXICOMETRY.get("corpora", ["verbatims", "body"])
LEX_AFC_TABLES = LEXICOMETRY.get("afc_tables", ["document", "region", "role", "class"])
LEX_TABLE_NAMES = [
    "chd_segments",
    "chd_classes",
    "chd_profiles",
    "chd_top_segments",
    "afc_rows",
    "afc_columns",
    "afc_eigenvalues",
    "similarity_edges",
]
LEX_TABLES = [f"{RESULTS}/tables/{name}.csv" for name in LEX_TABLE_NAMES]
LEX_FIGURES = (
    [f"{RESULTS}/figures/chd_dendrogram_{c}.svg" for c in LEX_CORPORA]
    + [
        f"{RESULTS}/figures/afc_{c}_{t}.svg"
        for c in LEX_CORPORA
        for t in LEX_AFC_TABLES
    ]
    + [f"{RESULTS}/figures/similarity_{c}.svg" for c in LEX_CORPORA]
)
LEX_GRAPHS = [
    f"{RESULTS}/exports/similarity_{c}.{ext}"
    for c in LEX_CORPORA
    for ext in ("graphml", "gexf")
]
LEXICOMETRY_OUTPUTS = LEX_TABLES + LEX_FIGURES + LEX_GRAPHS


# Per-segment theme decisions when the workflow makes them, else the lexicon's hits.
LEX_CODED = f"{RESULTS}/tables/segment_themes.csv"
LEX_THEME_TABLE = (
    LEX_CODED if LEX_CODED in TABLES else f"{RESULTS}/tables/theme_hits.csv"
)


rule lexicometry:
    input:
        documents=f"{RESULTS}/tables/documents.csv",
        segments=f"{RESULTS}/tables/segments.csv",
        verbatims=f"{RESULTS}/tables/verbatims.csv",
        themes=LEX_THEME_TABLE,
        structure=per_doc("structure.csv"),
        tokens=per_doc("tokens.csv"),
        pages=per_doc("pages.csv"),
        texts=per_doc("text.txt"),
        config=CONFIG_RESOLVED,
    output:
        LEXICOMETRY_OUTPUTS,
    log:
        f"{LOGS}/lexicometry.log",
    benchmark:
        f"{RESULTS}/benchmarks/lexicometry/lexicometry.tsv"
    conda:
        ENV
    resources:
        mem_mb=1500,
        runtime=15,
    params:
        interim=lambda w, input: Path(input.tokens[0]).parent.parent,
        tables=lambda w, output: Path(output[0]).parent,
        figures=lambda w, output: Path(LEX_FIGURES[0]).parent,
        exports=lambda w, output: Path(LEX_GRAPHS[0]).parent,
        settings=LEXICOMETRY,
        dialect=CSV_DIALECT,
    shell:
        "corpus --csv-dialect {params.dialect:q} lexicometry --interim {params.interim:q} --tables {params.tables:q}"
        " --figures {params.figures:q} --exports {params.exports:q}"
        " --themes-table {input.themes:q} --config {input.config:q} > {log:q} 2>&1"
