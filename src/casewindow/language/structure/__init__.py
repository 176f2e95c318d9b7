"""Sentence structure for the language check, with spaCy's dependency parser.

Phrase rules (rules.yaml) find words; some judgements are in how a sentence is built, and some
blame words are not blame where they stand. This module does both, for `engine.check_language`:

- structural rules (a rule in rules.yaml with `structural: <name>`, found by `STRUCTURES`):
  `counterfactual` — a perfect modal ("would/could/might (not) have …") whose clause has a
  condition about the past ("If X had …", "Had X …", "Were X to have …", "With a proper …"),
  or whose subject is an imagined action ("A home visit would have shown …"), and whose verb
  is an outcome: harm prevented or caused, or something found out — or whose condition is
  about what a professional did not do ("If the nursery had reported …"); conditions are
  read from word order, since the parser often misplaces an inverted "had X …" clause;
  `imagined-professional` — the practice of an imagined better professional ("A more
  experienced social worker would have …", "Any competent GP would have …", "Good social
  workers do not accept …");
  `modal-adverb` — words between a modal and its "have" ("should, at the very least, have",
  "might easily have", "could have easily checked");
- the scope in which any flag stands (`Context.keeps`): inside a quotation (the reviewer reports
  words, does not judge); under a negation or a rejection of the blame ("We do not consider
  that X should have …", "X was not negligent", "no evidence that X failed to …", "It would be
  wrong to conclude that …", "Rather than asking who should have …"); or in the review's own
  method text about hindsight ("Hindsight bias makes outcomes seem predictable", "The review
  considered whether the outcome could have been foreseen").

Only sentences that need it are parsed (a perfect modal or a generic imagined professional for
the structural rules; a flag plus a negation or method word for the scope), each sentence once
per process (cached), with the small English model loaded once, lazily, from its installed
package (no network). Without the model the check falls back to phrases and quotations.

The package: `words` (word lists), `parsing` (the model and the parse cache), `grammar`
(readings shared by all), `counterfactual`, `professionals` and `judging` (the structures),
`structural` (all structures of a sentence), `scope` (where a flag stands) and `context` (one
text's sentences and quotations, for `engine.check_language`)."""

from casewindow.language.structure.context import Context
from casewindow.language.structure.parsing import _PARSED, clear_caches, parser_available
from casewindow.language.structure.structural import STRUCTURES

__all__ = ["STRUCTURES", "_PARSED", "Context", "clear_caches", "parser_available"]
