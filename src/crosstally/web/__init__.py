"""The REST API and the offline web app: ``create_app(settings)``; ``crosstally serve`` runs it."""

from .app import assets_missing, create_app

__all__ = ["assets_missing", "create_app"]
