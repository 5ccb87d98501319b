// The checker createChecker() resolves to: the number checker and, unless it was left out, the
// document checklist, behind one object.

export class Checker {
  #numbers;
  #documents;

  /** `numbers`: a NumberChecker, or a ManyChecker (lists too); `documents`: a Checklist, or null. */
  constructor(numbers, documents) {
    this.#numbers = numbers;
    this.#documents = documents;
    this.version = numbers.version;
    /** { version, asOf, builtIn } of the rules in use; null without the checklist. */
    this.rules = documents?.rules ?? null;
    /** { channel, name: { en, ru, kk }, accepting, confirmed } of the mission profile in use; null without one. */
    this.profile = documents?.profile ?? null;
    Object.freeze(this);
  }

  /** Checks one IIN or BIN as a person typed or pasted it. */
  check(input, options) {
    return this.#numbers.check(input, options);
  }

  /** Checks the records of a text, an array of strings, or a Blob or stream read in parts. */
  checkMany(input, options) {
    return this.#lists().checkMany(input, options);
  }

  /** One record judged as checkMany() judged it with `layout`: batch.row() for a batch checked elsewhere. */
  checkRecord(record, layout, options, how) {
    return this.#lists().checkRecord(record, layout, options, how);
  }

  /**
   * The channels (where to apply) and their categories (who may apply there) on the day of
   * applying, with their statuses; routes that have ended, as history. `options`: a language
   * code, or { lang, applyOn, today }.
   */
  categories(options) {
    return this.#checklist().categories(options);
  }

  /**
   * The mission profile in use as the applicant reads it, with its channel's status on the day of
   * applying; null without a profile. `options`: a language code, or { lang, applyOn, today }.
   */
  mission(options) {
    return this.#checklist().mission(options);
  }

  /**
   * The whole case in one call: { today, applyOn, refused, choices, checklist, verdict, mission,
   * changes }. Answers the engine cannot use are left out and named in `refused`; checklist(),
   * assess(), changesSince(), categories() and mission() are parts of it.
   */
  situation(answers) {
    return this.#checklist().situation(answers);
  }

  /** The documents to bring, who may submit, the term and the refusal grounds for one situation. */
  checklist(answers) {
    return this.#checklist().checklist(answers);
  }

  /** Whether a package would be accepted: what is missing, expired or waiting, the grounds, readyBy. */
  assess(answers) {
    return this.#checklist().assess(answers);
  }

  /** What changed for these answers since an earlier edition of the rules (the one a link carries). */
  changesSince(version, answers) {
    return this.#checklist().changesSince(version, answers);
  }

  #lists() {
    if (!this.#numbers.checkMany) throw new Error('This checker was created with { many: false }.');
    return this.#numbers;
  }

  #checklist() {
    if (!this.#documents) {
      throw Object.assign(
        new Error('This checker was created with { checklist: false }: create one without it for the checklist.'),
        { code: 'not_loaded', path: 'options.checklist' },
      );
    }
    return this.#documents;
  }
}
