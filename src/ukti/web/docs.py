"""The API's documentation page, /docs, working offline like everything else in ukti.

FastAPI's own /docs page loads Swagger UI's script and stylesheet from a CDN (and /redoc ReDoc's),
so on a machine without the internet it is blank. Here the same page takes them from this server:
Swagger UI's files ship in the `swagger-ui-bundle-v2` wheel (Apache-2.0, the Swagger UI 5 that
reads OpenAPI 3.1, which FastAPI writes) and are served under /docs/assets/. ReDoc is not offered:
it would be a second copy of the same documentation with its own CDN script.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

ASSETS = "/docs/assets"


def install(app: FastAPI) -> None:
    """Add /docs (Swagger UI) with its assets served from the installed package; the app must be
    created with `docs_url=None, redoc_url=None` so FastAPI adds no CDN page of its own."""
    from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]

    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} · API",
                                   swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{ASSETS}/swagger-ui.css",
                                   swagger_favicon_url=f"{ASSETS}/favicon-32x32.png")
