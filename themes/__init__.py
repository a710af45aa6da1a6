"""Built-in themes, shipped inside the sitegen package as ``sitegen.themes``."""
