rule extract:
    input:
        pdf=pdf_of,
    output:
        text=f"{INTERIM}/{{doc}}/text.txt",
        pages=f"{INTERIM}/{{doc}}/pages.csv",
        styles=f"{INTERIM}/{{doc}}/styles.csv",
        structure=f"{INTERIM}/{{doc}}/structure.csv",
        audit=f"{INTERIM}/{{doc}}/audit.csv",
        status=f"{INTERIM}/{{doc}}/status.json",
        notes=f"{INTERIM}/{{doc}}/notes.csv",
        times=f"{INTERIM}/{{doc}}/times.csv",
        speakers_hint=f"{INTERIM}/{{doc}}/speakers_hint.csv",
    log:
        f"{LOGS}/extract/{{doc}}.log",
    benchmark:
        f"{RESULTS}/benchmarks/extract/{{doc}}.tsv"
    priority: extract_priority
    conda:
        ENV
    threads: threads_for_size(config["extract"]["page_workers"])
    resources:
        mem_mb=lambda wildcards, threads: config["extract"]["memory_mb"] * threads,
        runtime=config["extract"]["timeout_seconds"] // 60 + 5,
    params:
        outdir=lambda wildcards: f"{INTERIM}/{wildcards.doc}",
        timeout=config["extract"]["timeout_seconds"],
        memory=config["extract"]["memory_mb"],
        low_text=str(config["extract"]["allow_low_text"]).lower(),
    shell:
        "corpus extract {input.pdf:q} --doc-id {wildcards.doc} -o {params.outdir:q}"
        " --timeout {params.timeout:q} --memory-mb {params.memory:q} --page-workers {threads}"
        " --allow-low-text {params.low_text:q}"
        " > {log:q} 2>&1"
