import { ArgumentMetadata, Injectable, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/domain-error';
import { unsafeTextErrors } from './text-input';

/**
 * The global validation pipe, with one rule for all text in bodies, queries and path
 * parameters, checked before the DTO: no NUL, no lone surrogate. It covers free-form JSON
 * fields and parameters no DTO describes.
 */
@Injectable()
export class TextCheckingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const errors = unsafeTextErrors(value, metadata.data ?? '');
      if (errors.length) throw new ValidationFailedError(errors);
    }
    return super.transform(value, metadata);
  }
}
