"""The people register finds a registered person in the forms a case record writes them that the
register does not list: short forms, other spellings, initials, a middle name, apostrophe and
Mc/Mac variants, a rank before an ordinary-word surname — and not the same strings used as
ordinary words or record abbreviations."""

from casewindow.anonymisation.detection.engine import find_personal_data
from casewindow.anonymisation.detection.name_forms import first_name_forms, initials
from casewindow.anonymisation.detection.register import RegisterMatcher, RegisterPerson

REGISTER = RegisterMatcher.from_people(
    [
        RegisterPerson("e", "Child A", ("Elizabeth Anne O'Neill",)),
        RegisterPerson("w", "Mother's partner", ("William Hope",)),
        RegisterPerson("p", "Child D", ("Patrick John McDonagh",)),
        RegisterPerson("m", "Grandfather", ("Michael Ward",)),
        RegisterPerson("k", "Child G", ("Muhammad Ibrahim Khan",)),
        RegisterPerson("s", "Child F", ("Ștefan Lăcătuș",)),
        RegisterPerson("r", "GP", ("Dr Rajesh Sharma",)),
    ]
)


def hits(text):
    return [(text[s.start : s.end], s.person_key) for s in REGISTER.find(text)]


def people(text):
    return [text[s.start : s.end] for s in find_personal_data([text], REGISTER)[0]]


def test_short_forms_and_other_spellings_of_a_registered_first_name_are_the_person():
    text = "Lizzie and Beth came with Bill. Mo, Mohammed and Raj were there."
    assert hits(text) == [
        ("Lizzie", "e"),
        ("Beth", "e"),
        ("Bill", "w"),
        ("Mo", "k"),
        ("Mohammed", "k"),
        ("Raj", "r"),
    ]


def test_a_short_form_that_is_an_english_word_is_not_taken_in_capitals_or_lower_case():
    text = "THE PLAN WILL WORK. The bill was paid. Will has been kind."
    assert hits(text) == [("Will", "w")]


def test_the_short_form_of_a_registered_name_is_left_as_an_ordinary_word_in_a_phrase():
    text = "Will the plan be reviewed? The Bill went through Parliament."
    assert people(text) == []
    text = "Will to act was there. Bill later rang."
    assert people(text) == ["Bill"]


def test_a_short_form_inside_a_title_cased_phrase_is_the_word_but_not_after_a_salutation():
    text = "the Schools Bill was debated. Dear Will, On Monday Bill rang. Uncle Bill came."
    assert hits(text) == [("Will", "w"), ("Bill", "w"), ("Bill", "w")]


def test_initials_of_a_registered_name_with_or_without_full_stops():
    text = "Subject: PJ. P.J. missed school; PJM and EAO and WH were seen; MIK too."
    assert hits(text) == [
        ("PJ", "p"),
        ("P.J.", "p"),
        ("PJM", "p"),
        ("EAO", "e"),
        ("WH", "w"),
        ("MIK", "k"),
    ]


def test_initials_that_are_a_record_abbreviation_or_an_english_word_are_not_a_person():
    assert "DC" not in initials(["Daniel", "Clarke"])
    assert "LD" not in initials(["Liam", "Dobson"])
    register = RegisterMatcher.from_people([RegisterPerson("a", "Mother", ("Alan Smith",))])
    text = "NOTED AS URGENT by A.S. and his worker."
    assert [text[s.start : s.end] for s in register.find(text)] == ["A.S."]
    register = RegisterMatcher.from_people([RegisterPerson("r", "Child", ("Ruby Clarke",))])
    text = "RC moved to St Anne's RC Primary."
    assert [text[s.start : s.end] for s in register.find(text)] == ["RC"]


def test_apostrophe_and_mc_mac_variants_of_a_registered_surname():
    text = "Mrs ONeill, Beth O Neill, O‘Neill; Mrs Mc Donagh and Mr MacDonagh."
    assert [hit for hit, _ in hits(text)] == [
        "Mrs ONeill",
        "Beth",
        "O Neill",
        "O‘Neill",
        "Mrs Mc Donagh",
        "Mr MacDonagh",
    ]


def test_accents_dropped_or_added_and_a_middle_name_used_as_the_name():
    text = "Stefan Lacatus and Ştefan; Ibrahim was with Muhammad Ibrahim."
    assert hits(text) == [
        ("Stefan Lacatus", "s"),
        ("Ştefan", "s"),
        ("Ibrahim", "k"),
        ("Muhammad Ibrahim", "k"),
    ]


def test_an_ordinary_word_surname_after_a_rank_or_an_initial():
    text = "PC Ward and M. Ward came; Mrs M Ward too; the ward was busy; Ward 4."
    assert hits(text) == [("PC Ward", "m"), ("M. Ward", "m"), ("Mrs M Ward", "m")]


def test_a_first_name_after_a_title_in_the_register_is_found_alone():
    text = "Rajesh rang the school."
    assert hits(text) == [("Rajesh", "r")]


def test_a_name_after_that_is_the_person_when_a_verb_follows():
    register = RegisterMatcher.from_people([RegisterPerson("s", "Child", ("Summer Baker",))])
    text = "The nurse reported that Summer was thriving, unlike that Summer term."
    assert [text[s.start : s.end] for s in register.find(text)] == ["Summer"]


def test_short_forms_of_a_hyphenated_first_name_and_from_a_short_registered_name():
    assert {"Lily", "Mae"} <= first_name_forms("lily-mae")
    assert "William" in first_name_forms("bill")


def test_a_suffix_after_the_surname_in_the_register_leaves_the_surname():
    register = RegisterMatcher.from_people([RegisterPerson("p", "Father", ("Patrick Ward Jnr",))])
    text = "Mr Ward said Paddy's son is PW."
    assert [text[s.start : s.end] for s in register.find(text)] == ["Mr Ward", "Paddy", "PW"]


def test_a_register_name_with_an_aside_in_brackets_or_written_surname_first():
    register = RegisterMatcher.from_people(
        [
            RegisterPerson("b", "Child", ("Bridget (Biddy) Ward",)),
            RegisterPerson("j", "Father", ("OKAFOR, Jayden",)),
        ]
    )
    text = "Biddy and Bridget Ward met Jayden Okafor."
    assert [text[s.start : s.end] for s in register.find(text)] == [
        "Biddy",
        "Bridget Ward",
        "Jayden Okafor",
    ]


def test_a_registered_surname_that_is_a_word_alone_is_the_person_where_a_word_would_not_be():
    register = RegisterMatcher.from_people([RegisterPerson("b", "Mother", ("Joanne Baker",))])

    def found(text):
        return [text[s.start : s.end] for s in register.find(text)]

    assert found("Baker said he was tired.") == ["Baker"]
    assert found("She told staff that Baker had left the flat.") == ["Baker"]
    assert found("The Baker family were at home.") == ["Baker"]
    assert found("Fresh bread from the Baker on the corner.") == []
    assert found("Baker Street was closed.") == []
    assert found("BAKER ROAD") == []
