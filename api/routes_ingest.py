"""Upload plan documents into the store: the CLI's ingest over HTTP, but all or nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, File, UploadFile, status
from fastapi.responses import JSONResponse

from plangraph.api.deps import ApiKeyDep, StoreDep
from plangraph.api.schemas import ErrorDetail
from plangraph.api.schemas_ops import FileError, IngestAccepted, IngestRefused, IngestSummary
from plangraph.ingest.errors import IngestError

router = APIRouter(prefix="/api/v1", tags=["ingest"])

MAX_NAME_BYTES = 255


@router.post(
    "/ingest",
    response_model=IngestAccepted,
    summary="Upload plan documents (txt, html, pdf, docx) and ingest them",
    description="Needs the `X-API-Key` header equal to the server's `PLANGRAPH_API_KEY` (refused while "
    "that is unset). Every file is read and checked first, with the same reasons as `plangraph "
    "ingest`; if any file is bad the answer is 422 naming each bad file and nothing is written. "
    "Requests above `PLANGRAPH_MAX_UPLOAD_BYTES` get 413.",
    responses={
        status.HTTP_401_UNAUTHORIZED: {"model": ErrorDetail, "description": "no X-API-Key header"},
        status.HTTP_403_FORBIDDEN: {"model": ErrorDetail, "description": "wrong key, or uploads disabled"},
        status.HTTP_413_CONTENT_TOO_LARGE: {"model": ErrorDetail, "description": "upload too large"},
        status.HTTP_422_UNPROCESSABLE_CONTENT: {"model": IngestRefused, "description": "bad files"},
    },
)
def ingest_upload(
    files: Annotated[list[UploadFile], File(description="one or more plan documents")],
    store: StoreDep,
    _: ApiKeyDep,
) -> IngestAccepted | JSONResponse:
    names = [Path(upload.filename or "").name for upload in files]
    problems = _bad_names(names)
    if problems:
        return _refused(problems, len(files))
    # Imported on the first upload, not with the app: the ingest pipeline (jieba, spaCy, sklearn for
    # alignment) is most of `plangraph serve`'s start-up time, and a read-only server never needs it.
    from plangraph.pipeline import ingest_files

    with tempfile.TemporaryDirectory(prefix="plangraph-upload-") as folder:
        paths = []
        for name, upload in zip(names, files, strict=True):
            path = Path(folder) / name
            path.write_bytes(upload.file.read())
            paths.append(path)
        result = ingest_files(store, paths, all_or_nothing=True)
        errors = [FileError(file=_name(e, Path(folder)), reason=e.reason) for e in result.errors]
    if errors or result.summary is None:
        return _refused(errors or [FileError(file="(upload)", reason="nothing to ingest")], len(files))
    return IngestAccepted(files=names, summary=IngestSummary(**result.summary.__dict__))


def _bad_names(names: list[str]) -> list[FileError]:
    problems = []
    seen: set[str] = set()
    for name in names:
        if not name or name in (".", "..") or "\x00" in name or len(name.encode("utf-8")) > MAX_NAME_BYTES:
            problems.append(FileError(file=name or "(no name)", reason="not a usable file name"))
        elif name in seen:
            problems.append(FileError(file=name, reason="another uploaded file has the same name"))
        seen.add(name)
    return problems


def _name(error: IngestError, folder: Path) -> str:
    path = Path(error.path)
    return str(path.relative_to(folder)) if path.is_relative_to(folder) else error.path


def _refused(errors: list[FileError], count: int) -> JSONResponse:
    body = IngestRefused(
        detail=f"{len(errors)} of {count} uploaded files cannot be ingested; nothing was written",
        errors=errors,
    )
    return JSONResponse(status_code=status.HTTP_422_UNPROCESSABLE_CONTENT, content=body.model_dump())
