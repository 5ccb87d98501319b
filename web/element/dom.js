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

/**
 * A DocumentFragment built from a tree of [tag, attributes, ...children] and strings, as
 * scripts/element-modules.mjs writes the markup: DOM calls only, no HTML parsing.
 */
export function fromTree(nodes) {
  const fragment = document.createDocumentFragment();
  for (const node of nodes) {
    if (typeof node === 'string') {
      fragment.append(node);
      continue;
    }
    const [tag, attributes, ...children] = node;
    const element = el(tag, attributes);
    (tag === 'template' ? element.content : element).append(fromTree(children));
    fragment.append(element);
  }
  return fragment;
}
