// A consumer as a web developer would write it: the API and the element, with no options.
import { createChecker } from 'iin-checker';
import 'iin-checker/element';

const checker = await createChecker();
document.getElementById('api').textContent = JSON.stringify({
  valid: checker.check('901 123 300 258').valid,
  listValid: checker.checkMany('901123300258\n901123300257').valid,
  items: checker.checklist({ channel: 'psc', lang: 'en', today: '2026-11-26' }).items.length,
});
