'use strict';
// The aggregator's pages: the experiment and study lists (index.html) and one experiment (experiment.html?id=ID);
// study.js adds one study's page (study.html?id=ID) on these helpers.
// Every value from the API enters the DOM as text; only the figure, SVG from this same server, is parsed as markup.

const POLL_MS = 2000;
const TERMINAL = ['COMPLETE', 'REJECTED'];
// The variants (in the paper's order) and the metrics (primary first) come from the aggregator, as do the cells'
// intervals: the page lays out and prints, it computes nothing statistical.
let catalog = null;
const getCatalog = async () => catalog ??= await getJson('/catalog');

/** An element with properties (textContent, className, href, ...) and children; strings become text nodes. */
function h(tag, props, ...children) {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.filter(child => child != null));
  return element;
}

/** A study's axis as a reader names it. */
function axisName(axis) {
  return {TARGET_SIZE: 'target-set size', SPLIT: 'A/B split'}[axis] ?? axis;
}

function setText(id, value) {
  document.getElementById(id).textContent = value;
}

async function getJson(url) {
  const response = await fetch(url, {cache: 'no-store'});
  if (!response.ok) {
    throw Object.assign(new Error(`${url}: HTTP ${response.status}`), {status: response.status});
  }
  return response.json();
}

const fixed = (value, digits = 4) => value == null ? '–' : Number(value).toFixed(digits);
/** A cell's mean over seeds ± half its 95% interval, as the aggregator computed it (none for one seed). */
const meanInterval = m => m.ciLow == null ? fixed(m.mean) : `${fixed(m.mean)} ± ${fixed((m.ciHigh - m.ciLow) / 2)}`;
const interval = m => m.ciLow == null ? '–' : `[${fixed(m.ciLow)}, ${fixed(m.ciHigh)}]`;
const badge = state => h('span', {className: `badge badge-${state}`, textContent: state});
const progress = (done, total) => h('progress', {max: Math.max(total, 1), value: done});

function duration(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor(s / 60) % 60;
  return hours ? `${hours} h ${minutes} min` : minutes ? `${minutes} min ${s % 60} s` : `${s} s`;
}

async function indexPage() {
  try {
    const experiments = await getJson('/experiments');
    document.getElementById('experiment-rows').replaceChildren(...experiments.map(x => h('tr', {},
        h('td', {}, h('a', {href: `experiment.html?id=${encodeURIComponent(x.experimentId)}`,
          textContent: x.experimentId})),
        h('td', {}, badge(x.state)),
        h('td', {}, progress(x.jobsDone, x.jobsTotal), ` ${x.jobsDone} / ${x.jobsTotal}`),
        h('td', {textContent: x.running}),
        h('td', {textContent: x.failed}),
        h('td', {textContent: x.acceptedAt == null ? '–' : new Date(x.acceptedAt).toLocaleString()}))));
    document.getElementById('empty').hidden = experiments.length > 0;
    const studies = await getJson('/studies');
    document.getElementById('studies').hidden = studies.length === 0;
    document.getElementById('study-rows').replaceChildren(...studies.map(s => h('tr', {},
        h('td', {}, h('a', {href: `study.html?id=${encodeURIComponent(s.studyId)}`, textContent: s.studyId})),
        h('td', {textContent: axisName(s.axis)}),
        h('td', {}, badge(s.state)),
        h('td', {}, progress(s.levelsDone, s.levelsTotal), ` ${s.levelsDone} / ${s.levelsTotal}`))));
    setText('status', `Updated ${new Date().toLocaleTimeString()}.`);
  } catch (error) {
    setText('status', error.message);
  }
  setTimeout(indexPage, POLL_MS);
}

/**
 * What an experiment's or a study's page shows: its id (?id=ID) and API path, with the document titled by the id;
 * null, with a message saying how to give one, when the address has none.
 */
function pageSubject(page, collection) {
  const id = new URLSearchParams(location.search).get('id');
  if (!id) {
    setText('message', `No ${page} given: open ${page}.html?id=ID.`);
    return null;
  }
  document.title = `${id} · TransferLab`;
  return {id, base: `/${collection}/${encodeURIComponent(id)}`};
}

function experimentPage() {
  const subject = pageSubject('experiment', 'experiments');
  if (!subject) {
    return;
  }
  const {id, base} = subject;
  setText('title', id);
  let shownDone = -1;
  let watched = false;

  async function refresh() {
    let detail;
    try {
      detail = await getJson(base);
    } catch (error) {
      // Right after a submission the aggregator may not have read the experiment yet.
      setText('message', error.status === 404 ? `${id} is not known yet: waiting for data-prep to accept it.`
          : error.message);
      setTimeout(refresh, POLL_MS);
      return;
    }
    setText('message', '');
    if (!watched) {
      showLinks(base);
    }
    showDetail(detail, watched);
    watched = true;
    const terminal = TERMINAL.includes(detail.state);
    // The figure and the table change only when a job is evaluated; a terminal state gets one last fetch.
    if (detail.state !== 'REJECTED' && (detail.jobsDone !== shownDone || terminal)) {
      shownDone = detail.jobsDone;
      await Promise.all([showFigure(base), showResults(base)]);
    }
    if (!terminal) {
      setTimeout(refresh, POLL_MS);
    }
  }
  refresh();
}

function showDetail(d, watched) {
  const state = document.getElementById('state');
  state.className = `badge badge-${d.state}`;
  state.textContent = d.state;
  Object.assign(document.getElementById('progress'), {max: Math.max(d.jobsTotal, 1), value: d.jobsDone});
  setText('progress-text', `${d.jobsDone} / ${d.jobsTotal} jobs`);
  setText('running', d.running);
  setText('failed', d.failed);
  // The API has no completion time: a page opened after completion cannot tell how long the sweep took.
  const elapsed = d.acceptedAt == null ? null : Date.now() - d.acceptedAt;
  const complete = d.state === 'COMPLETE';
  setText('elapsed', elapsed == null || (complete && !watched) ? '–' : duration(elapsed));
  setText('eta', complete ? 'done' : elapsed == null || d.jobsDone === 0 ? '–'
      : `~${duration(elapsed * (d.jobsTotal - d.jobsDone) / d.jobsDone)}`);
  const rejected = d.state === 'REJECTED';
  const reasons = d.rejectionReasons ?? [];
  // Under an accepted experiment, rejections belong to later requests that reused its id: shown, not hidden.
  document.getElementById('rejection').hidden = reasons.length === 0;
  setText('rejection-title', rejected ? 'Rejected' : 'A later request with this id was rejected');
  document.getElementById('results').hidden = rejected;
  document.getElementById('rejection-reasons').replaceChildren(
      ...reasons.map(reason => h('li', {textContent: reason})));
  document.getElementById('jobs').replaceChildren(...(d.jobs ?? []).map(job => h('tr', {},
      h('td', {textContent: job.jobId}),
      h('td', {textContent: job.label}),
      h('td', {textContent: job.seed}),
      h('td', {}, badge(job.state)),
      h('td', {textContent: job.worker ?? ''}),
      h('td', {textContent: job.totalIterations ? `${job.iteration} / ${job.totalIterations}` : ''}),
      h('td', {textContent: fixed(job.testAccuracy)}),
      h('td', {textContent: fixed(job.bestValidation)}),
      h('td', {textContent: job.message ?? ''}))));
}

async function showFigure(base) {
  const figure = document.getElementById('figure');
  // base is an experiment's or a study's path: both serve figure.svg
  try {
    const response = await fetch(`${base}/figure.svg`, {cache: 'no-store'});
    if (!response.ok) {
      throw new Error(`figure.svg: HTTP ${response.status}`);
    }
    // Parsed as an XML document, then adopted: no script in it runs and nothing else is parsed as markup.
    const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
    if (svg.localName !== 'svg') {
      throw new Error('figure.svg is not an SVG document');
    }
    figure.replaceChildren(document.importNode(svg, true));
  } catch (error) {
    figure.replaceChildren(h('p', {className: 'muted', textContent: error.message}));
  }
}

async function showResults(base) {
  try {
    const [results, {variants, metrics, estimators}] = await Promise.all([getJson(`${base}/results`),
      getCatalog()]);
    const order = variants.map(v => v.label);
    document.getElementById('table').replaceChildren(...metrics.map(metric => h('div', {},
        h('h3', {textContent: metric.title}), figureTable(results.cells ?? [], metric, order))));
    showPredicted(results.prediction, estimators);
    showFindings(results.findings ?? [], results.warnings ?? [], metrics);
  } catch (error) {
    document.getElementById('table').replaceChildren(h('p', {className: 'muted', textContent: error.message}));
  }
}

/** Figure 2 as the paper's table: a row per n, a column per variant in the catalog's order. */
function figureTable(cells, metric, order) {
  const rank = v => order.includes(v) ? order.indexOf(v) : order.length;
  const variants = [...new Set(cells.map(c => c.variant))].sort((a, b) => rank(a) - rank(b));
  const depths = [...new Set(cells.map(c => c.depth))].sort((a, b) => a - b);
  const cell = (variant, depth) => {
    const m = cells.find(x => x.variant === variant && x.depth === depth)?.metrics.find(x => x.metric === metric.key);
    return m == null ? h('td', {}) : h('td', {}, meanInterval(m),
        h('span', {className: 'muted', textContent: ` (${m.count})`}));
  };
  return h('table', {id: `table-${metric.key}`, className: 'numbers'},
      h('thead', {}, h('tr', {}, h('th', {textContent: 'n'}), ...variants.map(v => h('th', {textContent: v})))),
      h('tbody', {}, ...depths.map(depth => h('tr', {}, h('th', {textContent: depth}),
          ...variants.map(v => cell(v, depth))))));
}

/** The estimates per depth (on baseA's features / on a random net's), the advice and the checks against the sweep. */
function showPredicted(prediction, estimators) {
  const box = document.getElementById('predicted');
  if (prediction == null || prediction.seeds === 0) {
    box.replaceChildren(h('p', {className: 'muted', textContent: prediction?.advice ?? 'No estimates yet.'}));
    return;
  }
  const depths = [...new Set(prediction.cells.map(c => c.depth))].sort((a, b) => a - b);
  const cell = (key, depth) => {
    const c = prediction.cells.find(x => x.estimator === key && x.depth === depth);
    return h('td', {textContent: c == null ? '' : `${fixed(c.onA, 3)} / ${fixed(c.onRandom, 3)}`});
  };
  const costs = prediction.costs;
  box.replaceChildren(
      h('table', {id: 'predicted-table', className: 'numbers'},
          h('thead', {}, h('tr', {}, h('th', {textContent: 'n'}), ...estimators.map(e => h('th', {textContent: e.title})))),
          h('tbody', {}, ...depths.map(depth => h('tr', {},
              h('th', {textContent: depth}), ...estimators.map(e => cell(e.key, depth)))))),
      h('p', {id: 'predicted-advice', textContent: `Advice: ${prediction.advice}`}),
      h('ul', {id: 'predicted-checks'}, ...prediction.checks.map(c => h('li', {textContent: c.reading}))),
      h('p', {className: 'muted', textContent: `Cost per seed (${prediction.seeds} seeds): ${costs.features.toFixed(1)}`
          + ` s features, ${(costs.probe + costs.logMe + costs.hScore + costs.cka).toFixed(1)} s estimators.`
          + (prediction.warnings.length === 0 ? '' : ` Missing: ${prediction.warnings.join('; ')}`)}));
}

function showFindings(findings, warnings, metrics) {
  const box = document.getElementById('findings');
  if (findings.length === 0) {
    box.replaceChildren(h('p', {className: 'muted', textContent: 'No findings called yet.'}));
    return;
  }
  const metricNames = Object.fromEntries(metrics.map(m => [m.key, m.title]));
  const notes = warnings.length === 0 ? [] : [h('p', {className: 'muted', textContent: 'Warnings:'}),
    h('ul', {}, ...warnings.map(w => h('li', {textContent: w})))];
  box.replaceChildren(...findings.map(f => h('article', {className: 'finding'},
      h('h3', {}, badge(f.verdict), ` ${f.number}. ${f.key}`, f.primary ? '' : ' (secondary metric)'),
      h('p', {textContent: f.claim}),
      h('p', {className: 'muted', textContent: `On: ${metricNames[f.metric] ?? f.metric}. Decided by: ${f.test}. `
          + `Holm-adjusted p = ${f.p == null ? '–' : fixed(f.p)}: ${f.reason}`}),
      measuresTable(f.measures, true))), ...notes);
}

/**
 * A finding's measures, one row each, the deciding one marked; with each measure's own (uncorrected) verdict where a
 * finding's p is corrected over several findings.
 */
function measuresTable(measures, ownVerdicts) {
  const columns = ['measure', 'definition', 'mean', '95% interval', 'seeds', 'paper'];
  return h('table', {className: 'numbers'},
      h('thead', {}, h('tr', {}, ...(ownVerdicts ? [...columns, 'own verdict (uncorrected)'] : columns)
          .map(name => h('th', {textContent: name})))),
      h('tbody', {}, ...(measures ?? []).map(m => h('tr', {},
          h('td', {textContent: m.deciding ? `${m.name} (deciding)` : m.name}),
          h('td', {textContent: m.definition}),
          h('td', {textContent: fixed(m.mean)}),
          h('td', {textContent: interval(m)}),
          h('td', {textContent: m.seeds}),
          h('td', {textContent: fixed(m.paper, 3)}),
          ...(ownVerdicts ? [h('td', {}, badge(m.verdict))] : [])))));
}

/** The downloads always served, and the optional ones (PNG, Swagger UI) only if this server has them. */
async function showLinks(base) {
  const links = [
    [`${base}/results`, 'results.json', false], [`${base}/results.csv`, 'results.csv', false],
    [`${base}/findings.csv`, 'findings.csv', false],
    [`${base}/figure.svg`, 'figure.svg', false], [`${base}/figure.png`, 'figure.png', true],
    ['/q/openapi', 'OpenAPI document', false], ['/q/swagger-ui/', 'Swagger UI', true],
  ];
  const present = await Promise.all(links.map(([url, , optional]) => !optional
      || fetch(url, {method: 'HEAD'}).then(r => r.ok, () => false)));
  document.getElementById('links').replaceChildren(...links.filter((link, i) => present[i])
      .map(([url, label]) => h('li', {}, h('a', {href: url, textContent: label}))));
}

// Run once every deferred script is in: a page's own script (study.js) defines its function after this one.
document.addEventListener('DOMContentLoaded', () => {
  const pages = {index: indexPage, experiment: experimentPage, study: () => studyPage()};
  pages[document.body.dataset.page]();
});
