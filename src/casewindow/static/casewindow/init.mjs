// Starts GOV.UK Frontend's components, and marks tables that scroll. Loaded as a module, so no
// inline script is needed (the Content Security Policy forbids inline script).
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
// A link that looks like a button is announced as one and, like one, activates on Space
// (GOV.UK Frontend's Button module does that for role="button" links it starts).
document.querySelectorAll("a.govuk-button").forEach((link) => {
  link.setAttribute("role", "button");
  link.setAttribute("data-module", "govuk-button");
});
initAll();

// A table wider than the screen scrolls inside its .cw-table-scroll box. Keyboard users must be
// able to reach a scrolling box and hear what it is, so while it scrolls it is a focusable
// region named by the table's caption (and an ordinary box otherwise).
function markScrollingTables() {
  document.querySelectorAll(".cw-table-scroll").forEach((box, index) => {
    if (box.scrollWidth > box.clientWidth) {
      const caption = box.querySelector("caption");
      if (caption) {
        caption.id ||= `cw-table-caption-${index + 1}`;
        box.setAttribute("aria-labelledby", caption.id);
      } else {
        box.setAttribute("aria-label", box.dataset.cwLabel || "Table");
      }
      box.setAttribute("role", "region");
      box.setAttribute("tabindex", "0");
    } else {
      ["role", "tabindex", "aria-labelledby", "aria-label"].forEach((name) => box.removeAttribute(name));
    }
  });
}

markScrollingTables();
window.addEventListener("resize", markScrollingTables);
document.body.addEventListener("htmx:afterSettle", markScrollingTables);

// After htmx redraws part of a page in place (a decision recorded, say), the message or error
// summary it brings is focused, so a keyboard or screen-reader user hears what happened and
// continues from there rather than from the top of the page.
document.body.addEventListener("htmx:afterSettle", (event) => {
  const target = event.detail && event.detail.elt;
  const focus = target && target.querySelector ? target.querySelector("[data-cw-focus]") : null;
  (focus || document.querySelector("[data-cw-focus]"))?.focus();
});
