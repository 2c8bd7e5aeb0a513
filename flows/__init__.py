"""Prefect flows: wiring only; the work is in extractors/ and export/."""
