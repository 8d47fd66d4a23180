"""The sociale kaart: provisions keyed by ZRM domain, with import and fuzzy search.

A library of its own: it never imports ``assistant``, Textual or spaCy.
"""
