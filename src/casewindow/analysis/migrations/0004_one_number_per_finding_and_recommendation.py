"""Number findings and recommendations in the report's order (analysis.services.numbering):
systems findings first; recommendations by kind. Going back leaves the numbers as they are
(any numbering is valid for the earlier code)."""

from django.db import migrations


def _renumber(queryset, alive_order):
    for review_id in queryset.values_list("review_id", flat=True).distinct():
        of_review = queryset.filter(review_id=review_id)
        alive = list(of_review.filter(deleted_at__isnull=True).order_by(*alive_order))
        removed = list(of_review.filter(deleted_at__isnull=False).order_by("number", "pk"))
        for index, item in enumerate([*alive, *removed], start=1):
            if item.number != index:
                item.number = index
                item.save(update_fields=["number"])


def renumber(apps, schema_editor):
    _renumber(
        apps.get_model("analysis", "Finding").objects.all(), ("-is_systems_finding", "number", "pk")
    )
    _renumber(apps.get_model("analysis", "Recommendation").objects.all(), ("kind", "number", "pk"))


class Migration(migrations.Migration):
    dependencies = [("analysis", "0003_narrative")]

    operations = [migrations.RunPython(renumber, migrations.RunPython.noop)]
