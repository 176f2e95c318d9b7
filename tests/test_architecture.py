"""The import graph between apps flows one way along the review pipeline (docs/architecture.md).

The source is read with `ast`, never imported, so every import counts: at module level, inside
functions (where cycles like to hide), `import casewindow.x`, `from casewindow.x import y`, and
relative imports. Each app has two layers:

- its domain (models, services, selectors, engines, tasks, …) may import its own domain and the
  domain of earlier apps in PIPELINE, nothing later and no web module;
- its web layer (views, forms, urls, templatetags, pages, management commands, apps.py) may
  import its own app and earlier apps, nothing later either: what an earlier app's page shows
  of a later app (the review home's panels, the language check on the report page) is handed
  to it at start-up through casewindow/registry.py;
- `accounts/access.py`, the gate every view goes through, is the one exception: it holds every
  rule of who may see what, so it loads the models of every app (lazily).

No cycle is allowed between any two of these (app, layer) nodes. A task imported lazily by a
service of its own app stays inside one node, so it is never a cross-app edge."""

import ast
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "casewindow"

# The review pipeline, earliest first (the order of docs/architecture.md).
PIPELINE = (
    "audit",
    "accounts",
    "reviews",
    "evidence",
    "analysis",
    "reports",
    "drafts",
    "language",
    "anonymisation",
    "jobs",
    "process",
    "learning",
    "interchange",
    "demo",
    "operations",
    "api",
)
# `apps` (AppConfig.ready) is where an app wires itself in: it connects signals and registers
# its providers into earlier apps' registries (casewindow/registry.py), so it belongs with the web.
WEB_PARTS = {"views", "forms", "urls", "templatetags", "pages", "management", "apps"}
GATE = "casewindow.accounts.access"

Node = tuple[str, str]  # (app, "domain" | "web")


@dataclass(frozen=True)
class Import:
    file: str  # relative to src/
    line: int
    source: str  # the importing module
    target: str  # the imported module (or module.name)

    def __str__(self) -> str:
        return f"{self.file}:{self.line} ({self.source} imports {self.target})"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_in(path: Path, root: Path) -> Iterator[Import]:
    """Every import of a casewindow module in one file, wherever it stands in the file."""
    module = module_name(path, root)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    file = str(path.relative_to(root.parent))
    for node in ast.walk(ast.parse(path.read_text(), filename=file)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from . import x / from ..y import z
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base_name = ".".join([*base, node.module] if node.module else base)
            else:
                base_name = node.module or ""
            # "from casewindow.analysis import selectors" imports a module named by the alias.
            targets = [f"{base_name}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            if target.startswith("casewindow."):
                yield Import(file, node.lineno, module, target)


def node_of(module: str) -> Node | None:
    parts = module.split(".")
    if len(parts) < 2 or parts[1] not in PIPELINE:
        return None  # the project package itself: settings, root urls, shared forms, …
    web = module == GATE or module.startswith(GATE + ".") or bool(WEB_PARTS & set(parts[2:]))
    return (parts[1], "web" if web else "domain")


def all_imports(root: Path = SOURCE) -> list[Import]:
    return [
        found
        for path in sorted(root.rglob("*.py"))
        if "migrations" not in path.parts
        for found in imports_in(path, root)
    ]


def edges_between_nodes(imports: Iterable[Import]) -> dict[tuple[Node, Node], list[Import]]:
    edges: dict[tuple[Node, Node], list[Import]] = defaultdict(list)
    for found in imports:
        source, target = node_of(found.source), node_of(found.target)
        if source and target and source != target:
            edges[(source, target)].append(found)
    return edges


def domain_violations(imports: Iterable[Import]) -> list[str]:
    """Domain imports of a later app, or of any web module."""
    problems = []
    for found in imports:
        source, target = node_of(found.source), node_of(found.target)
        if not source or not target or source[1] != "domain":
            continue
        if target[1] == "web":
            problems.append(f"{found}: domain code must not import the web layer")
        elif PIPELINE.index(target[0]) > PIPELINE.index(source[0]):
            problems.append(
                f"{found}: {source[0]} comes before {target[0]} in the pipeline, so it must "
                f"not import it (hand it what it needs instead)"
            )
    return problems


def cycles(edges: dict[tuple[Node, Node], list[Import]]) -> list[list[Node]]:
    """The strongly connected groups of more than one node (Tarjan), each a cycle or more."""
    graph: dict[Node, set[Node]] = defaultdict(set)
    for source, target in edges:
        graph[source].add(target)
    index: dict[Node, int] = {}
    low: dict[Node, int] = {}
    stack: list[Node] = []
    on_stack: set[Node] = set()
    groups: list[list[Node]] = []

    def visit(node: Node) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for following in sorted(graph[node]):
            if following not in index:
                visit(following)
                low[node] = min(low[node], low[following])
            elif following in on_stack:
                low[node] = min(low[node], index[following])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def describe_cycles(edges: dict[tuple[Node, Node], list[Import]]) -> list[str]:
    lines = []
    for group in cycles(edges):
        lines.append("Cycle between " + ", ".join(f"{app} ({layer})" for app, layer in group))
        for (source, target), found in sorted(edges.items()):
            if source in group and target in group:
                lines.extend(f"  {one}" for one in found)
    return lines


def web_violations(imports: Iterable[Import]) -> list[str]:
    """Web-layer imports of a later app (the gate, accounts/access.py, excepted)."""
    problems = []
    for found in imports:
        source, target = node_of(found.source), node_of(found.target)
        if not source or not target or source[1] != "web":
            continue
        if found.source == GATE or found.source.startswith(GATE + "."):
            continue
        if PIPELINE.index(target[0]) > PIPELINE.index(source[0]):
            problems.append(
                f"{found}: {source[0]} comes before {target[0]} in the pipeline, so its pages "
                f"must not import it (let {target[0]} register what the page shows: "
                f"casewindow/registry.py)"
            )
    return problems


# --- the rules, on the real source --------------------------------------------------------------


def test_domain_code_imports_only_its_own_app_and_earlier_apps() -> None:
    problems = domain_violations(all_imports())
    assert not problems, "\n".join(problems)


def test_web_code_imports_only_its_own_app_and_earlier_apps() -> None:
    problems = web_violations(all_imports())
    assert not problems, "\n".join(problems)


def test_no_cycle_between_apps_at_module_level_or_inside_functions() -> None:
    problems = describe_cycles(edges_between_nodes(all_imports()))
    assert not problems, "\n".join(problems)


def test_every_app_in_the_source_has_its_place_in_the_pipeline() -> None:
    apps = {path.parent.name for path in SOURCE.glob("*/apps.py")} | {"demo"}
    assert apps == set(PIPELINE)


def test_the_walk_sees_the_imports_it_checks() -> None:
    """Guards the guard: if parsing or naming broke, the rules above would pass on nothing."""
    imports = all_imports()
    assert len(imports) > 500
    edges = edges_between_nodes(imports)
    assert (("evidence", "domain"), ("reviews", "domain")) in edges
    assert (("reports", "domain"), ("analysis", "domain")) in edges
    # Function-level imports are seen too: access.py loads later apps' models lazily.
    assert (("accounts", "web"), ("drafts", "domain")) in edges


# --- the checker itself, on a small tree written for the test -------------------------------------


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "casewindow"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_a_later_app_imported_inside_a_function_is_reported_with_file_and_line(
    tmp_path: Path,
) -> None:
    root = _tree(
        tmp_path,
        {
            "reports/services.py": "def f():\n    from casewindow.anonymisation import scans\n",
            "anonymisation/scans.py": "from ..reports.models import ReportExport\n",
        },
    )
    imports = all_imports(root)
    problems = domain_violations(imports)
    assert problems == [
        "casewindow/reports/services.py:2 (casewindow.reports.services imports "
        "casewindow.anonymisation.scans): reports comes before anonymisation in the pipeline, "
        "so it must not import it (hand it what it needs instead)"
    ]
    # The relative import was resolved to the app it names.
    assert (
        Import(
            "casewindow/anonymisation/scans.py",
            1,
            "casewindow.anonymisation.scans",
            "casewindow.reports.models.ReportExport",
        )
        in imports
    )
    cycle = describe_cycles(edges_between_nodes(imports))
    assert cycle[0] == "Cycle between anonymisation (domain), reports (domain)"
    assert len(cycle) == 3


def test_a_web_layer_cycle_is_reported_and_a_same_app_lazy_task_is_not(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "evidence/views/pages.py": "import casewindow.analysis.selectors.episodes\n",
            "analysis/selectors/episodes.py": "from casewindow.evidence.views import pages\n",
            "analysis/services/episodes.py": (
                "def later():\n    from casewindow.analysis.tasks import run\n"
            ),
        },
    )
    imports = all_imports(root)
    assert domain_violations(imports) == [
        "casewindow/analysis/selectors/episodes.py:1 (casewindow.analysis.selectors.episodes "
        "imports casewindow.evidence.views.pages): domain code must not import the web layer"
    ]
    assert cycles(edges_between_nodes(imports)) == [[("analysis", "domain"), ("evidence", "web")]]


@pytest.mark.parametrize(
    ("module", "node"),
    [
        ("casewindow.accounts.access", ("accounts", "web")),
        ("casewindow.accounts.roles", ("accounts", "domain")),
        ("casewindow.reviews.pages", ("reviews", "web")),
        ("casewindow.evidence.management.commands.import_chronology", ("evidence", "web")),
        ("casewindow.evidence.services.chronology_import", ("evidence", "domain")),
        ("casewindow.forms", None),
    ],
)
def test_modules_are_placed_in_their_app_and_layer(module: str, node: Node | None) -> None:
    assert node_of(module) == node


def test_a_page_importing_a_later_app_is_reported_and_the_gate_is_not(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "reviews/views/home.py": "from casewindow.process.selectors import clock\n",
            "reviews/apps.py": "def ready():\n    from casewindow.drafts import selectors\n",
            "accounts/access.py": "def f():\n    from casewindow.drafts.models import Draft\n",
            "process/apps.py": "from casewindow.reviews import panels\n",
        },
    )
    problems = web_violations(all_imports(root))
    assert problems == [
        "casewindow/reviews/apps.py:2 (casewindow.reviews.apps imports "
        "casewindow.drafts.selectors): reviews comes before drafts in the pipeline, so its pages "
        "must not import it (let drafts register what the page shows: casewindow/registry.py)",
        "casewindow/reviews/views/home.py:1 (casewindow.reviews.views.home imports "
        "casewindow.process.selectors.clock): reviews comes before process in the pipeline, so "
        "its pages must not import it (let process register what the page shows: "
        "casewindow/registry.py)",
    ]
