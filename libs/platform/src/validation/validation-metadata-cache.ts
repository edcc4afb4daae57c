import { getMetadataStorage } from 'class-validator';

type Lookup = (target: object, schema: string | undefined, always: boolean, strictGroups: boolean, groups?: string[]) => unknown[];

interface Storage {
  getTargetValidationMetadatas: Lookup;
  addValidationMetadata(metadata: unknown): void;
}

let installed = false;

/**
 * Remembers class-validator's answer to "which rules apply to this DTO class". Unremembered, every
 * validation of a DTO walks every class with rules in the app with `instanceof` to find inherited
 * rules: the largest single function in a public verify's CPU profile (issue 12). The answer only
 * changes when a rule is registered (decorators run as classes load), so any registration forgets
 * everything remembered. Idempotent; installed by configureApp.
 */
export function cacheValidationMetadataLookups(): void {
  if (installed) return;
  installed = true;
  const storage = getMetadataStorage() as unknown as Storage;
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const addMetadata = storage.addValidationMetadata.bind(storage);
  let cache = new Map<object, Map<string, unknown[]>>();
  // addValidationSchema registers through addValidationMetadata, so this sees schemas too.
  storage.addValidationMetadata = (metadata) => {
    cache = new Map();
    addMetadata(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const key = JSON.stringify([schema ?? null, always, strictGroups, groups ?? null]);
    let byOptions = cache.get(target);
    if (!byOptions) cache.set(target, (byOptions = new Map()));
    let metadatas = byOptions.get(key);
    if (!metadatas) byOptions.set(key, (metadatas = lookup(target, schema, always, strictGroups, groups)));
    return metadatas;
  };
}
