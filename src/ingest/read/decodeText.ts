/** Default cap on one article's size in bytes (2 MiB). */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Why a file cannot be read as article text; its message is the error line. */
export class ReadError extends Error {
  override name = 'ReadError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes article bytes as strict UTF-8 (a BOM is dropped) and rejects what is
 * not text: empty or whitespace-only input, NUL bytes, invalid UTF-8, or more
 * than `maxBytes`.
 */
export function decodeText(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new ReadError(`too large: ${bytes.length} bytes, the limit is ${maxBytes} (set SOVGRAPH_MAX_ARTICLE_BYTES to change it)`);
  }
  if (bytes.includes(0)) throw new ReadError('binary content (NUL bytes): expected UTF-8 text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ReadError('not valid UTF-8 text: re-save the file as UTF-8');
  }
  if (text.trim() === '') throw new ReadError('empty: no text to ingest');
  return text.normalize('NFC');
}
