import { findNameSpans, type NameSpan } from './nameSpans';

/**
 * The lists of names a sentence holds: runs of name spans joined only by
 * commas, semicolons and "and" ("Google, Meta, NVIDIA and QTS"), each with
 * whether something closes it: an "and", or the edges of a table cell or
 * bullet that holds nothing but the list ("| Fujitsu, ELYZA, Kotoba
 * Technologies |"). A possessive or a place after "in" breaks a run ("Mila in
 * Montreal, the Vector Institute").
 */
export function listRuns(sentence: string): Array<{ spans: NameSpan[]; closed: boolean }> {
  const spans = findNameSpans(sentence);
  const runs: Array<{ spans: NameSpan[]; closed: boolean }> = [];
  let run: NameSpan[] = [];
  let joined = false;
  const flush = (): void => {
    if (run.length) runs.push({ spans: run, closed: joined || (run.length >= 2 && fillsCellOrBullet(sentence, run)) });
    run = [];
    joined = false;
  };
  spans.forEach((span, i) => {
    const gap = i > 0 ? sentence.slice(spans[i - 1].end, span.start) : '';
    if (span.possessive || /\b(?:in|near|outside)\s$/.test(sentence.slice(0, span.start))) {
      flush();
      return;
    }
    if (run.length && !/^(?:, | and |, and |; |;? and )(?:the )?$/.test(gap)) flush();
    if (run.length && /and/.test(gap)) joined = true;
    run.push(span);
  });
  flush();
  return runs;
}

/** The run is all its table cell or bullet line holds: "| A, B, C |", "- A, B, C". */
function fillsCellOrBullet(sentence: string, spans: NameSpan[]): boolean {
  const before = sentence.slice(0, spans[0].start);
  const after = sentence.slice(spans[spans.length - 1].end);
  return (/\|\s*$/.test(before) && /^\s*\|/.test(after)) || (/^\s*[-*•]\s+$/.test(before) && /^\.?\s*$/.test(after));
}

/** "Abu" of "Abu Dhabi-based", "Vava" of "Vava'u": the span must be a whole list item (a table cell's edge ends one too). */
export function isWholeItem(sentence: string, span: NameSpan): boolean {
  // ("Mistral AI and Helsing announced …": the list's subjects may run straight into their verb.)
  return /^(?:,|;|\.|:|\)| and\b| or\b| \||$)/.test(sentence.slice(span.end)) || LIST_VERB_AFTER.test(sentence.slice(span.end));
}

/** A verb the members of a list do together: "A and B announced / signed / will build …". */
const LIST_VERB_AFTER = /^ (?:announced|signed|agreed|unveiled|launched|formed|founded|created|set up|teamed up|joined forces|will|would|have|had|are|were|plan|plans|planned|jointly|together)\b/;
