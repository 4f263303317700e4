"""Reading reports: load (decode, clean, metadata) and segment (statements)."""
