// The lines of a checkMany() text, as the checker counts them: split at '\n', and a final '\n'
// does not start another line. Found on demand, so a batch that nobody reads costs nothing.

export class Lines {
  #text;
  #count;
  #starts = null;

  constructor(text, count) {
    this.#text = text;
    this.#count = count;
  }

  /** The text of line `index` (0-based), without its line break. */
  at(index) {
    if (!this.#starts) {
      this.#starts = new Uint32Array(this.#count);
      for (let i = 1, at = 0; i < this.#count; i += 1) {
        at = this.#text.indexOf('\n', at) + 1;
        this.#starts[i] = at;
      }
    }
    const end = index + 1 < this.#count ? this.#starts[index + 1] - 1
      : this.#text.length - (this.#text.endsWith('\n') ? 1 : 0);
    return this.#text.slice(this.#starts[index], end);
  }
}
