// Starts GOV.UK Frontend's components, and marks tables that scroll. Loaded as a module, so no
// inline script is needed (the Content Security Policy forbids inline script).
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");

// A confirmation after a change that returns the user to a place in a page (an episode moved,
// a comment or a decision saved: a redirect to "#anchor") is shown at that place, not left
// thousands of pixels above it, and it takes focus, so the user sees and hears what happened
// where they are (WCAG 2.4.3, 4.1.3). Without an anchor a success message is focused where it is.
function showMessagesWhereTheUserIs() {
  const banners = [...document.querySelectorAll("main .govuk-notification-banner")];
  if (!banners.length) return;
  let target = null;
  if (location.hash.length > 1) {
    try {
      target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      target = null;
    }
  }
  if (target) {
    const table = target.closest("table");
    let before = target;
    if (table) before = table.closest(".cw-table-scroll") || table;
    else if (target.matches("li, dt, dd")) before = target.closest("ul, ol, dl") || target;
    banners.forEach((banner) => before.before(banner));
  }
  const banner = target
    ? banners[0]
    : banners.find((b) => b.classList.contains("govuk-notification-banner--success"));
  if (!banner) return;
  banner.dataset.disableAutoFocus = "true";  // focused here, not by GOV.UK Frontend
  banner.setAttribute("tabindex", "-1");
  banner.setAttribute("data-cw-message", "");
  const show = () => {
    banner.focus({ preventScroll: true });
    banner.scrollIntoView({ block: "start" });
  };
  show();
  // The browser's own jump to the anchor may come after this script: show it again then.
  window.addEventListener("load", () => requestAnimationFrame(show), { once: true });
}
showMessagesWhereTheUserIs();
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

// Progress that updates itself (a document being read, an export being made) is polled by htmx,
// which swaps the status block. What a screen reader should hear is in the block's
// data-cw-announce; it goes into the page's one persistent live region, and only when it
// changes, so each state (and the completion) is announced once.
const announcer = document.getElementById("cw-announcer");
function announce(root) {
  if (!announcer) return;
  const within = root && root.isConnected ? root : document;
  const source = within.matches?.("[data-cw-announce]")
    ? within
    : within.querySelector("[data-cw-announce]") || document.querySelector("[data-cw-announce]");
  const text = source?.dataset.cwAnnounce;
  if (text && announcer.textContent !== text) announcer.textContent = text;
}
if (announcer) announcer.textContent = document.querySelector("[data-cw-announce]")?.dataset.cwAnnounce || "";
document.body.addEventListener("htmx:afterSettle", (event) => announce(event.detail?.elt));
