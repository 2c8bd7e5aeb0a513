"""Tables → the published dataset (see shared/spec/dataset.md). Plain functions; no Prefect here."""
from export.edition import Edition, build_edition
from export.facts import facts_frame
from export.publish import publish

__all__ = ["Edition", "build_edition", "facts_frame", "publish"]
