import { isCountryForm } from '../resolve/countries';
import { classifyName, isOrganizationName } from './classifyName';
import { addMembers, type SentenceContext } from './consortiumContext';
import { findNameSpans, readNameAt } from './nameSpans';
import { readList } from './readList';
import { DATELINE } from './readBuilderTeams';

/**
 * "OpenAI on Tuesday announced Stargate UK, an infrastructure partnership with
 * chipmaker Nvidia and London-based Nscale": a named partnership described in
 * apposition. Its partners are the listed names plus the subject that announced
 * it; "Y, a joint venture between A and B" names all its partners itself.
 */
const APPOSITION = /^, (?:a|an|the) (?:new )?(?:[\p{L}-]+ ){0,3}?(partnership|alliance|joint venture|collaboration|venture) (with|between|of) /u;
/** The subject's verb up to the name: "OpenAI on Tuesday announced", "A and B have launched". */
const ANNOUNCED = /^(?: (?:on|this|last) [\p{L}]+)? (?:has |have |had )?(?:announced|unveiled|launched|introduced|formed|set up|created|signed|announces|unveils|launches|introduces|forms)(?: the)? $/u;


export function readNamedPartnership(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const apposition = APPOSITION.exec(sentence.slice(span.end));
    const cls = classifyName(span.text);
    // The name must be the partnership's (not a company's: "Nscale, a partnership with …" reads as a firm's description).
    if (!apposition || !cls || cls === 'Agency' || isCountryForm(span.text)) continue;
    const items = readList(sentence, span.end + apposition[0].length).filter((item) => isOrganizationName(item.name.text));
    if (!items.length) continue;
    const open = sentence.length - sentence.replace(DATELINE, '').length;
    const subject = apposition[2] === 'with' ? readNameAt(sentence, open) : undefined;
    const announcer = subject && isOrganizationName(subject.text) && ANNOUNCED.test(sentence.slice(subject.end, span.start)) ? subject : undefined;
    // "with A" alone and no announcing subject is one company's deal, not a partnership of several.
    if (!announcer && items.length < 2) continue;
    if (cls === 'Organization' && !announcer) continue;
    const draft = book.byName(span.text);
    draft.formal = true;
    addMembers(ctx, draft, [...(announcer ? [{ name: announcer, descriptor: '' }] : []), ...items]);
    book.refer(draft, index, span.start, span.end);
  }
}

/** "A signed an agreement with B to develop Y together": a joint build of a named thing is a partnership named after it. */
const AGREED_JOINTLY = /^(?: \([^()]{1,40}\))? (?:has |have |had )?(?:signed|struck|reached|inked|sealed|agreed) (?:an? |the )?(?:[\p{Ll}-]+ )?(?:agreement|deal|accord|memorandum of understanding|partnership) with /u;
const TO_BUILD_TOGETHER = /^ to (jointly )?(?:develop|build|create|deploy|set up|construct) (?:the )?/;

export function readAgreedJointBuild(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  // The subject is the name right before the verb ("In May, at an event in Milan, Domyn signed …").
  const subject = findNameSpans(sentence).find((span) => AGREED_JOINTLY.test(sentence.slice(span.end)));
  const verb = subject && AGREED_JOINTLY.exec(sentence.slice(subject.end));
  if (!subject || !verb || !isOrganizationName(subject.text)) return;
  const partners = readList(sentence, subject.end + verb[0].length).filter((item) => isOrganizationName(item.name.text));
  const last = partners[partners.length - 1];
  const build = last && TO_BUILD_TOGETHER.exec(sentence.slice(last.name.end));
  const target = build && readNameAt(sentence, last.name.end + build[0].length);
  // Without "together"/"jointly" the deal may be a sale or a service contract, not a shared project.
  if (!target || (!build[1] && !/^ (?:together|jointly)\b/.test(sentence.slice(target.end)))) return;
  const cls = classifyName(target.text);
  if (!cls || cls === 'Agency' || isCountryForm(target.text)) return;
  const draft = book.byName(target.text);
  draft.formal = true;
  addMembers(ctx, draft, [{ name: subject, descriptor: '' }, ...partners]);
  book.refer(draft, index, target.start, target.end);
}

/** "The T3 AI project also draws on contributions from A and B": named contributors to a known partnership take part in it. */
const CONTRIBUTIONS = /^(?: (?:project|programme|initiative|effort|model))? (?:also )?(?:draws on|draw on|relies on|benefits from|receives|gets|has) (?:contributions|input) from /;

export function readContributors(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const span of findNameSpans(sentence)) {
    const cue = CONTRIBUTIONS.exec(sentence.slice(span.end));
    // Only a partnership the article already presents as one: "draws on" alone also describes customers and users.
    const draft = cue && book.drafts.find((d) => d.name === span.text && d.members.size >= 2);
    if (!cue || !draft) continue;
    addMembers(ctx, draft, readList(sentence, span.end + cue[0].length).filter((item) => !isCountryForm(item.name.text)));
    book.refer(draft, index, span.start, span.end);
  }
}

/** "X is partnering A and B to launch the Y Programme": the partners (and the subject, when an organisation) take part in Y. */
// ("The state government will work with A, B and C to set up a Centre for …": the subject need not be an organisation.)
const PARTNERING = / (?:is partnering(?: with)?|are partnering(?: with)?|has partnered with|have partnered with|partnered with|partners with|is teaming up with|teamed up with|has teamed up with|joined forces with|has joined forces with|will work with|is working with|are working with|will be working with) /g;
const TO_LAUNCH = /^,? to (?:jointly )?(?:launch|build|develop|create|set up|establish|run) (?:the |a |an )?/;
/** A body set up anew ("to set up a Centre for Research in …"): a centre named by its head is the team, not an organisation already there. */
const NEW_BODY = /^(?:\p{Lu}[\p{L}-]* )*?(?:Centre|Center|Hub|Lab|Laboratory|Institute)\b/u;

export function readPartneringToLaunch(ctx: SentenceContext): void {
  const { sentence, index, book } = ctx;
  for (const verb of sentence.matchAll(PARTNERING)) {
    const at = verb.index ?? 0;
    const subject = findNameSpans(sentence).find((span) => span.end === at);
    const items = readList(sentence, at + verb[0].length);
    const last = items[items.length - 1];
    const launch = last && TO_LAUNCH.exec(sentence.slice(last.name.end));
    const target = launch && readNameAt(sentence, last.name.end + launch[0].length);
    const cls = target && classifyName(target.text);
    const founded = !!target && / (?:a|an) $/.test(launch[0]) && NEW_BODY.test(target.text) && items.length >= 2;
    // Only a named launch: "partnering A to launch a new service" is a supply deal.
    if (!target || !cls || cls === 'Agency' || (cls === 'Organization' && !founded) || isCountryForm(target.text)) continue;
    const members = [...(subject ? [subject] : []), ...items.map((item) => item.name)].filter((span) => isOrganizationName(span.text));
    if (!members.length) continue;
    const draft = book.byName(target.text);
    draft.formal = true;
    addMembers(ctx, draft, members.map((name) => ({ name, descriptor: '' })));
    book.refer(draft, index, target.start, target.end);
  }
}
