"""Demo coded excerpts for the Child J review: passages of the two documents, the two
conversations and the chronology, coded as the reviewers might code them. Every name and event
is invented. Key practice episodes and findings are linked by words in their titles when they
exist when this runs; a passage no longer in the demo text is skipped."""

from typing import Any

from casewindow.accounts.models import User
from casewindow.analysis.models import Finding, KeyPracticeEpisode
from casewindow.analysis.services import excerpts as services
from casewindow.demo.when import moved
from casewindow.evidence.models import ChronologyEntry, Conversation, SourceDocument
from casewindow.reviews.models import Review

W = "work-conditions"
IA = "inter-agency"
ORG = "organisation"
PERS = "personal"

# (where: ("document", file name starts with) / ("conversation", practitioner label, section) /
#  ("entry", description contains), passage, memo, factor keys, KPE title words,
#  finding statement words)
EXCERPTS: list[tuple[tuple[str, ...], str, str, list[str], list[str], list[str]]] = [
    (
        ("conversation", "Health Visitor 1", "local-rationality"),
        "She had 31 visits that week and was covering a colleague's caseload.",
        "Workload at the moment of the November visit: the targeted visit was squeezed into a "
        "week of 31 visits. Compare with the IMR's caseload figures.",
        [f"{W}/workload", f"{W}/staffing-levels-and-skill-mix"],
        ["november", "visit"],
        ["caseload", "workload"],
    ),
    (
        ("conversation", "Health Visitor 1", "local-rationality"),
        "She did not know the bail conditions had ended a week earlier.",
        "Nobody told the health visitor that bail had ended: the procedure only obliges the "
        "police to tell children's social care.",
        [f"{IA}/sharing-information-what-when-how-with-whom"],
        ["bail"],
        ["bail"],
    ),
    (
        ("conversation", "Health Visitor 1", "account_at_time"),
        "I had nothing to tell me Ryan was still around.",
        "How it looked at the time: with no information about the partner, a settled home "
        "was the reasonable reading.",
        [
            f"{PERS}/mindset-and-reasoning-at-the-time",
            f"{IA}/sharing-information-what-when-how-with-whom",
        ],
        ["november"],
        [],
    ),
    (
        ("conversation", "Social Worker 1", "local-rationality"),
        "The explanation for the bruise (fell against the cot) fitted a baby who had just started "
        "pulling to stand, and the bruise was fading.",
        "SW1's reading of the bruise: plausible given Jayden's development, and the protocol's "
        "'non-mobile' wording did not prompt a second look.",
        [f"{PERS}/mindset-and-reasoning-at-the-time", f"{ORG}/policies-procedures-and-guidance"],
        ["bruise"],
        ["bruis"],
    ),
    (
        ("conversation", "Social Worker 1", "factors"),
        "Caseload of 24 children in ASYE year.",
        "A newly qualified worker with a full caseload: what supervision did he get on the "
        "step-down decision?",
        [f"{W}/workload", f"{PERS}/knowledge-skills-and-expertise"],
        ["step"],
        [],
    ),
    (
        ("conversation", "Social Worker 1", "account_at_time"),
        "I was trying to be fair to Mum, who had done everything we asked.",
        "Mother's engagement was read as reduced risk: a pattern seen in other reviews "
        "('disguised compliance' is not the right frame; this was real engagement).",
        [
            f"{PERS}/mindset-and-reasoning-at-the-time",
            "family/willingness-to-engage-availability-for-meetings",
        ],
        ["step"],
        [],
    ),
    (
        ("entry", "Small bruise on Jayden's left cheek"),
        "Small bruise on Jayden's left cheek. Mum says fell against cot.",
        "The nursery saw the same bruise on the same day and recorded it on a body map, which "
        "was not shared: two agencies each held half the picture.",
        [
            f"{IA}/sharing-information-what-when-how-with-whom",
            f"{IA}/knowing-who-else-is-involved-and-what-they-do",
        ],
        ["bruise"],
        ["bruis", "nursery"],
    ),
    (
        ("document", "HV IMR"),
        "Health Visitor 1 carried 412 children at the time, against a recommended maximum of 250.",
        "The IMR's own figure for the caseload: far above the recommended maximum.",
        [f"{W}/workload", f"{ORG}/resources-matched-to-demand"],
        [],
        ["caseload", "workload"],
    ),
    (
        ("document", "HV IMR"),
        "Health Visitor 1 was not invited to the strategy discussion on 15 October 2024",
        "The health visitor who knew the family was left out of the strategy discussion, "
        "against the partnership's own procedure (section 3).",
        [
            f"{IA}/clarity-of-roles-and-lead-responsibility",
            f"{ORG}/policies-procedures-and-guidance",
        ],
        ["strategy"],
        ["strategy"],
    ),
    (
        ("document", "HV IMR"),
        "which allows one targeted visit after a domestic abuse notification",
        "The weighting tool sets the response, not the practitioner's judgement of the risk.",
        [
            f"{W}/it-systems-forms-and-other-tools",
            f"{ORG}/priorities-targets-and-performance-measures",
        ],
        [],
        [],
    ),
    (
        ("document", "NSCP DA"),
        "the police will notify children's social care when the conditions end",
        "The procedure names only social care as told when bail ends; the health visitor is not "
        "in the loop by design.",
        [
            f"{ORG}/policies-procedures-and-guidance",
            f"{IA}/sharing-information-what-when-how-with-whom",
        ],
        ["bail"],
        ["bail"],
    ),
]


def _unit(review: Review, where: tuple[str, ...], passage: str) -> services.TextUnit | None:
    kind = where[0]
    if kind == "document":
        document = SourceDocument.objects.filter(
            review=review, original_filename__startswith=where[1]
        ).first()
        if document is None:
            return None
        for page in document.pages.all():
            if services.passage_find(page.text, passage):
                return services.unit_for_document(document, page)
        return None
    if kind == "conversation":
        conversation = (
            Conversation.objects.filter(review=review, practitioner__publication_label=where[1])
            .select_related("practitioner")
            .first()
        )
        return services.unit_for_conversation(conversation, where[2]) if conversation else None
    entry = (
        ChronologyEntry.objects.filter(review=review, description__contains=where[1])
        .select_related("agency")
        .first()
    )
    return services.unit_for_entry(entry) if entry else None


def _by_words(queryset: Any, field: str, words: list[str]) -> list[Any]:
    return [
        item
        for item in queryset
        if any(word.lower() in str(getattr(item, field)).lower() for word in words)
    ]


def demo_load_excerpts(*, review: Review, users: dict[str, User], lead: User) -> list[Any]:
    """Code the demo excerpts; returns those created."""
    reviewer = next((u for email, u in users.items() if email.startswith("reviewer@")), lead)
    episodes = list(KeyPracticeEpisode.objects.alive().filter(review=review))
    findings = list(Finding.objects.alive().filter(review=review))
    created = []
    for index, (where, passage, memo, keys, kpe_words, finding_words) in enumerate(EXCERPTS):
        unit = _unit(review, where, passage)
        found = services.passage_find(unit.text, passage) if unit else None
        if unit is None or found is None:
            continue
        start, end = found
        created.append(
            services.excerpt_create(
                actor=lead if index % 2 == 0 else reviewer,
                review=review,
                unit=unit,
                start=start,
                end=end,
                quote=unit.text[start:end],
                memo=memo,
                factor_keys=keys,
                episodes=_by_words(episodes, "title", kpe_words) if kpe_words else [],
                findings=_by_words(findings, "statement", finding_words) if finding_words else [],
            )
        )
    return created


# The case as written, moved to today's years (casewindow.demo.when).
EXCERPTS = moved(EXCERPTS)
