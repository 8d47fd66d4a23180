"""Glue between the app and the headless parts, kept free of Textual where possible."""
