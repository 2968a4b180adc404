"""JSON API for attachments. The upload's path holds no id (the body-size cap allows file-sized
bodies on exact paths only): the case id travels in the form."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, File, Form, Request, UploadFile, status
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from rihai.access.actors import Actor
from rihai.access.deps import Requires
from rihai.access.permissions import Permission as P
from rihai.web.deps import SessionDep
from rihai.web.routing import TransactionalRoute
from rihai.web.uploads import read_upload

from . import service
from .models import CaseAttachment

router = APIRouter(prefix="/api/v1", route_class=TransactionalRoute, tags=["cases"])
UPLOAD_PATHS = ("/api/v1/attachments", "/cases/attachments")


class AttachmentRead(BaseModel):
    id: uuid.UUID
    case_id: uuid.UUID
    kind: str
    title: str | None
    media_type: str
    size: int
    pages: int
    uploaded_by_id: int | None
    created_at: datetime


def _read(row: CaseAttachment) -> AttachmentRead:
    return AttachmentRead(id=row.id, case_id=row.case_id, kind=row.kind, title=row.title,
                          media_type=row.media_type, size=row.size, pages=row.pages,
                          uploaded_by_id=row.uploaded_by_id, created_at=row.created_at)


def download(file: service.AttachmentFile) -> Response:
    """Always a download, never rendered in the browser's origin; no cache keeps it."""
    return Response(file.data, media_type=file.media_type, headers={
        "Content-Disposition": f'attachment; filename="{file.filename}"',
        "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store, private",
        "Content-Security-Policy": "default-src 'none'; sandbox"})


@router.get("/cases/{case_id}/attachments", response_model=list[AttachmentRead])
def list_attachments(case_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_READ)],
                     session: SessionDep) -> list[AttachmentRead]:
    return [_read(r) for r in service.list_attachments(session, actor, case_id)]


@router.post("/attachments", response_model=AttachmentRead, status_code=status.HTTP_201_CREATED)
async def add_attachment(request: Request, session: SessionDep,
                         actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_WRITE)],
                         case_id: Annotated[uuid.UUID, Form()],
                         kind: Annotated[str, Form(max_length=24, description="identity_document, legal, "
                                                   "medical, photo or other")],
                         file: Annotated[UploadFile, File(description="JPEG, PNG, WebP or PDF")],
                         title: Annotated[str, Form(max_length=200)] = "") -> AttachmentRead:
    """Attach a file to a case: images are re-encoded without metadata; a PDF with scripts,
    actions or embedded files is refused."""
    data = await read_upload(request, file, what="attachments")
    row = await run_in_threadpool(service.add_attachment, session, actor, case_id, kind=kind, data=data,
                                  title=title)
    return _read(row)


@router.get("/attachments/{attachment_id}", response_class=Response,
            responses={200: {"content": {"application/pdf": {}, "image/jpeg": {}}}})
def read_attachment(attachment_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_READ)],
                    session: SessionDep) -> Response:
    return download(service.read_attachment(session, actor, attachment_id))


@router.delete("/attachments/{attachment_id}", status_code=status.HTTP_204_NO_CONTENT)
def remove_attachment(attachment_id: uuid.UUID, actor: Annotated[Actor, Requires(P.CASES_ATTACHMENT_WRITE)],
                      session: SessionDep) -> None:
    """Remove a file you attached (a supervisor: any file of their agency's cases)."""
    service.remove_attachment(session, actor, attachment_id)
