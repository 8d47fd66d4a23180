"""conversation widgets."""
