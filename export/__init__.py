"""Tables → the published dataset (see shared/spec/dataset.md). Plain functions; no Prefect here."""
from export.facts import facts_frame
from export.publish import publish

__all__ = ["facts_frame", "publish"]
