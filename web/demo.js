import { createChecker } from './iin-checker.js';

const field = document.getElementById('number');
const verdict = document.getElementById('verdict');
const details = document.getElementById('details');
const checker = await createChecker();

function show() {
  const result = checker.check(field.value);
  verdict.textContent = result.valid ? 'Valid' : result.errors[0].message;
  details.textContent = JSON.stringify(result, null, 2);
}
field.addEventListener('input', show);
show();
