// Listens to what the embedded checkers tell the host page, and to CSP violations.
const events = document.getElementById('events');
const violations = document.getElementById('violations');
const heard = [];
let violationCount = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  violationCount += 1;
  violations.textContent = `${violationCount} (${event.violatedDirective} ${event.blockedURI})`;
});

for (const name of ['iin-check', 'checklist-change']) {
  document.addEventListener(name, (event) => {
    const source = event.target.id;
    const summary = name === 'iin-check'
      ? `${event.detail.normalized} ${event.detail.valid ? 'valid' : 'invalid'}`
      : `${event.detail.answers.channel}/${event.detail.answers.category} ready=${event.detail.verdict.ready}`;
    heard.push(`${name} from #${source}: ${summary}`);
    events.textContent = heard.slice(-4).join(' | ');
  });
}
