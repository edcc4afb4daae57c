import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value);

/** A query string's `true` / `false` as a boolean; anything else is left for the validator to refuse. */
export const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The last page a list serves: past it, an offset scan costs more than any screen needs; narrow the filter instead. */
export const MAX_PAGE = 10_000;

export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE, format: 'int32' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200, format: 'int32' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize = 50;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Documents a `Page<T>` answer, so generated clients know the items' type; `extra` adds the page's own fields. */
export function ApiPageResponse(item: Type<unknown>, extra: Record<string, { type: 'boolean' | 'integer' | 'string'; description: string }> = {}): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items', 'total', 'page', 'pageSize', ...Object.keys(extra)],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          total: { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 },
          page: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE },
          pageSize: { type: 'integer', format: 'int32', minimum: 1, maximum: 200 },
          ...extra,
        },
      },
    }),
  );
}
