"""Processing provider and algorithms of the ESS Observatory plugin."""
