"""The output tables of kenmerk: one pyarrow schema per parquet file, defined once here.

Every column carries its description and, where it has one, its allowed values
or format in the field metadata. ``pipeline.tables`` checks each table against
its schema before writing it, and ``kenmerk schema`` prints these definitions
as the data dictionary.
"""

from schemas.tables import ALL_SCHEMAS, KEPT_SCHEMAS, SCHEMAS, TABLE_DESCRIPTIONS, column_doc

__all__ = ["ALL_SCHEMAS", "KEPT_SCHEMAS", "SCHEMAS", "TABLE_DESCRIPTIONS", "column_doc"]
