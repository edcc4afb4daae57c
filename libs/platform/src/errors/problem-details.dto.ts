import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'employment.hiredOn', description: 'Path of the field in the request body or query' }) field: string;
  @ApiProperty({ example: 'isBusinessDate', description: 'Stable code of the rule that failed' }) code: string;
  @ApiProperty({ example: '日期无效 / not a valid date' }) message: string;
}

/** Every error answer: `application/problem+json` (RFC 9457) with a stable `code`. */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'urn:skill-ladder:problem:validation-failed' }) type: string;
  @ApiProperty({ example: '填写的内容有误，请按提示修改 / Validation failed', description: 'The code\'s message from the error catalogue (docs/error-codes.md) in zh-CN, then the English title' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiPropertyOptional() detail?: string;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({ description: 'Quote it when reporting a server error' }) requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}
