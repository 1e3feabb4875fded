"""Errors a user sees: one short code and one clear sentence each, defined here.

Stages raise ``KenmerkError(CODE, **details)``; the runner turns it into a row
of ``errors.parquet`` and goes on with the next document. Anything else that
escapes a stage is a bug in kenmerk and is recorded as ``internal_error``.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "empty_file": "The file {source} is empty (0 bytes); there is nothing to read.",
    "unreadable_file": "The file {source} could not be opened: {reason}.",
    "unsupported_type": "The file {source} is not a PDF, an image scan (PNG, JPEG, TIFF) or a text file ({detail}); it was skipped.",
    "not_a_pdf": "The file {source} is named .pdf but is not a PDF (it looks like {detail}).",
    "broken_pdf": "The PDF {source} is damaged and could not be read: {reason}.",
    "encrypted_pdf": "The PDF {source} is password-protected; kenmerk cannot open it.",
    "binary_text": "The file {source} is named .txt but holds binary data, not text.",
    "too_large": "The file {source} is {size_mb:.0f} MB, over the limit of {limit_mb:.0f} MB; it was skipped (raise --max-file-mb to read it).",
    "ocr_unavailable": "The PDF {source} has pages without a text layer, and tesseract (with the Dutch model 'nld') is not installed, so they cannot be read. Install it with: apt-get install tesseract-ocr tesseract-ocr-nld",
    "ocr_failed": "OCR of page {page} of {source} failed: {reason}.",
    "no_text": "No readable text was found in {source}.",
    "timeout": "Processing {source} took longer than {seconds:.0f} s and was stopped.",
    "worker_crashed": "The worker process handling {source} stopped unexpectedly ({reason}).",
    "duplicate": "The file {source} has the same content as {original}; it was processed once.",
    "symlink_loop": "The path {source} is a symbolic link that leads back to itself (a link loop); it was skipped.",
    "disk_full": "The disk is full: kenmerk could not write {path}. The tables in {out} are unchanged; free some space and run again (documents already processed are not redone).",
    "write_failed": "kenmerk could not write {path}: {reason}. The tables in {out} are unchanged.",
    "run_locked": "Another kenmerk run ({holder}) is writing into {out}; wait until it ends, or pass --wait to start when it does.",
    "dask_missing": "--executor dask needs Dask, an optional extra of kenmerk; install it with: {install}",
    "scheduler_unreachable": "The Dask scheduler at {address} could not be reached: {reason}. Check the address (tcp://HOST:8786) and that the scheduler is running.",
    "no_workers": "The Dask scheduler at {address} has had no workers for {seconds:.0f} s; start workers (dask worker {address}) and run again.",
    "not_a_file": "The path {source} is not a regular file ({detail}); it was skipped.",
    "symlink_outside": "The path {source} is a symbolic link to {target}, outside the input folders; it was not followed (pass --follow-symlinks to read it).",
    "symlink_folder": "The folder {source} is a symbolic link to {target}; links to folders are not followed (pass --follow-symlinks to search it).",
    "too_large_content": "The file {source} unpacks to more than {limit_mb:.0f} MB {where} (a decompression bomb?); it was skipped.",
    "page_too_large": "In the PDF {source}, {pages} could not be read: too large to render for OCR (over {limit:,} pixels at {dpi:.0f} dpi).",
    "image_too_large": "The image {source} is {pixels:,} pixels, over the limit of {limit:,}; it was skipped.",
    "staging_corrupt": "The staging manifest {path} of an interrupted run is unreadable or unsafe ({reason}); it was ignored and the staging folder removed.",
    "output_replaced": "The table {path} left in the output folder could not be read ({reason}); it was replaced by this run's table.",
    "output_unreadable": "The file {path} in the output folder is not a readable parquet file ({reason}); it was left as it is, and datapackage.json and kenmerk.duckdb do not describe it.",
    "unsafe_output": "kenmerk will not write into {out}: {path} is {reason}, which could make a run write or delete outside the output folder. Remove it and run again.",
    "internal_error": "kenmerk failed on {source} in stage {stage}: {reason}. This is a bug; please report it with the file.",
    "stage_failed": "Stage {component} failed on {where} of {source} ({reason}); the document keeps what the other stages found. This is a bug; please report it with the file.",
    "model_not_installed": "The spaCy model {model} named with --model is not installed on this machine; install it (python -m spacy download {model}) or leave out --model to use kenmerk's own pipeline on spacy.blank('nl').",
}


class KenmerkError(Exception):
    """A failure with a user-facing code and message."""

    def __init__(self, code: str, /, **details: object) -> None:
        if code not in MESSAGES:
            raise ValueError(f"unknown error code {code!r}")
        self.code = code
        self.details = details
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return MESSAGES[self.code].format(**self.details)
        except (KeyError, ValueError, IndexError):
            return f"{MESSAGES[self.code]} ({self.details})"
