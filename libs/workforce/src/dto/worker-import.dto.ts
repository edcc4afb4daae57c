import { ApiProperty } from '@nestjs/swagger';

const COLUMNS = ['fullName', 'idNumber', 'employmentType', 'agency', 'hiredOn', 'occupationCode', 'occupationStartedOn', 'jobTitle', 'phone', 'education'];

export class WorkerImportErrorDto {
  @ApiProperty({ nullable: true, type: String, enum: COLUMNS, description: 'The column at fault; null for the row as a whole' }) field: string | null;
  @ApiProperty({ nullable: true, type: String, description: '列名，如「身份证号码」 / the column header' }) fieldLabel: string | null;
  @ApiProperty() code: string;
  @ApiProperty({ description: '第N行「列」：问题 / message, Chinese first' }) message: string;
}

export class WorkerImportBadRowDto {
  @ApiProperty({ description: 'Spreadsheet row number, as the spreadsheet shows it' }) row: number;
  @ApiProperty({ type: [WorkerImportErrorDto] }) errors: WorkerImportErrorDto[];
}

export class WorkerImportReportDto {
  @ApiProperty({ description: 'Data rows read' }) rows: number;
  @ApiProperty({ description: 'Workers registered by this upload: every row, or none when any row is bad' }) created: number;
  @ApiProperty({ type: [String], description: 'The registered workers' }) workerIds: string[];
  @ApiProperty({ type: [WorkerImportBadRowDto], description: 'Every bad row with its field errors; when any is listed nothing was saved' }) badRows: WorkerImportBadRowDto[];
}
