import { writeArticle } from '../../src/ingest/write';
import type { EntityLabel, ExtractedEntity, ExtractedFacts, ExtractedRelation, ParsedArticle, PropValue, RelationType } from '../../src/ingest/types';
import type { Graph } from '../../src/graph';

/**
 * A tiny builder of hand-made articles and facts, so API tests can set up an
 * exact graph through the real write path without depending on extraction.
 */
export class ArticleBuilder {
  private readonly entities = new Map<string, ExtractedEntity>();
  private readonly relations: ExtractedRelation[] = [];
  private readonly sentences: string[] = [];

  constructor(private readonly id: string, private readonly meta: Partial<ParsedArticle> = {}) {}

  /** Adds a sentence; returns its index for evidence. */
  sentence(text: string): number {
    this.sentences.push(text);
    return this.sentences.length - 1;
  }

  entity(label: EntityLabel, id: string, name: string, props: Record<string, PropValue> = {}, aliases: string[] = []): this {
    this.entities.set(id, { id, label, name, aliases, props, sentences: [Math.max(0, this.sentences.length - 1)] });
    return this;
  }

  relate(type: RelationType, from: string, to: string, props?: Record<string, PropValue>): this {
    this.relations.push({ type, from, to, sentences: [Math.max(0, this.sentences.length - 1)], props });
    return this;
  }

  facts(): ExtractedFacts {
    return { entities: [...this.entities.values()], relations: this.relations };
  }

  article(): ParsedArticle {
    return {
      id: this.id,
      origin: `${this.id}.md`,
      title: this.meta.title ?? `Article ${this.id}`,
      url: this.meta.url ?? `https://example.org/${this.id}`,
      published: this.meta.published ?? '2025-06-01',
      publisher: this.meta.publisher ?? 'Test Wire',
      body: this.sentences.join(' '),
      sentences: this.sentences,
    };
  }

  /** Writes the article and its facts through writeArticle. */
  async write(graph: Graph): Promise<void> {
    await writeArticle(graph, this.article(), this.facts());
  }
}
