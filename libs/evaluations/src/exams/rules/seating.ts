import { mulberry32, shuffleInPlace } from '../../draw/prng';

/**
 * 考场编排: which room (exam session) and seat each candidate of one component gets. Pure and
 * seeded, so a recorded seed, algorithm and input give the same plan on every machine.
 *
 * 1. The candidates, sorted by id (so the order they are read in does not matter), are shuffled
 *    with the seed.
 * 2. Room: most constrained candidates first (fewest rooms they may sit in: recusal of an
 *    invigilator, another overlapping session they already sit), then the largest groups first,
 *    each into the allowed room with a free seat where their group has the smallest share of the
 *    room's seats, then the lowest share of seats taken, then the session order. So a big
 *    employer is spread over the rooms. A candidate no allowed room has a seat for is reported,
 *    and nothing is placed.
 * 3. Seats within a room: one after another, each time from the group with the most candidates
 *    still unseated that is not the group of the previous seat (ties: the shuffled order). This
 *    keeps two neighbours (consecutive seat numbers) of the same group apart whenever it can be
 *    done at all — that is when no group has more than half the room, rounded up.
 */
export const SEATING_ALGORITHM = 'seating-v1';

export interface SeatingRoom {
  id: string;
  seats: number;
}

export interface SeatingCandidate {
  id: string;
  /** What neighbours should not share: the employer (用人单位), workshop or the like. */
  group: string;
  /** Rooms this candidate may not sit in. */
  forbiddenRooms?: readonly string[];
}

export interface SeatAssignment {
  candidateId: string;
  roomId: string;
  /** 1-based seat number in the room. */
  seat: number;
}

export type SeatingOutcome =
  | { ok: true; seats: SeatAssignment[]; adjacentSameGroup: number }
  | { ok: false; code: 'SEATS_SHORT'; needed: number; available: number; unplaced: string[] }
  | { ok: false; code: 'NO_ALLOWED_ROOM'; unplaced: string[] };

export function planSeating(rooms: readonly SeatingRoom[], candidates: readonly SeatingCandidate[], seed: number): SeatingOutcome {
  const available = rooms.reduce((sum, r) => sum + r.seats, 0);
  if (candidates.length > available) {
    return { ok: false, code: 'SEATS_SHORT', needed: candidates.length, available, unplaced: [] };
  }
  const next = mulberry32(seed);
  const order = shuffleInPlace([...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), next);
  const rank = new Map(order.map((c, i) => [c.id, i]));
  const roomIndex = new Map(rooms.map((r, i) => [r.id, i]));
  const allowedOf = (c: SeatingCandidate) => rooms.filter((r) => !(c.forbiddenRooms ?? []).includes(r.id));
  const groupSize = new Map<string, number>();
  for (const c of order) groupSize.set(c.group, (groupSize.get(c.group) ?? 0) + 1);
  const groupFirst = new Map<string, number>();
  order.forEach((c, i) => groupFirst.has(c.group) || groupFirst.set(c.group, i));
  const byConstraint = [...order].sort(
    (a, b) =>
      allowedOf(a).length - allowedOf(b).length ||
      (groupSize.get(b.group) as number) - (groupSize.get(a.group) as number) ||
      (groupFirst.get(a.group) as number) - (groupFirst.get(b.group) as number) ||
      (rank.get(a.id) as number) - (rank.get(b.id) as number),
  );

  const inRoom = new Map<string, SeatingCandidate[]>(rooms.map((r) => [r.id, []]));
  const unplaced: string[] = [];
  for (const candidate of byConstraint) {
    const options = allowedOf(candidate).filter((r) => (inRoom.get(r.id) as SeatingCandidate[]).length < r.seats);
    if (options.length === 0) {
      unplaced.push(candidate.id);
      continue;
    }
    const sameGroup = (r: SeatingRoom) => (inRoom.get(r.id) as SeatingCandidate[]).filter((c) => c.group === candidate.group).length;
    const share = (r: SeatingRoom) => (inRoom.get(r.id) as SeatingCandidate[]).length / r.seats;
    options.sort(
      (a, b) => (sameGroup(a) + 1) / a.seats - (sameGroup(b) + 1) / b.seats || share(a) - share(b) || (roomIndex.get(a.id) as number) - (roomIndex.get(b.id) as number),
    );
    (inRoom.get(options[0].id) as SeatingCandidate[]).push(candidate);
  }
  if (unplaced.length > 0) return { ok: false, code: 'NO_ALLOWED_ROOM', unplaced: unplaced.sort() };

  const seats: SeatAssignment[] = [];
  let adjacentSameGroup = 0;
  for (const room of rooms) {
    const arranged = separateGroups(inRoom.get(room.id) as SeatingCandidate[], rank);
    arranged.forEach((c, i) => {
      seats.push({ candidateId: c.id, roomId: room.id, seat: i + 1 });
      if (i > 0 && arranged[i - 1].group === c.group) adjacentSameGroup++;
    });
  }
  return { ok: true, seats, adjacentSameGroup };
}

/** The seat order of one room: most numerous remaining group first, never the previous seat's group if another is left. */
function separateGroups(candidates: readonly SeatingCandidate[], rank: ReadonlyMap<string, number>): SeatingCandidate[] {
  const groups = new Map<string, SeatingCandidate[]>();
  for (const c of [...candidates].sort((a, b) => (rank.get(a.id) as number) - (rank.get(b.id) as number))) {
    const list = groups.get(c.group) ?? [];
    list.push(c);
    groups.set(c.group, list);
  }
  const out: SeatingCandidate[] = [];
  let previous: string | null = null;
  while (out.length < candidates.length) {
    const ready = [...groups.entries()].filter(([, list]) => list.length > 0);
    ready.sort(([, a], [, b]) => b.length - a.length || (rank.get(a[0].id) as number) - (rank.get(b[0].id) as number));
    const pick = ready.find(([group]) => group !== previous) ?? ready[0];
    out.push(pick[1].shift() as SeatingCandidate);
    previous = pick[0];
  }
  return out;
}

/** Neighbouring seats (consecutive numbers in one room) whose candidates share a group. */
export function adjacentPairs(seats: readonly SeatAssignment[], groupOf: (candidateId: string) => string): number {
  const byRoom = new Map<string, SeatAssignment[]>();
  for (const s of seats) byRoom.set(s.roomId, [...(byRoom.get(s.roomId) ?? []), s]);
  let pairs = 0;
  for (const list of byRoom.values()) {
    const sorted = [...list].sort((a, b) => a.seat - b.seat);
    for (let i = 1; i < sorted.length; i++) if (sorted[i].seat === sorted[i - 1].seat + 1 && groupOf(sorted[i].candidateId) === groupOf(sorted[i - 1].candidateId)) pairs++;
  }
  return pairs;
}

/** Whether two half-open time ranges [start, end) share an instant. */
export function overlaps(a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** An instant as China wall time, `YYYY-MM-DD HH:mm`, for tickets and lists. */
export function chinaDateTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** A session's window as every exam answer shows it: ISO instants and China wall-clock times. */
export function sessionWindow(row: { starts_at: Date | string; ends_at: Date | string }): { startsAt: string; endsAt: string; startsAtChina: string; endsAtChina: string } {
  const startsAt = new Date(row.starts_at);
  const endsAt = new Date(row.ends_at);
  return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), startsAtChina: chinaDateTime(startsAt), endsAtChina: chinaDateTime(endsAt) };
}

/** 座位号 as printed: two digits, e.g. `05`. */
export function seatLabel(seat: number): string {
  if (!Number.isInteger(seat) || seat < 1 || seat > 999) throw new RangeError('seat must be 1..999');
  return String(seat).padStart(2, '0');
}
