"""kenmerk: Dutch public-sector documents in, provenance-carrying parquet tables out.

Stages, each its own module, data flowing one way:
ingest -> clean -> nlp -> extract -> normalize -> tables.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kenmerk")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"


def load(out="outputs"):
    """The tables of an output folder as typed pandas DataFrames (see ``pipeline.outputs``)."""
    from pipeline.outputs import load as _load

    return _load(out)
