import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { ApiServer } from '../../src/api';
import type { Graph } from '../../src/graph';
import { ArticleBuilder } from '../helpers/buildFacts';
import { launchChromium, type TestBrowser } from '../helpers/launchChromium';
import { openTestGraph, resetGraph } from '../helpers/testGraph';
import { startTestServer } from '../helpers/testServer';

// The web explorer in real headless Chromium, against the real server and
// Neo4j: search → consortium page (graph + evidence) → dashboard, at desktop
// and phone widths, with screenshots in test-results/screenshots/.

const ROOT = path.resolve(__dirname, '../..');
const SCREENSHOTS = path.join(ROOT, 'test-results/screenshots');
const SOFTBANK_SENTENCE = 'Japan will provide up to 1 trillion yen to a nine-company consortium led by SoftBank, including Honda, NEC and Sony.';

async function seed(graph: Graph): Promise<void> {
  const jp = new ArticleBuilder('jp1', { title: 'Japan funds SoftBank-led AI venture', url: 'https://example.org/jp1', published: '2026-01-20' });
  jp.sentence('The Ministry of Economy, Trade and Industry launched the Domestic Foundation Model Programme.');
  jp.entity('Government', 'gov:JP', 'Japan', { country: 'JP' })
    .entity('Initiative', 'initiative:domestic-foundation-model-programme', 'Domestic Foundation Model Programme', { startDate: '2026-01' })
    .relate('LAUNCHED', 'gov:JP', 'initiative:domestic-foundation-model-programme');
  jp.sentence(SOFTBANK_SENTENCE);
  jp.entity('Organization', 'org:softbank', 'SoftBank', { kind: 'company', country: 'JP' }, ['SoftBank Group'])
    .entity('Organization', 'org:honda', 'Honda', { kind: 'company', country: 'JP' })
    .entity('Organization', 'org:nec', 'NEC', { kind: 'company', country: 'JP' })
    .entity('Organization', 'org:sony', 'Sony', { kind: 'company', country: 'JP' })
    .entity('Consortium', 'consortium:softbank-consortium', 'SoftBank consortium', { statedMemberCount: 9 }, ['nine-company consortium led by SoftBank'])
    .entity('Funding', 'funding:jp1', 'up to 1 trillion yen', { amount: 1e12, currency: 'JPY', amountUsd: 6.2e9, usdSource: 'article', announced: '2026-01-20', upTo: true, text: 'up to 1 trillion yen' })
    .relate('LEADS', 'org:softbank', 'consortium:softbank-consortium')
    .relate('MEMBER_OF', 'org:softbank', 'consortium:softbank-consortium')
    .relate('MEMBER_OF', 'org:honda', 'consortium:softbank-consortium')
    .relate('MEMBER_OF', 'org:nec', 'consortium:softbank-consortium')
    .relate('MEMBER_OF', 'org:sony', 'consortium:softbank-consortium')
    .relate('PART_OF', 'consortium:softbank-consortium', 'initiative:domestic-foundation-model-programme')
    .relate('PROVIDED', 'gov:JP', 'funding:jp1')
    .relate('TO', 'funding:jp1', 'consortium:softbank-consortium');
  jp.sentence('SoftBank develops the Sarashina model.');
  jp.entity('Model', 'model:sarashina', 'Sarashina').relate('DEVELOPS', 'org:softbank', 'model:sarashina');
  await jp.write(graph);

  const kr = new ArticleBuilder('kr1', { title: 'Korea picks sovereign AI teams', url: 'https://example.org/kr1', published: '2025-08-04' });
  kr.sentence('A team led by LG AI Research includes LG Uplus and Hancom, with 200 billion won of government support.');
  kr.entity('Government', 'gov:KR', 'South Korea', { country: 'KR' }, ['Korea'])
    .entity('Organization', 'org:lg-ai-research', 'LG AI Research', { kind: 'research', country: 'KR' })
    .entity('Organization', 'org:lg-uplus', 'LG Uplus', { kind: 'company', country: 'KR' })
    .entity('Organization', 'org:hancom', 'Hancom', { kind: 'company', country: 'KR' })
    .entity('Consortium', 'consortium:lg-ai-research-consortium', 'LG AI Research consortium', { statedMemberCount: 3, status: 'selected' })
    .entity('Funding', 'funding:kr1', '200 billion won', { amount: 2e11, currency: 'KRW', amountUsd: 1.44e8, usdSource: 'fx:2025-08-01', announced: '2025-08-04', text: '200 billion won' })
    .entity('FocusArea', 'focus:llm-foundation-model', 'LLM / foundation model')
    .relate('LEADS', 'org:lg-ai-research', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:lg-ai-research', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:lg-uplus', 'consortium:lg-ai-research-consortium')
    .relate('MEMBER_OF', 'org:hancom', 'consortium:lg-ai-research-consortium')
    .relate('PROVIDED', 'gov:KR', 'funding:kr1')
    .relate('TO', 'funding:kr1', 'consortium:lg-ai-research-consortium')
    .relate('FOCUSES_ON', 'consortium:lg-ai-research-consortium', 'focus:llm-foundation-model');
  await kr.write(graph);
}

/** Names of the nodes cytoscape holds (window.__cy, the explorer's test hook). */
function graphNodeNames(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as any).__cy?.nodes().map((n: any) => n.data('name')) ?? []).sort());
}

/** True when some canvas of the graph has non-transparent pixels: cytoscape really drew. */
function graphCanvasPainted(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('#graph canvas')].some((canvas) => {
      if (canvas.width === 0 || canvas.height === 0) return false;
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      return !!pixels && pixels.some((value, i) => i % 4 === 3 && value > 0);
    }),
  );
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Search with the keyboard at phone width, open the hit with Enter, check nothing overflows sideways. */
async function openByKeyboardOnPhone(page: Page, server: ApiServer): Promise<void> {
  await page.goto(server.url);
  await page.locator('.stat-list').waitFor();
  // Tab from the top: skip link, brand, three nav links, then the search box.
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
  await page.keyboard.type('softbank cons');
  await page.locator('a.search-hit').first().waitFor();
  await page.keyboard.press('Enter');
  await page.waitForURL(/#\/entity\/consortium%3Asoftbank-consortium$/);
  await page.waitForFunction(() => ((window as any).__cy?.nodes().length ?? 0) >= 5);
  await page.locator('.evidence-sentence').first().waitFor();
  await screenshot(page, 'consortium-375');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.goto(`${server.url}/#/dashboard`);
  await page.locator('[data-chart="country"] rect[data-key]').first().waitFor();
  await screenshot(page, 'dashboard-375');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
}

describe('web explorer in headless Chromium', () => {
  let graph: Graph;
  let server: ApiServer;
  let browser: TestBrowser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // Bundle the explorer from the current source, so the test never serves a stale build.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/buildExplorer.js')], { cwd: ROOT, stdio: 'pipe' });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    graph = await openTestGraph();
    await resetGraph(graph);
    await seed(graph);
    server = await startTestServer(graph);
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('response', async (r) => {
      if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.url()} ${r.request().postData()} => ${await r.text().catch(() => '')}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await graph?.close();
  });

  it('finds the SoftBank consortium as you type, with kind badges', async () => {
    await page.goto(server.url);
    await page.getByRole('searchbox', { name: 'Search the graph' }).fill('SoftBank');
    const hit = page.locator('a.search-hit', { hasText: 'SoftBank consortium' });
    await hit.waitFor();
    expect(await hit.locator('.badge').textContent()).toBe('Consortium');
    expect(await page.locator('a.search-hit[data-id="org:softbank"] .badge').textContent()).toBe('Organization');
    await screenshot(page, 'search-1280');
    await hit.click();
    await page.waitForURL(/#\/entity\/consortium%3Asoftbank-consortium$/);
  });

  it('shows the consortium: graph of leader and members, stated vs named count, evidence with its article', async () => {
    await page.waitForFunction(() => ((window as any).__cy?.nodes().length ?? 0) >= 5);
    expect(await graphNodeNames(page)).toEqual(expect.arrayContaining(['SoftBank', 'Honda', 'NEC', 'Sony', 'SoftBank consortium']));
    expect(await graphCanvasPainted(page)).toBe(true);

    await page.locator('h1', { hasText: 'SoftBank consortium' }).waitFor();
    expect(await page.locator('.fact-table').textContent()).toContain('4 named of 9 stated');
    expect(await page.locator('[data-member="org:softbank"] .role').textContent()).toBe('Leader');
    const evidence = page.locator('.evidence-sentence', { hasText: SOFTBANK_SENTENCE }).first();
    expect(await evidence.isVisible()).toBe(true);
    expect(await page.locator('cite a', { hasText: 'Japan funds SoftBank-led AI venture' }).first().getAttribute('href')).toBe('https://example.org/jp1');
    expect(await page.locator('.fact-table').textContent()).toContain('Domestic Foundation Model Programme');
    await screenshot(page, 'consortium-1280');
  });

  it('expands a node on click by merging its neighborhood', async () => {
    const at = await page.evaluate(() => {
      const cy = (window as any).__cy;
      const p = cy.getElementById('org:softbank').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => (window as any).__cy.nodes().some((n: any) => n.id() === 'model:sarashina'));
    expect(await graphNodeNames(page)).toContain('Sarashina');
    expect(await page.locator('.graph-selection').textContent()).toContain('SoftBank');
  });

  it('draws one bar per country with funding on the dashboard, and lists the largest consortia', async () => {
    await page.goto(`${server.url}/#/dashboard`);
    const countryBars = page.locator('[data-chart="country"] rect[data-key]');
    await countryBars.first().waitFor();
    expect(await countryBars.evaluateAll((bars) => bars.map((b) => b.getAttribute('data-key')))).toEqual(['JP', 'KR']);
    expect(await page.locator('[data-chart="year"] rect[data-key]').count()).toBe(2);
    const firstRow = await page.locator('#largest-consortia tbody tr').first().textContent();
    expect(firstRow).toContain('SoftBank consortium');
    await screenshot(page, 'dashboard-1280');
  });

  it('opens a search hit with Enter and reads well at phone width', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openByKeyboardOnPhone(page, server);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('shows a government with its initiatives, consortia and funding total', async () => {
    await page.goto(`${server.url}/#/government/JP`);
    await page.locator('h1', { hasText: 'Japan' }).waitFor();
    const glance = await page.locator('.fact-table').textContent();
    expect(glance).toContain('$6.2B');
    expect(await page.locator('main').textContent()).toContain('Domestic Foundation Model Programme');
    await page.waitForFunction(() => ((window as any).__cy?.nodes().length ?? 0) >= 3);
    await screenshot(page, 'government-1280');
  });

  it('says in words when an entity does not exist', async () => {
    await page.goto(`${server.url}/#/entity/org%3Anobody`);
    await page.locator('.status-empty').waitFor();
    expect(await page.locator('.status-empty').textContent()).toContain('No entity with id “org:nobody”');
  });

  it('serves GraphiQL at /graphiql, bundled, running a query offline', async () => {
    await page.goto(`${server.url}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response', { hasText: '"statedMemberCount": 9' }).waitFor();
    await screenshot(page, 'graphiql-1280');
  });

  it('kept everything on the test server and threw no errors', () => {
    expect(browser.outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
