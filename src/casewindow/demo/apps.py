from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo review: no tables of its own, only the `load_demo` command and the loaders."""

    name = "casewindow.demo"
