// Listens to what the embedded checkers tell the host page, and to CSP violations.
const events = document.getElementById('events');
const violations = document.getElementById('violations');
const heard = [];
let violationCount = 0;

document.addEventListener('securitypolicyviolation', (event) => {
  violationCount += 1;
  violations.textContent = `${violationCount} (${event.violatedDirective} ${event.blockedURI})`;
});

const SUMMARIES = {
  'iin-check': (detail) => `${detail.normalized} ${detail.valid ? 'valid' : 'invalid'}`,
  'iin-checklist-change': (detail) =>
    `${detail.answers.channel}/${detail.answers.category} ready=${detail.verdict.ready}`,
  'iin-ready': (detail) => `${detail.view} view ready`,
  'iin-error': (detail) => `${detail.code}`,
};

for (const [name, summarize] of Object.entries(SUMMARIES)) {
  document.addEventListener(name, (event) => {
    const source = event.target.id;
    const summary = summarize(event.detail);
    heard.push(`${name} from #${source}: ${summary}`);
    events.textContent = heard.slice(-6).join(' | ');
  });
}
