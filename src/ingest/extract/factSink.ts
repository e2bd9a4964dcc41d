import type { EntityLabel, ExtractedEntity, ExtractedFacts, ExtractedRelation, PropValue, RelationType } from '../types';

/** Where an entity is mentioned: sentence index and character range in it. */
export interface Mention {
  id: string;
  label: EntityLabel;
  sentence: number;
  start: number;
  end: number;
}

/**
 * Collects entities, relations and positioned mentions while the extractors
 * run, merging repeats: the same id gains aliases and sentence indexes, the
 * same relation gains sentence indexes. Extractors later in the pipeline read
 * earlier results through `mentionsIn` (who is named where in a sentence).
 */
export class FactSink {
  private readonly entities = new Map<string, ExtractedEntity>();
  private readonly relations = new Map<string, ExtractedRelation>();
  private readonly mentions: Mention[] = [];

  /** Adds or merges an entity; props only fill keys not yet set. Returns its id. */
  addEntity(entity: Omit<ExtractedEntity, 'sentences' | 'aliases'> & { aliases?: string[]; sentences?: number[] }): string {
    const existing = this.entities.get(entity.id);
    if (!existing) {
      this.entities.set(entity.id, {
        ...entity,
        aliases: uniq(entity.aliases ?? []).filter((alias) => alias !== entity.name),
        props: { ...entity.props },
        sentences: uniqSorted(entity.sentences ?? []),
      });
      return entity.id;
    }
    existing.aliases = uniq([...existing.aliases, ...(entity.aliases ?? [])]).filter((alias) => alias !== existing.name);
    existing.sentences = uniqSorted([...existing.sentences, ...(entity.sentences ?? [])]);
    for (const [key, value] of Object.entries(entity.props)) {
      if (existing.props[key] === undefined || existing.props[key] === null) existing.props[key] = value;
    }
    return entity.id;
  }

  /** Sets a property even when already set (a later, more specific statement wins). */
  setProp(id: string, key: string, value: PropValue): void {
    const entity = this.entities.get(id);
    if (entity) entity.props[key] = value;
  }

  /** The entity with this id, if added. */
  get(id: string): ExtractedEntity | undefined {
    return this.entities.get(id);
  }

  /** All entities of one label, in insertion order. */
  byLabel(label: EntityLabel): ExtractedEntity[] {
    return [...this.entities.values()].filter((entity) => entity.label === label);
  }

  /** Records that `id` is named at [start, end) of sentence `sentence`, and adds the sentence to it. */
  addMention(mention: Mention): void {
    const entity = this.entities.get(mention.id);
    if (entity && !entity.sentences.includes(mention.sentence)) entity.sentences = uniqSorted([...entity.sentences, mention.sentence]);
    const duplicate = this.mentions.some(
      (m) => m.id === mention.id && m.sentence === mention.sentence && m.start === mention.start,
    );
    if (!duplicate) this.mentions.push(mention);
  }

  /** Mentions in one sentence, ordered by position, optionally of some labels only. */
  mentionsIn(sentence: number, labels?: EntityLabel[]): Mention[] {
    return this.mentions
      .filter((m) => m.sentence === sentence && (!labels || labels.includes(m.label)))
      .sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Adds or merges a relation; both ends must already be entities (else it is dropped). */
  addRelation(type: RelationType, from: string, to: string, sentences: number[], props?: Record<string, PropValue>): void {
    if (from === to || !this.entities.has(from) || !this.entities.has(to)) return;
    const key = `${type}|${from}|${to}`;
    const existing = this.relations.get(key);
    if (existing) {
      existing.sentences = uniqSorted([...existing.sentences, ...sentences]);
      return;
    }
    this.relations.set(key, { type, from, to, sentences: uniqSorted(sentences), ...(props ? { props } : {}) });
  }

  /** Drops one relation, if present. */
  removeRelation(type: RelationType, from: string, to: string): void {
    this.relations.delete(`${type}|${from}|${to}`);
  }

  /** Relations of a type, optionally into one target. */
  relationsOf(type: RelationType, to?: string): ExtractedRelation[] {
    return [...this.relations.values()].filter((r) => r.type === type && (to === undefined || r.to === to));
  }

  /** Removes an entity and every relation and mention touching it. */
  remove(id: string): void {
    this.entities.delete(id);
    for (const [key, relation] of this.relations) if (relation.from === id || relation.to === id) this.relations.delete(key);
    for (let i = this.mentions.length - 1; i >= 0; i--) if (this.mentions[i].id === id) this.mentions.splice(i, 1);
  }

  /**
   * Folds entity `from` into `into`: its name becomes an alias, its sentences,
   * mentions and relations move over (relations that would loop are dropped).
   */
  merge(from: string, into: string): void {
    const source = this.entities.get(from);
    const target = this.entities.get(into);
    if (!source || !target || from === into) return;
    this.addEntity({ ...target, aliases: [source.name, ...source.aliases], sentences: source.sentences });
    for (const [key, relation] of [...this.relations]) {
      if (relation.from !== from && relation.to !== from) continue;
      this.relations.delete(key);
      const moved = { ...relation, from: relation.from === from ? into : relation.from, to: relation.to === from ? into : relation.to };
      this.addRelation(moved.type, moved.from, moved.to, moved.sentences, moved.props);
    }
    for (const mention of this.mentions) if (mention.id === from) mention.id = into;
    this.entities.delete(from);
  }

  /**
   * Gives an entity another label and the id that goes with it, keeping its
   * names, sentences, mentions and relations (an association first read as an
   * organisation turns out to be a team with members). Returns the new id.
   */
  relabel(from: string, label: EntityLabel, id: string): string {
    const source = this.entities.get(from);
    if (!source || from === id) return from;
    this.entities.delete(from);
    this.addEntity({ id, label, name: source.name, aliases: source.aliases, props: {}, sentences: source.sentences });
    for (const [key, relation] of [...this.relations]) {
      if (relation.from !== from && relation.to !== from) continue;
      this.relations.delete(key);
      this.addRelation(relation.type, relation.from === from ? id : relation.from, relation.to === from ? id : relation.to, relation.sentences, relation.props);
    }
    for (const mention of this.mentions) if (mention.id === from) Object.assign(mention, { id, label });
    return id;
  }

  /** The collected facts, entities and relations in a stable order. */
  toFacts(): ExtractedFacts {
    const entities = [...this.entities.values()].sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
    const relations = [...this.relations.values()].sort(
      (a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    );
    return { entities, relations };
  }
}

function uniq<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function uniqSorted(values: number[]): number[] {
  return uniq(values).sort((a, b) => a - b);
}
