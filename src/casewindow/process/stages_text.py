"""A process template's stages and steps as plain text a business manager can edit, and back.
Pure: no database.

    # Preparation
    - Research questions agreed | Lead reviewers | Introductory letter

A line starting with "#" opens a stage; each "-" line under it is a step: its title, then who
is involved and the tool of the model it uses, separated by "|" (both optional)."""

from typing import Any

Stages = list[dict[str, Any]]


class StagesRefused(ValueError):
    pass


def stages_to_text(stages: Stages) -> str:
    lines = []
    for stage in stages:
        lines.append(f"# {stage['title']}")
        for step in stage["steps"]:
            parts = [step["title"], step.get("who", ""), step.get("tool", "")]
            while len(parts) > 1 and not parts[-1]:
                parts.pop()
            lines.append("- " + " | ".join(parts))
        lines.append("")
    return "\n".join(lines).strip() + "\n"


def stages_from_text(text: str) -> Stages:
    stages: Stages = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            title = line.lstrip("#").strip()
            if not title:
                raise StagesRefused(f"Line {number}: a stage needs a title after #")
            stages.append({"title": title[:200], "steps": []})
        elif line.startswith("-"):
            if not stages:
                raise StagesRefused(f"Line {number}: a step must come under a stage (# title)")
            parts = [part.strip() for part in line[1:].split("|")]
            if not parts[0]:
                raise StagesRefused(f"Line {number}: a step needs a title")
            if len(parts) > 3:
                raise StagesRefused(
                    f"Line {number}: a step has at most three parts: title | who | tool"
                )
            parts += [""] * (3 - len(parts))
            stages[-1]["steps"].append(
                {"title": parts[0][:300], "who": parts[1][:200], "tool": parts[2][:200]}
            )
        else:
            raise StagesRefused(
                f"Line {number}: start a stage with # and a step with -: “{line[:60]}”"
            )
    if not stages or not any(stage["steps"] for stage in stages):
        raise StagesRefused("The template needs at least one stage with a step")
    empty = [stage["title"] for stage in stages if not stage["steps"]]
    if empty:
        raise StagesRefused(f"The stage “{empty[0]}” has no steps")
    return stages
