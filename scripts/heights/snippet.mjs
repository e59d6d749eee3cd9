// What scripts/measure-heights.mjs measures, and the README text it makes of the measurements:
// the CSS that reserves each element's height until it has rendered, and the table of heights.
// Pure functions, no browser: the measurements come in as { tag, name, lang, heights }.

/** Column widths in CSS px the README's table shows: phones (320, 390), docs-site columns, wide pages. */
export const TABLE_WIDTHS = [320, 390, 480, 560, 672, 800, 1024];
/** Every width measured: each 8 px between the narrowest and widest, so line wraps are found where they happen. */
export const WIDTHS = [...new Set([...TABLE_WIDTHS, ...Array.from({ length: 89 }, (_, index) => 320 + index * 8)])].sort((a, b) => a - b);
/** Rules outside any container query use this width: a page whose column is no container still gets a fair guess. */
export const BASE_WIDTH = 672;
/**
 * How far heights inside one width step may spread. An element shorter than a tall screen moves
 * what is in view below it, so its steps follow every line wrap (1 rem); a taller one pushes only
 * text that is out of view anyway, so 15% of its height is close enough and keeps the CSS short.
 */
const SHORT_REM = 60;
const spreadAllowed = (rem) => (rem < SHORT_REM ? 1 : rem * 0.15);
export const LANGS = ['en', 'zh-CN'];
export const CONTAINER = 'mltk-column';
const LOADING = ':is(:not(:defined), :state(loading))';
const RESERVE = '--mltk-reserved-height';

const SPECIALIZATIONS = [
  'frontend', 'backend', 'full-stack', 'mobile', 'devops-sre', 'data-engineering', 'embedded-systems', 'qa-test',
  'security', 'cloud-infrastructure', 'game-graphics', 'product-analytics',
];
const preset = (name, attributes) => ({ name, attributes });

/**
 * Per element, the states a page commonly starts it in. Each state becomes one rule whose selector
 * adds `attributes` to the tag; its height is the median over the presets measured for it.
 */
export const STATES = [
  { tag: 'skill-mapper', label: 'nothing picked', attributes: '', presets: [preset('empty', {})] },
  {
    tag: 'skill-mapper',
    label: 'one specialization set (median of all)',
    attributes: '[specialization]:not([specialization=""])',
    presets: SPECIALIZATIONS.map((id) => preset(`specialization=${id}`, { specialization: id })),
  },
  { tag: 'path-recommender', label: 'no attributes', attributes: '', presets: [preset('empty', {})] },
  {
    tag: 'path-recommender',
    label: 'a level set (median of the presets)',
    attributes: '[level]',
    presets: [
      preset('level=junior', { level: 'junior' }),
      preset('level=mid hours-per-week=6', { level: 'mid', 'hours-per-week': '6' }),
      preset('level=senior', { level: 'senior' }),
      preset('level=senior direction=backend', { level: 'senior', direction: 'backend' }),
    ],
  },
  { tag: 'transition-checklist', label: 'no attributes', attributes: '', presets: [preset('empty', {})] },
];

/** Every element and preset to render once per language. */
export const CASES = STATES.flatMap(({ tag, presets }) => presets.map(({ name, attributes }) => ({ tag, name, attributes })));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Heights in rem (16 px): [state][lang][width], the median over the state's presets. */
function heightsInRem(measurements) {
  return STATES.map((state) =>
    Object.fromEntries(
      LANGS.map((lang) => {
        const measured = measurements.filter((m) => m.tag === state.tag && m.lang === lang && state.presets.some((p) => p.name === m.name));
        if (measured.length !== state.presets.length) throw new Error(`missing measurements for ${state.tag}${state.attributes} in ${lang}`);
        return [lang, Object.fromEntries(WIDTHS.map((width) => [width, median(measured.map((m) => m.heights[width])) / 16]))];
      }),
    ),
  );
}

/**
 * Splits the measured widths into steps whose heights spread no more than allowed; each step
 * reserves the middle of its range, so no column inside it is off by more than half the spread.
 * A boundary lies halfway between the last width of one step and the first of the next.
 */
function widthSteps(remByWidth) {
  const steps = [];
  for (const width of WIDTHS) {
    const rem = remByWidth[width];
    const step = steps.at(-1);
    const low = Math.min(rem, step?.low ?? rem);
    const high = Math.max(rem, step?.high ?? rem);
    if (step && high - low <= spreadAllowed(high)) Object.assign(step, { last: width, low, high });
    else steps.push({ first: width, last: width, low: rem, high: rem });
  }
  return steps.map((step, index) => ({
    from: index === 0 ? undefined : Math.round((steps[index - 1].last + step.first) / 2),
    to: index === steps.length - 1 ? undefined : Math.round((step.last + steps[index + 1].first) / 2),
    first: step.first,
    last: step.last,
    rem: Math.round((step.low + step.high) / 2),
  }));
}

const selector = (state, lang) => `${state.tag}${state.attributes}${lang === 'en' ? '' : `:lang(${lang.split('-')[0]})`}`;
const query = ({ from, to }) => (from && to ? `${from}px <= width < ${to}px` : from ? `width >= ${from}px` : `width < ${to}px`);

/** The reserved height, in whole rem, of each state and language for a column `width` px wide. */
export function reservedRem(measurements, width) {
  const rems = heightsInRem(measurements);
  return STATES.map((_, index) =>
    Object.fromEntries(LANGS.map((lang) => [lang, widthSteps(rems[index][lang]).find((step) => (step.from ?? 0) <= width && width < (step.to ?? Infinity)).rem])),
  );
}

/** The CSS block of the README's "No layout shift" section. */
export function reserveCss(measurements) {
  const rems = heightsInRem(measurements);
  const base = reservedRem(measurements, BASE_WIDTH);
  const lines = [
    'skill-mapper, path-recommender, transition-checklist { display: block; }',
    '/* The column each element sits in: the steps below follow its width. */',
    `:has(> :is(skill-mapper, path-recommender, transition-checklist)) { container: ${CONTAINER} / inline-size; }`,
    `:is(skill-mapper, path-recommender, transition-checklist)${LOADING} { min-height: var(${RESERVE}); }`,
    '/* While a language or content loads, what the element holds meanwhile must not move the page. */',
    `:is(skill-mapper, path-recommender, transition-checklist):state(loading) { height: var(${RESERVE}); overflow: clip; }`,
    `/* A ${BASE_WIDTH}px column, and any page without container queries. */`,
    ...STATES.flatMap((state, index) => LANGS.map((lang) => `${selector(state, lang)} { ${RESERVE}: ${base[index][lang]}rem; }`)),
  ];
  STATES.forEach((state, index) => {
    for (const lang of LANGS) {
      lines.push(`/* <${state.tag}>, ${state.label}, ${lang} */`);
      for (const step of widthSteps(rems[index][lang])) {
        lines.push(`@container ${CONTAINER} (${query(step)}) { ${selector(state, lang)} { ${RESERVE}: ${step.rem}rem; } }`);
      }
    }
  });
  return lines.join('\n');
}

/** The two lines the README's quick start shows: skill-mapper with a specialization in a base-width English column. */
export function quickStartCss(measurements) {
  const index = STATES.findIndex((state) => state.tag === 'skill-mapper' && state.attributes);
  const rem = reservedRem(measurements, BASE_WIDTH)[index].en;
  return ['skill-mapper { display: block; }', `skill-mapper${LOADING} { min-height: ${rem}rem; }`].join('\n');
}

/** A Markdown table of the measured heights: one row per state, one column per width, `en / zh-CN`. */
export function heightsTable(measurements) {
  const rems = heightsInRem(measurements);
  const head = `| element, state | ${TABLE_WIDTHS.map((width) => `${width} px`).join(' | ')} |`;
  const rule = `| --- | ${TABLE_WIDTHS.map(() => '---:').join(' | ')} |`;
  const rows = STATES.map(
    (state, index) => `| \`<${state.tag}${state.attributes ? ` ${state.attributes.slice(1, state.attributes.indexOf(']'))}` : ''}>\`, ${state.label} | ${TABLE_WIDTHS.map((width) => LANGS.map((lang) => Math.round(rems[index][lang][width])).join(' / ')).join(' | ')} |`,
  );
  return [head, rule, ...rows].join('\n');
}
