import { adjacentPairs, chinaDateTime, overlaps, planSeating, SeatAssignment, SeatingCandidate, SeatingRoom, seatLabel } from './seating';

/** Candidates `g1`, `g2`… of each group: counts per group, in order. */
function people(counts: Record<string, number>): SeatingCandidate[] {
  return Object.entries(counts).flatMap(([group, n]) => Array.from({ length: n }, (_, i) => ({ id: `${group}-${String(i + 1).padStart(2, '0')}`, group })));
}

const groupOf = (candidates: SeatingCandidate[]) => {
  const map = new Map(candidates.map((c) => [c.id, c.group]));
  return (id: string) => map.get(id) as string;
};

function seated(outcome: ReturnType<typeof planSeating>): SeatAssignment[] {
  if (!outcome.ok) throw new Error(`seating failed: ${outcome.code}`);
  return outcome.seats;
}

describe('planSeating', () => {
  it.each<[string, SeatingRoom[], Record<string, number>, number]>([
    // name, rooms, candidates per employer, neighbours of one employer the best plan cannot avoid
    ['one room, two employers alternating', [{ id: 'R1', seats: 10 }], { A: 5, B: 5 }, 0],
    ['one room, one employer with exactly half rounded up', [{ id: 'R1', seats: 9 }], { A: 5, B: 2, C: 2 }, 0],
    ['one room, one employer over half: only the surplus sits together', [{ id: 'R1', seats: 10 }], { A: 7, B: 3 }, 3],
    ['one employer only: nothing to separate', [{ id: 'R1', seats: 4 }], { A: 4 }, 3],
    ['two rooms spread the big employer', [{ id: 'R1', seats: 6 }, { id: 'R2', seats: 6 }], { A: 6, B: 3, C: 3 }, 0],
    ['three rooms, many employers, seats to spare', [{ id: 'R1', seats: 30 }, { id: 'R2', seats: 30 }, { id: 'R3', seats: 20 }], { A: 20, B: 15, C: 10, D: 8, E: 2 }, 0],
  ])('%s', (_name, rooms, counts, unavoidable) => {
    const candidates = people(counts);
    const seats = seated(planSeating(rooms, candidates, 20261208));
    expect(seats).toHaveLength(candidates.length);
    expect(new Set(seats.map((s) => s.candidateId)).size).toBe(candidates.length);
    for (const room of rooms) {
      const numbers = seats.filter((s) => s.roomId === room.id).map((s) => s.seat).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      expect(numbers.length).toBeLessThanOrEqual(room.seats);
    }
    expect(adjacentPairs(seats, groupOf(candidates))).toBe(unavoidable);
  });

  it('the same seed and input give the same plan; another seed another plan', () => {
    const rooms = [{ id: 'R1', seats: 20 }, { id: 'R2', seats: 20 }];
    const candidates = people({ A: 12, B: 10, C: 8, D: 5 });
    const a = planSeating(rooms, candidates, 42);
    expect(planSeating(rooms, [...candidates].reverse(), 42)).toEqual(a);
    expect(planSeating(rooms, candidates, 42)).toEqual(a);
    expect(planSeating(rooms, candidates, 43)).not.toEqual(a);
  });

  it('pins the first seats of a recorded seed, so a release cannot change old plans unseen', () => {
    const seats = seated(planSeating([{ id: 'R1', seats: 6 }], people({ A: 3, B: 3 }), 7));
    expect(seats.map((s) => `${s.seat}:${s.candidateId}`)).toEqual(['1:B-02', '2:A-02', '3:B-01', '4:A-03', '5:B-03', '6:A-01']);
  });

  it('refuses when there are fewer seats than candidates, saying how many', () => {
    expect(planSeating([{ id: 'R1', seats: 3 }, { id: 'R2', seats: 2 }], people({ A: 6 }), 1)).toEqual({ ok: false, code: 'SEATS_SHORT', needed: 6, available: 5, unplaced: [] });
  });

  it('keeps a candidate out of a room they may not sit in, and reports who has no room left', () => {
    const candidates: SeatingCandidate[] = [
      { id: 'x', group: 'A', forbiddenRooms: ['R1'] },
      { id: 'y', group: 'B' },
      { id: 'z', group: 'A', forbiddenRooms: ['R1', 'R2'] },
    ];
    expect(planSeating([{ id: 'R1', seats: 2 }, { id: 'R2', seats: 2 }], candidates, 5)).toEqual({ ok: false, code: 'NO_ALLOWED_ROOM', unplaced: ['z'] });
    const seats = seated(planSeating([{ id: 'R1', seats: 2 }, { id: 'R2', seats: 1 }], candidates.slice(0, 2).concat({ id: 'w', group: 'C' }), 5));
    expect(seats.find((s) => s.candidateId === 'x')?.roomId).toBe('R2');
  });

  it('places the most constrained first, so a full allowed room does not strand them', () => {
    // Every seed: `only2` may sit only in R2, which has one seat; the others must leave it free.
    for (let seed = 0; seed < 50; seed++) {
      const seats = seated(planSeating([{ id: 'R1', seats: 3 }, { id: 'R2', seats: 1 }], [...people({ A: 3 }), { id: 'only2', group: 'B', forbiddenRooms: ['R1'] }], seed));
      expect(seats.find((s) => s.candidateId === 'only2')?.roomId).toBe('R2');
    }
  });
});

describe('time and labels', () => {
  it.each([
    ['09:00–11:00 and 10:59–12:00 overlap', '2026-09-08T09:00:00+08:00', '2026-09-08T11:00:00+08:00', '2026-09-08T10:59:00+08:00', '2026-09-08T12:00:00+08:00', true],
    ['back to back do not', '2026-09-08T09:00:00+08:00', '2026-09-08T11:00:00+08:00', '2026-09-08T11:00:00+08:00', '2026-09-08T12:00:00+08:00', false],
    ['one inside the other', '2026-09-08T09:00:00+08:00', '2026-09-08T17:00:00+08:00', '2026-09-08T10:00:00+08:00', '2026-09-08T11:00:00+08:00', true],
  ])('%s', (_name, a1, a2, b1, b2, expected) => {
    expect(overlaps({ startsAt: new Date(a1), endsAt: new Date(a2) }, { startsAt: new Date(b1), endsAt: new Date(b2) })).toBe(expected);
  });

  it('prints China wall time and two-digit seats', () => {
    expect(chinaDateTime(new Date('2026-09-08T01:00:00Z'))).toBe('2026-09-08 09:00');
    expect(chinaDateTime(new Date('2026-09-08T16:30:00Z'))).toBe('2026-09-09 00:30');
    expect(seatLabel(5)).toBe('05');
    expect(seatLabel(120)).toBe('120');
    expect(() => seatLabel(0)).toThrow(RangeError);
  });
});
