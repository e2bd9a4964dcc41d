import type { EntityLabel, ParsedArticle } from '../types';
import { countryForms } from '../resolve/countries';
import { entityId, governmentId } from '../resolve/ids';
import { findKnownAgency } from '../resolve/resolveNames';
import { countryName } from '../resolve/countries';
import type { FactSink } from './factSink';
import type { GovernmentsResult } from './extractGovernments';
import { escapeRegExp } from './extractGovernments';
import type { RegisteredName } from './orgRegistry';

/** Surface → entity lookup for names emitted from the registry. */
export interface NameIndex {
  /** Id and label of the entity a surface names, if any. */
  lookup(surface: string): { id: string; label: EntityLabel } | undefined;
}

/**
 * Turns registered names into Organization, Agency and Initiative entities,
 * finds every later mention of each (longest name first, so "Naver Cloud" is
 * never read as "Naver"), and adds the structural relations the names imply:
 * Agency PART_OF its Government, Government LAUNCHED Initiative, Organization
 * BASED_IN the country its descriptor gives.
 */
export function emitNames(article: ParsedArticle, names: RegisteredName[], sink: FactSink, governments: GovernmentsResult): NameIndex {
  const bySurface = new Map<string, { id: string; label: EntityLabel }>();
  for (const registered of names) {
    if (registered.cls === 'Consortium') continue;
    const label: EntityLabel = registered.cls;
    const id = entityId(label, registered.name);
    const aliases = [...registered.surfaces].filter((surface) => surface !== registered.name);
    const props: Record<string, string> = {};
    if (label === 'Organization') {
      if (registered.kind) props.kind = registered.kind;
      if (registered.country) props.country = registered.country;
    }
    sink.addEntity({ id, label, name: registered.name, aliases, props, sentences: registered.candidates.map((c) => c.sentence) });
    for (const surface of [registered.name, ...registered.surfaces]) bySurface.set(surface, { id, label });
  }
  scanMentions(article, bySurface, sink);
  for (const registered of names) linkStructure(registered, sink, governments);
  return { lookup: (surface) => bySurface.get(surface) ?? bySurface.get(surface.trim()) };
}

/** Every occurrence of every surface, longest first, without overlaps. */
function scanMentions(article: ParsedArticle, bySurface: Map<string, { id: string; label: EntityLabel }>, sink: FactSink): void {
  const surfaces = [...bySurface.keys()].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
  article.sentences.forEach((sentence, index) => {
    // Longest surface first, so "Naver Cloud" is taken before "Naver" can claim part of it; plain indexOf, no regex per surface.
    const taken: Array<[number, number]> = [];
    for (const surface of surfaces) {
      for (let start = sentence.indexOf(surface); start >= 0; start = sentence.indexOf(surface, start + 1)) {
        const end = start + surface.length;
        if (!isWordBounded(sentence, start, end) || taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        const target = bySurface.get(surface)!;
        sink.addMention({ id: target.id, label: target.label, sentence: index, start, end });
      }
    }
  });
}

/** No letter or digit touches the match on either side, and "-led" does not follow ("SoftBank-led" is an adjective). */
function isWordBounded(sentence: string, start: number, end: number): boolean {
  return !/[\p{L}\p{N}]/u.test(sentence[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(sentence[end] ?? '') && !sentence.startsWith('-led', end);
}

/** PART_OF, LAUNCHED and BASED_IN for one registered name. */
function linkStructure(registered: RegisteredName, sink: FactSink, governments: GovernmentsResult): void {
  const label = registered.cls;
  if (label === 'Consortium') return;
  const id = entityId(label, registered.name);
  const entity = sink.get(id);
  if (!entity) return;
  const first = entity.sentences[0] ?? 0;
  if (label === 'Agency') {
    // "Department of Science and Technology" exists in many countries: the gazetteer's country counts only when the article is about it.
    const known = findKnownAgency(registered.name)?.country;
    // A bloc's own bodies (Commission, EuroHPC) belong to the bloc even in an article about one member state.
    const code = (known && (governments.codes.includes(known) || !governments.main || known === 'EU') ? known : undefined) ?? countryInName(registered.name) ?? governmentNear(sink, first) ?? governments.main;
    if (code) sink.addRelation('PART_OF', id, ensureGovernment(sink, code, entity.sentences.slice(0, 1)), entity.sentences.slice(0, 1));
  } else if (label === 'Initiative') {
    const code = governmentNear(sink, first) ?? governments.main;
    if (code) sink.addRelation('LAUNCHED', ensureGovernment(sink, code, entity.sentences.slice(0, 1)), id, entity.sentences.slice(0, 1));
  } else if (registered.country && sink.get(governmentId(registered.country))) {
    // "a Finnish lab" says where the lab is from, not that Finland's government acts: BASED_IN only a government the article has.
    const stated = registered.candidates.find((c) => c.country)?.sentence ?? first;
    sink.addRelation('BASED_IN', id, ensureGovernment(sink, registered.country, [stated]), [stated]);
  }
}

/** A country written inside a name ("Saudi Data and AI Authority" → "SA"). */
function countryInName(name: string): string | undefined {
  return countryForms().find((form) => form.kind !== 'capital' && name.includes(form.text) && new RegExp(`(?<![\\p{L}])${escapeRegExp(form.text)}(?![\\p{L}])`, 'u').test(name))?.code;
}

/** The first government named in a sentence. */
function governmentNear(sink: FactSink, sentence: number): string | undefined {
  const mention = sink.mentionsIn(sentence, ['Government'])[0];
  return mention ? sink.get(mention.id)?.props.country as string | undefined : undefined;
}

/** The Government entity for a code, added (with the sentences implying it) when the article did not name it. */
export function ensureGovernment(sink: FactSink, code: string, sentences: number[]): string {
  return sink.addEntity({ id: governmentId(code), label: 'Government', name: countryName(code), props: { country: code }, sentences });
}
