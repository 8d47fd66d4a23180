"""The Textual app for workers: guided conversation, social map, plan van aanpak.

This package sits on top of the headless parts (engine, nlp, socialmap, store, plan);
none of those import it. Start it with :func:`assistant.app.run.run_app`.
"""
