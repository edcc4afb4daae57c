import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '../errors/domain-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A path id must be a UUID. Unlike Nest's ParseUUIDPipe, the 400 names the parameter in
 * errors[], like any other field error.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && UUID.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw new ValidationFailedError([{ field, code: 'isUuid', message: `${field} must be a UUID` }], `The path parameter ${field} is not a UUID`);
  }
}
