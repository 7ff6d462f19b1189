"""`ukti serve`: the corpus as web pages for people and a JSON API for their tools.

    from ukti.web import create_app
    app = create_app("ukti.db")          # read-only
    app = create_app("ukti.db", token="…")  # POST /api/articles allowed with that token
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ukti import __version__
from ukti.web.backend import DEFAULT_ANALYZE_SECONDS, DEFAULT_MAX_ANALYSES, DEFAULT_MAX_BODY, Backend, ServerBusy

THREADS = 6
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def create_app(db: str, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY, read_only: bool = False,
               analyze_seconds: float = DEFAULT_ANALYZE_SECONDS, max_analyses: int = DEFAULT_MAX_ANALYSES) -> FastAPI:
    """The app on store `db`. `read_only` opens the store read-only and runs no analyses (no
    ingest, no POST /api/analyze, no /paste); otherwise at most `max_analyses` run at once, each
    for at most `analyze_seconds`."""
    from ukti.web import api, docs, pages
    from ukti.web import quotes as quote_routes

    backend = Backend(db, token=None if read_only else token, read_only=read_only,
                      analyze_seconds=analyze_seconds, max_analyses=max_analyses)
    backend.store()  # open (and migrate) once now, so a bad database fails at start, not per request

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # handlers are short database reads: a few threads keep the cores busy, forty would
        # only queue on the interpreter lock and on their own cold connections
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS
        yield
        backend.close()

    app = FastAPI(title="ukti", version=__version__, lifespan=lifespan, max_body_size=max_body,
                  description="Who said what, per whom, when and how much, in a corpus of Bengali news.",
                  docs_url=None, redoc_url=None)  # /docs is ukti.web.docs: Swagger UI served from here, offline
    app.state.backend = backend
    app.include_router(api.router)
    app.include_router(pages.router)
    docs.install(app)
    app.include_router(quote_routes.api)  # one quote, many outlets (ukti.quotes)
    app.include_router(quote_routes.pages)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        """What a browser needs to refuse what escapes the templates: scripts, fonts and styles from
        this server only, no framing, no sniffing, no referrer sent on. (/docs loads Swagger UI's
        own scripts and keeps FastAPI's page as it is.)"""
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if not request.url.path.startswith(("/docs", "/redoc")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", "")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """JSON for the API and for tools; a page for a person's browser."""
        if wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return pages.render(request, "error.html", exc.status_code, status=exc.status_code, message=str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        if not wants_json(request):
            message = "; ".join(f"{'.'.join(map(str, e['loc'][1:])) or 'request'}: {e['msg']}" for e in errors)
            return pages.render(request, "error.html", 422, status=422, message=message)
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(ServerBusy)
    async def busy(request: Request, exc: ServerBusy) -> Response:
        """Too many analyses running, or one past its time budget: 503, and when to try again."""
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        if wants_json(request):
            return JSONResponse({"detail": exc.reason}, status_code=503, headers=headers)
        return pages.render(request, "error.html", 503, status=503, message=exc.reason)

    return app


def app_from_env() -> FastAPI:
    """The app `ukti serve` starts in each worker process, configured by UKTI_DB and UKTI_TOKEN."""
    import os

    return create_app(os.environ.get("UKTI_DB", "ukti.db"), token=os.environ.get("UKTI_TOKEN") or None,
                      read_only=os.environ.get("UKTI_READ_ONLY") == "1")


class ServerProcess:
    """`ukti serve` in a child process on a free local port, for tests and benchmarks:
    `with ServerProcess(db) as url: …` waits until it answers and stops it afterwards. Read-only
    unless `read_only=False` (which allows analyses)."""

    def __init__(self, db: str, *args: str, wait: float = 20.0, read_only: bool = True) -> None:
        self.db, self.args, self.wait = db, (*(("--read-only",) if read_only else ()), *args), wait
        self.proc: subprocess.Popen[str] | None = None

    def __enter__(self) -> str:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        ukti = Path(sys.executable).with_name("ukti")
        self.proc = subprocess.Popen([str(ukti), "serve", "--db", self.db, "--port", str(port), *self.args],
                                     stderr=subprocess.PIPE, text=True)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + self.wait
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(url + "/api/statements?size=1", timeout=2).read()
                return url
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.1)
        self.__exit__()
        raise RuntimeError(f"ukti serve did not start: {self.proc.stderr.read() if self.proc.stderr else ''}")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
