"""start widgets."""
