"""One router per resource; :func:`crosstally.web.app.create_app` includes them all."""

from . import audit, claims, documents, exports, framing, incidents, lists, meta, pages

ROUTERS = [meta.router, documents.router, claims.router, incidents.router, framing.router, lists.router,
           audit.router, exports.router, pages.router]

__all__ = ["ROUTERS"]
