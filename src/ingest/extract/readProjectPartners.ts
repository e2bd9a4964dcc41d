import { isOrganizationName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import type { ConsortiumDraft } from './consortiumDrafts';
import { readNameAt, type NameSpan } from './nameSpans';
import { readList, type ListItem } from './readList';
import { DATELINE } from './readBuilderTeams';

/**
 * Partners of a project whose leader is stated without a team noun nearby
 * ("G42 will lead the project and oversee construction, with Microsoft as its
 * main partner", "Foxconn is leading the build through its subsidiary Y",
 * "… and the partners include A alongside B", "The partners include:" then
 * bullets). News articles name the leader in one sentence and its partners
 * in the next ones, so the rest of the sentence and the two after are read.
 */

/** "with Microsoft as its main partner": a partner named before its role. */
const AS_PARTNER = /\bwith ((?:\p{Lu}|\p{N})[\p{L}\p{N}&.\-]*(?: \p{Lu}[\p{L}\p{N}&.\-]*){0,4}) as (?:its|their|the) (?:[\p{Ll}-]+ )?(?:partner|co-developer|co-investor)\b/u;
/** "through its subsidiary Big Innovation Company": the leader works through a unit of its own, which takes part. */
const THROUGH_UNIT = /^ through (?:its|their) (?:[\p{Ll}-]+ )?(?:subsidiary|unit|arm|affiliate|joint venture) /u;
/** "the partners include A", "its partners are A and B" (not a colon, which hands over to bullets). */
const PARTNERS_ARE = /\b(?:the|its|their) (?:other )?(?:partners|members) (?:include|are|comprise) (?!the following)/;
/** "The partners include:" closes a sentence and bullets follow; the bullet reader adds them to the current team. */
const PARTNERS_COLON_END = /\b(?:partners|members) (?:include|are|comprise|involved are)?:$/;

/** Adds the partners stated after a leader's project verb (from `pos`) and in the next two sentences; true when any cue was found. */
export function readLaterPartners(ctx: SentenceContext, draft: ConsortiumDraft, leader: NameSpan, pos: number): boolean {
  const { sentence, sentences, index } = ctx;
  let found = false;
  const through = THROUGH_UNIT.exec(sentence.slice(pos));
  const unit = through && readNameAt(sentence, pos + through[0].length);
  if (unit && isMemberName(unit.text)) {
    addMembers(ctx, draft, [{ name: unit, descriptor: '' }]);
    found = true;
  }
  for (let back = 0; back <= 2; back++) {
    const at = index + back;
    const line = sentences[at];
    if (line === undefined || (back > 0 && /^(?:#|\*\*[^*]+\*\*$)/.test(line))) break;
    const lineCtx = { ...ctx, sentence: line, index: at };
    const from = back === 0 ? pos : 0;
    const partner = AS_PARTNER.exec(line.slice(from));
    if (partner) {
      const span = readNameAt(line, from + partner.index + 5);
      if (span && span.text !== leader.text && isMemberName(span.text)) {
        addMembers(lineCtx, draft, [{ name: span, descriptor: '' }]);
        found = true;
      }
    }
    const listed = PARTNERS_ARE.exec(line.slice(from));
    if (listed) {
      const items = readListAlongside(line, from + listed.index + listed[0].length).filter((item) => item.name.text !== leader.text && isMemberName(item.name.text));
      addMembers(lineCtx, draft, items);
      found ||= items.length > 0;
    }
    if (back > 0 && PARTNERS_COLON_END.test(line)) return true;
  }
  return found;
}

/** A list that may go on after "alongside": "SK Broadband and SK Gas alongside AWS". */
export function readListAlongside(sentence: string, pos: number): ListItem[] {
  // The list reader does not end a list at "alongside", so the list is read up to it, then after it.
  const cut = /,? (?:alongside|together with) /.exec(sentence.slice(pos));
  if (!cut) return readList(sentence, pos);
  const items = readList(sentence.slice(0, pos + cut.index), pos);
  const last = items[items.length - 1];
  if (!last || last.name.end !== pos + cut.index) return items;
  return [...items, ...readList(sentence, pos + cut.index + cut[0].length)];
}

/**
 * "Nvidia and Foxconn will build an AI factory. Foxconn is leading the build":
 * the names the leader shares a build or investment verb with, in this
 * sentence or the two before, are its partners.
 */
export function addCoBuilders(ctx: SentenceContext, draft: ConsortiumDraft, leader: string): void {
  for (let back = 0; back <= 2; back++) {
    const line = ctx.sentences[ctx.index - back] ?? '';
    const verb = /\b(?:will|would|plan to|are to|agreed to|to) (?:jointly )?(?:build|invest|develop|create|set up|construct|deploy)\b/.exec(line);
    if (!verb) continue;
    // The subjects open the sentence (after a dateline) and run up to the verb: "Microsoft and Abu Dhabi-based AI company G42 will invest".
    const open = line.length - line.replace(DATELINE, '').length;
    const chain = readList(line, open).map((item) => item.name).filter((span) => span.end <= verb.index);
    const last = chain[chain.length - 1];
    if (!last || line.slice(last.end, verb.index) !== ' ') continue;
    if (chain.length < 2 || !chain.some((span) => span.text === leader)) continue;
    const partners = chain.filter((span) => span.text !== leader && isMemberName(span.text));
    addMembers({ ...ctx, sentence: line, index: ctx.index - back }, draft, partners.map((name) => ({ name, descriptor: '' })));
    return;
  }
}

function isMemberName(name: string): boolean {
  return isOrganizationName(name);
}

