import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedError } from '@skill-ladder/platform';

/** A version number in a path: 1 to 999 999 999, so it always fits the integer column. */
@Injectable()
export class VersionNumberPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9]\d{0,8}$/.test(value)) {
      throw new ValidationFailedError([{ field: 'version', code: 'isVersionNumber', message: '版本号须为正整数 / version must be a positive whole number' }]);
    }
    return Number(value);
  }
}
