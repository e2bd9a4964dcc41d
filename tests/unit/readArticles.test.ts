import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFeed, parseHtmlArticle, parseJsonArticles, readArticles } from '../../src/ingest/read';

describe('parseHtmlArticle', () => {
  const page = `<!doctype html><html><head>
    <title>Site | Korea picks five AI teams</title>
    <meta property="og:title" content="Korea picks five AI teams">
    <meta property="og:site_name" content="Example Daily">
    <meta property="article:published_time" content="2025-08-04T09:00:00+09:00">
    <link rel="canonical" href="https://example.org/korea-five-teams">
    <script>window.track("x")</script>
  </head><body>
    <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
    <article>
      <h1>Korea picks five AI teams</h1>
      <p>The Ministry of Science and ICT selected five consortia to build sovereign foundation models for the country over the coming years.</p>
      <p>A consortium led by Upstage includes Flitto and Lablup, and it will receive GPUs and data support from the government programme.</p>
      <iframe src="https://ads.example/x"></iframe>
      <script>alert("inline")</script>
    </article>
    <footer>Copyright Example Daily</footer>
  </body></html>`;

  it('keeps the article paragraphs and drops scripts, navigation and iframes', () => {
    const article = parseHtmlArticle(page, 'page.html');
    expect(article.body).toMatch(/A consortium led by Upstage includes Flitto and Lablup/);
    expect(article.body).not.toMatch(/alert|track|Home/);
  });

  it('reads title, canonical url, date and publisher from the meta tags', () => {
    expect(parseHtmlArticle(page, 'page.html')).toMatchObject({
      title: 'Korea picks five AI teams',
      url: 'https://example.org/korea-five-teams',
      published: '2025-08-04',
      publisher: 'Example Daily',
    });
  });
});

describe('parseJsonArticles', () => {
  it('reads an array of article objects, refusing the bad item only', () => {
    const results = parseJsonArticles(
      JSON.stringify([{ title: 'A', body: 'Text one.', url: 'https://e.org/a', published: '2025-01-02' }, { title: 'B' }, 42]),
      'a.json',
    );
    expect(results[0]).toEqual({ article: { origin: 'a.json[0]', title: 'A', body: 'Text one.', url: 'https://e.org/a', published: '2025-01-02', publisher: undefined } });
    expect(results[1]).toEqual({ origin: 'a.json[1]', error: expect.stringMatching(/^empty/) });
    expect(results[2]).toEqual({ origin: 'a.json[2]', error: expect.stringMatching(/not an article object/) });
  });

  it('reports invalid JSON in one line', () => {
    expect(() => parseJsonArticles('{"title": ', 'x.json')).toThrow(/^invalid JSON/);
  });
});

describe('parseFeed', () => {
  it('reads each RSS item as an article with link, date and the channel as publisher', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>AI Wire &amp; Co</title>
      <item><title>India funds Sarvam</title><link>https://e.org/1</link><pubDate>Sat, 26 Apr 2025 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;The IndiaAI Mission selected Sarvam AI.&lt;/p&gt;</description></item>
      <item><title>Second</title><link>https://e.org/2</link><description><![CDATA[<p>Another <b>story</b> here.</p>]]></description></item>
    </channel></rss>`;
    const results = parseFeed(rss, 'feed.xml');
    expect(results).toEqual([
      { article: { origin: 'feed.xml#1', title: 'India funds Sarvam', url: 'https://e.org/1', published: '2025-04-26', publisher: 'AI Wire & Co', body: 'The IndiaAI Mission selected Sarvam AI.' } },
      { article: expect.objectContaining({ origin: 'feed.xml#2', body: 'Another story here.' }) },
    ]);
  });

  it('reads Atom entries with their alternate link', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
      <entry><title>Entry</title><link rel="alternate" href="https://e.org/e"/><updated>2025-03-01T00:00:00Z</updated><summary>Short text.</summary></entry></feed>`;
    expect(parseFeed(atom, 'a.atom')[0]).toEqual({
      article: { origin: 'a.atom#1', title: 'Entry', url: 'https://e.org/e', published: '2025-03-01', publisher: 'Blog', body: 'Short text.' },
    });
  });

  it('refuses entity declarations (billion laughs) and broken XML', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>`;
    expect(() => parseFeed(laughs, 'x.xml')).toThrow(/entities/);
    expect(() => parseFeed('<rss><channel><item><title>x</item></channel></rss>', 'x.xml')).toThrow(/broken XML/);
  });
});

describe('readArticles', () => {
  it('turns an unsupported extension into an error result instead of throwing', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sg-')), 'a.pdf');
    fs.writeFileSync(file, 'x');
    expect(await readArticles(file)).toEqual([{ origin: file, error: expect.stringMatching(/unsupported file type "\.pdf"/) }]);
  });
});
