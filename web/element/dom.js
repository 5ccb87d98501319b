// Building DOM from data. Text always goes in as text nodes: nothing here parses HTML.

/** el('p', { class: 'x', hidden: true }, 'text', child) → a new element. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, ...children);
  return node;
}

export function append(node, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Replaces the node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, ...children);
}
