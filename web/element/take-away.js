// "Take it with you": the checklist's link as a QR code and as text, shared or copied; the visit
// and the ready-by day as a calendar file; and the print-out's header (the product, the day it was
// printed, the rules' date, the link and its QR code, the answers given, the route's status when it
// is not in force). All made on the device.

import { localToday } from '../lib/local-date.js';
import { calendarFile } from './calendar-file.js';
import { formNames } from './checklist-items.js';
import { el, fill } from './dom.js';
import { missionAddress } from './mission-card.js';
import { printOnly } from './print.js';
import { qrCodeImage } from './qr.js';
import { statusLine } from './route-status.js';
import { canShare, copyLink, shareLink } from './share.js';

// "Any one of these: A; B (All of these: C; D)": a group's members, nested groups in brackets.
function groupText(item, t) {
  const members = (item.oneOf ?? item.allOf).map((member) =>
    member.oneOf || member.allOf ? `${member.title} (${groupText(member, t)})` : member.title,
  );
  return `${t(item.oneOf ? 'anyOneOf' : 'allOfThese')} ${members.join('; ')}`;
}

// One line per document: "Passport (original to show, copy)"; a group names its members.
function documentLines(items, t) {
  return items.map((item) => {
    if (item.oneOf || item.allOf) return `${item.title}: ${groupText(item, t)}`;
    const forms = formNames(item, t);
    return forms.length ? `${item.title} (${forms.join(', ').toLowerCase()})` : item.title;
  });
}

function answer(term, value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, value));
}

/** ctx as for the documents view. Returns { update(state) } for each new checklist or verdict. */
export function setUpTakeAway(ctx) {
  const { $ } = ctx;
  const host = $('take-away').getRootNode().host;
  let current = null; // { answers, list, verdict, mission, expiries, link, readyIfComplete }
  let drawn = null; // the link and language the QR codes show

  function setStatus(text) {
    $('take-away-status').textContent = text;
  }

  function renderScreen() {
    const { t } = ctx.i18n;
    const { link } = current;
    $('take-away-link').hidden = !link;
    $('share').hidden = !link;
    if (!link) return;
    const key = `${ctx.i18n.language} ${link}`;
    if (drawn !== key) {
      fill($('qr-screen'), qrCodeImage(link, t('qrLabel')));
      fill($('print-qr'), qrCodeImage(link, t('qrLabel')));
      drawn = key;
    }
    $('link-text').textContent = link;
    $('share').textContent = t(canShare(link) ? 'share' : 'copyLink');
  }

  function renderPrintHeader() {
    const { t, formatDate } = ctx.i18n;
    const { answers, list, expiries, link } = current;
    const given = (date, weekday) => (date ? formatDate(date, weekday) : t('notGiven'));
    $('printed-on').textContent = `${t('printedOn', { date: formatDate(localToday()) })} · ${t('rulesAsOfPrint', {
      date: formatDate(list.asOf),
      version: list.version,
    })}`;
    $('print-link').hidden = !link;
    $('print-link-text').textContent = link ?? '';
    fill(
      $('print-answers'),
      answer(t('answerChannel'), list.channel.title),
      list.category && answer(t('answerCategory'), list.category.title),
      answer(t('answerApplyOn'), formatDate(answers.applyOn, true)),
      answer(t('answerPassportExpiry'), given(expiries.passport)),
      answers.birthDate && answer(t('answerBirthDate'), formatDate(answers.birthDate)),
      answer(t('answerRepresentative'), t(answers.representative ? 'yes' : 'no')),
      list.status.code !== 'in_force' && answer(t('answerStatus'), `⚠ ${statusLine(list.status, ctx.i18n)}`),
    );
  }

  function downloadCalendar() {
    const { t, formatDate } = ctx.i18n;
    const { answers, list, mission, link, readyIfComplete } = current;
    const linkLines = link ? ['', `${t('calendarLink')} ${link}`] : [];
    const id = [list.channel.id, list.category?.id].filter(Boolean).join('-');
    const location = missionAddress(list, mission) ?? undefined; // the mission's, when a profile gives one
    const events = [
      {
        uid: `visit-${answers.applyOn}-${id}@iin-checker`,
        date: answers.applyOn,
        summary: t('calendarVisit', { place: list.channel.title }),
        description: [
          t('calendarBring'),
          ...documentLines(list.items, t).map((line) => `- ${line}`),
          ...linkLines,
        ].join('\n'),
        location,
        url: link,
      },
    ];
    if (readyIfComplete) {
      events.push({
        uid: `ready-${readyIfComplete}-${id}@iin-checker`,
        date: readyIfComplete,
        summary: t('calendarReady'),
        description: [t('calendarReadyNote', { date: formatDate(answers.applyOn) }), list.term.text, ...linkLines].join(
          '\n',
        ),
        location,
        url: link,
      });
    }
    const file = new Blob([calendarFile(events, new Date())], { type: 'text/calendar;charset=utf-8' });
    const anchor = el('a', { href: URL.createObjectURL(file), download: 'iin-application.ics' });
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(anchor.href), 10_000);
    setStatus(t('calendarSaved'));
  }

  $('share').addEventListener('click', async () => {
    const { link } = current;
    if (canShare(link)) {
      setStatus('');
      await shareLink({ url: link, title: ctx.i18n.t('brand') });
      return;
    }
    setStatus(ctx.i18n.t((await copyLink(link)) ? 'linkCopied' : 'linkCopyFailed'));
  });
  $('add-to-calendar').addEventListener('click', downloadCalendar);
  $('print').addEventListener('click', () => {
    renderPrintHeader();
    printOnly(host);
  });
  // Printed some other way (the browser's menu): the date printed is still today's.
  window.addEventListener('beforeprint', () => current && renderPrintHeader());

  return {
    update(state) {
      current = state;
      setStatus('');
      renderScreen();
      renderPrintHeader();
    },
  };
}
