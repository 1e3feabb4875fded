"""kenmerk: Dutch public-sector documents in, provenance-carrying parquet tables out.

Stages, each its own module, data flowing one way:
ingest -> clean -> nlp -> extract -> normalize -> tables.
"""

# The one place of the version (pyproject.toml reads it from here): asking the installed
# package's metadata for it cost every command some 40 ms of importlib.metadata.
__version__ = "0.1.0"


def load(out="outputs"):
    """The tables of an output folder as typed pandas DataFrames (see ``pipeline.outputs``)."""
    from pipeline.outputs import load as _load

    return _load(out)
