"""Two exports of the same review compared: ids, UUIDs and this instance's audit hash chain
aside, and a UUID anywhere in a column standing for the row it names."""

from typing import Any

from django.apps import apps

from casewindow.interchange.importing import UUID_TEXT

# Columns that are ids on the instance (a new one is given on import) or the hash chain of this
# instance's audit log.
INSTANCE_COLUMNS = {"id", "uuid", "prev_hash", "row_hash"}


def normalised(document: dict[str, Any]) -> dict[str, Any]:
    """The document with ids replaced by each row's position in its table, and the import's own
    audit event left out, so two exports of the same review compare equal."""
    tables = dict(document["tables"])
    tables["audit.AuditEvent"] = [
        row
        for row in tables.get("audit.AuditEvent", [])
        if not (row["action"] == "import" and row["summary"].startswith("Imported the whole"))
    ]
    position = {
        (label, row["id"]): index
        for label, rows in tables.items()
        for index, row in enumerate(rows)
    }
    # A UUID of an archived row, wherever it is written (text, JSON columns), stands for that
    # row: it must name the same row after the round trip, though the UUID itself is new.
    by_uuid = {
        row["uuid"]: f"<{label} at {index}>"
        for label, rows in tables.items()
        for index, row in enumerate(rows)
        if isinstance(row.get("uuid"), str)
    }

    def uuids(item: Any) -> Any:
        if isinstance(item, str):
            return UUID_TEXT.sub(lambda found: by_uuid.get(found.group(0), found.group(0)), item)
        if isinstance(item, list):
            return [uuids(other) for other in item]
        if isinstance(item, dict):
            return {uuids(key): uuids(other) for key, other in item.items()}
        return item

    def value(item: Any) -> Any:
        if isinstance(item, dict) and "ref" in item:
            return {"ref": item["ref"], "at": position[(item["ref"], item["id"])]}
        if isinstance(item, dict) and set(item) == {"name", "sha256"}:
            return {"sha256": item["sha256"]}
        return uuids(item)

    def m2m(label: str, name: str, item: Any) -> Any:
        field = next((f for f in apps.get_model(label)._meta.many_to_many if f.name == name), None)
        if field is None or not isinstance(item, list):
            return value(item)
        target = field.related_model._meta.label
        return sorted(
            position.get((target, other), other) if not isinstance(other, dict) else str(other)
            for other in item
        )

    out = {
        label: [
            {
                name: m2m(label, name, item)
                for name, item in row.items()
                if name not in INSTANCE_COLUMNS
            }
            for row in rows
        ]
        for label, rows in tables.items()
    }
    for row in out["reviews.Review"]:
        row.pop("reference")
    for row in out.get("audit.AuditEvent", []):
        if str(row["object_id"]).isdigit() and row["object_type"] in tables:
            at = position.get((row["object_type"], int(row["object_id"])))
            row["object_id"] = f"<{row['object_type']} at {at}>"
    return {"users": document["users"], "tables": out, "files": document["files"]}
