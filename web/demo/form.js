// The demo form: shows what it would send, or why it refuses, instead of sending anything.
const form = document.getElementById('application');
const sent = document.getElementById('sent');
const refused = document.getElementById('refused');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const invalid = [...form.elements].filter((control) => control.willValidate && !control.checkValidity());
  if (invalid.length) {
    refused.textContent = invalid.map((control) => `${control.name}: ${control.validationMessage}`).join(' | ');
    return;
  }
  refused.textContent = 'nothing';
  sent.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
});
