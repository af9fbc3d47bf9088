"""Read from the store, write files: one module per format.

    tei.export_tei(store, out_dir, document=None)      TEI P5 + prosopography.xml (schemas/tei_letopis.rng)
    gexf.export_gexf(store, out, min_hedge="suspected")  GEXF 1.3 network for Gephi
    csv_export.export_csv(store, out_dir)               documents/entities/names/mentions/claims.csv
    csv_import.import_csv(store, in_dir, dry_run=False) an edited entities/names sheet -> review decisions
    jsonld.export_jsonld(store, out, base="urn:letopis:")  linked data, context in context.jsonld
    reconcile_index.index_for(store)                    name-key candidate search (web/reconcile.py)

Whole-knowledge-base JSON (lossless) lives in ``letopis.store.transfer``. Nothing
is imported here, so that ``letopis --help`` stays fast.
"""
