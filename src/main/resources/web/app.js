'use strict';
// The page keeps its whole state in its URL (?q=…&metric=…, ?article=ID, ?cluster=ID): every view
// is a link, works with Back, and can be bookmarked. Text from the store is only ever set as text.

const FILTERS = ['q', 'subject', 'metric', 'source', 'currency', 'min', 'max', 'usd', 'lang', 'year', 'hedged', 'collapse'];
const PAGE = 20;
const FACET_PARAM = {source: 'source', subject: 'subject', metric: 'metric', currency: 'currency', year: 'year', language: 'lang'};
const view = document.getElementById('view');
const statusLine = document.getElementById('status');

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) e.setAttribute(k, v);
  }
  e.append(...children.filter(c => c !== null && c !== undefined));
  return e;
}

async function api(path) {
  const response = await fetch(path);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function say(message, isError = false) {
  statusLine.textContent = message;
  statusLine.className = isError ? 'error' : '';
}

function pageUrl(params) {
  const clean = new URLSearchParams();
  for (const [k, v] of params) if (v !== '') clean.set(k, v);
  return '?' + clean.toString();
}

function articleLink(docId, start, text) {
  return el('a', {href: pageUrl([['article', docId]]) + (start === undefined ? '' : '#at-' + start)}, text);
}

function fileName(path) {
  return path.split(/[\\/]/).pop();
}

/** The sentence with the claim's mention in a mark: located by the offsets the API's «» stand for. */
function sentenceWithMark(hit) {
  const marked = '«' + hit.mention + '»';
  for (let i = hit.highlighted.indexOf(marked); i >= 0; i = hit.highlighted.indexOf(marked, i + 1)) {
    const before = hit.highlighted.slice(0, i);
    const after = hit.highlighted.slice(i + marked.length);
    if (before + hit.mention + after === hit.sentence) {
      return el('p', {class: 'sentence', lang: hit.language}, before, el('mark', {}, hit.mention), after);
    }
  }
  return el('p', {class: 'sentence', lang: hit.language}, hit.sentence);
}

function amount(hit) {
  const cur = hit.currency || '?';
  if (hit.vague) return cur + ' (vague amount)';
  const value = hit.value !== null ? Number(hit.value).toLocaleString('en') :
    Number(hit.low).toLocaleString('en') + '–' + Number(hit.high).toLocaleString('en');
  const usd = hit.usdValue && hit.currency !== 'USD' ? ' (≈ USD ' + Number(hit.usdValue).toLocaleString('en') + ')' : '';
  return cur + ' ' + value + usd + (hit.qualifier ? ' [' + hit.qualifier + ']' : '') + (hit.period ? ' per ' + hit.period : '');
}

function sourceLine(hit) {
  return el('p', {class: 'source'}, 'Source: ',
    hit.source ? el('span', {lang: hit.language}, hit.source) : '(the article itself)',
    hit.source ? ' (' + [hit.sourceType, hit.cue, hit.scope].filter(Boolean).join('; ') + ')' : '');
}

function claimMeta(hit) {
  return el('p', {class: 'meta'}, el('strong', {}, amount(hit)), ' · ' + hit.metric,
    hit.subject ? el('span', {}, ' · ', el('span', {lang: hit.language}, hit.subject)) : null,
    hit.time ? el('span', {}, ' · ', el('span', {lang: hit.language}, hit.time), hit.year ? ' (' + hit.year + ')' : '') : null,
    hit.hedged ? ' · hedged' : '');
}

async function showSearch(params) {
  const apiParams = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k)) apiParams.set(k, params.get(k));
  const offset = Number(params.get('offset') || 0);
  apiParams.set('facets', 'true');
  apiParams.set('offset', offset);
  apiParams.set('limit', PAGE);
  const claims = await api('/api/claims?' + apiParams);
  const articles = params.get('q') ? await api('/api/search?' + new URLSearchParams(
    [['q', params.get('q')], ['collapse', 'true']].concat(params.get('lang') ? [['lang', params.get('lang')]] : []))) : null;

  say(claims.total + ' claims' + (claims.total > 0 ? ', showing ' + (offset + 1) + '–' + (offset + claims.hits.length) : ''));
  const facets = el('nav', {class: 'facets', 'aria-label': 'Facet counts'}, el('h2', {}, 'Refine'));
  for (const [name, counts] of Object.entries(claims.facets)) {
    const param = FACET_PARAM[name];
    const list = el('ul');
    for (const [value, count] of Object.entries(counts)) {
      const next = new URLSearchParams(params);
      next.delete('offset');
      next.set(param, value);
      const current = params.get(param) === value;
      list.append(el('li', {}, el('a', {href: pageUrl(next), 'aria-current': current ? 'true' : null,
        lang: name === 'language' ? value : null}, value), ' ', el('span', {class: 'count'}, '(' + count + ')')));
    }
    if (counts && Object.keys(counts).length) facets.append(el('h3', {}, name), list);
  }

  const results = el('ol', {class: 'claims', start: offset + 1});
  for (const hit of claims.hits) {
    results.append(el('li', {},
      sentenceWithMark(hit), claimMeta(hit), sourceLine(hit),
      el('p', {class: 'meta'}, articleLink(hit.docId, hit.start, el('span', {lang: hit.language}, hit.title || fileName(hit.path))),
        ' [' + hit.language + '] ' + (hit.date || ''),
        hit.cluster ? el('span', {}, ' · ', el('a', {href: pageUrl([['cluster', hit.cluster]])}, 'reprints')) : null,
        hit.attestations.length > 1 ? ' · stated in ' + hit.attestations.length + ' articles of its cluster' : '')));
  }
  const pages = el('nav', {class: 'pages', 'aria-label': 'Pages'});
  if (offset > 0) pages.append(el('a', {href: pageUrl(withOffset(params, Math.max(0, offset - PAGE)))}, 'Previous page'));
  if (offset + claims.hits.length < claims.total) pages.append(el('a', {href: pageUrl(withOffset(params, offset + PAGE))}, 'Next page'));
  const exportParams = new URLSearchParams(apiParams);
  ['facets', 'offset', 'limit'].forEach(k => exportParams.delete(k));
  pages.append(el('span', {}, 'Export this selection: ',
    el('a', {href: '/api/export?format=csv&' + exportParams}, 'CSV'), ' · ',
    el('a', {href: '/api/export?format=jsonl&' + exportParams}, 'JSONL')));

  const main = el('section', {'aria-label': 'Claims'}, el('h2', {}, 'Claims'), results, pages);
  if (articles) {
    const list = el('ol', {class: 'claims'});
    for (const a of articles.hits) {
      list.append(el('li', {lang: a.language},
        el('p', {}, articleLink(a.docId, undefined, a.title || fileName(a.path)), el('span', {class: 'meta', lang: 'en'},
          ' [' + a.language + '] ' + (a.date || '')),
          a.reprints > 0 ? el('span', {lang: 'en'}, ' · ', el('a', {href: pageUrl([['cluster', a.cluster]])}, a.reprints + ' reprints')) : null),
        a.snippet ? snippet(a.snippet) : null));
    }
    main.append(el('h2', {}, 'Articles'), articles.hits.length ? list : el('p', {}, 'No article matches.'));
  }
  view.replaceChildren(el('div', {class: 'layout'}, facets, main));
}

function withOffset(params, offset) {
  const next = new URLSearchParams(params);
  next.set('offset', offset);
  return next;
}

/** A search snippet, whose matches the API puts between « and ». */
function snippet(text) {
  const p = el('p', {class: 'sentence'});
  text.split(/(«[^»]*»)/).forEach(part =>
    p.append(part.startsWith('«') && part.endsWith('»') ? el('mark', {}, part.slice(1, -1)) : part));
  return p;
}

/**
 * The original text with the article body in plain ink, site chrome greyed, and every claim in a
 * mark whose id ("at-" + its start offset) results link to; {@code shared}: offsets of claims that
 * other reprints state too.
 */
/** The text of an article, its claims marked: those shared with reprints, and those a reprint changed ({@code changed}: start → what changed). */
function articleText(article, shared = new Set(), changed = new Map()) {
  const text = article.text;
  const cuts = new Set([0, text.length]);
  article.body.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
  article.claims.forEach(c => { cuts.add(c.start); cuts.add(c.end); });
  const points = [...cuts].filter(x => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const box = el('div', {class: 'text', lang: article.language});
  const marked = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const claim = article.claims.find(c => c.start <= a && b <= c.end);
    if (claim) {
      const first = !marked.has(claim.start);
      marked.add(claim.start);
      const change = changed.get(claim.start);
      box.append(el('mark', {id: first ? 'at-' + claim.start : null, tabindex: first ? '-1' : null,
        class: change ? 'variant' : shared.has(claim.start) ? 'shared' : null,
        title: amount(claim) + ' · ' + claim.metric + (claim.source ? ' · source: ' + claim.source : '')
          + (change ? ' · changed: ' + change.join('; ') : '')}, piece));
    } else if (article.body.some(s => s.start <= a && b <= s.end)) {
      box.append(piece);
    } else {
      box.append(el('span', {class: 'chrome'}, piece));
    }
  }
  return box;
}

/** The currency a bare 元 stands for in an article, and the cue words that decided it. */
function localCurrencyText(local) {
  const cues = local.evidence.map(c => c.word + ' (' + c.kind + (c.inHead ? ', in the first lines' : '') + ', +'
    + c.weight + (c.currency === local.currency ? '' : ' for ' + c.currency) + ')');
  return local.currency + (local.score > 0 ? ': evidence weighing ' + local.score + ' (' + local.needed + ' needed)'
    : ': the default for its script') + (cues.length ? '; cue words: ' + cues.join(', ') : '; no cue words');
}

async function showArticle(id) {
  const article = await api('/api/articles/' + encodeURIComponent(id));
  document.title = (article.title || id) + ' · newsclaims';
  say(article.claims.length + ' claims highlighted in the original text');
  const claims = el('ol', {class: 'claims'});
  for (const c of article.claims) {
    claims.append(el('li', {}, el('a', {href: '#at-' + c.start, lang: article.language}, c.mention), claimMeta(c), sourceLine(c)));
  }
  view.replaceChildren(el('article', {},
    el('h2', {lang: article.language}, article.title || fileName(article.path)),
    el('p', {class: 'meta'}, article.language + ' · ' + (article.date || 'undated') + ' · ' + fileName(article.path),
      article.cluster ? el('span', {}, ' · ', el('a', {href: pageUrl([['cluster', article.cluster]])}, 'reprint cluster')) : null),
    article.localCurrency ? el('p', {class: 'meta'}, 'Bare 元 read as ' + localCurrencyText(article.localCurrency)) : null,
    el('div', {class: 'article'}, articleText(article), el('aside', {'aria-label': 'Claims in this article'}, el('h3', {}, 'Claims'), claims))));
  focusHash();
}

async function showCluster(id) {
  const detail = await api('/api/clusters/' + encodeURIComponent(id));
  const members = detail.cluster.members;
  const articles = await Promise.all(members.map(m => api('/api/articles/' + m.docId)));
  say(members.length + (members.length === 1 ? ' article, no known reprints' : ' articles in this reprint cluster')
    + '; ' + detail.shared.length + ' claims shared; ' + detail.variants.length + ' changed by a reprint');
  const sharedAt = new Map(articles.map(a => [a.path, new Set()]));
  const shared = el('ol', {class: 'claims'});
  for (const c of detail.shared) {
    const where = el('ul', {class: 'attestations'});
    for (const at of c.attestations) {
      sharedAt.get(at.path)?.add(at.start);
      where.append(el('li', {}, articleLink(at.docId, at.start, el('span', {lang: at.language}, at.mention)),
        ' [' + at.language + '] source: ', at.source ? el('span', {lang: at.language}, at.source) : '(the article itself)'));
    }
    shared.append(el('li', {}, claimMeta(c), where));
  }
  // each variant is marked in both texts: the canonical's claim and the member's reading of it
  const changedAt = new Map(articles.map(a => [a.path, new Map()]));
  const variants = el('ol', {class: 'claims'});
  for (const v of detail.variants) {
    const what = v.kind.toLowerCase() + ': ' + (v.from ?? '(none)') + ' → ' + (v.to ?? '(none)');
    for (const side of [v.canonical, v.member]) {
      if (side) {
        const at = changedAt.get(side.path);
        at?.set(side.start, [...(at.get(side.start) || []), what]);
      }
    }
    variants.append(el('li', {}, el('p', {}, el('strong', {}, v.kind.toLowerCase()), ' ' + (v.from ?? '(none)') + ' → ' + (v.to ?? '(none)')
      + (v.note ? ' (' + v.note + ')' : '')),
      ...[v.canonical, v.member].filter(Boolean).map(side => el('p', {class: 'meta'},
        (side === v.canonical ? 'canonical: ' : fileName(v.memberPath) + ': '),
        articleLink(side.docId, side.start, el('span', {lang: side.language}, side.mention))))));
  }
  const columns = el('div', {class: 'columns'});
  members.forEach((m, i) => columns.append(el('section', {'aria-label': m.relation + ' ' + m.lang},
    el('h3', {}, articleLink(m.docId, undefined, el('span', {lang: m.lang}, m.title || fileName(m.path)))),
    el('p', {class: 'meta'}, m.relation + (m.relation === 'canonical' ? '' : ' · score ' + m.score.toFixed(2))
      + ' · ' + m.lang + ' · ' + (m.date || 'undated')),
    articleText(articles[i], sharedAt.get(articles[i].path), changedAt.get(articles[i].path)))));
  view.replaceChildren(el('h2', {}, 'Reprint cluster'),
    el('h3', {}, 'Claims they share'), detail.shared.length ? shared : el('p', {}, 'None.'),
    el('h3', {}, 'Where the reprints differ'), detail.variants.length ? variants : el('p', {}, 'Nowhere.'),
    el('h3', {}, 'The articles side by side'), columns);
}

function focusHash() {
  const target = location.hash && document.getElementById(location.hash.slice(1));
  document.querySelectorAll('mark.current').forEach(m => m.classList.remove('current'));
  if (target) {
    target.classList.add('current');
    target.focus();
  }
}

function fillForm(params) {
  const form = document.getElementById('search');
  for (const k of FILTERS) {
    const field = form.elements[k];
    if (field.type === 'checkbox') field.checked = params.get(k) === 'true';
    else field.value = params.get(k) || '';
  }
  // An empty field stays out of the URL, so that URLs stay short and shareable.
  form.addEventListener('formdata', e => {
    for (const [k, v] of [...e.formData]) if (v === '') e.formData.delete(k);
  });
}

async function main() {
  const params = new URLSearchParams(location.search);
  fillForm(params);
  window.addEventListener('hashchange', focusHash);
  try {
    if (params.get('article')) await showArticle(params.get('article'));
    else if (params.get('cluster')) await showCluster(params.get('cluster'));
    else if (FILTERS.some(k => params.get(k))) await showSearch(params);
    else say('Type a name, a word or a figure; or choose a filter.');
    document.body.dataset.ready = 'true';
  } catch (e) {
    say(e.message, true);
    document.body.dataset.ready = 'error';
  }
}

main();
