"""Inspecting facts: the review page (``kenmerk review``), one fact in a terminal
(``kenmerk show``) and verdicts (``kenmerk verify``, kept by ``pipeline.verdicts``).

- ``page``: the self-contained HTML page, built from ``template.html``;
- ``images``: page images with pypdfium2 (PDFs) or Pillow (scans);
- ``values``: a fact's normalized value in words, shared by page and terminal;
- ``commands``: the ``review``, ``verify`` and ``show`` commands.
"""
