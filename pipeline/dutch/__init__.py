"""The Dutch every stage reads: word lists and pure readers of numbers, money and dates.

Below all stages: the extractors use these to find candidates and the
normalizers to give them values, so neither imports the other for them.
``words`` holds the shared vocabularies (money words, number words,
``QUALIFIERS``); ``numbers`` and ``money`` read numbers and amounts.
"""
