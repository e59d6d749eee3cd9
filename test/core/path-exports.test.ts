import { expect } from '@open-wc/testing';
import en from '../../src/content/path/en.json';
import type { PathContent } from '../../src/content/schema/path.js';
import { foldLine, icsText, pathToIcs } from '../../src/core/ics.js';
import { recommendPath } from '../../src/core/recommend-path.js';

const content = en as PathContent;
const path = recommendPath(content, { level: 'senior', style: 'code-first', structure: 'structured', hoursPerWeek: 8, direction: 'backend' });

describe('pathToIcs', () => {
  const ics = pathToIcs(path, new Date('2027-01-04T00:00:00Z'), { summary: 'Milestone: {title}' }, new Date('2026-11-22T10:00:00Z'));

  it('is a calendar with one all-day event per milestone, at the upper end of each range', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(path.phases.length);
    const first = new Date(Date.UTC(2027, 0, 4 + path.phases[0].endsAfter.max * 7)).toISOString().slice(0, 10).replace(/-/g, '');
    expect(ics).to.contain(`DTSTART;VALUE=DATE:${first}`);
    expect(ics).to.contain('DTSTAMP:20261122T100000Z');
  });

  it('never has a line longer than 75 octets, even in Chinese', () => {
    const folded = foldLine(`SUMMARY:${'里程碑'.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(`SUMMARY:${'里程碑'.repeat(40)}`);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('escapes text as RFC 5545 asks', () => {
    expect(icsText('a, b; c\\d\ne')).to.equal('a\\, b\\; c\\\\d\\ne');
  });
});
