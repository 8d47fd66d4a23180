"""socialmap widgets."""
