// Coding a passage: selecting text in the coding text fills the form's passage box and its
// hidden start and end offsets. Without JavaScript the passage is typed or pasted instead; the
// server checks the offsets against the text either way and never trusts them.

const text = document.querySelector("[data-coding-text]");
const form = document.querySelector("[data-coding-form]");

// The offset, in the text's characters, of a point (node, offset) inside the text box.
function offsetWithin(container, node, offset) {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

function onSelection() {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
  const range = selection.getRangeAt(0);
  if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
  let start = offsetWithin(text, range.startContainer, range.startOffset);
  let end = offsetWithin(text, range.endContainer, range.endOffset);
  if (start > end) [start, end] = [end, start];
  const whole = text.textContent;
  // Leave out white space at either end of the selection.
  while (start < end && /\s/.test(whole[start])) start += 1;
  while (end > start && /\s/.test(whole[end - 1])) end -= 1;
  if (end <= start) return;
  form.elements.passage.value = whole.slice(start, end);
  form.elements.start.value = String(start);
  form.elements.end.value = String(end);
  if (form.elements.occurrence) form.elements.occurrence.value = "";
}

if (text && form) {
  text.addEventListener("mouseup", onSelection);
  text.addEventListener("keyup", onSelection);
  // A passage typed or changed by hand no longer matches the selected offsets.
  form.elements.passage.addEventListener("input", () => {
    form.elements.start.value = "";
    form.elements.end.value = "";
  });
}
