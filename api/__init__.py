"""The HTTP API and pages; build the app with ``api.app.create_app``."""
