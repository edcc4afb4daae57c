import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The one way other domains read photos: by person, for documents they print (admission
 * tickets, check-in lists, certificates). The caller has already decided that the principal
 * may see these persons; nothing else about the photo table leaves workforce.
 */
@Injectable()
export class PersonPhotoReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The normalized JPEG of each person that has one (360×480). */
  async jpegsOf(personIds: readonly string[], em: EntityManager = this.dataSource.manager): Promise<Map<string, Buffer>> {
    if (personIds.length === 0) return new Map();
    const rows = (await em.query('SELECT person_id, jpeg FROM person_photos WHERE person_id = ANY($1::uuid[])', [[...new Set(personIds)]])) as { person_id: string; jpeg: Buffer }[];
    return new Map(rows.map((r) => [r.person_id, r.jpeg]));
  }
}
