"""plan widgets."""
