"""Suggesting people of the register named in a text."""

import time

import pytest

from casewindow.evidence.services.people_links import (
    MatchKind,
    people_register_index,
    people_suggest,
)
from casewindow.reviews.models import PersonCategory
from tests.factories import PersonFactory, ReviewFactory


@pytest.fixture
def review(db):
    return ReviewFactory()


def person(review, real_name, aliases=(), category=PersonCategory.PROFESSIONAL, label=None):
    return PersonFactory(
        review=review,
        real_name=real_name,
        aliases=list(aliases),
        category=category,
        **({"publication_label": label} if label else {}),
    )


def found(review, text):
    """{real name: [text found, ...]} for the people suggested."""
    return {
        m.person.real_name: [s.text_found for s in m.spans]
        for m in people_suggest(review=review, text=text)
    }


def test_a_full_name_is_found_whatever_its_case(review):
    person(review, "Chloe Smith", category=PersonCategory.CHILD)

    assert found(review, "Seen: CHLOE SMITH and chloe smith.") == {
        "Chloe Smith": ["CHLOE SMITH", "chloe smith"]
    }


def test_an_alias_is_found_whatever_its_case(review):
    person(review, "Jane Doe", aliases=["Mum", "Janey"], category=PersonCategory.PARENT_CARER)

    assert found(review, "mum said JANEY was out") == {"Jane Doe": ["mum", "JANEY"]}


def test_a_possessive_matches_the_name_without_the_s(review):
    person(review, "Chloe Smith", category=PersonCategory.CHILD)
    text = "Chloe's bedroom and Chloe\u2019s school; chloe smith's GP"

    matches = people_suggest(review=review, text=text)

    assert [s.text_found for s in matches[0].spans] == ["Chloe", "Chloe", "chloe smith"]
    assert all(text[s.start : s.end] == s.text_found for s in matches[0].spans)


def test_a_surname_after_a_title_is_found_with_the_title(review):
    person(review, "Samir Haddad")
    text = "Referred by Dr Haddad, then dr. haddad phoned."

    match = people_suggest(review=review, text=text)[0]

    assert [s.text_found for s in match.spans] == ["Dr Haddad", "dr. haddad"]
    assert {s.kind for s in match.spans} == {MatchKind.SURNAME}


def test_a_title_in_the_register_does_not_have_to_be_in_the_text(review):
    person(review, "Dr Samir Haddad")

    assert found(review, "samir haddad and Dr Samir Haddad") == {
        "Dr Samir Haddad": ["samir haddad", "Dr Samir Haddad"]
    }


def test_first_name_or_surname_alone_needs_a_capital_letter(review):
    person(review, "Will Turner")

    assert found(review, "we will turn to it") == {}
    assert found(review, "Will was there; Turner agreed") == {"Will Turner": ["Will", "Turner"]}


def test_hyphenated_names_match_whole_and_never_in_part(review):
    person(review, "Mary-Jane Brown", category=PersonCategory.PARENT_CARER)
    person(review, "Jane Doe", category=PersonCategory.PARENT_CARER)

    assert found(review, "Mary-Jane and Mary Jane Brown") == {
        "Mary-Jane Brown": ["Mary-Jane", "Mary Jane Brown"]
    }
    # "Jane" inside "Mary-Jane" is not Jane Doe, nor is "Brown" in "Brown-Smith" Mary-Jane.
    assert found(review, "Mary-Jane left; Brown-Smith came") == {"Mary-Jane Brown": ["Mary-Jane"]}


def test_a_name_is_found_only_as_a_whole_word(review):
    person(review, "Anna Lee", aliases=["Nan"])

    assert found(review, "Annabel and Nancy and nanny") == {}


def test_the_longest_name_wins_and_shared_names_suggest_everyone(review):
    person(review, "Samir Haddad")
    person(review, "Layla Haddad", category=PersonCategory.PARENT_CARER)

    assert found(review, "Samir Haddad visited") == {"Samir Haddad": ["Samir Haddad"]}
    assert found(review, "Mrs Haddad visited") == {
        "Samir Haddad": ["Mrs Haddad"],
        "Layla Haddad": ["Mrs Haddad"],
    }


def test_people_are_listed_in_order_of_first_mention(review):
    person(review, "Samir Haddad")
    person(review, "Chloe Smith", category=PersonCategory.CHILD)

    matches = people_suggest(review=review, text="Chloe Smith, then Samir Haddad, then Chloe")

    assert [m.person.real_name for m in matches] == ["Chloe Smith", "Samir Haddad"]
    assert matches[0].names_found == ["Chloe Smith", "Chloe"]


def test_people_of_another_review_are_never_suggested(review):
    person(ReviewFactory(), "Chloe Smith")

    assert people_suggest(review=review, text="Chloe Smith") == []


def test_nothing_is_suggested_for_an_empty_text_or_register(review):
    assert people_suggest(review=review, text="Chloe Smith") == []
    person(review, "Chloe Smith")
    assert people_suggest(review=review, text="") == []


def test_names_across_a_line_break_or_punctuation(review):
    person(review, "Chloe Smith", category=PersonCategory.CHILD)

    assert found(review, "saw Chloe\nSmith") == {"Chloe Smith": ["Chloe\nSmith"]}
    # A full stop ends a name: "Chloe. Smith" is two mentions (first name, then surname).
    assert found(review, "saw Chloe. Smith arrived") == {"Chloe Smith": ["Chloe", "Smith"]}


def test_a_long_document_is_matched_quickly(review):
    for n in range(60):
        person(review, f"Firstname{n} Surname{n}", aliases=[f"Nick{n}"], label=f"Person {n}")
    person(review, "Chloe Smith", category=PersonCategory.CHILD)
    paragraph = (
        "On 3 March the health visitor saw Chloe's mother at home; Dr Surname7 was told. "
        "Nothing else of note was recorded by the practitioner during the visit that day. "
    )
    text = paragraph * (1_000_000 // len(paragraph))  # about 1 MB, some 170,000 words
    index = people_register_index(review=review)

    started = time.perf_counter()
    matches = people_suggest(review=review, text=text, index=index)
    seconds = time.perf_counter() - started

    print(f"\npeople_suggest: {len(text):,} characters, 61 people, {seconds:.2f} s")
    assert {m.person.real_name for m in matches} == {"Chloe Smith", "Firstname7 Surname7"}
    assert seconds < 5
