"""The stored corpus: the SQLite store, ingest, check of a new report against it, the vector index."""
