import { inflateSync } from 'node:zlib';

/**
 * The text a pdfkit PDF draws, one string per text operation, in drawing order. pdfkit embeds
 * subset fonts: the content streams hold glyph ids, and each font's ToUnicode CMap (written by
 * pdfkit as `bfrange` arrays) maps them back to characters. This reads exactly that structure —
 * uncompressed object table, Flate streams, Type0 fonts — which is what our PDFs are, so tests can
 * assert the printed fields. Also counts the images drawn.
 */
export function pdfText(pdf: Buffer): { lines: string[]; images: { width: number; height: number; filter: string }[] } {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: Buffer | null }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) {
    const body = m[2];
    const at = body.indexOf('\nstream\n');
    let stream: Buffer | null = null;
    let dict = body;
    if (at >= 0) {
      dict = body.slice(0, at);
      const start = (m.index ?? 0) + m[0].indexOf(body) + at + '\nstream\n'.length;
      const end = raw.indexOf('\nendstream', start);
      const bytes = pdf.subarray(start, end);
      stream = /\/Filter \/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes;
    }
    objects.set(Number(m[1]), { dict, stream });
  }
  const cmapOf = (fontRef: number): Map<number, string> => {
    const map = new Map<number, string>();
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef)?.dict ?? '')?.[1];
    const text = objects.get(Number(toUnicode))?.stream?.toString('latin1') ?? '';
    for (const range of text.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> \[([^\]]*)\]/gi)) {
      const from = parseInt(range[1], 16);
      [...range[3].matchAll(/<([0-9a-f ]+)>/gi)].forEach((entry, i) => {
        const units = entry[1].split(' ').map((h) => parseInt(h, 16));
        map.set(from + i, String.fromCharCode(...units));
      });
    }
    return map;
  };
  const lines: string[] = [];
  const images: { width: number; height: number; filter: string }[] = [];
  for (const { dict } of objects.values()) {
    if (/\/Subtype \/Image/.test(dict)) {
      images.push({ width: Number(/\/Width (\d+)/.exec(dict)?.[1]), height: Number(/\/Height (\d+)/.exec(dict)?.[1]), filter: /\/Filter \/(\w+)/.exec(dict)?.[1] ?? '' });
    }
    if (!/\/Type \/Page\b(?!s)/.test(dict)) continue;
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font <<([^>]*)>>/.exec(dict)?.[1] ?? /\/Resources (\d+) 0 R/.exec(dict)?.[1];
    const resources = fontDict && /^\d+$/.test(fontDict) ? /\/Font <<([^>]*)>>/.exec(objects.get(Number(fontDict))?.dict ?? '')?.[1] ?? '' : fontDict ?? '';
    for (const f of resources.matchAll(/\/(\w+) (\d+) 0 R/g)) fonts.set(f[1], cmapOf(Number(f[2])));
    const contentRef = /\/Contents (\d+) 0 R/.exec(dict)?.[1];
    const content = objects.get(Number(contentRef))?.stream?.toString('latin1') ?? '';
    let cmap = new Map<number, string>();
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|\[((?:<[0-9a-f]*>|[\s\d.-])*)\] TJ|<([0-9a-f]*)> Tj/gi)) {
      if (op[1]) {
        cmap = fonts.get(op[1]) ?? new Map();
        continue;
      }
      const hex = op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-f]*)>/gi)].map((h) => h[1]).join('') : op[3];
      let line = '';
      for (let i = 0; i + 4 <= hex.length; i += 4) line += cmap.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
      lines.push(line);
    }
  }
  return { lines, images };
}
