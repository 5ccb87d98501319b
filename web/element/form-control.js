// The element's part in a form (ElementInternals): what it submits under its `name`, and whether
// the form may be sent, with the reason in the element's language. The number field is the
// control: a valid number submits as its 12 digits; anything else as typed, and it blocks
// submission like a mistyped e-mail address does.

export class FormControl {
  #internals;
  #value = '';

  /** `internals`: from attachInternals(), or null where the browser has none (then a no-op). */
  constructor(internals) {
    this.#internals = internals;
  }

  /** The value the form gets: the normalised number when it is valid, else the text as typed. */
  get value() {
    return this.#value;
  }

  /**
   * text: the field's text; result: checker.check(text), or null when the field is empty;
   * required: the element's `required`; t: the translator; anchor: where the browser points.
   */
  update({ text, result, required, t, anchor }) {
    this.#value = result?.valid ? result.normalized : text;
    if (!this.#internals) return;
    this.#internals.setFormValue(this.#value === '' ? null : this.#value, text);
    if (!text.trim() && required) {
      this.#internals.setValidity({ valueMissing: true }, t('validationMissing'), anchor);
    } else if (text.trim() && !result?.valid) {
      this.#internals.setValidity({ typeMismatch: true }, t('validationInvalid'), anchor);
    } else {
      this.#internals.setValidity({});
    }
  }
}
