'use strict';
// One study's page (study.html?id=ID): its levels' progress, the gains figure and table, the finding and the advice.
// Uses the helpers of transferlab.js; every value from the API enters the DOM as text.

function studyPage() {
  const subject = pageSubject('study', 'studies');
  if (!subject) {
    return;
  }
  const {id, base} = subject;
  setText('title', `Study ${id}`);
  document.getElementById('links').replaceChildren(...[[base, 'study.json'], [`${base}/figure.svg`, 'figure.svg'],
    [`${base}/figure.png`, 'figure.png']].map(([url, label]) => h('li', {}, h('a', {href: url, textContent: label}))));
  let shownDone = -1;

  async function refresh() {
    let study;
    try {
      study = await getJson(base);
    } catch (error) {
      setText('message', error.status === 404 ? `${id} is not known yet: waiting for data-prep to accept a level.`
          : error.message);
      setTimeout(refresh, POLL_MS);
      return;
    }
    setText('message', '');
    showStudy(study);
    const jobsDone = study.levels.reduce((sum, level) => sum + level.jobsDone, 0);
    if (jobsDone !== shownDone || study.result) {
      shownDone = jobsDone;
      await showFigure(base);
    }
    if (!study.result) {
      setTimeout(refresh, POLL_MS);
    }
  }
  refresh();
}

function showStudy(study) {
  const state = document.getElementById('state');
  state.className = `badge badge-${study.state}`;
  state.textContent = study.state;
  setText('progress-text', `${study.levelsDone} / ${study.levelsTotal} levels complete (${axisName(study.axis)})`);
  document.getElementById('levels').replaceChildren(...study.levels.map(level => h('tr', {},
      h('td', {textContent: level.label}),
      h('td', {}, h('a', {href: `experiment.html?id=${encodeURIComponent(level.experimentId)}`,
        textContent: level.experimentId})),
      h('td', {}, badge(level.state)),
      h('td', {}, progress(level.jobsDone, level.jobsTotal), ` ${level.jobsDone} / ${level.jobsTotal}`))));
  if (study.result) {
    showGains(study.result);
    showStudyFinding(study.result.finding);
    showAdvice(study.result.advice);
  }
}

/** A row per level and n, a column per way of transferring: the mean gain and its 95% interval. */
function showGains(result) {
  const gain = (level, variant, n) => result.gains.find(g => g.level === level && g.variant === variant
      && g.depth === n);
  const cell = g => h('td', {textContent: g == null || g.mean == null ? '–'
      : `${fixed(g.mean)} ${interval(g)} (${g.seeds})`});
  const depths = [...new Set(result.gains.map(g => g.depth))].sort((a, b) => a - b);
  document.getElementById('gains').replaceChildren(h('table', {id: 'gains-table', className: 'numbers'},
      h('thead', {}, h('tr', {}, ...['level', 'n', 'AnB+ - baseB', 'AnB - baseB'].map(t => h('th', {textContent: t})))),
      h('tbody', {}, ...result.levels.flatMap(level => depths.map(n => h('tr', {},
          h('th', {textContent: level.label}), h('td', {textContent: n}),
          cell(gain(level.label, 'AnB+', n)), cell(gain(level.label, 'AnB', n))))))));
}

function showStudyFinding(f) {
  document.getElementById('finding').replaceChildren(h('article', {className: 'finding'},
      h('h3', {}, badge(f.verdict), ` ${f.key}`),
      h('p', {textContent: f.claim}),
      h('p', {className: 'muted', textContent: `Decided by: ${f.test}. p = ${f.p == null ? '–' : fixed(f.p)}: `
          + f.reason}),
      measuresTable(f.measures, false)));
}

function showAdvice(advice) {
  const choice = c => c == null ? '–' : `${c.variant === 'baseB' ? 'baseB (from scratch)' : `${c.variant} n=${c.depth}`}`
      + `: ${fixed(c.mean)} ${c.ciLow == null ? '' : interval(c)}`
      + (c.frozenLayers > 0 ? `, ${c.frozenLayers} ${c.frozenLayers === 1 ? 'layer' : 'layers'} frozen` : '')
      + (c.maxLoss == null ? '' : `; loses at most ${fixed(c.maxLoss)}`);
  document.getElementById('advice').replaceChildren(h('table', {id: 'advice-table'},
      h('thead', {}, h('tr', {}, ...['level', 'best', 'cheapest shown within the margin', 'why']
          .map(t => h('th', {textContent: t})))),
      h('tbody', {}, ...advice.map(a => h('tr', {},
          h('th', {textContent: a.level}), h('td', {textContent: choice(a.best)}),
          h('td', {textContent: choice(a.cheapest)}), h('td', {textContent: a.reason}))))));
}
