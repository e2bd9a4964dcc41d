import { findNameSpans, type NameSpan } from './nameSpans';

/**
 * The lists of names a sentence holds: runs of name spans joined only by
 * commas, semicolons and "and" ("Google, Meta, NVIDIA and QTS"), each with
 * whether an "and" closes it. A possessive or a place after "in" breaks a run
 * ("Mila in Montreal, the Vector Institute").
 */
export function listRuns(sentence: string): Array<{ spans: NameSpan[]; joined: boolean }> {
  const spans = findNameSpans(sentence);
  const runs: Array<{ spans: NameSpan[]; joined: boolean }> = [];
  let run: NameSpan[] = [];
  let joined = false;
  const flush = (): void => {
    if (run.length) runs.push({ spans: run, joined });
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

/** "Abu" of "Abu Dhabi-based", "Vava" of "Vava'u": the span must be a whole list item. */
export function isWholeItem(sentence: string, span: NameSpan): boolean {
  return /^(?:,|;|\.|:|\)| and\b| or\b|$)/.test(sentence.slice(span.end));
}
