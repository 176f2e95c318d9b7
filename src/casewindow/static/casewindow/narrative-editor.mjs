// The narrative editor: a small Markdown toolbar, a warning before leaving with unsaved
// changes, and a working copy posted every few seconds (the server offers it back when the
// form is opened again). Without JavaScript the form still works: the text is typed as
// Markdown (the hint explains it), Preview is a server round trip and nothing is autosaved.

const form = document.querySelector("[data-narrative-form]");

// The start and end of the whole lines the selection touches.
function lineBounds(text, start, end) {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const last = end > start && text[end - 1] === "\n" ? end - 1 : end;
  const next = text.indexOf("\n", last);
  return [from, next === -1 ? text.length : next];
}

function replaceRange(textarea, from, to, replacement, selectFrom, selectTo) {
  textarea.focus();
  textarea.setRangeText(replacement, from, to, "end");
  if (selectFrom !== undefined) textarea.setSelectionRange(selectFrom, selectTo);
  textarea.dispatchEvent(new Event("input", { bubbles: true }));
}

function prefixLines(textarea, prefixFor) {
  const { value, selectionStart, selectionEnd } = textarea;
  const [from, to] = lineBounds(value, selectionStart, selectionEnd);
  const lines = value.slice(from, to).split("\n");
  const changed = lines.map((line, index) => prefixFor(index) + line).join("\n");
  // A list or heading needs an empty line before it to start a new block.
  const before = from > 1 && value.slice(from - 2, from) !== "\n\n" ? "\n" : "";
  replaceRange(textarea, from, to, before + changed);
}

const ACTIONS = {
  heading: { label: "Heading", apply: (t) => prefixLines(t, () => "## ") },
  bullets: { label: "Bulleted list", apply: (t) => prefixLines(t, () => "- ") },
  numbers: { label: "Numbered list", apply: (t) => prefixLines(t, (i) => `${i + 1}. `) },
  bold: {
    label: "Bold",
    apply: (t) => {
      const { selectionStart: s, selectionEnd: e, value } = t;
      const words = value.slice(s, e) || "bold words";
      replaceRange(t, s, e, `**${words}**`, s + 2, s + 2 + words.length);
    },
  },
  link: {
    label: "Link",
    apply: (t) => {
      const { selectionStart: s, selectionEnd: e, value } = t;
      const words = value.slice(s, e) || "link text";
      const address = "https://";
      const text = `[${words}](${address})`;
      const at = s + words.length + 3;
      replaceRange(t, s, e, text, at, at + address.length);
    },
  },
};

function addToolbar(textarea) {
  const bar = document.createElement("div");
  bar.className = "cw-toolbar";
  bar.setAttribute("role", "group");
  bar.setAttribute("aria-label", "Formatting");
  bar.setAttribute("aria-controls", textarea.id);
  for (const [name, action] of Object.entries(ACTIONS)) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "govuk-button govuk-button--secondary";
    button.dataset.format = name;
    button.textContent = action.label;
    button.addEventListener("click", () => action.apply(textarea));
    bar.append(button);
  }
  textarea.before(bar);
}

if (form) {
  const status = form.querySelector("[data-autosave-status]");
  const seconds = Number(form.dataset.autosaveSeconds || 10);
  let unsaved = form.hasAttribute("data-unsaved");
  let changedSinceCopy = false;
  let submitting = false;

  form.querySelectorAll("textarea[data-markdown-editor]").forEach(addToolbar);
  document.querySelectorAll("[data-autosave-note]").forEach((note) => {
    note.hidden = false;
  });

  const say = (text) => {
    if (status) status.textContent = text;
  };

  form.addEventListener("input", () => {
    if (!unsaved) say("You have unsaved changes.");
    unsaved = true;
    changedSinceCopy = true;
  });
  form.addEventListener("submit", () => {
    submitting = true;
  });
  window.addEventListener("beforeunload", (event) => {
    if (unsaved && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  async function keepWorkingCopy() {
    if (!changedSinceCopy || submitting) return;
    changedSinceCopy = false;
    const data = new FormData(form);
    data.set("action", "autosave");
    try {
      const response = await fetch(window.location.pathname, {
        method: "POST",
        body: data,
        credentials: "same-origin",
        headers: { "X-Requested-With": "fetch" },
      });
      if (!response.ok) throw new Error(String(response.status));
      say((await response.text()).trim());
    } catch {
      changedSinceCopy = true;
      say("A working copy could not be kept just now. Your changes are not saved yet.");
    }
  }

  window.setInterval(keepWorkingCopy, seconds * 1000);
}
