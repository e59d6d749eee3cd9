import { expect } from '@open-wc/testing';
import en from '../../src/content/path/en.json';
import common from '../../src/content/common/ui.en.json';
import ui from '../../src/content/path/ui.en.json';
import type { PathContent } from '../../src/content/schema/path.js';
import { foldLine, icsText, pathToIcs } from '../../src/core/ics.js';
import { pathToMarkdown } from '../../src/core/path-markdown.js';
import { recommendPath } from '../../src/core/recommend-path.js';

const content = en as PathContent;
const path = recommendPath(content, { level: 'senior', style: 'code-first', structure: 'structured', hoursPerWeek: 8, direction: 'backend' });
const labels = { ...common, ...ui, title: ui.markdownTitle, inputs: ui.markdownInputs };

describe('pathToMarkdown', () => {
  it('holds the inputs, the total, and every phase with its reason, milestone and resources', () => {
    const md = pathToMarkdown(path, labels, 'Model serving');
    expect(md).to.match(/^# My learning path into machine learning\n/);
    expect(md).to.contain('- Your experience level: Senior');
    expect(md).to.contain('- Main direction: Model serving');
    expect(md).to.contain(`${path.weeks.min}–${path.weeks.max} weeks at 8 hours a week`);
    path.phases.forEach((phase, index) => {
      expect(md).to.contain(`## ${index + 1}. `);
      expect(md).to.contain(phase.milestone.slice(0, 30).replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`));
      for (const part of phase.parts) expect(md).to.contain(`](${part.resource.url})`);
    });
  });

  it('escapes markup in content', () => {
    const hostile = recommendPath({ ...content, phases: content.phases.map((p) => ({ ...p, title: '<img src=x onerror=alert(1)> *bold*' })) }, path.inputs);
    const md = pathToMarkdown(hostile, labels);
    expect(md).to.not.match(/(^|[^\\])<img/);
    expect(md).to.contain('\\<img src=x onerror=alert(1)\\> \\*bold\\*');
  });
});

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
