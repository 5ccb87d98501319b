// An iCalendar file (RFC 5545) of whole-day events, e.g. the day of the visit and the day the IIN
// should be ready. Text values are escaped and long lines folded as the RFC says.

const compact = (iso) => iso.replaceAll('-', '');

function nextDay(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

// RFC 5545 3.3.11: backslash, semicolon and comma are escaped; a line break becomes \n.
const escapeText = (text) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

// RFC 5545 3.1: lines of at most 75 octets; a continuation line starts with one space. Neither a
// UTF-8 character nor an escape such as \n is split.
function fold(line) {
  const encoder = new TextEncoder();
  const lines = [];
  let current = '';
  let octets = 0;
  for (const [character] of line.matchAll(/\\.|./gsu)) {
    const size = encoder.encode(character).length;
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const utcStamp = (date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/**
 * events: [{ uid, date: 'YYYY-MM-DD', summary, description, location?, url? }]; now: a Date (the stamp).
 * Returns the text of an .ics file.
 */
export function calendarFile(events, now) {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//IIN Checker//Documents checklist//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;VALUE=DATE:${compact(event.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
