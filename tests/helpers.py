"""Small builders shared by test modules (pytest puts tests/ on sys.path)."""

from __future__ import annotations

import io
from pathlib import Path


def write_warc(path: Path, records: list[tuple[str, bytes, str]], gz: bool) -> None:
    """A WARC of HTTP responses: (url, payload, content type) each."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        for url, payload, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))
