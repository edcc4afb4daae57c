import { auditEventHash, AuditHashInput, canonicalJson, findChainBreak, GENESIS_HASH, StoredAuditRow } from './audit-hash';

function chain(n: number): StoredAuditRow[] {
  const rows: StoredAuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const input: AuditHashInput = {
      chainKey: 'org-1', seq, organizationId: 'org-1', actorUserId: 'u1', actorUsername: 'hr', action: 'worker.create',
      entityType: 'person', entityId: `p${seq}`, before: null, after: { name: `张${seq}`, nested: { b: 1, a: [1, 2] } },
      reason: null, requestId: `r${seq}`, occurredAt: `2026-11-25T01:00:0${seq}.000Z`,
    };
    const hash = auditEventHash(prev, input);
    rows.push({ ...input, id: String(seq), prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('audit chain', () => {
  it('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe(canonicalJson({ a: { c: [3, { e: 0, f: 1 }], d: 2 }, b: 1 }));
  });

  it('hashes strings as PostgreSQL stores them: a lone surrogate as U+FFFD, in values and keys', () => {
    expect(canonicalJson({ reason: 'a\ud800b', ['\udc00']: ['\ud83d'] })).toBe(canonicalJson({ reason: 'a\ufffdb', ['\ufffd']: ['\ufffd'] }));
    // a surrogate pair is one character and stays as it is
    expect(canonicalJson('👷')).toBe('"👷"');
  });

  it('an intact chain has no break', () => {
    expect(findChainBreak(chain(5))).toBeNull();
  });

  it.each([
    ['after', (r: StoredAuditRow) => ({ ...r, after: { name: '李四' } })],
    ['reason', (r: StoredAuditRow) => ({ ...r, reason: 'edited' })],
    ['actor', (r: StoredAuditRow) => ({ ...r, actorUserId: 'u2' })],
    ['time', (r: StoredAuditRow) => ({ ...r, occurredAt: '2026-11-25T02:00:00.000Z' })],
  ])('an altered %s is reported at the altered row', (_field, alter) => {
    const rows = chain(5);
    rows[2] = alter(rows[2]);
    expect(findChainBreak(rows)).toMatchObject({ id: '3', seq: 3, problem: 'hash_mismatch' });
  });

  it('a deleted row is reported as a gap', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    expect(findChainBreak(rows)).toMatchObject({ id: '3', problem: 'seq_gap' });
  });

  it('a recomputed hash still breaks the next link', () => {
    const rows = chain(4);
    const { id, prevHash, hash: _h, ...input } = rows[1];
    const forged = { ...input, after: { forged: true } };
    rows[1] = { ...forged, id, prevHash, hash: auditEventHash(prevHash, forged) };
    expect(findChainBreak(rows)).toMatchObject({ id: '3', problem: 'prev_hash_mismatch' });
  });
});
