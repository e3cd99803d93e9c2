// Building the pane's elements. Text goes in through textContent only, never as markup.

type Attributes = Readonly<Record<string, string | boolean | undefined>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name === "className" ? "class" : name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces an element's content with plain text. */
export function say(element: HTMLElement, text: string): void {
  element.textContent = text;
}

/**
 * Files dropped anywhere on the page go to `onDrop` instead of the browser navigating to them;
 * `target` shows that a drop is welcome while something is dragged over the page.
 */
export function acceptDrops(target: HTMLElement, onDrop: (transfer: DataTransfer) => void): void {
  window.addEventListener("dragover", (event) => {
    event.preventDefault();
    target.classList.add("over");
  });
  window.addEventListener("dragleave", () => target.classList.remove("over"));
  window.addEventListener("drop", (event) => {
    event.preventDefault();
    target.classList.remove("over");
    if (event.dataTransfer) onDrop(event.dataTransfer);
  });
}
