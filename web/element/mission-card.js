// "Your mission": the details of the embassy or consulate a host's mission profile describes,
// shown (and printed) with the checklist for the mission's own channel. Every word of it comes
// from the profile or the engine (situation()'s `mission`); this module only lays it out.

import { el, fill } from './dom.js';

function detail(term, ...value) {
  return el('div', {}, el('dt', {}, term), el('dd', {}, ...value));
}

/** 'tel:' link for a phone number written '+7 (717) 270-00-00'. */
const telephone = (phone) => `tel:${phone.replace(/[^+\d]/g, '')}`;

/**
 * Draws the card into ctx.$('mission-card') for the checklist `list` and the `mission` of the same
 * situation; hides it when there is no profile or the checklist is for another channel.
 */
export function renderMissionCard(ctx, list, mission) {
  const card = ctx.$('mission-card');
  if (!card) return;
  card.hidden = !list || !mission || mission.channel !== list.channel.id;
  if (card.hidden) return;
  const { t, formatDate } = ctx.i18n;
  const { status } = mission;
  const closed = mission.closedDays.map((day) => el('li', {}, `${formatDate(day.date)} (${day.name})`));
  fill(
    card,
    el('h3', { id: 'mission-heading' }, t('missionHeading')),
    // Printed only when the status does not name the mission already.
    el('p', { class: status.missionConfirmed ? 'mission__name no-print' : 'mission__name' }, mission.name),
    el(
      'p',
      { class: `mission__status mission__status--${status.code}`, 'data-status': status.code },
      status.text,
      !status.missionConfirmed && ` ${t('missionConfirmedOn', { date: formatDate(mission.confirmed) })}`,
    ),
    el(
      'dl',
      { class: 'mission__details' },
      detail(t('missionAddress'), mission.address),
      detail(t('missionHours'), mission.hours),
      // Printed when there is no phone to call: the print-out keeps to one page.
      mission.appointment &&
        el(
          'div',
          { class: mission.phone ? 'no-print' : null },
          el('dt', {}, t('missionAppointment')),
          el(
            'dd',
            {},
            el(
              'a',
              { href: mission.appointment, rel: 'noopener noreferrer', target: '_blank', class: 'link-text' },
              mission.appointment,
            ),
          ),
        ),
      mission.phone && detail(t('missionPhone'), el('a', { href: telephone(mission.phone) }, mission.phone)),
      // Printed in "ready by" (the days it skipped), not as a list: the print-out keeps to one page.
      closed.length > 0 &&
        el(
          'div',
          { class: 'no-print' },
          el('dt', {}, t('missionClosedDays')),
          el('dd', {}, el('ul', { class: 'mission__closed' }, closed)),
        ),
      mission.extraCategories.length > 0 &&
        el(
          'div',
          { class: 'no-print' },
          el('dt', {}, t('missionExtraCategories')),
          el('dd', {}, mission.extraCategories.map((category) => category.title).join('; ')),
        ),
    ),
    // Notes stay on screen: the print-out keeps to one page whatever a mission writes.
    mission.notes &&
      el('p', { class: 'mission__notes no-print' }, el('strong', {}, `${t('missionNotes')}: `), mission.notes),
  );
}

/** The mission's address when the checklist is for its channel (a calendar entry's location), else null. */
export function missionAddress(list, mission) {
  return mission && mission.channel === list.channel.id ? mission.address : null;
}
