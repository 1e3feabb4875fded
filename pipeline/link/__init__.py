"""Link stage: which municipality a fact belongs to, read from the spans the extractors wrote.

Between extract and normalize: the rules here read the page text and the
municipality spans (``pipeline.extract.municipalities``) around an amount
(``amounts``) or a training (``trainings``); the normalizers call them while
they build the rows.
"""
