// "Your mission": the details of the embassy or consulate a host's mission profile describes,
// shown (and printed) with the checklist for the mission's own channel. Every word of it comes
// from the profile or the engine (checker.mission()); this module only lays it out.

import { el, fill } from './dom.js';

const PRINTED_CLOSED_DAYS = 3;  // the next few; the print-out stays one page

function detail(term, ...value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, ...value));
}

/** 'tel:' link for a phone number written '+7 (717) 270-00-00'. */
const telephone = (phone) => `tel:${phone.replace(/[^+\d]/g, '')}`;

/**
 * Draws the card into ctx.$('mission-card') for the checklist `list` and the answers `a` (lang,
 * today, applyOn); hides it when there is no profile or the checklist is for another channel.
 */
export function renderMissionCard(ctx, list, a) {
  const card = ctx.$('mission-card');
  if (!card) return;
  const mission = list && ctx.checker.mission?.({ lang: a.lang, today: a.today, applyOn: a.applyOn ?? a.today });
  card.hidden = !mission || mission.channel !== list.channel.id;
  if (card.hidden) return;
  const { t, formatDate } = ctx.i18n;
  const { status } = mission;
  const closed = mission.closedDays.map((day, i) => el('li', { class: i < PRINTED_CLOSED_DAYS ? null : 'no-print' },
    `${formatDate(day.date)} (${day.name})`));
  fill(card,
    el('h3', { id: 'mission-heading' }, t('missionHeading')),
    el('p', { class: 'mission__name' }, mission.name),
    el('p', { class: `mission__status mission__status--${status.code}`, 'data-status': status.code }, status.text,
      !status.missionConfirmed && ` ${t('missionConfirmedOn', { date: formatDate(mission.confirmed) })}`),
    el('dl', { class: 'mission__details' },
      detail(t('missionAddress'), mission.address),
      detail(t('missionHours'), mission.hours),
      mission.appointment && detail(t('missionAppointment'),
        el('a', { href: mission.appointment, rel: 'noopener noreferrer', target: '_blank', class: 'link-text' }, mission.appointment)),
      mission.phone && detail(t('missionPhone'), el('a', { href: telephone(mission.phone) }, mission.phone)),
      closed.length > 0 && detail(t('missionClosedDays'), el('ul', { class: 'mission__closed' }, closed)),
      mission.extraCategories.length > 0 && detail(t('missionExtraCategories'),
        mission.extraCategories.map((category) => category.title).join('; '))),
    mission.notes && el('p', { class: 'mission__notes' }, el('strong', {}, `${t('missionNotes')}: `), mission.notes));
}

/** The mission's address when the checklist is for its channel (a calendar entry's location), else null. */
export function missionAddress(ctx, list, a) {
  const mission = list && ctx.checker.mission?.({ lang: a.lang, today: a.today, applyOn: a.applyOn ?? a.today });
  return mission && mission.channel === list.channel.id ? mission.address : null;
}
