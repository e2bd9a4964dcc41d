import { decodeText, ReadError } from '../../src/ingest/read';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Seoul')]))).toBe('Seoul');
  });

  it.each([
    ['empty input', new Uint8Array()],
    ['whitespace only', bytes(' \n\t ')],
    ['NUL bytes', new Uint8Array([0x41, 0x00, 0x42])],
    ['Latin-1 text', new Uint8Array([0x63, 0x61, 0x66, 0xe9])],
    ['UTF-16 without BOM', new Uint8Array([0x48, 0x00, 0x69, 0x00])],
  ])('rejects %s with a ReadError', (_name, input) => {
    expect(() => decodeText(input)).toThrow(ReadError);
  });

  it('rejects text over the size cap and names the setting to change', () => {
    expect(() => decodeText(bytes('x'.repeat(11)), 10)).toThrow(/SOVGRAPH_MAX_ARTICLE_BYTES/);
  });
});
