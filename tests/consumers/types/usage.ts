// A strict TypeScript consumer of the packed package: the API, the element, its events.
import { createChecker, RulesetError, type IdResult, type StartError } from 'iin-checker';
import 'iin-checker/element';
import type { IinCheckerElement, IinErrorCode } from 'iin-checker/element';

const checker = await createChecker({ wasmUrl: '/static/iin/', checklist: true });
const result: IdResult = checker.check('901123300258', { strict: true, expect: 'iin' });
export const valid: boolean = result.valid;

const element = document.querySelector('iin-checker'); // IinCheckerElement | null, from the tag map
if (element) {
  element.required = true;
  element.view = 'number';
  const submitted: string = element.value;
  const reason: string = element.validationMessage;
  element.addEventListener('iin-check', (event) => {
    const digits: string = event.detail.normalized;
    console.log(submitted, reason, digits);
  });
  element.addEventListener('iin-checklist-change', (event) => {
    const ready: boolean | null = event.detail.verdict.ready; // null: the sources cannot say
    console.log(ready, event.detail.answers.channel);
  });
  element.addEventListener('iin-error', (event) => {
    const code: IinErrorCode = event.detail.code;
    console.log(code, event.detail.message);
  });
  (await element.checker).categories('kk');
}
// The events bubble: the document hears them with their types too.
document.addEventListener('iin-ready', (event) => console.log(event.detail.view));

const made: IinCheckerElement = document.createElement('iin-checker');
// @ts-expect-error: view is one of the four views
made.view = 'calendar';

try {
  await createChecker({ rules: '{}' });
} catch (error) {
  if (error instanceof RulesetError) console.log(error.path, error.code);
  else console.log((error as StartError).code);
}
