/** A fixed-size set of small integers (evaluator indexes); intersections and counts in word steps. */
export class Bitset {
  private constructor(
    readonly size: number,
    private readonly words: Uint32Array,
  ) {}

  static empty(size: number): Bitset {
    return new Bitset(size, new Uint32Array(Math.ceil(size / 32)));
  }

  static of(size: number, members: Iterable<number>): Bitset {
    const set = Bitset.empty(size);
    for (const i of members) set.words[i >>> 5] |= 1 << (i & 31);
    return set;
  }

  has(i: number): boolean {
    return (this.words[i >>> 5] & (1 << (i & 31))) !== 0;
  }

  and(other: Bitset): Bitset {
    const out = Bitset.empty(this.size);
    for (let w = 0; w < this.words.length; w++) out.words[w] = this.words[w] & other.words[w];
    return out;
  }

  or(other: Bitset): Bitset {
    const out = Bitset.empty(this.size);
    for (let w = 0; w < this.words.length; w++) out.words[w] = this.words[w] | other.words[w];
    return out;
  }

  count(): number {
    let total = 0;
    for (let w = 0; w < this.words.length; w++) total += popcount(this.words[w]);
    return total;
  }

  /** Size of the intersection of three sets, without building it. */
  static countAnd(a: Bitset, b: Bitset, c: Bitset): number {
    let total = 0;
    for (let w = 0; w < a.words.length; w++) total += popcount(a.words[w] & b.words[w] & c.words[w]);
    return total;
  }

  members(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (this.has(i)) out.push(i);
    return out;
  }
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
