"""The guide for companies: what its pages show, computed from the taxonomy, the practices
and the catalogue (the page models are in goodpractices.models.guide)."""
