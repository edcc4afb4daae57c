import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppConfig } from '@skill-ladder/config';
import { APP_CONFIG } from '../config/config.tokens';

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

/** Where uploaded files live. Local disk under FILES_DIR today; an object store can implement the same. */
export abstract class FileStorage {
  abstract put(data: Buffer, prefix: string): Promise<StoredFile>;
  abstract get(key: string): Promise<Buffer>;
  abstract remove(key: string): Promise<void>;
}

@Injectable()
export class LocalFileStorage extends FileStorage {
  private readonly root: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super();
    this.root = resolve(config.FILES_DIR ?? join(config.DATA_DIR, 'files'));
  }

  async put(data: Buffer, prefix: string): Promise<StoredFile> {
    const safePrefix = prefix.replace(/[^a-z0-9-]/gi, '');
    const key = `${safePrefix}/${randomUUID()}`;
    await mkdir(join(this.root, safePrefix), { recursive: true });
    await writeFile(this.path(key), data, { flag: 'wx', mode: 0o600 });
    return { key, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  private path(key: string): string {
    if (!/^[A-Za-z0-9-]+\/[0-9a-f-]{36}$/.test(key)) throw new Error('Invalid file key');
    return join(this.root, key);
  }
}
