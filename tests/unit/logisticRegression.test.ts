import { chooseThreshold, fitLogistic } from '../../training/logisticRegression';
import { memberProbability } from '../../src/ingest/extract/membershipModel/membershipModel';

/** The trainer's logistic regression on small made-up examples: it learns words, and picks its threshold on sets it did not train on. */
const example = (writer: string, words: string[], positive: boolean) => ({ writer, features: [1], context: words, positive });

describe('logistic regression for the membership model', () => {
  const rows = ['a', 'b', 'c', 'd'].flatMap((writer) => [
    example(writer, ['s:members', 'l1:joined'], true),
    example(writer, ['s:members', 'r1:and'], true),
    example(writer, ['s:funded', 'l1:by'], false),
    example(writer, ['s:suppliers', 'r1:and'], false),
  ]);

  it('weighs words that come with members above words that come with funders and suppliers', () => {
    const model = fitLogistic(rows);
    expect(memberProbability(model, { features: [1], context: ['s:members'] })).toBeGreaterThan(0.5);
    expect(memberProbability(model, { features: [1], context: ['s:funded', 'l1:by'] })).toBeLessThan(0.5);
    expect(model.words['s:members']).toBeGreaterThan(0);
    expect(model.words['s:funded']).toBeLessThan(0);
  });

  it('gives no weight to a word seen fewer than three times', () => {
    const model = fitLogistic([...rows, example('a', ['s:rare'], true), example('b', ['s:rare'], true)]);
    expect(model.words['s:rare']).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(fitLogistic(rows)).toEqual(fitLogistic([...rows]));
  });

  it('chooses the threshold with the best F1 to three decimals (the lowest of equal ones), scoring each writer\'s set with a model trained without it', () => {
    const { best, all } = chooseThreshold(rows);
    expect(all.map((score) => score.threshold)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9]);
    const rounded = (f1: number): number => Math.round(f1 * 1000);
    const top = Math.max(...all.map((score) => rounded(score.f1)));
    expect(rounded(best.f1)).toBe(top);
    expect(all.filter((score) => score.threshold < best.threshold && rounded(score.f1) === top)).toEqual([]);
  });

  it('learns only from the examples it will judge, not from those already found', () => {
    // Found examples say "members" means a member; among the ones left to judge it does not.
    const mixed = ['a', 'b', 'c', 'd'].flatMap((writer) => [
      ...[1, 2, 3].map(() => ({ ...example(writer, ['s:members'], true), found: true })),
      { ...example(writer, ['s:members'], false), found: false },
      { ...example(writer, ['l1:joined'], true), found: false },
    ]);
    const half = chooseThreshold(mixed, (row) => row.found).all.find((score) => score.threshold === 0.5)!;
    expect(half.precision).toBe(1);
  });
});
