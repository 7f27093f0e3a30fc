rule segment:
    input:
        text=f"{INTERIM}/{{doc}}/text.txt",
        pages=f"{INTERIM}/{{doc}}/pages.csv",
        styles=f"{INTERIM}/{{doc}}/styles.csv",
        structure=f"{INTERIM}/{{doc}}/structure.csv",
        status=f"{INTERIM}/{{doc}}/status.json",
        notes=f"{INTERIM}/{{doc}}/notes.csv",
        gazetteer=config["gazetteer"],
        speakers=config["speakers"],
        conventions=config["conventions"],
    output:
        f"{INTERIM}/{{doc}}/segments.jsonl",
    log:
        f"{LOGS}/segment/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/segment/{{doc}}.tsv"
    priority: analysis_priority
    conda:
        ENV
    resources:
        mem_mb=1000,
        runtime=10,
    params:
        outdir=lambda wildcards: f"{INTERIM}/{wildcards.doc}",
        sheet=config["documents"],
        row=row_digest,
        entities=(
            ["--section-entities"] if config["segment"]["section_entities"] else []
        ),
    shell:
        "corpus segment {params.outdir:q} --doc-id {wildcards.doc} --sheet {params.sheet:q}"
        " --gazetteer {input.gazetteer:q} --speakers {input.speakers:q}"
        " --conventions {input.conventions:q} {params.entities:q} > {log:q} 2>&1"
