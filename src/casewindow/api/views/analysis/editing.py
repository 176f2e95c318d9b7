"""What every write of the analysis routes shares: a service's edit conflict is a 409, a removal
checks the version sent first."""

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.db import transaction
from ninja import Status

from casewindow.analysis.models import Editable
from casewindow.analysis.services import episodes as episode_services
from casewindow.analysis.services.editing import EditConflict, lock_for_edit
from casewindow.api.views.base import conflict, expected_number, invalid


def checked_save(save: Callable[[], Any]) -> Any:
    """Run a service's save: its EditConflict (someone saved since the version sent) is 409."""
    try:
        return save()
    except EditConflict as error:
        raise conflict(str(error)) from None
    except episode_services.EpisodeError as error:
        raise invalid(str(error)) from None


def checked_remove(obj: Editable, version: str, remove: Callable[[], Any]) -> Status[None]:
    """Remove `obj` through the page's service (its soft delete and audit event), unless
    someone changed it since `version` (409, nothing removed): 204."""
    expected = expected_number(version)
    with transaction.atomic():
        checked_save(lambda: lock_for_edit(obj, expected_version=expected))
        checked_save(remove)
    return Status(204, None)


def uuids(objects: Any) -> list[UUID]:
    return [obj.uuid for obj in objects]
