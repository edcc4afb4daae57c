import type { OpenAPIObject } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { getMetadataStorage, ValidationTypes } from 'class-validator';

interface BoundMetadata {
  target: unknown;
  propertyName: string;
  type: string;
  name?: string;
  each?: boolean;
  constraints?: unknown[];
}

/** Which keyword of the schema each class-validator bound fills in. */
const BOUNDS: Record<string, (constraints: unknown[]) => Partial<SchemaObject>> = {
  maxLength: ([max]) => ({ maxLength: max as number }),
  minLength: ([min]) => ({ minLength: min as number }),
  isLength: ([min, max]) => ({ minLength: min as number, ...(typeof max === 'number' ? { maxLength: max } : {}) }),
  arrayMaxSize: ([max]) => ({ maxItems: max as number }),
  arrayMinSize: ([min]) => ({ minItems: min as number }),
  // Formats that bound the length themselves: a UUID in its 8-4-4-4-12 form, a YYYY-MM-DD date,
  // the 6-digit region code, the 18-character credit code and resident ID number.
  isUuid: () => ({ maxLength: 36 }),
  isBusinessDate: () => ({ maxLength: 10 }),
  isRegionCode: () => ({ maxLength: 6 }),
  isCreditCode: () => ({ maxLength: 18 }),
  isResidentIdNumber: () => ({ maxLength: 18 }),
};

/** Where @ApiProperty keeps a property's options (@nestjs/swagger's DECORATORS.API_MODEL_PROPERTIES, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

function validationMetadatas(): Map<unknown, BoundMetadata[]> {
  // class-validator keeps every decorated class in one storage; it has no public way to list them.
  return (getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, BoundMetadata[]> }).validationMetadatas;
}

/**
 * The same bounds, written into the @ApiProperty options before the document is built: a query
 * DTO is not a schema of the document but is spread into one parameter per property, so its
 * bounds can only reach the document through its properties' own options.
 */
export function documentValidationBoundsOnProperties(): void {
  for (const [target, metadatas] of validationMetadatas()) {
    if (typeof target !== 'function') continue;
    for (const m of metadatas) {
      const bound = m.type === ValidationTypes.CUSTOM_VALIDATION && m.name && !m.each ? BOUNDS[m.name] : undefined;
      const options = bound && (Reflect.getOwnMetadata(API_MODEL_PROPERTIES, target.prototype as object, m.propertyName) as Record<string, unknown> | undefined);
      if (!bound || !options || options.isArray || options.type === 'array') continue;
      for (const [keyword, value] of Object.entries(bound(m.constraints ?? []))) options[keyword] ??= value;
    }
  }
}

/**
 * Writes the length and size bounds that the DTOs validate (@MaxLength, @Length, @ArrayMaxSize, …)
 * into their schemas where the document does not state them, so the API description promises
 * exactly what validation enforces and nobody keeps two numbers in step by hand. The Nest
 * Swagger CLI plugin would do this at compile time; the build runs swc, which cannot run it.
 */
export function documentValidationBounds(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  const storage = validationMetadatas();
  for (const [target, metadatas] of storage) {
    const schema = typeof target === 'function' ? schemas[(target as { name: string }).name] : undefined;
    if (!schema?.properties) continue;
    // A DTO declared with `extends` (PartialType, PickType, a base class) keeps its parents' validators on the parents.
    const inherited: BoundMetadata[] = [];
    for (let parent = Object.getPrototypeOf(target); typeof parent === 'function' && parent !== Function.prototype; parent = Object.getPrototypeOf(parent)) {
      inherited.push(...(storage.get(parent) ?? []));
    }
    for (const m of [...metadatas, ...inherited]) {
      const bound = m.type === ValidationTypes.CUSTOM_VALIDATION && m.name ? BOUNDS[m.name] : undefined;
      const property = schema.properties[m.propertyName] as SchemaObject | undefined;
      if (!bound || !property || '$ref' in property) continue;
      const place = m.each && property.type === 'array' ? (property.items as SchemaObject | undefined) : property;
      if (!place || '$ref' in place) continue;
      for (const [keyword, value] of Object.entries(bound(m.constraints ?? []))) {
        (place as Record<string, unknown>)[keyword] ??= value;
      }
    }
  }
  return document;
}
