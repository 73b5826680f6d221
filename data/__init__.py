"""The bundled sample corpus (``seeds/``): five real plans, shipped as package data for ``plangraph demo``."""
