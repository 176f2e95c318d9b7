"""The hand-written REFI-QDA project in fixtures/qualcoder-project (in the style QualCoder
writes), zipped as a .qdpx, with any member replaced, added or left out."""

import io
import zipfile
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "qualcoder-project"
INTERVIEW = "sources/6b1f0c1e-2a53-4d7e-9a0e-3c4f5d6e7f80.txt"
MEETING = "sources/0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f.txt"


def fixture_members() -> dict[str, bytes]:
    return {
        path.relative_to(FIXTURE).as_posix(): path.read_bytes()
        for path in sorted(FIXTURE.rglob("*"))
        if path.is_file()
    }


def qdpx_bytes(
    *, replace: dict[str, bytes] | None = None, leave_out: tuple[str, ...] = ()
) -> bytes:
    members = fixture_members()
    members.update(replace or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            if name not in leave_out:
                archive.writestr(name, content)
    return buffer.getvalue()


def project_qde() -> str:
    return (FIXTURE / "project.qde").read_text(encoding="utf-8")
