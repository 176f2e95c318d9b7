// Starts GOV.UK Frontend's components. Loaded as a module, so no inline script is needed
// (the Content Security Policy forbids inline script).
import { initAll } from "/static/govuk/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
