rule lexicon:
    input:
        themes=config["themes"],
    output:
        f"{INTERIM}/theme_patterns.json",
    log:
        f"{LOGS}/lexicon.log",
    benchmark:
        f"{RESULTS}/benchmarks/lexicon/lexicon.tsv"
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        model=config["model"],
    shell:
        "corpus lexicon --themes {input.themes:q} --model {params.model:q} -o {output:q} > {log:q} 2>&1"


rule themes:
    input:
        tokens=f"{INTERIM}/{{doc}}/tokens.csv",
        status=f"{INTERIM}/{{doc}}/status.json",
        patterns=f"{INTERIM}/theme_patterns.json",
    output:
        f"{INTERIM}/{{doc}}/theme_hits.csv",
    log:
        f"{LOGS}/themes/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/themes/{{doc}}.tsv"
    priority: analysis_priority
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        outdir=lambda wildcards, input: Path(input.tokens).parent,
    shell:
        "corpus themes {params.outdir:q} --doc-id {wildcards.doc} --patterns {input.patterns:q}"
        " > {log:q} 2>&1"


rule theme_tables:
    input:
        sheet=config["documents"],
        themes=config["themes"],
        config=CONFIG_RESOLVED,
        patterns=f"{INTERIM}/theme_patterns.json",
        status=per_doc("status.json"),
        segments=per_doc("segments.jsonl"),
        structure=per_doc("structure.csv"),
        tokens=per_doc("tokens.csv"),
        hits=per_doc("theme_hits.csv"),
        human=human_coding,
        examples=theme_examples,
    output:
        THEME_TABLES,
    log:
        f"{LOGS}/theme_tables.log",
    benchmark:
        f"{RESULTS}/benchmarks/theme_tables/theme_tables.tsv"
    conda:
        ENV
    resources:
        mem_mb=2000,
        runtime=10,
    params:
        interim=lambda w, input: Path(input.status[0]).parent.parent,
        outdir=lambda w, output: Path(output[0]).parent,
        dialect=CSV_DIALECT,
    shell:
        "corpus --csv-dialect {params.dialect:q} tables --interim {params.interim:q}"
        " --sheet {input.sheet:q} --themes {input.themes:q}"
        " --patterns {input.patterns:q} --config {input.config:q} -o {params.outdir:q} --part themes"
        " > {log:q} 2>&1 && corpus --csv-dialect {params.dialect:q} themes check --themes {input.themes:q}"
        " --interim-root {params.interim:q} --segment-themes {params.outdir:q}/segment_themes.csv"
        " -o {params.outdir:q}/lexicon_check.csv >> {log:q} 2>&1"
