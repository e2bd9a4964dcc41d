import { isKnownOrganization } from '../resolve/resolveNames';
import { isOrganizationName } from './classifyName';
import { isWholeItem, listRuns } from './listRuns';
import type { NameSpan } from './nameSpans';
import { surfaceKey, type CueStrength, type OrgRegistry } from './orgRegistry';

/**
 * "Google, Meta, NVIDIA, Compass Datacenters and QTS Data Centers": a name
 * listed beside organisations the article already knows is one too. Runs
 * after every other cue, so a peer found anywhere in the article counts; the
 * list must be closed by "and" or fill a table cell or bullet (an appositive
 * "TITAN, SK Telecom's supercomputer" is none) and hold at least as many
 * known organisations as new names.
 */
export function findListMates(sentences: string[], registry: OrgRegistry, add: (index: number, span: NameSpan, strength: CueStrength) => void): void {
  // (A strong cue alone is not enough: "London and California" were both proposed, and neither is an organisation.)
  const strong = registry.strongSurfaces();
  const known = (span: NameSpan): boolean => isKnownOrganization(span.text) || (strong.has(surfaceKey(span.text)) && isOrganizationName(span.text));
  sentences.forEach((sentence, index) => {
    for (const { spans, closed } of listRuns(sentence)) {
      if (!closed || spans.length < 2) continue;
      // (An item that cannot be an organisation at all, a language or a capital, neither counts nor stops the others.)
      const fresh = spans.filter((span) => !known(span) && isWholeItem(sentence, span) && isOrganizationName(span.text));
      const peers = spans.filter(known).length;
      // ("Among the participants are LlamaIndex, CrewAI, Redis and the consultancy Orium": a member list vouches for its items.)
      if (!fresh.length || (peers < fresh.length && !(peers >= 1 && MEMBER_LIST.test(sentence)))) continue;
      // (Two known companies beside it outweigh a name that reads like a person's: "Compass Datacenters".)
      for (const span of fresh) add(index, span, peers >= 2 ? 'strong' : 'weak');
    }
  });
}

/** Words saying a sentence lists a team's members. */
const MEMBER_LIST = /\b(?:members?|partners?|participants?|signatories|founding|line-?up|joined|join|signed (?:up|on))\b/i;
