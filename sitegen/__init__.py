"""sitegen: a static-site generator for a curated war-news digest."""

__version__ = "0.1.0"
